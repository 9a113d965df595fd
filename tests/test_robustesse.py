"""Garanties face aux entrées hostiles : JSON quelconque, offres d'exemple mutilées, tailles extrêmes.

- ``depuis_json`` et ``depuis_dict`` réussissent ou lèvent :class:`~fpt_offres.OffreInvalide`,
  jamais autre chose, quel que soit le JSON reçu ;
- toute offre valide (exemples et offres engendrées) survit à l'aller-retour JSON ;
- ``verifier`` et ``rendu.formater`` ne lèvent sur aucune offre valide ;
- une chaîne énorme ou une imbrication de 100 000 niveaux sont refusées vite,
  avec une :class:`~fpt_offres.OffreInvalide` lisible (ni ``RecursionError``, ni attente) ;
- avec ou sans orjson, ``vers_json`` écrit le même texte et ``depuis_json`` rend la même
  offre ou les mêmes problèmes ; un montant écrit en nombre JSON garde tous ses chiffres.

Le profil ``ci`` d'hypothesis donne 500 exemples par propriété ; les propriétés
rapides (JSON quelconque) en prennent le double.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import importlib
import importlib.util
import json
import signal
from collections.abc import Callable, Iterator
from decimal import Decimal
from types import FrameType
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fpt_offres
from fpt_offres import Offre, OffreInvalide, depuis_dict, depuis_json, vers_dict, vers_json
from fpt_offres.conversion import TAILLE_MAX, convert
from fpt_offres.regles import verifier
from fpt_offres.strategies import offres

T = TypeVar("T")

DELAI = 60
"""Secondes au-delà desquelles un appel est tenu pour bloqué (garde généreuse, pas une mesure)."""

PROFONDEUR = 100_000
"""Niveaux d'imbrication des entrées profondes."""


def _rapides() -> settings:
    """Le double des exemples du profil, pour les propriétés qui ne tirent pas d'offre."""
    profil = settings.default
    assert profil is not None
    return settings(max_examples=2 * profil.max_examples)


@contextlib.contextmanager
def _au_plus(secondes: int) -> Iterator[None]:
    """Lève ``TimeoutError`` si le bloc dure plus de ``secondes`` (SIGALRM, Unix)."""
    if not hasattr(signal, "SIGALRM"):  # pragma: no cover  (Windows : pas de garde)
        yield
        return

    def sonner(_signal: int, _cadre: FrameType | None) -> None:
        msg = f"appel bloqué plus de {secondes} s"
        raise TimeoutError(msg)

    precedent = signal.signal(signal.SIGALRM, sonner)
    signal.alarm(secondes)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, precedent)


def _lire(lecture: Callable[[T], Offre], entree: T) -> Offre | OffreInvalide:
    """L'offre lue, ou l'``OffreInvalide`` levée ; toute autre exception fait échouer le test."""
    try:
        return lecture(entree)
    except OffreInvalide as erreur:
        invalide = erreur
    assert invalide.problemes, "une OffreInvalide porte au moins un problème"
    assert all(p.message and p.regle for p in invalide.problemes)
    return invalide


# --- JSON quelconque ---------------------------------------------------------------------------

_CHAMPS = sorted(
    {
        a.name
        for classe in vars(fpt_offres.modele).values()
        if attrs.has(classe)
        for a in attrs.fields(classe)
    }
    | {"version"}
)
"""Les noms des champs du modèle : des clés plausibles, pour aller plus loin que la racine."""

_CLES = st.one_of(st.sampled_from(_CHAMPS), st.text(max_size=12))
_SCALAIRES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=20),
    st.sampled_from(["commune", "A", "cdd", "2025-03-01", "attache", "L332-8-2", "17.5", ""]),
)
JSON = st.recursive(
    _SCALAIRES,
    lambda enfants: st.one_of(
        st.lists(enfants, max_size=4),
        st.dictionaries(_CLES, enfants, max_size=5),
    ),
    max_leaves=25,
)
"""Des valeurs JSON quelconques (objets aux clés souvent plausibles)."""


