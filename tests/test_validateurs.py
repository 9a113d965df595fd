"""Les validateurs rapides de ``_validateurs`` jugent comme l'objet qui les décrit.

``positif``, ``borne`` et ``optionnel`` rendent une fonction qui n'accepte vite que le
cas courant et laisse tout autre cas à l'objet descriptif (schéma JSON, diagnostic) :
la fonction et l'objet acceptent et refusent les mêmes valeurs, avec la même erreur.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres import ValeurInvalide
from fpt_offres import _validateurs as v


@attrs.frozen
class _Porteur:
    valeur: Any


_ATTRIBUT = attrs.fields(_Porteur).valeur

_NOMBRES = (
    st.integers(-3, 12)
    | st.floats(-3, 12)
    | st.booleans()
    | st.decimals(min_value=-3, max_value=12, places=2)
    | st.sampled_from([Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("10")])
)

_VALIDATEURS = st.one_of(
    st.builds(
        v.positif,
        strict=st.booleans(),
        maximum=st.none() | st.sampled_from([0, 1, 10, Decimal("9.5")]),
    ),
    st.builds(
        v.borne,
        st.sampled_from([0, 1, Decimal("0.5")]),
        st.sampled_from([1, 10, Decimal("9.99")]),
        regle=st.just("essai"),
        min_inclus=st.booleans(),
        max_inclus=st.booleans(),
    ),
)


def _issue(validateur: Any, valeur: object) -> tuple[str, str] | None:
    try:
        validateur(_Porteur(valeur), _ATTRIBUT, valeur)
    except ValeurInvalide as erreur:
        return (erreur.regle, str(erreur))
    return None


@given(_VALIDATEURS, _NOMBRES)
def test_validateur_rapide_juge_comme_son_objet(validateur: Any, valeur: object) -> None:
    attendu = _issue(v.description(validateur), valeur)
    assert _issue(validateur, valeur) == attendu
    assert _issue(v.optionnel(validateur), valeur) == attendu
    assert _issue(v.optionnel(validateur), None) is None


def test_bornes_atteintes_jugees_par_l_objet() -> None:
    exclusive = v.borne(0, 10, regle="essai", min_inclus=False, max_inclus=False)
    assert [_issue(exclusive, x) is None for x in (0, 5, 10)] == [False, True, False]
    inclusive = v.borne(0, 10, regle="essai")
    assert [_issue(inclusive, x) is None for x in (0, 5, 10)] == [True, True, True]
