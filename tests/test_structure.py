"""Les fonctions de lecture générées par classe, sur des classes attrs d'utilisateur.

:func:`fpt_offres.conversion.make_converter` sert aussi aux classes attrs d'un
utilisateur. La lecture construit l'objet sans ``__init__`` quand celui qu'attrs
a écrit ne fait qu'affecter et valider les champs ; sinon (convertisseur de
champ, ``__attrs_pre_init__``, hachage en cache, classe non figée), elle passe
par ``__init__``. Dans les deux cas l'objet doit être celui que ``__init__``
aurait construit.
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from cattrs.errors import ClassValidationError, ForbiddenExtraKeysError
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres import OffreInvalide, depuis_dict, exemples, vers_dict
from fpt_offres import _validateurs as v
from fpt_offres.conversion import Convertisseur, configure_converter, make_converter

_APPELS: list[str] = []


def _pair(_instance: object, attribut: attrs.Attribute[Any], valeur: int) -> None:
    if valeur % 2:
        raise ValueError(f"{attribut.name} impair")


@attrs.frozen(kw_only=True)
class Simple:
    nom: str = attrs.field(validator=v.texte())
    nombre: int = attrs.field(default=0, validator=_pair)
    notes: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))


@attrs.frozen(kw_only=True)
class Facultatifs:
    """Des validateurs que la lecture n'appelle que hors de ``None`` ou d'un tuple vide."""

    nombre: int | None = attrs.field(default=None, validator=v.optionnel(_pair))
    nombres: tuple[int, ...] = attrs.field(default=(), validator=v.chaque(_pair))
    parties: tuple[Simple, ...] = ()


@attrs.frozen(kw_only=True, slots=False)
class SansSlots:
    nom: str = attrs.field(validator=v.texte())
    nombre: int = attrs.field(default=0, validator=_pair)


def _majuscules(texte: str) -> str:
    return texte.upper()


@attrs.frozen(kw_only=True)
class AvecConvertisseur:
    nom: str = attrs.field(converter=_majuscules)


@attrs.frozen(kw_only=True)
class AvecPreInit:
    nom: str

    def __attrs_pre_init__(self) -> None:
        _APPELS.append("pre_init")


@attrs.frozen(kw_only=True, cache_hash=True)
class AvecHachage:
    nom: str


@attrs.define(kw_only=True, on_setattr=attrs.setters.NO_OP)
class NonFigee:
    nom: str = attrs.field(validator=v.texte())

    def __setattr__(self, nom: str, valeur: Any) -> None:
        _APPELS.append(f"setattr {nom}")
        super().__setattr__(nom, valeur)


@attrs.frozen(kw_only=True)
class AvecFabrique:
    valeurs: list[int] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class AvecPostInit:
    debut: int
    fin: int

    def __attrs_post_init__(self) -> None:
        if self.debut > self.fin:
            raise ValueError("début après la fin")


def test_lecture_comme_le_constructeur() -> None:
    convertisseur = make_converter()
    lu = convertisseur.structure({"nom": "a", "nombre": 2, "notes": ["x"]}, Simple)
    assert lu == Simple(nom="a", nombre=2, notes=("x",))
    assert type(lu.notes) is tuple


@given(
    nom=st.text(max_size=5),
    nombre=st.integers(-3, 3),
    notes=st.lists(st.text(max_size=3), max_size=3),
)
def test_lecture_accepte_et_refuse_comme_le_constructeur(
    nom: str, nombre: int, notes: list[str]
) -> None:
    """Textes vides ou blancs, demi-paires, nombres impairs : même issue qu'avec ``__init__``."""
    try:
        attendu: Simple | None = Simple(nom=nom, nombre=nombre, notes=tuple(notes))
    except ValueError:
        attendu = None
    try:
        lu: Simple | None = make_converter().structure(
            {"nom": nom, "nombre": nombre, "notes": notes}, Simple
        )
    except ClassValidationError:
        lu = None
    assert lu == attendu


def test_convertisseur_de_champ_applique() -> None:
    assert make_converter().structure({"nom": "brest"}, AvecConvertisseur).nom == "BREST"


def test_pre_init_appele() -> None:
    _APPELS.clear()
    make_converter().structure({"nom": "a"}, AvecPreInit)
    assert _APPELS == ["pre_init"]


def test_hachage_en_cache() -> None:
    lu = make_converter().structure({"nom": "a"}, AvecHachage)
    assert hash(lu) == hash(AvecHachage(nom="a"))


def test_classe_non_figee_passe_par_son_setattr() -> None:
    _APPELS.clear()
    lu = make_converter().structure({"nom": "a"}, NonFigee)
    assert lu == NonFigee(nom="a")
    assert _APPELS == ["setattr nom", "setattr nom"]


class SousClasseNonDecoree(Simple):
    def __init__(self, **champs: Any) -> None:
        _APPELS.append("init")
        super().__init__(**champs)


