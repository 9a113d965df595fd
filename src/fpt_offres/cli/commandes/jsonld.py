"""``fpt-offres jsonld`` : le JSON-LD schema.org ``JobPosting`` d'une offre."""

from __future__ import annotations

import argparse
import sys

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import date_iso
from fpt_offres.cli._sorties import ecrire_json, offres_valides
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.exports.jsonld import jsonld
from fpt_offres.exports.jsonld_page import proprietes_manquantes

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    offres, refus = offres_valides([arguments.fichier])
    if refus:
        return 1
    (offre,) = offres
    try:
        document = jsonld(offre, date_publication=arguments.date_publication)
    except ValeurInvalide as erreur:
        print(f"{arguments.fichier}: --date-publication : {erreur.message}", file=sys.stderr)
        return 1
    ecrire_json(document)
    if manquantes := proprietes_manquantes(document):
        # Un avertissement, pas un refus : le site peut compléter le document lui-même.
        print(
            f"{arguments.fichier}: exigé par Google et absent : {', '.join(manquantes)}",
            file=sys.stderr,
        )
    return 0


def _arguments(commande: argparse.ArgumentParser) -> None:
    commande.add_argument(
        "fichier", metavar="FICHIER", help="offre JSON, ou - pour l'entrée standard"
    )
    commande.add_argument(
        "--date-publication",
        type=date_iso,
        metavar="AAAA-MM-JJ",
        help="la date de mise en ligne (datePosted), quand l'offre ne donne pas la sienne",
    )


COMMANDE = Commande(
    "jsonld", "écrit le JSON-LD schema.org JobPosting d'une offre", _executer, _arguments
)
