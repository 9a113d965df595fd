"""Les bornes du format, partagées par le modèle, le convertisseur et le schéma ; rien d'ignoré.

Les reproducteurs de la revue de fiabilité (D1, D2, D3, D5, D9, D10) et du
nouveau venu (adresse à accents), puis les propriétés : tout document que le
schéma accepte se lit, ou est refusé pour une raison que le schéma ne peut pas
dire (``NON_EXPRIMEES``) ; toute offre lue s'écrit en un document de taille
comparable, qui se relit.
"""

from __future__ import annotations

import copy
import datetime
import json
import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import fpt_offres
from fpt_offres import (
    Offre,
    OffreInvalide,
    bornes,
    depuis_dict,
    depuis_json,
    schema_json,
    vers_dict,
    vers_json,
)
from fpt_offres.conversion import convert
from fpt_offres.exports.schema import NON_EXPRIMEES
from fpt_offres.exports.tableau import cellule
from fpt_offres.strategies import offres

B = {"intitule": "X", "employeur": {"nom": "Y", "type": "commune"}}


def _regles(lecture: Any, entree: Any) -> list[tuple[str, str]]:
    with pytest.raises(OffreInvalide) as erreur:
        lecture(entree)
    return [(p.chemin, p.regle) for p in erreur.value.problemes]


def _par_les_deux_chemins(texte: str) -> list[tuple[str, str]]:
    avec = _regles(depuis_json, texte)
    with pytest.MonkeyPatch.context() as correctif:
        correctif.setattr(convert, "_orjson", None)  # le module json seul, comme sous PyPy
        assert _regles(depuis_json, texte) == avec
    return avec


# --- reproducteurs ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("document", "chemin", "regle"),
    [
        # D1, D5 : des entiers qui faisaient planter formater, jsonld et vers_json
        ({**B, "poste": {"nombre": 10**25}}, "poste.nombre", "nombre-hors-bornes"),
        ({**B, "poste": {"nombre": 10**5000}}, "poste.nombre", "nombre-hors-bornes"),
        ({**B, "poste": {"encadrement": 10**4000}}, "poste.encadrement", "nombre-hors-bornes"),
        (
            {**B, "remuneration": {"indices": {"brut_min": 4000}}},
            "remuneration.indices.brut_min",
            "nombre-hors-bornes",
        ),
        # D3 : une date en l'an 9999
        (
            {**B, "calendrier": {"date_publication": "9999-12-01"}},
            "calendrier.date_publication",
            "date-hors-bornes",
        ),
        (
            {**B, "calendrier": {"prise_de_poste": "1900-01-01"}},
            "calendrier.prise_de_poste",
            "date-hors-bornes",
        ),
        # Un montant au-delà du centime
        (
            {**B, "remuneration": {"salaires": [{"montant": {"minimum": "2461.395"}}]}},
            "remuneration.salaires[0].montant.minimum",
            "decimales",
        ),
    ],
)
def test_reproducteurs_depuis_dict(document: dict[str, Any], chemin: str, regle: str) -> None:
    """Chaque valeur hors bornes est refusée par OffreInvalide, au bon chemin."""
    assert _regles(depuis_dict, document) == [(chemin, regle)]


@pytest.mark.parametrize(
    ("litteral", "regle"),
    [
        ("1e50000000", "nombre-hors-bornes"),  # D2 : 50 Mo à l'écriture
        ("1e999999999999", "nombre-hors-bornes"),  # D2 : MemoryError
        ("1e-2000000", "decimales"),  # D2 : 2 Mo de zéros
        ("1e400", "nombre-hors-bornes"),  # D1 : formater levait decimal.InvalidOperation
        ("10000000.01", "nombre-hors-bornes"),
    ],
)
def test_exposants_refuses_par_les_deux_chemins(litteral: str, regle: str) -> None:
    """Un nombre JSON à grand exposant est refusé, par orjson comme par json."""
    texte = json.dumps({**B, "remuneration": {"salaires": [{"montant": {"minimum": 0}}]}})
    texte = texte.replace('"minimum": 0', f'"minimum": {litteral}')
    assert _par_les_deux_chemins(texte) == [("remuneration.salaires[0].montant.minimum", regle)]


