"""Valeurs extrêmes : seules les erreurs documentées, et rien ne lève sur une offre chargée.

Les stratégies de :mod:`fpt_offres.strategies` tirent de petites valeurs (dates de 1990 à
2040, entiers bornés) ; les documents ci-dessous vont aux bords de ce que le format
accepte : les plus grands et les plus petits nombres, des textes longs de toutes les
catégories Unicode, les dates extrêmes de Python. Chaque document est tiré d'une offre
d'exemple dont on remplace une feuille (un nombre, une date, un texte) par une valeur
extrême. Il se charge ou est refusé par :class:`~fpt_offres.OffreInvalide` ; chargé,
``verifier``, ``formater``, ``jsonld``, ``balise_jsonld`` et ``ligne`` ne lèvent pas, le JSON-LD s'écrit en
JSON strict et ``vers_json`` se relit.
"""

from __future__ import annotations

import copy
import json
import re
from decimal import Decimal
from functools import cache
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fpt_offres

Chemin = tuple[str | int, ...]
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")

ENTIERS_EXTREMES = (0, 1, -1, 2**31, 2**63, 10**25, 10**300, 10**4000)
DECIMAUX_EXTREMES = (
    "0",
    "0." + "0" * 60 + "1",
    "9" * 60,
    "9" * 39 + "." + "9" * 39,
    "1" + "0" * 400,
    "0." + "0" * 400 + "1",
    "-1",
)
DATES_EXTREMES = ("0001-01-01", "9999-12-31", "9999-12-01", "2000-02-29", "1900-03-01")
CATEGORIES: tuple[Any, ...] = (
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe",
    "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
)  # fmt: skip


def _feuilles(valeur: Any, chemin: Chemin = ()) -> list[tuple[Chemin, Any]]:
    if isinstance(valeur, dict):
        return [f for cle, v in valeur.items() for f in _feuilles(v, (*chemin, cle))]
    if isinstance(valeur, list):
        return [f for rang, v in enumerate(valeur) for f in _feuilles(v, (*chemin, rang))]
    return [(chemin, valeur)]


@cache
def _modeles() -> tuple[dict[str, Any], ...]:
    return tuple(fpt_offres.vers_dict(o) for o in fpt_offres.exemples())


@cache
def _chemins(genre: str) -> tuple[tuple[int, Chemin], ...]:
    """Les feuilles des exemples d'un genre : ``entier``, ``decimal``, ``date`` ou ``texte``."""
    trouves = []
    for rang, modele in enumerate(_modeles()):
        for chemin, valeur in _feuilles(modele):
            if isinstance(valeur, bool) or chemin[-1] == "version":
                continue
            if isinstance(valeur, int):
                est = "entier"
            elif not isinstance(valeur, str):
                continue
            elif _DATE.fullmatch(valeur):
                est = "date"
            elif _DECIMAL.fullmatch(valeur):
                est = "decimal"
            else:
                est = "texte"
            if est == genre:
                trouves.append((rang, chemin))
    return tuple(trouves)


def _remplacer(rang: int, chemin: Chemin, valeur: object) -> dict[str, Any]:
    document = copy.deepcopy(_modeles()[rang])
    parent: Any = document
    for cle in chemin[:-1]:
        parent = parent[cle]
    parent[chemin[-1]] = valeur
    return document


def textes_extremes() -> st.SearchStrategy[str]:
    """Des textes d'une catégorie Unicode (toutes tirées), courts ou de 100 000 caractères."""
    return st.sampled_from(CATEGORIES).flatmap(
        lambda categorie: st.tuples(
            st.text(st.characters(categories=[categorie]), min_size=1, max_size=8),
            st.sampled_from((1, 1_000, 100_000)),
        ).map(lambda motif_fois: (motif_fois[0] * motif_fois[1])[: max(motif_fois[1], 1)])
    )


