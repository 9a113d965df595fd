"""Les types publiés des colonnes, et les tables typées : Arrow, Parquet, pandas, polars.

Les tests des tables demandent l'extra ``tableaux`` (et pandas, polars) : ils sont
sautés sans lui ; ``make test`` l'installe.
"""

from __future__ import annotations

import datetime
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fpt_offres import (
    COLONNES,
    TYPES_COLONNES,
    Horaire,
    Offre,
    TempsTravail,
    depuis_json,
    exemples,
    ligne,
)
from fpt_offres.exports.ligne import COLONNES_NON_NULLES
from fpt_offres.strategies import offres


def _conforme(valeur: Any, type_: Any) -> bool:
    """``valeur``, telle que ligne() l'écrit, a-t-elle le type publié ``type_`` ?"""
    if type_ == list[str]:
        return isinstance(valeur, list) and all(type(v) is str for v in valeur)
    if type_ is float:  # un nombre entier reste un int, pour le CSV
        return type(valeur) in (int, float) and math.isfinite(valeur)
    if type_ is datetime.date:  # en texte ISO, pour le CSV
        return type(valeur) is str and datetime.date.fromisoformat(valeur).isoformat() == valeur
    return type(valeur) is type_


@given(offres())
def test_ligne_suit_les_types_publies(offre: Offre) -> None:
    rangee = ligne(offre)
    assert tuple(TYPES_COLONNES) == COLONNES == tuple(rangee)
    for nom, type_ in TYPES_COLONNES.items():
        valeur = rangee[nom]
        if valeur is None:
            assert nom not in COLONNES_NON_NULLES, nom
        else:
            assert _conforme(valeur, type_), (nom, valeur)


# --- tables Arrow --------------------------------------------------------------------------


def _attendu(offre: Offre) -> dict[str, Any]:
    """La ligne de l'offre aux types publiés (ce que doit contenir la table)."""
    rangee = ligne(offre)
    for nom, type_ in TYPES_COLONNES.items():
        valeur = rangee[nom]
        if valeur is not None and type_ is float:
            rangee[nom] = float(valeur)
        elif valeur is not None and type_ is datetime.date:
            rangee[nom] = datetime.date.fromisoformat(valeur)
    return rangee


@settings(deadline=None)
@given(st.lists(offres(), max_size=6), st.integers(1, 4))
def test_table_arrow_egale_aux_lignes(lot: list[Offre], taille: int) -> None:
    pytest.importorskip("pyarrow")
    from fpt_offres.exports.tables import lots_arrow, schema_arrow, vers_arrow

    table = vers_arrow(lot)
    assert table.schema == schema_arrow()
    assert table.to_pylist() == [_attendu(o) for o in lot]
    lots = list(lots_arrow(lot, taille_lot=taille))
    assert [b.num_rows for b in lots] == [
        min(taille, len(lot) - debut) for debut in range(0, len(lot), taille)
    ]
    assert [r for b in lots for r in b.to_pylist()] == table.to_pylist()


def test_lots_au_fil_de_l_eau() -> None:
    """Un lot sort dès que ses offres sont lues : jamais plus d'un lot d'avance."""
    pytest.importorskip("pyarrow")
    from fpt_offres.exports.tables import lots_arrow

    lues = 0

    def flux() -> Iterator[Offre]:
        nonlocal lues
        for rang in range(10_000):
            lues += 1
            yield exemples()[rang % 5]

    lots = lots_arrow(flux(), taille_lot=3)
    for attendu in (3, 6, 9):
        next(lots)
        assert lues == attendu


def test_taille_de_lot_invalide() -> None:
    pytest.importorskip("pyarrow")
    from fpt_offres.exports.tables import lots_arrow

    with pytest.raises(ValueError, match="taille_lot"):
        next(lots_arrow(exemples(), taille_lot=0))


def test_parquet_par_lots_et_offres_entieres(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from fpt_offres.exports.tables import COLONNE_JSON, ecrire_parquet, vers_arrow

    lot = [*exemples(), *exemples()[:2]]
    chemin = tmp_path / "offres.parquet"
    assert ecrire_parquet(iter(lot), chemin, taille_lot=3, avec_json=True) == 7
    fichier = pq.ParquetFile(chemin)
    assert fichier.metadata.num_row_groups == 3
    table = fichier.read()
    assert table.drop_columns([COLONNE_JSON]).equals(vers_arrow(lot))
    assert [depuis_json(t) for t in table.column(COLONNE_JSON).to_pylist()] == lot


def test_parquet_vide_garde_le_schema(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from fpt_offres.exports.tables import ecrire_parquet, schema_arrow

    chemin = tmp_path / "vide.parquet"
    assert ecrire_parquet([], chemin) == 0
    table = pq.read_table(chemin)
    assert table.num_rows == 0
    assert table.schema.equals(schema_arrow())


def _hebdo(offre: Offre, heures: int, minutes: int) -> Offre:
    temps = TempsTravail(heures_hebdo=Horaire(heures=heures, minutes=minutes))
    return attrs.evolve(offre, conditions=attrs.evolve(offre.conditions, temps=temps))


def test_polars_sur_des_donnees_realistes() -> None:
    """Le cas de la revue : 200 offres à 35 h puis une à 17 h 30 (un float après des int)."""
    pl = pytest.importorskip("polars")
    from fpt_offres.exports.tables import vers_polars

    base = exemples()[3]
    lot = [_hebdo(base, 35, 0)] * 200 + [_hebdo(base, 17, 30)]
    assert type(ligne(lot[0])["heures_hebdo"]) is int
    tableau = vers_polars(lot)
    assert tableau.schema["heures_hebdo"] == pl.Float64
    assert tableau.schema["quotite_pourcent"] == pl.Float64
    assert tableau.schema["date_publication"] == pl.Date
    assert tableau.schema["categories"] == pl.List(pl.String)
    assert tableau["heures_hebdo"].to_list() == [35.0] * 200 + [17.5]


def test_pandas_aux_types_arrow() -> None:
    pd = pytest.importorskip("pandas")
    from fpt_offres.exports.tables import vers_pandas

    tableau = vers_pandas(exemples())
    assert all(isinstance(t, pd.ArrowDtype) for t in tableau.dtypes)
    assert str(tableau["date_limite_candidature"].dtype) == "date32[day][pyarrow]"
    assert tableau.to_dict("records")[0]["intitule"] == exemples()[0].intitule
    assert (
        tableau["date_limite_candidature"].iloc[0]
        == exemples()[0].calendrier.date_limite_candidature
    )


def test_extra_absent_dit_quoi_installer(monkeypatch: pytest.MonkeyPatch) -> None:
    from fpt_offres.exports.tables import vers_polars

    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(ImportError, match=r"pip install 'fpt-offres\[polars\]'"):
        vers_polars(exemples())