def test_sous_classe_non_decoree_passe_par_son_init() -> None:
    _APPELS.clear()
    lu = make_converter().structure({"nom": "a"}, SousClasseNonDecoree)
    assert (type(lu), lu.nom, _APPELS) == (SousClasseNonDecoree, "a", ["init"])


def test_fabrique_appelee_pour_chaque_objet() -> None:
    convertisseur = make_converter()
    premier = convertisseur.structure({}, AvecFabrique)
    second = convertisseur.structure({}, AvecFabrique)
    assert premier.valeurs == []
    assert premier.valeurs is not second.valeurs


def test_fabrique_qui_depend_de_l_instance_refusee() -> None:
    @attrs.frozen
    class Dependante:
        valeurs: list[int] = attrs.field(default=attrs.Factory(lambda self: [], takes_self=True))

    with pytest.raises(TypeError, match="takes_self"):
        make_converter().get_structure_hook(Dependante)


def test_post_init_lance() -> None:
    convertisseur = make_converter()
    assert convertisseur.structure({"debut": 1, "fin": 2}, AvecPostInit).fin == 2
    with pytest.raises(ClassValidationError) as erreur:
        convertisseur.structure({"debut": 3, "fin": 2}, AvecPostInit)
    assert [str(e) for e in erreur.value.exceptions] == ["début après la fin"]


@pytest.mark.parametrize("inconnues", [{"x"}, {"x", "y"}])
def test_cles_inconnues_refusees_ou_tolerees(inconnues: set[str]) -> None:
    donnees: dict[str, Any] = {"nom": "a", "nombre": 2, **dict.fromkeys(inconnues, 1)}
    with pytest.raises(ClassValidationError) as erreur:
        make_converter().structure(donnees, Simple)
    (seule,) = erreur.value.exceptions
    assert isinstance(seule, ForbiddenExtraKeysError)
    assert seule.extra_fields == inconnues
    tolerant = Convertisseur(forbid_extra_keys=False)
    configure_converter(tolerant)
    assert tolerant.structure(donnees, Simple) == Simple(nom="a", nombre=2)


def test_cle_inconnue_et_cle_manquante_signalees_ensemble() -> None:
    with pytest.raises(ClassValidationError) as erreur:
        make_converter().structure({"nombre": 2, "x": 1}, Simple)
    genres = sorted(type(e).__name__ for e in erreur.value.exceptions)
    assert genres == ["ForbiddenExtraKeysError", "KeyError"]


def test_validateurs_desactives_comme_pour_le_constructeur() -> None:
    """``attrs.validators.disabled()`` vaut pour la lecture comme pour ``__init__``."""
    donnees = vers_dict(exemples()[0])
    donnees["missions"]["themes"][0]["activites"][0]["verbes"] = ["absent du texte"]
    with pytest.raises(OffreInvalide, match="verbe-absent"):
        depuis_dict(donnees)
    with attrs.validators.disabled():
        lue = depuis_dict(donnees)
    assert lue.missions.themes[0].activites[0].verbes == ("absent du texte",)


_SIMPLES = st.fixed_dictionaries(
    {"nom": st.sampled_from(["a", " "])}, optional={"nombre": st.integers(-1, 2)}
)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "nombre": st.none() | st.integers(-2, 2),
            "nombres": st.lists(st.integers(-2, 2), max_size=3),
            "parties": st.lists(_SIMPLES, max_size=3),
        },
    )
)
def test_facultatifs_acceptes_et_refuses_comme_le_constructeur(donnees: dict[str, Any]) -> None:
    """Validateurs facultatifs, de chaque élément, et tuples d'objets lus par leur fonction."""
    try:
        parties = tuple(Simple(**p) for p in donnees.get("parties", ()))
        champs = {**donnees, "parties": parties, "nombres": tuple(donnees.get("nombres", ()))}
        attendu: Facultatifs | None = Facultatifs(**champs)
    except ValueError:
        attendu = None
    try:
        lu: Facultatifs | None = make_converter().structure(donnees, Facultatifs)
    except ClassValidationError:
        lu = None
    assert lu == attendu
    if lu is not None:
        assert all(type(x) is tuple for x in (lu.nombres, lu.parties))


def test_element_fautif_d_un_tuple_d_objets_signale_a_son_rang() -> None:
    donnees = {"parties": [{"nom": "a"}, {"nom": "b", "nombre": 1}, {"nom": "c", "x": 1}]}
    with pytest.raises(ClassValidationError) as erreur:
        make_converter().structure(donnees, Facultatifs)
    (tuple_,) = erreur.value.exceptions
    assert isinstance(tuple_, ExceptionGroup)
    rangs = [note.index for e in tuple_.exceptions for note in e.__notes__]
    assert rangs == [1, 2]


def test_classe_sans_slots_construite_comme_par_son_init() -> None:
    convertisseur = make_converter()
    lu = convertisseur.structure({"nom": "a", "nombre": 2}, SansSlots)
    assert (lu, vars(lu)) == (SansSlots(nom="a", nombre=2), {"nom": "a", "nombre": 2})
    with pytest.raises(ClassValidationError):
        convertisseur.structure({"nom": "a", "nombre": 1}, SansSlots)
