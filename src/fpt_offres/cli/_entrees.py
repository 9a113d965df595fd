"""La lecture des entrées : documents JSON, JSON Lines, entrée standard.

Chaque entrée donne des offres, ou l'erreur qui refuse une offre ou le fichier
entier, avec une étiquette : le chemin, suivi du numéro de ligne en JSON Lines.
Rien n'échappe en exception : un fichier absent, un dossier, un refus de lecture
ou une erreur du disque deviennent une :class:`~fpt_offres.OffreInvalide` de
règle ``fichier``. La mémoire reste constante : une ligne à la fois, bornée.
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from typing import BinaryIO, TypeVar

from fpt_offres.cli._erreurs import decrire, defaut_de_chemin
from fpt_offres.cli._progression import Progression
from fpt_offres.conversion import TAILLE_MAX, depuis_json, iterer_jsonl
from fpt_offres.erreurs import OffreInvalide, Probleme
from fpt_offres.modele import Offre

__all__ = [
    "BOM",
    "Resultat",
    "ajouter_fichier",
    "ajouter_fichiers",
    "date_iso",
    "lignes_bornees",
    "refus",
    "resultats_de",
    "suivi",
    "taille_connue",
]

Resultat = Offre | OffreInvalide
_Lu = TypeVar("_Lu")

BOM = b"\xef\xbb\xbf"  # la marque d'ordre des octets qu'écrivent des outils Windows
SUFFIXES_LIGNES = (".jsonl", ".ndjson")  # JSON Lines (jsonlines.org) et NDJSON : le même format


class _Vide(Exception):
    """L'entrée ne contient aucune offre."""


def refus(message: str, regle: str) -> OffreInvalide:
    return OffreInvalide([Probleme("", message, regle)])


def lignes_bornees(flux: BinaryIO, progression: Progression) -> Iterator[bytes]:
    """Les lignes de ``flux``, sans BOM en tête ; une ligne trop longue est coupée.

    Une ligne de plus de ``TAILLE_MAX`` octets n'est jamais lue en entier : son début
    suffit pour que :func:`~fpt_offres.depuis_json` la refuse pour sa taille.
    """
    limite = TAILLE_MAX + 1
    premiere = True
    while ligne := flux.readline(limite):
        progression.lire(len(ligne))
        yield ligne.removeprefix(BOM) if premiere else ligne
        premiere = False
        suite = ligne
        while len(suite) == limite and not suite.endswith(b"\n"):
            suite = flux.readline(limite)
            progression.lire(len(suite))


def _lignes_non_vides(lignes: Iterable[bytes]) -> Iterator[bytes]:
    """``lignes`` telles quelles ; :class:`_Vide` si aucune ne porte de texte."""
    vide = True
    for ligne in lignes:
        vide = vide and not ligne.strip()
        yield ligne
    if vide:
        raise _Vide


def _json_lines(etiquette: str, lignes: Iterable[bytes]) -> Iterator[tuple[str, Resultat]]:
    for numero, resultat in iterer_jsonl(_lignes_non_vides(lignes)):
        yield f"{etiquette}:{numero}", resultat


def _document(flux: BinaryIO, progression: Progression, debut: bytes = b"") -> Offre:
    """L'offre du document entier de ``flux`` (après ``debut``, déjà lu)."""
    reste = TAILLE_MAX + 1 - len(debut)
    contenu = debut + flux.read(reste) if reste > 0 else debut
    progression.lire(len(contenu) - len(debut))
    if len(contenu) > TAILLE_MAX:
        limite = f"{TAILLE_MAX:_}".replace("_", " ")
        message = f"fichier trop gros : plus de {limite} octets, ce n'est pas une offre"
        raise refus(message, "taille")
    contenu = contenu.removeprefix(BOM)
    if not contenu.strip():
        raise _Vide
    return depuis_json(contenu)


def _entree_standard(progression: Progression) -> Iterator[tuple[str, Resultat]]:
    """L'entrée standard : un document JSON, ou des JSON Lines lus en flux.

    C'est du JSON Lines quand la première ligne non vide est à elle seule un
    document JSON complet ; la première ligne d'un document indenté (« { ») ne l'est pas.
    """
    flux = sys.stdin.buffer
    lignes = lignes_bornees(flux, progression)
    lues: list[bytes] = []
    for ligne in lignes:
        lues.append(ligne)
        if ligne.strip():
            break
    if not lues or not lues[-1].strip():
        raise _Vide
    if _document_complet(lues[-1]):
        yield from _json_lines("-", itertools.chain(lues, lignes))
    else:
        yield "-", _document(flux, progression, b"".join(lues))