def documents_extremes() -> st.SearchStrategy[dict[str, Any]]:
    """Une offre d'exemple dont une feuille prend une valeur extrême de son genre."""

    def dans(genre: str, valeurs: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
        return st.tuples(st.sampled_from(_chemins(genre)), valeurs).map(
            lambda lieu_valeur: _remplacer(*lieu_valeur[0], lieu_valeur[1])
        )

    return st.one_of(
        dans("entier", st.sampled_from(ENTIERS_EXTREMES)),
        dans("decimal", st.sampled_from(DECIMAUX_EXTREMES)),
        dans("date", st.sampled_from(DATES_EXTREMES)),
        dans("texte", textes_extremes()),
    )


def _sorties(offre: fpt_offres.Offre) -> None:
    """Tout ce qu'une offre chargée produit ; aucune de ces fonctions ne doit lever."""
    fpt_offres.verifier(offre)
    for format in ("texte", "markdown", "html"):
        fpt_offres.formater(offre, format)
    json.dumps(fpt_offres.jsonld(offre), allow_nan=False)
    fpt_offres.balise_jsonld(offre)
    fpt_offres.ligne(offre)


@given(documents_extremes())
def test_depuis_dict_puis_sorties(document: dict[str, Any]) -> None:
    """Chargée ou refusée par OffreInvalide ; chargée, toutes les sorties s'écrivent."""
    try:
        offre = fpt_offres.depuis_dict(document)
    except fpt_offres.OffreInvalide:
        return
    _sorties(offre)


@given(documents_extremes())
def test_depuis_json(document: dict[str, Any]) -> None:
    """Le même document en JSON : chargé ou refusé par OffreInvalide, jamais autre chose."""
    try:
        texte = json.dumps(document, ensure_ascii=False)
    except ValueError:  # un entier de plus de 4 300 chiffres ne s'écrit pas en JSON
        return
    try:
        offre = fpt_offres.depuis_json(texte)
    except fpt_offres.OffreInvalide:
        return
    _sorties(offre)


@pytest.mark.parametrize(
    "nombre", ["1e400", "1e-400", "1e999999", "1e-999999", "1e999999999999", "-1e400"]
)
def test_nombres_json_extremes(nombre: str) -> None:
    """D1, D2 : un montant JSON démesuré se charge ou est refusé ; chargé, tout s'écrit."""
    document = json.dumps(_remplacer(*_chemins("decimal")[0], 0)).replace(": 0", f": {nombre}", 1)
    try:
        offre = fpt_offres.depuis_json(document)
    except fpt_offres.OffreInvalide:
        return
    _sorties(offre)


class TestReproducteurs:
    """Les défauts D1 et D3 de la revue de fiabilité (reviews/reliability-2026-12.md)."""

    BASE: dict[str, Any] = {"intitule": "X", "employeur": {"nom": "Y", "type": "commune"}}  # noqa: RUF012

    def test_grand_nombre_de_postes(self) -> None:
        """D1 : formater et jsonld levaient decimal.InvalidOperation pour 10**25 postes."""
        try:
            offre = fpt_offres.depuis_dict({**self.BASE, "poste": {"nombre": 10**25}})
        except fpt_offres.OffreInvalide:
            return  # refusé par une borne du modèle : aussi documenté
        _sorties(offre)

    def test_decembre_9999(self) -> None:
        """D3 : verifier levait ValueError (année 10000) pour une publication en décembre 9999."""
        calendrier = {"date_publication": "9999-12-01", "date_limite_candidature": "9999-12-31"}
        try:
            offre = fpt_offres.depuis_dict({**self.BASE, "calendrier": calendrier})
        except fpt_offres.OffreInvalide:
            return
        _sorties(offre)

    def test_quotite_infime(self) -> None:
        """D1 : une quotité de 1e-5000 levait ValueError dans formater."""
        document = json.dumps({**self.BASE, "conditions": {"temps": {"quotite": 0}}})
        try:
            offre = fpt_offres.depuis_json(document.replace('"quotite": 0', '"quotite": 1e-5000'))
        except fpt_offres.OffreInvalide:
            return
        _sorties(offre)


def test_decimal_demesure_ecrit_sans_arrondi() -> None:
    """Un nombre de 40 chiffres s'écrit en entier, sans l'arrondi à 28 chiffres de babel."""
    from fpt_offres.formatage import formater_nombre

    nombre = Decimal("1234567890123456789012345678901234567.5")
    assert formater_nombre(nombre, espaces="simples").replace(" ", "") == str(nombre).replace(
        ".", ","
    )
    assert formater_nombre(10**45) == "1 × 10⁴⁵"


_B: dict[Any, Any] = {"intitule": "X", "employeur": {"nom": "Y", "type": "commune"}}


@pytest.mark.parametrize(
    ("donnees", "chemin"),
    [
        ({**_B, "version": 10**5000}, "version"),
        (10**5000, ""),
        ({**_B, "intitule": 10**5000}, "intitule"),
        ({**_B, 1: "x"}, "1"),
        ({**_B, (1, 2): "x"}, "tuple ((1, 2))"),
        ({**_B, b"k": "x"}, "bytes (b'k')"),
        ({**_B, "employeur": {"nom": "Y", "type": "commune", 3: 4}}, "employeur.3"),
    ],
    ids=["version", "racine", "intitule", "cle-entier", "cle-tuple", "cle-octets", "cle-imbriquee"],
)
def test_depuis_dict_valeurs_python(donnees: Any, chemin: str) -> None:
    """D5 : un entier immense ou une clé qui n'est pas un texte levaient ValueError,
    AttributeError ou TypeError ; c'est une OffreInvalide qui nomme l'endroit, en bref."""
    with pytest.raises(fpt_offres.OffreInvalide) as erreur:
        fpt_offres.depuis_dict(donnees)
    assert [p.chemin for p in erreur.value.problemes] == [chemin]
    assert len(str(erreur.value)) < 400
