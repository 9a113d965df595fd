"""Propriétés du repliement des libellés (fpt_offres._texte.replier)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres import nomenclature
from fpt_offres._texte import replier, sans_accents

# Les mots des libellés officiels : le vocabulaire que le repliement doit traiter.
VOCABULAIRE = sorted(
    {
        mot
        for libelle in [e.libelle for e in nomenclature.grades()]
        + [e.libelle for e in nomenclature.cadres_emplois()]
        for mot in re.findall(r"[^\W\d_]+", libelle)
        if len(mot) >= 3
    }
)
LETTRES_FRANCAISES = "abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿ"
MOTS = st.sampled_from(VOCABULAIRE)
FORME_REPLIEE = re.compile(r"(?:[a-z0-9+]+(?: [a-z0-9+]+)*)?")


def _pluriel(mot: str) -> str:
    """Le pluriel régulier d'un mot français."""
    if mot.endswith(("s", "x", "z")):
        return mot
    if mot.endswith("al"):
        return mot[:-2] + "aux"
    if mot.endswith(("eau", "eu")):
        return mot + "x"
    return mot + "s"


_FEMININS = (
    ("teur", "trice"),
    ("ier", "ière"),
    ("ien", "ienne"),
    ("el", "elle"),
    ("al", "ale"),
    ("é", "ée"),
    ("if", "ive"),
    ("oint", "ointe"),
    ("eur", "euse"),
)


def _feminin(mot: str) -> str | None:
    """Le féminin d'un mot selon les terminaisons régulières, ou ``None``."""
    for masculin, feminin in _FEMININS:
        if mot.endswith(masculin):
            return mot[: -len(masculin)] + feminin
    return None


def _phrases(mots: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(mots, min_size=1, max_size=5).map(" ".join)


@given(st.text())
def test_replier_ne_leve_jamais_et_rend_des_mots_simples(texte: str) -> None:
    """Tout texte se replie en mots de [a-z0-9+] séparés d'une espace."""
    assert FORME_REPLIEE.fullmatch(replier(texte))


@given(st.text(LETTRES_FRANCAISES + " '-.·()0123456789"))
def test_replier_ignore_la_casse(texte: str) -> None:
    """Majuscules et minuscules se replient de la même façon."""
    assert replier(texte.upper()) == replier(texte) == replier(texte.lower())


@given(st.text())
def test_replier_ignore_le_pliage_de_casse(texte: str) -> None:
    """Un texte et son pliage de casse (casefold) se replient de la même façon."""
    assert replier(texte.casefold()) == replier(texte)


@given(st.text(LETTRES_FRANCAISES + LETTRES_FRANCAISES.upper() + " '-0123456789"))
def test_replier_ignore_les_accents(texte: str) -> None:
    """Un texte et le même sans accents se replient de la même façon."""
    assert replier(sans_accents(texte)) == replier(texte)


@given(_phrases(MOTS))
def test_replier_ignore_les_accents_du_vocabulaire(libelle: str) -> None:
    """Les libellés officiels se replient de la même façon avec ou sans accents."""
    assert replier(sans_accents(libelle)) == replier(libelle)


@given(
    st.lists(
        st.tuples(MOTS, st.sampled_from(("·e", "(e)", ".e", "·e·s", ".e.s", "·es", "(es)", "(s)"))),
        min_size=1,
        max_size=4,
    )
)
def test_replier_ignore_l_ecriture_inclusive(mots: list[tuple[str, str]]) -> None:
    """« attaché·e », « chargé(e) », « agent.e.s » se replient comme le masculin."""
    inclusif = " ".join(mot + marque for mot, marque in mots)
    masculin = " ".join(mot for mot, _ in mots)
    assert replier(inclusif) == replier(masculin)


@given(_phrases(MOTS))
def test_replier_ignore_le_pluriel(libelle: str) -> None:
    """Un libellé et son pluriel régulier se replient de la même façon."""
    pluriel = " ".join(_pluriel(mot) for mot in libelle.split())
    assert replier(pluriel) == replier(libelle)


@given(MOTS.filter(lambda mot: _feminin(mot) is not None))
def test_replier_ignore_les_feminins_reguliers(mot: str) -> None:
    """Un mot et son féminin régulier (-trice, -ière, -ienne, -ée…) se replient de même."""
    feminin = _feminin(mot)
    assert feminin is not None
    assert replier(feminin) == replier(mot)
    assert replier(_pluriel(feminin)) == replier(mot)


@given(_phrases(MOTS))
def test_replier_est_insensible_aux_espaces_et_a_la_ponctuation(libelle: str) -> None:
    """Espaces multiples, tirets et apostrophe typographique ne changent pas le repliement."""
    bruite = "  " + libelle.replace(" ", " - ").replace("'", "’") + " ."
    assert replier(bruite) == replier(libelle)


@pytest.mark.parametrize(
    ("ecrit", "officiel"),
    [
        ("Rédacteur principal de 1ère classe", "rédacteur principal de 1re classe"),
        ("Rédacteur principal de première classe", "rédacteur principal de 1re classe"),
        ("Rédacteur principal de 1ʳᵉ classe", "rédacteur principal de 1re classe"),
        ("Adjoint technique principal de 2ème classe", "adjoint technique principal de 2e classe"),
        ("Adjoint technique ppal 2nde cl.", "adjoint technique principal de 2e classe"),
        ("Attachés territoriaux", "attaché"),
        ("attaché·e principal·e", "attaché principal"),
    ],
)
def test_ordinaux_et_abreviations_replies(ecrit: str, officiel: str) -> None:
    """Ordinaux (1ère, première, 1ʳᵉ) et abréviations (ppal, cl.) se replient comme l'officiel."""
    assert replier(ecrit) == replier(officiel)


@pytest.mark.parametrize(
    ("feminin", "masculin"),
    [
        ("rédactrice", "rédacteur"),
        ("attachée", "attaché"),
        ("technicienne", "technicien"),
        ("infirmière", "infirmier"),
        ("principale", "principal"),
        ("adjointe", "adjoint"),
        ("éducatrice", "éducateur"),
        ("contrôleuse", "contrôleur"),
        ("ingénieure", "ingénieur"),
        ("supérieure", "supérieur"),
        ("conseillère", "conseiller"),
    ],
)
def test_feminins_courants_replies_comme_le_masculin(feminin: str, masculin: str) -> None:
    """Les féminins courants des grades se replient comme le masculin officiel."""
    assert replier(feminin) == replier(masculin)


@pytest.mark.parametrize(
    ("inclusif", "masculin"),
    [
        ("attaché·e", "attaché"),
        ("chargé(e)", "chargé"),
        ("agent.e.s", "agent"),
        ("technicien·ne", "technicien"),
        ("directeur·trice", "directeur"),
        ("chargé·es", "chargé"),
        ("directeur·rice", "directeur"),
        ("conseiller·ère", "conseiller"),
        ("chargé(e)s", "chargé"),
    ],
)
def test_ecritures_inclusives_courantes_repliees(inclusif: str, masculin: str) -> None:
    """Les écritures inclusives courantes des offres se replient comme le masculin."""
    assert replier(inclusif) == replier(masculin)


def test_ligature_oe_repliee_comme_o_e() -> None:
    """La ligature « œ » se replie comme « oe » au lieu de disparaître."""
    assert replier("Chef de chœur") == replier("chef de choeur")
