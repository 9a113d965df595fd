"""Ce qu'une commande déclare : son nom, son aide, ses arguments et son action."""

from __future__ import annotations

import argparse
from collections.abc import Callable

import attrs

__all__ = ["Commande"]


def _sans_argument(_commande: argparse.ArgumentParser) -> None:
    """Une commande qui ne prend ni argument ni option."""


@attrs.frozen
class Commande:
    """Une sous-commande de ``fpt-offres``.

    Attributes:
        nom: le mot qui la lance (``"valider"``).
        aide: une phrase, montrée par ``fpt-offres --help`` et en tête de son aide.
        executer: l'action ; rend le code de sortie.
        arguments: déclare ses arguments et options sur son analyseur.
    """

    nom: str
    aide: str
    executer: Callable[[argparse.Namespace], int]
    arguments: Callable[[argparse.ArgumentParser], None] = _sans_argument
