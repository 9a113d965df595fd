"""``fpt-offres exemples`` : les offres d'exemple, en JSON Lines ou un fichier par offre."""

from __future__ import annotations

import argparse
from pathlib import Path

from fpt_offres._exemples import exemples_nommes
from fpt_offres.cli._commande import Commande
from fpt_offres.cli._erreurs import Code, EcritureImpossible, decrire, defaut_de_chemin
from fpt_offres.conversion import vers_json

__all__ = ["COMMANDE"]


def _executer(arguments: argparse.Namespace) -> int:
    if arguments.dossier is None:
        for _, offre in exemples_nommes():
            print(vers_json(offre, indent=None))
        return Code.SUCCES
    dossier = Path(arguments.dossier)
    if defaut := defaut_de_chemin(arguments.dossier):
        raise EcritureImpossible(f"dossier : {defaut}")
    if dossier.exists() and not dossier.is_dir():
        raise EcritureImpossible(f"{dossier} existe et n'est pas un dossier")
    try:
        dossier.mkdir(parents=True, exist_ok=True)
    except OSError as erreur:
        message = f"dossier {dossier} impossible à créer : {decrire(erreur)}"
        raise EcritureImpossible(message) from None
    for nom, offre in exemples_nommes():
        fichier = dossier / f"{nom}.json"
        try:
            fichier.write_text(vers_json(offre) + "\n", encoding="utf-8")
        except OSError as erreur:
            raise EcritureImpossible(f"{fichier} impossible à écrire : {decrire(erreur)}") from None
        print(fichier)
    return Code.SUCCES


def _arguments(commande: argparse.ArgumentParser) -> None:
    commande.add_argument(
        "--dossier",
        help="écrit un fichier par offre dans ce dossier (sinon : JSON Lines sur la sortie)",
    )


COMMANDE = Commande("exemples", "écrit les offres d'exemple en JSON", _executer, _arguments)
