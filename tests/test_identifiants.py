"""SIREN, SIRET (règle de La Poste comprise) et courriels : vérification et robustesse."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from fpt_offres import ValeurInvalide
from fpt_offres.identifiants import (
    est_courriel_valide,
    est_siren_valide,
    est_siret_valide,
    verifier_courriel,
    verifier_siren,
    verifier_siret,
)
from fpt_offres.strategies import courriels, sirens, sirets

LA_POSTE = "356000000"
ESTS = (est_siren_valide, est_siret_valide, est_courriel_valide)


def _chiffre_change(numero: str, rang: int, ecart: int) -> str:
    """``numero`` dont le chiffre de rang ``rang`` est augmenté de ``ecart`` (modulo 10)."""
    chiffre = (int(numero[rang]) + ecart) % 10
    return numero[:rang] + str(chiffre) + numero[rang + 1 :]


# --- SIREN ---------------------------------------------------------------------------------


@given(sirens())
def test_siren_engendre_valide(siren: str) -> None:
    """Un SIREN à clé de Luhn est valide et déjà sous sa forme normale."""
    assert est_siren_valide(siren)
    assert verifier_siren(siren) == siren


@given(sirens(), st.integers(0, 8), st.integers(1, 9))
def test_siren_a_un_chiffre_faux_refuse(siren: str, rang: int, ecart: int) -> None:
    """Changer un seul chiffre d'un SIREN fausse sa clé de Luhn."""
    faux = _chiffre_change(siren, rang, ecart)
    assert not est_siren_valide(faux)
    with pytest.raises(ValeurInvalide) as erreur:
        verifier_siren(faux)
    assert erreur.value.regle == "siren"
    assert "clé" in erreur.value.message


@given(sirens())
def test_siren_avec_espaces_normalise(siren: str) -> None:
    """Un SIREN écrit par groupes de trois chiffres se normalise sans espaces."""
    assert verifier_siren(f"{siren[:3]} {siren[3:6]} {siren[6:]}") == siren


@pytest.mark.parametrize("numero", ["35600000", "3560000000", "", "ABCDEFGHI", "356-000-00"])
def test_siren_de_mauvaise_forme_refuse(numero: str) -> None:
    """Un SIREN qui n'a pas neuf chiffres est refusé avec la règle « siren »."""
    assert not est_siren_valide(numero)
    with pytest.raises(ValeurInvalide) as erreur:
        verifier_siren(numero)
    assert erreur.value.regle == "siren"
    assert erreur.value.champ is None


# --- SIRET ---------------------------------------------------------------------------------


@given(sirets())
def test_siret_engendre_valide(siret: str) -> None:
    """Un SIRET engendré est valide, sous sa forme normale, et son SIREN aussi."""
    assert est_siret_valide(siret)
    assert verifier_siret(siret) == siret
    assert est_siren_valide(siret[:9])


@given(sirets().filter(lambda s: not s.startswith(LA_POSTE)), st.integers(0, 13), st.integers(1, 9))
def test_siret_a_un_chiffre_faux_refuse(siret: str, rang: int, ecart: int) -> None:
    """Hors La Poste, changer un seul chiffre d'un SIRET fausse sa clé de Luhn."""
    faux = _chiffre_change(siret, rang, ecart)
    if faux.startswith(LA_POSTE):  # le changement a fait un SIRET de La Poste : autre règle
        return
    assert not est_siret_valide(faux)
    with pytest.raises(ValeurInvalide) as erreur:
        verifier_siret(faux)
    assert erreur.value.regle == "siret"


@given(sirets(siren=LA_POSTE))
def test_siret_la_poste_somme_multiple_de_5(siret: str) -> None:
    """Les SIRET de La Poste engendrés ont une somme de chiffres multiple de 5 (ou sont le siège)."""
    assert siret.startswith(LA_POSTE)
    assert siret == "35600000000048" or sum(map(int, siret)) % 5 == 0
    assert est_siret_valide(siret)


@given(
    sirets(siren=LA_POSTE).filter(lambda s: s != "35600000000048"),
    st.integers(9, 13),
    st.sampled_from((1, 2, 3, 4, 6, 7, 8, 9)),
)
def test_siret_la_poste_a_somme_faussee_refuse(siret: str, rang: int, ecart: int) -> None:
    """Un établissement de La Poste dont la somme des chiffres n'est plus multiple de 5 est refusé."""
    faux = _chiffre_change(siret, rang, ecart)
    if sum(map(int, faux)) % 5 == 0:  # le modulo 10 a ramené l'écart à un multiple de 5
        return
    assert not est_siret_valide(faux)


def test_siret_la_poste_sans_cle_de_luhn_accepte() -> None:
    """Un établissement de La Poste est valide par la somme de ses chiffres, même sans clé de Luhn."""
    siret = "35600000000024"  # 3 + 5 + 6 + 2 + 4 = 20
    assert sum(map(int, siret)) % 5 == 0
    assert not luhn.is_valid(siret)
    assert est_siret_valide(siret)
    assert verifier_siret(siret) == siret


