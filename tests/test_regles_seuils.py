"""Chaque règle à seuil, des deux côtés de son seuil, et les règles tirées par ``offres``.

Les stratégies visent le seuil : la valeur tirée tombe à quelques unités de
lui, de part et d'autre, et la règle doit se déclencher exactement du côté que
le texte interdit.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpt_offres import (
    Calendrier,
    Chiffre,
    Conditions,
    Contrat,
    DureeContrat,
    EmploiFonctionnel,
    Employeur,
    Horaire,
    NatureContrat,
    Offre,
    RegimeTemps,
    Statut,
    Teletravail,
    TempsTravail,
    TypeEmployeur,
    Versant,
    nomenclature,
    verifier,
)
from fpt_offres.bornes import DATE_MIN
from fpt_offres.regles import REGLES, regle
from fpt_offres.regles.calendrier import un_mois_apres
from fpt_offres.strategies import offres

MINIMALE = Offre(
    intitule="Agent d'accueil (F/H)",
    employeur=Employeur(nom="Commune de Test", type=TypeEmployeur.COMMUNE),
)
JOUR = datetime.date(2025, 3, 1)


def _cdd(code: str, mois: int | None = None) -> Conditions:
    base = nomenclature.bases_legales_par_code()[code]
    duree = DureeContrat(mois=mois) if mois is not None else None
    return Conditions(contrat=Contrat(nature=NatureContrat.CDD, bases_legales=(base,), duree=duree))


def _commune(habitants: int) -> Employeur:
    return attrs.evolve(MINIMALE.employeur, nombre_habitants=Chiffre(valeur=habitants))


def _tnc(minutes: int) -> TempsTravail:
    return TempsTravail(
        regimes=(RegimeTemps.NON_COMPLET,),
        heures_hebdo=Horaire(heures=minutes // 60, minutes=minutes % 60),
    )


def _publicite(jours: int) -> Offre:
    publication = datetime.date(2025, 1, 31)
    limite = publication + datetime.timedelta(days=jours)
    return attrs.evolve(
        MINIMALE,
        calendrier=Calendrier(date_publication=publication, date_limite_candidature=limite),
    )


# code → (valeurs autour du seuil, offre pour une valeur, vrai quand la valeur enfreint la règle)
SEUILS: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], Offre], Callable[[Any], bool]]] = {
    "CONTRAT-DUREE-MAX": (
        st.integers(1, 10),
        lambda m: attrs.evolve(MINIMALE, conditions=_cdd("L332-23-2", m)),
        lambda m: m > 6,
    ),
    "CONTRAT-DUREE-MIN": (
        st.integers(8, 16),
        lambda m: attrs.evolve(MINIMALE, conditions=_cdd("L332-24", m)),
        lambda m: m < 12,
    ),
    "CONTRAT-TNC-50": (
        st.integers(17 * 60, 18 * 60),
        lambda minutes: attrs.evolve(
            MINIMALE, conditions=attrs.evolve(_cdd("L332-8-5"), temps=_tnc(minutes))
        ),
        lambda minutes: minutes >= 17 * 60 + 30,
    ),
    "CONTRAT-SEUIL-HABITANTS": (
        st.integers(990, 1010),
        lambda h: attrs.evolve(MINIMALE, employeur=_commune(h), conditions=_cdd("L332-8-3")),
        lambda h: h >= 1000,
    ),
    "CONTRAT-EMPLOI-FONCTIONNEL-DIRECT": (
        st.integers(39_990, 40_010),
        lambda h: attrs.evolve(
            MINIMALE,
            employeur=_commune(h),
            statut=Statut(emploi_fonctionnel=EmploiFonctionnel.DGS),
            conditions=_cdd("L343-1-2"),
        ),
        lambda h: h <= 40_000,
    ),
    "STATUT-EMPLOI-FONCTIONNEL-SEUIL": (
        st.integers(1990, 2010),
        lambda h: attrs.evolve(
            MINIMALE, employeur=_commune(h), statut=Statut(emploi_fonctionnel=EmploiFonctionnel.DGS)
        ),
        lambda h: h < 2000,
    ),
    "TEMPS-CNRACL": (
        st.integers(27 * 60, 29 * 60),
        lambda minutes: attrs.evolve(MINIMALE, conditions=Conditions(temps=_tnc(minutes))),
        lambda minutes: minutes < 28 * 60,
    ),
    "TEMPS-PARTIEL-QUOTITE": (
        st.decimals(Decimal(45), Decimal(55), places=1),
        lambda q: attrs.evolve(
            MINIMALE,
            conditions=Conditions(
                temps=TempsTravail(regimes=(RegimeTemps.COMPLET, RegimeTemps.PARTIEL), quotite=q)
            ),
        ),
        lambda q: q < 50,
    ),
    "TELETRAVAIL-MAX": (
        st.decimals(Decimal(2), Decimal(4), places=1),
        lambda j: attrs.evolve(
            MINIMALE, conditions=Conditions(teletravail=Teletravail(eligible=True, jours_max=j))
        ),
        lambda j: j > 3,
    ),
    "CALENDRIER-PUBLICITE-COURTE": (
        st.integers(20, 40),
        _publicite,
        lambda jours: (
            datetime.date(2025, 1, 31) + datetime.timedelta(days=jours)
            < un_mois_apres(datetime.date(2025, 1, 31))
        ),
    ),
}


@pytest.mark.parametrize("code", SEUILS)
@settings(max_examples=40)
@given(data=st.data())
def test_des_deux_cotes_du_seuil(code: str, data: st.DataObject) -> None:
    """La règle se déclenche exactement du côté du seuil que le texte interdit."""
    valeurs, fabrique, enfreint = SEUILS[code]
    valeur = data.draw(valeurs)
    trouves = {d.code for d in verifier(fabrique(valeur), aujourd_hui=JOUR)}
    assert (code in trouves) is enfreint(valeur)


@pytest.mark.parametrize(
    ("code", "commune", "groupement"), [("L332-8-3", 1000, 15_000), ("L332-8-6", 2000, 10_000)]
)
@settings(max_examples=40)
@given(
    ecart=st.integers(-10, 10),
    type_=st.sampled_from([t for t in TypeEmployeur if t.famille == "epci"]),
)
def test_seuil_des_groupements(
    code: str, commune: int, groupement: int, ecart: int, type_: TypeEmployeur
) -> None:
    """Un groupement de communes a son propre seuil de population, plus haut que la commune."""
    habitants = groupement + ecart
    employeur = Employeur(nom="CC Test", type=type_, nombre_habitants=Chiffre(valeur=habitants))
    offre = attrs.evolve(MINIMALE, employeur=employeur, conditions=_cdd(code))
    trouves = [d for d in verifier(offre, aujourd_hui=JOUR) if d.code == "CONTRAT-SEUIL-HABITANTS"]
    assert bool(trouves) is (habitants >= groupement)
    if trouves:
        (diagnostic,) = trouves
        lus = re.search(
            r"réservé aux groupements de communes de moins de (\d[\d\s]*) habitants "
            r"\(CC Test : (\d[\d\s]*) habitants\)",
            diagnostic.message,
        )
        assert lus is not None, diagnostic.message
        assert [re.sub(r"\D", "", n) for n in lus.groups()] == [str(groupement), str(habitants)]
    # La même population dans une commune dépasse toujours le seuil des communes.
    dans_commune = attrs.evolve(offre, employeur=_commune(habitants))
    assert "CONTRAT-SEUIL-HABITANTS" in {d.code for d in verifier(dans_commune, aujourd_hui=JOUR)}


def test_chaque_regle_dit_ses_versants() -> None:
    """Chaque règle porte les versants qu'elle juge ; les bases légales ne jugent que la FPT."""
    assert all(r.versants for r in REGLES)
    assert {v for r in REGLES if r.famille == "contrat" for v in r.versants} >= {
        Versant.TERRITORIALE
    }
    assert regle("CONTRAT-DUREE-MAX").versants == frozenset({Versant.TERRITORIALE})


