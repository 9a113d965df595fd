"""Le français écrit des offres : dates, montants, durées, horaires, quotités, listes.

Chaque fonction a la forme de celles de babel, ``formater_x(valeur, format=…, *,
locale=…)`` ; la locale vaut :data:`LOCALE` (``"fr_FR"``) et n'est **jamais** lue
dans l'environnement du processus. babel fait tout le travail de la locale
(CLDR : mois, séparateurs, devises, pluriels, listes) et n'est importé qu'au
premier appel : ``import fpt_offres`` ne charge pas babel.

La typographie est celle d'un correcteur soigneux : espace fine insécable
(U+202F) entre les milliers comme babel l'écrit, espace insécable (U+00A0)
avant « € », « % », « : » et à l'intérieur des guillemets « », « 1er » pour le
premier du mois, apostrophe typographique (’). L'argument ``espaces="simples"``
remplace les espaces insécables par des espaces ordinaires, pour les systèmes
qui ne les acceptent pas.

Les mots (« de … à … », « clôture dans … ») sont français ; une autre locale
francophone (``"fr_BE"``, ``"fr_CH"``, ``"fr_NC"``…) change les séparateurs et
les formats de date, pas les mots.

>>> import datetime
>>> from decimal import Decimal
>>> formater_date(datetime.date(2025, 7, 1), "complet")
'mardi 1er juillet 2025'
>>> formater_montant(Decimal("2461.39"), espaces="simples")
'2 461,39 €'

Sources : Imprimerie nationale, *Lexique des règles typographiques en usage à
l'Imprimerie nationale* (espaces, abréviations, « 1er ») ; Unicode CLDR par
babel (https://babel.pocoo.org/).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Literal

from dateutil.relativedelta import relativedelta

from fpt_offres.modele.commun import Fourchette
from fpt_offres.modele.statut import Categorie
from fpt_offres.modele.temps import HEURES_TEMPS_COMPLET, Horaire

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "ESPACE_FINE",
    "ESPACE_INSECABLE",
    "LOCALE",
    "Espaces",
    "FormatDate",
    "FormatDuree",
    "FormatHeures",
    "StyleListe",
    "entre_guillemets",
    "formater_categories",
    "formater_cloture",
    "formater_compte",
    "formater_date",
    "formater_duree",
    "formater_fourchette",
    "formater_heures",
    "formater_liste",
    "formater_montant",
    "formater_nombre",
    "formater_pourcentage",
    "formater_quotite",
]

LOCALE = "fr_FR"
"""La locale de toutes les fonctions, le français de France ; jamais celle de l'environnement."""

ESPACE_INSECABLE = "\u00a0"
"""L'espace insécable U+00A0, avant le deux-points, « € », « % » et dans les guillemets."""

ESPACE_FINE = "\u202f"
"""L'espace fine insécable U+202F, entre les milliers et autour de « h »."""

Espaces = Literal["insecables", "simples"]
"""Les espaces insécables telles que babel les écrit, ou des espaces ordinaires."""

FormatDate = Literal["complet", "long", "abrege", "court"]
"""« mardi 1er juillet 2025 », « 1er juillet 2025 », « 1er juil. 2025 », « 01/07/2025 »."""

FormatDuree = Literal["usuel", "detaille", "mois"]
"""« 18 mois » et « 3 ans » ; « 1 an et 6 mois » ; tout en mois, « 36 mois »."""

FormatHeures = Literal["heures", "fraction"]
"""« 17 h 30 » ; ou la fraction du temps complet d'un temps non complet, « 17,5/35e »."""

StyleListe = Literal["et", "ou"]
"""« A, B et C » ou « A, B ou C »."""

_FORMATS_DATE = {"complet": "full", "long": "long", "abrege": "medium", "court": "short"}
_STYLES_LISTE: dict[str, Literal["standard", "or"]] = {"et": "standard", "ou": "or"}
# Le champ « jour » seul d'un motif CLDR (« d », pas « dd »), hors des littéraux entre apostrophes.
_CHAMP_JOUR = re.compile(r"(?<![d'])d(?![d'])")
_CHIFFRE_ESPACE = re.compile(r"(?<=\d) (?=\D)")
_DECIMALES = re.compile(r"\.0+")


