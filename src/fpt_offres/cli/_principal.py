"""Le point d'entrée : analyse des arguments, lancement de la commande, code de sortie."""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence

from fpt_offres.cli._analyseur import analyseur
from fpt_offres.cli.commandes import COMMANDES

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Point d'entrée ; rend le code de sortie."""
    for flux in (sys.stdout, sys.stderr):
        if isinstance(flux, io.TextIOWrapper):
            flux.reconfigure(encoding="utf-8")
    arguments = analyseur(COMMANDES).parse_args(argv)
    try:
        return int(arguments.action(arguments))
    except BrokenPipeError:
        # La sortie a été fermée avant la fin (« | head ») : ce n'est pas une erreur.
        sys.stdout = None  # évite une seconde erreur à la fermeture
        return 0
