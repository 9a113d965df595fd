"""Le statut dans la nomenclature : filières, catégories, cadres d'emplois et grades, et leurs
recherches par libellé (casse, accents, pluriels, écriture inclusive, sigles)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TypeVar

import attrs

from fpt_offres._texte import replier
from fpt_offres.nomenclature import _chargement as ch
from fpt_offres.nomenclature._entrees import CadreEmplois, Categorie, Filiere, Grade, Source
from fpt_offres.nomenclature._index import Index, sans_prefixe

__all__ = [
    "DescriptionFiliere",
    "cadre_emplois",
    "cadres_emplois",
    "cadres_emplois_par_code",
    "categorie",
    "filiere",
    "filieres",
    "grade",
    "grades",
    "grades_par_code",
]

E = TypeVar("E")


# --- filières et catégories -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class DescriptionFiliere:
    """Une filière, son libellé et sa source."""

    filiere: Filiere
    libelle: str
    source: Source


@cache
def filieres() -> tuple[DescriptionFiliere, ...]:
    """Les dix filières de la FPT, avec leur source."""
    return tuple(
        DescriptionFiliere(
            filiere=Filiere(ligne["code"]), libelle=ligne["libelle"], source=ch.source(ligne)
        )
        for ligne in ch.lire_csv("filieres.csv")
    )


_PREFIXE_FILIERE = sans_prefixe("filiere")
_PREFIXE_CATEGORIE = sans_prefixe("categorie")


@cache
def _index_filieres() -> Index[Filiere]:
    return Index(
        "filière",
        ((f.value, f.value, (f.name,), f) for f in Filiere),
        replier_requete=lambda t: _PREFIXE_FILIERE.sub("", replier(t)),
    )


def filiere(texte: str) -> Filiere:
    """La filière que désigne ``texte`` (« Filière Administrative », « médico-sociale »).

    >>> filiere("Filière Administrative")
    <Filiere.ADMINISTRATIVE: 'administrative'>
    """
    return _index_filieres().trouver(texte)


@cache
def _index_categories() -> Index[Categorie]:
    formes = {Categorie.A_PLUS: ("a plus", "aplus")}
    return Index(
        "catégorie",
        ((c.value, c.value, formes.get(c, ()), c) for c in Categorie),
        replier_requete=lambda t: _PREFIXE_CATEGORIE.sub("", replier(t)),
    )


def categorie(texte: str) -> Categorie:
    """La catégorie que désigne ``texte`` (« catégorie A », « cat. A+ », « B »)."""
    return _index_categories().trouver(texte)


# --- cadres d'emplois et grades -----------------------------------------------------------


@cache
def cadres_emplois() -> tuple[CadreEmplois, ...]:
    """Les cadres d'emplois de la FPT, dans l'ordre des données (par filière)."""
    return tuple(
        CadreEmplois(
            code=ligne["code"],
            libelle=ligne["libelle"],
            filiere=Filiere(ligne["filiere"]),
            categorie=Categorie(ligne["categorie"]),
            encadrement_superieur=ch.booleen(ligne["encadrement_superieur"]),
            en_extinction=ch.booleen(ligne["en_extinction"]),
            decret=ch.texte_ou_rien(ligne["decret"]),
            en_vigueur_depuis=ch.date_ou_rien(ligne["en_vigueur_depuis"]),
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("cadres_emplois.csv")
    )


@cache
def cadres_emplois_par_code() -> Mapping[str, CadreEmplois]:
    """Les cadres d'emplois par code."""
    return _index_cadres().par_code()


