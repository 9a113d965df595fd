"""Conversion entre :class:`~fpt_offres.Offre` et JSON, par un convertisseur cattrs strict.

Le modèle ignore tout de JSON : la conversion vit ici, en bordure. Le
convertisseur refuse les clés inconnues (rien n'est perdu en silence), refuse
les types approximatifs (``"12"`` pour un entier, ``1`` pour un booléen), écrit
les montants en chaînes décimales exactes, les dates en ISO 8601, les entrées
de nomenclature par leur code, et omet les valeurs par défaut.

Toute entrée fautive lève :class:`~fpt_offres.OffreInvalide`, qui porte tous
les problèmes trouvés avec leur chemin JSON, un message en français et la règle.

>>> from fpt_offres import exemples
>>> offre = exemples()[0]
>>> depuis_json(vers_json(offre)) == offre
True
>>> depuis_dict({"version": 1, "intitule": 12, "employeur": {"nom": "X", "type": "mairie"}})
Traceback (most recent call last):
...
fpt_offres.erreurs.OffreInvalide: offre invalide (2 problèmes)
- intitule : un texte attendu(e), reçu un entier (12) [type]
- employeur.type : valeur inconnue 'mairie' ; valeurs permises : 'commune', 'departement', ... [valeur-inconnue]
"""

from __future__ import annotations

import contextvars
import datetime
import enum
import json
import operator
import re
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from functools import cache
from itertools import repeat
from types import ModuleType
from typing import Any, TypeVar, get_args

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from fpt_offres import modele, nomenclature
from fpt_offres._structure import est_optionnel, est_tuple_variable, structureur
from fpt_offres._structure import interne as type_interne
from fpt_offres._texte import a_un_substitut
from fpt_offres._validateurs import MESSAGE_SUBSTITUT
from fpt_offres.erreurs import NomenclatureInconnue, OffreInvalide, Probleme, ValeurInvalide
from fpt_offres.modele import BaseLegale, CadreEmplois, Grade, Offre, PriseDePoste

__all__ = [
    "TAILLE_MAX",
    "VERSION_FORMAT",
    "Convertisseur",
    "configure_converter",
    "depuis_dict",
    "depuis_json",
    "make_converter",
    "vers_dict",
    "vers_json",
]

VERSION_FORMAT = 1
"""La version du format JSON écrit par :func:`vers_dict` (clé ``"version"``)."""

TAILLE_MAX = 1_000_000
"""La taille maximale d'un document JSON d'offre, en caractères ou octets (les offres
réelles font quelques dizaines de kilo-octets) : au-delà, refus immédiat."""

T = TypeVar("T")

_orjson: ModuleType | None
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - PyPy, sans roue orjson : json de la bibliothèque standard
    _orjson = None

# Vrai pendant la lecture d'un document par orjson, qui lit tout nombre à virgule en
# float : un montant écrit en nombre JSON (17.50) doit alors être relu exactement.
_LU_PAR_ORJSON: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "fpt_offres_lu_par_orjson", default=False
)


def _relire_si_flottant(valeur: object) -> None:
    """Lève :class:`_Flottant` si ``valeur``, fautive, est un float lu par orjson.

    Appelée avant de décrire une valeur fautive : json, qui lit les nombres en
    ``Decimal`` et les grands entiers en ``int``, en dirait peut-être autre chose.
    """
    if type(valeur) is float and _LU_PAR_ORJSON.get():
        raise _Flottant


class _Flottant(BaseException):
    """Un nombre décimal lu en float par orjson : le document est relu par json, exactement.

    BaseException, pour traverser sans être recueillie chaque reprise d'erreur
    (``except Exception``) jusqu'à :func:`depuis_json`.
    """


class _TypeInattendu(ValueError):
    """Une valeur JSON n'a pas le type attendu."""

    def __init__(self, attendu: str, valeur: object) -> None:
        self.attendu = attendu
        super().__init__(f"{attendu} attendu(e), reçu {_decrire(valeur)}")


def _pas_un_objet(valeur: object) -> _TypeInattendu:
    return _TypeInattendu("un objet", valeur)


def _citer(valeur: object) -> str:
    """Un texte ou un entier se cite ; toute autre valeur se décrit, en aperçu borné."""
    return repr(valeur) if type(valeur) in (str, int) else _decrire(valeur)


