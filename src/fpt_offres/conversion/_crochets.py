"""Les crochets de lecture du convertisseur : une valeur JSON en valeur du modèle.

Chacun accepte la forme exacte que le format écrit, ou lève une erreur qui dit
pourquoi non (:class:`TypeInattendu`, :class:`~fpt_offres.ValeurInvalide`) ;
:mod:`fpt_offres.conversion.convert` les enregistre et traduit leurs erreurs en problèmes.
"""

from __future__ import annotations

import contextvars
import datetime
import enum
import json
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from functools import cache
from itertools import repeat
from typing import Any, TypeVar, get_args

import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote

from fpt_offres import bornes
from fpt_offres._texte import a_un_substitut
from fpt_offres._typage import decimales
from fpt_offres._validateurs import MESSAGE_SUBSTITUT
from fpt_offres.conversion._structure import interne as type_interne
from fpt_offres.erreurs import NomenclatureInconnue, ValeurInvalide
from fpt_offres.modele import PriseDePoste

__all__ = [
    "LU_PAR_ORJSON",
    "Flottant",
    "TypeInattendu",
    "citer",
    "date_iso",
    "decrire",
    "enumeration",
    "milliers",
    "nombre_decimal",
    "optionnel",
    "par_code",
    "pas_un_objet",
    "prise_de_poste",
    "relire_si_flottant",
    "strict",
    "texte",
    "tuple_liste",
]

T = TypeVar("T")

# Vrai pendant la lecture d'un document par orjson, qui lit tout nombre à virgule en
# float : un montant écrit en nombre JSON (17.50) doit alors être relu exactement.
LU_PAR_ORJSON: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "fpt_offres_lu_par_orjson", default=False
)


def relire_si_flottant(valeur: object) -> None:
    """Lève :class:`Flottant` si ``valeur``, fautive, est un float lu par orjson.

    Appelée avant de décrire une valeur fautive : json, qui lit les nombres en
    ``Decimal`` et les grands entiers en ``int``, en dirait peut-être autre chose.
    """
    if type(valeur) is float and LU_PAR_ORJSON.get():
        raise Flottant


class Flottant(BaseException):
    """Un nombre décimal lu en float par orjson : le document est relu par json, exactement.

    BaseException, pour traverser sans être recueillie chaque reprise d'erreur
    (``except Exception``) jusqu'à :func:`fpt_offres.depuis_json`.
    """


class TypeInattendu(ValueError):
    """Une valeur JSON n'a pas le type attendu."""

    def __init__(self, attendu: str, valeur: object) -> None:
        self.attendu = attendu
        super().__init__(f"{attendu} attendu(e), reçu {decrire(valeur)}")


def pas_un_objet(valeur: object) -> TypeInattendu:
    return TypeInattendu("un objet", valeur)


def _entier_long(valeur: object) -> bool:
    # 2**132 > 10**39 : au-delà de 40 chiffres, un entier se décrit sans s'écrire (Python
    # refuse d'ailleurs d'écrire en texte un entier de plus de 4 300 chiffres).
    return type(valeur) is int and valeur.bit_length() > 132


def citer(valeur: object) -> str:
    """Un texte ou un entier se cite ; toute autre valeur se décrit, en aperçu borné."""
    if type(valeur) in (str, int) and not _entier_long(valeur):
        return repr(valeur)
    return decrire(valeur)


def decrire(valeur: object) -> str:
    relire_si_flottant(valeur)
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
    elif isinstance(valeur, int) and _entier_long(valeur):
        apercu = f"environ {int(abs(valeur).bit_length() * 0.30103) + 1} chiffres"
    else:
        apercu = str(valeur)[:40]
    return f"{noms.get(type(valeur), type(valeur).__name__)} ({apercu})"


def milliers(nombre: int) -> str:
    return f"{nombre:,}".replace(",", "\u202f")


def texte(taille_max: int) -> Callable[[Any, Any], str]:
    """Le crochet des textes JSON : ni plus de ``taille_max`` caractères, ni porteurs d'une
    demi-paire de substitution (non encodable)."""

    def structurer(valeur: Any, _: Any) -> str:
        if type(valeur) is not str:
            raise TypeInattendu("un texte", valeur)
        if len(valeur) > taille_max:
            raise ValeurInvalide(
                f"texte de {milliers(len(valeur))} caractères : au-delà de "
                f"{milliers(taille_max)}, ce n'est pas une offre",
                regle="taille",
            )
        if a_un_substitut(valeur):
            raise ValeurInvalide(MESSAGE_SUBSTITUT, regle="caractere-invalide")
        return valeur

    return structurer


