"""``fpt-offres afficher`` : une offre écrite comme une annonce en français."""

from __future__ import annotations

import argparse

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichier, date_iso
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import une_offre
from fpt_offres.rendu import formater

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    offre = une_offre(arguments.fichier, "afficher")
    if offre is None:
        return Code.REFUS
    print(
        formater(
            offre, arguments.format, aujourd_hui=arguments.aujourd_hui, espaces=arguments.espaces
        ),
        end="",
    )
    return Code.SUCCES


def _arguments(commande: argparse.ArgumentParser) -> None:
    ajouter_fichier(commande)
    commande.add_argument(
        "--format",
        choices=("texte", "markdown", "html"),
        default="texte",
        help="texte (par défaut), markdown ou html",
    )
    commande.add_argument(
        "--aujourd-hui",
        type=date_iso,
        metavar="AAAA-MM-JJ",
        help="le jour de référence de la clôture relative (« clôture dans 12 jours ») ; sans lui, rien de relatif",
    )
    commande.add_argument(
        "--espaces",
        choices=("insecables", "simples"),
        default="insecables",
        help="espaces insécables (par défaut) ou simples, pour les systèmes qui ne les prennent pas",
    )


COMMANDE = Commande(
    "afficher", "écrit l'offre comme une annonce en français", _executer, _arguments
)