def _decrire(valeur: object) -> str:
    _relire_si_flottant(valeur)
    noms = {
        str: "un texte",
        bool: "un booléen",
        int: "un entier",
        float: "un nombre décimal",
        Decimal: "un nombre décimal",
        list: "une liste",
        dict: "un objet",
        type(None): "null",
    }
    # Un aperçu court et borné : ni un conteneur entier (peut-être immense ou
    # profond), ni plus de 40 caractères d'un texte.
    if isinstance(valeur, dict | list):
        apercu = "{…}" if isinstance(valeur, dict) else "[…]"
    elif isinstance(valeur, str):
        apercu = json.dumps(valeur[:40])
    else:
        apercu = str(valeur)[:40]
    return f"{noms.get(type(valeur), type(valeur).__name__)} ({apercu})"


def _texte(valeur: Any, _: Any) -> str:
    """Un texte JSON : ni trop long, ni porteur d'une demi-paire de substitution (non encodable)."""
    if type(valeur) is not str:
        raise _TypeInattendu("un texte", valeur)
    if len(valeur) > TAILLE_MAX:
        raise ValeurInvalide(
            f"texte de {_milliers(len(valeur))} caractères : au-delà de {_milliers(TAILLE_MAX)}, "
            "ce n'est pas une offre",
            regle="taille",
        )
    if a_un_substitut(valeur):
        raise ValeurInvalide(
            MESSAGE_SUBSTITUT,
            regle="caractere-invalide",
        )
    return valeur


def _strict(type_: type[T], attendu: str) -> Callable[[Any, Any], T]:
    def structurer(valeur: Any, _: Any) -> T:
        if type(valeur) is not type_:
            raise _TypeInattendu(attendu, valeur)
        return valeur

    return structurer


# Chiffres ASCII seulement (Decimal() accepte aussi « ٥٠ » et « 5_0 ») ; ni exposant ni espaces.
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _decimal(valeur: Any, _: Any) -> Decimal:
    if type(valeur) is str:
        if not _DECIMAL.fullmatch(valeur):
            raise _TypeInattendu('un nombre décimal écrit en chiffres ("17.5")', valeur)
        resultat = Decimal(valeur)
    elif type(valeur) in (int, Decimal):
        resultat = Decimal(valeur)
    elif type(valeur) is float:
        _relire_si_flottant(valeur)
        resultat = Decimal(repr(valeur))
    else:
        raise _TypeInattendu("un nombre décimal", valeur)
    if not resultat.is_finite():
        raise _TypeInattendu("un nombre décimal fini", valeur)
    return resultat


_DATE_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _date(valeur: Any, _: Any) -> datetime.date:
    if type(valeur) is not str or not _DATE_ISO.fullmatch(valeur):
        raise _TypeInattendu("une date AAAA-MM-JJ", valeur)
    try:
        return datetime.date.fromisoformat(valeur)
    except ValueError:
        raise ValeurInvalide(f"la date {valeur!r} n'existe pas", regle="date-inexistante") from None


def _prise_de_poste(valeur: Any, _: Any) -> datetime.date | PriseDePoste | None:
    if valeur is None:
        return None
    if valeur == PriseDePoste.DES_QUE_POSSIBLE.value:
        return PriseDePoste.DES_QUE_POSSIBLE
    try:
        return _date(valeur, None)
    except _TypeInattendu:
        raise _TypeInattendu('une date AAAA-MM-JJ ou "des_que_possible"', valeur) from None


