"""L'offre entière : chaque partie absente (par défaut) ou engendrée."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, TypeVar

import attrs
from hypothesis import strategies as st

from fpt_offres import bornes
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

if TYPE_CHECKING:
    from fpt_offres.regles import Regle


def _epargnant(strategie: st.SearchStrategy[Offre], r: Regle) -> st.SearchStrategy[Offre]:
    if r.epargner is not None:
        strategie = strategie.map(r.epargner)
    # Une règle du jour s'examine au plus ancien jour que tirent les stratégies, comme declencher.
    return strategie.filter(lambda offre: not r.verifier(offre, _PREMIER_JOUR))


_PREMIER_JOUR = bornes.DATE_MIN


def _parfois(strategie: st.SearchStrategy[T], defaut: T) -> st.SearchStrategy[T]:
    """La valeur par défaut (omise du JSON) ou une valeur engendrée."""
    return st.one_of(st.just(defaut), strategie)


@cache
def offres(
    *, declenchant: str | None = None, epargnant: str | None = None
) -> st.SearchStrategy[Offre]:
    """Des offres valides de toutes les formes, chaque partie absente (par défaut) ou engendrée.

    Args:
        declenchant: le code d'une règle de :mod:`fpt_offres.regles` ; chaque offre
            tirée l'enfreint alors (sa fonction ``declencher`` est appliquée).
        epargnant: le code d'une règle ; chaque offre tirée la respecte (sa fonction
            ``epargner`` est appliquée, ou, pour une règle qui n'en a pas, les offres
            qui la déclenchent sont écartées) ; une règle du jour est respectée au
            premier jour permis (:data:`fpt_offres.bornes.DATE_MIN`), le plus ancien
            que tirent les stratégies.

    >>> from hypothesis import given, settings
    >>> from fpt_offres import verifier
    >>> @settings(max_examples=20, database=None)
    ... @given(offres(declenchant="TELETRAVAIL-MAX"))
    ... def enfreint(offre):
    ...     assert "TELETRAVAIL-MAX" in {d.code for d in verifier(offre)}
    >>> enfreint()
    >>> @settings(max_examples=20, database=None)
    ... @given(offres(epargnant="TELETRAVAIL-MAX"))
    ... def respecte(offre):
    ...     assert "TELETRAVAIL-MAX" not in {d.code for d in verifier(offre)}
    >>> respecte()

    Raises:
        fpt_offres.regles.RegleInconnue: aucune règle ne porte ce code.
    """
    if declenchant is not None or epargnant is not None:
        from fpt_offres.regles import regle  # noqa: PLC0415  (les règles importent le modèle entier)

        strategie = offres()
        if declenchant is not None:
            strategie = strategie.map(regle(declenchant).declencher)
        if epargnant is not None:
            strategie = _epargnant(strategie, regle(epargnant))
        return strategie
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
    ).flatmap(_avec_prefixe)


def _avec_prefixe(offre: Offre) -> st.SearchStrategy[Offre]:
    """L'offre, et parfois le préfixe de son intitulé (un début qui n'est pas blanc)."""
    debuts = [rang + 1 for rang, c in enumerate(offre.intitule) if not c.isspace()]
    prefixe = st.sampled_from(debuts).map(lambda fin: offre.intitule[:fin])
    return st.just(offre) | prefixe.map(lambda p: attrs.evolve(offre, prefixe_intitule=p))
