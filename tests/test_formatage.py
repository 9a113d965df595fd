"""Le français écrit (fpt_offres.formatage) : exemples, typographie, et relecture de ce qui est écrit."""

from __future__ import annotations

import datetime
import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from babel.numbers import get_group_symbol, parse_decimal
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres import Categorie, Fourchette, Horaire, nomenclature
from fpt_offres.formatage import (
    ESPACE_FINE,
    ESPACE_INSECABLE,
    LOCALE,
    entre_guillemets,
    formater_categories,
    formater_cloture,
    formater_compte,
    formater_date,
    formater_duree,
    formater_fourchette,
    formater_heures,
    formater_liste,
    formater_montant,
    formater_nombre,
    formater_pourcentage,
    formater_quotite,
)
from fpt_offres.formatage._commun import espacer
from fpt_offres.lecture import lire_date, lire_duree, lire_heures
from fpt_offres.strategies import fourchettes, horaires

FORMATS_DATE = ("complet", "long", "abrege", "court")
DATES = st.dates(datetime.date(1900, 1, 1), datetime.date(2199, 12, 31))
MONTANTS = st.one_of(
    st.integers(1, 10_000_000).map(Decimal),
    st.decimals(Decimal("0.01"), Decimal("1000000"), places=2),
    st.decimals(Decimal("0.1"), Decimal("1000000"), places=1),
)
POURCENTAGES = st.decimals(Decimal("0.01"), Decimal(100), places=2)


def _simples(texte: str) -> str:
    return texte.replace(ESPACE_INSECABLE, " ").replace(ESPACE_FINE, " ")


def _nombres(texte: str) -> list[Decimal]:
    """Les nombres d'un texte à la française, relus par babel."""
    chiffres = re.findall(r"\d[\d\u202f\u00a0 ]*(?:,\d+)?", texte)
    return [parse_decimal(c.strip(), locale=LOCALE, strict=False) for c in chiffres]


class TestLocale:
    """La locale est fixée, et babel n'est chargé qu'au premier usage."""

    def test_babel_pas_importe_a_l_import(self) -> None:
        """Importer fpt_offres et ces modules ne charge pas babel."""
        code = (
            "import sys, fpt_offres, fpt_offres.formatage, fpt_offres.lecture, "
            "fpt_offres.titres, fpt_offres.rendu; "
            "assert not any(m == 'babel' or m.startswith('babel.') for m in sys.modules), "
            "sorted(m for m in sys.modules if m.startswith('babel'))"
        )
        subprocess.run([sys.executable, "-c", code], check=True)

    def test_environnement_ignore(self) -> None:
        """Une locale d'environnement allemande ne change rien : la locale est fr_FR."""
        code = (
            "import datetime; from decimal import Decimal; "
            "from fpt_offres.formatage import formater_date, formater_montant; "
            "print(formater_date(datetime.date(2025, 7, 1), 'complet')); "
            "print(formater_montant(Decimal('2461.39'), espaces='simples'))"
        )
        environnement = {
            **os.environ,
            "LANG": "de_DE.UTF-8",
            "LC_ALL": "de_DE.UTF-8",
            "LANGUAGE": "de",
        }
        sortie = subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            text=True,
            env=environnement,
        ).stdout
        assert sortie.splitlines() == ["mardi 1er juillet 2025", "2 461,39 €"]

    def test_autre_locale_francophone(self) -> None:
        """Une autre locale francophone change les formats, pas les mots."""
        assert (
            formater_date(datetime.date(2025, 7, 1), "complet", locale="fr_CA")
            == "mardi 1er juillet 2025"
        )
        # Le séparateur des milliers est une donnée CLDR qui change d'une version de babel à
        # l'autre (fr_CH : espace fine, puis apostrophe depuis babel 2.19) : on attend ce que
        # babel dit aujourd'hui, et les mots (« de … à », FCFP) que le projet écrit lui-même.
        suisse = espacer(get_group_symbol("fr_CH"), "simples")
        assert formater_montant(Decimal(1500), "CHF", locale="fr_CH", espaces="simples") == (
            f"1{suisse}500 CHF"
        )
        caledonien = espacer(get_group_symbol("fr_NC"), "simples")
        assert formater_fourchette(
            Fourchette(minimum=Decimal(200000), maximum=Decimal(250000)),
            "XPF",
            locale="fr_NC",
            espaces="simples",
        ) == (f"de 200{caledonien}000 à 250{caledonien}000 FCFP")


