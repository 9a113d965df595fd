"""Extension Sphinx : des signatures lisibles pour les classes attrs et les énumérations.

Le ``__init__`` qu'attrs engendre a pour valeurs par défaut des objets du
modèle : autodoc afficherait leur ``repr`` complet (``poste: Poste =
Poste(nombre=1, motif=None, ...)``), ou, avec ``autodoc_preserve_defaults``,
le code engendré (``attr_dict['poste'].default``). Cette extension réécrit la
signature des classes attrs avec des valeurs par défaut courtes :
``Poste()`` pour une partie vide, ``()`` pour un tuple vide, ``Versant.TERRITORIALE``
pour un membre d'énumération. Les énumérations, elles, n'ont pas de signature :
on ne les construit pas, on en choisit un membre.
"""

from __future__ import annotations

import enum
import inspect
from typing import Any

import attrs
from sphinx.application import Sphinx
from sphinx.util.inspect import signature as signature_sphinx
from sphinx.util.inspect import stringify_signature

__all__ = ["setup"]


class _Defaut:
    """Une valeur par défaut, représentée par un texte choisi."""

    def __init__(self, texte: str) -> None:
        self.texte = texte

    def __repr__(self) -> str:
        return self.texte


def _decrire(valeur: object) -> str:
    if isinstance(valeur, enum.Enum):
        return f"{type(valeur).__name__}.{valeur.name}"
    if attrs.has(type(valeur)):
        try:
            vide = type(valeur)()
        except TypeError:  # des champs obligatoires : pas de forme courte
            return repr(valeur)
        if vide == valeur:
            return f"{type(valeur).__name__}()"
    return repr(valeur)


def _signature(
    _app: Sphinx,
    what: str,
    _name: str,
    obj: Any,
    _options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    if what not in {"class", "exception"} or not isinstance(obj, type):
        return None
    if issubclass(obj, enum.Enum):
        return "", return_annotation
    if not attrs.has(obj) or signature is None:
        return None
    sig = signature_sphinx(obj)
    parametres = [
        p.replace(default=_Defaut(_decrire(p.default)))
        if p.default is not inspect.Parameter.empty
        else p
        for p in sig.parameters.values()
    ]
    nouvelle = sig.replace(parameters=parametres, return_annotation=inspect.Signature.empty)
    return stringify_signature(nouvelle, unqualified_typehints=True), return_annotation


def setup(app: Sphinx) -> dict[str, Any]:
    """Point d'entrée de l'extension."""
    app.connect("autodoc-process-signature", _signature)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