@cache
def _enum(classe: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    par_valeur = {m.value: m for m in classe}
    permises = ", ".join(repr(v) for v in par_valeur)

    def structurer(valeur: Any, _: Any) -> enum.Enum:
        if type(valeur) in (str, int) and valeur in par_valeur:
            return par_valeur[valeur]
        raise ValeurInvalide(
            f"valeur inconnue {_citer(valeur)} ; valeurs permises : {permises}",
            regle="valeur-inconnue",
        )

    return structurer


def _par_code(
    genre: str, par_code: Callable[[], Mapping[str, T]], chercher: Callable[[str], Any]
) -> Callable[[Any, Any], T]:
    def structurer(valeur: Any, _: Any) -> T:
        if type(valeur) is not str:
            raise _TypeInattendu(f"le code d'un(e) {genre}", valeur)
        trouve = par_code().get(valeur)
        if trouve is not None:
            return trouve
        try:
            proche = chercher(valeur)
        except NomenclatureInconnue as erreur:
            message = str(erreur)
        else:
            message = f"{valeur!r} n'est pas un code de {genre} ; écrire le code {proche.code!r}"
        raise ValeurInvalide(message, regle="nomenclature-inconnue")

    return structurer


def configure_converter(converter: cattrs.Converter) -> None:
    """Règle ``converter`` pour le format JSON de fpt_offres (types stricts, codes, ISO)."""
    _configurer(converter, textes_surs=False)


def _configurer(converter: cattrs.Converter, *, textes_surs: bool) -> None:
    """:func:`configure_converter` ; avec ``textes_surs``, pour un dict lu par orjson
    d'un document de taille permise, dont les textes n'ont pas à être revérifiés."""
    converter.register_structure_hook(str, _texte)
    for type_, attendu in ((bool, "un booléen"), (int, "un entier")):
        converter.register_structure_hook(type_, _strict(type_, attendu))
    converter.register_structure_hook(Decimal, _decimal)
    # Jamais de notation scientifique (« 2E+3 ») : la forme que _decimal relit.
    converter.register_unstructure_hook(Decimal, lambda d: format(d, "f"))
    converter.register_structure_hook(datetime.date, _date)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date | PriseDePoste | None, _prise_de_poste)
    # Enregistré aussi sur IntEnum, qui précède int dans l'ordre de résolution d'un
    # IntEnum (NiveauDiplome) : sans cela, le crochet strict des entiers le prendrait.
    for base in (enum.Enum, enum.IntEnum):
        converter.register_structure_hook(base, lambda v, t: _enum(t)(v, t))
    # Et, pour chaque énumération du modèle, son crochet lié une fois pour toutes
    # (la classe exacte passe avant ses bases) ; écrite par ``_value_``, sans la
    # propriété ``value`` d'enum, lente.
    for classe in vars(modele).values():
        if isinstance(classe, type) and issubclass(classe, enum.Enum):
            converter.register_structure_hook(classe, _enum(classe))
            converter.register_unstructure_hook(classe, _VALEUR)
    for classe, genre, par_code, chercher in (
        (Grade, "grade", nomenclature.grades_par_code, nomenclature.grade),
        (
            CadreEmplois,
            "cadre d'emplois",
            nomenclature.cadres_emplois_par_code,
            nomenclature.cadre_emplois,
        ),
        (BaseLegale, "base légale", nomenclature.bases_legales_par_code, nomenclature.base_legale),
    ):
        converter.register_structure_hook(classe, _par_code(genre, par_code, chercher))
        converter.register_unstructure_hook(classe, lambda e: e.code)
    converter.register_structure_hook_factory(
        est_tuple_variable, lambda t: _tuple_liste(converter, t)
    )
    converter.register_unstructure_hook_factory(
        est_tuple_variable, lambda t: _liste_de_tuple(converter, t)
    )
    converter.register_structure_hook_factory(est_optionnel, lambda t: _optionnel(converter, t))
    converter.register_unstructure_hook_factory(
        est_optionnel, lambda t: _optionnel_brut(converter, t)
    )
    converter.register_structure_hook_factory(
        attrs.has,
        lambda t: structureur(converter, t, TAILLE_MAX, _pas_un_objet, textes_surs=textes_surs),
    )
    converter.register_unstructure_hook_factory(attrs.has, lambda t: _destructureur(converter, t))


_VALEUR = operator.attrgetter("_value_")