def _document_complet(ligne: bytes) -> bool:
    try:
        json.loads(ligne)
    except (ValueError, RecursionError):  # JSONDecodeError et UnicodeDecodeError en sont
        return False
    return True


def _fichier(chemin: str, progression: Progression) -> Iterator[tuple[str, Resultat]]:
    if defaut := defaut_de_chemin(chemin):
        raise refus(defaut, "fichier")
    with open(chemin, "rb") as flux:
        if chemin.lower().endswith(SUFFIXES_LIGNES):
            yield from _json_lines(chemin, lignes_bornees(flux, progression))
        else:
            yield chemin, _document(flux, progression)


def _resultats(chemin: str, progression: Progression) -> Iterator[tuple[str, Resultat]]:
    """Chaque offre lue dans ``chemin``, ou l'erreur qui la refuse, avec son étiquette."""
    lecture = _entree_standard(progression) if chemin == "-" else _fichier(chemin, progression)
    try:
        yield from lecture
    except OffreInvalide as erreur:
        yield chemin, erreur
    except _Vide:
        quoi = "entrée standard vide" if chemin == "-" else "fichier vide"
        yield chemin, refus(f"{quoi} : aucune offre", "vide")
    except OSError as erreur:
        yield chemin, refus(f"lecture impossible : {decrire(erreur)}", "fichier")


def taille_connue(chemins: Sequence[str]) -> int | None:
    """La somme des tailles des fichiers ordinaires de ``chemins`` ; ``None`` si l'un ne l'est pas."""
    total = 0
    for chemin in chemins:
        try:
            if chemin == "-" or not os.path.isfile(chemin):
                return None
            total += os.path.getsize(chemin)
        except OSError:
            return None
    return total


def resultats_de(chemins: Sequence[str]) -> Generator[tuple[str, Resultat]]:
    """Chaque offre lue dans ``chemins``, dans l'ordre, ou l'erreur qui la refuse.

    Quand la sortie d'erreur est un terminal et la sortie standard n'en est pas un
    (``> sortie.csv``), une barre de progression avance sur la sortie d'erreur ;
    elle s'efface avant chaque refus, que l'appelant y écrit, et quand la lecture
    finit ou s'arrête (générateur fermé).
    """

    def lire(progression: Progression) -> Iterator[tuple[str, Resultat]]:
        for chemin in chemins:
            yield from _resultats(chemin, progression)

    return suivi(lire, taille_connue(chemins))


def suivi(
    lire: Callable[[Progression], Iterable[tuple[str, _Lu]]], total_octets: int | None
) -> Generator[tuple[str, _Lu]]:
    """Ce que donne ``lire``, sa progression dessinée selon la règle des commandes de lots.

    Sur la sortie d'erreur quand elle est un terminal et que la sortie standard n'en est
    pas un ; effacée avant chaque refus (une :class:`~fpt_offres.OffreInvalide`), que
    l'appelant écrit, et quand la lecture finit ou s'arrête.
    """
    barre = None if sys.stdout.isatty() else sys.stderr
    progression = Progression(barre, total_octets=total_octets)
    try:
        for etiquette, resultat in lire(progression):
            progression.avancer()
            if isinstance(resultat, OffreInvalide):
                progression.effacer()
            yield etiquette, resultat
    finally:
        progression.effacer()


def ajouter_fichiers(commande: argparse.ArgumentParser, *, au_moins_un: bool = True) -> None:
    """Déclare l'argument ``FICHIER…`` des commandes qui lisent des lots d'offres."""
    commande.add_argument(
        "fichiers",
        nargs="+" if au_moins_un else "*",
        metavar="FICHIER",
        help="offre JSON, fichier .jsonl ou .ndjson (une offre par ligne), ou - pour l'entrée standard",
    )


def ajouter_fichier(commande: argparse.ArgumentParser) -> None:
    """Déclare l'argument ``FICHIER`` des commandes qui prennent une seule offre."""
    commande.add_argument(
        "fichier",
        metavar="FICHIER",
        help="une offre : document JSON, fichier .jsonl ou .ndjson d'une ligne, ou - pour l'entrée standard",
    )


def date_iso(texte: str) -> datetime.date:
    """La date ``AAAA-MM-JJ`` d'une option ; sinon, une erreur d'usage."""
    try:
        return datetime.date.fromisoformat(texte)
    except ValueError:
        message = f"date AAAA-MM-JJ attendue, reçu {texte!r}"
        raise argparse.ArgumentTypeError(message) from None
