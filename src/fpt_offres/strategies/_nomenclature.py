"""Les tirages dans la nomenclature fournie : grades, cadres d'emplois, bases légales…"""

from __future__ import annotations

from functools import cache

from hypothesis import strategies as st

from fpt_offres import nomenclature
from fpt_offres.modele import (
    BaseLegale,
    CadreEmplois,
    Categorie,
    Grade,
)


@cache
def grades() -> st.SearchStrategy[Grade]:
    """Des grades de la FPT, tirés de la nomenclature fournie."""
    return st.sampled_from(nomenclature.grades())


@cache
def cadres_emplois() -> st.SearchStrategy[CadreEmplois]:
    """Des cadres d'emplois de la FPT, tirés de la nomenclature fournie."""
    return st.sampled_from(nomenclature.cadres_emplois())


@cache
def bases_legales() -> st.SearchStrategy[BaseLegale]:
    """Des bases légales du recrutement de contractuels, tirées de la nomenclature."""
    return st.sampled_from(nomenclature.bases_legales())


@cache
def categories() -> st.SearchStrategy[Categorie]:
    """Des catégories hiérarchiques (A+, A, B, C)."""
    return st.sampled_from(Categorie)


@cache
def departements() -> st.SearchStrategy[str]:
    """Des codes de département ou de collectivité d'outre-mer connus (« 51 », « 2A », « 988 »)."""
    return st.sampled_from(sorted(nomenclature.departements()))
