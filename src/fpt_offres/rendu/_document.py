"""Le document de l'annonce, indépendant du format, et ce qui l'écrit.

Un document est un titre, un chapeau et des sections, faites de blocs
(paragraphes, listes, sous-titres) dont chaque ligne est une suite de morceaux
(texte, texte mis en valeur, lien). Les outils qui suivent en font les lignes à
partir des textes, adresses, chiffres et dates de l'offre.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from functools import cache

import attrs

from fpt_offres import formatage as fm
from fpt_offres.modele import Adresse, Chiffre
from fpt_offres.rendu._libelles import APPROXIMATIONS

__all__ = [
    "DEUX_POINTS",
    "Bloc",
    "Document",
    "Element",
    "Fort",
    "Lien",
    "Ligne",
    "Liste",
    "Morceau",
    "Paragraphe",
    "Section",
    "SousTitre",
    "adresse",
    "chiffre",
    "cle",
    "date_complete",
    "departements",
    "lien_web",
    "liens_courriel",
    "liste",
    "majuscule",
    "net",
    "niveaux",
    "paragraphes",
]


@attrs.frozen
class Fort:
    """Un morceau mis en valeur (les verbes en gras des missions, les libellés)."""

    texte: str


@attrs.frozen
class Lien:
    """Un lien (adresse web ou courriel) : un texte et sa cible."""

    texte: str
    cible: str


Morceau = str | Fort | Lien
Ligne = tuple[Morceau, ...]


@attrs.frozen
class Paragraphe:
    ligne: Ligne


@attrs.frozen
class Element:
    ligne: Ligne
    sous: tuple[Ligne, ...] = ()


@attrs.frozen
class Liste:
    elements: tuple[Element, ...]


@attrs.frozen
class SousTitre:
    texte: str


Bloc = Paragraphe | Liste | SousTitre


@attrs.frozen
class Section:
    titre: str
    blocs: tuple[Bloc, ...]


@attrs.frozen
class Document:
    titre: str
    chapeau: tuple[Bloc, ...]
    sections: tuple[Section, ...]


DEUX_POINTS = f"{fm.ESPACE_INSECABLE}: "
_FINS_DE_LIGNE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_PARAGRAPHES = re.compile(r"\n[^\S\n]*\n\s*")
# Ce qu'aucun des trois formats n'accepte : les caractères de contrôle (hors tabulation ;
# les fins de ligne sont déjà des espaces), les demi-codets isolés et les non-caractères
# Unicode (U+FDD0 à U+FDEF, et les deux derniers points de code de chaque plan).
_NON_CARACTERES = "".join(
    chr(plan * 0x10000 + fin) for plan in range(17) for fin in (0xFFFE, 0xFFFF)
)
_INTERDITS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NON_CARACTERES}]")
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


def net(texte: str) -> str:
    """Un texte sur une ligne, sans caractère de contrôle ni non-caractère."""
    return _INTERDITS.sub("\ufffd", _FINS_DE_LIGNE.sub(" ", texte))


def paragraphes(texte: str) -> tuple[Paragraphe, ...]:
    morceaux = _PARAGRAPHES.split(_FINS_DE_LIGNE.sub("\n", texte))
    return tuple(Paragraphe((m,)) for m in morceaux if m.strip())


def cle(libelle: str, *valeur: Morceau) -> Ligne:
    """« Libellé : valeur », le libellé en valeur."""
    return (Fort(libelle), DEUX_POINTS, *valeur) if valeur else (Fort(libelle),)


def majuscule(texte: str) -> str:
    return texte[:1].upper() + texte[1:]


def liste(elements: Iterable[str], style: fm.StyleListe = "et") -> str:
    return fm.formater_liste([net(e) for e in elements], style)


def lien_web(texte: str) -> Morceau:
    return Lien(texte, texte.strip()) if _URL.fullmatch(texte.strip()) else texte


def liens_courriel(courriels: Sequence[str]) -> Ligne:
    morceaux: list[Morceau] = []
    for rang, courriel in enumerate(courriels):
        if rang:
            morceaux.append(" ou " if rang == len(courriels) - 1 else ", ")
        morceaux.append(Lien(courriel, f"mailto:{courriel}"))
    return tuple(morceaux)


def adresse(adresse: Adresse) -> str:
    ville = " ".join(p for p in (adresse.code_postal, adresse.commune) if p)
    if adresse.cedex:
        numero = f" {net(adresse.numero_cedex)}" if adresse.numero_cedex is not None else ""
        ville = f"{ville} CEDEX{numero}".strip()
    return ", ".join(net(p) for p in (*adresse.lignes, ville) if p)


def chiffre(chiffre: Chiffre, nom: str, pluriel: str | None = None) -> str:
    return APPROXIMATIONS[chiffre.approximation] + fm.formater_compte(chiffre.valeur, nom, pluriel)


def date_complete(date: datetime.date) -> str:
    return fm.formater_date(date, "complet")


@cache
def departements() -> dict[str, str]:
    from fpt_offres import nomenclature  # noqa: PLC0415  (chargée au premier rendu)

    return {code: d.nom for code, d in nomenclature.departements().items()}


@cache
def niveaux() -> dict[int, str]:
    from fpt_offres import nomenclature  # noqa: PLC0415  (chargée au premier rendu)

    niveaux = {}
    for d in nomenclature.niveaux_diplome():
        bac = {None: "", 0: " (bac)"}.get(d.bac_plus, f" (bac +{d.bac_plus})")
        niveaux[d.niveau.value] = f"niveau {d.niveau.value}{bac}"
    return niveaux
