"""L'analyseur d'arguments, en français, construit depuis le registre des commandes."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from fpt_offres.cli._commande import Commande

__all__ = ["analyseur"]


class _Formateur(argparse.HelpFormatter):
    """Les intitulés d'argparse en français (« utilisation : »)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


# Les messages d'erreur d'argparse qu'un utilisateur rencontre, traduits.
_TRADUCTIONS = (
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        r"\1 : choix invalide \2 (choisir parmi \3)",
    ),
    (
        re.compile(r"the following arguments are required: (.*)"),
        r"arguments obligatoires manquants : \1",
    ),
    (re.compile(r"unrecognized arguments: (.*)"), r"arguments non reconnus : \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 : une valeur est attendue"),
)


class _Analyseur(argparse.ArgumentParser):
    """Un analyseur d'arguments qui parle français."""

    def __init__(self, **options: Any) -> None:
        super().__init__(formatter_class=_Formateur, add_help=False, **options)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--aide", action="help", help="affiche cette aide et s'arrête")

    def error(self, message: str) -> NoReturn:
        for motif, traduction in _TRADUCTIONS:
            message = motif.sub(traduction, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def analyseur(commandes: Iterable[Commande]) -> argparse.ArgumentParser:
    """L'analyseur de ``fpt-offres``, une sous-commande par élément de ``commandes``."""
    racine = _Analyseur(
        prog="fpt-offres",
        description="Offres d'emploi de la fonction publique : valider, convertir, résumer.",
        epilog="Codes de sortie : 0 succès, 1 entrée refusée, 2 mauvais usage.",
    )
    sous_commandes = racine.add_subparsers(
        dest="commande",
        required=True,
        metavar="COMMANDE",
        title="commandes",
        parser_class=_Analyseur,
    )
    for commande in commandes:
        sous = sous_commandes.add_parser(
            commande.nom, help=commande.aide, description=commande.aide
        )
        sous.set_defaults(action=commande.executer)
        commande.arguments(sous)
    return racine
