"""La lecture des textes d'offres que ``fpt-offres extraire`` lit : un fichier, des JSON Lines,
un dossier.

Comme pour les offres JSON (:mod:`~fpt_offres.cli._entrees`), chaque texte vient avec son
étiquette (le chemin, suivi du numéro de ligne en JSON Lines), ou avec l'erreur qui le
refuse : rien n'échappe en exception, et la mémoire reste bornée, un texte à la fois, d'au
plus :data:`~fpt_offres.TAILLE_MAX` octets. Une ligne JSON Lines est un objet à la seule clé
``"texte"`` : une autre clé, ou la même en double, est refusée comme dans une offre.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Generator, Iterator
from typing import BinaryIO

from fpt_offres._typage import decrire_valeur
from fpt_offres.cli._entrees import BOM, lignes_bornees, refus, suivi, taille_connue
from fpt_offres.cli._erreurs import decrire, defaut_de_chemin
from fpt_offres.cli._progression import Progression
from fpt_offres.conversion import TAILLE_MAX
from fpt_offres.conversion._doublons import problemes
from fpt_offres.conversion._json_fr import charger
from fpt_offres.erreurs import OffreInvalide, Probleme

__all__ = ["SUFFIXES_TEXTES", "TexteLu", "textes_de", "un_texte"]

TexteLu = str | OffreInvalide

SUFFIXES_TEXTES = (".txt", ".md", ".html", ".htm")
"""Les fichiers d'un dossier que ``extraire --jsonl`` lit ; les autres sont laissés."""

_LIMITE = f"{TAILLE_MAX:_}".replace("_", " ")


def _decode(octets: bytes) -> str:
    try:
        return octets.removeprefix(BOM).decode("utf-8")
    except UnicodeDecodeError as erreur:
        message = (
            f"octets qui ne sont pas de l'UTF-8 (position {erreur.start}) : "
            "le texte est à enregistrer en UTF-8"
        )
        raise refus(message, "encodage") from None


def _texte_entier(flux: BinaryIO, progression: Progression) -> str:
    contenu = flux.read(TAILLE_MAX + 1)
    progression.lire(len(contenu))
    if len(contenu) > TAILLE_MAX:
        raise refus(f"texte trop gros : plus de {_LIMITE} octets, ce n'est pas une offre", "taille")
    texte = _decode(contenu)
    if not texte.strip():
        raise refus("texte vide : aucune offre à lire", "vide")
    return texte


def _texte_de_ligne(ligne: bytes, numero: int) -> str:
    """Le texte de l'objet JSON ``{"texte": "…"}`` de la ligne ``numero``."""
    if len(ligne) > TAILLE_MAX:
        raise refus(f"ligne de plus de {_LIMITE} octets : ce n'est pas une offre", "taille")
    objet = charger(ligne, numero, decimaux=False)
    if not isinstance(objet, dict):
        raise refus(f'un objet {{"texte": …}} attendu, reçu {decrire_valeur(objet)}', "type")
    defauts = problemes(objet)
    defauts += [
        Probleme(cle, "clé inconnue : un texte d'offre n'a que la clé « texte »", "cle-inconnue")
        for cle in objet
        if cle != "texte"
    ]
    texte = objet.get("texte")
    if "texte" not in objet:
        defauts.append(Probleme("texte", "champ obligatoire manquant", "champ-manquant"))
    elif not isinstance(texte, str):
        defauts.append(Probleme("texte", f"texte attendu, reçu {decrire_valeur(texte)}", "type"))
    if defauts:
        raise OffreInvalide(defauts)
    return str(texte)


def _json_lines(
    etiquette: str, flux: BinaryIO, progression: Progression
) -> Iterator[tuple[str, TexteLu]]:
    vide = True
    for numero, ligne in enumerate(lignes_bornees(flux, progression), start=1):
        if not ligne.strip():
            continue
        vide = False
        try:
            yield f"{etiquette}:{numero}", _texte_de_ligne(ligne.rstrip(b"\r\n"), numero)
        except OffreInvalide as erreur:
            yield f"{etiquette}:{numero}", erreur
    if vide:
        yield etiquette, refus("aucun texte : pas une ligne non vide", "vide")


def _fichiers_du_dossier(chemin: str) -> list[tuple[str, int]]:
    """Les fichiers de texte du dossier, par ordre de nom (le même à chaque passage), et leur taille."""
    with os.scandir(chemin) as entrees:
        fichiers = [
            (entree.name, entree.stat().st_size)
            for entree in entrees
            if entree.name.lower().endswith(SUFFIXES_TEXTES) and entree.is_file()
        ]
    return [(os.path.join(chemin, nom), taille) for nom, taille in sorted(fichiers)]


def _fichier(chemin: str, progression: Progression) -> TexteLu:
    try:
        with open(chemin, "rb") as flux:
            return _texte_entier(flux, progression)
    except OffreInvalide as erreur:
        return erreur
    except OSError as erreur:
        return refus(f"lecture impossible : {decrire(erreur)}", "fichier")


def _dossier(chemin: str, progression: Progression) -> Iterator[tuple[str, TexteLu]]:
    try:
        fichiers = _fichiers_du_dossier(chemin)
    except OSError as erreur:
        yield chemin, refus(f"lecture impossible : {decrire(erreur)}", "fichier")
        return
    if not fichiers:
        suffixes = ", ".join(SUFFIXES_TEXTES)
        yield chemin, refus(f"aucun fichier de texte ({suffixes}) dans le dossier", "vide")
        return
    progression.fixer_total(sum(taille for _, taille in fichiers))
    for fichier, _ in fichiers:
        yield fichier, _fichier(fichier, progression)


def _lots(chemin: str, progression: Progression) -> Iterator[tuple[str, TexteLu]]:
    if chemin == "-":
        yield from _json_lines("-", sys.stdin.buffer, progression)
    elif defaut := defaut_de_chemin(chemin):
        yield chemin, refus(defaut, "fichier")
    elif os.path.isdir(chemin):
        yield from _dossier(chemin, progression)
    else:
        try:
            with open(chemin, "rb") as flux:
                yield from _json_lines(chemin, flux, progression)
        except OSError as erreur:
            yield chemin, refus(f"lecture impossible : {decrire(erreur)}", "fichier")


def textes_de(chemin: str) -> Generator[tuple[str, TexteLu]]:
    """Chaque texte de ``chemin`` (JSON Lines, ``-``, ou dossier), dans l'ordre, ou l'erreur
    qui le refuse.

    La barre de progression suit la règle des autres commandes (voir
    :func:`~fpt_offres.cli._entrees.resultats_de`) : sur la sortie d'erreur quand elle est
    un terminal et que la sortie standard n'en est pas un, effacée avant chaque refus.
    """
    return suivi(lambda progression: _lots(chemin, progression), taille_connue([chemin]))


def un_texte(chemin: str) -> TexteLu:
    """Le texte du fichier ``chemin`` (ou de l'entrée standard, ``-``), ou l'erreur qui le refuse."""
    if chemin == "-":
        try:
            return _texte_entier(sys.stdin.buffer, Progression(None))
        except OffreInvalide as erreur:
            return erreur
    if defaut := defaut_de_chemin(chemin):
        return refus(defaut, "fichier")
    return _fichier(chemin, Progression(None))
