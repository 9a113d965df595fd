"""Les offres d'exemple fournies avec le paquet, écrites à la main d'après des offres publiées."""

from __future__ import annotations

from functools import cache
from importlib import resources

from fpt_offres.convert import depuis_json
from fpt_offres.modele import Offre

__all__ = ["exemples"]


@cache
def exemples() -> tuple[Offre, ...]:
    """Les cinq offres d'exemple, dans l'ordre de leur nom de fichier.

    >>> [o.employeur.nom for o in exemples()][:2]
    ['Département de la Marne', 'Département de la Haute-Marne']
    """
    dossier = resources.files("fpt_offres") / "exemples"
    fichiers = sorted(
        (f for f in dossier.iterdir() if f.name.endswith(".json")), key=lambda f: f.name
    )
    return tuple(depuis_json(f.read_bytes()) for f in fichiers)
