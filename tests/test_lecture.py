"""Lire les dates, durées et horaires des offres (fpt_offres.lecture) : les textes réels, et jamais deviner."""

from __future__ import annotations

import calendar
import contextlib
import datetime
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import assume, given
from hypothesis import strategies as st

import fpt_offres
from fpt_offres import ErreurFptOffres, Horaire, PriseDePoste
from fpt_offres.lecture import (
    LectureImpossible,
    lire_date,
    lire_date_heure,
    lire_duree,
    lire_heures,
)

SEEDS = Path(__file__).parents[1].parent / "shared" / "corpus" / "seeds"
MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
LECTURES: tuple[Callable[[str], Any], ...] = (lire_date, lire_date_heure, lire_duree, lire_heures)


def _texte_seed(nom: str) -> str:
    chemin = SEEDS / f"{nom}.txt"
    if not chemin.exists():
        pytest.skip(f"texte source absent : {chemin}")
    return re.sub(r"\s+", " ", chemin.read_text(encoding="utf-8"))


# --- les textes des offres d'exemple ----------------------------------------------------------

_MARNE, _HAUTE_MARNE, _POUM, _MEL, _SSD = (
    "01-marne-secretaire-general",
    "02-haute-marne-maisons-departementales",
    "03-poum-secretaire-general",
    "04-mel-charge-mission-dgs",
    "05-seine-saint-denis-affaires-institutionnelles",
)


def _faits_dates() -> list[tuple[str, str, datetime.date | PriseDePoste | None]]:
    marne, haute_marne, poum, _, _ = fpt_offres.exemples()
    return [
        (_MARNE, "30/04/2026", marne.calendrier.date_limite_candidature),
        (_HAUTE_MARNE, "1/10/2025", haute_marne.calendrier.date_limite_candidature),
        (_HAUTE_MARNE, "1 octobre 2025", haute_marne.calendrier.date_limite_candidature),
        (_POUM, "28 mars 2025", poum.calendrier.date_publication),
        (_POUM, "Vendredi 28 mars 2025", poum.calendrier.date_publication),
        (_POUM, "1ᵉʳ juillet 2025", poum.calendrier.prise_de_poste),
        (_POUM, "Vendredi 18 avril 2025", poum.calendrier.date_limite_candidature),
        (_MARNE, "6 janvier 1978", datetime.date(1978, 1, 6)),
    ]


def _faits_durees() -> list[tuple[str, str, int]]:
    marne, haute_marne, poum, _, _ = fpt_offres.exemples()
    assert haute_marne.conditions.contrat is not None
    assert haute_marne.conditions.contrat.duree is not None
    assert poum.conditions.contrat is not None
    assert poum.conditions.contrat.duree is not None
    assert marne.mentions.rgpd is not None
    assert marne.mentions.rgpd.duree_conservation_mois is not None
    return [
        (_HAUTE_MARNE, "3 ans", haute_marne.conditions.contrat.duree.mois),
        (
            _POUM,
            "d’un an minimum avec possibilité de renouvellement",
            poum.conditions.contrat.duree.mois,
        ),
        (_MARNE, "2 ans", marne.mentions.rgpd.duree_conservation_mois),
        (_SSD, "2 ans", 24),
    ]


def _faits_heures() -> list[tuple[str, str, Decimal]]:
    mel = fpt_offres.exemples()[3]
    assert mel.conditions.organisation is not None
    cycles = [c.duree.en_heures() for c in mel.conditions.organisation.cycles]
    return [
        (_MEL, "35 h", cycles[0]),
        (_MEL, "37 h 30 /semaine", cycles[1]),
        (_MEL, "39 h/semaine", cycles[2]),
    ]


class TestTextesDesOffres:
    """Les dates, durées et horaires tels que les cinq offres sources les écrivent."""

    @pytest.mark.parametrize(("nom", "extrait", "attendu"), _faits_dates())
    def test_dates(self, nom: str, extrait: str, attendu: datetime.date) -> None:
        """Chaque date du texte se lit comme la date de l'offre d'exemple."""
        assert extrait in _texte_seed(nom)
        assert lire_date(extrait) == attendu

    @pytest.mark.parametrize(("nom", "extrait", "attendu"), _faits_durees())
    def test_durees(self, nom: str, extrait: str, attendu: int) -> None:
        """Chaque durée du texte se lit comme la durée de l'offre d'exemple."""
        assert extrait in _texte_seed(nom)
        assert lire_duree(extrait) == relativedelta(months=attendu)

    @pytest.mark.parametrize(("nom", "extrait", "attendu"), _faits_heures())
    def test_heures(self, nom: str, extrait: str, attendu: Decimal) -> None:
        """Chaque cycle du texte se lit comme le cycle de l'offre d'exemple."""
        assert extrait in _texte_seed(nom)
        assert lire_heures(extrait) == attendu

    @pytest.mark.parametrize(
        ("nom", "extrait"),
        [(_SSD, "janvier 2026"), (_SSD, "mai 2025"), (_POUM, "Référence : 3134-25-0482/SR")],
    )
    def test_dates_incompletes_refusees(self, nom: str, extrait: str) -> None:
        """« À partir de janvier 2026 » n'a pas de jour : la lecture refuse plutôt que de choisir le 1er."""
        assert extrait in _texte_seed(nom)
        with pytest.raises(LectureImpossible):
            lire_date(extrait)


