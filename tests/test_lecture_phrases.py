"""Lire dans une phrase, refuser l'ambigu, et ne lever que LectureImpossible (fpt_offres.lecture)."""

from __future__ import annotations

import contextlib
import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres.lecture import (
    LectureImpossible,
    lire_date,
    lire_date_heure,
    lire_duree,
    lire_heures,
)

LECTURES: tuple[Callable[[str], Any], ...] = (lire_date, lire_date_heure, lire_duree, lire_heures)


class TestDansUnePhrase:
    """Les formes des offres où l'heure ou la date est prise dans une phrase."""

    @pytest.mark.parametrize(
        ("texte", "attendu"),
        [
            ("Régime hebdomadaire : 40h30/semaine", Decimal("40.5")),
            ("base 35 heures hebdomadaires", Decimal(35)),
            ("Temps de travail : 17 h 30 par semaine.", Decimal("17.5")),
            ("Temps non complet (28/35e)", Decimal(28)),
        ],
    )
    def test_heures(self, texte: str, attendu: Decimal) -> None:
        """Un seul horaire, avec son unité ou sa fraction, dans une phrase."""
        assert lire_heures(texte) == attendu

    @pytest.mark.parametrize(
        "texte",
        [
            "2 postes à pourvoir",
            "35h ou 39h selon le cycle",
            "Régime : 35 heures dont 4 h le samedi",
        ],
    )
    def test_heures_refusees(self, texte: str) -> None:
        """Un nombre sans unité n'est pas un horaire ; deux horaires, c'est choisir : refusé."""
        with pytest.raises(LectureImpossible, match=r"aucun horaire|plusieurs horaires"):
            lire_heures(texte)

    @pytest.mark.parametrize(
        ("texte", "attendu"),
        [
            ("Date limite de candidature : 3 novembre 2025", datetime.date(2025, 11, 3)),
            ("Poste à pourvoir le lundi 1er décembre 2025.", datetime.date(2025, 12, 1)),
            ("Candidatures jusqu'au 30/04/2026 inclus", datetime.date(2026, 4, 30)),
            ("publiée le 2025-07-01 sur le site", datetime.date(2025, 7, 1)),
        ],
    )
    def test_dates(self, texte: str, attendu: datetime.date) -> None:
        """Une seule date dans une phrase."""
        assert lire_date(texte) == attendu

    @pytest.mark.parametrize(
        ("texte", "attendu"),
        [
            ("3 novembre 2025 à 12h", (datetime.date(2025, 11, 3), datetime.time(12))),
            (
                "Candidatures avant le 3 novembre 2025 à 12 h 30",
                (datetime.date(2025, 11, 3), datetime.time(12, 30)),
            ),
            ("le 28/11/2025, 17:00", (datetime.date(2025, 11, 28), datetime.time(17))),
            ("3 novembre 2025", (datetime.date(2025, 11, 3), None)),
        ],
    )
    def test_date_heure(
        self, texte: str, attendu: tuple[datetime.date, datetime.time | None]
    ) -> None:
        """La date limite et son heure ; sans heure, None."""
        assert lire_date_heure(texte) == attendu

    def test_lire_date_refuse_l_heure(self) -> None:
        """lire_date ne jette pas l'heure en silence : elle renvoie vers lire_date_heure."""
        with pytest.raises(LectureImpossible, match="lire_date_heure"):
            lire_date("3 novembre 2025 à 12h")

    @pytest.mark.parametrize(
        ("texte", "raison"),
        [
            ("du 1er mars 2025 au 3 avril 2025", "plusieurs dates"),
            ("3 novembre 2025 à 25h", "heure impossible"),
            ("15 mars 2025 2026", "n'est pas une heure"),
        ],
    )
    def test_date_heure_refusees(self, texte: str, raison: str) -> None:
        """Deux dates, une heure impossible ou un nombre qui n'est pas une heure : refusés."""
        with pytest.raises(LectureImpossible, match=raison):
            lire_date_heure(texte)


class TestAmbigu:
    """« 6.30 heures » se lit 6 h 30 ou 6,3 heures : jamais l'un des deux en silence."""

    @pytest.mark.parametrize("texte", ["6.30 heures", "6,30 h", "17.45", "base 7,15 heures"])
    def test_deux_decimales_refusees(self, texte: str) -> None:
        """Deux décimales de 01 à 59 pourraient être des minutes : refus qui dit les deux lectures."""
        with pytest.raises(LectureImpossible, match=r"forme ambiguë, \d+ h \d\d ou [\d,]+ heures"):
            lire_heures(texte)

    @pytest.mark.parametrize(
        ("texte", "attendu"),
        [
            ("6,5 heures", Decimal("6.5")),
            ("6.75 h", Decimal("6.75")),
            ("6.00 h", Decimal(6)),
            ("17,25/35e", Decimal("17.25")),
        ],
    )
    def test_formes_sans_ambiguite(self, texte: str, attendu: Decimal) -> None:
        """Une décimale, des centièmes au-delà de 59, zéro, ou une fraction du temps complet."""
        assert lire_heures(texte) == attendu

    @given(st.integers(0, 99), st.integers(1, 59), st.sampled_from((".", ",")))
    def test_propriete(self, heures: int, minutes: int, virgule: str) -> None:
        """Toute forme « H.MM heures » aux minutes possibles est refusée comme ambiguë."""
        with pytest.raises(LectureImpossible, match="ambiguë"):
            lire_heures(f"{heures}{virgule}{minutes:02d} heures")


class TestReproducteurs:
    """Les défauts D4 et D6 de la revue de fiabilité (reviews/reliability-2026-12.md)."""

    def test_nombre_trop_long_dans_une_date(self) -> None:
        """D4 : dateutil levait decimal.InvalidOperation ; c'est une LectureImpossible."""
        with pytest.raises(LectureImpossible):
            lire_date("1" * 29 + " h")

    @pytest.mark.parametrize("unite", ["ans", "mois", "jours"])
    def test_duree_immense(self, unite: str) -> None:
        """D4 : relativedelta levait OverflowError ; une durée de plus de cent ans est refusée."""
        with pytest.raises(LectureImpossible, match="plus de cent ans"):
            lire_duree("1" + "0" * 308 + f" {unite}")

    def test_cent_ans_lus(self) -> None:
        """La borne est incluse : cent ans se lisent."""
        assert lire_duree("100 ans") == relativedelta(years=100)

    def test_qualificatifs_repetes(self) -> None:
        """D6 : « 1 an min min … x » prenait 13 s à 22 répétitions ; 10 000 se refusent aussitôt."""
        with pytest.raises(LectureImpossible, match=re.escape("reste « min min")):
            lire_duree("1 an" + " min" * 10_000 + " x")
        assert lire_duree("1 an" + " min" * 50) == relativedelta(years=1)

    def test_message_tronque(self) -> None:
        """Le message cite le texte tronqué ; l'attribut texte le garde entier."""
        texte = "x" * 10_000
        with pytest.raises(LectureImpossible) as erreur:
            lire_date(texte)
        assert len(str(erreur.value)) < 400
        assert erreur.value.texte == texte

    @given(st.text(min_size=1, max_size=400), st.sampled_from(LECTURES))
    def test_texte_quelconque_long(self, texte: str, lire: Callable[[str], Any]) -> None:
        """Un texte de toutes catégories Unicode se lit ou lève LectureImpossible."""
        with contextlib.suppress(LectureImpossible):
            lire(texte)
