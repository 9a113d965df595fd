"""``fpt-offres valider`` : chaque problème de chaque offre, puis un bilan."""

from __future__ import annotations

import argparse
import sys

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichiers, resultats_de
from fpt_offres.erreurs import OffreInvalide

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    valides, refus = 0, 0
    for etiquette, resultat in resultats_de(arguments.fichiers):
        if isinstance(resultat, OffreInvalide):
            refus += 1
            for probleme in resultat.problemes:
                print(f"{etiquette}: {probleme.chemin or '(racine)'}: {probleme.message}")
        else:
            valides += 1
    print(f"{valides} offre(s) valide(s), {refus} refusée(s)", file=sys.stderr)
    return int(refus > 0)


COMMANDE = Commande(
    "valider",
    "liste chaque problème : « fichier: chemin: message »",
    _executer,
    ajouter_fichiers,
)
