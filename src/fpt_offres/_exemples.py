"""Les offres d'exemple fournies avec le paquet, écrites à la main d'après des offres publiées."""

from __future__ import annotations

from functools import cache
from importlib import resources

from fpt_offres.conversion import depuis_json
from fpt_offres.modele import Offre

__all__ = ["exemples", "exemples_nommes"]


@cache
def exemples_nommes() -> tuple[tuple[str, Offre], ...]:
    """Les offres d'exemple avec le nom de leur fichier (``"01-marne-secretaire-general"``)."""
    dossier = resources.files("fpt_offres") / "exemples"
    fichiers = sorted(
        (f for f in dossier.iterdir() if f.name.endswith(".json")), key=lambda f: f.name
    )
    return tuple((f.name.removesuffix(".json"), depuis_json(f.read_bytes())) for f in fichiers)


def exemples() -> tuple[Offre, ...]:
    """Les cinq offres d'exemple, dans l'ordre de leur nom de fichier.

    >>> [o.employeur.nom for o in exemples()][:2]
    ['Département de la Marne', 'Département de la Haute-Marne']
    """
    return tuple(offre for _, offre in exemples_nommes())
