"""Le schéma JSON engendré : valide, satisfait par toute offre valide, aussi strict que le convertisseur.

« Aussi strict » vaut partout où un schéma JSON peut exprimer la règle : une entrée
mutée (mauvais type, clé inconnue, valeur d'énumération inconnue, texte blanc,
nombre hors bornes, code de grade inconnu, courriel ou code postal faux…) est
refusée des deux côtés. Les règles qu'aucun schéma n'exprime (ordre de deux
dates, clé de Luhn…) sont vérifiées dans l'autre sens : le schéma les laisse
passer, le convertisseur les refuse, comme la documentation le dit.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
import shutil
import subprocess
import types
import typing
from collections.abc import Iterator
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from stdnum import luhn

from fpt_offres import (
    BaseLegale,
    CadreEmplois,
    Fourchette,
    Grade,
    Offre,
    OffreInvalide,
    Remuneration,
    Salaire,
    TempsTravail,
    depuis_dict,
    exemples,
    identifiants,
    vers_dict,
)
from fpt_offres import _validateurs as v
from fpt_offres import bornes as bornes_du_format
from fpt_offres._typage import decimales
from fpt_offres.exports import _schema_motifs
from fpt_offres.exports import schema as module_schema
from fpt_offres.exports.schema import NON_EXPRIMEES, SCHEMA_ID, schema_json
from fpt_offres.modele import commun, statut
from fpt_offres.strategies import offres

DOCUMENTATION = Path(__file__).parents[1] / "docs" / "schema.md"

Chemin = tuple[str | int, ...]
"""Un chemin dans un document JSON : clés et rangs."""

_SUPPRIMER = object()
"""Valeur de mutation : retirer la clé."""


@cache
def _validateur() -> Draft202012Validator:
    return Draft202012Validator(schema_json(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _schema_accepte(document: Any) -> bool:
    return _validateur().is_valid(document)


def _convertisseur_accepte(document: Any) -> bool:
    try:
        depuis_dict(document)
    except OffreInvalide:
        return False
    return True


def _offre(**parties: Any) -> dict[str, Any]:
    """Un document minimal valide, complété de ``parties``."""
    return {
        "version": 2,
        "intitule": "Secrétaire général (F/H)",
        "employeur": {"nom": "Commune de Poum", "type": "commune"},
        **parties,
    }


def _siret_valide(siren: str) -> str:
    debut = f"{siren}0001"
    return debut + luhn.calc_check_digit(debut)


# --- le schéma lui-même -----------------------------------------------------------------------


def test_schema_valide_draft_2020_12() -> None:
    """Le schéma est un schéma draft 2020-12 valide, avec son $schema, son $id et un titre."""
    schema = schema_json()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert schema["title"]
    assert schema["properties"]["version"] == {
        "description": "la version du format ; absente, c'est la version courante",
        "const": 2,
    }


def test_schema_serialisable_et_deterministe() -> None:
    """Le schéma passe par json.dumps sans perte et ne change pas d'un appel à l'autre."""
    schema = schema_json()
    assert json.loads(json.dumps(schema)) == schema
    assert json.dumps(schema_json()) == json.dumps(schema)


def test_schema_rendu_en_copie() -> None:
    """Modifier le schéma rendu ne modifie pas le suivant."""
    schema = schema_json()
    schema["$defs"]["Employeur"]["properties"].clear()
    schema["required"].append("zz")
    assert schema_json()["$defs"]["Employeur"]["properties"]
    assert schema_json()["required"] == ["intitule", "employeur"]


def _references(noeud: Any) -> Iterator[str]:
    if isinstance(noeud, dict):
        for cle, valeur in noeud.items():
            if cle == "$ref":
                yield valeur
            else:
                yield from _references(valeur)
    elif isinstance(noeud, list):
        for element in noeud:
            yield from _references(element)


def _classes_atteintes(classe: type, vues: set[type]) -> set[type]:
    """Les classes et énumérations atteintes depuis ``classe`` par ses champs."""
    for type_ in typing.get_type_hints(classe).values():
        pile = [type_]
        while pile:
            courant = pile.pop()
            pile += typing.get_args(courant)
            modele = isinstance(courant, type) and (
                attrs.has(courant) or issubclass(courant, enum.Enum)
            )
            if modele and courant not in vues:
                vues.add(courant)
                if attrs.has(courant) and courant not in (Grade, CadreEmplois, BaseLegale):
                    _classes_atteintes(courant, vues)
    return vues


def test_une_definition_par_classe_du_modele() -> None:
    """Chaque classe et énumération atteinte depuis Offre a sa définition ; chaque $ref se résout."""
    schema = schema_json()
    attendues = {c.__name__ for c in _classes_atteintes(Offre, set())} | {"Departement"}
    assert set(schema["$defs"]) == attendues
    for reference in _references(schema):
        assert reference.startswith("#/$defs/")
        assert reference.removeprefix("#/$defs/") in schema["$defs"]


def test_objets_fermes_et_champs_obligatoires() -> None:
    """Chaque objet refuse les clés inconnues et exige exactement les champs sans défaut."""
    schema = schema_json()
    for classe in _classes_atteintes(Offre, set()) | {Offre}:
        if not attrs.has(classe) or classe in (Grade, CadreEmplois, BaseLegale):
            continue
        definition = schema if classe is Offre else schema["$defs"][classe.__name__]
        assert definition["additionalProperties"] is False
        obligatoires = [c.name for c in attrs.fields(classe) if c.default is attrs.NOTHING]
        assert definition.get("required", []) == obligatoires, classe
        noms = [c.name for c in attrs.fields(classe)]
        assert [n for n in definition["properties"] if n != "version"] == noms


def test_codes_de_la_nomenclature() -> None:
    """Grades, cadres d'emplois, bases légales et départements s'écrivent par les codes de la nomenclature."""
    from fpt_offres import nomenclature

    defs = schema_json()["$defs"]
    assert defs["Grade"]["enum"] == list(nomenclature.grades_par_code())
    assert defs["CadreEmplois"]["enum"] == list(nomenclature.cadres_emplois_par_code())
    assert defs["BaseLegale"]["enum"] == list(nomenclature.bases_legales_par_code())
    assert defs["Departement"]["enum"] == list(nomenclature.departements())


def _motifs(noeud: Any) -> Iterator[str]:
    if isinstance(noeud, dict):
        for cle, valeur in noeud.items():
            if cle == "pattern":
                yield valeur
            else:
                yield from _motifs(valeur)
    elif isinstance(noeud, list):
        for element in noeud:
            yield from _motifs(element)


def test_motifs_portables() -> None:
    """Les motifs compilent et n'emploient que la syntaxe commune à ECMA-262 et à re (pas de \\d)."""
    for motif in set(_motifs(schema_json())):
        re.compile(motif)
        assert "\\d" not in motif
        assert "(?P" not in motif
        assert "\\Z" not in motif


