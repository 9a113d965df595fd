"""Les lecteurs d'une valeur dans un morceau de texte : dates, horaires, durées, courriels…

Chaque lecteur rend la valeur lue et sa portion (début, fin) dans le morceau ;
les motifs n'ont que des quantificateurs bornés ou sans chevauchement, pour
que le temps reste linéaire quel que soit le texte (chiffres, espaces ou « h »
répétés sans fin). Les lectures elles-mêmes sont celles de :mod:`fpt_offres.lecture`.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from fpt_offres.lecture import LectureImpossible, lire_date, lire_duree, lire_heures

__all__ = [
    "Lu",
    "courriels",
    "date",
    "dates",
    "duree",
    "heures",
]

Lu = tuple[object, int, int]

_MOIS = (
    "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    "|d[ée]cembre|janv\\.?|f[ée]vr?\\.?|avr\\.?|juil\\.?|sept?\\.?|oct\\.?|nov\\.?|d[ée]c\\.?"
)
_JOURS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_DATE = re.compile(
    r"(?<![\d/.])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?![\d/])|\d{4}-\d{2}-\d{2})"
    rf"|(?:(?:{_JOURS})\s{{1,3}})?(?:1\s?(?:er|ᵉʳ)|\d{{1,2}})\s{{1,3}}(?:{_MOIS})(?:\s{{1,3}}\d{{4}})?\b",
    re.IGNORECASE,
)


def dates(texte: str, reference: datetime.date | None) -> list[tuple[datetime.date, int, int]]:
    """Les dates lisibles du texte, dans l'ordre.

    >>> dates("du 3 novembre 2025 à 12 h au 1/12/2025", None)
    [(datetime.date(2025, 11, 3), 3, 18), (datetime.date(2025, 12, 1), 29, 38)]
    """
    trouvees = []
    for correspondance in _DATE.finditer(texte):
        try:
            valeur = lire_date(correspondance[0], reference=reference)
        except (LectureImpossible, ValueError, OverflowError):
            continue
        trouvees.append((valeur, correspondance.start(), correspondance.end()))
    return trouvees


def date(texte: str, reference: datetime.date | None) -> tuple[datetime.date, int, int] | None:
    """La première date du texte."""
    trouvees = dates(texte, reference)
    return trouvees[0] if trouvees else None


_HEURES = re.compile(
    r"(?<![\d.,/])(\d{1,3})(?:([.,])(\d{1,2}))?\s?(?:h|heures?)(?:\s?(\d{2}))?(?![a-zà-ü])"
    r"(?:\s?(?:hebdomadaires?|hebdo|par semaine|/ ?semaine))?",
    re.IGNORECASE,
)
_APRES = re.compile(r"\s?(?:hebdo|par semaine|/ ?sem|semaine)", re.I)
_AVANT = re.compile(r"hebdo|semaine|temps de travail|dur[ée]e|base|quotit", re.I)


def heures(
    texte: str, *, hebdomadaire: bool = False
) -> tuple[Decimal | None, int, int, str | None] | None:
    """Un horaire hebdomadaire : (heures, début, fin, doute).

    Seuls comptent les horaires que le texte dit hebdomadaires : le mot suit
    l'horaire (préféré), ou la phrase parle juste avant du temps de travail.
    « 6.30 heures » est ambigu (6 h 30 ou 6,3 h) : la valeur est ``None`` et le
    doute dit pourquoi. ``hebdomadaire`` : le texte est la valeur d'un champ qui dit
    déjà la durée de la semaine (« Durée hebdomadaire : 35 h »). Plusieurs durées
    hebdomadaires différentes (des cycles au choix) : aucune n'est retenue, le doute le dit.

    >>> heures("Temps de travail : 37h30 hebdomadaires")[:3]
    (Decimal('37.5'), 19, 38)
    >>> heures("amplitude 7h à 19h, durée hebdomadaire 38h sur 5 jours")[:3]
    (Decimal('38'), 39, 42)
    >>> heures("base 6.30 heures par semaine")[0] is None
    True
    >>> heures("au choix : 37 h 30 /semaine ou 39 h/semaine")[0] is None
    True
    """
    meilleur: tuple[int, re.Match[str]] | None = None
    hebdomadaires: list[re.Match[str]] = []
    for correspondance in _HEURES.finditer(texte):
        debut, fin = correspondance.start(), correspondance.end()
        if (
            _APRES.match(texte, fin - 1)
            or _APRES.match(texte, fin)
            or "hebdo" in (correspondance[0].casefold())
            or "semaine" in correspondance[0].casefold()
        ):
            hebdomadaires.append(correspondance)
            if meilleur is None or meilleur[0] < 2:
                meilleur = (2, correspondance)
        elif meilleur is None and (hebdomadaire or _AVANT.search(texte, max(0, debut - 40), debut)):
            meilleur = (1, correspondance)
    if meilleur is None:
        return None
    if len({m.group(1, 3, 4) for m in hebdomadaires}) > 1:
        # « 35 h, 37 h 30/semaine ou 39 h/semaine » : des cycles au choix, pas un horaire.
        premier, dernier = hebdomadaires[0], hebdomadaires[-1]
        doute = (
            f"plusieurs durées hebdomadaires ({premier[0].strip()} … {dernier[0].strip()}) :"
            " aucune n'est retenue"
        )
        return None, premier.start(), dernier.end(), doute
    correspondance = meilleur[1]
    entier, _, decimales, minutes = correspondance.groups()
    debut, fin = correspondance.start(), correspondance.end()
    if decimales is not None and len(decimales) == 2 and minutes is None:
        doute = (
            f"« {correspondance[0].strip()} » : {entier} h {decimales} ou "
            f"{entier},{decimales} h ? la lecture serait une supposition"
        )
        return None, debut, fin, doute
    try:
        valeur = lire_heures(f"{entier}{',' + decimales if decimales else ''} h {minutes or ''}")
    except LectureImpossible:
        return None
    return valeur, debut, fin, None


_DUREE = re.compile(
    r"\b(?:contrat|cdd|recrutement|mission|engagement|dur[ée]e d[ée]termin[ée]e"
    r"|d['’]une dur[ée]e)"
    r"[^.\n;]{0,50}?\b(?:de|d'|d’|pour|sur)\s?"
    r"((?:un|une|deux|trois|quatre|cinq|six|dix-huit|douze|\d{1,3})\s(?:ans?|mois|ann[ée]es?)"
    r"(?:\s(?:minimum|renouvelables?))?)",
    re.IGNORECASE,
)
_MAXIMUM_LEGAL = re.compile(r"exc[ée]der|maximum de|au plus|dans la limite|ne peut", re.I)


def duree(texte: str) -> tuple[relativedelta, int, int] | None:
    """La durée d'un contrat que le texte annonce (pas un maximum légal cité).

    >>> duree("recruté sous contrat à durée déterminée d'un an minimum")[0]
    relativedelta(years=+1)
    >>> duree("le contrat ne peut excéder trois ans") is None
    True
    """
    for correspondance in _DUREE.finditer(texte):
        if _MAXIMUM_LEGAL.search(correspondance[0]):
            continue
        try:
            valeur = lire_duree(correspondance[1])
        except LectureImpossible:
            continue
        return valeur, correspondance.start(1), correspondance.end(1)
    return None


# Les caractères permis avant « @ » (RFC 5322 : « atext » et le point).
_LOCAL = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.!#$%&'*+-/=?^_`{|}~"
)
_DOMAINE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")


def courriels(texte: str) -> list[tuple[str, int, int]]:
    """Les adresses électroniques du texte, étendues autour de chaque « @ ».

    Une recherche par motif reprendrait à chaque position une suite de lettres
    sans « @ » (temps quadratique) ; chaque « @ » est ici étendu une seule fois.

    >>> courriels("Envoyez à rh.recrutement@ville-x.fr.")
    [('rh.recrutement@ville-x.fr', 10, 35)]
    """
    trouves = []
    position = texte.find("@")
    borne = 0
    while position != -1:
        debut = position
        while debut > borne and (texte[debut - 1] in _LOCAL or texte[debut - 1].isalnum()):
            debut -= 1
        fin = position + 1
        while fin < len(texte) and (texte[fin] in _DOMAINE or texte[fin].isalnum()):
            fin += 1
        local, domaine = texte[debut:position].strip("."), texte[position + 1 : fin].strip(".-")
        debut = position - len(local)
        if local and "." in domaine and domaine.rsplit(".", 1)[1].isalpha():
            trouves.append((f"{local}@{domaine}", debut, position + 1 + len(domaine)))
        borne = fin
        position = texte.find("@", fin)
    return trouves
