"""Lire une date, seule ou dans une phrase, et l'heure qui l'accompagne."""

from __future__ import annotations

import datetime
import re

from dateutil import parser as _dateutil

from fpt_offres.lecture._commun import LectureImpossible, normaliser

__all__ = ["lire_date", "lire_date_heure"]

_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_MOIS = (
    ("janv", "janvier", "jan"),
    ("fevr", "fevrier", "fev"),
    ("mars", "mars"),
    ("avr", "avril"),
    ("mai", "mai"),
    ("juin", "juin"),
    ("juil", "juillet"),
    ("aout", "aout"),
    ("sept", "septembre", "sep"),
    ("oct", "octobre"),
    ("nov", "novembre"),
    ("dec", "decembre"),
)
_PREMIER = re.compile(r"\b(?:1 ?(?:er|re|ere)|premier)\b")
_JOUR_SEMAINE = re.compile(r"\b(" + "|".join(f"{j}|{j[:3]}" for j in _JOURS) + r")\b\.?")
_DATE_CHIFFREE = re.compile(r"(\d{1,2}) ?[./ -] ?(\d{1,2})(?: ?[./ -] ?(\d{2,4}))?")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")

# Une date seule tient en quelques mots (« mercredi 30 septembre 2025 ») : dateutil ne
# lit que des textes courts, son temps croissant plus vite que leur longueur.
_DATE_SEULE_MAX = 40

# Les formes d'une date dans une phrase. Chaque quantificateur est borné et la
# normalisation n'a laissé que des espaces simples : la recherche est linéaire.
_NOMS_MOIS = "|".join(sorted({f for formes in _MOIS for f in formes}, key=len, reverse=True))
_NOMS_JOURS = "|".join(f"{j}|{j[:3]}" for j in _JOURS)
_DATE_DANS_PHRASE = re.compile(
    r"(?<![\w.-])(?:"
    rf"(?:(?:{_NOMS_JOURS})\.? )?\d{{1,2}} (?:{_NOMS_MOIS})\b\.?(?: \d{{4}}\b)?"
    r"|\d{1,2}([./-])\d{1,2}\1(?:\d{4}|\d{2})"
    r"|\d{4}-\d{2}-\d{2}"
    r")(?![\w])"
)
# L'heure qui suit une date : « à 12h », « à 12 h 30 », « 12:00 », « avant 17 heures ».
_HEURE_APRES = re.compile(
    r",? ?(?:(?:a|avant|jusqu'a|jusqu'a|des) )?"
    r"(?P<h>\d{1,2}) ?(?:h|heures?|:) ?(?P<m>\d{2})?(?: ?(?:min|mn|minutes?))?(?!\w)"
)
# Deux jours par défaut qui diffèrent en tout : ce que dateutil en reprend manquait au texte.
# Deux années bissextiles, pour que « 29 février » sans année se lise avant d'être refusé.
_DEFAUTS = (
    datetime.datetime(2000, 1, 1),  # noqa: DTZ001  (seul le jour compte : pas de fuseau)
    datetime.datetime(2004, 2, 2, 1, 1, 1),  # noqa: DTZ001
)
_AUCUNE = "aucune date reconnue"
_HEURE = "le texte porte une heure ; seule une date est attendue (lire_date_heure la lit)"


class _AnneeAmbigue(Exception):
    """Une année sur deux chiffres sans jour de référence pour choisir le siècle."""


class _InfosFrancaises(_dateutil.parserinfo):
    """Les mots des dates françaises pour dateutil, et un siècle choisi sans horloge."""

    JUMP = [" ", ".", ",", ";", "-", "/", "'", "le", "du"]  # noqa: RUF012  (attribut de dateutil)
    WEEKDAYS = [(j[:3], j) for j in _JOURS]  # noqa: RUF012
    MONTHS = list(_MOIS)  # noqa: RUF012
    AMPM: list[tuple[str, str]] = []  # noqa: RUF012  (« a » est ici la préposition « à »)
    PERTAIN: list[str] = []  # noqa: RUF012
    UTCZONE: list[str] = []  # noqa: RUF012

    def __init__(self, reference: datetime.date | None) -> None:
        super().__init__(dayfirst=True, yearfirst=False)
        self.reference = reference

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        """Le siècle d'une année à deux chiffres : le plus proche du jour de référence.

        dateutil prendrait le siècle de l'horloge : une même offre se lirait
        différemment selon le jour.
        """
        if century_specified or year >= 100:
            return year
        if self.reference is None:
            raise _AnneeAmbigue
        proche = self.reference.year
        siecle = proche - proche % 100
        candidates = (siecle - 100 + year, siecle + year, siecle + 100 + year)
        return min(candidates, key=lambda a: (abs(a - proche), a))