@cache
def grades() -> tuple[Grade, ...]:
    """Les grades de la FPT, chacun rattaché à son cadre d'emplois."""
    cadres = cadres_emplois_par_code()
    return tuple(
        Grade(
            code=ligne["code"],
            libelle=ligne["libelle"],
            cadre_emplois=cadres[ligne["cadre_emplois"]],
            ordre=int(ligne["ordre"]),
            en_extinction=ch.booleen(ligne["en_extinction"]),
            en_vigueur_depuis=ch.date_ou_rien(ligne["en_vigueur_depuis"]),
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("grades.csv")
    )


@cache
def grades_par_code() -> Mapping[str, Grade]:
    """Les grades par code."""
    return _index_grades().par_code()


def _hors_extinction(entrees: list[E]) -> E | None:
    vivantes = [e for e in entrees if not getattr(e, "en_extinction", False)]
    return vivantes[0] if len(vivantes) == 1 else None


# Les sigles d'usage des offres et des plateformes : chaque libellé qui contient la forme
# longue est aussi retrouvé par sa forme courte (« ATSEM principal de 1re classe »).
_SIGLES = (
    (
        re.compile(r"\bagents? (?:territoriaux )?spécialisés? (.*?)\s*des écoles maternelles"),
        r"ATSEM \1",
    ),
    (re.compile(r"\béducateurs? (?:territoriaux )?des activités physiques et sportives"), "ETAPS"),
    (re.compile(r"\bactivités physiques et sportives"), "APS"),
    (re.compile(r"\bsapeurs-pompiers professionnels"), "SPP"),
)


# Un libellé repliant deux fois de la même façon (« conservateur (en chef) » et les
# parenthèses) garde aussi sa forme sans parenthèses.
def _formes(libelle: str) -> tuple[str, ...]:
    sans_parentheses = re.sub(r"\s*\([^)]*\)", "", libelle)
    formes = [sans_parentheses] if sans_parentheses != libelle else []
    formes += [motif.sub(sigle, libelle) for motif, sigle in _SIGLES if motif.search(libelle)]
    return tuple(formes)


def _formes_grade(grade: Grade) -> tuple[str, ...]:
    """Les formes d'un grade, et pour un grade de sapeur-pompier, « … de SPP » (« colonel hors classe de SPP »)."""
    formes = _formes(grade.libelle)
    if grade.filiere is Filiere.SAPEURS_POMPIERS and "sapeurs-pompiers" not in grade.libelle:
        formes += tuple(
            f"{grade.libelle} {qualite}"
            for qualite in ("de SPP", "de sapeurs-pompiers professionnels")
        )
    return formes


_PREFIXE_CADRE = sans_prefixe("cadre d'emplois", "cadres d'emplois", "cadre d'emploi")


@cache
def _index_cadres() -> Index[CadreEmplois]:
    return Index(
        "cadre d'emplois",
        ((c.code, c.libelle, _formes(c.libelle), c) for c in cadres_emplois()),
        preferer=_hors_extinction,
        replier_requete=lambda t: _PREFIXE_CADRE.sub("", replier(t)),
    )


@cache
def _index_grades() -> Index[Grade]:
    return Index(
        "grade",
        ((g.code, g.libelle, _formes_grade(g), g) for g in grades()),
        preferer=_hors_extinction,
    )


def cadre_emplois(texte: str) -> CadreEmplois:
    """Le cadre d'emplois que désigne ``texte`` (code, ou libellé écrit librement).

    >>> cadre_emplois("Cadre d'emploi des ETAPS").code
    'educateurs-territoriaux-des-activites-physiques-et-sportives'

    Raises:
        NomenclatureInconnue: aucun cadre ne correspond ; ``suggestions`` donne les plus proches.
    """
    return _index_cadres().trouver(texte)


def grade(texte: str) -> Grade:
    """Le grade que désigne ``texte`` (code, ou libellé écrit librement).

    >>> grade("ATSEM principal de 1ère classe").code
    'agent-specialise-principal-de-1re-classe-des-ecoles-maternelles'
    >>> grade("Colonel hors classe de SPP").code
    'colonel-hors-classe'

    Raises:
        NomenclatureInconnue: aucun grade ne correspond ; ``suggestions`` donne les plus proches.
    """
    return _index_grades().trouver(texte)