class TestDates:
    """Les dates longues et courtes, avec « 1er »."""

    @pytest.mark.parametrize(
        ("date", "format", "attendu"),
        [
            (datetime.date(2025, 3, 28), "complet", "vendredi 28 mars 2025"),
            (datetime.date(2025, 7, 1), "complet", "mardi 1er juillet 2025"),
            (datetime.date(2025, 7, 1), "long", "1er juillet 2025"),
            (datetime.date(2026, 4, 30), "long", "30 avril 2026"),
            (datetime.date(2025, 9, 1), "abrege", "1er sept. 2025"),
            (datetime.date(2025, 3, 28), "court", "28/03/2025"),
            (datetime.date(2025, 7, 1), "court", "01/07/2025"),
        ],
    )
    def test_exemples(self, date: datetime.date, format: str, attendu: str) -> None:
        """Les formes des offres."""
        assert formater_date(date, format) == attendu  # type: ignore[arg-type]

    @given(DATES)
    def test_premier_du_mois(self, date: datetime.date) -> None:
        """« 1er » pour le premier du mois en lettres, jamais en chiffres ni un autre jour."""
        for format in ("complet", "long", "abrege"):
            assert ("1er " in formater_date(date, format)) is (date.day == 1)
        assert "er" not in formater_date(date, "court")

    @given(DATES, st.sampled_from(FORMATS_DATE))
    def test_relecture(self, date: datetime.date, format: str) -> None:
        """Relire une date écrite redonne la date, sous chaque format."""
        assert lire_date(formater_date(date, format)) == date  # type: ignore[arg-type]

    def test_format_inconnu(self) -> None:
        """Un format inconnu lève une ValueError qui nomme les formats connus."""
        with pytest.raises(ValueError, match="« complet », « long », « abrege », « court »"):
            formater_date(datetime.date(2025, 1, 1), "full")  # type: ignore[arg-type]


class TestMontants:
    """Les montants en euros et leurs fourchettes."""

    def test_espaces_de_babel(self) -> None:
        """Espace fine insécable entre les milliers, insécable avant « € »."""
        assert formater_montant(Decimal("2461.39")) == f"2{ESPACE_FINE}461,39{ESPACE_INSECABLE}€"

    @pytest.mark.parametrize(
        ("valeur", "attendu"),
        [
            (Decimal("2461.39"), "2 461,39 €"),
            (Decimal(2000), "2 000 €"),
            (Decimal("2000.00"), "2 000 €"),
            (Decimal("1500.5"), "1 500,50 €"),
            (Decimal("0.01"), "0,01 €"),
            (Decimal("12.345"), "12,345 €"),
            (1234567, "1 234 567 €"),
        ],
    )
    def test_exemples(self, valeur: Decimal, attendu: str) -> None:
        """Les centimes quand il y en a, jamais d'arrondi."""
        assert formater_montant(valeur, espaces="simples") == attendu

    @pytest.mark.parametrize(
        ("fourchette", "attendu"),
        [
            (Fourchette(minimum=Decimal(2000), maximum=Decimal(2500)), "de 2 000 à 2 500 €"),
            (
                Fourchette(minimum=Decimal(2000), maximum=Decimal("2461.39")),
                "de 2 000,00 à 2 461,39 €",
            ),
            (Fourchette(maximum=Decimal(500)), "jusqu’à 500 €"),
            (Fourchette(minimum=Decimal(1800)), "à partir de 1 800 €"),
            (Fourchette.montant(Decimal(75)), "75 €"),
        ],
    )
    def test_fourchettes(self, fourchette: Fourchette, attendu: str) -> None:
        """Les quatre formes d'une fourchette."""
        assert formater_fourchette(fourchette, espaces="simples") == attendu

    @given(MONTANTS)
    def test_relecture_par_babel(self, valeur: Decimal) -> None:
        """babel relit le montant écrit, espaces insécables ou simples."""
        for espaces in ("insecables", "simples"):
            texte = formater_montant(valeur, espaces=espaces)
            assert texte.endswith("€")
            assert parse_decimal(texte[:-1].strip(), locale=LOCALE, strict=False) == valeur

    @given(MONTANTS)
    def test_espaces_simples(self, valeur: Decimal) -> None:
        """La variante « simples » n'a que des espaces ordinaires, aux mêmes places."""
        simple = formater_montant(valeur, espaces="simples")
        assert ESPACE_INSECABLE not in simple
        assert ESPACE_FINE not in simple
        assert simple == _simples(formater_montant(valeur))

    @given(fourchettes())
    def test_relecture_des_fourchettes(self, fourchette: Fourchette) -> None:
        """Les bornes d'une fourchette se relisent, dans l'ordre et avec les mots qui conviennent."""
        texte = formater_fourchette(fourchette)
        bornes = [b for b in (fourchette.minimum, fourchette.maximum) if b is not None]
        if fourchette.minimum == fourchette.maximum:
            bornes = bornes[:1]
        assert _nombres(texte) == bornes
        if fourchette.minimum is None:
            assert texte.startswith("jusqu’à ")
        elif fourchette.maximum is None:
            assert texte.startswith("à partir de ")
        elif len(bornes) == 2:
            assert texte.startswith("de ")
            assert " à " in texte
        assert texte.endswith(f"{ESPACE_INSECABLE}€")
        assert texte.count("€") == 1