def strict(type_: type[T], attendu: str) -> Callable[[Any, Any], T]:
    def structurer(valeur: Any, _: Any) -> T:
        if type(valeur) is not type_:
            raise TypeInattendu(attendu, valeur)
        return valeur

    return structurer


# Chiffres ASCII seulement (Decimal() accepte aussi « ٥٠ » et « 5_0 ») ; ni exposant ni espaces.
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def nombre_decimal(valeur: Any, _: Any) -> Decimal:
    if type(valeur) is str:
        if not _DECIMAL.fullmatch(valeur):
            raise TypeInattendu('un nombre décimal écrit en chiffres ("17.5")', valeur)
        # Écrit en chiffres, il est fini, et ses décimales (celles de decimales(), zéros de
        # queue exceptés) se comptent sur le texte, sans décomposer le Decimal.
        if len(valeur.partition(".")[2].rstrip("0")) <= bornes.DECIMALES_MAX:
            return Decimal(valeur)
        resultat = Decimal(valeur)
    elif type(valeur) in (int, Decimal):
        resultat = Decimal(valeur)
    elif type(valeur) is float:
        relire_si_flottant(valeur)
        resultat = Decimal(repr(valeur))
    else:
        raise TypeInattendu("un nombre décimal", valeur)
    if not resultat.is_finite():
        raise TypeInattendu("un nombre décimal fini", valeur)
    # L'ordre de grandeur est vérifié ensuite par les bornes du champ (positif, borne) ;
    # les décimales, que le constructeur contrôle avec le type, le sont ici.
    if decimales(resultat) > bornes.DECIMALES_MAX:
        raise ValeurInvalide(
            f"{citer(valeur) if type(valeur) is str else resultat} : au plus "
            f"{bornes.DECIMALES_MAX} décimales",
            regle="decimales",
        )
    return resultat


_DATE_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def date_iso(valeur: Any, _: Any) -> datetime.date:
    if type(valeur) is not str or not _DATE_ISO.fullmatch(valeur):
        raise TypeInattendu("une date AAAA-MM-JJ", valeur)
    try:
        jour = datetime.date.fromisoformat(valeur)
    except ValueError:
        raise ValeurInvalide(f"la date {valeur!r} n'existe pas", regle="date-inexistante") from None
    if not bornes.DATE_MIN <= jour <= bornes.DATE_MAX:
        raise ValeurInvalide(
            f"la date {valeur!r} n'est pas entre {bornes.DATE_MIN.isoformat()} "
            f"et {bornes.DATE_MAX.isoformat()}",
            regle="date-hors-bornes",
        )
    return jour


def prise_de_poste(valeur: Any, _: Any) -> datetime.date | PriseDePoste | None:
    if valeur is None:
        return None
    if valeur == PriseDePoste.DES_QUE_POSSIBLE.value:
        return PriseDePoste.DES_QUE_POSSIBLE
    try:
        return date_iso(valeur, None)
    except TypeInattendu:
        raise TypeInattendu('une date AAAA-MM-JJ ou "des_que_possible"', valeur) from None


@cache
def enumeration(classe: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    par_valeur = {m.value: m for m in classe}
    permises = ", ".join(repr(v) for v in par_valeur)

    def structurer(valeur: Any, _: Any) -> enum.Enum:
        if type(valeur) in (str, int) and valeur in par_valeur:
            return par_valeur[valeur]
        raise ValeurInvalide(
            f"valeur inconnue {citer(valeur)} ; valeurs permises : {permises}",
            regle="valeur-inconnue",
        )

    return structurer


def par_code(
    genre: str, par_code: Callable[[], Mapping[str, T]], chercher: Callable[[str], Any]
) -> Callable[[Any, Any], T]:
    def structurer(valeur: Any, _: Any) -> T:
        if type(valeur) is not str:
            raise TypeInattendu(f"le code d'un(e) {genre}", valeur)
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


def optionnel(converter: cattrs.Converter, type_: Any) -> Callable[[Any, Any], Any]:
    # cattrs cherche le crochet du type interne à chaque valeur ; ici, une fois.
    interne = type_interne(type_)
    structurer_interne = converter.get_structure_hook(interne)

    def structurer(valeur: Any, _: Any) -> Any:
        return None if valeur is None else structurer_interne(valeur, interne)

    return structurer


def tuple_liste(
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
            # Repris par le chemin détaillé, qui rapporte l'erreur élément par élément.
            except Exception:  # nosec B110
                pass
        return detaille(valeur, _)

    def detaille(valeur: Any, _: Any) -> tuple[Any, ...]:
        if type(valeur) is not list:
            raise TypeInattendu("une liste", valeur)
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