@pytest.mark.parametrize("code", [r.code for r in REGLES])
def test_hors_de_ses_versants_la_regle_se_tait(code: str) -> None:
    """Une offre d'un versant que la règle ne juge pas n'est pas examinée par elle."""
    r = regle(code)
    declenchee = r.declencher(MINIMALE)
    for versant in set(Versant) - r.versants:
        employeur = attrs.evolve(declenchee.employeur, versant=versant)
        autre = attrs.evolve(declenchee, employeur=employeur)
        assert not r.verifier(autre, JOUR)


_RAPIDE = settings(max_examples=3, suppress_health_check=[HealthCheck.too_slow], database=None)


# Hypothesis avertit quand la représentation d'une offre écartée par le filtre d'``epargnant``
# dépasse sa taille de confort : un avis sur le rapport, pas sur le comportement.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("code", [r.code for r in REGLES])
def test_offres_declenchant_et_epargnant(code: str) -> None:
    """``offres(declenchant=CODE)`` enfreint la règle ; ``offres(epargnant=CODE)`` la respecte."""
    r = regle(code)

    @_RAPIDE
    @given(offres(declenchant=code))
    def enfreint(offre: Offre) -> None:
        assert r.verifier(offre, JOUR)

    @_RAPIDE
    @given(offres(epargnant=code))
    def respecte(offre: Offre) -> None:
        assert not r.verifier(offre, DATE_MIN)

    enfreint()
    respecte()
