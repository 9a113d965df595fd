"""Construit une offre en Python avec la nomenclature, la fait évoluer, l'écrit en JSON et la relit.

Lancer : ``.venv/bin/python examples/construire_offre.py``
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs

from fpt_offres import (
    VERSION_FORMAT,
    Activite,
    Avantage,
    Calendrier,
    Categorie,
    Conditions,
    Contrat,
    DureeContrat,
    Employeur,
    Horaire,
    Missions,
    NatureContrat,
    Offre,
    Ouverture,
    RegimeTemps,
    Remuneration,
    Statut,
    Teletravail,
    TempsTravail,
    ThemeMissions,
    TypeAvantage,
    TypeEmployeur,
    depuis_json,
    ligne,
    nomenclature,
    vers_json,
)


def construire() -> Offre:
    """Une offre de rédacteur à temps non complet, construite pas à pas."""
    # La nomenclature accepte ce que les offres écrivent : accents, féminin, « 2ème ».
    grades = (
        nomenclature.grade("Rédactrice"),
        nomenclature.grade("rédacteur principal de 2ème classe"),
    )
    base = nomenclature.base_legale("article 3-3 2° de la loi n° 84-53")
    print(f"Grades : {', '.join(g.libelle for g in grades)} ({grades[0].cadre_emplois})")
    print(f"Base légale : {base} (ancien article {', '.join(base.anciens_articles)})")
    print(f"  durée maximale d'un contrat : {base.duree_max_mois} mois")

    return Offre(
        intitule="Gestionnaire carrière et paie (F/H)",
        employeur=Employeur(
            nom="Communauté de communes du Pays de Langres",
            type=TypeEmployeur.COMMUNAUTE_COMMUNES,
            departement=nomenclature.departement("Haute-Marne").code,
        ),
        statut=Statut(
            categories=(Categorie.B,),
            filieres=(nomenclature.filiere("filière administrative"),),
            grades=grades,
        ),
        conditions=Conditions(
            ouverture=Ouverture.TITULAIRES_ET_CONTRACTUELS,
            contrat=Contrat(
                nature=NatureContrat.CDD, bases_legales=(base,), duree=DureeContrat(mois=36)
            ),
            temps=TempsTravail(regimes=(RegimeTemps.NON_COMPLET,), heures_hebdo=Horaire(heures=28)),
            teletravail=Teletravail(eligible=True, jours_max=Decimal("1")),
        ),
        missions=Missions(
            themes=(
                ThemeMissions(
                    intitule="Carrière",
                    activites=(
                        Activite(texte="Préparer les arrêtés de carrière", verbes=("Préparer",)),
                        Activite(texte="Suivre les dossiers de retraite", verbes=("Suivre",)),
                    ),
                ),
                ThemeMissions(
                    intitule="Paie",
                    activites=(Activite(texte="Saisir les éléments variables de paie"),),
                ),
            )
        ),
        remuneration=Remuneration(statutaire=True, avantages=(Avantage(type=TypeAvantage.CNAS),)),
    )


def main() -> None:
    """Construit, fait évoluer, écrit et relit une offre."""
    offre = construire()

    # Une offre est immuable : attrs.evolve en fait une nouvelle, vérifiée à nouveau.
    publiee = attrs.evolve(
        offre,
        calendrier=Calendrier(
            date_publication=datetime.date(2026, 3, 2),
            date_limite_candidature=datetime.date(2026, 4, 3),
        ),
    )
    print(f"Offre d'origine sans calendrier : {offre.calendrier == Calendrier()}")
    print(f"Missions : {publiee.missions.nombre_activites}")

    texte = vers_json(publiee)
    print(f"JSON (format version {VERSION_FORMAT}), {len(texte.splitlines())} lignes :")
    print(texte)
    relue = depuis_json(texte)
    print(f"Relue à l'identique : {relue == publiee}")

    rangee = ligne(relue)
    print("À plat :")
    for colonne in (
        "article_contrat",
        "duree_contrat_mois",
        "temps_travail",
        "heures_hebdo",
        "filiere",
        "date_limite_candidature",
    ):
        print(f"  {colonne} = {rangee[colonne]!r}")


if __name__ == "__main__":
    main()
