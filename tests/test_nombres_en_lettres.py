"""Les durées aux nombres écrits en lettres, au-delà de « soixante-neuf » (text2num).

L'épellation de référence ci-dessous suit l'orthographe traditionnelle (« vingt et
un », « quatre-vingts », « deux cents », « mille » invariable) et celle de 1990
(traits d'union partout) : les offres emploient l'une ou l'autre.
"""

from __future__ import annotations

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres.lecture import LectureImpossible, lire_duree

_UNITES = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
]
_DIZAINES = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _moins_de_cent(n: int) -> str:
    if n < 20:
        return _UNITES[n]
    dizaine, unite = divmod(n, 10)
    if dizaine in (7, 9):  # soixante-dix…, quatre-vingt-dix…
        base = "soixante" if dizaine == 7 else "quatre-vingt"
        lien = " et " if n == 71 else "-"
        return f"{base}{lien}{_UNITES[10 + unite]}"
    if dizaine == 8:
        return "quatre-vingts" if unite == 0 else f"quatre-vingt-{_UNITES[unite]}"
    if unite == 0:
        return _DIZAINES[dizaine]
    lien = " et " if unite == 1 else "-"
    return f"{_DIZAINES[dizaine]}{lien}{_UNITES[unite]}"


def _moins_de_mille(n: int) -> str:
    centaine, reste = divmod(n, 100)
    if centaine == 0:
        return _moins_de_cent(reste)
    tete = "cent" if centaine == 1 else f"{_UNITES[centaine]} cent"
    if reste == 0:
        return tete + ("s" if centaine > 1 else "")
    return f"{tete} {_moins_de_cent(reste)}"


def en_lettres(n: int, *, rectifiee: bool = False) -> str:
    """``n`` (0 à 999 999) en toutes lettres."""
    milliers, reste = divmod(n, 1000)
    if milliers == 0:
        mots = _moins_de_mille(reste)
    else:
        # « quatre-vingts » et « deux cents » perdent leur s devant « mille ».
        facteur = _moins_de_mille(milliers)
        facteur = facteur[:-1] if facteur.endswith(("vingts", "cents")) else facteur
        tete = "mille" if milliers == 1 else f"{facteur} mille"
        mots = tete if reste == 0 else f"{tete} {_moins_de_mille(reste)}"
    return mots.replace(" ", "-") if rectifiee else mots


@pytest.mark.parametrize(
    ("texte", "jours"),
    [
        ("soixante-dix jours", 70),
        ("soixante et onze jours", 71),
        ("quatre-vingts jours", 80),
        ("quatre-vingt-dix-neuf jours", 99),
        ("cent jours", 100),
        ("deux cents jours", 200),
        ("trois cent soixante-cinq jours", 365),
        ("mille jours", 1000),
        ("trente-cinq mille jours", 35_000),
        ("trente-cinq mille neuf cent quatre-vingt-dix-neuf jours", 35_999),
        ("zéro jour", 0),
    ],
)
def test_au_dela_de_soixante_neuf(texte: str, jours: int) -> None:
    """Toute la numération française, jusqu'à la borne des durées (cent ans)."""
    assert lire_duree(texte) == relativedelta(days=jours)


def test_un_grand_nombre_en_lettres_est_lu_puis_borne() -> None:
    """« neuf cent quatre-vingt-dix-neuf mille jours » se lit, mais passe cent ans : refusé."""
    with pytest.raises(LectureImpossible, match="plus de cent ans"):
        lire_duree("neuf cent quatre-vingt-dix-neuf mille neuf cent quatre-vingt-dix-neuf jours")


@given(st.integers(0, 35_999), st.booleans())
def test_epellation_relue(n: int, rectifiee: bool) -> None:
    """Un nombre de jours épelé (orthographe traditionnelle ou de 1990) est relu exactement."""
    assert lire_duree(f"{en_lettres(n, rectifiee=rectifiee)} jours") == relativedelta(days=n)


@pytest.mark.parametrize("texte", ["cent cent jours", "mille mille jours", "vingt vingt mois"])
def test_suite_de_mots_qui_n_est_pas_un_nombre(texte: str) -> None:
    """Des mots de nombre qui ne forment pas un nombre : LectureImpossible, pas autre chose."""
    with pytest.raises(LectureImpossible, match="nombre illisible"):
        lire_duree(texte)