def test_siret_la_poste_cle_de_luhn_seule_refusee() -> None:
    """Un établissement de La Poste à clé de Luhn mais à somme non multiple de 5 est refusé."""
    debut = LA_POSTE + "0001"
    siret = debut + luhn.calc_check_digit(debut)
    assert luhn.is_valid(siret)
    assert sum(map(int, siret)) % 5 != 0
    assert not est_siret_valide(siret)


def test_siret_siege_la_poste_accepte() -> None:
    """Le siège de La Poste (35600000000048) est valide, et 35600000000049 ne l'est pas."""
    assert verifier_siret("356 000 000 00048") == "35600000000048"
    assert not est_siret_valide("35600000000049")


@pytest.mark.parametrize("numero", ["3560000000004", "356000000000480", "", "35600000000O48"])
def test_siret_de_mauvaise_forme_refuse(numero: str) -> None:
    """Un SIRET qui n'a pas quatorze chiffres est refusé avec la règle « siret »."""
    assert not est_siret_valide(numero)
    with pytest.raises(ValeurInvalide) as erreur:
        verifier_siret(numero)
    assert erreur.value.regle == "siret"


# --- courriel ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "adresse",
    [
        "recrutement@mairie-évry.fr",  # domaine internationalisé (newcomer-2026-12)
        "élodie.durand@marne.fr",  # nom internationalisé (RFC 6531)
        "RH@Marne.FR",  # rendue telle qu'écrite, casse comprise
        "a@marne.f",  # une extension d'une lettre est syntaxiquement permise
        "prenom.nom+candidature@sous.domaine.gouv.fr",
    ],
)
def test_courriel_valide_jamais_refuse(adresse: str) -> None:
    """Une adresse valide, même à accents, est acceptée et rendue telle quelle."""
    assert est_courriel_valide(adresse)
    assert verifier_courriel(adresse) == adresse


@given(courriels())
def test_courriel_engendre_valide(adresse: str) -> None:
    """Une adresse engendrée a la syntaxe d'un courriel et se rend telle quelle."""
    assert est_courriel_valide(adresse)
    assert verifier_courriel(adresse) == adresse


@pytest.mark.parametrize(
    "adresse",
    [
        "drh@ville",
        "@marne.fr",
        "recrutement@",
        "recrutement",
        "a b@marne.fr",
        "a..b@marne.fr",
        ".a@marne.fr",
        "a.@marne.fr",
        "a@-marne.fr",
        "a@marne-.fr",
        "a@marne.fr ",
        " a@marne.fr",
        "a@@marne.fr",
        "a@marne..fr",
        "a@marne.f1",
        "a" * 250 + "@marne.fr",
        "",
    ],
)
def test_courriel_mal_forme_refuse(adresse: str) -> None:
    """Une adresse sans la syntaxe d'un courriel est refusée avec la règle « courriel »."""
    assert not est_courriel_valide(adresse)
    with pytest.raises(ValeurInvalide) as erreur:
        verifier_courriel(adresse)
    assert erreur.value.regle == "courriel"


# --- robustesse ----------------------------------------------------------------------------

DECHETS: list[object] = [
    None,
    "",
    0,
    356000000,
    35600000000048,
    3.5,
    "😀",
    "３５６０００００００",
    b"356000000",
]
DECHETS += [b"\xff\xfe", [], {}, ("356000000",), object(), "\x00", "356000000-", True]


@pytest.mark.parametrize("est_valide", ESTS)
@pytest.mark.parametrize("dechet", DECHETS, ids=repr)
def test_est_valide_rend_faux_sur_un_dechet(est_valide: object, dechet: object) -> None:
    """Un déchet (None, '', 0, émoji, octets…) n'est jamais valide et ne fait pas lever."""
    assert callable(est_valide)
    assert est_valide(dechet) is False


JSON_QUELCONQUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.binary(),
    lambda enfants: st.lists(enfants, max_size=3) | st.dictionaries(st.text(), enfants, max_size=3),
    max_leaves=5,
)


@given(JSON_QUELCONQUE)
def test_est_valide_ne_leve_jamais(valeur: object) -> None:
    """Les fonctions ``est_*_valide`` rendent un booléen pour toute valeur, sans lever."""
    for est_valide in ESTS:
        assert isinstance(est_valide(valeur), bool)


@given(st.text())
def test_verifier_ne_leve_que_valeur_invalide(texte: str) -> None:
    """Sur un texte quelconque, ``verifier_*`` rend un texte ou lève ValeurInvalide, rien d'autre."""
    for verifier, est_valide in (
        (verifier_siren, est_siren_valide),
        (verifier_siret, est_siret_valide),
        (verifier_courriel, est_courriel_valide),
    ):
        try:
            resultat = verifier(texte)
        except ValeurInvalide:
            assert not est_valide(texte)
        else:
            assert isinstance(resultat, str)
            assert est_valide(texte)
