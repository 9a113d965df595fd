"""Les messages du décodeur JSON de la bibliothèque standard, en français.

:class:`json.JSONDecodeError` porte son message sans position (``msg``) :
chacun de ceux que CPython 3.10 à 3.13 écrit (``json/decoder.py``,
``Modules/_json.c``) a sa traduction ; un message inconnu reste tel quel.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from fpt_offres.conversion._doublons import paires
from fpt_offres.erreurs import OffreInvalide, Probleme

__all__ = ["charger", "illisible"]

_MESSAGES = {
    "Expecting value": "valeur attendue",
    "Expecting property name enclosed in double quotes": (
        "nom de clé entre guillemets droits attendu"
    ),
    "Expecting ':' delimiter": "deux-points attendu",
    "Expecting ',' delimiter": "virgule attendue",
    "Extra data": "texte après la fin du document",
    "Unterminated string starting at": "chaîne non terminée",
    "Invalid control character at": "caractère de contrôle dans une chaîne",
    "Invalid \\escape": "échappement invalide",
    "Invalid \\uXXXX escape": "échappement \\uXXXX invalide",
    "Illegal trailing comma before end of object": "virgule en trop avant la fin de l'objet",
    "Illegal trailing comma before end of array": "virgule en trop avant la fin du tableau",
    "Unexpected UTF-8 BOM (decode using utf-8-sig)": "marque d'ordre des octets (BOM) en tête",
}


def illisible(erreur: json.JSONDecodeError, premiere_ligne: int = 1) -> str:
    """Ce que dit ``erreur``, en français, avec sa ligne comptée depuis ``premiere_ligne``.

    >>> try:
    ...     json.loads('{"a" 1}')
    ... except json.JSONDecodeError as erreur:
    ...     print(illisible(erreur, premiere_ligne=3))
    JSON illisible ligne 3, colonne 6 : deux-points attendu
    """
    message = _MESSAGES.get(erreur.msg)
    if message is None and erreur.msg.startswith("Invalid control character"):
        message = _MESSAGES["Invalid control character at"]  # la version Python cite le caractère
    return (
        f"JSON illisible ligne {erreur.lineno + premiere_ligne - 1}, colonne {erreur.colno} : "
        f"{message or erreur.msg}"
    )


def charger(texte: str | bytes, premiere_ligne: int = 1, *, decimaux: bool = True) -> Any:
    """Le document JSON ``texte`` (nombres à virgule en ``Decimal`` si ``decimaux``, clés en
    double gardées pour :func:`~fpt_offres.conversion._doublons.problemes`), ou
    :class:`OffreInvalide` qui dit en français pourquoi il ne se lit pas."""
    try:
        # Décodé ici plutôt que par json.loads, qui devinerait aussi l'UTF-16 et l'UTF-32.
        texte = texte.decode("utf-8") if isinstance(texte, bytes) else texte
        return json.loads(
            texte, parse_float=Decimal if decimaux else float, object_pairs_hook=paires
        )
    except json.JSONDecodeError as erreur:
        probleme = Probleme("", illisible(erreur, premiere_ligne), "json")
    except UnicodeDecodeError as erreur:
        message = f"octets qui ne sont pas de l'UTF-8 (position {erreur.start})"
        probleme = Probleme("", message, "encodage")
    except RecursionError:
        probleme = Probleme("", "imbrication trop profonde", "profondeur")
    except ValueError as erreur:  # un entier de plus de 4 300 chiffres, par exemple
        probleme = Probleme("", f"JSON illisible : {erreur}", "json")
    raise OffreInvalide([probleme])
