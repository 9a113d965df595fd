"""Lire les dates, les durées et les horaires tels que les offres les écrivent.

Ce sont les jumelles de :mod:`fpt_offres.formatage` : ce que celui-ci écrit,
ce module le relit à l'identique, et il lit aussi les formes variées des vraies
offres (« Vendredi 28 mars 2025 », « 1ᵉʳ juillet 2025 », « 1/10/2025 »,
« un an minimum », « 28h/35h », « 24h30 hebdomadaires »).

python-dateutil fait l'analyse des dates (avec des noms de mois et de jours
français) et le calcul des durées (``relativedelta``) ;
babel lit les nombres décimaux à la française. Ce module ajoute ce qu'une offre
demande en plus : « 1er », le jour de la semaine vérifié, l'ordre jour/mois/année
imposé aux dates en chiffres, l'année prise d'un jour de référence.

Une lecture ne devine jamais : ce qui manque (l'année, le jour), ce qui est
contradictoire (« lundi 28 mars 2025 ») ou impossible (« 31 février 2025 »)
lève :class:`LectureImpossible`, avec un message en français, plutôt que de
compléter en silence avec la date du jour.

>>> lire_date("Vendredi 28 mars 2025")
datetime.date(2025, 3, 28)
>>> lire_duree("un an minimum")
relativedelta(years=+1)
>>> lire_heures("17h30")
Decimal('17.5')
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from dateutil import parser as _dateutil
from dateutil.relativedelta import relativedelta

from fpt_offres._texte import sans_accents
from fpt_offres.erreurs import ErreurFptOffres
from fpt_offres.formatage import LOCALE

__all__ = ["LectureImpossible", "lire_date", "lire_duree", "lire_heures"]


class LectureImpossible(ErreurFptOffres, ValueError):
    """Un texte ne se lit pas comme la valeur demandée, ou pas sans deviner.

    Attributes:
        texte: le texte lu.
        attendu: ce qui était attendu (« une date », « une durée », « un horaire »).
        raison: pourquoi la lecture échoue, en français.

    >>> raise LectureImpossible("abc", "une date", "aucune date reconnue")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « abc » ne se lit pas comme une date : aucune date reconnue
    """

    def __init__(self, texte: str, attendu: str, raison: str) -> None:
        self.texte = texte
        self.attendu = attendu
        self.raison = raison
        super().__init__(f"« {texte} » ne se lit pas comme {attendu} : {raison}")


def _normaliser(texte: str) -> str:
    """Minuscules sans accents, exposants à plat (« 1ᵉʳ » → « 1er »), apostrophes droites."""
    texte = unicodedata.normalize("NFKC", texte).replace("’", "'").replace("`", "'")
    return re.sub(r"\s+", " ", sans_accents(texte).casefold()).strip()


# --- dates ---------------------------------------------------------------------------------

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
_DATE_CHIFFREE = re.compile(r"(\d{1,2})\s*[./ -]\s*(\d{1,2})(?:\s*[./ -]\s*(\d{2,4}))?")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")
# Deux jours par défaut qui diffèrent en tout : ce que dateutil en reprend manquait au texte.
# Deux années bissextiles, pour que « 29 février » sans année se lise avant d'être refusé.
_DEFAUTS = (
    datetime.datetime(2000, 1, 1),  # noqa: DTZ001  (seul le jour compte : pas de fuseau)
    datetime.datetime(2004, 2, 2, 1, 1, 1),  # noqa: DTZ001
)


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


def lire_date(texte: str, *, reference: datetime.date | None = None) -> datetime.date:
    """La date qu'écrit ``texte``, sous l'une des formes des offres.

    Les dates en chiffres se lisent toujours jour, mois, année (« 1/10/2025 »
    est le 1er octobre) ; une date ISO (« 2025-10-01 ») se lit année, mois, jour.
    Le jour de la semaine, s'il est écrit, doit être celui de la date.

    Args:
        texte: la date écrite (« Vendredi 28 mars 2025 », « 1ᵉʳ juillet 2025 »,
            « 30/04/2026 », « 01.09.2025 », « 15 sept. 2025 », « 2025-07-01 »).
        reference: un jour qui donne l'année quand le texte ne la donne pas
            (« 15 septembre »), et le siècle d'une année à deux chiffres (le plus proche).

    Returns:
        La date.

    Raises:
        LectureImpossible: le texte n'est pas une date, une date qui n'existe
            pas, une date incomplète sans référence, un jour de la semaine
            contradictoire, ou une date accompagnée d'une heure.

    >>> lire_date("1ᵉʳ juillet 2025")
    datetime.date(2025, 7, 1)
    >>> lire_date("1/10/2025"), lire_date("01.09.2025")
    (datetime.date(2025, 10, 1), datetime.date(2025, 9, 1))
    >>> lire_date("15 septembre", reference=datetime.date(2025, 6, 2))
    datetime.date(2025, 9, 15)
    >>> lire_date("31 février 2025")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « 31 février 2025 » ne se lit pas comme une date : cette date n'existe pas
    >>> lire_date("15 septembre")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « 15 septembre » ne se lit pas comme une date : l'année manque (donner reference=)
    """

    def impossible(raison: str) -> LectureImpossible:
        return LectureImpossible(texte, "une date", raison)

    normal = _normaliser(texte)
    if not normal:
        raise impossible("le texte est vide")
    if _ISO.fullmatch(normal):
        try:
            return datetime.date.fromisoformat(normal)
        except ValueError:
            raise impossible("cette date n'existe pas") from None
    normal = _PREMIER.sub("1", normal)
    infos = _InfosFrancaises(reference)
    try:
        premiere = _analyser(normal, infos, _DEFAUTS[0])
    except _AnneeAmbigue:
        raise impossible("une année sur deux chiffres demande reference=") from None
    except (ValueError, OverflowError) as erreur:
        raison = "cette date n'existe pas" if "out of range" in str(erreur) else None
        raise impossible(raison or "aucune date reconnue") from None
    try:
        seconde = _analyser(normal, infos, _DEFAUTS[1])
    except (ValueError, OverflowError):
        raise impossible("le jour, le mois ou l'année manque") from None
    champs_horaires = ("hour", "minute", "second")
    if any(getattr(premiere, c) == getattr(seconde, c) for c in champs_horaires):
        raise impossible("le texte porte une heure ; seule une date est attendue")
    if premiere.day != seconde.day or premiere.month != seconde.month:
        raise impossible("le jour ou le mois manque")
    annee = premiere.year
    if premiere.year != seconde.year:
        if reference is None:
            raise impossible("l'année manque (donner reference=)")
        annee = reference.year
    try:
        date = datetime.date(annee, premiere.month, premiere.day)
    except ValueError:
        raise impossible(f"cette date n'existe pas en {annee}") from None
    chiffree = _DATE_CHIFFREE.fullmatch(_JOUR_SEMAINE.sub("", normal).strip())
    if chiffree and (int(chiffree[1]), int(chiffree[2])) != (date.day, date.month):
        raise impossible("une date en chiffres s'écrit jour, mois, année")
    jour_ecrit = _JOUR_SEMAINE.search(normal)
    if jour_ecrit and not _JOURS[date.weekday()].startswith(jour_ecrit[1]):
        jour = f"{date.day:02d}/{date.month:02d}/{date.year}"
        raise impossible(f"le {jour} est un {_JOURS[date.weekday()]}")
    return date


# --- nombres écrits en lettres ------------------------------------------------------------------

# Les nombres en lettres sont lus par text2num (Allo-Media, licence MIT, publié
# régulièrement depuis 2018, cœur en Rust) plutôt qu'à la main : il connaît toute la
# numération française (« soixante-dix », « quatre-vingt-dix-neuf », « deux cents »,
# « mille »), et refuse ce qui n'est pas un nombre (« cent cent »). Le motif ne fait
# que délimiter une suite de mots de nombre, séparés par un espace ou un trait d'union
# (« et » compris : « vingt et un ») ; sans « million », la valeur reste sous 10**6.
_MOTS_NOMBRE = [
    "zero",
    "une",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingts",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cents",
    "cent",
    "mille",
]
_MOT = "(?:" + "|".join(sorted(_MOTS_NOMBRE, key=len, reverse=True)) + ")"
_MOT_NOMBRE = rf"{_MOT}(?:(?:[- ]et)?[- ]{_MOT})*(?![a-z])"


def _nombre_en_lettres(mots: str) -> int:
    """« dix-huit » → 18, « soixante et onze » → 71, « quatre-vingt-dix-neuf » → 99.

    Raises:
        ValueError: une suite de mots de nombre qui n'est pas un nombre (« cent cent »).
    """
    from text_to_num import text2num  # noqa: PLC0415  (chargé au premier nombre en lettres)

    # Le texte est normalisé sans accents ; text2num écrit « zéro ». Les traits d'union
    # deviennent des espaces : text2num lit « dix sept mille » mais pas l'orthographe
    # de 1990 (« dix-sept-mille »), que les offres emploient aussi.
    return int(text2num(re.sub(r"\bzero\b", "zéro", mots.replace("-", " ")), "fr"))


def _decimal(chiffres: str) -> Decimal:
    from babel.numbers import (  # noqa: PLC0415  (babel se charge au premier usage)
        NumberFormatError,
        parse_decimal,
    )

    try:
        return Decimal(parse_decimal(chiffres.replace(".", ","), locale=LOCALE, strict=True))
    except (NumberFormatError, InvalidOperation) as erreur:
        raise ValueError(chiffres) from erreur


# --- durées -------------------------------------------------------------------------------------

_NOMBRE = rf"(?:\d+(?:[.,]\d+)?|{_MOT_NOMBRE})"
_TERME = re.compile(
    rf"(?P<nombre>{_NOMBRE})\s*(?P<unite>annees?|ans?|mois|semaines?|jours?)\b"
    r"(?P<demi>\s+et\s+demie?\b)?"
)
_SEPARATEUR = re.compile(r"\s*(?:,|\bet\b)?\s*")
_QUALIFICATIFS = re.compile(
    r"(?:\s*,?\s*(?:minimum|maximum|au minimum|au maximum|au moins|au plus|min\.?|max\.?"
    r"|(?:non )?renouvelables?(?: (?:une|deux|trois|\d) fois)?|reconductibles?"
    r"|avec possibilite de renouvellement|\(.*?\)))*$"
)
# Chaque unité en (mois, jours), d'après ses trois premières lettres.
_UNITES_DUREE = {"ann": (12, 0), "an": (12, 0), "moi": (1, 0), "sem": (0, 7), "jou": (0, 1)}


def lire_duree(texte: str) -> relativedelta:
    """La durée qu'écrit ``texte`` : « 3 ans », « un an minimum », « 1 an et 6 mois ».

    Les qualificatifs d'une durée de contrat (« minimum », « renouvelable »,
    « avec possibilité de renouvellement ») sont acceptés et ne changent pas la
    durée lue ; « d'un an » se lit comme « un an ». Les nombres s'écrivent en
    chiffres (« 1,5 an ») ou en lettres (« deux ans », « dix-huit mois »,
    « quatre-vingt-dix jours »), « et demi » compris (« un an et demi »).

    Returns:
        Un relativedelta d'années, de mois et de jours (les mois au-delà de 11
        y sont rangés en années : « 18 mois » donne 1 an et 6 mois).

    Raises:
        LectureImpossible: le texte n'est pas une durée, ou une fraction qui ne
            tombe pas sur un mois ou un jour entier (« 1,5 mois »).

    >>> lire_duree("3 ans")
    relativedelta(years=+3)
    >>> lire_duree("6 mois renouvelable")
    relativedelta(months=+6)
    >>> lire_duree("deux ans") == lire_duree("24 mois")
    True
    >>> lire_duree("18 mois")
    relativedelta(years=+1, months=+6)
    >>> lire_duree("un an et demi") == lire_duree("1 an et 6 mois") == lire_duree("1,5 an")
    True
    >>> lire_duree("longtemps")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « longtemps » ne se lit pas comme une durée : aucune durée reconnue
    """

    def impossible(raison: str) -> LectureImpossible:
        return LectureImpossible(texte, "une durée", raison)

    normal = re.sub(r"^(?:d'|de |duree de )", "", _normaliser(texte))
    normal = _QUALIFICATIFS.sub("", normal).strip()
    mois, jours, position, termes = Decimal(0), Decimal(0), 0, 0
    while position < len(normal):
        if termes:
            separateur = _SEPARATEUR.match(normal, position)
            position = separateur.end() if separateur else position
        terme = _TERME.match(normal, position)
        if terme is None:
            break
        nombre = terme["nombre"]
        try:
            valeur = (
                _decimal(nombre) if nombre[0].isdigit() else Decimal(_nombre_en_lettres(nombre))
            )
        except ValueError:
            raise impossible(f"nombre illisible : {nombre}") from None
        if terme["demi"]:
            valeur += Decimal("0.5")
        par_mois, par_jour = _UNITES_DUREE[terme["unite"][:3].rstrip("s")]
        mois += valeur * par_mois
        jours += valeur * par_jour
        position, termes = terme.end(), termes + 1
    if not termes or position < len(normal):
        raise impossible(
            "aucune durée reconnue" if not termes else f"reste « {normal[position:]} »"
        )
    if mois != mois.to_integral_value() or jours != jours.to_integral_value():
        raise impossible("la durée ne tombe pas sur un nombre entier de mois et de jours")
    return relativedelta(months=int(mois), days=int(jours))


# --- horaires -----------------------------------------------------------------------------------

_HEURES = (
    r"(?P<{0}h>\d{{1,3}}(?:[.,]\d+)?)\s*"
    r"(?:(?P<{0}u>heures?|h)\s*(?:(?P<{0}m>\d{{1,2}})\s*(?:min|mn|minutes?)?)?)?"
)
_HORAIRE = re.compile(
    _HEURES.format("n")
    + r"(?:\s*/\s*"
    + _HEURES.format("d")
    + r"\s*(?:e|eme|ieme|emes)?)?"
    + r"(?:\s*(?:hebdomadaires?|hebdo\.?|par semaine|/ ?semaine|semaine))?"
)
# Le plus grand horaire que le modèle représente (Horaire : 168 h et 59 min au plus).
_MAXIMUM = Decimal(168) + Decimal(59) / 60


def _heures(correspondance: re.Match[str], nom: str) -> Decimal | None:
    chiffres = correspondance[f"{nom}h"]
    if chiffres is None:
        return None
    heures = _decimal(chiffres)
    minutes = correspondance[f"{nom}m"]
    if minutes is None:
        return heures
    if heures != heures.to_integral_value() or int(minutes) > 59:
        message = f"{chiffres} h {minutes}"
        raise ValueError(message)
    return heures + Decimal(int(minutes)) / 60


def lire_heures(texte: str) -> Decimal:
    """La durée hebdomadaire qu'écrit ``texte``, en heures décimales.

    Une fraction du temps complet (« 28/35e », « 28h/35h ») donne son
    numérateur. Les heures et minutes (« 17 h 30 ») donnent le même nombre que
    :meth:`fpt_offres.Horaire.en_heures`.

    Raises:
        LectureImpossible: le texte n'est pas un horaire, des minutes au-delà
            de 59, plus d'heures qu'une semaine (et qu'un :class:`~fpt_offres.Horaire`)
            n'en compte, ou une fraction plus grande que 1.

    >>> lire_heures("17 h 30"), lire_heures("24h30 hebdomadaires")
    (Decimal('17.5'), Decimal('24.5'))
    >>> lire_heures("28/35e"), lire_heures("28h/35h"), lire_heures("35 heures")
    (Decimal('28'), Decimal('28'), Decimal('35'))
    >>> lire_heures("17,5/35e")
    Decimal('17.5')
    >>> lire_heures("40/35e")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « 40/35e » ne se lit pas comme un horaire : le numérateur dépasse le dénominateur
    """

    def impossible(raison: str) -> LectureImpossible:
        return LectureImpossible(texte, "un horaire", raison)

    correspondance = _HORAIRE.fullmatch(_normaliser(texte))
    if correspondance is None:
        raise impossible("aucun horaire reconnu")
    try:
        heures, sur = _heures(correspondance, "n"), _heures(correspondance, "d")
    except ValueError as erreur:
        raise impossible(f"horaire illisible : {erreur}") from None
    if heures is None:  # pragma: no cover  (le numérateur est obligatoire dans le motif)
        raise impossible("aucun horaire reconnu")
    if heures > _MAXIMUM:
        raise impossible("plus d'heures qu'une semaine n'en compte")
    if sur is not None and (sur == 0 or heures > sur):
        raise impossible("le numérateur dépasse le dénominateur")
    return heures
