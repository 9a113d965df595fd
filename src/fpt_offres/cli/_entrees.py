"""La lecture des entrées : fichiers JSON, JSON Lines, entrée standard."""

from __future__ import annotations

import argparse
import datetime
import io
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from fpt_offres.conversion import TAILLE_MAX, depuis_json, iterer_jsonl
from fpt_offres.erreurs import OffreInvalide, Probleme
from fpt_offres.modele import Offre

__all__ = ["Resultat", "ajouter_fichiers", "date_iso", "resultats_de"]

Resultat = Offre | OffreInvalide


def _refus(message: str, regle: str) -> OffreInvalide:
    return OffreInvalide([Probleme("", message, regle)])


def _octets(chemin: str) -> bytes:
    """Le contenu d'un fichier (ou de l'entrée standard), sans lire au-delà de la taille admise."""
    if chemin == "-":
        return sys.stdin.buffer.read(TAILLE_MAX + 1)
    fichier = Path(chemin)
    if not fichier.is_file():
        raise _refus(
            "fichier introuvable" if not fichier.exists() else "ce n'est pas un fichier", "fichier"
        )
    if fichier.stat().st_size > TAILLE_MAX:
        raise _refus(f"fichier trop gros pour une offre (plus de {TAILLE_MAX} octets)", "taille")
    return fichier.read_bytes()


def _resultats(chemin: str) -> Iterator[tuple[str, Resultat]]:
    """Chaque offre lue dans ``chemin``, ou l'erreur qui la refuse, avec son étiquette."""
    if chemin.endswith(".jsonl"):
        if not Path(chemin).is_file():
            yield chemin, _refus("fichier introuvable", "fichier")
            return
        for numero, resultat in iterer_jsonl(chemin):
            yield f"{chemin}:{numero}", resultat
        return
    try:
        contenu = _octets(chemin)
        if not contenu.strip():
            raise _refus("fichier vide", "vide")
        if chemin == "-" and _plusieurs_documents(contenu):
            for numero, resultat in iterer_jsonl(io.BytesIO(contenu)):
                yield f"-:{numero}", resultat
            return
        yield chemin, depuis_json(contenu)
    except OffreInvalide as erreur:
        yield chemin, erreur


def _plusieurs_documents(contenu: bytes) -> bool:
    """Vrai quand l'entrée standard porte des JSON Lines plutôt qu'un seul document."""
    try:
        json.loads(contenu)
    except json.JSONDecodeError as erreur:
        return erreur.msg == "Extra data"
    except (UnicodeDecodeError, RecursionError):
        return False
    return False


def resultats_de(chemins: Sequence[str]) -> Iterator[tuple[str, Resultat]]:
    """Chaque offre lue dans ``chemins``, ou l'erreur qui la refuse, avec son étiquette."""
    for chemin in chemins:
        yield from _resultats(chemin)


def ajouter_fichiers(commande: argparse.ArgumentParser, *, au_moins_un: bool = True) -> None:
    """Déclare l'argument ``FICHIER…`` des commandes qui lisent des lots d'offres."""
    commande.add_argument(
        "fichiers",
        nargs="+" if au_moins_un else "*",
        metavar="FICHIER",
        help="offre JSON, fichier .jsonl (une offre par ligne), ou - pour l'entrée standard",
    )


def date_iso(texte: str) -> datetime.date:
    """La date ``AAAA-MM-JJ`` d'une option ; sinon, une erreur d'usage."""
    try:
        return datetime.date.fromisoformat(texte)
    except ValueError:
        message = f"date AAAA-MM-JJ attendue, reçu {texte!r}"
        raise argparse.ArgumentTypeError(message) from None