@cache
def _locale(code: str) -> Locale:
    """La locale babel de ``code``, chargée une fois (babel s'importe ici, au premier usage)."""
    from babel import Locale  # noqa: PLC0415  (babel se charge au premier usage)

    return Locale.parse(code)


def _espacer(texte: str, espaces: str) -> str:
    if espaces == "insecables":
        return texte
    if espaces == "simples":
        return texte.replace(ESPACE_INSECABLE, " ").replace(ESPACE_FINE, " ")
    message = f"espaces doit valoir « insecables » ou « simples », pas {espaces!r}"
    raise ValueError(message)


def _choix(valeur: str, possibles: Iterable[str], nom: str) -> None:
    possibles = tuple(possibles)
    if valeur not in possibles:
        noms = ", ".join(f"« {p} »" for p in possibles)
        message = f"{nom} doit valoir l'un de {noms}, pas {valeur!r}"
        raise ValueError(message)


# --- dates ---------------------------------------------------------------------------------


def formater_date(date: datetime.date, format: FormatDate = "long", *, locale: str = LOCALE) -> str:
    """Une date en toutes lettres ou en chiffres, avec « 1er » pour le premier du mois.

    Args:
        date: la date.
        format: ``"complet"`` (avec le jour de la semaine), ``"long"``,
            ``"abrege"`` (mois abrégé) ou ``"court"`` (chiffres).
        locale: la locale babel.

    Returns:
        La date écrite ; le jour 1 s'écrit « 1er » en français, sauf en chiffres.

    Raises:
        ValueError: un format inconnu.

    >>> import datetime
    >>> formater_date(datetime.date(2025, 3, 28), "complet")
    'vendredi 28 mars 2025'
    >>> formater_date(datetime.date(2025, 7, 1))
    '1er juillet 2025'
    >>> formater_date(datetime.date(2025, 9, 1), "abrege")
    '1er sept. 2025'
    >>> formater_date(datetime.date(2025, 3, 28), "court")
    '28/03/2025'
    """
    from babel.dates import format_date  # noqa: PLC0415  (babel se charge au premier usage)

    _choix(format, _FORMATS_DATE, "format")
    langue = _locale(locale)
    motif = str(langue.date_formats[_FORMATS_DATE[format]].pattern)
    if date.day == 1 and langue.language == "fr":
        # « le 1er juillet » : l'ordinal abrégé du premier du mois (Imprimerie nationale).
        morceaux = motif.split("'")
        # Les morceaux d'indice impair sont des littéraux entre apostrophes : on n'y touche pas.
        motif = "'".join(
            _CHAMP_JOUR.sub("d'er'", m) if i % 2 == 0 else m for i, m in enumerate(morceaux)
        )
    return str(format_date(date, motif, locale=langue))


def formater_cloture(
    date_limite: datetime.date,
    *,
    aujourd_hui: datetime.date,
    espaces: Espaces = "insecables",
    locale: str = LOCALE,
) -> str:
    """Où en est la date limite de candidature, vu d'un jour donné.

    Le jour de référence est toujours donné : le résultat ne dépend pas de
    l'horloge. La date limite est le dernier jour pour candidater ; l'offre est
    donc encore ouverte ce jour-là.

    Args:
        date_limite: la date limite de candidature.
        aujourd_hui: le jour d'où l'on regarde.
        espaces: ``"simples"`` pour des espaces ordinaires.
        locale: la locale babel.

    >>> import datetime
    >>> limite = datetime.date(2026, 4, 30)
    >>> formater_cloture(limite, aujourd_hui=datetime.date(2026, 4, 18), espaces="simples")
    'clôture dans 12 jours'
    >>> formater_cloture(limite, aujourd_hui=limite)
    'clôture aujourd’hui'
    >>> formater_cloture(limite, aujourd_hui=datetime.date(2026, 5, 1))
    'clôturée depuis hier'
    >>> formater_cloture(limite, aujourd_hui=datetime.date(2026, 5, 3), espaces="simples")
    'clôturée depuis 3 jours'
    """
    from babel.dates import format_timedelta  # noqa: PLC0415  (babel se charge au premier usage)

    jours = (date_limite - aujourd_hui).days
    if jours == 0:
        return "clôture aujourd’hui"
    if jours == 1:
        return "clôture demain"
    if jours == -1:
        return "clôturée depuis hier"
    # Un seuil infini garde le compte exact en jours (babel arrondirait sinon à la semaine, au mois).
    duree = str(
        format_timedelta(
            datetime.timedelta(days=abs(jours)),
            granularity="day",
            threshold=float("inf"),
            locale=_locale(locale),
        )
    )
    texte = f"clôture dans {duree}" if jours > 0 else f"clôturée depuis {duree}"
    return _espacer(texte, espaces)