class TestLireDate:
    """Les formes de dates des offres."""

    @pytest.mark.parametrize(
        ("texte", "attendu"),
        [
            ("Vendredi 28 mars 2025", datetime.date(2025, 3, 28)),
            ("1ᵉʳ juillet 2025", datetime.date(2025, 7, 1)),
            ("1er juillet 2025", datetime.date(2025, 7, 1)),
            ("premier juillet 2025", datetime.date(2025, 7, 1)),
            ("1/10/2025", datetime.date(2025, 10, 1)),
            ("30/04/2026", datetime.date(2026, 4, 30)),
            ("01.09.2025", datetime.date(2025, 9, 1)),
            ("01-09-2025", datetime.date(2025, 9, 1)),
            ("15 sept. 2025", datetime.date(2025, 9, 15)),
            ("15 SEPTEMBRE 2025", datetime.date(2025, 9, 15)),
            ("le 3 fevrier 2026", datetime.date(2026, 2, 3)),
            ("3 févr. 2026", datetime.date(2026, 2, 3)),
            ("mar. 1er juil. 2025", datetime.date(2025, 7, 1)),
            ("2025-07-01", datetime.date(2025, 7, 1)),
            ("2025-01-02", datetime.date(2025, 1, 2)),
            ("  28   mars\n2025 ", datetime.date(2025, 3, 28)),
        ],
    )
    def test_exemples(self, texte: str, attendu: datetime.date) -> None:
        """Chiffres, lettres, abréviations, « 1er », ISO."""
        assert lire_date(texte) == attendu

    def test_annee_de_la_reference(self) -> None:
        """« 15 septembre » prend l'année du jour de référence."""
        assert lire_date("15 septembre", reference=datetime.date(2025, 6, 2)) == datetime.date(
            2025, 9, 15
        )

    def test_siecle_de_la_reference(self) -> None:
        """Une année à deux chiffres prend le siècle le plus proche de la référence, jamais de l'horloge."""
        assert lire_date("1/10/25", reference=datetime.date(2025, 6, 2)) == datetime.date(
            2025, 10, 1
        )
        assert lire_date("1/10/99", reference=datetime.date(2025, 6, 2)) == datetime.date(
            1999, 10, 1
        )
        assert lire_date("1/10/25", reference=datetime.date(1930, 1, 1)) == datetime.date(
            1925, 10, 1
        )
        # Au bout d'un siècle, le siècle suivant est le plus proche.
        assert lire_date("1/1/05", reference=datetime.date(2095, 6, 1)) == datetime.date(2105, 1, 1)

    @given(st.integers(100, 2100), st.dates(datetime.date(1950, 1, 1)))
    def test_annee_ecrite_en_entier(self, annee: int, reference: datetime.date) -> None:
        """Une année de trois chiffres ou plus se lit telle quelle, quelle que soit la référence."""
        assert lire_date(f"1/1/{annee}", reference=reference) == datetime.date(annee, 1, 1)

    @pytest.mark.parametrize(
        ("texte", "raison"),
        [
            ("31 février 2025", "cette date n'existe pas"),
            ("2025-02-30", "cette date n'existe pas"),
            ("abc", "aucune date reconnue"),
            ("", "le texte est vide"),
            ("   ", "le texte est vide"),
            ("15 septembre", "l'année manque"),
            ("mars 2025", "le jour ou le mois manque"),
            ("mardi", "le jour ou le mois manque"),
            ("Lundi 28 mars 2025", "le 28/03/2025 est un vendredi"),
            ("12/25/2025", "jour, mois, année"),
            ("1/10/25", "deux chiffres"),
            ("28 mars 2025 17h30", "heure"),
            ("15 mars 2025 2026", "heure"),
        ],
    )
    def test_refus(self, texte: str, raison: str) -> None:
        """L'impossible, l'incomplet, le contradictoire : une LectureImpossible en français."""
        with pytest.raises(LectureImpossible, match=re.escape(raison)) as erreur:
            lire_date(texte)
        assert str(erreur.value).startswith(f"« {texte} » ne se lit pas comme une date : ")
        assert erreur.value.texte == texte

    def test_29_fevrier_selon_l_annee(self) -> None:
        """Le 29 février d'une référence non bissextile n'existe pas."""
        assert lire_date("29 février", reference=datetime.date(2024, 1, 1)) == datetime.date(
            2024, 2, 29
        )
        with pytest.raises(LectureImpossible, match="n'existe pas en 2025"):
            lire_date("29 février", reference=datetime.date(2025, 1, 1))

    @given(st.integers(1, 31), st.integers(1, 13), st.integers(1900, 2199), st.sampled_from("/.-"))
    def test_chiffres_jour_mois_annee(
        self, jour: int, mois: int, annee: int, separateur: str
    ) -> None:
        """Une date en chiffres se lit jour, mois, année ; une date impossible est refusée."""
        texte = f"{jour:02d}{separateur}{mois}{separateur}{annee}"
        try:
            attendu = datetime.date(annee, mois, jour)
        except ValueError:
            with pytest.raises(LectureImpossible):
                lire_date(texte)
        else:
            assert lire_date(texte) == attendu

    @given(st.dates(datetime.date(1900, 1, 1), datetime.date(2199, 12, 31)), st.sampled_from(JOURS))
    def test_jour_de_la_semaine_verifie(self, date: datetime.date, jour: str) -> None:
        """Le jour de la semaine écrit doit être celui de la date."""
        texte = f"{jour} {date.day} {MOIS[date.month - 1]} {date.year}"
        if JOURS[date.weekday()] == jour:
            assert lire_date(texte) == date
        else:
            with pytest.raises(LectureImpossible, match=f"est un {JOURS[date.weekday()]}"):
                lire_date(texte)

    @given(
        st.integers(1, 31),
        st.integers(1, 12),
        st.dates(datetime.date(1900, 1, 1), datetime.date(2199, 12, 31)),
    )
    def test_sans_annee(self, jour: int, mois: int, reference: datetime.date) -> None:
        """Sans année, celle de la référence ; sans référence, un refus."""
        texte = f"{jour} {MOIS[mois - 1]}"
        with pytest.raises(LectureImpossible):
            lire_date(texte)
        if jour <= calendar.monthrange(reference.year, mois)[1]:
            assert lire_date(texte, reference=reference) == datetime.date(
                reference.year, mois, jour
            )
        else:
            with pytest.raises(LectureImpossible):
                lire_date(texte, reference=reference)