def _analyser(texte: str, infos: _InfosFrancaises, defaut: datetime.datetime) -> datetime.datetime:
    return _dateutil.parse(texte, parserinfo=infos, default=defaut)


def _date_seule(normal: str, reference: datetime.date | None) -> datetime.date:
    """La date d'un texte normalisé court qui n'est qu'une date ; lève ``ValueError(raison)``."""
    if _ISO.fullmatch(normal):
        try:
            return datetime.date.fromisoformat(normal)
        except ValueError:
            raise ValueError("cette date n'existe pas") from None
    infos = _InfosFrancaises(reference)
    try:
        premiere = _analyser(normal, infos, _DEFAUTS[0])
    except _AnneeAmbigue:
        raise ValueError("une année sur deux chiffres demande reference=") from None
    # dateutil laisse passer ses propres erreurs de calcul (decimal.InvalidOperation) sur
    # un nombre trop long : toutes disent que le texte n'est pas une date.
    except (ValueError, OverflowError, ArithmeticError) as erreur:
        raison = "cette date n'existe pas" if "out of range" in str(erreur) else None
        raise ValueError(raison or _AUCUNE) from None
    try:
        seconde = _analyser(normal, infos, _DEFAUTS[1])
    except (ValueError, OverflowError, ArithmeticError):
        raise ValueError("le jour, le mois ou l'année manque") from None
    champs_horaires = ("hour", "minute", "second")
    if any(getattr(premiere, c) == getattr(seconde, c) for c in champs_horaires):
        raise ValueError(_HEURE)
    if premiere.day != seconde.day or premiere.month != seconde.month:
        raise ValueError("le jour ou le mois manque")
    annee = premiere.year
    if premiere.year != seconde.year:
        if reference is None:
            raise ValueError("l'année manque (donner reference=)")
        annee = reference.year
    try:
        date = datetime.date(annee, premiere.month, premiere.day)
    except ValueError:
        raise ValueError(f"cette date n'existe pas en {annee}") from None
    chiffree = _DATE_CHIFFREE.fullmatch(_JOUR_SEMAINE.sub("", normal).strip())
    if chiffree and (int(chiffree[1]), int(chiffree[2])) != (date.day, date.month):
        raise ValueError("une date en chiffres s'écrit jour, mois, année")
    jour_ecrit = _JOUR_SEMAINE.search(normal)
    if jour_ecrit and not _JOURS[date.weekday()].startswith(jour_ecrit[1]):
        jour = f"{date.day:02d}/{date.month:02d}/{date.year}"
        raise ValueError(f"le {jour} est un {_JOURS[date.weekday()]}")
    return date


def _dans_phrase(
    normal: str, reference: datetime.date | None
) -> tuple[datetime.date, datetime.time | None]:
    """La seule date d'une phrase, et l'heure qui la suit ; lève ``ValueError(raison)``."""
    trouvees = list(_DATE_DANS_PHRASE.finditer(normal))
    if not trouvees:
        raise ValueError(_AUCUNE)
    if len({t[0] for t in trouvees}) > 1:
        citees = ", ".join(f"« {t[0]} »" for t in trouvees[:3])
        raise ValueError(f"plusieurs dates ({citees}) : laquelle lire est ambigu")
    date = _date_seule(trouvees[0][0], reference)
    heure = _HEURE_APRES.match(normal, trouvees[0].end())
    if heure is None:
        return date, None
    heures, minutes = int(heure["h"]), int(heure["m"] or 0)
    if heures > 23 or minutes > 59:
        raise ValueError(f"heure impossible : {heure[0].strip()}")
    return date, datetime.time(heures, minutes)


