"""Extension Sphinx : les tables de la nomenclature, écrites d'après les données fournies.

Au démarrage de la construction (événement ``builder-inited``), l'extension lit
la nomenclature **par l'API publique** :mod:`fpt_offres.nomenclature` — jamais
en ouvrant les fichiers de données — et écrit des tables Markdown dans
``docs/generated/`` (ignoré par git, exclu des documents Sphinx). Les pages
``nomenclature.md`` et ``sources.md`` les incluent : la documentation ne peut
donc pas dériver des données.

Un fichier n'est réécrit que si son contenu change, pour que Sphinx ne relise
pas inutilement les pages qui l'incluent.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from fpt_offres import nomenclature
from fpt_offres.modele import CadreEmplois, Filiere, Grade, Source

__all__ = ["ecrire_tables", "setup", "tables"]

DOSSIER = "generated"
"""Le dossier, relatif aux sources de la documentation, où les tables sont écrites."""

_journal = logging.getLogger(__name__)

Cellule = str | int | bool | datetime.date | Source | None


# --- mise en forme -----------------------------------------------------------------------


def _cellule(valeur: Cellule) -> str:
    """Une valeur rendue pour une cellule de table Markdown."""
    if valeur is None or valeur == "":
        return "—"
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, datetime.date):
        return valeur.isoformat()
    if isinstance(valeur, Source):
        return f"[source](<{valeur.url}>)"
    texte = str(valeur).replace("\n", " ")
    return texte.replace("|", r"\|")


def _table(entetes: Sequence[str], lignes: Iterable[Sequence[Cellule]]) -> str:
    """Une table Markdown (GFM) ; chaque ligne a autant de cellules que d'en-têtes."""
    sortie = [
        "| " + " | ".join(entetes) + " |",
        "|" + "|".join(" --- " for _ in entetes) + "|",
    ]
    for ligne in lignes:
        if len(ligne) != len(entetes):  # pragma: no cover  (erreur de programmation)
            msg = f"{len(ligne)} cellules pour {len(entetes)} colonnes : {ligne!r}"
            raise ValueError(msg)
        sortie.append("| " + " | ".join(_cellule(c) for c in ligne) + " |")
    return "\n".join(sortie) + "\n"


def _code(texte: str) -> str:
    return f"`{texte}`"


def _libelle_filiere() -> Callable[[Filiere], str]:
    libelles = {f.filiere: f.libelle for f in nomenclature.filieres()}
    return lambda f: libelles.get(f, f.value)


# --- les tables --------------------------------------------------------------------------


def _filieres() -> str:
    cadres = nomenclature.cadres_emplois()
    lignes = [
        (
            _code(f.filiere.value),
            _code(f"Filiere.{f.filiere.name}"),
            f.libelle,
            sum(1 for c in cadres if c.filiere is f.filiere),
            f.source,
        )
        for f in nomenclature.filieres()
    ]
    return _table(
        ("code", "identifiant", "libellé", "cadres d'emplois", "source"),
        lignes,
    )


def _ligne_cadre(c: CadreEmplois) -> tuple[Cellule, ...]:
    return (
        _code(c.code),
        c.libelle,
        c.filiere.value,
        c.categorie.value,
        c.encadrement_superieur,
        c.en_extinction,
        c.decret,
        c.en_vigueur_depuis,
        c.source,
    )


def _cadres_emplois() -> str:
    return _table(
        (
            "code",
            "libellé",
            "filière",
            "catégorie",
            "A+",
            "en extinction",
            "décret (statut particulier)",
            "en vigueur depuis",
            "source",
        ),
        (_ligne_cadre(c) for c in nomenclature.cadres_emplois()),
    )


def _ligne_grade(g: Grade) -> tuple[Cellule, ...]:
    return (
        _code(g.code),
        g.libelle,
        g.cadre_emplois.libelle,
        g.categorie.value,
        g.ordre,
        g.en_extinction,
        g.en_vigueur_depuis,
        g.source,
    )


def _grades() -> str:
    libelle = _libelle_filiere()
    morceaux = []
    par_filiere = sorted(
        nomenclature.grades(), key=lambda g: list(Filiere).index(g.filiere)
    )  # tri stable : l'ordre des données est gardé dans chaque filière
    for filiere, groupe in groupby(par_filiere, key=lambda g: g.filiere):
        morceaux.append(f"### {libelle(filiere)}\n")
        morceaux.append(
            _table(
                (
                    "code",
                    "libellé",
                    "cadre d'emplois",
                    "catégorie",
                    "ordre",
                    "en extinction",
                    "en vigueur depuis",
                    "source",
                ),
                (_ligne_grade(g) for g in groupe),
            )
        )
    return "\n".join(morceaux)


def _mois(valeur: int | None) -> str | None:
    return None if valeur is None else f"{valeur} mois"


def _bases_legales() -> str:
    return _table(
        (
            "code",
            "article (CGFP)",
            "cas",
            "libellé",
            "emploi permanent",
            "durée max. d'un contrat",
            "durée totale max.",
            "durée min.",
            "renouvellement",
            "CDI possible",
            "ancien article (loi n° 84-53)",
            "en vigueur depuis",
            "source",
        ),
        (
            (
                _code(b.code),
                b.article,
                b.cas,
                b.libelle,
                b.emploi_permanent,
                _mois(b.duree_max_mois),
                _mois(b.duree_totale_max_mois),
                _mois(b.duree_min_mois),
                b.renouvellement,
                b.cdi_possible,
                ", ".join(b.anciens_articles),
                b.en_vigueur_depuis,
                b.source,
            )
            for b in nomenclature.bases_legales()
        ),
    )