def test_chaine_en_notation_scientifique_refusee_des_deux_cotes() -> None:
    """D10 : le schéma refuse, comme le convertisseur, un décimal écrit « 1e9 »."""
    valide = Draft202012Validator(schema_json())
    for texte in ("1e9", "1E3", "2.5E+2", "5e1"):
        document = {**B, "remuneration": {"avantages": [{"type": "cnas", "taux": texte}]}}
        assert not valide.is_valid(document), texte
        assert _regles(depuis_dict, document)[0][0] == "remuneration.avantages[0].taux"


def test_cle_double_refusee_avec_son_chemin() -> None:
    """D9 : une clé en double est refusée (orjson et json), à chaque niveau, avec son chemin."""
    texte = (
        '{"intitule":"X","intitule":"Z","employeur":{"nom":"Y","type":"commune","nom":"W"},'
        '"poste":{"lieux":[{"commune":"Reims"},{"commune":"a:b","commune":"c"}]}}'
    )
    assert _par_les_deux_chemins(texte) == [
        ("intitule", "cle-double"),
        ("employeur.nom", "cle-double"),
        ("poste.lieux[1].commune", "cle-double"),
    ]


@given(offres(), st.data())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_cle_double_jamais_ignoree(offre: Offre, data: st.DataObject) -> None:
    """Répéter n'importe quelle clé d'un document fait refuser l'offre, par les deux chemins ;
    un deux-points écrit « \\u003a » dans un texte ne trompe pas la détection d'orjson."""
    texte = vers_json(offre, indent=None)
    cles = [i for i in range(len(texte)) if texte.startswith('":', i)]
    fin = data.draw(st.sampled_from(cles), label="clé")
    debut = texte.rindex('"', 0, fin) + 1
    if texte[debut - 2] not in "{,":
        return  # un deux-points dans une chaîne, pas une clé
    cle = texte[debut:fin]
    # La clé répétée, suivie d'une valeur quelconque, juste avant l'originale.
    double = f'"{cle}":"\\u003a",'
    modifie = texte[: debut - 1] + double + texte[debut - 1 :]
    regles = _par_les_deux_chemins(modifie)
    assert "cle-double" in {r for _, r in regles}, regles


def test_courriel_a_accents_accepte() -> None:
    """Newcomer : un domaine à accents ne fait plus refuser l'offre (email-validator)."""
    document = {**B, "candidature": {"courriels": ["recrutement@mairie-évry.fr"]}}
    offre = depuis_dict(document)
    assert offre.candidature.courriels == ("recrutement@mairie-évry.fr",)
    assert depuis_json(vers_json(offre)) == offre
    assert _regles(depuis_dict, {**B, "candidature": {"courriels": ["drh@ville"]}}) == [
        ("candidature.courriels[0]", "courriel")
    ]


# --- CSV ------------------------------------------------------------------------------------


@given(st.characters(categories=["Cc"]) | st.sampled_from("=+-@"), st.text(max_size=5))
def test_csv_excel_neutralise_controles_et_formules(premier: str, reste: str) -> None:
    """Un caractère de contrôle (NUL compris) ou un signe de formule en tête de cellule est
    neutralisé par une apostrophe en mode --excel, comme « = »."""
    assert cellule(premier + reste, excel=True) == "'" + premier + reste
    assert cellule(premier + reste) == premier + reste


@given(st.text(max_size=5))
def test_csv_excel_ne_touche_pas_au_reste(texte: str) -> None:
    """Une cellule qui ne commence ni par un signe de formule ni par un contrôle est intacte."""
    if texte and (texte[0] in "=+-@" or unicodedata.category(texte[0]) == "Cc"):
        return
    assert cellule(texte, excel=True) == texte


# --- propriétés : schéma, convertisseur, écriture --------------------------------------------

# Des valeurs aux bords et au-delà des bornes, dans toutes les écritures que JSON permet.
_EXTREMES = st.one_of(
    st.integers(-2, 12),
    st.sampled_from(
        [
            bornes.POSTES_MAX,
            bornes.POSTES_MAX + 1,
            bornes.CHIFFRE_MAX,
            bornes.CHIFFRE_MAX + 1,
            bornes.INDICE_MAJORE_MAX,
            bornes.MOIS_MAX + 1,
            2**63,
            2**64 + 1,
            10**25,
        ]
    ),
    st.sampled_from([0.5, 2.0, 1e300, 1e-300, 12.345, 9999999.99, 10000000.01]),
    st.sampled_from(["1E+3", "1e9", "12.345", "12.340", "0.00", "10000000", "10000000.01"]),
    st.sampled_from(
        [
            bornes.DATE_MIN.isoformat(),
            bornes.DATE_MAX.isoformat(),
            "1945-12-31",
            "2101-01-01",
            "9999-12-31",
            "0001-01-01",
        ]
    ),
)