@_rapides()
@given(valeur=JSON)
def test_json_quelconque_depuis_json(valeur: Any) -> None:
    """Un document JSON quelconque donne une offre ou une OffreInvalide, rien d'autre."""
    _lire(depuis_json, json.dumps(valeur))


@_rapides()
@given(valeur=JSON)
def test_json_quelconque_depuis_dict(valeur: Any) -> None:
    """Une valeur JSON quelconque passée à depuis_dict donne une offre ou une OffreInvalide."""
    _lire(depuis_dict, valeur)


@_rapides()
@given(texte=st.one_of(st.text(), st.binary()))
def test_texte_quelconque(texte: str | bytes) -> None:
    """Un texte ou des octets quelconques donnent une OffreInvalide (ou, par chance, une offre)."""
    _lire(depuis_json, texte)


# --- offres d'exemple mutilées -------------------------------------------------------------------


def _emplacements(valeur: Any) -> list[tuple[Any, Any]]:
    """Chaque (conteneur, clé ou indice) de ``valeur``, racine comprise comme conteneur."""
    trouves: list[tuple[Any, Any]] = []
    a_voir = [valeur]
    while a_voir:
        conteneur = a_voir.pop()
        cles = list(conteneur) if isinstance(conteneur, dict) else range(len(conteneur))
        for cle in cles:
            trouves.append((conteneur, cle))
            if isinstance(conteneur[cle], dict | list):
                a_voir.append(conteneur[cle])
    return trouves


@st.composite
def exemples_mutiles(draw: st.DrawFn) -> dict[str, Any]:
    """La forme JSON d'une offre d'exemple, avec une à cinq mutations : clé supprimée,
    clé ajoutée, valeur remplacée par une valeur d'un autre type."""
    donnees: dict[str, Any] = copy.deepcopy(vers_dict(draw(st.sampled_from(fpt_offres.exemples()))))
    for _ in range(draw(st.integers(1, 5))):
        emplacements = _emplacements(donnees)
        conteneur, cle = emplacements[draw(st.integers(0, len(emplacements) - 1))]
        operation = draw(st.sampled_from(("supprimer", "ajouter", "remplacer")))
        if operation == "supprimer":
            del conteneur[cle]
        elif operation == "ajouter" and isinstance(conteneur, dict):
            conteneur[draw(_CLES)] = draw(JSON)
        elif operation == "ajouter":
            conteneur.insert(cle, draw(JSON))
        else:
            conteneur[cle] = draw(JSON)
    return donnees


@given(donnees=exemples_mutiles())
def test_exemple_mutile(donnees: dict[str, Any]) -> None:
    """Une offre d'exemple mutilée donne une offre ou une OffreInvalide, par dict comme par JSON."""
    lue = _lire(depuis_dict, donnees)
    assert type(_lire(depuis_json, json.dumps(donnees))) is type(lue)


def test_exemple_mutile_signale_le_chemin() -> None:
    """Une mutation connue est signalée à son chemin, avec sa règle."""
    donnees = vers_dict(fpt_offres.exemples()[1])
    donnees["conditions"]["contrat"]["duree"]["mois"] = "36"
    donnees["employeur"]["inconnue"] = 1
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(donnees)
    assert {(p.chemin, p.regle) for p in erreur.value.problemes} == {
        ("conditions.contrat.duree.mois", "type"),
        ("employeur.inconnue", "cle-inconnue"),
    }


# --- aller-retour ------------------------------------------------------------------------------------


@pytest.mark.parametrize("offre", fpt_offres.exemples(), ids=lambda o: o.employeur.nom)
def test_aller_retour_exemple(offre: Offre) -> None:
    """Chaque offre d'exemple survit à vers_json / depuis_json et à vers_dict / depuis_dict."""
    assert depuis_json(vers_json(offre)) == offre
    assert depuis_json(vers_json(offre, indent=None).encode("utf-8")) == offre
    assert depuis_dict(vers_dict(offre)) == offre


