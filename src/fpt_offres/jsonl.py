"""L'ancien chemin de la lecture JSON Lines, gardé pour les programmes qui l'importent.

La lecture en flux vit dans :mod:`fpt_offres.conversion.jsonl` ; ce module en
reprend les noms publics, à l'identique.

>>> from fpt_offres import conversion, jsonl
>>> jsonl.lire_jsonl is conversion.lire_jsonl
True
"""

from fpt_offres.conversion import iterer_jsonl, lire_jsonl

__all__ = ["iterer_jsonl", "lire_jsonl"]
