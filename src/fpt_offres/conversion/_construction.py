"""La construction directe d'une classe figée, écrite dans sa fonction de lecture générée.

:mod:`~fpt_offres.conversion._structure` y recourt quand l'``__init__`` qu'attrs a
écrit ne fait qu'affecter chaque champ, lancer ses validateurs, puis
``__attrs_post_init__`` : les lignes générées ici font le même travail, sans l'appel
à arguments nommés.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import attrs
from attr import _config as config_attrs

from fpt_offres import _validateurs as v

__all__ = ["constructible_directement", "construction_directe"]


def constructible_directement(classe: type[Any]) -> bool:
    """Vrai si l'``__init__`` qu'attrs a écrit pour ``classe`` ne fait qu'affecter chaque
    champ, lancer ses validateurs, puis ``__attrs_post_init__`` : ce que
    :func:`construction_directe` refait."""
    try:
        proprietes = attrs.inspect(classe)
    except attrs.exceptions.NotAnAttrsClassError:
        return False  # une sous-classe non décorée, dont l'__init__ peut tout faire
    return (
        proprietes.added_init
        and not proprietes.is_exception
        and proprietes.hashability is not proprietes.Hashability.HASHABLE_CACHED
        # L'__init__ d'une classe figée affecte par object.__setattr__, comme ici.
        and proprietes.is_frozen
        and not hasattr(classe, "__attrs_pre_init__")
        and all(a.init and a.converter is None for a in attrs.fields(classe))
    )


def construction_directe(classe: type[Any], variables: dict[str, Any]) -> list[str]:
    """Les lignes qui construisent ``r`` sans passer par ``__init__``.

    Elles font ce que fait l'``__init__`` d'attrs, moins l'appel par mots-clés et
    les validateurs de texte déjà vérifiés en ligne par la lecture générée : le même
    objet, trois fois plus vite pour une petite classe. Chaque champ s'écrit par le
    ``__set__`` de son descripteur de slot, pris une fois ici (l'``object.__setattr__``
    de l'``__init__`` le cherche à chaque appel) ; un validateur de
    :func:`~fpt_offres._validateurs.optionnel` n'est appelé que hors de ``None``, et
    un validateur de :func:`~fpt_offres._validateurs.chaque` que pour un tuple non vide,
    où seulement il a quelque chose à vérifier.
    """
    variables["nouveau"] = object.__new__
    variables["affecteur"] = object.__setattr__.__get__
    # Le réglage global qu'attrs.validators.set_disabled() change, lu comme le lit l'__init__
    # d'attrs : un appel de get_disabled() par objet coûterait autant qu'un validateur.
    variables["config_attrs"] = config_attrs
    lignes = ["r = nouveau(cl)"]
    ecrivains = _slots(classe)
    if ecrivains is None:
        lignes.append("s = affecteur(r)")
    validations = []
    for rang, attribut in enumerate(attrs.fields(classe)):
        if ecrivains is None:
            lignes.append(f"s({attribut.name!r}, x{rang})")
        else:
            variables[f"p{rang}"] = ecrivains[attribut.name]
            lignes.append(f"p{rang}(r, x{rang})")
        variables[f"a{rang}"] = attribut
        for numero, validateur in enumerate(v.un_a_un(attribut.validator)):
            if v.est_texte(validateur) or v.est_type(validateur):
                continue
            nom = f"v{rang}_{numero}"
            appel = f"{nom}(r, a{rang}, x{rang})"
            interne = v.sauf_none(validateur)
            if interne is not None:
                variables[nom] = interne
                validations.append(f"    if x{rang} is not None: {appel}")
            elif isinstance(v.description(validateur), v._Chaque):
                variables[nom] = validateur
                validations.append(f"    if x{rang}: {appel}")
            else:
                variables[nom] = validateur
                validations.append(f"    {appel}")
    if validations:
        lignes += ["if config_attrs._run_validators is True:", *validations]
    if hasattr(classe, "__attrs_post_init__"):
        lignes.append("r.__attrs_post_init__()")
    return lignes


def _slots(classe: type[Any]) -> dict[str, Callable[[Any, Any], None]] | None:
    """Le ``__set__`` du descripteur de slot de chaque champ, tel que ``object.__setattr__``
    le trouve (le premier de l'ordre de résolution) ; ``None`` si un champ n'en a pas."""
    ecrivains = {}
    for attribut in attrs.fields(classe):
        trouve = next(
            (c.__dict__[attribut.name] for c in classe.__mro__ if attribut.name in c.__dict__), None
        )
        if type(trouve) is not types.MemberDescriptorType:
            return None
        ecrivains[attribut.name] = trouve.__set__
    return ecrivains
