"""Extension Sphinx : le catalogue des règles, écrit d'après le registre.

Au démarrage de la construction (événement ``builder-inited``), l'extension lit
le registre **par l'API publique** (:func:`fpt_offres.regles.regles`) et écrit
``docs/generated/regles.md`` (ignoré par git, exclu des documents Sphinx), que
la page ``regles.md`` inclut. Pour chaque règle : son code, sa sévérité, son
titre, les fonctions publiques (versants) dont elle juge les offres, la règle
de droit qu'elle applique, un message réel (celui qu'elle
donne sur l'offre minimale que sa fonction ``declencher`` construit), la
correction et la source. Le catalogue ne peut donc pas dériver du code.

Le fichier n'est réécrit que si son contenu change.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from fpt_offres import Employeur, Offre, TypeEmployeur, Versant
from fpt_offres.regles import FAMILLES, Regle, regles

__all__ = ["FICHIER", "catalogue", "ecrire_catalogue", "setup"]

FICHIER = "generated/regles.md"
"""Le fichier écrit, relatif aux sources de la documentation."""

JOUR = datetime.date(2025, 3, 1)
"""Le jour des exemples de messages (pour la règle de la date limite passée)."""

OFFRE_MINIMALE = Offre(
    intitule="Agent d'accueil (F/H)",
    employeur=Employeur(nom="Commune de Test", type=TypeEmployeur.COMMUNE),
)
"""L'offre que chaque ``declencher`` transforme pour donner un exemple de message."""

_FAMILLES = {
    "versant": "Versant : l'employeur et sa fonction publique",
    "contrat": "Recrutement de contractuels",
    "recrutement": "Contrôles d'un centre de gestion : la base, le poste, le motif, le candidat",
    "temps": "Temps de travail et télétravail",
    "statut": "Statut : catégories, grades, emplois fonctionnels",
    "calendrier": "Calendrier",
    "remuneration": "Rémunération",
    "mentions": "Mentions : données personnelles, handicap, intitulé",
    "candidature": "Candidature",
}

_VERSANTS = {
    Versant.TERRITORIALE: "FPT",
    Versant.ETAT: "FPE",
    Versant.HOSPITALIERE: "FPH",
    Versant.NOUVELLE_CALEDONIE: "Nouvelle-Calédonie",
}

_LEGENDE_VERSANTS = (
    "Versants : FPT (territoriale), FPE (État), FPH (hospitalière), Nouvelle-Calédonie "
    "(statuts locaux).\n"
)

_journal = logging.getLogger(__name__)


def _versants(regle: Regle) -> str:
    return ", ".join(nom for versant, nom in _VERSANTS.items() if versant in regle.versants)


def _cellule(texte: str) -> str:
    return texte.replace("|", r"\|").replace("\n", " ")


def _table(entetes: Sequence[str], lignes: Iterable[Sequence[str]]) -> str:
    sortie = ["| " + " | ".join(entetes) + " |", "|" + "|".join(" --- " for _ in entetes) + "|"]
    sortie += ["| " + " | ".join(_cellule(c) for c in ligne) + " |" for ligne in lignes]
    return "\n".join(sortie) + "\n"


def _exemple(regle: Regle) -> str:
    """Le message que la règle donne sur l'offre minimale qu'elle sait déclencher."""
    diagnostics = regle.verifier(regle.declencher(OFFRE_MINIMALE), JOUR)
    return str(diagnostics[0]) if diagnostics else "—"


def _fiche(regle: Regle) -> str:
    source = regle.source
    lignes = [
        f"#### `{regle.code}`",
        "",
        f"**{regle.titre}** — {regle.severite.value}"
        + (" (règle du jour : appliquée seulement avec `aujourd_hui`)" if regle.du_jour else ""),
        "",
        regle.explication,
        "",
        f"- Versants : {_versants(regle)}.",
        f"- Exemple : `{_exemple(regle)}`",
        f"- Correction : {regle.correction}.",
        f"- Source : [{source.titre or source.url}](<{source.url}>)",
        "",
    ]
    return "\n".join(lignes)


def catalogue() -> str:
    """Le catalogue en Markdown (MyST) : une table de synthèse, puis une fiche par règle."""
    toutes = regles()
    morceaux = [
        "<!-- Fichier écrit par docs/_ext/catalogue_regles.py : ne pas modifier. -->\n",
        f"{len(toutes)} règles : "
        + ", ".join(
            f"{sum(1 for r in toutes if r.severite.value == s)} {s}s"
            for s in ("erreur", "avertissement", "information")
        )
        + ".\n",
        _LEGENDE_VERSANTS,
        _table(
            ("code", "sévérité", "versants", "vérifie"),
            ((f"`{r.code}`", r.severite.value, _versants(r), r.titre) for r in toutes),
        ),
    ]
    for famille in FAMILLES:
        morceaux.append(f"### {_FAMILLES.get(famille, famille)}\n")
        morceaux.extend(_fiche(r) for r in toutes if r.famille == famille)
    return "\n".join(morceaux)


def ecrire_catalogue(dossier_sources: Path) -> bool:
    """Écrit le catalogue sous ``dossier_sources`` ; vrai s'il a changé."""
    chemin = dossier_sources / FICHIER
    texte = catalogue()
    if chemin.exists() and chemin.read_text(encoding="utf-8") == texte:
        return False
    chemin.parent.mkdir(parents=True, exist_ok=True)
    chemin.write_text(texte, encoding="utf-8")
    return True


def _au_demarrage(app: Sphinx) -> None:
    if ecrire_catalogue(Path(app.srcdir)):
        _journal.info("catalogue des règles écrit : %s", FICHIER)


def setup(app: Sphinx) -> dict[str, Any]:
    """Point d'entrée de l'extension."""
    app.connect("builder-inited", _au_demarrage)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
