"""L'analyseur d'arguments de ``fpt-offres``, construit depuis le registre des commandes.

Ses messages sont ceux d'argparse, en français par :func:`~fpt_offres.cli._francais.en_francais` :
l'analyseur se construit et s'emploie dans ce bloc.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any

from fpt_offres.cli._commande import Commande

__all__ = ["analyseur"]

_CODES = """\
codes de sortie :
  0    succès
  1    entrée refusée (offre invalide, fichier absent, illisible, vide ou trop gros),
       ou diagnostic « erreur » de verifier
  2    mauvais usage (commande, option ou valeur d'option)
  3    écriture impossible (sortie standard pleine ou fermée, dossier de la commande exemples)
  4    erreur interne de fpt_offres (un défaut, à signaler)
  130  interrompu (Ctrl-C)"""


class _Analyseur(argparse.ArgumentParser):
    """Un analyseur dont l'aide répond à ``-h``, ``--help`` et ``--aide``."""

    def __init__(self, **options: Any) -> None:
        super().__init__(
            add_help=False, formatter_class=argparse.RawDescriptionHelpFormatter, **options
        )
        self._positionals.title = "arguments"
        self.add_argument(
            "-h", "--help", "--aide", action="help", help="affiche cette aide et s'arrête"
        )


def analyseur(commandes: Iterable[Commande], version: str) -> argparse.ArgumentParser:
    """L'analyseur de ``fpt-offres``, une sous-commande par élément de ``commandes``."""
    racine = _Analyseur(
        prog="fpt-offres",
        description="Offres d'emploi de la fonction publique : valider, convertir, résumer.",
        epilog=f"{_CODES}\n\nAide d'une commande : fpt-offres COMMANDE --help",
    )
    racine.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {version}",
        help="affiche la version et s'arrête",
    )
    sous_commandes = racine.add_subparsers(
        dest="commande", required=True, metavar="COMMANDE", title="commandes"
    )
    for commande in commandes:
        sous = sous_commandes.add_parser(
            commande.nom, help=commande.aide, description=commande.aide, epilog=_CODES
        )
        sous.set_defaults(action=commande.executer)
        commande.arguments(sous)
    return racine
