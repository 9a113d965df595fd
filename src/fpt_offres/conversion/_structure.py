"""Les fonctions, générées par classe, qui lisent un dict JSON en objet du modèle.

Elles remplacent celles de ``cattrs.gen.make_dict_structure_fn`` et rendent les
mêmes erreurs (mêmes exceptions, mêmes notes de chemin), mais vont plus vite :

- les valeurs simples (texte, entier, booléen, énumération, leur forme
  facultative) sont acceptées par un test en ligne ; seule une valeur douteuse
  passe par le crochet du convertisseur, qui l'accepte ou dit pourquoi non ;
- les parties imbriquées sont lues par l'appel direct de leur fonction, sans la
  répartition de cattrs ;
- les clés inconnues se voient au compte des clés lues, comparé à la taille du dict ;
- une classe figée est construite directement (``object.__new__``, une affectation
  par champ, par le descripteur de son slot, les validateurs qui restent à lancer),
  sans l'appel à arguments nommés de son ``__init__`` ni les validateurs de texte
  déjà vérifiés en ligne ;
- un champ facultatif absent prend son défaut sur un test ``in``, et les
  validateurs qui n'ont rien à vérifier (``optionnel`` sur ``None``, ``chaque``
  sur un tuple vide) ne sont pas appelés.

Sur le seul chemin d'échec, :func:`diagnostiquer` rejoue chaque validateur de la
classe pour signaler *tous* les invariants enfreints, là où attrs s'arrête au
premier.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Callable
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
)

from fpt_offres import _validateurs as v
from fpt_offres._texte import a_un_substitut
from fpt_offres.conversion._construction import constructible_directement, construction_directe

__all__ = ["est_optionnel", "est_tuple_variable", "structureur"]


def est_optionnel(type_: Any) -> bool:
    """Vrai pour ``X | None`` (un seul type à part ``None``)."""
    arguments = get_args(type_)
    return (
        get_origin(type_) in (Union, types.UnionType)
        and len(arguments) == 2
        and type(None) in arguments
    )


def est_tuple_variable(type_: Any) -> bool:
    """Vrai pour ``tuple[X, ...]``, la seule forme de tuple du modèle."""
    arguments = get_args(type_)
    return get_origin(type_) is tuple and len(arguments) == 2 and arguments[1] is Ellipsis


def interne(type_: Any) -> Any:
    """``X`` pour ``X | None``."""
    return next(a for a in get_args(type_) if a is not type(None))


def structureur(
    converter: cattrs.Converter,
    classe: type[Any],
    taille_max: int,
    pas_un_objet: Callable[[Any], Exception],
    *,
    textes_surs: bool = False,
) -> Callable[[Any, Any], Any]:
    """La fonction, générée, qui lit un dict JSON en instance de ``classe``.

    Un texte est accepté en ligne s'il ne dépasse pas ``taille_max`` caractères
    et ne porte pas de demi-paire de substitution : les conditions du crochet des
    textes, qui reprend tout autre cas. Avec ``textes_surs``, le dict vient d'un
    document que son lecteur garantit déjà ainsi (orjson refuse les demi-paires,
    et le document tient en ``taille_max`` caractères) : ces tests sont omis.
    ``pas_un_objet(valeur)`` est l'erreur levée quand ``valeur`` n'est pas un dict.
    """
    attrs.resolve_types(classe)
    # Un convertisseur qui tolère les clés inconnues les laisse passer, comme avec cattrs.
    tolerant = not getattr(converter, "forbid_extra_keys", False)
    permises = frozenset(a.name for a in attrs.fields(classe))
    variables: dict[str, Any] = {
        "cl": classe,
        "echec": lambda erreurs, lus: _echec(
            classe, erreurs, None if tolerant else set(lus["o"]) - permises, lus
        ),
        "pas_un_objet": pas_un_objet,
        "avn": AttributeValidationNote,
        "MAX": taille_max,
        "substitut": a_un_substitut,
    }
    lignes = [
        "def structurer(o, _=None):",
        "    if type(o) is not dict:",
        "        raise pas_un_objet(o)",
        "    erreurs = None",
        "    lent = False",
        "    lues = 0",  # les clés facultatives lues ; les obligatoires le sont toutes
    ]
    requises = 0
    arguments = []
    for rang, attribut in enumerate(attrs.fields(classe)):
        nom, type_, defaut = attribut.name, attribut.type, attribut.default
        variables[f"t{rang}"] = type_
        if defaut is attrs.NOTHING:
            requises += 1
            lignes += ["    try:", f"        x{rang} = o[{nom!r}]"]
        else:
            if isinstance(defaut, attrs.Factory):  # type: ignore[arg-type]
                if defaut.takes_self:
                    raise TypeError(
                        f"{classe.__name__}.{nom} : un défaut qui dépend de l'instance "
                        "(Factory(takes_self=True)) n'est pas pris en charge"
                    )
                variables[f"f{rang}"] = defaut.factory
                defaut_lu = f"f{rang}()"
            else:
                variables[f"d{rang}"] = defaut
                defaut_lu = f"d{rang}"
            # « in » puis o[…] plutôt que o.get(…, marque) : pas d'appel de méthode, et la
            # plupart des champs facultatifs sont absents.
            lignes += [
                f"    if {nom!r} not in o:",
                f"        x{rang} = {defaut_lu}",
                "    else:",
                "      lues += 1",
                f"      x{rang} = o[{nom!r}]",
                "      try:",
            ]
        lignes += [
            f"        {ligne}"
            for ligne in _lecture(converter, attribut, rang, variables, textes_surs)
        ]
        # La note de chemin que cattrs attache, pour que l'erreur se traduise pareil.
        note = f"avn('Structuring class {classe.__qualname__} @ attribute {nom}', {nom!r}, t{rang})"
        sauf = "    except" if defaut is attrs.NOTHING else "      except"
        lignes += [
            f"{sauf} Exception as e:",
            f"        e.__notes__ = [*getattr(e, '__notes__', ()), {note}]",
            "        erreurs = [*(erreurs or ()), e.with_traceback(None)]",
        ]
        arguments.append(f"{attribut.alias}=x{rang}")
    appel = f"r = cl({', '.join(arguments)})"
    construction = (
        [
            "if lent:",
            f"    {appel}",
            "else:",
            *(f"    {ligne}" for ligne in construction_directe(classe, variables)),
        ]
        if constructible_directement(classe)
        else [appel]
    )
    lignes += [
        "    if erreurs is None:",
        "        try:",
        *(f"            {ligne}" for ligne in construction),
        "        except Exception as e:",
        "            erreurs = [e.with_traceback(None)]",
        "        else:",
        # Sans erreur, toutes les clés obligatoires ont été lues : une clé de plus est inconnue.
        "            return r" if tolerant else f"            if len(o) == {requises} + lues:",
        *([] if tolerant else ["                return r"]),
        # Les valeurs déjà lues (x0, x1…) servent au diagnostic, sans relecture.
        "    raise echec(erreurs, locals())",
    ]
    # Le source est engendré des seuls noms de champs, alias et types des classes du modèle
    # (jamais d'une donnée lue) : exec n'exécute que du code écrit par la bibliothèque.
    exec(  # nosec B102
        compile("\n".join(lignes), f"<fpt_offres structurer {classe.__name__}>", "exec"),
        variables,
    )
    structurer: Callable[[Any, Any], Any] = variables["structurer"]
    structurer.classe = classe  # type: ignore[attr-defined]  # reconnu par _lecture
    return structurer


def _lecture(
    converter: cattrs.Converter,
    attribut: attrs.Attribute[Any],
    rang: int,
    variables: dict[str, Any],
    textes_surs: bool,
) -> list[str]:
    """Les lignes qui lisent ``x{rang}`` (présente) en valeur du type de ``attribut``.

    Le test en ligne n'accepte que ce que le crochet accepterait, et, pour un champ
    validé par :func:`~fpt_offres._validateurs.texte`, que ce que ce validateur
    accepterait : la construction directe s'en dispense alors. Tout autre cas passe
    par le crochet, qui lève l'erreur précise, et met ``lent`` : la construction
    passe alors par ``__init__``, qui lance tous les validateurs.
    """
    x, type_ = f"x{rang}", attribut.type
    optionnel = est_optionnel(type_)
    simple = interne(type_) if optionnel else type_
    variables[f"h{rang}"] = converter.get_structure_hook(simple)
    appel = f"{x} = h{rang}({x}, t{rang})"
    conditions = ["type({e}) is str"]
    if any(v.est_texte(x) for x in v.un_a_un(attribut.validator)):
        appel += "; lent = True"
        conditions += ["{e}", "not {e}.isspace()"]
    if not textes_surs:
        conditions += ["len({e}) <= MAX", "({e}.isascii() or not substitut({e}))"]
    texte_valide = " and ".join(conditions)
    if simple is str:
        accepte = texte_valide.format(e=x)
    elif simple in (int, bool):
        accepte = f"type({x}) is {simple.__name__}"
    elif est_tuple_variable(simple) and _generee(converter, get_args(simple)[0]):
        # Chaque élément lu par l'appel direct de sa fonction générée, en C (map) ; au
        # premier échec, le crochet du tuple relit la liste et signale chaque élément fautif.
        variables[f"g{rang}"] = converter.get_structure_hook(get_args(simple)[0])
        lecture = [
            f"y{rang} = None",
            f"if type({x}) is list:",
            "    try:",
            f"        y{rang} = tuple(map(g{rang}, {x}))",
            "    except Exception:",
            "        pass",
            f"{x} = h{rang}({x}, t{rang}) if y{rang} is None else y{rang}",
        ]
        if optionnel:
            return [f"if {x} is not None:", *(f"    {ligne}" for ligne in lecture)]
        return lecture
    elif est_tuple_variable(simple) and get_args(simple)[0] is str:
        # Une boucle plutôt que all([…]) : une compréhension coûte un appel de fonction.
        return [
            f"if type({x}) is list:",
            f"    for e in {x}:",
            f"        if not ({texte_valide.format(e='e')}):",
            f"            {appel}",
            "            break",
            "    else:",
            f"        {x} = tuple({x})",
            "else:",
            f"    {appel}",
        ]
    elif isinstance(simple, type) and issubclass(simple, enum.Enum):
        variables[f"e{rang}"] = {m._value_: m for m in simple}
        genre = type(next(iter(simple))._value_).__name__
        membre = f"m{rang}"
        condition = f"{membre} is None" + (f" and {x} is not None" if optionnel else "")
        return [
            f"{membre} = e{rang}.get({x}) if type({x}) is {genre} else None",
            f"if {condition}:",
            f"    {appel}",
            "else:",
            f"    {x} = {membre}",
        ]
    elif optionnel:
        return [f"if {x} is not None:", f"    {appel}"]
    else:
        return [appel]
    if optionnel:
        accepte = f"{x} is None or {accepte}"
    return [f"if not ({accepte}):", f"    {appel}"]


def _generee(converter: cattrs.Converter, type_: Any) -> bool:
    """Vrai si ``converter`` lit ``type_`` par une fonction de :func:`structureur`."""
    return (
        attrs.has(type_) and getattr(converter.get_structure_hook(type_), "classe", None) is type_
    )


def _echec(
    classe: type[Any],
    erreurs: list[Exception] | None,
    inconnues: set[str] | None,
    lus: dict[str, Any],
) -> ClassValidationError:
    """L'erreur de lecture de ``classe`` : tous ses problèmes, puis ses clés inconnues.

    ``lus`` tient les variables locales de la fonction générée : ``x{rang}`` est la
    valeur lue du champ de ce rang, sauf si sa lecture a échoué.
    """
    exceptions = _diagnostiquer(classe, lus, erreurs) if erreurs else []
    if inconnues:
        # Un message donné : sans lui, cattrs (avant 25.2) joint les clés dans le sien, ce qui
        # lève TypeError pour une clé de dict Python qui n'est pas un texte (entier, tuple).
        message = f"clés inconnues dans {classe.__name__}"
        exceptions.append(ForbiddenExtraKeysError(message, classe, inconnues))
    return ClassValidationError(f"While structuring {classe.__name__}", exceptions, classe)


def _sur_attribut(erreur: BaseException) -> str | None:
    for note in getattr(erreur, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            return str(note.name)
    return None


# Par classe : pour chaque champ, la variable qui le lit, son nom, l'attribut et ses
# validateurs décrits ; puis s'il y a quelque chose à rejouer. Calculé au premier échec.
_Champs = tuple[tuple[str, str, "attrs.Attribute[Any]", list[Any]], ...]
_PLANS: dict[type[Any], tuple[_Champs, bool]] = {}


def _plan(classe: type[Any]) -> tuple[_Champs, bool]:
    plan = _PLANS.get(classe)
    if plan is None:
        # Le contrôle du type est omis : la lecture ne produit que des valeurs du bon type.
        champs = tuple(
            (f"x{rang}", a.name, a, [x for x in v.a_plat(a.validator) if not v.est_type(x)])
            for rang, a in enumerate(attrs.fields(classe))
        )
        # Un convertisseur de champ change la valeur lue : rejouer sur elle serait faux.
        a_rejouer = (hasattr(classe, "__attrs_post_init__") or any(c[3] for c in champs)) and all(
            a.converter is None for a in attrs.fields(classe)
        )
        plan = _PLANS[classe] = (champs, a_rejouer)
    return plan


def _diagnostiquer(
    classe: type[Any], lus: dict[str, Any], erreurs: list[Exception]
) -> list[Exception]:
    """Tous les invariants enfreints : erreurs de lecture des champs, puis chaque validateur.

    ``erreurs`` sont celles de la lecture des champs, ou la seule que le
    constructeur a levée (attrs s'arrête au premier validateur qui échoue) ; les
    validateurs sont rejoués sur les champs bien lus.
    """
    plan, a_rejouer = _plan(classe)
    if not a_rejouer:
        return list(erreurs)  # rien à rejouer, ou rien qui puisse l'être
    # L'erreur du constructeur, sans note d'attribut, sera retrouvée par le rejeu.
    sur_attribut = [(_sur_attribut(e), e) for e in erreurs]
    gardees = [e for nom, e in sur_attribut if nom]
    echoues = {nom for nom, _ in sur_attribut if nom}
    instance = object.__new__(classe)
    a_valider = []
    for variable, nom, attribut, validateurs in plan:
        if variable in lus and nom not in echoues:
            object.__setattr__(instance, nom, lus[variable])
            a_valider.append((attribut, validateurs))
    trouvees: list[Exception] = []
    for attribut, validateurs in a_valider:
        for validateur in validateurs:
            donnee = getattr(instance, attribut.name)
            try:
                if isinstance(validateur, v._Chaque):  # il signale chaque élément fautif
                    trouvees.extend(validateur.erreurs(instance, attribut, donnee))
                else:
                    validateur(instance, attribut, donnee)
            except AttributeError:
                pass  # invariant croisé qui dépend d'un champ déjà en erreur
            except Exception as erreur:  # ce qu'aurait levé le constructeur
                trouvees.append(erreur.with_traceback(None))
    if len(a_valider) == len(plan) and hasattr(classe, "__attrs_post_init__"):
        try:
            instance.__attrs_post_init__()
        except Exception as erreur:  # ce qu'aurait levé le constructeur
            trouvees.append(erreur.with_traceback(None))
    return [*gardees, *trouvees] if trouvees else list(erreurs)
