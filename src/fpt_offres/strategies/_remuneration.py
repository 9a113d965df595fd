"""La rémunération : fourchettes de montants, indices, salaires, primes, avantages."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import attrs
from hypothesis import strategies as st

from fpt_offres import bornes
from fpt_offres.modele import (
    Avantage,
    Fourchette,
    Indices,
    Nbi,
    PartIndemnitaire,
    Periode,
    Public,
    RegimeIndemnitaire,
    Remuneration,
    Salaire,
    TypeAvantage,
)
from fpt_offres.strategies._briques import (
    decimaux,
    option,
    pourcentages,
    textes,
    textes_opt,
    tuples,
)


@cache
def _montants() -> st.SearchStrategy[Decimal]:
    return decimaux(Decimal("0.01"), Decimal("200000"))


def _ordonnee(montants: tuple[Decimal, Decimal]) -> Fourchette:
    return Fourchette(minimum=min(montants), maximum=max(montants))


@cache
def fourchettes() -> st.SearchStrategy[Fourchette]:
    """Des fourchettes de montants : minimum seul, maximum seul, les deux, ou montant unique."""
    return st.one_of(
        st.builds(Fourchette, minimum=_montants()),
        st.builds(Fourchette, maximum=_montants()),
        _montants().map(Fourchette.montant),
        st.tuples(_montants(), _montants()).map(_ordonnee),
    )


def _indices_ordonnes(indices: tuple[int | None, int | None, int | None, int | None]) -> Indices:
    def ordre(debut: int | None, fin: int | None) -> tuple[int | None, int | None]:
        if debut is not None and fin is not None and debut > fin:
            return fin, debut
        return debut, fin

    brut_min, brut_max = ordre(indices[0], indices[1])
    majore_min, majore_max = ordre(indices[2], indices[3])
    return Indices(
        brut_min=brut_min, brut_max=brut_max, majore_min=majore_min, majore_max=majore_max
    )


@cache
def _indices() -> st.SearchStrategy[Indices]:
    indice = option(st.integers(1, min(bornes.INDICE_BRUT_MAX, bornes.INDICE_MAJORE_MAX)))
    return st.tuples(indice, indice, indice, indice).map(_indices_ordonnes)


@cache
def _avantage_de(type_: TypeAvantage) -> st.SearchStrategy[Avantage]:
    return st.builds(
        Avantage,
        type=st.just(type_),
        # « autre » n'a de sens qu'avec un libellé ; les autres l'ont au choix.
        libelle=textes() if type_ is TypeAvantage.AUTRE else textes_opt(),
        taux=option(pourcentages()),
        montant=option(fourchettes()),
        precision=textes_opt(),
    )


@cache
def _avantages() -> st.SearchStrategy[Avantage]:
    return st.sampled_from(TypeAvantage).flatmap(_avantage_de)


@cache
def remunerations() -> st.SearchStrategy[Remuneration]:
    """Des rémunérations : indices ordonnés, salaires, RIFSEEP, NBI, avantages (« autre » avec libellé)."""
    salaire = st.builds(
        Salaire,
        montant=fourchettes(),
        periode=st.sampled_from(Periode),
        brut=st.booleans(),
        public=st.sampled_from(Public),
        libelle=textes_opt(),
    )
    part = st.builds(
        PartIndemnitaire,
        groupe=textes_opt(),
        montant=option(fourchettes()),
        periode=option(st.sampled_from(Periode)),
    )
    regime = st.builds(
        RegimeIndemnitaire,
        rifseep=option(st.booleans()),
        ifse=option(part),
        cia=option(part),
        libelle=textes_opt(),
        precision=textes_opt(),
    )
    nbi = st.builds(Nbi, points=option(st.integers(1, bornes.NBI_POINTS_MAX)), libelle=textes_opt())
    return st.builds(
        Remuneration,
        statutaire=st.booleans(),
        indices=option(_indices()),
        salaires=tuples(salaire),
        regime_indemnitaire=option(regime),
        nbi=option(nbi),
        avantages=tuples(_avantages()),
        precision=textes_opt(),
    ).flatmap(_mots_statutaires)


def _mots_statutaires(remuneration: Remuneration) -> st.SearchStrategy[Remuneration]:
    """Les mots de la rémunération statutaire, quand elle est annoncée."""
    if not remuneration.statutaire:
        return st.just(remuneration)
    return textes_opt().map(lambda mots: attrs.evolve(remuneration, statutaire_tel_qu_ecrit=mots))