def _lire(
    texte: str, reference: datetime.date | None, *, heure_permise: bool
) -> tuple[datetime.date, datetime.time | None]:
    normal = _PREMIER.sub("1", normaliser(texte))
    if not normal:
        raise ValueError("le texte est vide")
    if len(normal) <= _DATE_SEULE_MAX:
        try:
            return _date_seule(normal, reference), None
        except ValueError as erreur:
            # Une heure que dateutil a vue : lire_date_heure la relit, à condition de la
            # trouver après la date (« 15 mars 2025 2026 » reste refusé).
            if heure_permise and str(erreur) == _HEURE:
                date, heure = _dans_phrase(normal, reference)
                if heure is None:
                    raise ValueError("ce qui suit la date n'est pas une heure") from None
                return date, heure
            if str(erreur) != _AUCUNE:
                raise
    return _dans_phrase(normal, reference)


def lire_date(texte: str, *, reference: datetime.date | None = None) -> datetime.date:
    """La date qu'écrit ``texte``, sous l'une des formes des offres, seule ou dans une phrase.

    Les dates en chiffres se lisent toujours jour, mois, année (« 1/10/2025 »
    est le 1er octobre) ; une date ISO (« 2025-10-01 ») se lit année, mois, jour.
    Le jour de la semaine, s'il est écrit, doit être celui de la date. Dans une
    phrase (« Date limite : 3 novembre 2025 »), la date est lue si elle est la
    seule ; plusieurs dates différentes sont refusées plutôt que choisies.

    Args:
        texte: la date écrite (« Vendredi 28 mars 2025 », « 1ᵉʳ juillet 2025 »,
            « 30/04/2026 », « 01.09.2025 », « 15 sept. 2025 », « 2025-07-01 »),
            ou une phrase qui en contient une.
        reference: un jour qui donne l'année quand le texte ne la donne pas
            (« 15 septembre »), et le siècle d'une année à deux chiffres (le plus proche).

    Returns:
        La date.

    Raises:
        LectureImpossible: le texte n'est pas une date, une date qui n'existe
            pas, une date incomplète sans référence, un jour de la semaine
            contradictoire, plusieurs dates, ou une date accompagnée d'une heure
            (que :func:`lire_date_heure` lit).

    >>> lire_date("1ᵉʳ juillet 2025")
    datetime.date(2025, 7, 1)
    >>> lire_date("1/10/2025"), lire_date("01.09.2025")
    (datetime.date(2025, 10, 1), datetime.date(2025, 9, 1))
    >>> lire_date("15 septembre", reference=datetime.date(2025, 6, 2))
    datetime.date(2025, 9, 15)
    >>> lire_date("Date limite de candidature : lundi 3 novembre 2025")
    datetime.date(2025, 11, 3)
    >>> lire_date("31 février 2025")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « 31 février 2025 » ne se lit pas comme une date : cette date n'existe pas
    >>> lire_date("15 septembre")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « 15 septembre » ne se lit pas comme une date : l'année manque (donner reference=)
    """
    try:
        date, heure = _lire(texte, reference, heure_permise=False)
    except ValueError as erreur:
        raise LectureImpossible(texte, "une date", str(erreur)) from None
    if heure is not None:
        raise LectureImpossible(texte, "une date", _HEURE)
    return date


def lire_date_heure(
    texte: str, *, reference: datetime.date | None = None
) -> tuple[datetime.date, datetime.time | None]:
    """La date qu'écrit ``texte`` et l'heure qui la suit, s'il en donne une.

    C'est la forme des dates limites de candidature : « 3 novembre 2025 à 12h »,
    « avant le 3 novembre 2025 à 12 h 30 ». Les dates se lisent comme par
    :func:`lire_date` ; l'heure est celle qui suit immédiatement la date.

    Returns:
        La date, et l'heure (``None`` quand le texte n'en donne pas).

    Raises:
        LectureImpossible: comme :func:`lire_date` (sauf pour l'heure), ou une
            heure impossible (« 25 h »).

    >>> lire_date_heure("Candidatures avant le 3 novembre 2025 à 12h")
    (datetime.date(2025, 11, 3), datetime.time(12, 0))
    >>> lire_date_heure("3 novembre 2025")
    (datetime.date(2025, 11, 3), None)
    """
    try:
        return _lire(texte, reference, heure_permise=True)
    except ValueError as erreur:
        raise LectureImpossible(texte, "une date", str(erreur)) from None
