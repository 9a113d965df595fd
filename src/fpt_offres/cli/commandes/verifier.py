"""``fpt-offres verifier`` : ce que le droit ou l'usage reprocherait aux offres."""

from __future__ import annotations

import argparse
import collections
import datetime
import sys
from collections.abc import Iterator

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichiers, date_iso
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import Lot, compte, ecrire_liste_json
from fpt_offres.regles import Diagnostic, Severite, verifier

__all__ = ["COMMANDE"]


def _diagnostics(
    lot: Lot, aujourd_hui: datetime.date, nombres: collections.Counter[Severite]
) -> Iterator[tuple[str, Diagnostic]]:
    for etiquette, offre in lot:
        for diagnostic in verifier(offre, aujourd_hui=aujourd_hui):
            nombres[diagnostic.severite] += 1
            yield etiquette, diagnostic


def _executer(arguments: argparse.Namespace) -> int:
    # La bibliothèque ne lit jamais l'horloge ; la commande, si : c'est son rôle.
    aujourd_hui = arguments.aujourd_hui or datetime.date.today()  # noqa: DTZ011
    lot = Lot(arguments.fichiers)
    nombres: collections.Counter[Severite] = collections.Counter()
    diagnostics = _diagnostics(lot, aujourd_hui, nombres)
    if arguments.format == "json":
        ecrire_liste_json({"fichier": e, **d.vers_dict()} for e, d in diagnostics)
    else:
        for etiquette, diagnostic in diagnostics:
            print(f"{etiquette}: {diagnostic.severite.value}: {diagnostic}")
    print(
        f"{lot.bilan('vérifiée')} ; "
        f"{compte(nombres[Severite.ERREUR], 'erreur')}, "
        f"{compte(nombres[Severite.AVERTISSEMENT], 'avertissement')}, "
        f"{compte(nombres[Severite.INFORMATION], 'information')}",
        file=sys.stderr,
    )
    return Code.REFUS if lot.refusees or nombres[Severite.ERREUR] else Code.SUCCES


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
