"""``fpt-offres exemples`` : les offres d'exemple, en JSON Lines ou un fichier par offre."""

from __future__ import annotations

import argparse
from pathlib import Path

from fpt_offres._exemples import exemples_nommes
from fpt_offres.cli._commande import Commande
from fpt_offres.conversion import vers_json

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    if arguments.dossier is None:
        for _, offre in exemples_nommes():
            print(vers_json(offre, indent=None))
        return 0
    dossier = Path(arguments.dossier)
    dossier.mkdir(parents=True, exist_ok=True)
    for nom, offre in exemples_nommes():
        (dossier / f"{nom}.json").write_text(vers_json(offre) + "\n", encoding="utf-8")
        print(dossier / f"{nom}.json")
    return 0


def _arguments(commande: argparse.ArgumentParser) -> None:
    commande.add_argument(
        "--dossier",
        help="écrit un fichier par offre dans ce dossier (sinon : JSON Lines sur la sortie)",
    )


COMMANDE = Commande("exemples", "écrit les offres d'exemple en JSON", _executer, _arguments)
