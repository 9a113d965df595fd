"""``fpt-offres jsonld`` : le JSON-LD schema.org ``JobPosting`` d'une offre."""

from __future__ import annotations

import argparse

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._sorties import ecrire_json, offres_valides
from fpt_offres.exports.jsonld import jsonld

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    offres, refus = offres_valides([arguments.fichier])
    if refus:
        return 1
    (offre,) = offres
    ecrire_json(jsonld(offre))
    return 0


def _arguments(commande: argparse.ArgumentParser) -> None:
    commande.add_argument(
        "fichier", metavar="FICHIER", help="offre JSON, ou - pour l'entrée standard"
    )


COMMANDE = Commande(
    "jsonld", "écrit le JSON-LD schema.org JobPosting d'une offre", _executer, _arguments
)