class TestLireDuree:
    """Les durées des offres."""

    @pytest.mark.parametrize(
        ("texte", "attendu"),
        [
            ("3 ans", relativedelta(years=3)),
            ("un an minimum", relativedelta(years=1)),
            ("6 mois renouvelable", relativedelta(months=6)),
            ("deux ans", relativedelta(years=2)),
            ("18 mois", relativedelta(months=18)),
            ("dix-huit mois", relativedelta(months=18)),
            ("trente-six mois", relativedelta(years=3)),
            ("vingt et un jours", relativedelta(days=21)),
            ("une année", relativedelta(years=1)),
            ("1 an et 6 mois", relativedelta(years=1, months=6)),
            ("un an et demi", relativedelta(months=18)),
            ("1,5 an", relativedelta(months=18)),
            ("2 semaines", relativedelta(days=14)),
            ("1 an, 2 mois et 3 jours", relativedelta(years=1, months=2, days=3)),
            ("2 semaines et 3 jours", relativedelta(days=17)),
            ("vingt mois", relativedelta(years=1, months=8)),
            ("3 ANS RENOUVELABLES", relativedelta(years=3)),
            ("2 ans (renouvelable une fois)", relativedelta(years=2)),
            ("12 mois maximum", relativedelta(years=1)),
            ("d'un an minimum avec possibilité de renouvellement", relativedelta(years=1)),
        ],
    )
    def test_exemples(self, texte: str, attendu: relativedelta) -> None:
        """Chiffres, lettres, « et demi », qualificatifs d'un contrat."""
        assert lire_duree(texte) == attendu

    @pytest.mark.parametrize(
        ("texte", "raison"),
        [
            ("abc", "aucune durée reconnue"),
            ("", "aucune durée reconnue"),
            ("3", "aucune durée reconnue"),
            ("ans", "aucune durée reconnue"),
            ("3 ans 2", "reste"),
            ("1,5 mois", "nombre entier de mois"),
            ("3 ans environ", "reste"),
            ("3 heures", "aucune durée reconnue"),
        ],
    )
    def test_refus(self, texte: str, raison: str) -> None:
        """Ce qui n'est pas une durée, ou pas une durée en mois et jours entiers."""
        with pytest.raises(LectureImpossible, match=re.escape(raison)) as erreur:
            lire_duree(texte)
        assert str(erreur.value).startswith(f"« {texte} » ne se lit pas comme une durée : ")

    @given(
        st.integers(0, 99),
        st.sampled_from(("an", "ans", "année", "années", "mois", "semaines", "jours")),
    )
    def test_chiffres(self, nombre: int, unite: str) -> None:
        """Un nombre en chiffres et son unité."""
        mois, jours = {"an": (12, 0), "mo": (1, 0), "se": (0, 7), "jo": (0, 1)}[unite[:2]]
        assert lire_duree(f"{nombre} {unite}") == relativedelta(
            months=nombre * mois, days=nombre * jours
        )


