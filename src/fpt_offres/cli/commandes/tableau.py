"""``fpt-offres tableau`` : les offres en CSV, une ligne par offre, écrite dès qu'elle est lue."""

from __future__ import annotations

import argparse
import sys

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichiers
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import Lot
from fpt_offres.exports.tableau import ecrire_csv

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    lot = Lot(arguments.fichiers)
    ecrire_csv(lot.offres(), sys.stdout, excel=arguments.excel)
    print(lot.bilan("écrite"), file=sys.stderr)
    return Code.REFUS if lot.refusees else Code.SUCCES


def _arguments(commande: argparse.ArgumentParser) -> None:
    ajouter_fichiers(commande)
    commande.add_argument(
        "--excel",
        action="store_true",
        help="pour un tableur français : points-virgules, BOM, virgule décimale, formules neutralisées",
    )


COMMANDE = Commande(
    "tableau", "écrit les offres en CSV UTF-8 sur la sortie standard", _executer, _arguments
)
