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
from fpt_offres._texte import sans_accents
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
    "Lignes",
    "Liste",
    "Morceau",
    "Paragraphe",
    "Section",
    "SousTitre",
    "adresse",
    "chiffre",
    "cle",
    "cle_sans_redite",
    "contient",
    "date_complete",
    "departements",
    "dit_le_nombre",
    "ecrit_deja",
    "lien_web",
    "liens_courriel",
    "liste",
    "majuscule",
    "net",
    "niveaux",
    "paragraphes",
    "typographie",
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
class Lignes:
    """Des lignes que l'offre a écrites l'une sous l'autre, gardées ainsi (un paragraphe à sauts de ligne)."""

    lignes: tuple[Ligne, ...]


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


Bloc = Paragraphe | Lignes | Liste | SousTitre


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
# Une ligne de liste copiée d'une offre : tiret, puce ou astérisque en tête.
_PUCE = re.compile(r"^[^\S\n]*[-‐‑‒–—•◦▪▫●○■□➢➤►*·][^\S\n]+")

# La typographie française, appliquée à tout texte de l'annonce (ceux de l'offre comme ceux
# de la nomenclature) : une seule apostrophe, une seule espace pour chaque usage.
_BLANCS = "[ \t\u00a0\u202f\u2007\u2009]"
_TYPOGRAPHIE = (
    (re.compile("'"), "’"),
    (re.compile(f"{_BLANCS}{{2,}}"), " "),
    # Les guillemets d'abord : l'espace qu'ils posent après un deux-points (« 0:» ») le fait
    # précéder d'une espace à son tour, et une seconde typographie ne change plus rien.
    (re.compile(f"«{_BLANCS}*"), f"«{fm.ESPACE_INSECABLE}"),
    (re.compile(f"{_BLANCS}*»"), f"{fm.ESPACE_INSECABLE}»"),
    (re.compile(f"(?<=[^\\s;:!?]){_BLANCS}*:(?=\\s|$)"), f"{fm.ESPACE_INSECABLE}:"),
    (re.compile(f"(?<=[^\\s;:!?]){_BLANCS}+([;!?])(?=\\s|$)"), f"{fm.ESPACE_FINE}\\1"),
    (re.compile(f"(?<=\\d){_BLANCS}(?=\\d{{3}}(?!\\d))"), fm.ESPACE_FINE),
    (re.compile(f"(?<=\\d){_BLANCS}?([%€])"), f"{fm.ESPACE_INSECABLE}\\1"),
    (re.compile(f"(?<=\\d){_BLANCS}(h)\\b"), f"{fm.ESPACE_FINE}\\1"),
    (re.compile(f"(?<=\\d\u202fh){_BLANCS}(?=\\d)"), fm.ESPACE_FINE),
)


def net(texte: str) -> str:
    """Un texte sur une ligne, sans caractère de contrôle ni non-caractère."""
    return _INTERDITS.sub("\ufffd", _FINS_DE_LIGNE.sub(" ", texte))


def typographie(texte: str) -> str:
    """Un texte sur une ligne, à la typographie française de l'annonce.

    L'apostrophe est typographique ; une espace insécable précède le deux-points et
    le pourcentage et borde les guillemets, une espace fine insécable sépare les
    milliers et remplace l'espace écrite avant le point-virgule, les points
    d'exclamation et d'interrogation ; les blancs répétés ne font qu'une espace.

    >>> typographie("L'agent  gère 2 000 dossiers: 50 % du temps !") == (
    ...     "L’agent gère 2\u202f000 dossiers\u00a0: 50\u00a0% du temps\u202f!"
    ... )
    True
    """
    texte = net(texte)
    for motif, remplacement in _TYPOGRAPHIE:
        texte = motif.sub(remplacement, texte)
    return texte


def paragraphes(texte: str) -> tuple[Paragraphe | Lignes | Liste, ...]:
    """Les paragraphes d'un texte de l'offre, ses lignes et ses listes gardées.

    Une ligne vide sépare deux paragraphes. Dans un paragraphe, les lignes à puce
    (« - », « • »…) forment une liste ; les autres lignes restent l'une sous
    l'autre, comme l'offre les a écrites.
    """
    blocs: list[Paragraphe | Lignes | Liste] = []
    for morceau in _PARAGRAPHES.split(_FINS_DE_LIGNE.sub("\n", texte)):
        lignes: list[str] = []
        puces: list[str] = []
        for ligne in morceau.split("\n"):
            if not ligne.strip():
                continue
            if _PUCE.match(ligne):
                if lignes:
                    blocs.append(_paragraphe(lignes))
                    lignes = []
                puces.append(_PUCE.sub("", ligne))
            else:
                if puces:
                    blocs.append(Liste(tuple(Element((p,)) for p in puces)))
                    puces = []
                lignes.append(ligne)
        if lignes:
            blocs.append(_paragraphe(lignes))
        if puces:
            blocs.append(Liste(tuple(Element((p,)) for p in puces)))
    return tuple(blocs)