class TestDurees:
    """Les durées, en mois ou en relativedelta."""

    @pytest.mark.parametrize(
        ("valeur", "format", "attendu"),
        [
            (36, "usuel", "3 ans"),
            (18, "usuel", "18 mois"),
            (12, "usuel", "1 an"),
            (6, "usuel", "6 mois"),
            (18, "detaille", "1 an et 6 mois"),
            (36, "mois", "36 mois"),
            (0, "usuel", "0 mois"),
            (relativedelta(years=1, months=2, days=14), "detaille", "1 an, 2 mois et 2 semaines"),
            (relativedelta(months=3, days=10), "usuel", "3 mois et 10 jours"),
            (relativedelta(days=1), "usuel", "1 jour"),
        ],
    )
    def test_exemples(self, valeur: int | relativedelta, format: str, attendu: str) -> None:
        """Les formes des offres."""
        assert formater_duree(valeur, format, espaces="simples") == attendu  # type: ignore[arg-type]

    def test_nombre_et_unite_insecables(self) -> None:
        """Le nombre et son unité ne se séparent jamais (CLDR écrit « 2 ans » avec une espace ordinaire)."""
        assert formater_duree(24) == f"2{ESPACE_INSECABLE}ans"

    @pytest.mark.parametrize(
        "valeur",
        [
            -1,
            relativedelta(months=-2),
            relativedelta(hours=3),
            relativedelta(year=2025),
            relativedelta(weekday=0),
        ],
    )
    def test_refus(self, valeur: int | relativedelta) -> None:
        """Une durée négative, des heures ou des valeurs absolues ne s'écrivent pas."""
        with pytest.raises(ValueError, match=r"durée|relativedelta"):
            formater_duree(valeur)

    def test_type_refuse(self) -> None:
        """Un booléen ou un flottant n'est pas une durée."""
        with pytest.raises(TypeError):
            formater_duree(True)  # noqa: FBT003  (le booléen refusé est le sujet du test)
        with pytest.raises(TypeError):
            formater_duree(1.5)  # type: ignore[arg-type]

    @given(
        st.builds(
            relativedelta,
            years=st.integers(0, 40),
            months=st.integers(0, 11),
            days=st.integers(0, 400),
        ),
        st.sampled_from(("usuel", "detaille", "mois")),
    )
    def test_relecture(self, duree: relativedelta, format: str) -> None:
        """Relire une durée écrite redonne la durée, sous chaque format."""
        assert lire_duree(formater_duree(duree, format)) == duree  # type: ignore[arg-type]

    @given(st.integers(0, 600))
    def test_relecture_en_mois(self, mois: int) -> None:
        """Un nombre de mois écrit se relit en autant de mois."""
        assert lire_duree(formater_duree(mois)) == relativedelta(months=mois)


