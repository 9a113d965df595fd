"""Les nombres, montants, pourcentages, horaires et quotités : « 2 461,39 € », « 17 h 30 »."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from fpt_offres._demesure import contexte_exact, demesure, scientifique
from fpt_offres.formatage import ESPACE_FINE, ESPACE_INSECABLE, LOCALE, Espaces, FormatHeures
from fpt_offres.formatage._commun import choix, espacer, locale_babel
from fpt_offres.modele.commun import Fourchette
from fpt_offres.modele.temps import HEURES_TEMPS_COMPLET, Horaire

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "formater_compte",
    "formater_fourchette",
    "formater_heures",
    "formater_montant",
    "formater_nombre",
    "formater_pourcentage",
    "formater_quotite",
]

_DECIMALES = re.compile(r"\.0+")


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

    if demesure(valeur):
        return espacer(scientifique(valeur), espaces)
    with contexte_exact():
        texte = format_decimal(valeur, locale=locale_babel(locale), decimal_quantization=False)
    return espacer(str(texte), espaces)


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
    forme = locale_babel(locale).plural_form(nombre)
    mot = nom if forme == "one" else (pluriel if pluriel is not None else f"{nom}s")
    return espacer(f"{formater_nombre(nombre, locale=locale)}{ESPACE_INSECABLE}{mot}", espaces)


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

    if demesure(valeur):
        return espacer(f"{scientifique(valeur)}{ESPACE_INSECABLE}%", espaces)
    with contexte_exact():
        texte = format_percent(
            Decimal(valeur) / 100, locale=locale_babel(locale), decimal_quantization=False
        )
    return espacer(str(texte), espaces)


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

    langue = locale_babel(locale)
    if demesure(valeur):
        from babel.numbers import get_currency_symbol  # noqa: PLC0415

        symbole = get_currency_symbol(devise, locale=langue)
        return espacer(f"{scientifique(valeur)}{ESPACE_INSECABLE}{symbole}", espaces)
    with contexte_exact():
        texte = format_currency(
            valeur,
            devise,
            format=_motif_devise(langue, decimales=not _entier(valeur)),
            locale=langue,
            currency_digits=False,
            decimal_quantization=False,
        )
    return espacer(str(texte), espaces)


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
    minimum, maximum = fourchette.minimum, fourchette.maximum
    if maximum is None or minimum is None or minimum == maximum:
        if minimum is None and maximum is not None:
            return f"jusqu’à {formater_montant(maximum, devise, espaces=espaces, locale=locale)}"
        if minimum is None:  # exclu par l'invariant de Fourchette
            message = "une fourchette a au moins un minimum ou un maximum"
            raise ValueError(message)
        montant = formater_montant(minimum, devise, espaces=espaces, locale=locale)
        return montant if maximum is not None else f"à partir de {montant}"
    if demesure(minimum) or demesure(maximum):
        debut = formater_nombre(minimum, espaces=espaces, locale=locale)
        fin = formater_montant(maximum, devise, espaces=espaces, locale=locale)
        return espacer(f"de {debut} à {fin}", espaces)
    langue = locale_babel(locale)
    motif = _motif_devise(langue, decimales=not (_entier(minimum) and _entier(maximum)))
    with contexte_exact():
        return _fourchette_babel(
            minimum, maximum, devise=devise, motif=motif, langue=langue, espaces=espaces
        )


def _fourchette_babel(
    minimum: Decimal,
    maximum: Decimal,
    *,
    devise: str,
    motif: str,
    langue: Locale,
    espaces: Espaces,
) -> str:
    from babel.numbers import (  # noqa: PLC0415  (babel se charge au premier usage)
        format_currency,
        format_decimal,
    )

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
    return espacer(f"de {debut} à {fin}", espaces)


# --- horaires, quotités --------------------------------------------------------------------


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
    choix(format, ("heures", "fraction"), "format")
    total = _minutes(valeur)
    heures, minutes = divmod(total, 60)
    texte = f"{heures}{ESPACE_FINE}h" + (f"{ESPACE_FINE}{minutes:02d}" if minutes else "")
    if format == "fraction":
        if total > HEURES_TEMPS_COMPLET * 60:
            message = f"{texte} dépasse les {HEURES_TEMPS_COMPLET} h du temps complet"
            raise ValueError(espacer(message, "simples"))
        if total % 3 == 0:  # des centièmes d'heure exacts
            texte = formater_nombre(Decimal(total) / 60, locale=locale)
        texte = f"{texte}/{HEURES_TEMPS_COMPLET}e"
    return espacer(texte, espaces)


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