@given(offre=offres())
def test_aller_retour_offre_engendree(offre: Offre) -> None:
    """Toute offre engendrée survit à l'aller-retour JSON, en texte comme en octets UTF-8."""
    texte = vers_json(offre)
    assert depuis_json(texte) == offre
    assert depuis_json(texte.encode("utf-8")) == offre
    assert vers_json(depuis_json(texte)) == texte


# --- verifier et formater ne lèvent pas ---------------------------------------------------------------

_RENDU = importlib.util.find_spec("fpt_offres.rendu")


@given(offre=offres(), jour=st.none() | st.dates())
def test_verifier_ne_leve_pas(offre: Offre, jour: datetime.date | None) -> None:
    """verifier rend des diagnostics sur toute offre valide, pour tout jour ou sans jour."""
    for diagnostic in verifier(offre, aujourd_hui=jour):
        assert str(diagnostic)


@pytest.mark.skipif(_RENDU is None, reason="fpt_offres.rendu (formater) n'existe pas encore")
@given(offre=offres(), jour=st.none() | st.dates())
def test_formater_ne_leve_pas(offre: Offre, jour: datetime.date | None) -> None:
    """rendu.formater écrit toute offre valide, dans chacun de ses formats."""
    formater = importlib.import_module("fpt_offres.rendu").formater
    for format_ in ("texte", "markdown", "html"):
        assert formater(offre, format_, aujourd_hui=jour)


# --- tailles extrêmes ---------------------------------------------------------------------------------


def _imbrique_liste(niveaux: int) -> Any:
    valeur: Any = "x"
    for _ in range(niveaux):
        valeur = [valeur]
    return valeur


def _imbrique_objet(niveaux: int) -> Any:
    valeur: Any = "x"
    for _ in range(niveaux):
        valeur = {"intitule": valeur}
    return valeur


def _base() -> dict[str, Any]:
    return vers_dict(fpt_offres.exemples()[0])


class TestTaillesExtremes:
    """Entrées énormes ou très profondes : refus rapide et lisible."""

    def test_texte_enorme(self) -> None:
        """Un document JSON de plus de TAILLE_MAX caractères est refusé sans être lu."""
        document = json.dumps({**_base(), "intitule": "x" * (TAILLE_MAX + 1)})
        with _au_plus(DELAI), pytest.raises(OffreInvalide) as erreur:
            depuis_json(document)
        assert [p.regle for p in erreur.value.problemes] == ["taille"]

    def test_octets_enormes(self) -> None:
        """Des octets de plus de TAILLE_MAX sont refusés, même s'ils ne sont pas de l'UTF-8."""
        with _au_plus(DELAI), pytest.raises(OffreInvalide) as erreur:
            depuis_json(b"\xff" * (TAILLE_MAX + 1))
        assert [p.regle for p in erreur.value.problemes] == ["taille"]

    @pytest.mark.parametrize(
        "document",
        ["[" * PROFONDEUR + "]" * PROFONDEUR, '{"a":' * PROFONDEUR + "1" + "}" * PROFONDEUR],
        ids=["listes", "objets"],
    )
    def test_json_profond(self, document: str) -> None:
        """Un document de 100 000 niveaux d'imbrication est refusé : règle « profondeur »."""
        with _au_plus(DELAI), pytest.raises(OffreInvalide) as erreur:
            depuis_json(document)
        assert [p.regle for p in erreur.value.problemes] == ["profondeur"]

    @pytest.mark.parametrize(
        "champ",
        ["intitule", "poste", "statut", "missions", "zzz"],
    )
    def test_dict_profond(self, champ: str) -> None:
        """Une valeur de 100 000 niveaux dans un dict est refusée par une OffreInvalide."""
        for profond in (_imbrique_liste(PROFONDEUR), _imbrique_objet(PROFONDEUR)):
            with _au_plus(DELAI), pytest.raises(OffreInvalide) as erreur:
                depuis_dict({**_base(), champ: profond})
            assert all(p.chemin.split(".")[0].startswith(champ) for p in erreur.value.problemes)

    def test_liste_longue(self) -> None:
        """Une liste d'un million d'éléments dans un champ se lit sans blocage."""
        donnees = {**_base(), "profil": {"qualites": ["rigueur"] * 1_000_000}}
        with _au_plus(DELAI):
            offre = depuis_dict(donnees)
        assert len(offre.profil.qualites) == 1_000_000

    def test_code_enorme(self) -> None:
        """Un code de grade de 2 millions de caractères est refusé (nomenclature inconnue)."""
        donnees = {**_base(), "statut": {"grades": ["x" * 2_000_000]}}
        with _au_plus(DELAI), pytest.raises(OffreInvalide) as erreur:
            depuis_dict(donnees)
        assert [p.regle for p in erreur.value.problemes] == ["nomenclature-inconnue"]

    def test_entier_enorme(self) -> None:
        """Un entier JSON de 5 000 chiffres donne une OffreInvalide."""
        document = json.dumps(_base())[:-1] + ', "zzz": ' + "9" * 5000 + "}"
        with _au_plus(DELAI), pytest.raises(OffreInvalide):
            depuis_json(document)

    def test_dict_texte_enorme(self) -> None:
        """Un intitulé de 2 millions de caractères passé à depuis_dict est refusé."""
        with _au_plus(DELAI), pytest.raises(OffreInvalide):
            depuis_dict({**_base(), "intitule": "x" * 2_000_000})


