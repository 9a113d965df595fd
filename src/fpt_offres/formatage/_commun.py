"""Ce que partagent les fonctions d'écriture : la locale babel, les espaces, les formats admis."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from fpt_offres.formatage import ESPACE_FINE, ESPACE_INSECABLE

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["choix", "espacer", "locale_babel"]


@cache
def locale_babel(code: str) -> Locale:
    """La locale babel de ``code``, chargée une fois (babel s'importe ici, au premier usage)."""
    from babel import Locale  # noqa: PLC0415  (babel se charge au premier usage)

    return Locale.parse(code)


def espacer(texte: str, espaces: str) -> str:
    if espaces == "insecables":
        return texte
    if espaces == "simples":
        return texte.replace(ESPACE_INSECABLE, " ").replace(ESPACE_FINE, " ")
    message = f"espaces doit valoir « insecables » ou « simples », pas {espaces!r}"
    raise ValueError(message)


def choix(valeur: str, possibles: Iterable[str], nom: str) -> None:
    possibles = tuple(possibles)
    if valeur not in possibles:
        noms = ", ".join(f"« {p} »" for p in possibles)
        message = f"{nom} doit valoir l'un de {noms}, pas {valeur!r}"
        raise ValueError(message)