class TestLireHeures:
    """Les durées hebdomadaires des offres."""

    @pytest.mark.parametrize(
        ("texte", "attendu"),
        [
            ("17h30", Decimal("17.5")),
            ("17 h 30", Decimal("17.5")),
            ("17\u202fh\u202f30", Decimal("17.5")),
            ("28/35e", Decimal(28)),
            ("28/35ème", Decimal(28)),
            ("28/35ᵉ", Decimal(28)),
            ("28h/35h", Decimal(28)),
            ("17,5/35e", Decimal("17.5")),
            ("17 h 20/35e", Horaire(heures=17, minutes=20).en_heures()),
            ("35 heures", Decimal(35)),
            ("24h30 hebdomadaires", Decimal("24.5")),
            ("35 h par semaine", Decimal(35)),
            ("37 h 30 /semaine", Decimal("37.5")),
            ("17 heures 30 minutes", Decimal("17.5")),
            ("0 h 05", Horaire(heures=0, minutes=5).en_heures()),
            ("168 h 59", Decimal(168) + Decimal(59) / 60),  # la borne : une semaine
        ],
    )
    def test_exemples(self, texte: str, attendu: Decimal) -> None:
        """Heures et minutes, fractions du temps complet, qualificatifs."""
        assert lire_heures(texte) == attendu

    @pytest.mark.parametrize(
        ("texte", "raison"),
        [
            ("abc", "aucun horaire reconnu"),
            ("", "aucun horaire reconnu"),
            ("17h75", "horaire illisible"),
            ("17h60", "horaire illisible"),
            ("169 h", "semaine"),
            ("17,5 h 30", "horaire illisible"),
            ("40/35e", "le numérateur dépasse le dénominateur"),
            ("28/0e", "le numérateur dépasse le dénominateur"),
            ("200 h", "semaine"),
            ("mi-temps", "aucun horaire reconnu"),
        ],
    )
    def test_refus(self, texte: str, raison: str) -> None:
        """Ce qui n'est pas un horaire possible."""
        with pytest.raises(LectureImpossible, match=re.escape(raison)) as erreur:
            lire_heures(texte)
        assert str(erreur.value).startswith(f"« {texte} » ne se lit pas comme un horaire : ")

    @given(
        st.integers(0, 48),
        st.integers(0, 59),
        st.sampled_from(("{}h{:02d}", "{} h {:02d}", "{}H{:02d}")),
    )
    def test_heures_minutes(self, heures: int, minutes: int, forme: str) -> None:
        """« 17h30 » donne les heures décimales d'Horaire."""
        attendu = Horaire(heures=heures, minutes=minutes).en_heures()
        assert lire_heures(forme.format(heures, minutes)) == attendu

    @given(st.decimals(Decimal("0.01"), Decimal(35), places=2))
    def test_fraction(self, heures: Decimal) -> None:
        """« x/35e » donne x."""
        assert lire_heures(f"{heures}".replace(".", ",") + "/35e") == heures


class TestErreurs:
    """L'exception et la robustesse."""

    def test_hierarchie(self) -> None:
        """LectureImpossible est une ErreurFptOffres et une ValueError."""
        assert issubclass(LectureImpossible, ErreurFptOffres)
        assert issubclass(LectureImpossible, ValueError)
        erreur = LectureImpossible("x", "une date", "aucune date reconnue")
        assert (erreur.texte, erreur.attendu, erreur.raison) == (
            "x",
            "une date",
            "aucune date reconnue",
        )

    @given(st.text(max_size=40), st.sampled_from(LECTURES))
    def test_texte_quelconque(self, texte: str, lire: Callable[[str], Any]) -> None:
        """Un texte quelconque se lit ou lève LectureImpossible, jamais une autre exception."""
        with contextlib.suppress(LectureImpossible):
            lire(texte)

    @given(st.from_regex(r"[0-9 ./hHe,er-]{1,14}", fullmatch=True), st.sampled_from(LECTURES))
    def test_texte_presque_valide(self, texte: str, lire: Callable[[str], Any]) -> None:
        """Un texte fait de chiffres et de séparateurs se lit ou lève LectureImpossible."""
        assume(texte.strip())
        with contextlib.suppress(LectureImpossible):
            lire(texte)
