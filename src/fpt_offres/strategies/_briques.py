"""Les briques des autres stratégies : textes, options, tuples, décimaux et dates.

Les tuples ont au plus ``TAILLE_MAX`` éléments, pour que les offres restent
petites et les tests rapides.
"""

from __future__ import annotations

import datetime
from collections.abc import Hashable
from decimal import Decimal
from functools import cache
from typing import TypeVar

from hypothesis import strategies as st

from fpt_offres import bornes
from fpt_offres.modele import HeureJour

T = TypeVar("T")
H = TypeVar("H", bound=Hashable)

TAILLE_MAX = 3
"""Le nombre maximal d'éléments d'un tuple engendré."""

BOOLEENS = st.booleans()

_PHRASES = (
    "Commune de Poum",
    "Département de la Marne",
    "Chargé·e de mission « transition écologique »",
    'Agent d\'accueil "polyvalent"',
    "Responsable du service État civil 🏛️",
    "Œuvrer à l’égalité femmes-hommes",
    "Ingénieur(e) — voirie & réseaux",
    "Rédacteur principal de 1ʳᵉ classe",
    "Piloter, coordonner et évaluer les projets 🚀",
    "Maîtrise d'Excel, de Word… et du « bon sens »",
    "Îles Loyauté, Nouméa (98800)",
    "Crèche « Les P'tits Loups » – 12 berceaux",
    "Être à l'écoute 😊",
    "Niveau bac +5 exigé",
    "CNAS, titres-restaurant, participation mutuelle",
)

_CARACTERES = st.characters(codec="utf-8")


@cache
def textes(*, taille_max: int = 30) -> st.SearchStrategy[str]:
    """Des textes non blancs : phrases d'offres (accents, émojis, guillemets) ou texte quelconque.

    Args:
        taille_max: la longueur maximale d'un texte quelconque.
    """
    return st.one_of(
        st.sampled_from(_PHRASES),
        st.text(_CARACTERES, min_size=1, max_size=taille_max).filter(str.strip),
    )


def option(strategie: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.one_of(st.none(), strategie)


def tuples(strategie: st.SearchStrategy[T]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategie, max_size=TAILLE_MAX).map(tuple)


def tuples_uniques(strategie: st.SearchStrategy[H]) -> st.SearchStrategy[tuple[H, ...]]:
    return st.lists(strategie, max_size=TAILLE_MAX, unique=True).map(tuple)


@cache
def textes_opt() -> st.SearchStrategy[str | None]:
    return option(textes())


def decimaux(minimum: Decimal, maximum: Decimal) -> st.SearchStrategy[Decimal]:
    """Des Decimal entre deux bornes incluses : entiers, dixièmes ou centimes."""
    return st.one_of(
        st.integers(int(minimum.to_integral_value("ROUND_CEILING")), int(maximum)).map(Decimal),
        st.decimals(minimum, maximum, places=1),
        st.decimals(minimum, maximum, places=2),
    )


@cache
def pourcentages() -> st.SearchStrategy[Decimal]:
    return decimaux(Decimal("0.01"), Decimal(100))


@cache
def dates() -> st.SearchStrategy[datetime.date]:
    # Jusqu'aux bornes du format : les règles et le rendu doivent tenir aux extrêmes.
    return st.dates(bornes.DATE_MIN, bornes.DATE_MAX)


@cache
def dates_opt() -> st.SearchStrategy[datetime.date | None]:
    return option(dates())


def tels_qu_ecrits(codes: tuple[object, ...]) -> st.SearchStrategy[tuple[str, ...]]:
    """Les mots de l'offre pour ``codes`` : aucun, ou un texte par code."""
    return st.one_of(st.just(()), st.tuples(*(textes() for _ in codes)))


def avec_mots(objet: T, champ_codes: str, champ_mots: str) -> st.SearchStrategy[T]:
    """``objet`` avec, parfois, les mots de l'offre pour chaque code de ``champ_codes``."""
    import attrs  # noqa: PLC0415

    codes = getattr(objet, champ_codes)
    return tels_qu_ecrits(codes).map(lambda mots: attrs.evolve(objet, **{champ_mots: mots}))  # type: ignore[misc]


@cache
def heures_du_jour() -> st.SearchStrategy[HeureJour]:
    """Des heures du jour (0 h à 23 h 59)."""
    return st.builds(HeureJour, heures=st.integers(0, 23), minutes=st.integers(0, 59))
