"""Les codes de sortie de ``fpt-offres`` et les erreurs du système, dites en français."""

from __future__ import annotations

import enum
import errno
import os

__all__ = ["Code", "EcritureImpossible", "decrire", "defaut_de_chemin"]


class Code(enum.IntEnum):
    """Les codes de sortie documentés ; la commande n'en rend jamais d'autre."""

    SUCCES = 0
    REFUS = 1  # une entrée refusée, ou un diagnostic « erreur » de verifier
    USAGE = 2  # commande, option ou valeur d'option fautive (argparse)
    ECRITURE = 3  # la sortie standard ou un dossier à écrire refuse l'écriture
    INTERNE = 4  # une exception imprévue : un défaut de fpt_offres
    INTERROMPU = 130  # Ctrl-C, comme les shells le comptent (128 + SIGINT)


class EcritureImpossible(Exception):
    """Ce que la commande devait écrire ne peut pas l'être ; message en français."""


# Les erreurs qu'un utilisateur rencontre ; les autres gardent le texte du système.
_RAISONS = {
    errno.ENOENT: "fichier ou dossier introuvable",
    errno.EACCES: "permission refusée",
    errno.EPERM: "opération non permise",
    errno.EISDIR: "c'est un dossier",
    errno.ENOTDIR: "un élément du chemin n'est pas un dossier",
    errno.EEXIST: "existe déjà",
    errno.ENOSPC: "plus de place sur le périphérique",
    errno.EROFS: "système de fichiers en lecture seule",
    errno.EIO: "erreur d'entrée-sortie",
    errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.ELOOP: "trop de liens symboliques",
    errno.EFBIG: "fichier trop gros",
    errno.ENXIO: "périphérique absent",
    errno.EINVAL: "argument invalide",
}


def decrire(erreur: OSError) -> str:
    """La raison d'une erreur du système, en français.

    >>> decrire(FileNotFoundError(2, "No such file or directory"))
    'fichier ou dossier introuvable'
    >>> decrire(OSError(errno.EMFILE, "Too many open files"))
    'erreur du système EMFILE (Too many open files)'
    """
    if erreur.errno in _RAISONS:
        return _RAISONS[erreur.errno]
    if erreur.errno is None:
        return f"erreur du système ({erreur})"
    nom = errno.errorcode.get(erreur.errno, str(erreur.errno))
    return f"erreur du système {nom} ({erreur.strerror})"


def defaut_de_chemin(chemin: str) -> str | None:
    """Ce qui rend ``chemin`` inutilisable par le système, ou ``None`` s'il est utilisable.

    Le système refuserait ces chemins par ``ValueError``, pas par ``OSError`` : un
    caractère NUL, ou un caractère que l'encodage des noms de fichiers ne peut écrire
    (une demi-paire de substitution venue d'un appel en Python, pas de la ligne de commande).

    >>> defaut_de_chemin("offres/a.json") is None
    True
    >>> defaut_de_chemin("a\\x00b")
    'chemin invalide : il contient le caractère NUL'
    """
    try:
        octets = os.fsencode(chemin)
    except UnicodeEncodeError:
        return "chemin invalide : des caractères que le système ne peut pas écrire"
    if b"\x00" in octets:
        return "chemin invalide : il contient le caractère NUL"
    return None