_SONDES = (
    "",
    " ",
    "\u00a0",
    "\ufeff",
    "\x1c",
    "\u0085",
    "a",
    "a\n",
    "51000",
    "51000\n",
    "5\u0661000",
    "98800",
    "2026-04-30",
    "2026-04-30\n",
    "recrutement@marne.fr",
    "recrutement@marne.fr\n",
    "o'brien@mairie.nc",
    "17.5",
    "-0",
    "-0.00",
    "0",
    "0.5",
    "1E+2",
    "5E-1",
    "100",
    "100.0",
    "100.01",
    "5",
    "5.01",
    "123456789",
    "12345678901234",
    "\u0661\u0662\u0663",
)


@pytest.mark.skipif(shutil.which("node") is None, reason="node (moteur ECMA-262) absent")
def test_motifs_meme_verdict_en_ecma_262_et_en_python() -> None:
    """Chaque motif donne le même verdict sous node (ECMA-262, drapeau u) et sous re."""
    motifs = sorted(set(_motifs(schema_json())))
    script = (
        "const [motifs, sondes] = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(motifs.map(m => sondes.map(s => new RegExp(m, 'u').test(s)))));"
    )
    sortie = subprocess.run(
        ["node", "-e", script],
        input=json.dumps([motifs, _SONDES]),
        capture_output=True,
        text=True,
        check=True,
    )
    verdicts_ecma = json.loads(sortie.stdout)
    for motif, verdicts in zip(motifs, verdicts_ecma, strict=True):
        for sonde, verdict in zip(_SONDES, verdicts, strict=True):
            assert (re.search(motif, sonde) is not None) == verdict, (motif, sonde)


# --- ce que le schéma accepte ---------------------------------------------------------------


@pytest.mark.parametrize("rang", range(5))
def test_offres_d_exemple_valides(rang: int) -> None:
    """vers_dict de chaque offre d'exemple satisfait le schéma."""
    erreurs = list(_validateur().iter_errors(vers_dict(exemples()[rang])))
    assert erreurs == []


def test_fichiers_d_exemple_valides() -> None:
    """Les fichiers JSON d'exemple fournis avec le paquet satisfont le schéma tels quels."""
    dossier = resources.files("fpt_offres") / "exemples"
    fichiers = [f for f in dossier.iterdir() if f.name.endswith(".json")]
    assert len(fichiers) == 5
    for fichier in fichiers:
        assert _schema_accepte(json.loads(fichier.read_text(encoding="utf-8"))), fichier.name


@given(offres())
def test_offres_engendrees_valides(offre: Offre) -> None:
    """vers_dict de toute offre valide satisfait le schéma (formats vérifiés)."""
    erreurs = [
        (list(e.absolute_path), e.message) for e in _validateur().iter_errors(vers_dict(offre))
    ]
    assert erreurs == []