def _paragraphe(lignes: list[str]) -> Paragraphe | Lignes:
    # Un paragraphe commence par une capitale (« rémunération sur le grade… » copié d'une
    # phrase de l'offre) ; les lignes suivantes restent comme l'offre les écrit.
    lignes = [majuscule(lignes[0].lstrip()), *lignes[1:]]
    if len(lignes) == 1:
        return Paragraphe((lignes[0],))
    return Lignes(tuple((ligne,) for ligne in lignes))


# Les abréviations des noms de lieux (« ST DENIS », « STE GENEVIEVE ») : comparées en entier.
_SAINTS = ((re.compile(r"\bst\b"), "saint"), (re.compile(r"\bste\b"), "sainte"))


def _mots(texte: str) -> str:
    # Tous les mots comptent : le repli des libellés (replier) ôte « de », « l »… et ferait
    # d'une commune « 0:L » une partie de « Poum 0 » ; toutes leurs lettres aussi, celles
    # qu'aucun accent ne ramène à l'ASCII comprises (« Ø », « ß »).
    texte = " ".join(re.sub(r"[\W_]+", " ", sans_accents(texte.casefold())).split())
    for motif, mot in _SAINTS:
        texte = motif.sub(mot, texte)
    return texte


def contient(texte: str, partie: str) -> bool:
    """Vrai quand ``partie`` figure, mot pour mot, dans ``texte`` (sans souci de casse ni d'accents).

    >>> contient("93205 ST DENIS CEDEX", "Saint-Denis")
    True
    """
    replie = _mots(partie)
    return bool(replie) and f" {_mots(texte)} ".find(f" {replie} ") >= 0


# La ponctuation que le repli des mots peut ignorer ; tout autre signe (« { », « 🏛 ») est
# un fait du texte.
_PONCTUATION = frozenset(" \t\n.,;:!?'’\"«»()[]-–—/\u00a0\u202f")


def ecrit_deja(texte: str, partie: str) -> bool:
    """Vrai quand ``texte`` dit déjà ``partie`` : ses mots (:func:`contient`) et chacun de ses
    autres signes.

    >>> ecrit_deja("Du lundi au vendredi, pause méridienne", "Du lundi au vendredi")
    True
    >>> ecrit_deja("Responsable du service", "DU ({)")
    False
    """
    signes = {c for c in partie if not c.isalnum() and c not in _PONCTUATION}
    return contient(texte, partie) and signes <= set(texte)


_GROUPES = re.compile(r"(?<=\d)[ \u00a0\u202f.](?=\d{3}(?!\d))")


def dit_le_nombre(texte: str, nombre: int) -> bool:
    """Vrai quand le texte écrit ce nombre en chiffres (« 2 000 », « 2000 », « 2.000 »).

    >>> dit_le_nombre("plus de 2 000 agents répartis dans 8 directions", 2000)
    True
    >>> dit_le_nombre("12 000 habitants", 2000)
    False
    """
    chiffres = _GROUPES.sub("", texte)
    return re.search(rf"(?<![\d,]){nombre}(?![\d]|,\d)", chiffres) is not None


def cle_sans_redite(libelle: str, valeur: str) -> Ligne:
    """« Libellé : valeur », ou la valeur seule quand elle dit déjà le libellé.

    >>> cle_sans_redite("Direction", "Direction des finances")
    ('Direction des finances',)
    """
    if contient(valeur, libelle):
        return (majuscule(valeur.strip()),)
    return cle(libelle, valeur)


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


# Le mot juste pour chaque sorte de territoire du code officiel géographique : la
# Nouvelle-Calédonie n'est pas un département, ni une collectivité d'outre-mer de l'art. 74.
_SORTES_TERRITOIRE = {
    "departement": "Département",
    "drom": "Département",
    "com": "Collectivité d’outre-mer",
}


@cache
def departements() -> dict[str, tuple[str, str]]:
    """Par code INSEE : le mot qui nomme le territoire (« Département ») et son nom."""
    from fpt_offres import nomenclature  # noqa: PLC0415  (chargée au premier rendu)

    return {
        code: (_SORTES_TERRITOIRE.get(d.type, "Territoire"), d.nom)
        for code, d in nomenclature.departements().items()
    }


@cache
def niveaux() -> dict[int, str]:
    from fpt_offres import nomenclature  # noqa: PLC0415  (chargée au premier rendu)

    niveaux = {}
    for d in nomenclature.niveaux_diplome():
        bac = {None: "", 0: " (bac)"}.get(d.bac_plus, f" (bac +{d.bac_plus})")
        niveaux[d.niveau.value] = f"niveau {d.niveau.value}{bac}"
    return niveaux