def _destructureur(
    converter: cattrs.Converter, classe: type[Any], *, natif: bool = False
) -> Callable[[Any], Any]:
    """La fonction, générée, qui écrit une instance de ``classe`` en dict.

    Avec ``natif``, le dict est pour orjson, qui écrit lui-même (en C) tuples,
    énumérations et dates : ils y restent tels quels.

    Comme cattrs, les défauts sont omis si le convertisseur le demande
    (``omit_if_default``), mais chacun se compare par ``is`` quand c'est possible
    (``None``, booléens, membres d'énumération) et ``()`` par la vérité du tuple, au
    lieu de ``!=`` qui appelle l'``__eq__`` d'attrs ; les textes, entiers et booléens
    sont écrits sans appel, les énumérations par ``_value_``.
    """
    attrs.resolve_types(classe)
    omettre = getattr(converter, "omit_if_default", False)
    lignes = ["def destructurer(instance):", "    res = {}"]
    variables: dict[str, Any] = {}
    for rang, attribut in enumerate(attrs.fields(classe)):
        nom, type_, defaut = attribut.name, attribut.type, attribut.default
        lignes.append(f"    v = instance.{nom}")
        retrait = "    "
        optionnel = est_optionnel(type_)
        if not omettre:
            defaut = attrs.NOTHING  # tout s'écrit, comme le ferait cattrs
        if defaut is not attrs.NOTHING and _partie_vide(defaut):
            # Une partie par défaut, vide, s'écrit {} et elle seule : omise si son dict est vide,
            # sans comparer les deux arbres d'objets.
            variables[f"h{rang}"] = converter.get_unstructure_hook(type_)
            lignes += [f"    w = h{rang}(v)", "    if w:", f"        res[{nom!r}] = w"]
            continue
        if defaut is not attrs.NOTHING:
            variables[f"d{rang}"] = defaut
            if defaut is None or isinstance(defaut, bool | enum.Enum):
                lignes.append(f"    if v is not d{rang}:")
            elif defaut == ():
                lignes.append("    if v:")
            else:
                lignes.append(f"    if v != d{rang}:")
            retrait = "        "
        if optionnel and defaut is not None:
            lignes.append(f"{retrait}if v is not None:")
            retrait += "    "
        interne = type_interne(type_) if optionnel else type_
        expression = _expression_brute(converter, interne, rang, variables, natif=natif)
        lignes.append(f"{retrait}res[{nom!r}] = {expression}")
        if optionnel and defaut is not None:
            lignes.append(f"{retrait[:-4]}else:")
            lignes.append(f"{retrait}res[{nom!r}] = None")
    lignes.append("    return res")
    exec(
        compile("\n".join(lignes), f"<fpt_offres destructurer {classe.__name__}>", "exec"),
        variables,
    )
    destructurer: Callable[[Any], Any] = variables["destructurer"]
    destructurer.classe = classe  # type: ignore[attr-defined]  # reconnu par _ecrivain
    return destructurer


def _partie_vide(defaut: object) -> bool:
    """Vrai si ``defaut`` est une partie du modèle faite de tous ses défauts (``Poste()``)."""
    classe = type(defaut)
    return (
        attrs.has(classe)
        and all(a.default is not attrs.NOTHING for a in attrs.fields(classe))
        and defaut == classe()
    )


def _expression_brute(
    converter: cattrs.Converter,
    type_: Any,
    rang: int,
    variables: dict[str, Any],
    *,
    natif: bool,
) -> str:
    """L'expression qui écrit ``v``, de type ``type_``, en valeur JSON (ou pour orjson, ``natif``)."""
    if type_ in (str, int, bool) or (natif and type_ is datetime.date):
        return "v"
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return "v" if natif else "v._value_"
    if type_ is Decimal:
        return 'format(v, "f")'
    if type_ is datetime.date:
        return "v.isoformat()"
    if est_tuple_variable(type_):
        element = get_args(type_)[0]
        if element in (str, int, bool):
            return "v" if natif else "list(v)"
        if isinstance(element, type) and issubclass(element, enum.Enum):
            return "v" if natif else "[x._value_ for x in v]"
        variables[f"h{rang}"] = _ecrivain(converter, element, natif=natif)
        return f"[h{rang}(x) for x in v]"
    variables[f"h{rang}"] = _ecrivain(converter, type_, natif=natif)
    return f"h{rang}(v)"


def _ecrivain(converter: cattrs.Converter, type_: Any, *, natif: bool) -> Callable[[Any], Any]:
    """Le crochet qui écrit une valeur de ``type_`` : celui du convertisseur, ou sa forme pour orjson."""
    crochet = converter.get_unstructure_hook(type_)
    if natif and getattr(crochet, "classe", None) is type_:
        return _destructureur_natif(type_)
    return crochet


@cache
def _destructureur_natif(classe: type[Any]) -> Callable[[Any], Any]:
    """L'écrivain pour orjson de ``classe``, pour le convertisseur du module (:func:`vers_json`)."""
    return _destructureur(_convertisseur(), classe, natif=True)


