"""Les versions du format JSON des offres, et le passage d'une version à la suivante.

Un document porte sa version (clé ``"version"``) ; :data:`VERSION_FORMAT` est celle
qu'écrit :func:`~fpt_offres.vers_dict`.
"""

from __future__ import annotations

from fpt_offres.conversion._crochets import citer
from fpt_offres.erreurs import Probleme

__all__ = ["VERSION_FORMAT", "probleme_de_version"]

VERSION_FORMAT = 1
"""La version du format JSON écrit par :func:`~fpt_offres.vers_dict` (clé ``"version"``)."""


def probleme_de_version(version: object) -> Probleme | None:
    """Le format n'a qu'une version, la 1 : toute autre est refusée avec sa raison."""
    if type(version) is int and version == VERSION_FORMAT:
        return None
    if type(version) is int and version > VERSION_FORMAT:
        raison = (
            f"version de format {citer(version)} écrite par une version plus récente de fpt_offres ; "
            f"celle-ci lit la version {VERSION_FORMAT} : mettre fpt_offres à jour"
        )
    else:
        raison = (
            f"version de format {citer(version)} inconnue : la seule version est {VERSION_FORMAT}"
        )
    return Probleme("version", raison, "version-format")