class TestHeures:
    """Les durées hebdomadaires."""

    @pytest.mark.parametrize(
        ("valeur", "format", "attendu"),
        [
            (Horaire(heures=17, minutes=30), "heures", "17 h 30"),
            (Horaire(heures=35), "heures", "35 h"),
            (Horaire(heures=0, minutes=5), "heures", "0 h 05"),
            (Decimal("24.5"), "heures", "24 h 30"),
            (Horaire(heures=17, minutes=30), "fraction", "17,5/35e"),
            (Decimal(28), "fraction", "28/35e"),
            (Horaire(heures=17, minutes=33), "fraction", "17,55/35e"),
            (Horaire(heures=17, minutes=20), "fraction", "17 h 20/35e"),
        ],
    )
    def test_exemples(self, valeur: Horaire | Decimal, format: str, attendu: str) -> None:
        """« 17 h 30 » et la fraction d'un temps non complet."""
        assert formater_heures(valeur, format, espaces="simples") == attendu  # type: ignore[arg-type]

    def test_espaces_fines(self) -> None:
        """« h » est entouré d'espaces fines insécables, comme l'unité courte de babel."""
        assert formater_heures(Horaire(heures=17, minutes=30)) == f"17{ESPACE_FINE}h{ESPACE_FINE}30"

    @pytest.mark.parametrize("valeur", [Decimal("17.333"), Decimal(-1), Decimal(169)])
    def test_refus(self, valeur: Decimal | Horaire) -> None:
        """Des heures qui ne tombent pas sur une minute, ou hors d'une semaine."""
        with pytest.raises(ValueError, match=r"minute entière|n'est pas dans \[0 ; 48\]"):
            formater_heures(valeur)

    @given(horaires())
    def test_relecture(self, horaire: Horaire) -> None:
        """Relire un horaire écrit redonne ses heures, au même Decimal qu'Horaire.en_heures()."""
        assert lire_heures(formater_heures(horaire)) == horaire.en_heures()
        if horaire <= Horaire(heures=35):
            assert lire_heures(formater_heures(horaire, "fraction")) == horaire.en_heures()
        else:
            with pytest.raises(ValueError, match="dépasse les 35 h"):
                formater_heures(horaire, "fraction")

    @given(horaires())
    def test_decimal_ou_horaire(self, horaire: Horaire) -> None:
        """Un horaire et ses heures décimales s'écrivent pareil."""
        assert formater_heures(horaire.en_heures()) == formater_heures(horaire)


class TestQuotitesEtPourcentages:
    """Les quotités et les pourcentages."""

    @pytest.mark.parametrize(
        ("valeur", "attendu"),
        [
            (Decimal(50), "mi-temps (50 %)"),
            (Decimal(80), "80 %"),
            (Decimal(100), "temps plein (100 %)"),
            (Decimal("33.33"), "33,33 %"),
        ],
    )
    def test_exemples(self, valeur: Decimal, attendu: str) -> None:
        """« mi-temps (50 %) », « 80 % »."""
        assert formater_quotite(valeur, espaces="simples") == attendu

    def test_espace_insecable_avant_pourcent(self) -> None:
        """L'espace avant « % » est insécable."""
        assert formater_quotite(Decimal(80)) == f"80{ESPACE_INSECABLE}%"

    @pytest.mark.parametrize("valeur", [Decimal(0), Decimal(-5), Decimal("100.01")])
    def test_refus(self, valeur: Decimal) -> None:
        """Une quotité hors de ]0 ; 100]."""
        with pytest.raises(ValueError, match="quotité"):
            formater_quotite(valeur)

    @given(POURCENTAGES)
    def test_relecture(self, valeur: Decimal) -> None:
        """Le pourcentage d'une quotité se relit."""
        assert _nombres(formater_quotite(valeur)) == [valeur]
        assert _nombres(formater_pourcentage(valeur)) == [valeur]