def test_document_sans_version_valide() -> None:
    """Sans clé version, le document est lu dans la version courante, des deux côtés."""
    document = _offre()
    del document["version"]
    assert _schema_accepte(document)
    assert _convertisseur_accepte(document)


@pytest.mark.parametrize(
    "montant",
    [Decimal("2E+3"), Decimal("2461.390"), Decimal("0.01"), Decimal("1.10"), Decimal("1E+7")],
)
def test_decimaux_de_toute_ecriture_acceptes(montant: Decimal) -> None:
    """Un montant que str(Decimal) écrit en notation scientifique (« 2E+3 ») ou avec des zéros
    au-delà des centimes (« 2461.390 ») est écrit par vers_dict dans la forme du motif."""
    exemple = exemples()[0]
    remuneration = Remuneration(salaires=(Salaire(montant=Fourchette.montant(montant)),))
    document = vers_dict(attrs.evolve(exemple, remuneration=remuneration))
    assert _schema_accepte(document)
    quotite = attrs.evolve(exemple.conditions, temps=TempsTravail(quotite=Decimal("1E+2")))
    assert _schema_accepte(vers_dict(attrs.evolve(exemple, conditions=quotite)))


# --- les motifs, confrontés aux validateurs du modèle -----------------------------------------


def test_plage_entiers_exacte() -> None:
    """Le motif d'une plage d'entiers accepte exactement ses entiers (zéros de tête compris)."""
    for bas, haut in [(0, 0), (1, 4), (0, 5), (1, 99), (1, 100), (7, 1607), (0, 168), (99, 1000)]:
        motif = re.compile(f"^(?:{_schema_motifs._plage_entiers(bas, haut)})$")
        for n in range(1300):
            assert bool(motif.match(str(n))) == (bas <= n <= haut), (bas, haut, n)
            assert bool(motif.match(f"00{n}")) == (bas <= n <= haut), (bas, haut, n)
    for bas in (0, 1, 9, 10, 57, 100):
        motif = re.compile(f"^(?:{_schema_motifs._plage_entiers(bas, None)})$")
        for n in range(1300):
            assert bool(motif.match(str(n))) == (n >= bas), (bas, n)


def _champs_decimaux() -> list[tuple[str, str, Any]]:
    """(classe, champ, validateur) de chaque champ Decimal du modèle atteint depuis Offre."""
    champs = []
    for classe in _classes_atteintes(Offre, set()):
        if not attrs.has(classe):
            continue
        types_ = typing.get_type_hints(classe)
        for champ in attrs.fields(classe):
            if Decimal in typing.get_args(types_[champ.name]) or types_[champ.name] is Decimal:
                internes = [
                    x.validateur if isinstance(x, v._Optionnel) else x
                    for x in v.a_plat(champ.validator)
                ]
                bornes = [x for x in internes if isinstance(x, v._Borne | v._Positif)]
                champs.append((classe.__name__, champ.name, bornes[0]))
    return sorted(champs, key=lambda c: (c[0], c[1]))


def _branches(classe: str, champ: str) -> tuple[str, dict[str, Any]]:
    """Le motif de la branche chaîne et la branche nombre d'un champ décimal."""
    choix = schema_json()["$defs"][classe]["properties"][champ]["anyOf"]
    chaine = next(c for c in choix if c.get("type") == "string")
    nombre = next(c for c in choix if c.get("type") == "number")
    return chaine["pattern"], nombre


def _accepte_par(validateur: Any, valeur: Decimal) -> bool:
    try:
        validateur(None, attrs.fields(Fourchette).minimum, valeur)
    except ValueError:
        return False
    return True


_DECIMAUX_REMARQUABLES = (
    *("0", "-0", "0.00", "-0.0", "5", "5.00", "4.9999", "100", "100.00", "100.0001", "0.0001"),
    *("1E+2", "1E+3", "1E-7", "5E-1", "0E+3", "-0E-2", "-1E-9"),
)

_DECIMAUX = st.one_of(
    st.decimals(min_value=-(10**6), max_value=10**9, allow_nan=False, allow_infinity=False),
    st.decimals(min_value=-2, max_value=200, places=2),
    st.integers(-5, 205).map(Decimal),
    st.sampled_from([Decimal(x) for x in _DECIMAUX_REMARQUABLES]),
)


def test_champs_decimaux_connus() -> None:
    """Les champs décimaux du modèle sont ceux que les propriétés suivantes confrontent."""
    assert [(c, n) for c, n, _ in _champs_decimaux()] == [
        ("Avantage", "taux"),
        ("ChiffreCle", "valeur"),
        ("Fourchette", "maximum"),
        ("Fourchette", "minimum"),
        ("Teletravail", "jours_max"),
        ("TempsTravail", "quotite"),
    ]


