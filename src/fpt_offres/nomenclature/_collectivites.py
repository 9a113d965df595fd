"""Ce que la nomenclature dit des collectivités : les départements et collectivités d'outre-mer,
et les emplois fonctionnels de direction avec leurs seuils de population."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

import attrs

from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.nomenclature import _chargement as ch
from fpt_offres.nomenclature._entrees import Source
from fpt_offres.nomenclature._index import Index, borner

__all__ = [
    "Departement",
    "EmploiFonctionnelDecrit",
    "departement",
    "departements",
    "emplois_fonctionnels",
]


@attrs.frozen(kw_only=True)
class Departement:
    """Un département ou une collectivité d'outre-mer, avec son code INSEE."""

    code: str
    nom: str
    type: str
    source: Source


@cache
def departements() -> Mapping[str, Departement]:
    """Les départements et collectivités d'outre-mer, par code INSEE."""
    return {
        ligne["code"]: Departement(
            code=ligne["code"], nom=ligne["nom"], type=ligne["type"], source=ch.source(ligne)
        )
        for ligne in ch.lire_csv("departements.csv")
    }


@cache
def _index_departements() -> Index[Departement]:
    return Index("département", ((d.code, d.nom, (), d) for d in departements().values()))


def departement(texte: str) -> Departement:
    """Le département de code ou de nom ``texte`` (« 2A », « 988 », « Haute-Marne »).

    >>> departement("Haute-Marne").code
    '52'
    >>> departement("Vendée (85)").code
    '85'

    Raises:
        NomenclatureInconnue: aucun département ne correspond, ou le nom et le code
            entre parenthèses désignent deux départements différents.
    """
    texte = borner(texte, "département")
    nom_code = _NOM_CODE.match(texte)
    if nom_code:
        par_nom = _index_departements().trouver(nom_code.group(1))
        par_code = _index_departements().trouver(nom_code.group(2).upper())
        if par_nom is not par_code:
            raise NomenclatureInconnue(
                texte, "département (le nom et le code diffèrent)", (par_nom.nom, par_code.nom)
            )
        return par_code
    return _index_departements().trouver(
        texte.strip().upper() if len(texte.strip()) <= 3 else texte
    )


_NOM_CODE = re.compile(r"^\s*(.+?)\s*\(\s*(\d{2,3}|2[ABab])\s*\)\s*$")


@attrs.frozen(kw_only=True)
class EmploiFonctionnelDecrit:
    """Un emploi fonctionnel de direction, son seuil et son texte."""

    code: str
    libelle: str
    sigle: str | None
    seuil_habitants: int | None
    texte: str | None
    source: Source


@cache
def emplois_fonctionnels() -> tuple[EmploiFonctionnelDecrit, ...]:
    """Les emplois fonctionnels de direction et leurs seuils de population."""
    return tuple(
        EmploiFonctionnelDecrit(
            code=ligne["code"],
            libelle=ligne["libelle"],
            sigle=ch.texte_ou_rien(ligne["sigle"]),
            seuil_habitants=ch.entier_ou_rien(ligne["seuil_habitants"]),
            texte=ch.texte_ou_rien(ligne["texte"]),
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("emplois_fonctionnels.csv")
    )