def _optionnel(converter: cattrs.Converter, type_: Any) -> Callable[[Any, Any], Any]:
    # cattrs cherche le crochet du type interne à chaque valeur ; ici, une fois.
    interne = type_interne(type_)
    structurer_interne = converter.get_structure_hook(interne)

    def structurer(valeur: Any, _: Any) -> Any:
        return None if valeur is None else structurer_interne(valeur, interne)

    return structurer


def _optionnel_brut(converter: cattrs.Converter, type_: Any) -> Callable[[Any], Any]:
    interne = type_interne(type_)
    brut = converter.get_unstructure_hook(interne)
    if brut is cattrs.fns.identity:
        return cattrs.fns.identity

    def destructurer(valeur: Any) -> Any:
        return None if valeur is None else brut(valeur)

    return destructurer


def _liste_de_tuple(converter: cattrs.Converter, type_: Any) -> Callable[[Any], list[Any]]:
    element = get_args(type_)[0]
    brut = converter.get_unstructure_hook(element)
    if brut is cattrs.fns.identity:
        return list
    if brut is _VALEUR:
        return lambda valeurs: [v._value_ for v in valeurs]
    return lambda valeurs: [brut(v) for v in valeurs]


def _tuple_liste(
    converter: cattrs.Converter,
    type_: Any,
) -> Callable[[Any, Any], tuple[Any, ...]]:
    element = get_args(type_)[0]
    structurer_element = converter.get_structure_hook(element)

    # Chemin rapide : tout passe ; au premier échec, le chemin détaillé reprend la
    # liste pour signaler chaque élément fautif avec son rang.
    def rapide(valeur: Any, _: Any) -> tuple[Any, ...]:
        if type(valeur) is list:
            try:
                # map, en C, plutôt qu'une compréhension, qui coûte un appel de fonction.
                return tuple(map(structurer_element, valeur, repeat(element)))
            except Exception:  # repris par le chemin détaillé
                pass
        return detaille(valeur, _)

    def detaille(valeur: Any, _: Any) -> tuple[Any, ...]:
        if type(valeur) is not list:
            raise _TypeInattendu("une liste", valeur)
        resultat: list[Any] = []
        erreurs: list[Exception] = []
        for rang, item in enumerate(valeur):
            try:
                resultat.append(structurer_element(item, element))
            except Exception as erreur:
                # setattr : __notes__ n'existe qu'à partir de Python 3.11
                note = IterableValidationNote(f"Structuring {type_} @ index {rang}", rang, element)
                setattr(erreur, "__notes__", [*getattr(erreur, "__notes__", []), note])  # noqa: B010
                erreurs.append(erreur.with_traceback(None))
        if erreurs:
            raise IterableValidationError(f"While structuring {type_}", erreurs, type_)
        return tuple(resultat)

    return rapide


class Convertisseur(cattrs.Converter):
    """Le convertisseur cattrs de fpt_offres ; il se sérialise avec pickle.

    Ses crochets sont des fonctions générées, que pickle ne sait pas copier : on
    transmet à la place la recette (:func:`make_converter`), pour que des
    processus de calcul (multiprocessing, Dask, Spark) reçoivent le leur.
    """

    def __reduce__(self) -> tuple[Callable[[], cattrs.Converter], tuple[()]]:
        return (make_converter, ())


def make_converter() -> cattrs.Converter:
    """Un nouveau convertisseur cattrs réglé pour fpt_offres.

    >>> import pickle
    >>> from fpt_offres import DureeContrat
    >>> convertisseur = pickle.loads(pickle.dumps(make_converter()))
    >>> convertisseur.structure({"mois": 12}, DureeContrat)
    DureeContrat(mois=12, minimum=False)
    """
    converter = Convertisseur(forbid_extra_keys=True, omit_if_default=True)
    configure_converter(converter)
    return converter


@cache
def _convertisseur() -> cattrs.Converter:
    return make_converter()


# --- traduction des erreurs ---------------------------------------------------------------


def _chemin(parent: str, note: object) -> str:
    if isinstance(note, AttributeValidationNote):
        return f"{parent}.{note.name}" if parent else note.name
    if isinstance(note, IterableValidationNote):
        return f"{parent}[{note.index}]"
    return parent


