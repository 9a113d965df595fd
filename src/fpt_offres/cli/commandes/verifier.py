"""``fpt-offres verifier`` : ce que le droit ou l'usage reprocherait aux offres."""

from __future__ import annotations

import argparse
import datetime

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichiers, date_iso, resultats_de
from fpt_offres.cli._sorties import ecrire_json, signaler
from fpt_offres.erreurs import OffreInvalide
from fpt_offres.regles import Severite, verifier

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    # La bibliothèque ne lit jamais l'horloge ; la commande, si : c'est son rôle.
    aujourd_hui = arguments.aujourd_hui or datetime.date.today()  # noqa: DTZ011
    rapport: list[dict[str, object]] = []
    erreur_trouvee = False
    for etiquette, resultat in resultats_de(arguments.fichiers):
        if isinstance(resultat, OffreInvalide):
            signaler(etiquette, resultat)
            erreur_trouvee = True
            continue
        for diagnostic in verifier(resultat, aujourd_hui=aujourd_hui):
            erreur_trouvee |= diagnostic.severite is Severite.ERREUR
            if arguments.format == "json":
                rapport.append({"fichier": etiquette, **diagnostic.vers_dict()})
            else:
                print(f"{etiquette}: {diagnostic.severite.value}: {diagnostic}")
    if arguments.format == "json":
        ecrire_json(rapport)
    return int(erreur_trouvee)


def _arguments(commande: argparse.ArgumentParser) -> None:
    ajouter_fichiers(commande)
    commande.add_argument(
        "--format", choices=("texte", "json"), default="texte", help="texte (par défaut) ou json"
    )
    commande.add_argument(
        "--aujourd-hui",
        type=date_iso,
        metavar="AAAA-MM-JJ",
        help="le jour de référence (date limite dépassée…) ; par défaut, aujourd'hui",
    )


COMMANDE = Commande(
    "verifier",
    "signale ce que le droit ou l'usage reprocherait aux offres (erreurs, avertissements, informations)",
    _executer,
    _arguments,
)