# --- orjson et json : mêmes écritures, mêmes issues ---------------------------------------------
#
# orjson lit et écrit le JSON quand il est installé ; le module json de la bibliothèque
# standard le remplace sinon (PyPy), et relit ce qu'orjson lit autrement que lui (nombres
# à virgule, entiers de plus de 64 bits, NaN, demi-paires, JSON cassé).


@contextlib.contextmanager
def _sans_orjson() -> Iterator[None]:
    """Le module json seul, comme sous PyPy."""
    garde = convert._orjson
    convert._orjson = None
    try:
        yield
    finally:
        convert._orjson = garde


def _issue(lecture: Callable[[Any], Offre], entree: Any) -> Offre | tuple[Any, ...]:
    """L'offre lue, ou les problèmes de l'OffreInvalide levée."""
    try:
        return lecture(entree)
    except OffreInvalide as erreur:
        return erreur.problemes


def _memes_issues(texte: str | bytes) -> Offre | tuple[Any, ...]:
    avec = _issue(depuis_json, texte)
    with _sans_orjson():
        sans = _issue(depuis_json, texte)
    assert avec == sans
    return avec


@given(offre=offres())
def test_ecriture_identique(offre: Offre) -> None:
    """orjson et json écrivent le même texte, compact ou indenté."""
    for indent in (None, 2):
        avec = vers_json(offre, indent=indent)
        with _sans_orjson():
            assert vers_json(offre, indent=indent) == avec
        assert json.loads(avec) == vers_dict(offre)


@given(valeur=JSON)
def test_json_quelconque_memes_issues(valeur: Any) -> None:
    """Sur un JSON quelconque (flottants, grands entiers, NaN compris), même issue."""
    texte = json.dumps(valeur)
    _memes_issues(texte)
    _memes_issues(texte.encode())


@given(donnees=exemples_mutiles())
def test_exemple_mutile_memes_issues(donnees: dict[str, Any]) -> None:
    """Une offre d'exemple mutilée donne la même offre ou les mêmes problèmes."""
    _memes_issues(json.dumps(donnees, ensure_ascii=False).encode())


