"""La conversion entre le modèle et JSON : le bord de la maison, hors du modèle.

Tout ce qui touche au format JSON des offres vit ici : le convertisseur cattrs
(:mod:`~fpt_offres.conversion.convert`), ses crochets de lecture
(``_crochets``), ses fonctions d'écriture (``_ecriture``) et les fonctions de
lecture générées par classe (``_structure``), la lecture en flux de JSON Lines
(:mod:`~fpt_offres.conversion.jsonl`) et les versions du format
(:mod:`~fpt_offres.conversion.migrations`).

>>> from fpt_offres import exemples
>>> from fpt_offres.conversion import depuis_json, vers_json
>>> depuis_json(vers_json(exemples()[0])) == exemples()[0]
True
"""

# Attache à Offre sa réduction pickle par le JSON compact (le modèle n'importe pas ce paquet).
from fpt_offres.conversion import _pickle  # noqa: F401
from fpt_offres.conversion.convert import (
    TAILLE_MAX,
    Convertisseur,
    configure_converter,
    depuis_dict,
    depuis_json,
    make_converter,
    vers_dict,
    vers_json,
)
from fpt_offres.conversion.jsonl import iterer_jsonl, lire_jsonl
from fpt_offres.conversion.migrations import VERSION_FORMAT

__all__ = [
    "TAILLE_MAX",
    "VERSION_FORMAT",
    "Convertisseur",
    "configure_converter",
    "depuis_dict",
    "depuis_json",
    "iterer_jsonl",
    "lire_jsonl",
    "make_converter",
    "vers_dict",
    "vers_json",
]