class TestListesEtCategories:
    """Les énumérations et les catégories."""

    def test_exemples(self) -> None:
        """« A, B et C », « A ou B », une liste vide."""
        assert formater_liste(["A", "B", "C"]) == "A, B et C"
        assert formater_liste(["A", "B", "C"], "ou") == "A, B ou C"
        assert formater_liste(["A"]) == "A"
        assert formater_liste([]) == ""

    @given(st.lists(st.text("abcdéèàç", min_size=1, max_size=8), min_size=1, max_size=6))
    def test_relecture_liste(self, elements: list[str]) -> None:
        """Les éléments se relisent en coupant aux virgules et au dernier « et »."""
        texte = formater_liste(elements)
        debut, _, fin = texte.rpartition(" et ")
        relus = [*debut.split(", "), fin] if debut else [fin]
        assert relus == elements

    def test_categories(self) -> None:
        """« catégorie A ou A+ », dans l'ordre de l'offre."""
        assert formater_categories([Categorie.A, Categorie.A_PLUS]) == "catégorie A ou A+"
        assert formater_categories([Categorie.C, Categorie.B, Categorie.A]) == "catégorie C, B ou A"
        with pytest.raises(ValueError, match="catégorie"):
            formater_categories([])

    @given(st.lists(st.sampled_from(Categorie), min_size=1, max_size=4, unique=True))
    def test_relecture_categories(self, categories: list[Categorie]) -> None:
        """La nomenclature relit chaque catégorie écrite."""
        texte = formater_categories(categories).removeprefix("catégorie ")
        debut, _, fin = texte.rpartition(" ou ")
        morceaux = [*debut.split(", "), fin] if debut else [fin]
        assert [nomenclature.categorie(m) for m in morceaux] == categories

    def test_compte(self) -> None:
        """Le pluriel suit les règles de CLDR : 0 et 1 au singulier en français."""
        assert formater_compte(0, "agent", espaces="simples") == "0 agent"
        assert formater_compte(1, "agent", espaces="simples") == "1 agent"
        assert formater_compte(2, "agent", espaces="simples") == "2 agents"
        assert formater_compte(Decimal("1.5"), "jour", espaces="simples") == "1,5 jour"
        assert (
            formater_compte(3, "jour de RTT", "jours de RTT", espaces="simples") == "3 jours de RTT"
        )

    def test_guillemets(self) -> None:
        """Guillemets français, espaces insécables à l'intérieur."""
        assert entre_guillemets("maisons") == f"«{ESPACE_INSECABLE}maisons{ESPACE_INSECABLE}»"

    def test_nombre(self) -> None:
        """Un nombre sans arrondi."""
        assert formater_nombre(Decimal("17.3333"), espaces="simples") == "17,3333"
        assert formater_nombre(2000) == f"2{ESPACE_FINE}000"


class TestCloture:
    """La clôture relative, vue d'un jour donné."""

    LIMITE = datetime.date(2026, 4, 30)

    @pytest.mark.parametrize(
        ("aujourd_hui", "attendu"),
        [
            (datetime.date(2026, 4, 18), "clôture dans 12 jours"),
            (datetime.date(2026, 4, 29), "clôture demain"),
            (datetime.date(2026, 4, 30), "clôture aujourd’hui"),
            (datetime.date(2026, 5, 1), "clôturée depuis hier"),
            (datetime.date(2026, 5, 3), "clôturée depuis 3 jours"),
            (datetime.date(2025, 4, 30), "clôture dans 365 jours"),
        ],
    )
    def test_exemples(self, aujourd_hui: datetime.date, attendu: str) -> None:
        """Le compte exact des jours, sans arrondi au mois."""
        assert formater_cloture(self.LIMITE, aujourd_hui=aujourd_hui, espaces="simples") == attendu

    @given(DATES, DATES)
    def test_relecture(self, limite: datetime.date, aujourd_hui: datetime.date) -> None:
        """Le nombre de jours écrit et le sens (à venir, passé) redonnent l'écart."""
        texte = formater_cloture(limite, aujourd_hui=aujourd_hui)
        mots = {"clôture aujourd’hui": 0, "clôture demain": 1, "clôturée depuis hier": -1}
        if texte in mots:
            ecart = mots[texte]
        else:
            (jours,) = _nombres(texte)
            ecart = int(jours) if texte.startswith("clôture dans ") else -int(jours)
            assert texte.startswith(("clôture dans ", "clôturée depuis "))
            assert texte.endswith(f"{ESPACE_INSECABLE}jours")
        assert datetime.timedelta(days=ecart) == limite - aujourd_hui


class TestArguments:
    """Les arguments inconnus sont refusés."""

    def test_espaces_inconnues(self) -> None:
        """Un réglage d'espaces inconnu."""
        with pytest.raises(ValueError, match="« insecables » ou « simples »"):
            formater_montant(Decimal(1), espaces="fines")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "appel",
        [
            lambda: formater_duree(12, "annees"),  # type: ignore[arg-type]
            lambda: formater_heures(Decimal(1), "decimal"),  # type: ignore[arg-type]
            lambda: formater_liste(["a"], "and"),  # type: ignore[arg-type]
        ],
    )
    def test_formats_inconnus(self, appel: object) -> None:
        """Un format ou un style inconnu."""
        with pytest.raises(ValueError, match="doit valoir"):
            appel()  # type: ignore[operator]
