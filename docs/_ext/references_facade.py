"""Extension Sphinx : relie une référence au nom sous lequel l'objet est documenté.

La documentation présente les objets sous leur nom public, celui de la façade
(``fpt_offres.ligne``), alors que leur docstring, écrite dans leur module
(``fpt_offres.exports.ligne``), les cite par leur nom local (``COLONNES``).
Sphinx relie déjà les classes à leur nom d'origine (option ``:canonical:``),
pas les fonctions ni les données. Quand une référence ``py`` reste sans cible,
cette extension importe l'objet qu'elle nomme — dans le module de la référence
ou tel quel — et, si ce même objet est documenté sous un autre nom, y relie la
référence. Seuls les objets de ``fpt_offres`` sont concernés, et jamais les
valeurs scalaires (un ``1`` n'a pas d'identité propre).
"""

from __future__ import annotations

import importlib
from typing import Any

from sphinx.addnodes import pending_xref
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.nodes import make_refnode

__all__ = ["setup"]

_PAQUET = "fpt_offres"
_SCALAIRES = (str, bytes, int, float, bool, type(None))


def _importer(nom: str) -> object | None:
    """L'objet de nom complet ``nom`` (``paquet.module.objet``), ou ``None``."""
    morceaux = nom.split(".")
    for fin in range(len(morceaux), 0, -1):
        try:
            objet: object = importlib.import_module(".".join(morceaux[:fin]))
        except ImportError:
            continue
        try:
            for attribut in morceaux[fin:]:
                objet = getattr(objet, attribut)
        except AttributeError:
            return None
        return objet
    return None


def _index(env: BuildEnvironment) -> dict[int, tuple[str, Any]]:
    """Les objets documentés, par identité : nom complet et entrée du domaine Python."""
    index: dict[int, tuple[str, Any]] = {}
    for nom, entree in env.get_domain("py").objects.items():  # type: ignore[attr-defined]
        if not nom.startswith(_PAQUET + ".") or entree.aliased:
            continue
        objet = _importer(nom)
        if objet is not None and not isinstance(objet, _SCALAIRES):
            index.setdefault(id(objet), (nom, entree))
    return index


def _resoudre(app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: Any) -> Any:
    if node.get("refdomain") != "py":
        return None
    cible = str(node.get("reftarget", "")).lstrip(".~")
    module = node.get("py:module")
    candidats = [f"{module}.{cible}"] if module else []
    candidats.append(cible)
    for candidat in candidats:
        if not candidat.startswith(_PAQUET + "."):
            continue
        objet = _importer(candidat)
        if objet is None or isinstance(objet, _SCALAIRES):
            continue
        trouve = _index(env).get(id(objet))
        if trouve is not None:
            nom, entree = trouve
            return make_refnode(
                app.builder, node["refdoc"], entree.docname, entree.node_id, contnode, nom
            )
    return None


def setup(app: Sphinx) -> dict[str, Any]:
    """Point d'entrée de l'extension."""
    app.connect("missing-reference", _resoudre)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