def _exemple_avec(chemin: tuple[str | int, ...], valeur: str) -> str:
    """Le JSON de l'exemple 2, où la valeur au bout de ``chemin`` est le littéral ``valeur``."""
    donnees = vers_dict(fpt_offres.exemples()[1])
    conteneur: Any = donnees
    for cle in chemin[:-1]:
        conteneur = conteneur.setdefault(cle, {}) if isinstance(cle, str) else conteneur[cle]
    conteneur[chemin[-1]] = "@@"
    return json.dumps(donnees, ensure_ascii=False).replace('"@@"', valeur)


def test_montant_en_nombre_garde_ses_chiffres() -> None:
    """orjson lirait 2461.1000000000000000000001 en float 2461.1, permis : json le relit
    exactement, et le refuse pour ses décimales, par les deux chemins."""
    chemin = ("remuneration", "salaires")
    texte = _exemple_avec(chemin, '[{"montant": {"minimum": 2461.1000000000000000000001}}]')
    issue = _memes_issues(texte)
    assert isinstance(issue, tuple)
    assert [(p.regle, "2461.1000000000000000000001" in p.message) for p in issue] == [
        ("decimales", True)
    ]
    offre = _memes_issues(texte.replace("2461.1000000000000000000001", "2461.10"))
    assert isinstance(offre, Offre)
    assert offre.remuneration.salaires[0].montant.minimum == Decimal("2461.10")


@pytest.mark.parametrize(
    ("chemin", "litteral", "regle"),
    [
        (("conditions", "contrat", "duree", "mois"), "12.0", "type"),
        (("conditions", "contrat", "duree", "mois"), "1e400", "type"),
        (("intitule",), '"\\ud800"', "caractere-invalide"),
        (("intitule",), "NaN", "type"),
        (("employeur", "type"), "1.5", "valeur-inconnue"),
    ],
)
def test_nombres_et_textes_que_json_lit_autrement(
    chemin: tuple[str, ...], litteral: str, regle: str
) -> None:
    """Grands entiers, flottants, NaN, demi-paire : mêmes problèmes, au même chemin."""
    problemes = _memes_issues(_exemple_avec(chemin, litteral))
    assert isinstance(problemes, tuple)
    assert [(p.chemin, p.regle) for p in problemes] == [(".".join(chemin), regle)]


@pytest.mark.parametrize("litteral", ['"x\\udc00"', '"x\udc00"'], ids=["echappee", "brute"])
def test_demi_paire_dans_un_tuple_de_textes(litteral: str) -> None:
    """La lecture par orjson ne revérifie pas les textes : une demi-paire passe par json."""
    problemes = _memes_issues(_exemple_avec(("employeur", "labels"), f'["Égalité", {litteral}]'))
    assert isinstance(problemes, tuple)
    assert [(p.chemin, p.regle) for p in problemes] == [
        ("employeur.labels[1]", "caractere-invalide")
    ]


@pytest.mark.parametrize("texte", [b"{", b"\xef\xbb\xbf{}", b"[" * 5000, b"\xff", "1.5", "[]"])
def test_document_illisible_memes_messages(texte: str | bytes) -> None:
    """JSON cassé, BOM, imbrication, octets non UTF-8, racine qui n'est pas un objet."""
    assert isinstance(_memes_issues(texte), tuple)


def test_grand_entier_refuse_pareil() -> None:
    """orjson lirait 2**70 en float : json le relit en entier, et la borne le refuse pareil."""
    issue = _memes_issues(_exemple_avec(("conditions", "contrat", "duree", "mois"), str(2**70)))
    assert isinstance(issue, tuple)
    assert [(p.chemin, p.regle) for p in issue] == [
        ("conditions.contrat.duree.mois", "nombre-hors-bornes")
    ]


def test_grand_entier_refuse_a_la_construction() -> None:
    """Un entier au-delà de la borne du champ n'entre pas dans le modèle : vers_json n'a
    jamais à écrire un entier que JSON ne relirait pas."""
    offre = fpt_offres.exemples()[0]
    grand = offre.employeur.nombre_agents
    assert grand is not None
    with pytest.raises(fpt_offres.ValeurInvalide, match="dépasse"):
        attrs.evolve(grand, valeur=2**70)