@given(st.sampled_from(_champs_decimaux()), _DECIMAUX)
def test_motif_decimal_fidele_au_validateur(champ: tuple[str, str, Any], valeur: Decimal) -> None:
    """Écriture ordinaire : le motif accepte exactement ce qu'accepte le convertisseur (bornes
    du champ, au plus deux décimales) ; la notation scientifique, qu'il refuse, jamais."""
    classe, nom, validateur = champ
    motif, nombre = _branches(classe, nom)
    dans_les_bornes = _accepte_par(validateur, valeur)
    accepte = dans_les_bornes and decimales(valeur) <= bornes_du_format.DECIMALES_MAX
    ordinaire = format(valeur, "f")
    assert (re.search(motif, ordinaire) is not None) == accepte, ordinaire
    assert (re.search(motif, str(valeur)) is not None) == (accepte and "E" not in str(valeur))
    flottant = float(valeur)
    if Decimal(repr(flottant)) == valeur:
        # Pour un nombre JSON, les décimales ne s'expriment pas (NON_EXPRIMEES) : les bornes, si.
        assert Draft202012Validator(nombre).is_valid(flottant) == dans_les_bornes, flottant


@given(st.text(st.characters(codec="utf-8"), max_size=6))
def test_motif_texte_fidele_a_strip(texte: str) -> None:
    """Le motif des textes non vides accepte exactement ce que texte() accepte (blancs de str.strip)."""
    motif = schema_json()["properties"]["intitule"]["pattern"]
    assert (re.search(motif, texte) is not None) == bool(texte.strip())


@pytest.mark.parametrize("blanc", ["\u0085", "\x1c", "\u3000", "\u202f", "\u2028", " \t\n"])
def test_motif_texte_blancs_de_python(blanc: str) -> None:
    """Les blancs de Python qu'ECMA-262 ne compte pas (U+001C, U+0085) font un texte vide."""
    motif = schema_json()["properties"]["intitule"]["pattern"]
    assert re.search(motif, blanc) is None
    assert re.search(motif, "\ufeff") is not None  # U+FEFF n'est pas un blanc pour strip()


_ADRESSES = st.one_of(
    st.from_regex(r"[a-z'.+-]{1,6}@[a-z0-9.-]{1,8}\.?[a-z]{0,4}\n?", fullmatch=True),
    st.text("ab.@-_\n é", max_size=12),
)


@given(_ADRESSES)
def test_motif_courriel_fidele_a_identifiants(adresse: str) -> None:
    """Le schéma d'un courriel accepte toute adresse qu'accepte identifiants (il n'en dit que
    la forme : la syntaxe complète est dans NON_EXPRIMEES)."""
    sous_schema = schema_json()["$defs"]["Contact"]["properties"]["courriel"]["anyOf"][0]
    if identifiants.est_courriel_valide(adresse):
        assert Draft202012Validator(sous_schema).is_valid(adresse), adresse


@given(st.text("0123456789 a\n", max_size=7))
def test_motif_code_postal_fidele_au_modele(code: str) -> None:
    """Le schéma d'un code postal accepte exactement les codes postaux du modèle (chiffres ASCII)."""
    sous_schema = schema_json()["$defs"]["Adresse"]["properties"]["code_postal"]["anyOf"][0]
    valide = Draft202012Validator(sous_schema).is_valid(code)
    assert valide == (commun._CODE_POSTAL.fullmatch(code) is not None), code


# --- ce que les deux refusent : mutations d'offres valides ----------------------------------


def _bornes(validateurs: list[Any]) -> tuple[Decimal | None, bool, Decimal | None, bool]:
    bas, bas_inclus, haut, haut_inclus = None, True, None, True
    for validateur in validateurs:
        if isinstance(validateur, v._Positif):
            bas, bas_inclus = Decimal(0), not validateur.strict
        elif isinstance(validateur, v._Borne):
            bas, bas_inclus = validateur.minimum, validateur.min_inclus
            haut, haut_inclus = validateur.maximum, validateur.max_inclus
    return bas, bas_inclus, haut, haut_inclus


def _hors_bornes(validateurs: list[Any], entier: bool) -> Iterator[Any]:
    """Des valeurs juste hors de l'intervalle (ordinaire : « 100.01 », « -1 », « 0 »)."""
    bas, bas_inclus, haut, haut_inclus = _bornes(validateurs)
    pas = Decimal(1) if entier else Decimal("0.01")
    if bas is not None:
        yield bas - pas if bas_inclus else bas
    if haut is not None:
        yield haut + pas if haut_inclus else haut


