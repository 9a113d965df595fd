"""L'ancien chemin du convertisseur, gardé pour les programmes qui l'importent.

Le convertisseur vit dans :mod:`fpt_offres.conversion` ; ce module en reprend
les noms publics, à l'identique.

>>> from fpt_offres import conversion, convert
>>> convert.make_converter is conversion.make_converter
True
"""

from fpt_offres.conversion import (
    TAILLE_MAX,
    VERSION_FORMAT,
    Convertisseur,
    configure_converter,
    depuis_dict,
    depuis_json,
    make_converter,
    vers_dict,
    vers_json,
)

__all__ = [
    "TAILLE_MAX",
    "VERSION_FORMAT",
    "Convertisseur",
    "configure_converter",
    "depuis_dict",
    "depuis_json",
    "make_converter",
    "vers_dict",
    "vers_json",
]