def _joindre(parent: str, champ: str | None) -> str:
    if not champ:
        return parent
    return f"{parent}{champ}" if champ.startswith("[") or not parent else f"{parent}.{champ}"


def _problemes(erreur: BaseException, chemin: str) -> Iterator[Probleme]:
    for note in getattr(erreur, "__notes__", ()):
        chemin = _chemin(chemin, note)
    if isinstance(erreur, ClassValidationError | IterableValidationError):
        for sous_erreur in erreur.exceptions:
            yield from _problemes(sous_erreur, chemin)
    elif isinstance(erreur, ForbiddenExtraKeysError):
        for cle in sorted(erreur.extra_fields):
            yield Probleme(
                _joindre(chemin, cle), "clé inconnue (rien n'est ignoré en silence)", "cle-inconnue"
            )
    elif isinstance(erreur, KeyError):
        yield Probleme(chemin, "champ obligatoire manquant", "champ-manquant")
    elif isinstance(erreur, ValeurInvalide):
        yield Probleme(_joindre(chemin, erreur.champ), erreur.message, erreur.regle)
    elif isinstance(erreur, _TypeInattendu):
        yield Probleme(chemin, str(erreur), "type")
    elif isinstance(erreur, TypeError | AttributeError):
        # cattrs reçoit une valeur d'une forme qu'il ne sait pas lire (un objet à la place d'un texte…)
        yield Probleme(
            chemin, "valeur de forme inattendue (objet, liste ou scalaire mal placé)", "type"
        )
    elif isinstance(erreur, RecursionError):
        yield Probleme(chemin, "imbrication trop profonde", "profondeur")
    else:
        # Rien d'autre ne doit s'échapper des points d'entrée : on le dit, avec son type.
        yield Probleme(chemin, f"valeur illisible ({type(erreur).__name__} : {erreur})", "type")


def depuis_dict(donnees: object) -> Offre:
    """L'offre que décrit ``donnees``, un dict de forme JSON.

    Raises:
        OffreInvalide: avec tous les problèmes trouvés.
    """
    if not isinstance(donnees, dict):
        raise OffreInvalide(
            [Probleme("", f"un objet JSON attendu, reçu {_decrire(donnees)}", "type")]
        )
    return _lire_offre(dict(donnees), textes_surs=False)


def _lire_offre(corps: dict[str, Any], *, textes_surs: bool) -> Offre:
    """L'offre que décrit ``corps``, dont la clé ``"version"`` est retirée (il est modifié).

    ``textes_surs`` : ``corps`` vient d'orjson, qui refuse les demi-paires de
    substitution, et d'un document d'au plus :data:`TAILLE_MAX` caractères.
    """
    probleme = _probleme_de_version(corps.pop("version", VERSION_FORMAT))
    if probleme is not None:
        raise OffreInvalide([probleme])
    try:
        offre: Offre = _structurer_offre(textes_surs)(corps, Offre)
        return offre
    except (ClassValidationError, IterableValidationError, ValeurInvalide) as erreur:
        # from None : l'arbre d'exceptions de cattrs, imprimé avant la liste en français,
        # la noierait ; il reste dans __context__ pour qui veut le déboguer.
        raise OffreInvalide(_problemes(erreur, "")) from None
    except RecursionError:
        raise OffreInvalide([Probleme("", "imbrication trop profonde", "profondeur")]) from None


@cache
def _structurer_offre(textes_surs: bool) -> Callable[[Any, Any], Any]:
    # Appelé directement, sans la répartition de cattrs par type.
    if not textes_surs:
        return _convertisseur().get_structure_hook(Offre)
    converter = Convertisseur(forbid_extra_keys=True, omit_if_default=True)
    _configurer(converter, textes_surs=True)
    return converter.get_structure_hook(Offre)


def _milliers(nombre: int) -> str:
    return f"{nombre:,}".replace(",", "\u202f")


def _probleme_de_version(version: object) -> Probleme | None:
    """Le format n'a qu'une version, la 1 : toute autre est refusée avec sa raison."""
    if type(version) is int and version == VERSION_FORMAT:
        return None
    if type(version) is int and version > VERSION_FORMAT:
        raison = (
            f"version de format {version} écrite par une version plus récente de fpt_offres ; "
            f"celle-ci lit la version {VERSION_FORMAT} : mettre fpt_offres à jour"
        )
    else:
        raison = (
            f"version de format {_citer(version)} inconnue : la seule version est {VERSION_FORMAT}"
        )
    return Probleme("version", raison, "version-format")


