"""Lecture en flux de fichiers JSON Lines : une offre par ligne, mémoire constante.

>>> import io
>>> from fpt_offres import exemples, vers_json
>>> lignes = "\\n".join(vers_json(o, indent=None) for o in exemples()[:2])
>>> [o.employeur.nom for o in lire_jsonl(io.StringIO(lignes))]
['Département de la Marne', 'Département de la Haute-Marne']
>>> list(lire_jsonl(io.StringIO('{"intitule": "x"}')))
Traceback (most recent call last):
...
fpt_offres.erreurs.OffreInvalide: ligne 1 : offre invalide (1 problème)
- employeur : champ obligatoire manquant [champ-manquant]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO

from fpt_offres.conversion.convert import lire_document, sans_bom
from fpt_offres.erreurs import OffreInvalide
from fpt_offres.modele import Offre

__all__ = ["iterer_jsonl", "lire_jsonl"]

# Un chemin, un flux, ou tout itérable de lignes (un générateur qui lit un flux à sa façon).
Source = str | os.PathLike[str] | IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes]


def _lignes(source: Source) -> Iterator[str | bytes]:
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as fichier:
            yield from fichier
    else:
        yield from source


def iterer_jsonl(source: Source) -> Iterator[tuple[int, Offre | OffreInvalide]]:
    """Chaque ligne non vide, numérotée, avec son offre ou l'erreur qui la refuse.

    Pour valider un fichier entier sans s'arrêter à la première offre fautive.
    Une ligne qui n'est pas du JSON est située par son numéro dans le fichier.

    >>> import io
    >>> [(n, type(r).__name__) for n, r in iterer_jsonl(io.StringIO('{}\\n\\n{"a": 1}'))]
    [(1, 'OffreInvalide'), (3, 'OffreInvalide')]
    >>> [(_, erreur)] = iterer_jsonl(io.StringIO('\\n\\n{"intitule": "x",\\n'))
    >>> print(erreur.problemes[0].message)
    JSON illisible ligne 3, colonne 18 : nom de clé entre guillemets droits attendu
    """
    for numero, ligne in enumerate(_lignes(source), start=1):
        if numero == 1:  # le BOM d'un fichier, qu'écrivent des outils Windows, n'est pas du contenu
            ligne = sans_bom(ligne)  # noqa: PLW2901
        if not ligne.strip():
            continue
        try:
            # Sans sa fin de ligne, une ligne fautive situe l'erreur sur sa propre ligne.
            texte = ligne.rstrip(b"\r\n") if isinstance(ligne, bytes) else ligne.rstrip("\r\n")
            yield numero, lire_document(texte, premiere_ligne=numero)
        except OffreInvalide as erreur:
            yield numero, OffreInvalide(erreur.problemes, ligne=numero)


def lire_jsonl(source: Source) -> Iterator[Offre]:
    """Les offres d'un fichier JSON Lines (chemin, flux texte ou binaire, ou itérable de lignes), une à une.

    Raises:
        OffreInvalide: à la première ligne fautive, avec son numéro (attribut ``ligne``).
    """
    for _, resultat in iterer_jsonl(source):
        if isinstance(resultat, OffreInvalide):
            raise resultat
        yield resultat