# --- nombres et montants ---------------------------------------------------------------------


def formater_nombre(
    valeur: int | Decimal, *, espaces: Espaces = "insecables", locale: str = LOCALE
) -> str:
    """Un nombre à la française, sans arrondi : « 2 000 », « 17,55 ».

    >>> formater_nombre(1000000, espaces="simples")
    '1 000 000'
    >>> formater_nombre(Decimal("2.5"))
    '2,5'
    """
    from babel.numbers import format_decimal  # noqa: PLC0415  (babel se charge au premier usage)

    texte = format_decimal(valeur, locale=_locale(locale), decimal_quantization=False)
    return _espacer(str(texte), espaces)


def formater_compte(
    nombre: int | Decimal,
    nom: str,
    pluriel: str | None = None,
    *,
    espaces: Espaces = "insecables",
    locale: str = LOCALE,
) -> str:
    """Un nombre et ce qu'il compte, accordé selon les règles de pluriel de la locale.

    En français, 0 et 1 (et 1,5) gouvernent le singulier (CLDR, règles de pluriel).

    Args:
        nombre: le nombre.
        nom: le nom au singulier.
        pluriel: le nom au pluriel ; par défaut le singulier suivi de « s ».
        espaces: ``"simples"`` pour des espaces ordinaires.
        locale: la locale babel.

    >>> formater_compte(2000, "agent", espaces="simples")
    '2 000 agents'
    >>> formater_compte(0, "agent")
    '0\xa0agent'
    >>> formater_compte(15, "jour de RTT", "jours de RTT")
    '15\xa0jours de RTT'
    """
    forme = _locale(locale).plural_form(nombre)
    mot = nom if forme == "one" else (pluriel if pluriel is not None else f"{nom}s")
    return _espacer(f"{formater_nombre(nombre, locale=locale)}{ESPACE_INSECABLE}{mot}", espaces)


def formater_pourcentage(
    valeur: int | Decimal, *, espaces: Espaces = "insecables", locale: str = LOCALE
) -> str:
    """Un pourcentage donné en points (75 pour 75 %), sans arrondi.

    >>> formater_pourcentage(Decimal("75"))
    '75\\xa0%'
    >>> formater_pourcentage(Decimal("33.33"), espaces="simples")
    '33,33 %'
    """
    from babel.numbers import format_percent  # noqa: PLC0415  (babel se charge au premier usage)

    texte = format_percent(
        Decimal(valeur) / 100, locale=_locale(locale), decimal_quantization=False
    )
    return _espacer(str(texte), espaces)


def _entier(valeur: Decimal | int) -> bool:
    return Decimal(valeur) == Decimal(valeur).to_integral_value()


def _motif_devise(langue: Locale, *, decimales: bool) -> str:
    motif = str(langue.currency_formats["standard"].pattern)
    return motif if decimales else _DECIMALES.sub("", motif)


def formater_montant(
    valeur: Decimal | int,
    devise: str = "EUR",
    *,
    espaces: Espaces = "insecables",
    locale: str = LOCALE,
) -> str:
    """Un montant dans sa devise : les centimes quand il y en a, jamais d'arrondi.

    Args:
        valeur: le montant.
        devise: le code ISO 4217 de la devise (``"XPF"`` pour le franc CFP).
        espaces: ``"simples"`` pour des espaces ordinaires.
        locale: la locale babel.

    >>> formater_montant(Decimal("2461.39"))
    '2\\u202f461,39\\xa0€'
    >>> formater_montant(Decimal("2000"), espaces="simples")
    '2 000 €'
    >>> formater_montant(Decimal("1500.5"), espaces="simples")
    '1 500,50 €'
    >>> formater_montant(250000, "XPF", espaces="simples")
    '250 000 FCFP'
    """
    from babel.numbers import format_currency  # noqa: PLC0415  (babel se charge au premier usage)

    langue = _locale(locale)
    texte = format_currency(
        valeur,
        devise,
        format=_motif_devise(langue, decimales=not _entier(valeur)),
        locale=langue,
        currency_digits=False,
        decimal_quantization=False,
    )
    return _espacer(str(texte), espaces)


