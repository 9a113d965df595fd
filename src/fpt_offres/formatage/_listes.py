"""Les énumérations, les catégories et les guillemets : « A, B et C », « catégorie A ou A+ »."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from fpt_offres.formatage import ESPACE_INSECABLE, LOCALE, Espaces, StyleListe
from fpt_offres.formatage._commun import choix, espacer, locale_babel
from fpt_offres.modele.statut import Categorie

__all__ = ["entre_guillemets", "formater_categories", "formater_liste"]

_STYLES_LISTE: dict[str, Literal["standard", "or"]] = {"et": "standard", "ou": "or"}


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

    choix(style, _STYLES_LISTE, "style")
    return str(format_list(list(elements), style=_STYLES_LISTE[style], locale=locale_babel(locale)))


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
    return espacer(f"«{ESPACE_INSECABLE}{texte}{ESPACE_INSECABLE}»", espaces)
