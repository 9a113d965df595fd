"""``fpt-offres jsonld`` : le JSON-LD schema.org ``JobPosting`` d'une offre."""

from __future__ import annotations

import argparse

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichier
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import ecrire_json, une_offre
from fpt_offres.exports.jsonld import jsonld

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    offre = une_offre(arguments.fichier, "jsonld")
    if offre is None:
        return Code.REFUS
    ecrire_json(jsonld(offre))
    return Code.SUCCES


COMMANDE = Commande(
    "jsonld", "écrit le JSON-LD schema.org JobPosting d'une offre", _executer, ajouter_fichier
)
