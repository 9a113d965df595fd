"""Aller-retour JSON des offres engendrées, rigueur du convertisseur et immuabilité.

Les offres viennent de :func:`fpt_offres.strategies.offres` : toutes les formes
que le modèle permet. Le convertisseur doit les rendre à l'identique, écrire une
forme canonique, et refuser clés inconnues, types approximatifs et documents
illisibles par :class:`~fpt_offres.OffreInvalide`, jamais par une autre exception.
"""

from __future__ import annotations

import copy
import enum
import inspect
import io
import json
import traceback
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import attrs.exceptions
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fpt_offres import (
    VERSION_FORMAT,
    Categorie,
    Employeur,
    NatureContrat,
    NiveauDiplome,
    Offre,
    OffreInvalide,
    PriseDePoste,
    RegimeTemps,
    TypeAvantage,
    TypeEmployeur,
    ValeurInvalide,
    Versant,
    depuis_dict,
    depuis_json,
    iterer_jsonl,
    lire_jsonl,
    strategies,
    vers_dict,
    vers_json,
)
from fpt_offres.strategies import offres

Chemin = str
"""Un chemin JSON à la façon des problèmes : ``conditions.temps.quotite``, ``lieux[0]``."""


def _joindre(parent: Chemin, cle: str) -> Chemin:
    return f"{parent}.{cle}" if parent else cle


def _noeuds(valeur: Any, chemin: Chemin = "") -> Iterator[tuple[Chemin, Any]]:
    """Chaque nœud d'un document JSON avec son chemin, du haut vers le bas."""
    yield chemin, valeur
    if isinstance(valeur, dict):
        for cle, enfant in valeur.items():
            if chemin == "" and cle == "version":
                continue
            yield from _noeuds(enfant, _joindre(chemin, cle))
    elif isinstance(valeur, list):
        for rang, enfant in enumerate(valeur):
            yield from _noeuds(enfant, f"{chemin}[{rang}]")


def _remplacer(document: dict[str, Any], chemin: Chemin, nouvelle: Any) -> None:
    """Remplace en place le nœud de ``document`` au chemin ``chemin``."""
    parent: Any = None
    cle: str | int = ""
    noeud: Any = document
    for morceau in chemin.replace("[", ".[").split("."):
        parent = noeud
        cle = int(morceau[1:-1]) if morceau.startswith("[") else morceau
        noeud = noeud[cle]
    parent[cle] = nouvelle


