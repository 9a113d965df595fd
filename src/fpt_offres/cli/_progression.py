"""Une barre de progression sur la sortie d'erreur, quand c'est un terminal.

Ni fil ni dépendance : la lecture avance la barre, qui se redessine au plus
cinq fois par seconde, et s'efface avant chaque ligne écrite sur la sortie
d'erreur (un refus) et à la fin, pour laisser la place au bilan. Sur un fichier
ou un tube, rien ne s'écrit : un journal n'a que faire de « \\r ».
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progression"]

_LARGEUR = 24
_INTERVALLE = 0.2  # secondes entre deux dessins


class Progression:
    """L'avancement d'une lecture : offres lues et, si la taille est connue, la part des octets.

    >>> import io
    >>> class Terminal(io.StringIO):
    ...     def isatty(self) -> bool:
    ...         return True
    >>> terminal = Terminal()
    >>> barre = Progression(terminal, total_octets=1000, horloge=iter(range(100)).__next__)
    >>> barre.lire(250); barre.avancer()
    >>> print(terminal.getvalue().strip())
    [######------------------]  25 % · 1 offre
    >>> barre.effacer()
    >>> terminal.getvalue().rsplit("\\r", 2)[1:] == [" " * 42, ""]  # effacée
    True
    >>> muet = io.StringIO()
    >>> Progression(muet).avancer(); muet.getvalue()
    ''
    """

    def __init__(
        self,
        flux: TextIO | None,
        *,
        total_octets: int | None = None,
        horloge: Callable[[], float] = time.monotonic,
    ) -> None:
        self._terminal = flux if flux is not None and flux.isatty() else None
        self._total = total_octets or None
        self._horloge = horloge
        self._octets = 0
        self._offres = 0
        self._dessin = -math.inf
        self._largeur_ecrite = 0

    def fixer_total(self, octets: int) -> None:
        """La taille à lire, connue une fois la lecture commencée (les fichiers d'un dossier)."""
        self._total = octets or None

    def lire(self, octets: int) -> None:
        """``octets`` octets de plus ont été lus."""
        self._octets += octets

    def avancer(self) -> None:
        """Une offre (ou un refus) de plus ; la barre se redessine s'il est temps."""
        self._offres += 1
        if self._terminal is None:
            return
        maintenant = self._horloge()
        if maintenant - self._dessin < _INTERVALLE:
            return
        self._dessin = maintenant
        self._ecrire(self._terminal, self._texte())

    def effacer(self) -> None:
        """Efface la barre, s'il y en a une : la ligne suivante s'écrit à sa place."""
        if self._terminal is not None and self._largeur_ecrite:
            self._ecrire(self._terminal, "")

    def _texte(self) -> str:
        offres = f"{self._offres:,} offre{'s' if self._offres > 1 else ''}".replace(",", " ")
        if self._total is None:
            return offres
        part = min(self._octets / self._total, 1.0)
        pleins = round(part * _LARGEUR)
        return f"[{'#' * pleins}{'-' * (_LARGEUR - pleins)}] {part:4.0%} · {offres}".replace(
            "%", " %"
        )

    def _ecrire(self, terminal: TextIO, texte: str) -> None:
        # Des espaces effacent la fin d'un dessin plus long que le nouveau.
        terminal.write(f"\r{texte.ljust(self._largeur_ecrite)}")
        if not texte:
            terminal.write("\r")
        self._largeur_ecrite = len(texte)
        terminal.flush()
