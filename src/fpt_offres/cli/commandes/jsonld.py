"""``fpt-offres jsonld`` : le JSON-LD schema.org ``JobPosting`` d'une offre."""

from __future__ import annotations

import argparse
import sys

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichier, date_iso
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import ecrire_json, une_offre
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.exports.jsonld import jsonld
from fpt_offres.exports.jsonld_page import proprietes_manquantes

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    offre = une_offre(arguments.fichier, "jsonld")
    if offre is None:
        return Code.REFUS
    try:
        document = jsonld(offre, date_publication=arguments.date_publication)
    except ValeurInvalide as erreur:
        print(f"{arguments.fichier}: --date-publication : {erreur.message}", file=sys.stderr)
        return Code.REFUS
    ecrire_json(document)
    if manquantes := proprietes_manquantes(document):
        # Un avertissement, pas un refus : le site peut compléter le document lui-même.
        print(
            f"{arguments.fichier}: exigé par Google et absent : {', '.join(manquantes)}",
            file=sys.stderr,
        )
    return Code.SUCCES


def _arguments(commande: argparse.ArgumentParser) -> None:
    ajouter_fichier(commande)
    commande.add_argument(
        "--date-publication",
        type=date_iso,
        metavar="AAAA-MM-JJ",
        help="la date de mise en ligne (datePosted), quand l'offre ne donne pas la sienne",
    )


COMMANDE = Commande(
    "jsonld", "écrit le JSON-LD schema.org JobPosting d'une offre", _executer, _arguments
)
