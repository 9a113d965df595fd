"""L'exception des lectures et le texte ramené à une forme simple avant lecture."""

from __future__ import annotations

import unicodedata

from fpt_offres._texte import sans_accents
from fpt_offres.erreurs import ErreurFptOffres

__all__ = ["CITATION_MAX", "LectureImpossible", "normaliser"]

# Un message d'erreur cite le texte lu, mais pas un mégaoctet de texte.
CITATION_MAX = 200


def _citer(texte: str) -> str:
    if len(texte) <= CITATION_MAX:
        return texte
    return f"{texte[:CITATION_MAX]}… ({len(texte)} caractères)"


class LectureImpossible(ErreurFptOffres, ValueError):
    """Un texte ne se lit pas comme la valeur demandée, ou pas sans deviner.

    Le message cite le texte lu, tronqué au-delà de 200 caractères.

    Attributes:
        texte: le texte lu (entier).
        attendu: ce qui était attendu (« une date », « une durée », « un horaire »).
        raison: pourquoi la lecture échoue, en français.

    >>> raise LectureImpossible("abc", "une date", "aucune date reconnue")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « abc » ne se lit pas comme une date : aucune date reconnue
    """

    # L'exception se présente sous son nom public, celui des messages et de la documentation.
    __module__ = "fpt_offres.lecture"

    def __init__(self, texte: str, attendu: str, raison: str) -> None:
        self.texte = texte
        self.attendu = attendu
        self.raison = raison
        super().__init__(f"« {_citer(texte)} » ne se lit pas comme {attendu} : {raison}")


def normaliser(texte: str) -> str:
    """Minuscules sans accents, exposants à plat (« 1ᵉʳ » → « 1er »), apostrophes droites.

    Les blancs sont ramenés à une espace simple : les motifs des lectures n'ont
    ainsi jamais à choisir entre deux façons de lire une suite de blancs, ce qui
    garde leur temps linéaire.
    """
    texte = unicodedata.normalize("NFKC", texte).replace("’", "'").replace("`", "'")
    return " ".join(sans_accents(texte).casefold().split())