# Les propriétés secondaires (types JSON, troncature, gel, hachage, evolve) prennent le
# cinquième des exemples du profil : 100 en ci, 20 au moins en dev.
SECONDAIRE = settings(max_examples=max(20, settings().max_examples // 5))


def _regles(erreur: OffreInvalide) -> set[tuple[str, str]]:
    return {(p.chemin, p.regle) for p in erreur.problemes}


# --- aller-retour -----------------------------------------------------------------------------


@given(offres())
def test_aller_retour_json(offre: Offre) -> None:
    """depuis_json(vers_json(o)) rend l'offre à l'identique, indentée ou non, en str ou en octets."""
    assert depuis_json(vers_json(offre)) == offre
    compact = vers_json(offre, indent=None)
    assert depuis_json(compact) == offre
    assert depuis_json(compact.encode("utf-8")) == offre


@given(offres(), offres())
def test_bom_en_tete_ignore(offre: Offre, autre: Offre) -> None:
    """Un document ou un fichier JSON Lines précédé d'un BOM UTF-8 (outils Windows) se lit
    comme sans BOM, en str comme en octets ; un BOM ailleurs qu'en tête reste refusé.

    (Revue de fiabilité, D9, et du nouveau venu, D8 : la ligne de commande l'acceptait, la
    bibliothèque le refusait.)
    """
    compact = vers_json(offre, indent=None)
    assert depuis_json("\ufeff" + vers_json(offre)) == offre
    assert depuis_json(b"\xef\xbb\xbf" + compact.encode("utf-8")) == offre
    lignes = f"\ufeff{compact}\n{vers_json(autre, indent=None)}\n"
    assert list(lire_jsonl(io.StringIO(lignes))) == [offre, autre]
    assert list(lire_jsonl(io.BytesIO(lignes.encode("utf-8")))) == [offre, autre]
    milieu = f"{compact}\n\ufeff{compact}\n"
    [(_, premiere), (_, seconde)] = iterer_jsonl(io.StringIO(milieu))
    assert premiere == offre
    assert isinstance(seconde, OffreInvalide)
    assert [p.regle for p in seconde.problemes] == ["json"]


@given(offres())
def test_aller_retour_dict(offre: Offre) -> None:
    """depuis_dict(vers_dict(o)) rend l'offre à l'identique."""
    assert depuis_dict(vers_dict(offre)) == offre


@given(offres())
def test_vers_dict_canonique(offre: Offre) -> None:
    """vers_dict écrit une forme canonique : relire puis réécrire ne change rien."""
    donnees = vers_dict(offre)
    assert vers_dict(depuis_dict(donnees)) == donnees
    assert vers_json(depuis_json(vers_json(offre))) == vers_json(offre)


@SECONDAIRE
@given(offres())
def test_vers_dict_ne_contient_que_des_types_json(offre: Offre) -> None:
    """vers_dict ne rend que des types JSON (pas de Decimal, date ni énumération) et sa version."""
    donnees = vers_dict(offre)
    assert donnees["version"] == VERSION_FORMAT
    assert json.loads(json.dumps(donnees)) == donnees
    for _, noeud in _noeuds(donnees):
        assert type(noeud) in (dict, list, str, int, bool)


# --- refus : clés inconnues, types, documents illisibles -------------------------------------


@given(offres(), st.data())
def test_cle_inconnue_refusee_partout(offre: Offre, data: st.DataObject) -> None:
    """Une clé inconnue glissée dans n'importe quel objet est refusée à son chemin exact."""
    donnees = vers_dict(offre)
    objets = [(chemin, noeud) for chemin, noeud in _noeuds(donnees) if isinstance(noeud, dict)]
    chemin, objet = data.draw(st.sampled_from(objets), label="objet")
    # Un tiret ne figure dans aucun nom de champ : la clé est forcément inconnue.
    cle = data.draw(st.text(max_size=8).map(lambda t: f"champ-{t}"), label="clé")
    objet[cle] = data.draw(st.sampled_from([None, 1, "x", [], {}]), label="valeur")
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(donnees)
    assert _regles(erreur.value) == {(_joindre(chemin, cle), "cle-inconnue")}


def _mal_type(valeur: Any) -> Any:
    """Une valeur du mauvais type JSON pour ``valeur`` (ou ``None`` si non traité)."""
    if isinstance(valeur, bool):
        return int(valeur)  # 1 pour true
    if isinstance(valeur, int):
        return str(valeur)  # "12" pour 12
    if isinstance(valeur, list):
        return "une liste attendue"
    if isinstance(valeur, dict):
        return ["un objet attendu"]
    return None


@given(offres(), st.data())
def test_type_approximatif_refuse(offre: Offre, data: st.DataObject) -> None:
    """« 12 » pour un entier, 1 pour un booléen, un texte pour une liste : refusés (règle type)."""
    donnees = vers_dict(offre)
    candidats = [
        chemin
        for chemin, noeud in _noeuds(donnees)
        # Un niveau de diplôme est une énumération d'entiers : « 5 » y est une valeur inconnue.
        if chemin
        and _mal_type(noeud) is not None
        and not chemin.endswith(("niveau_diplome", "niveau_diplome_max"))
    ]
    chemin = data.draw(st.sampled_from(candidats), label="chemin")
    noeud = dict(_noeuds(donnees))[chemin]
    _remplacer(donnees, chemin, _mal_type(noeud))
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(donnees)
    assert _regles(erreur.value) == {(chemin, "type")}


@pytest.mark.parametrize(
    ("partie", "chemin"),
    [
        ({"poste": {"nombre": "12"}}, "poste.nombre"),
        ({"poste": {"nombre": 1.0}}, "poste.nombre"),
        ({"poste": {"nombre": True}}, "poste.nombre"),
        ({"remuneration": {"statutaire": 1}}, "remuneration.statutaire"),
        ({"remuneration": {"statutaire": "true"}}, "remuneration.statutaire"),
        ({"candidature": {"courriels": "drh@marne.fr"}}, "candidature.courriels"),
        ({"statut": {"grades": "attache"}}, "statut.grades"),
        ({"statut": {"grades": [12]}}, "statut.grades[0]"),
        ({"intitule": None}, "intitule"),
        ({"intitule": ["Secrétaire"]}, "intitule"),
        ({"employeur": "Commune de Poum"}, "employeur"),
        ({"calendrier": {"date_publication": "01/03/2025"}}, "calendrier.date_publication"),
        ({"calendrier": {"prise_de_poste": "bientôt"}}, "calendrier.prise_de_poste"),
        ({"conditions": {"temps": {"quotite": "80 %"}}}, "conditions.temps.quotite"),
        ({"conditions": {"temps": {"quotite": [80]}}}, "conditions.temps.quotite"),
    ],
)
def test_types_approximatifs_refuses(partie: dict[str, Any], chemin: str) -> None:
    """Des types approximatifs écrits à la main sont refusés à leur chemin, règle type."""
    donnees = {
        "version": 1,
        "intitule": "Secrétaire général (F/H)",
        "employeur": {"nom": "Commune de Poum", "type": "commune"},
        **partie,
    }
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(donnees)
    assert _regles(erreur.value) == {(chemin, "type")}


def test_niveau_diplome_en_texte_refuse() -> None:
    """Un niveau de diplôme écrit "7" au lieu de 7 est une valeur inconnue ; 7 est accepté."""
    base = {"version": 1, "intitule": "X", "employeur": {"nom": "X", "type": "commune"}}
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict({**base, "profil": {"niveau_diplome": "7"}})
    assert _regles(erreur.value) == {("profil.niveau_diplome", "valeur-inconnue")}
    offre = depuis_dict({**base, "profil": {"niveau_diplome": 7}})
    assert offre.profil.niveau_diplome is NiveauDiplome.NIVEAU_7


def test_champ_obligatoire_manquant_refuse() -> None:
    """Un intitulé ou un employeur absent est signalé, règle champ-manquant ; le nom de
    l'employeur, lui, peut manquer (l'offre ne le dit pas toujours)."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict({"version": 1, "employeur": {"type": "commune"}})
    assert _regles(erreur.value) == {("intitule", "champ-manquant")}
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict({"version": 1, "intitule": "Agent"})
    assert _regles(erreur.value) == {("employeur", "champ-manquant")}


@pytest.mark.parametrize("version", [3, 0, "1", "2", None, True])
def test_version_inconnue_refusee(version: object) -> None:
    """Une version de format autre que 1 ou 2 est refusée, règle version-format."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict({"version": version, "intitule": "X"})
    assert _regles(erreur.value) == {("version", "version-format")}


@pytest.mark.parametrize("document", [[], "offre", 12, None, 1.5])
def test_document_qui_n_est_pas_un_objet_refuse(document: object) -> None:
    """Un document JSON qui n'est pas un objet est refusé à la racine, règle type."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(document)
    assert _regles(erreur.value) == {("", "type")}
    with pytest.raises(OffreInvalide):
        depuis_json(json.dumps(document))


@given(st.binary(min_size=1))
def test_octets_quelconques_rendent_une_offre_ou_offre_invalide(octets: bytes) -> None:
    """Des octets quelconques ne font lever que OffreInvalide ; non UTF-8, règle encodage."""
    try:
        texte = octets.decode("utf-8")
    except UnicodeDecodeError:
        with pytest.raises(OffreInvalide) as erreur:
            depuis_json(octets)
        assert _regles(erreur.value) == {("", "encodage")}
    else:
        with pytest.raises(OffreInvalide):
            depuis_json(texte)


@pytest.mark.parametrize(
    "octets", [b"\xff\xfe{}", b'{"intitule": "Agent \xe9"}', "{}".encode("utf-16")]
)
def test_octets_non_utf8_refuses(octets: bytes) -> None:
    """Des octets qui ne sont pas de l'UTF-8 (latin-1, UTF-16) sont refusés, règle encodage."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_json(octets)
    assert _regles(erreur.value) == {("", "encodage")}


@pytest.mark.parametrize(
    "texte", ["", "{", '{"intitule": }', "{'intitule': 'X'}", "[1, 2", "NaN x", '{"a": 1}}']
)
def test_json_casse_refuse(texte: str) -> None:
    """Un JSON illisible est refusé par OffreInvalide, règle json."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_json(texte)
    assert _regles(erreur.value) == {("", "json")}


@SECONDAIRE
@given(offres(), st.data())
def test_json_tronque_refuse(offre: Offre, data: st.DataObject) -> None:
    """Le document JSON d'une offre coupé avant sa fin est refusé, règle json."""
    texte = vers_json(offre)
    coupure = data.draw(st.integers(0, len(texte.rstrip()) - 1), label="coupure")
    with pytest.raises(OffreInvalide) as erreur:
        depuis_json(texte[:coupure])
    assert _regles(erreur.value) == {("", "json")}


def test_imbrication_trop_profonde_refusee() -> None:
    """Un document imbriqué sur des milliers de niveaux est refusé sans RecursionError."""
    with pytest.raises(OffreInvalide):
        depuis_json("[" * 100_000 + "]" * 100_000)


JSON_QUELCONQUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda enfants: (
        st.lists(enfants, max_size=3) | st.dictionaries(st.text(max_size=10), enfants, max_size=3)
    ),
    max_leaves=8,
)


@given(offres(), st.data())
def test_document_altere_rend_une_offre_ou_offre_invalide(
    offre: Offre, data: st.DataObject
) -> None:
    """Un nœud quelconque remplacé par une valeur JSON quelconque ne fait lever que OffreInvalide."""
    donnees = vers_dict(offre)
    chemins = [chemin for chemin, _ in _noeuds(donnees) if chemin]
    chemin = data.draw(st.sampled_from(chemins), label="chemin")
    _remplacer(donnees, chemin, data.draw(JSON_QUELCONQUE, label="valeur"))
    problemes: tuple[Any, ...] = ()
    try:
        resultat = depuis_dict(donnees)
    except OffreInvalide as erreur:
        problemes = erreur.problemes
        assert problemes
    else:
        assert isinstance(resultat, Offre)
    for probleme in problemes:
        assert probleme.regle
        assert probleme.message


# --- immuabilité, hachage, evolve ---------------------------------------------------------------


@SECONDAIRE
@given(offres())
def test_offre_hachable(offre: Offre) -> None:
    """Une offre est hachable, et deux offres égales ont le même hachage."""
    copie = depuis_dict(vers_dict(offre))
    assert copie == offre
    assert hash(copie) == hash(offre)
    assert len({offre, copie}) == 1


@SECONDAIRE
@given(offres(), strategies.textes())
def test_evolve_change_un_champ(offre: Offre, intitule: str) -> None:
    """attrs.evolve rend une offre modifiée, valide, et laisse l'originale intacte."""
    avant = vers_dict(offre)
    # Un autre intitulé ne commence pas forcément par le préfixe : il part avec l'ancien.
    nouvelle = attrs.evolve(offre, intitule=intitule, prefixe_intitule=None)
    assert nouvelle.intitule == intitule
    retour = attrs.evolve(
        nouvelle, intitule=offre.intitule, prefixe_intitule=offre.prefixe_intitule
    )
    assert retour == offre
    assert vers_dict(offre) == avant
    with pytest.raises(ValeurInvalide):
        attrs.evolve(offre, intitule="   ")


@SECONDAIRE
@given(offres())
def test_offre_gelee(offre: Offre) -> None:
    """Affecter ou supprimer un attribut d'une offre ou de ses parties lève FrozenInstanceError."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        offre.intitule = "Autre"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        offre.employeur.nom = "Autre"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del offre.reference
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        offre.conditions.permis = ()  # type: ignore[misc]


def test_copie_profonde_egale() -> None:
    """copy.deepcopy d'une offre gelée lui est égale."""
    offre = Offre(
        intitule="Agent (F/H)", employeur=Employeur(nom="Poum", type=TypeEmployeur.COMMUNE)
    )
    assert copy.deepcopy(offre) == offre


# --- les stratégies elles-mêmes -------------------------------------------------------------


ENTREES_DE_NOMENCLATURE = frozenset({"Grade", "CadreEmplois", "BaseLegale", "Source"})
"""Les classes dont les objets viennent tels quels de la nomenclature."""


def _types_simples(annotation: Any) -> Iterator[type[Any]]:
    """Les classes nommées par une annotation (``tuple[Grade, ...] | None`` : Grade…)."""
    for argument in getattr(annotation, "__args__", ()):
        yield from _types_simples(argument)
    if isinstance(annotation, type):
        yield annotation


def _modele(classe: type[Any], classes: dict[type[Any], tuple[Any, ...]]) -> None:
    """Recense les classes attrs atteignables depuis ``classe``, avec leurs champs typés."""
    if classe in classes or classe.__name__ in ENTREES_DE_NOMENCLATURE:
        return
    champs = attrs.fields(attrs.resolve_types(classe))
    classes[classe] = tuple(champs)
    for champ in champs:
        for type_ in _types_simples(champ.type):
            if attrs.has(type_):
                _modele(type_, classes)


def _parcourir(valeur: Any, vus: set[tuple[str, str]], membres: set[enum.Enum]) -> None:
    """Note chaque champ qui s'écarte de sa valeur par défaut, et chaque membre d'énumération."""
    if isinstance(valeur, enum.Enum):
        membres.add(valeur)
    elif isinstance(valeur, tuple):
        for element in valeur:
            _parcourir(element, vus, membres)
    elif attrs.has(type(valeur)) and type(valeur).__name__ not in ENTREES_DE_NOMENCLATURE:
        for champ in attrs.fields(type(valeur)):
            donnee = getattr(valeur, champ.name)
            if champ.default is attrs.NOTHING or donnee != champ.default:
                vus.add((type(valeur).__name__, champ.name))
            _parcourir(donnee, vus, membres)


def test_strategies_couvrent_chaque_champ_et_chaque_enumeration() -> None:
    """Les stratégies donnent à chaque champ du modèle une valeur non par défaut et emploient chaque énumération."""
    vus: set[tuple[str, str]] = set()
    membres: set[enum.Enum] = set()
    # Chaque stratégie publique est observée à part : une partie rare dans une offre
    # entière (la durée d'un CDD) y est tirée assez souvent pour ne pas être manquée.
    for nom in strategies.__all__:

        @settings(max_examples=150, derandomize=True, database=None, deadline=None)
        @given(getattr(strategies, nom)())
        def observer(valeur: object) -> None:
            _parcourir(valeur, vus, membres)

        observer()
    classes: dict[type[Any], tuple[Any, ...]] = {}
    _modele(Offre, classes)
    attendus = {(classe.__name__, c.name) for classe, champs in classes.items() for c in champs}
    assert attendus - vus == set()
    enumerations = {
        type_
        for champs in classes.values()
        for champ in champs
        for type_ in _types_simples(champ.type)
        if issubclass(type_, enum.Enum)
    }
    assert enumerations - {type(m) for m in membres} == set()
    # Les membres qui ont une contrainte propre sont tous engendrés.
    for enumeration in (Versant, NatureContrat, RegimeTemps, PriseDePoste, Categorie):
        assert set(enumeration) <= membres, enumeration
    assert TypeAvantage.AUTRE in membres


def test_module_strategies_documente() -> None:
    """Le module des stratégies a un __all__ trié et chaque stratégie publique une docstring."""
    assert strategies.__doc__
    assert ">>>" in strategies.__doc__
    assert list(strategies.__all__) == sorted(strategies.__all__)
    for nom in strategies.__all__:
        fonction = getattr(strategies, nom)
        assert inspect.getdoc(fonction), nom


@pytest.mark.parametrize("nom", strategies.__all__)
@settings(max_examples=max(10, settings().max_examples // 10))
@given(data=st.data())
def test_chaque_strategie_rend_des_valeurs_valides(nom: str, data: st.DataObject) -> None:
    """Chaque stratégie publique rend des objets valides : les reconstruire les revalide."""
    valeur = data.draw(getattr(strategies, nom)())
    if attrs.has(type(valeur)):
        assert attrs.evolve(valeur) == valeur
    else:
        assert isinstance(valeur, str | Decimal | enum.Enum)


def test_erreur_affichee_sans_l_arbre_de_cattrs() -> None:
    """La trace d'une offre invalide montre la liste en français, pas les exceptions internes."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict({"intitule": "", "employeur": {"nom": "Brest", "type": "mairie"}})
    trace = "".join(traceback.format_exception(erreur.value))
    assert "ClassValidationError" not in trace
    assert "employeur.type : valeur inconnue 'mairie'" in trace
    assert erreur.value.__context__ is not None  # gardée pour le débogage
