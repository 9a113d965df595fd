"""Montre les trois erreurs de fpt_offres et leurs règles.

- ``OffreInvalide`` : une entrée JSON fautive, avec chaque problème, son chemin et sa règle ;
- ``ValeurInvalide`` : un invariant enfreint à la construction d'un objet du modèle ;
- ``NomenclatureInconnue`` : une recherche sans résultat, avec des suggestions.

Lancer : ``.venv/bin/python examples/erreurs.py``
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from fpt_offres import (
    NomenclatureInconnue,
    OffreInvalide,
    Teletravail,
    ValeurInvalide,
    depuis_dict,
    nomenclature,
)

# Une offre abîmée : chaque ligne commentée contient une faute.
OFFRE_ABIMEE: dict[str, Any] = {
    "version": 2,
    "intitule": "Chargé de mission (F/H)",
    "employeur": {
        "nom": "Ville de Reims",
        "type": "mairie",  # pas un type d'employeur
        "siret": "21510454700017",  # clé de contrôle fausse
    },
    "statut": {
        "categories": ["A", "A"],  # catégorie citée deux fois
        "grades": ["attaché principal", "attache-hors-classe"],  # un libellé au lieu d'un code
    },
    "conditions": {
        "contrat": {"nature": "cdi", "duree": {"mois": 36}},  # un CDI n'a pas de durée
        "teletravail": {"eligible": "oui"},  # un texte au lieu d'un booléen
    },
    "calendrier": {
        "date_publication": "2026-04-01",
        "date_limite_candidature": "2026-03-15",  # avant la publication
    },
    "candidature": {"courriels": ["recrutement@reims"]},  # pas un courriel
    "salaire": "3 000 €",  # clé inconnue
}


def montrer_offre_invalide() -> int:
    """Lit l'offre abîmée et imprime chaque problème ; rend le nombre de problèmes."""
    try:
        depuis_dict(OFFRE_ABIMEE)
    except OffreInvalide as erreur:
        print(f"OffreInvalide : {len(erreur.problemes)} problèmes")
        for probleme in erreur.problemes:
            print(f"- {probleme.chemin or '(racine)'}  [{probleme.regle}]")
            print(f"    {probleme.message}")
        return len(erreur.problemes)
    msg = "l'offre abîmée aurait dû être refusée"
    raise AssertionError(msg)


def montrer_valeur_invalide() -> None:
    """Construit un objet du modèle qui enfreint un invariant."""
    try:
        Teletravail(eligible=True, jours_max=Decimal("6"))
    except ValeurInvalide as erreur:
        print(f"ValeurInvalide : champ {erreur.champ!r}, règle {erreur.regle!r}")
        print(f"    {erreur.message}")


def montrer_nomenclature_inconnue() -> None:
    """Cherche un grade qui n'existe pas : il n'y a pas de 3e classe."""
    try:
        nomenclature.grade("adjointe administrative principale de 3e classe")
    except NomenclatureInconnue as erreur:
        print(f"NomenclatureInconnue : {erreur.genre} {erreur.recherche!r}")
        print(f"    suggestions : {', '.join(erreur.suggestions)}")


def main() -> None:
    """Montre les trois erreurs."""
    montrer_offre_invalide()
    print()
    montrer_valeur_invalide()
    print()
    montrer_nomenclature_inconnue()


if __name__ == "__main__":
    main()
