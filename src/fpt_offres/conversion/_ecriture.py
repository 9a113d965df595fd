"""Les fonctions d'écriture du convertisseur : un objet du modèle en dict JSON.

Une fonction est générée par classe (:func:`destructureur`), qui écrit chaque
champ sans passer par la répartition de cattrs et omet les valeurs par défaut ;
sa forme « native » laisse à orjson tuples, énumérations et dates.
"""

from __future__ import annotations

import datetime
import enum
import operator
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any, get_args

import attrs
import cattrs

from fpt_offres.conversion._structure import est_optionnel, est_tuple_variable
from fpt_offres.conversion._structure import interne as type_interne

__all__ = ["VALEUR", "destructureur", "destructureur_natif", "liste_de_tuple", "optionnel_brut"]

VALEUR = operator.attrgetter("_value_")


def destructureur(
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
    # Le source est engendré des seuls noms de champs, alias et types des classes du modèle
    # (jamais d'une donnée lue) : exec n'exécute que du code écrit par la bibliothèque.
    exec(  # nosec B102
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
        return destructureur_natif(converter, type_)
    return crochet


@cache
def destructureur_natif(converter: cattrs.Converter, classe: type[Any]) -> Callable[[Any], Any]:
    """L'écrivain pour orjson de ``classe`` selon ``converter``."""
    return destructureur(converter, classe, natif=True)


def optionnel_brut(converter: cattrs.Converter, type_: Any) -> Callable[[Any], Any]:
    interne = type_interne(type_)
    brut = converter.get_unstructure_hook(interne)
    if brut is cattrs.fns.identity:
        return cattrs.fns.identity

    def destructurer(valeur: Any) -> Any:
        return None if valeur is None else brut(valeur)

    return destructurer


def liste_de_tuple(converter: cattrs.Converter, type_: Any) -> Callable[[Any], list[Any]]:
    element = get_args(type_)[0]
    brut = converter.get_unstructure_hook(element)
    if brut is cattrs.fns.identity:
        return list
    if brut is VALEUR:
        return lambda valeurs: [v._value_ for v in valeurs]
    return lambda valeurs: [brut(v) for v in valeurs]