def _departements() -> str:
    return _table(
        ("code", "nom", "type", "source"),
        ((_code(d.code), d.nom, d.type, d.source) for d in nomenclature.departements().values()),
    )


def _permis() -> str:
    return _table(
        ("catégorie", "identifiant", "libellé", "source"),
        (
            (
                _code(p.categorie.value),
                _code(f"CategoriePermis.{p.categorie.name}"),
                p.libelle,
                p.source,
            )
            for p in nomenclature.permis_de_conduire()
        ),
    )


def _niveaux_diplome() -> str:
    return _table(
        ("niveau", "identifiant", "libellé", "ancien niveau (1969)", "bac +", "exemples", "source"),
        (
            (
                d.niveau.value,
                _code(f"NiveauDiplome.{d.niveau.name}"),
                d.libelle,
                d.ancien_niveau,
                d.bac_plus,
                d.exemples,
                d.source,
            )
            for d in nomenclature.niveaux_diplome()
        ),
    )


def _emplois_fonctionnels() -> str:
    return _table(
        ("code", "libellé", "sigle", "seuil (habitants)", "texte", "source"),
        (
            (
                _code(e.code),
                e.libelle,
                e.sigle,
                None if e.seuil_habitants is None else f"{e.seuil_habitants:,}".replace(",", " "),
                e.texte,
                e.source,
            )
            for e in nomenclature.emplois_fonctionnels()
        ),
    )


def _toutes_les_entrees() -> dict[str, Sequence[Any]]:
    return {
        "filières": nomenclature.filieres(),
        "cadres d'emplois": nomenclature.cadres_emplois(),
        "grades": nomenclature.grades(),
        "bases légales": nomenclature.bases_legales(),
        "départements": tuple(nomenclature.departements().values()),
        "permis": nomenclature.permis_de_conduire(),
        "niveaux de diplôme": nomenclature.niveaux_diplome(),
        "emplois fonctionnels": nomenclature.emplois_fonctionnels(),
    }


def _effectifs() -> str:
    entrees = _toutes_les_entrees()
    return _table(
        ("nomenclature", "entrées", "sources distinctes"),
        ((nom, len(liste), len({e.source.url for e in liste})) for nom, liste in entrees.items()),
    )


def _sources() -> str:
    """Chaque adresse source distincte, son titre quand il est connu, et ce qu'elle source."""
    titres: dict[str, str | None] = {}
    usages: dict[str, dict[str, int]] = {}
    for nom, liste in _toutes_les_entrees().items():
        for entree in liste:
            source: Source = entree.source
            if titres.get(source.url) is None:
                titres[source.url] = source.titre
            compte = usages.setdefault(source.url, {})
            compte[nom] = compte.get(nom, 0) + 1
    lignes = []
    for rang, url in enumerate(sorted(usages), start=1):
        utilisee = ", ".join(f"{nom} ({n})" for nom, n in usages[url].items())
        lignes.append((rang, f"<{url}>", titres[url], utilisee))
    entete = (
        f"{len(lignes)} adresses distinctes sourcent les "
        f"{sum(len(liste) for liste in _toutes_les_entrees().values())} entrées de la "
        "nomenclature.\n\n"
    )
    return entete + _table(("n°", "adresse", "titre (quand il a été vu)", "source de"), lignes)


def tables() -> dict[str, str]:
    """Le contenu Markdown de chaque table, par nom de fichier (sans dossier)."""
    avertissement = (
        "<!-- Fichier écrit par docs/_ext/tables_nomenclature.py : ne pas modifier. -->\n\n"
    )
    contenus = {
        "effectifs.md": _effectifs(),
        "filieres.md": _filieres(),
        "cadres_emplois.md": _cadres_emplois(),
        "grades.md": _grades(),
        "bases_legales.md": _bases_legales(),
        "departements.md": _departements(),
        "permis.md": _permis(),
        "niveaux_diplome.md": _niveaux_diplome(),
        "emplois_fonctionnels.md": _emplois_fonctionnels(),
        "sources.md": _sources(),
    }
    return {nom: avertissement + texte for nom, texte in contenus.items()}


def ecrire_tables(dossier: Path) -> list[Path]:
    """Écrit les tables dans ``dossier`` ; rend les fichiers dont le contenu a changé."""
    dossier.mkdir(parents=True, exist_ok=True)
    changes = []
    for nom, texte in tables().items():
        chemin = dossier / nom
        if not chemin.exists() or chemin.read_text(encoding="utf-8") != texte:
            chemin.write_text(texte, encoding="utf-8")
            changes.append(chemin)
    return changes


def _au_demarrage(app: Sphinx) -> None:
    changes = ecrire_tables(Path(app.srcdir) / DOSSIER)
    if changes:
        _journal.info("tables de la nomenclature écrites : %s", ", ".join(c.name for c in changes))


def setup(app: Sphinx) -> dict[str, Any]:
    """Point d'entrée de l'extension."""
    app.connect("builder-inited", _au_demarrage)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