def _feuilles(valeur: Any, chemin: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(valeur, dict):
        for cle, enfant in valeur.items():
            yield from _feuilles(enfant, (*chemin, cle))
    elif isinstance(valeur, list):
        for rang, enfant in enumerate(valeur):
            yield from _feuilles(enfant, (*chemin, rang))
    elif chemin and chemin[-1] != "version":
        yield chemin


def _poser(document: Any, chemin: tuple[Any, ...], valeur: Any) -> None:
    for pas in chemin[:-1]:
        document = document[pas]
    document[chemin[-1]] = valeur


_VALIDATEUR = Draft202012Validator(
    schema_json(), format_checker=Draft202012Validator.FORMAT_CHECKER
)


@given(offres(), st.data())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_schema_et_convertisseur_d_accord_aux_bornes(offre: Offre, data: st.DataObject) -> None:
    """Un document que le schéma accepte se lit, ou est refusé pour une raison que le schéma
    ne peut pas dire (NON_EXPRIMEES, ou « type » pour un entier écrit 2.0)."""
    document = vers_dict(offre)
    feuilles = list(_feuilles(document))
    if not feuilles:
        return
    chemin = data.draw(st.sampled_from(feuilles), label="feuille")
    valeur = data.draw(_EXTREMES, label="valeur")
    modifie = copy.deepcopy(document)
    _poser(modifie, chemin, valeur)
    if not _VALIDATEUR.is_valid(modifie):
        return
    try:
        depuis_dict(modifie)
        regles: set[str] = set()
    except OffreInvalide as erreur:
        regles = {p.regle for p in erreur.problemes}
    permises = set(NON_EXPRIMEES) | ({"type"} if isinstance(valeur, float) else set())
    assert regles <= permises, (chemin, valeur, regles)


@given(offres(), st.data())
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_offre_lue_se_reecrit_en_taille_comparable(offre: Offre, data: st.DataObject) -> None:
    """Toute offre lue s'écrit en un document de taille comparable, qui se relit ; et les
    fonctions qui la lisent (formater, jsonld, verifier, ligne) ne lèvent pas."""
    document = vers_dict(offre)
    feuilles = list(_feuilles(document))
    if feuilles:
        _poser(document, data.draw(st.sampled_from(feuilles)), data.draw(_EXTREMES))
    texte = json.dumps(document, ensure_ascii=False)
    try:
        lue = depuis_json(texte)
    except OffreInvalide:
        return
    reecrit = vers_json(lue, indent=None)
    assert len(reecrit) <= 2 * len(texte) + 200
    assert depuis_json(reecrit) == lue
    fpt_offres.formater(lue)
    fpt_offres.jsonld(lue)
    fpt_offres.verifier(lue)
    fpt_offres.ligne(lue)


def test_extremes_permis_se_formatent() -> None:
    """Les plus grandes valeurs permises passent formater, jsonld, verifier et ligne (D1, D3)."""
    document = {
        **B,
        "poste": {"nombre": bornes.POSTES_MAX, "encadrement": bornes.ENCADRES_MAX},
        "calendrier": {
            "date_publication": bornes.DATE_MAX.isoformat(),
            "date_limite_candidature": bornes.DATE_MAX.isoformat(),
        },
        "remuneration": {
            "salaires": [{"montant": {"minimum": "0.01", "maximum": str(bornes.MONTANT_MAX)}}],
            "indices": {"brut_max": bornes.INDICE_BRUT_MAX},
        },
    }
    offre = depuis_dict(document)
    fpt_offres.formater(offre)
    fpt_offres.jsonld(offre)
    fpt_offres.verifier(offre)
    fpt_offres.ligne(offre)
    assert offre.calendrier.date_publication == datetime.date(2100, 12, 31)
    assert offre.remuneration.salaires[0].montant.maximum == Decimal(10_000_000)
