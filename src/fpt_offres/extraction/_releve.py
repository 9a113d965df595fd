"""Ce que l'extraction relève : valeurs candidates, preuves, doutes, portions non placées."""

from __future__ import annotations

import re
from typing import Any

import attrs

__all__ = ["Candidat", "Doute", "Portion", "Preuve", "Releve"]


@attrs.frozen
class Preuve:
    """D'où vient un champ de l'offre.

    Attributes:
        champ: le chemin JSON du champ (« calendrier.date_limite_candidature »).
        debut, fin: la portion du texte lu (:attr:`Extraction.texte`) qui le donne.
        texte: cette portion.
        lecture: comment elle a été lue (« champ « Catégorie » », « nomenclature.grade »…).
    """

    champ: str
    debut: int
    fin: int
    texte: str
    lecture: str


@attrs.frozen
class Doute:
    """Une lecture incertaine : le champ, la portion, la raison."""

    champ: str
    debut: int
    fin: int
    texte: str
    raison: str


@attrs.frozen
class Portion:
    """Une portion du texte que l'extraction n'a placée nulle part."""

    debut: int
    fin: int
    texte: str


@attrs.frozen
class Candidat:
    """Une valeur lue pour un champ ; le rang le plus bas l'emporte (0 : l'employeur le dit
    expressément dans son texte, 1 : champ étiqueté d'un site, 2 : lu dans une phrase)."""

    valeur: Any
    preuve: Preuve
    rang: int


@attrs.define
class Releve:
    """Le carnet de l'extraction, rempli au fil des blocs puis résolu champ par champ."""

    texte: str
    candidats: dict[str, list[Candidat]] = attrs.Factory(dict)
    doutes: list[Doute] = attrs.Factory(list)
    lus: list[tuple[int, int]] = attrs.Factory(list)
    # Le rang d'une lecture de phrase : 2 au fil du texte, 1 dans la valeur d'un champ
    # étiqueté (« Temps de travail : temps complet » dit plus qu'une phrase qui passe).
    rang_phrase: int = 2

    def poser(  # noqa: PLR0917  (le champ, la valeur, sa portion, sa lecture, son rang)
        self, champ: str, valeur: Any, debut: int, fin: int, lecture: str, rang: int = 1
    ) -> None:
        """Une valeur candidate pour ``champ``, lue dans ``texte[debut:fin]``."""
        preuve = Preuve(champ, debut, fin, self.texte[debut:fin], lecture)
        self.candidats.setdefault(champ, []).append(Candidat(valeur, preuve, rang))

    def poser_phrase(
        self, champ: str, valeur: Any, origine: int, trouve: re.Match[str], lecture: str = "phrase"
    ) -> None:
        """Une valeur lue par ``trouve`` dans une ligne qui commence à ``origine``, au rang
        d'une phrase (:attr:`rang_phrase`)."""
        debut, fin = origine + trouve.start(), origine + trouve.end()
        self.poser(champ, valeur, debut, fin, lecture, self.rang_phrase)

    def douter(self, champ: str, debut: int, fin: int, raison: str) -> None:
        """Une lecture incertaine, gardée avec sa raison."""
        self.doutes.append(Doute(champ, debut, fin, self.texte[debut:fin], raison))

    def lire(self, debut: int, fin: int) -> None:
        """Une portion lue comme structure (une étiquette, un titre) sans valeur propre."""
        self.lus.append((debut, fin))

    def a(self, champ: str) -> bool:
        return champ in self.candidats

    def choisir(self, champ: str) -> Candidat | None:
        """Le candidat retenu : le plus petit rang, le premier du texte à rang égal."""
        candidats = self.candidats.get(champ)
        if not candidats:
            return None
        return min(candidats, key=lambda c: (c.rang, c.preuve.debut))
