"""Le contrôle des types à la construction, tiré des annotations des champs.

:func:`typer`, donné à ``attrs.frozen(field_transformer=...)``, met en tête des
validateurs de chaque champ celui de son type annoté : ``Employeur(type="mairie")``
lève :class:`~fpt_offres.ValeurInvalide` en nommant le champ, au lieu d'écrire un
document que la lecture refuse. Le contrôle est aussi strict que le lecteur : un
booléen n'est pas un entier, un ``datetime`` n'est pas une date, une liste n'est pas
un tuple, un entier n'est pas un ``Decimal`` ; un décimal a au plus deux décimales et une
date respecte les bornes du format (:mod:`fpt_offres.bornes`).

Les annotations, écrites en chaînes (``from __future__ import annotations``), ne se
résolvent qu'une fois toutes les classes définies : chaque validateur les résout à
son premier appel. Un type exact déjà vu passe ensuite par un seul test en ligne.
La lecture, qui vérifie déjà les types, s'en dispense (``_structure``).
"""

from __future__ import annotations

import datetime
import enum
import reprlib
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

from fpt_offres import bornes
from fpt_offres.erreurs import ValeurInvalide

__all__ = ["decimales", "decrire_valeur", "est_type", "typer", "verificateur"]

Validateur = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# (valeur, champ) -> None, ou ValeurInvalide levée qui nomme le champ.
Verificateur = Callable[[Any, str], None]


