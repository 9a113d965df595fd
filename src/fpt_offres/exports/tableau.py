"""Des offres en tableau CSV, une ligne par offre, colonnes de :func:`~fpt_offres.ligne`.

Deux dialectes : le CSV ordinaire (virgules, UTF-8, valeurs exactes) et celui
qu'un tableur français ouvre correctement (``excel=True`` : points-virgules,
marque d'ordre des octets UTF-8, virgule décimale, et cellules qu'un tableur
exécuterait comme formules neutralisées par une apostrophe, selon la
recommandation de l'OWASP sur l'injection CSV).

>>> import io
>>> from fpt_offres import exemples
>>> flux = io.StringIO()
>>> ecrire_csv(exemples()[:1], flux)
>>> flux.getvalue().splitlines()[1].split(",")[:3]
['Département de la Marne', 'departement', '51']
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable
from typing import IO, Any

from fpt_offres.exports.ligne import COLONNES, ligne
from fpt_offres.modele import Offre

__all__ = ["SEPARATEUR_LISTE", "cellule", "ecrire_csv"]

SEPARATEUR_LISTE = " | "
"""Sépare les éléments d'une colonne à plusieurs valeurs (catégories, grades…)."""

_DEBUTS_DE_FORMULE = ("=", "+", "-", "@")


def _formule_possible(texte: str) -> bool:
    """Vrai si un tableur pourrait lire ``texte`` comme une formule : il commence par un
    signe de formule (OWASP) ou par un caractère de contrôle (NUL, tabulation, retour
    chariot… : catégorie Unicode Cc), qu'un tableur peut ignorer avant un « = »
    (ASVS 5.0, exigence 1.2.10)."""
    return texte.startswith(_DEBUTS_DE_FORMULE) or (
        bool(texte) and unicodedata.category(texte[0]) == "Cc"
    )


def cellule(valeur: Any, *, excel: bool = False) -> str:
    """Le texte d'une cellule pour ``valeur`` (liste, booléen, nombre, texte ou ``None``).

    >>> cellule(["A", "A+"]), cellule(True), cellule(None)
    ('A | A+', 'oui', '')
    >>> cellule(17.55, excel=True), cellule("=1+1", excel=True), cellule("\\x00=1+1", excel=True)
    ('17,55', "'=1+1", "'\\x00=1+1")
    """
    if valeur is None:
        return ""
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, list):
        texte = SEPARATEUR_LISTE.join(str(v) for v in valeur)
    elif isinstance(valeur, float) and excel:
        texte = str(valeur).replace(".", ",")
    else:
        texte = str(valeur)
    if excel and _formule_possible(texte):
        return "'" + texte
    return texte


def ecrire_csv(offres: Iterable[Offre], flux: IO[str], *, excel: bool = False) -> None:
    """Écrit l'en-tête puis une ligne par offre dans ``flux`` (ouvert avec ``newline=""``)."""
    if excel:
        flux.write("\ufeff")
    ecrivain = csv.writer(flux, delimiter=";" if excel else ",", lineterminator="\r\n")
    ecrivain.writerow(COLONNES)
    for offre in offres:
        rangee = ligne(offre)
        ecrivain.writerow([cellule(rangee[c], excel=excel) for c in COLONNES])