def formater_fourchette(
    fourchette: Fourchette,
    devise: str = "EUR",
    *,
    espaces: Espaces = "insecables",
    locale: str = LOCALE,
) -> str:
    """Une fourchette de montants : « de … à … », « à partir de … », « jusqu’à … ».

    La devise ne s'écrit qu'une fois, après le second montant. Quand l'un des
    deux montants a des centimes, les deux en ont.

    >>> from fpt_offres import Fourchette
    >>> formater_fourchette(Fourchette(minimum=Decimal(2000), maximum=Decimal(2500)), espaces="simples")
    'de 2 000 à 2 500 €'
    >>> formater_fourchette(Fourchette(maximum=Decimal(2500)), espaces="simples")
    'jusqu’à 2 500 €'
    >>> formater_fourchette(Fourchette(minimum=Decimal("1800.5")), espaces="simples")
    'à partir de 1 800,50 €'
    >>> formater_fourchette(Fourchette.montant(Decimal(75)), espaces="simples")
    '75 €'
    """
    from babel.numbers import (  # noqa: PLC0415  (babel se charge au premier usage)
        format_currency,
        format_decimal,
    )

    minimum, maximum = fourchette.minimum, fourchette.maximum
    if maximum is None or minimum is None or minimum == maximum:
        if minimum is None and maximum is not None:
            return f"jusqu’à {formater_montant(maximum, devise, espaces=espaces, locale=locale)}"
        if minimum is None:  # exclu par l'invariant de Fourchette
            message = "une fourchette a au moins un minimum ou un maximum"
            raise ValueError(message)
        montant = formater_montant(minimum, devise, espaces=espaces, locale=locale)
        return montant if maximum is not None else f"à partir de {montant}"
    langue = _locale(locale)
    motif = _motif_devise(langue, decimales=not (_entier(minimum) and _entier(maximum)))
    debut = format_decimal(
        minimum,
        format=motif.replace("¤", "").strip(f" {ESPACE_INSECABLE}{ESPACE_FINE}"),
        locale=langue,
        decimal_quantization=False,
    )
    fin = format_currency(
        maximum,
        devise,
        format=motif,
        locale=langue,
        currency_digits=False,
        decimal_quantization=False,
    )
    return _espacer(f"de {debut} à {fin}", espaces)


# --- durées, horaires, quotités ---------------------------------------------------------------


def _unite(nombre: int, unite: str, langue: Locale) -> str:
    from babel.units import format_unit  # noqa: PLC0415  (babel se charge au premier usage)

    texte = str(format_unit(nombre, unite, length="long", locale=langue))
    # CLDR écrit « 2 ans » avec une espace ordinaire mais « 1 an » avec une insécable :
    # le nombre et son unité ne se séparent jamais.
    return _CHIFFRE_ESPACE.sub(ESPACE_INSECABLE, texte)


def _composantes(valeur: int | relativedelta) -> tuple[int, int]:
    """(mois, jours) d'une durée ; refuse ce qui n'est pas une durée positive en jours."""
    if isinstance(valeur, bool) or not isinstance(valeur, int | relativedelta):
        message = f"une durée est un nombre de mois ou un relativedelta, pas {valeur!r}"
        raise TypeError(message)
    if isinstance(valeur, int):
        mois, jours = valeur, 0
    else:
        absolus = (valeur.year, valeur.month, valeur.day, valeur.weekday)
        fins = (valeur.hours, valeur.minutes, valeur.seconds, valeur.microseconds, valeur.leapdays)
        if any(a is not None for a in absolus) or any(fins):
            message = f"seules les années, mois et jours d'un relativedelta s'écrivent : {valeur!r}"
            raise ValueError(message)
        mois, jours = valeur.years * 12 + valeur.months, valeur.days
    if mois < 0 or jours < 0:
        message = f"une durée ne peut pas être négative : {valeur!r}"
        raise ValueError(message)
    return mois, jours