def _textes_faux(validateurs: list[Any]) -> Iterator[tuple[Any, str]]:
    for validateur in validateurs:
        if isinstance(validateur, v._Texte):
            yield " \u00a0\t", "texte-vide"
            yield "\u3000\u0085", "texte-vide"
        elif isinstance(validateur, v._Identifiant) and validateur.nom == "courriel":
            yield "recrutement@marne", "courriel"
            yield "drh @ville.fr", "courriel"
            yield "recrutement@marne.fr\n", "courriel"
        elif isinstance(validateur, v._Identifiant):
            longueur = 9 if validateur.nom == "SIREN" else 14
            yield "1" * (longueur - 1), validateur.nom
            yield "1" * (longueur - 1) + "a", validateur.nom
            yield "\uff11" * longueur, validateur.nom
        elif validateur is commun._verifier_code_postal:
            yield "99000", "code-postal"
            yield "5100", "code-postal"
            yield "00100", "code-postal"
            yield "51000\n", "code-postal"
        elif validateur is commun.departement_connu:
            yield "00", "departement-inconnu"
            yield "2C", "departement-inconnu"
            yield "51 ", "departement-inconnu"


def _mutations_valeur(
    type_: Any, validateurs: list[Any], valeur: Any, chemin: Chemin, *, facultatif: bool = False
) -> Iterator[tuple[Chemin, Any, str]]:
    """Des valeurs fausses pour le champ de type ``type_`` au chemin ``chemin``."""
    origine = typing.get_origin(type_)
    if origine in (types.UnionType, typing.Union):
        membres = [m for m in typing.get_args(type_) if m is not type(None)]
        internes = [x.validateur if isinstance(x, v._Optionnel) else x for x in validateurs]
        if len(membres) == 1:
            yield from _mutations_valeur(membres[0], internes, valeur, chemin, facultatif=True)
        else:  # date | PriseDePoste | None
            yield chemin, "bientôt", "type"
            yield chemin, "2026-02-30", "date-inexistante"
        return
    if not facultatif:
        yield chemin, None, "type"
    if origine is tuple:
        element = typing.get_args(type_)[0]
        internes = [x.validateur for x in validateurs if isinstance(x, v._Chaque)]
        yield chemin, "pas une liste", "type"
        yield chemin, {"element": 1}, "type"
        if isinstance(valeur, list) and valeur:
            yield from _mutations_valeur(element, internes, valeur[0], (*chemin, 0))
            if statut._sans_doublon in validateurs:
                yield chemin, [*valeur, valeur[0]], "doublon"
        else:
            for sous_chemin, fausse, regle in _mutations_valeur(element, internes, None, ()):
                if sous_chemin == ():
                    yield chemin, [fausse], regle
        return
    if type_ in (Grade, CadreEmplois, BaseLegale):
        yield chemin, "zz-code-inconnu", "nomenclature-inconnue"
        yield chemin, 12, "type"
    elif isinstance(type_, type) and issubclass(type_, enum.IntEnum):
        yield chemin, 9, "valeur-inconnue"
        yield chemin, "7", "valeur-inconnue"
    elif isinstance(type_, type) and issubclass(type_, enum.Enum):
        yield chemin, "zz-valeur-inconnue", "valeur-inconnue"
        yield chemin, 1, "valeur-inconnue"
    elif attrs.has(type_):
        yield chemin, "un texte", "type"
        yield chemin, [], "type"
        if isinstance(valeur, dict):
            yield from _mutations_objet(type_, valeur, chemin)
    else:
        yield from ((chemin, f, regle) for f, regle in _scalaires_faux(type_, validateurs))


def _scalaires_faux(type_: Any, validateurs: list[Any]) -> Iterator[tuple[Any, str]]:
    """Des valeurs fausses pour un booléen, un entier, un décimal, une date ou un texte."""
    if type_ is bool:
        yield from ((1, "type"), ("oui", "type"))
    elif type_ is int:
        yield from (("3", "type"), (2.5, "type"))
        yield from ((int(x), "borne") for x in _hors_bornes(validateurs, entier=True))
    elif type_ is Decimal:
        yield from (("douze", "type"), (True, "type"))
        for hors in _hors_bornes(validateurs, entier=False):
            yield from ((str(hors), "borne"), (float(hors), "borne"))
    elif type_ is datetime.date:
        yield from (("30/04/2026", "type"), ("2026-02-30", "date-inexistante"))
        yield 20260430, "type"
    elif type_ is str:
        yield from ((12, "type"), (["texte"], "type"))
        yield from _textes_faux(validateurs)
    else:  # pragma: no cover  (un type nouveau du modèle)
        pytest.fail(f"type {type_!r} sans mutation")


