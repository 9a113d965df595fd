"""L'offre entière : chaque partie absente (par défaut) ou engendrée."""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from hypothesis import strategies as st

from fpt_offres.modele import (
    Calendrier,
    Candidature,
    Conditions,
    Mentions,
    Missions,
    Offre,
    Poste,
    Profil,
    Remuneration,
    Statut,
)
from fpt_offres.strategies._briques import textes, textes_opt
from fpt_offres.strategies._candidature import calendriers, candidatures, mentions
from fpt_offres.strategies._conditions import conditions
from fpt_offres.strategies._employeur import employeurs, postes, statuts
from fpt_offres.strategies._missions import missions, profils
from fpt_offres.strategies._remuneration import remunerations

T = TypeVar("T")


def _parfois(strategie: st.SearchStrategy[T], defaut: T) -> st.SearchStrategy[T]:
    """La valeur par défaut (omise du JSON) ou une valeur engendrée."""
    return st.one_of(st.just(defaut), strategie)


@cache
def offres(*, declenchant: str | None = None) -> st.SearchStrategy[Offre]:
    """Des offres valides de toutes les formes, chaque partie absente (par défaut) ou engendrée.

    Args:
        declenchant: le code d'une règle de :mod:`fpt_offres.regles` ; chaque offre
            tirée l'enfreint alors (sa fonction ``declencher`` est appliquée).

    >>> from hypothesis import given, settings
    >>> from fpt_offres import verifier
    >>> @settings(max_examples=20, database=None)
    ... @given(offres(declenchant="TELETRAVAIL-MAX"))
    ... def enfreint(offre):
    ...     assert "TELETRAVAIL-MAX" in {d.code for d in verifier(offre)}
    >>> enfreint()
    """
    if declenchant is not None:
        from fpt_offres.regles import regle  # noqa: PLC0415  (les règles importent le modèle entier)

        return offres().map(regle(declenchant).declencher)
    return st.builds(
        Offre,
        intitule=textes(),
        employeur=employeurs(),
        reference=textes_opt(),
        reference_employeur=textes_opt(),
        url=textes_opt(),
        poste=_parfois(postes(), Poste()),
        statut=_parfois(statuts(), Statut()),
        conditions=_parfois(conditions(), Conditions()),
        remuneration=_parfois(remunerations(), Remuneration()),
        missions=_parfois(missions(), Missions()),
        profil=_parfois(profils(), Profil()),
        calendrier=_parfois(calendriers(), Calendrier()),
        candidature=_parfois(candidatures(), Candidature()),
        mentions=_parfois(mentions(), Mentions()),
    )