def formater_duree(
    valeur: int | relativedelta,
    format: FormatDuree = "usuel",
    *,
    espaces: Espaces = "insecables",
    locale: str = LOCALE,
) -> str:
    """Une durée donnée en mois (un entier) ou par un ``relativedelta`` de python-dateutil.

    Args:
        valeur: un nombre de mois, ou un relativedelta d'années, de mois et de jours.
        format: ``"usuel"`` (les années quand le compte est rond, les mois
            sinon : « 3 ans », « 18 mois »), ``"detaille"`` (« 1 an et 6 mois »)
            ou ``"mois"`` (« 36 mois »). Les jours s'ajoutent, en semaines quand
            le compte est rond.
        espaces: ``"simples"`` pour des espaces ordinaires.
        locale: la locale babel.

    Raises:
        ValueError: une durée négative, un format inconnu, ou un relativedelta
            avec des heures ou des valeurs absolues (``year=``, ``weekday=``…).

    >>> from dateutil.relativedelta import relativedelta
    >>> for mois in (36, 18, 12, 6):
    ...     print(formater_duree(mois, espaces="simples"))
    3 ans
    18 mois
    1 an
    6 mois
    >>> formater_duree(18, "detaille", espaces="simples")
    '1 an et 6 mois'
    >>> formater_duree(relativedelta(years=1, months=2, days=14), "detaille", espaces="simples")
    '1 an, 2 mois et 2 semaines'
    """
    from babel.lists import format_list  # noqa: PLC0415  (babel se charge au premier usage)

    _choix(format, ("usuel", "detaille", "mois"), "format")
    mois, jours = _composantes(valeur)
    langue = _locale(locale)
    parties = []
    annees, reste = divmod(mois, 12)
    if format == "detaille":
        if annees:
            parties.append(_unite(annees, "duration-year", langue))
        if reste:
            parties.append(_unite(reste, "duration-month", langue))
    elif mois and format == "usuel" and not reste:
        parties.append(_unite(annees, "duration-year", langue))
    elif mois:
        parties.append(_unite(mois, "duration-month", langue))
    if jours:
        semaines, reste_jours = divmod(jours, 7)
        parties.append(
            _unite(jours, "duration-day", langue)
            if reste_jours
            else _unite(semaines, "duration-week", langue)
        )
    if not parties:
        parties.append(_unite(0, "duration-month", langue))
    return _espacer(str(format_list(parties, locale=langue)), espaces)