def _mutations_objet(
    classe: type, document: dict[str, Any], chemin: Chemin
) -> Iterator[tuple[Chemin, Any, str]]:
    """Les mutations d'un objet de ``classe`` : clé inconnue, champ obligatoire retiré, valeurs fausses."""
    yield (*chemin, "zz-cle-inconnue"), 1, "cle-inconnue"
    types_ = typing.get_type_hints(classe)
    for champ in attrs.fields(classe):
        if champ.default is attrs.NOTHING:
            yield (*chemin, champ.name), _SUPPRIMER, "champ-manquant"
        validateurs = v.a_plat(champ.validator)
        valeur = document.get(champ.name)
        yield from _mutations_valeur(types_[champ.name], validateurs, valeur, (*chemin, champ.name))


def _muter(document: dict[str, Any], chemin: Chemin, valeur: Any) -> dict[str, Any]:
    copie: dict[str, Any] = json.loads(json.dumps(document))
    parent: Any = copie
    for morceau in chemin[:-1]:
        parent = parent[morceau]
    if valeur is _SUPPRIMER:
        del parent[chemin[-1]]
    else:
        parent[chemin[-1]] = valeur
    return copie


@given(offres(), st.data())
def test_mutation_refusee_par_le_convertisseur_et_le_schema(
    offre: Offre, data: st.DataObject
) -> None:
    """Une offre valide mutée (type, clé, énumération, texte blanc, borne, code, courriel…) est refusée des deux côtés."""
    document = vers_dict(offre)
    mutations = list(_mutations_objet(Offre, document, ()))
    chemin, valeur, regle = data.draw(st.sampled_from(mutations), label="mutation")
    mute = _muter(document, chemin, valeur)
    assert not _convertisseur_accepte(mute), (chemin, valeur, regle)
    assert not _schema_accepte(mute), (chemin, valeur, regle)


def test_mutations_couvrent_chaque_genre() -> None:
    """Les mutations d'une offre d'exemple couvrent chaque genre de règle que le schéma exprime."""
    regles = {regle for _, _, regle in _mutations_objet(Offre, vers_dict(exemples()[0]), ())}
    assert regles >= {
        "type",
        "cle-inconnue",
        "champ-manquant",
        "valeur-inconnue",
        "nomenclature-inconnue",
        "texte-vide",
        "borne",
        "courriel",
        "code-postal",
        "departement-inconnu",
        "SIREN",
        "SIRET",
        "date-inexistante",
        "doublon",
    }


@pytest.mark.parametrize(
    ("regle", "document"),
    [
        (
            "cdi-sans-duree",
            _offre(conditions={"contrat": {"nature": "cdi", "duree": {"mois": 12}}}),
        ),
        (
            "teletravail-non-eligible",
            _offre(conditions={"teletravail": {"eligible": False, "jours_max": "2"}}),
        ),
        (
            "teletravail-non-eligible",
            _offre(conditions={"teletravail": {"eligible": False, "jours_max": 0.5}}),
        ),
        (
            "astreintes-eventuelles",
            _offre(conditions={"organisation": {"astreintes_eventuelles": True}}),
        ),
        (
            "statutaire-tel-qu-ecrit",
            _offre(remuneration={"statutaire_tel_qu_ecrit": "grille indiciaire"}),
        ),
        ("avantage-autre-libelle", _offre(remuneration={"avantages": [{"type": "autre"}]})),
        (
            "avantage-autre-libelle",
            _offre(remuneration={"avantages": [{"type": "autre", "libelle": None}]}),
        ),
        ("corps-hors-fpt", _offre(statut={"corps": [{"libelle": "x", "versant": "territoriale"}]})),
        (
            "heures-non-complet",
            _offre(
                conditions={"temps": {"regimes": ["non_complet"], "heures_hebdo": {"heures": 35}}}
            ),
        ),
        (
            "heures-non-complet",
            _offre(
                conditions={"temps": {"regimes": ["non_complet"], "heures_hebdo": {"heures": 0}}}
            ),
        ),
        (
            "fourchette-vide",
            _offre(remuneration={"salaires": [{"montant": {"minimum": None}}]}),
        ),
        ("fourchette-vide", _offre(remuneration={"salaires": [{"montant": {}}]})),
        ("version-format", _offre(version=3)),
        (
            "cedex-numero",
            _offre(employeur={"adresse": {"numero_cedex": "9"}}),
        ),
        (
            "departement-inconnu",
            _offre(employeur={"nom": "X", "type": "commune", "departement": "96"}),
        ),
    ],
)
def test_invariants_croises_exprimes(regle: str, document: dict[str, Any]) -> None:
    """Les invariants croisés qu'un schéma sait dire (si… alors…) sont refusés des deux côtés."""
    assert not _convertisseur_accepte(document), regle
    assert not _schema_accepte(document), regle


