"""``fpt-offres valider`` : chaque problème de chaque offre, puis un bilan."""

from __future__ import annotations

import argparse
import sys

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichiers, resultats_de
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import compte, lignes_de_probleme
from fpt_offres.erreurs import OffreInvalide

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    valides, refus = 0, 0
    for etiquette, resultat in resultats_de(arguments.fichiers):
        if isinstance(resultat, OffreInvalide):
            refus += 1
            for ligne in lignes_de_probleme(etiquette, resultat):
                print(ligne)
        else:
            valides += 1
    print(
        f"{compte(valides, 'offre valide', 'offres valides')}, {compte(refus, 'refusée')}",
        file=sys.stderr,
    )
    return Code.REFUS if refus else Code.SUCCES


COMMANDE = Commande(
    "valider",
    "liste chaque problème : « fichier: chemin: message [règle] »",
    _executer,
    ajouter_fichiers,
)
