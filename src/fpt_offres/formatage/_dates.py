"""Les dates et les durées : « 1er juillet 2025 », « clôture dans 12 jours », « 1 an et 6 mois »."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from fpt_offres._demesure import contexte_exact, demesure, scientifique
from fpt_offres.formatage import ESPACE_INSECABLE, LOCALE, Espaces, FormatDate, FormatDuree
from fpt_offres.formatage._commun import choix, espacer, locale_babel

if TYPE_CHECKING:
    from babel import Locale

__all__ = ["formater_cloture", "formater_date", "formater_duree"]

_FORMATS_DATE = {"complet": "full", "long": "long", "abrege": "medium", "court": "short"}
# Le champ « jour » seul d'un motif CLDR (« d », pas « dd »), hors des littéraux entre apostrophes.
_CHAMP_JOUR = re.compile(r"(?<![d'])d(?![d'])")
_CHIFFRE_ESPACE = re.compile(r"(?<=\d) (?=\D)")


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

    choix(format, _FORMATS_DATE, "format")
    langue = locale_babel(locale)
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
            locale=locale_babel(locale),
        )
    )
    texte = f"clôture dans {duree}" if jours > 0 else f"clôturée depuis {duree}"
    return espacer(texte, espaces)


# --- durées ---------------------------------------------------------------------------------


def _unite(nombre: int, unite: str, langue: Locale) -> str:
    from babel.units import format_unit  # noqa: PLC0415  (babel se charge au premier usage)

    if demesure(nombre):
        # Le motif de CLDR au pluriel (« {0} ans »), le nombre écrit en notation scientifique.
        modele = str(format_unit(2, unite, length="long", locale=langue))
        texte = modele.replace("2", scientifique(nombre), 1)
    else:
        with contexte_exact():
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

    choix(format, ("usuel", "detaille", "mois"), "format")
    mois, jours = _composantes(valeur)
    langue = locale_babel(locale)
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
    return espacer(str(format_list(parties, locale=langue)), espaces)