@pytest.mark.parametrize(
    "document",
    [
        _offre(conditions={"contrat": {"nature": "cdi"}}),
        _offre(conditions={"contrat": {"nature": "cdd", "duree": {"mois": 12}}}),
        _offre(conditions={"teletravail": {"eligible": False, "jours_max": "0.0"}}),
        _offre(conditions={"teletravail": {"eligible": False, "jours_max": 0}}),
        _offre(
            conditions={
                "temps": {"regimes": ["non_complet"], "heures_hebdo": {"heures": 34, "minutes": 59}}
            }
        ),
        _offre(
            conditions={
                "temps": {"regimes": ["non_complet"], "heures_hebdo": {"heures": 0, "minutes": 1}}
            }
        ),
        _offre(conditions={"temps": {"regimes": ["complet"], "heures_hebdo": {"heures": 39}}}),
        _offre(remuneration={"avantages": [{"type": "autre", "libelle": "crèche"}]}),
        _offre(remuneration={"salaires": [{"montant": {"maximum": "500"}}]}),
        _offre(statut={"corps": [{"libelle": "Attaché", "versant": "nouvelle-caledonie"}]}),
    ],
)
def test_invariants_croises_limites_acceptees(document: dict[str, Any]) -> None:
    """Aux limites de ces invariants, ce qui est valide est accepté des deux côtés."""
    assert _convertisseur_accepte(document)
    assert _schema_accepte(document)


# --- ce que seul le convertisseur refuse ------------------------------------------------------


_SIREN_VALIDE = "12345678" + luhn.calc_check_digit("12345678")
_SIREN_FAUX = _SIREN_VALIDE[:-1] + str((int(_SIREN_VALIDE[-1]) + 1) % 10)
_AUTRE_SIREN = "98765432" + luhn.calc_check_digit("98765432")
_SIRET_FAUX = _siret_valide(_SIREN_VALIDE)[:-1] + str(
    (int(_siret_valide(_SIREN_VALIDE)[-1]) + 1) % 10
)

LIMITES = [
    (
        "dates-ordre",
        _offre(
            calendrier={"date_publication": "2026-05-01", "date_limite_candidature": "2026-04-30"}
        ),
    ),
    (
        "fourchette-ordre",
        _offre(remuneration={"salaires": [{"montant": {"minimum": "3000", "maximum": "2000"}}]}),
    ),
    ("fourchette-ordre", _offre(remuneration={"indices": {"brut_min": 500, "brut_max": 400}})),
    (
        "siret-siren",
        _offre(
            employeur={
                "nom": "X",
                "type": "commune",
                "siren": _SIREN_VALIDE,
                "siret": _siret_valide(_AUTRE_SIREN),
            }
        ),
    ),
    (
        "verbe-absent",
        _offre(missions={"themes": [{"activites": [{"texte": "Piloter", "verbes": ["Gérer"]}]}]}),
    ),
    ("siren", _offre(employeur={"nom": "X", "type": "commune", "siren": _SIREN_FAUX})),
    (
        "siret",
        _offre(employeur={"nom": "X", "type": "commune", "siret": _SIRET_FAUX}),
    ),
    ("entier-decimal", _offre(poste={"nombre": 2.0})),
    ("entier-decimal", _offre(profil={"niveau_diplome": 7.0})),
    ("entier-decimal", _offre(version=2.0)),
    ("nombre-fini", _offre(conditions={"temps": {"quotite": float("nan")}})),
    ("decimales", _offre(remuneration={"salaires": [{"montant": {"minimum": 12.345}}]})),
    ("courriel", _offre(candidature={"courriels": ["recrutement..rh@marne.fr"]})),
    ("caractere-invalide", _offre(intitule="Chargé\ud800 de mission")),
    ("experience-ordre", _offre(profil={"experience": {"annees_min": 5, "annees_max": 3}})),
    ("niveau-diplome-ordre", _offre(profil={"niveau_diplome": 7, "niveau_diplome_max": 6})),
    ("prefixe-intitule", _offre(prefixe_intitule="RRF 75")),
    (
        "tels-qu-ecrits-alignes",
        _offre(statut={"categories": ["A"], "categories_tels_qu_ecrits": ["A", "B"]}),
    ),
]
"""Des entrées que le schéma laisse passer et que le convertisseur refuse, par règle."""


@pytest.mark.parametrize(("regle", "document"), LIMITES)
def test_regles_que_seul_le_convertisseur_verifie(regle: str, document: dict[str, Any]) -> None:
    """Ces règles, qu'aucun schéma JSON n'exprime, passent le schéma et sont refusées par le convertisseur."""
    assert _schema_accepte(document), regle
    assert not _convertisseur_accepte(document), regle


def test_regles_non_exprimees_documentees() -> None:
    """Chaque règle que seul le convertisseur vérifie est nommée dans NON_EXPRIMEES et dans docs/schema.md."""
    regles = {regle for regle, _ in LIMITES}
    assert set(NON_EXPRIMEES) <= regles
    documentation = DOCUMENTATION.read_text(encoding="utf-8")
    for regle in regles:
        assert f"`{regle}`" in documentation, regle