def vers_dict(offre: Offre) -> dict[str, Any]:
    """La forme JSON de ``offre`` : un dict de types JSON, valeurs par défaut omises."""
    return {"version": VERSION_FORMAT, **_convertisseur().unstructure(offre)}


def depuis_json(texte: str | bytes) -> Offre:
    """L'offre que décrit le document JSON ``texte`` (``str`` ou ``bytes`` UTF-8).

    Raises:
        OffreInvalide: document illisible ou offre invalide, avec tous les problèmes trouvés.
    """
    if len(texte) > TAILLE_MAX:
        raise OffreInvalide(
            [
                Probleme(
                    "",
                    f"document de {_milliers(len(texte))} caractères : au-delà de "
                    f"{_milliers(TAILLE_MAX)}, ce n'est pas une offre",
                    "taille",
                )
            ]
        )
    if _orjson is not None:
        offre = _lire_par_orjson(_orjson, texte)
        if offre is not None:
            return offre
    return _lire_par_json(texte)


def _lire_par_orjson(module: ModuleType, texte: str | bytes) -> Offre | None:
    """L'offre lue par orjson, ou ``None`` si json doit relire le document.

    json relit tout document qu'orjson refuse (pour les mêmes messages d'erreur, et
    parce que json lit aussi les entiers de plus de 64 bits), et tout document dont
    un nombre, lu en float par orjson, sert de valeur décimale ou fait une erreur
    (pour la valeur décimale exacte, ou l'erreur exacte).
    """
    try:
        donnees = module.loads(texte)
    except module.JSONDecodeError:
        return None
    if type(donnees) is not dict:
        return None  # json le relit et dit pourquoi ce n'est pas une offre
    jeton = _LU_PAR_ORJSON.set(True)
    try:
        return _lire_offre(donnees, textes_surs=True)  # le dict d'orjson peut être modifié
    except _Flottant:
        return None
    finally:
        _LU_PAR_ORJSON.reset(jeton)


def _lire_par_json(texte: str | bytes) -> Offre:
    if isinstance(texte, bytes):
        try:
            texte = texte.decode("utf-8")
        except UnicodeDecodeError as erreur:
            raise OffreInvalide(
                [
                    Probleme(
                        "",
                        f"octets qui ne sont pas de l'UTF-8 (position {erreur.start})",
                        "encodage",
                    )
                ]
            ) from None
    try:
        donnees = json.loads(texte, parse_float=Decimal)
    except json.JSONDecodeError as erreur:
        raise OffreInvalide(
            [
                Probleme(
                    "",
                    f"JSON illisible ligne {erreur.lineno}, colonne {erreur.colno} : {erreur.msg}",
                    "json",
                )
            ]
        ) from None
    except RecursionError:
        raise OffreInvalide([Probleme("", "imbrication trop profonde", "profondeur")]) from None
    except ValueError as erreur:  # un entier de plus de 4 300 chiffres, par exemple
        raise OffreInvalide([Probleme("", f"JSON illisible : {erreur}", "json")]) from None
    return depuis_dict(donnees)


def vers_json(offre: Offre, *, indent: int | None = 2) -> str:
    """Le document JSON de ``offre`` (UTF-8 lisible, clés dans l'ordre du modèle).

    Indenté de ``indent`` espaces, ou compact (sans espace) si ``indent`` est ``None``.
    """
    if _orjson is not None and indent in (None, 2):
        # orjson écrit lui-même tuples, énumérations et dates : l'écrivain natif les lui laisse.
        donnees = {"version": VERSION_FORMAT, **_destructureur_natif(Offre)(offre)}
        try:
            octets: bytes = _orjson.dumps(donnees, option=_orjson.OPT_INDENT_2 if indent else 0)
            return octets.decode()
        except _orjson.JSONEncodeError:
            pass  # un entier de plus de 64 bits : json l'écrit
    # check_circular : un dict écrit par vers_dict ne peut pas se contenir lui-même.
    separateurs = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(
        vers_dict(offre),
        ensure_ascii=False,
        indent=indent,
        separators=separateurs,
        check_circular=False,
    )