def _minutes(valeur: Horaire | Decimal | int) -> int:
    if isinstance(valeur, Horaire):
        return valeur.en_minutes()
    minutes = Decimal(valeur) * 60
    arrondi = minutes.to_integral_value()
    # Horaire.en_heures() rend 17 h 20 en 17,333… (28 chiffres) : l'écart est un arrondi de Decimal.
    if abs(minutes - arrondi) > Decimal("1e-9"):
        message = f"{valeur} h ne tombe pas sur une minute entière"
        raise ValueError(message)
    entier = int(arrondi)
    # Horaire vérifie les bornes (0 à 168 h par semaine) et lève ValeurInvalide (une ValueError).
    Horaire(heures=entier // 60, minutes=entier % 60)
    return entier


def formater_heures(
    valeur: Horaire | Decimal | int,
    format: FormatHeures = "heures",
    *,
    espaces: Espaces = "insecables",
    locale: str = LOCALE,
) -> str:
    """Une durée hebdomadaire : « 17 h 30 », ou « 17,5/35e » pour un temps non complet.

    Args:
        valeur: un :class:`~fpt_offres.Horaire`, ou des heures décimales.
        format: ``"heures"`` ou ``"fraction"`` (la part des 35 heures du temps
            complet). La fraction garde heures et minutes quand les heures
            décimales ne tombent pas juste en centièmes : « 17 h 20/35e ».
        espaces: ``"simples"`` pour des espaces ordinaires.
        locale: la locale babel.

    Raises:
        ValueError: des heures qui ne tombent pas sur une minute, hors de ce
            qu'un :class:`~fpt_offres.Horaire` représente, ou une fraction de plus de 35 h.

    >>> from fpt_offres import Horaire
    >>> formater_heures(Horaire(heures=17, minutes=30), espaces="simples")
    '17 h 30'
    >>> formater_heures(Decimal(35), espaces="simples")
    '35 h'
    >>> formater_heures(Horaire(heures=17, minutes=30), "fraction")
    '17,5/35e'
    >>> formater_heures(Decimal(28), "fraction")
    '28/35e'
    """
    _choix(format, ("heures", "fraction"), "format")
    total = _minutes(valeur)
    heures, minutes = divmod(total, 60)
    texte = f"{heures}{ESPACE_FINE}h" + (f"{ESPACE_FINE}{minutes:02d}" if minutes else "")
    if format == "fraction":
        if total > HEURES_TEMPS_COMPLET * 60:
            message = f"{texte} dépasse les {HEURES_TEMPS_COMPLET} h du temps complet"
            raise ValueError(_espacer(message, "simples"))
        if total % 3 == 0:  # des centièmes d'heure exacts
            texte = formater_nombre(Decimal(total) / 60, locale=locale)
        texte = f"{texte}/{HEURES_TEMPS_COMPLET}e"
    return _espacer(texte, espaces)


def formater_quotite(
    valeur: Decimal | int, *, espaces: Espaces = "insecables", locale: str = LOCALE
) -> str:
    """Une quotité de temps de travail, en pourcentage du temps complet.

    Args:
        valeur: la quotité, dans ]0 ; 100].
        espaces: ``"simples"`` pour des espaces ordinaires.
        locale: la locale babel.

    Raises:
        ValueError: une quotité hors de ]0 ; 100].

    >>> formater_quotite(Decimal(50), espaces="simples")
    'mi-temps (50 %)'
    >>> formater_quotite(Decimal(80), espaces="simples")
    '80 %'
    >>> formater_quotite(100, espaces="simples")
    'temps plein (100 %)'
    """
    if not 0 < valeur <= 100:
        message = f"une quotité est comprise entre 0 exclu et 100 %, pas {valeur}"
        raise ValueError(message)
    pourcentage = formater_pourcentage(valeur, espaces=espaces, locale=locale)
    if valeur == 50:
        return f"mi-temps ({pourcentage})"
    if valeur == 100:
        return f"temps plein ({pourcentage})"
    return pourcentage


# --- listes, catégories, guillemets ----------------------------------------------------------


def formater_liste(
    elements: Iterable[str], style: StyleListe = "et", *, locale: str = LOCALE
) -> str:
    """Une énumération : « A, B et C », ou « A, B ou C ».

    >>> formater_liste(["CV", "lettre de motivation", "dernier arrêté"])
    'CV, lettre de motivation et dernier arrêté'
    >>> formater_liste(["A", "B"], "ou")
    'A ou B'
    >>> formater_liste([])
    ''
    """
    from babel.lists import format_list  # noqa: PLC0415  (babel se charge au premier usage)

    _choix(style, _STYLES_LISTE, "style")
    return str(format_list(list(elements), style=_STYLES_LISTE[style], locale=_locale(locale)))


def formater_categories(categories: Iterable[Categorie], *, locale: str = LOCALE) -> str:
    """Les catégories d'un poste, dans l'ordre de l'offre : « catégorie A ou A+ ».

    Un poste relève d'une seule catégorie : les catégories ouvertes sont des
    possibilités, reliées par « ou ».

    Raises:
        ValueError: aucune catégorie.

    >>> from fpt_offres import Categorie
    >>> formater_categories([Categorie.A, Categorie.A_PLUS])
    'catégorie A ou A+'
    >>> formater_categories([Categorie.B])
    'catégorie B'
    """
    codes = [Categorie(c).value for c in categories]
    if not codes:
        message = "aucune catégorie à écrire"
        raise ValueError(message)
    return f"catégorie {formater_liste(codes, 'ou', locale=locale)}"


def entre_guillemets(texte: str, *, espaces: Espaces = "insecables") -> str:
    """Un texte entre guillemets français, espaces insécables à l'intérieur.

    >>> entre_guillemets("maisons départementales", espaces="simples")
    '« maisons départementales »'
    """
    return _espacer(f"«{ESPACE_INSECABLE}{texte}{ESPACE_INSECABLE}»", espaces)