@pytest.mark.parametrize(
    "quotite", [" 50", "50 ", "+50", "50.", ".5", "5_0", "5e1 ", "\u0665\u0660"]
)
def test_ecritures_non_canoniques_refusees_par_le_schema(quotite: str) -> None:
    """Le schéma décrit l'écriture canonique des décimaux : espaces, signe +, « 50. », « .5 » n'y sont pas."""
    assert not _schema_accepte(_offre(conditions={"temps": {"quotite": quotite}}))


# --- synchronisation avec le modèle -----------------------------------------------------------

EXPRIMEES = {
    "astreintes-eventuelles",
    "statutaire-tel-qu-ecrit",
    "avantage-autre-libelle",
    "date-hors-bornes",
    "nombre-hors-bornes",
    "type",
    "cdi-sans-duree",
    "cedex-numero",
    "heure-jour",
    "code-postal",
    "corps-hors-fpt",
    "departement-inconnu",
    "doublon",
    "fourchette-vide",
    "heures-annuelles",
    "heures-non-complet",
    "heures-semaine",
    "jours-rtt",
    "minutes",
    "nombre-positif",
    "nomenclature-inconnue",
    "quotite",
    "taux",
    "teletravail-jours",
    "teletravail-non-eligible",
    "texte-vide",
}
"""Les règles du modèle que le schéma exprime (tableau « Ce qu'il exprime » de la documentation)."""


def test_chaque_regle_du_modele_est_classee() -> None:
    """Chaque code de règle écrit dans le modèle est exprimé par le schéma ou listé comme non exprimable.

    Une règle nouvelle du modèle fait échouer ce test tant qu'elle n'est ni traduite
    dans le schéma ni documentée parmi les règles que seul le convertisseur vérifie.
    """
    import inspect

    from fpt_offres import _typage, _validateurs, modele

    sources = [inspect.getsource(_validateurs), inspect.getsource(_typage)] + [
        inspect.getsource(module)
        for module in vars(modele).values()
        if inspect.ismodule(module) and module.__name__.startswith("fpt_offres.modele.")
    ]
    regles = {r for source in sources for r in re.findall(r'regle="([a-z0-9-]+)"', source)}
    assert len(regles) > 20
    non_exprimees = {regle for regle, _ in LIMITES}
    assert regles <= EXPRIMEES | non_exprimees, regles - EXPRIMEES - non_exprimees
    documentation = DOCUMENTATION.read_text(encoding="utf-8")
    for regle in EXPRIMEES:
        assert f"`{regle}`" in documentation, regle


def _validateur_inconnu(_instance: object, _attribut: object, _valeur: str) -> None:
    """Un validateur que la génération ne connaît pas."""


@attrs.frozen(kw_only=True)
class _ClasseNouvelle:
    """Une classe au validateur inconnu."""

    nom: str = attrs.field(validator=_validateur_inconnu)


@attrs.frozen(kw_only=True)
class _ClasseAPostInit:
    """Une classe à invariant croisé inconnu."""

    nom: str

    def __attrs_post_init__(self) -> None:
        """Un invariant croisé."""


@pytest.mark.parametrize("classe", [_ClasseNouvelle, _ClasseAPostInit])
def test_validateur_inconnu_fait_echouer_la_generation(classe: type) -> None:
    """Un validateur ou un invariant croisé inconnu fait échouer la génération, sans schéma faux."""
    with pytest.raises(NotImplementedError, match=classe.__name__):
        module_schema._Generateur().objet(classe)


@attrs.frozen(kw_only=True)
class _ClasseDecrite:
    """Une classe décrite, avec ``code`` et :class:`~fpt_offres.Offre`.

    Second paragraphe, absent de la description.

    Attributes:
        nom: son nom
            sur deux lignes.
        premier, second,
        troisieme: trois champs décrits ensemble.
    """

    nom: str
    premier: int = 0
    second: int = 0
    troisieme: int = 0
    quatrieme: int = 0


def test_descriptions_tirees_des_docstrings() -> None:
    """Les champs sont décrits par la section Attributes de leur classe, noms groupés compris."""
    schema = module_schema._Generateur().objet(_ClasseDecrite)
    assert schema["description"] == "Une classe décrite, avec code et fpt_offres.Offre."
    descriptions = {nom: p.get("description") for nom, p in schema["properties"].items()}
    assert descriptions == {
        "nom": "son nom sur deux lignes.",
        "premier": "trois champs décrits ensemble.",
        "second": "trois champs décrits ensemble.",
        "troisieme": "trois champs décrits ensemble.",
        "quatrieme": None,
    }
    assert schema_json()["description"].endswith("on la change avec attrs.evolve.")