def typer(_classe: type, champs: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """``field_transformer`` d'attrs : le contrôle du type avant les autres validateurs."""
    return [c.evolve(validator=_joindre(_valider_type(), c.validator)) for c in champs]


def _joindre(premier: Validateur, suite: Any) -> Validateur:
    return premier if suite is None else attrs.validators.and_(premier, suite)


@attrs.frozen(repr=False)
class _Type:
    """L'objet qui décrit le validateur du type annoté (voir ``_validateurs.description``)."""

    def __repr__(self) -> str:
        return "<validateur du type annoté>"


_TYPE = _Type()


def est_type(validateur: object) -> bool:
    """Vrai si ``validateur`` contrôle le type annoté du champ : la lecture s'en dispense,
    elle qui ne construit que des valeurs du bon type."""
    return getattr(validateur, "description", validateur) is _TYPE


def decrire_valeur(valeur: object) -> str:
    """Le type et un aperçu borné de ``valeur``, pour un message d'erreur."""
    if type(valeur) is int and valeur.bit_length() > 64:
        # str() d'un très grand entier est quadratique, et refusé au-delà de 4 300 chiffres.
        return f"int (un entier de {valeur.bit_length()} bits)"
    try:
        apercu = reprlib.repr(valeur)
    except ValueError:  # un très grand entier dans un conteneur
        apercu = "…"
    return f"{type(valeur).__name__} {apercu}"


class _NonResolu:
    """Un type qu'aucune valeur n'a : le test en ligne échoue avant la résolution."""


def _valider_type() -> Validateur:
    # Les types qu'un test d'identité suffit à accepter (``type(x) is t``), puis le
    # vérificateur complet ; tous fixés au premier appel.
    exact: type = _NonResolu
    autre: type = _NonResolu
    complet: Verificateur | None = None

    def valider(instance: object, attribut: attrs.Attribute[Any], valeur: Any) -> None:
        nonlocal exact, autre, complet
        genre = type(valeur)
        if genre is exact or genre is autre:
            return
        if complet is None:
            annotation = typing.get_type_hints(type(instance))[attribut.name]
            complet = verificateur(annotation)
            exact, autre = _exacts(annotation)
        complet(valeur, attribut.name)

    # Décrit comme les validateurs rapides de ``_validateurs`` (attribut ``description``).
    valider.description = _TYPE  # type: ignore[attr-defined]
    return valider


def _exacts(annotation: Any) -> tuple[type, type]:
    """Les (au plus deux) types qu'un test d'identité accepte sans autre contrôle."""
    simples = [
        t
        for t in (typing.get_args(annotation) if _est_union(annotation) else (annotation,))
        if t in (str, int, bool, type(None))
        or (isinstance(t, type) and (issubclass(t, enum.Enum) or attrs.has(t)))
    ]
    simples += [_NonResolu, _NonResolu]
    return simples[0], simples[1]


def _est_union(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType)


def verificateur(annotation: Any) -> Verificateur:
    """La fonction qui lève si une valeur n'est pas du type ``annotation`` (résolu)."""
    if _est_union(annotation):
        membres = typing.get_args(annotation)
        par_type = [(_base(m), verificateur(m)) for m in membres]

        def union(valeur: Any, champ: str) -> None:
            for base, verifier in par_type:
                if _de_base(valeur, base):
                    verifier(valeur, champ)
                    return
            _refuser(annotation, valeur, champ)

        return union
    if typing.get_origin(annotation) is tuple:
        element = typing.get_args(annotation)[0]
        verifier_element = verificateur(element)

        def tuple_(valeur: Any, champ: str) -> None:
            if type(valeur) is not tuple:
                _refuser(annotation, valeur, champ)
            for rang, item in enumerate(valeur):
                verifier_element(item, f"{champ}[{rang}]")

        return tuple_
    if annotation is Decimal:
        return _decimal
    if annotation is datetime.date:
        return _date

    def simple(valeur: Any, champ: str) -> None:
        if not _de_base(valeur, annotation):
            _refuser(annotation, valeur, champ)

    return simple


def _base(annotation: Any) -> Any:
    return tuple if typing.get_origin(annotation) is tuple else annotation


def _de_base(valeur: Any, base: Any) -> bool:
    # Identité du type pour les scalaires (un bool n'est pas un int, un datetime pas une
    # date) ; une sous-classe d'une classe du modèle en est une instance.
    return type(valeur) is base or (attrs.has(base) and isinstance(valeur, base))


def _decimal(valeur: Any, champ: str) -> None:
    if type(valeur) is not Decimal:
        _refuser(Decimal, valeur, champ)
    # La finitude et l'ordre de grandeur sont ceux des bornes de chaque champ
    # (``positif(maximum=…)``, ``borne``), vérifiées ensuite.
    if decimales(valeur) > bornes.DECIMALES_MAX:
        raise ValeurInvalide(
            f"{valeur} a plus de {bornes.DECIMALES_MAX} décimales",
            champ=champ,
            regle="decimales",
        )


def decimales(valeur: Decimal) -> int:
    """Les décimales de la valeur de ``valeur`` (0 pour un infini ou NaN) : « 2461.390 »
    en a deux, comme 2461,39, et « 2E+3 » aucune. Sans quantize, que le contexte limite."""
    _signe, chiffres, exposant = valeur.as_tuple()
    if not isinstance(exposant, int) or exposant >= 0:
        return 0
    significatifs = "".join(map(str, chiffres)).rstrip("0")
    if not significatifs:
        return 0  # zéro
    return max(0, -exposant - (len(chiffres) - len(significatifs)))


def _date(valeur: Any, champ: str) -> None:
    if type(valeur) is not datetime.date:
        _refuser(datetime.date, valeur, champ)
    if not bornes.DATE_MIN <= valeur <= bornes.DATE_MAX:
        raise ValeurInvalide(
            f"la date {valeur.isoformat()} n'est pas entre {bornes.DATE_MIN.isoformat()} "
            f"et {bornes.DATE_MAX.isoformat()}",
            champ=champ,
            regle="date-hors-bornes",
        )


def _refuser(annotation: Any, valeur: Any, champ: str) -> typing.NoReturn:
    raise ValeurInvalide(
        f"{_attendu(annotation)} attendu(e), reçu {decrire_valeur(valeur)}",
        champ=champ,
        regle="type",
    )


_NOMS = {
    str: "un texte (str)",
    int: "un entier (int)",
    bool: "un booléen (bool)",
    Decimal: "un Decimal",
    datetime.date: "une date (datetime.date)",
    type(None): "None",
}


def _attendu(annotation: Any) -> str:
    if _est_union(annotation):
        return " ou ".join(_attendu(m) for m in typing.get_args(annotation))
    if typing.get_origin(annotation) is tuple:
        return f"un tuple (éléments : {_attendu(typing.get_args(annotation)[0])})"
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return f"un membre de {annotation.__name__} ({annotation.__name__}.{next(iter(annotation)).name}…)"
    nom = getattr(annotation, "__name__", str(annotation))
    return _NOMS.get(annotation, f"un objet {nom}")
