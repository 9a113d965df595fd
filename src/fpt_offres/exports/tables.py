"""Des offres en tables typées : Arrow, Parquet, pandas et polars, par lots, en mémoire constante.

Une ligne par offre, les colonnes de :func:`~fpt_offres.ligne` avec les types de
:data:`~fpt_offres.exports.ligne.TYPES_COLONNES` : textes, entiers, nombres
décimaux (``float64``), booléens, dates (``date32``) et listes de textes.
Ce module demande l'extra ``tableaux`` (``pip install 'fpt-offres[tableaux]'``,
pyarrow), et pandas ou polars pour :func:`vers_pandas` ou :func:`vers_polars` ;
chacun n'est importé qu'au premier appel.

Les offres passent par lots de ``taille_lot`` : :func:`lots_arrow` et
:func:`ecrire_parquet` ne gardent qu'un lot en mémoire, quel que soit le nombre
d'offres (un fichier JSON Lines lu par :func:`~fpt_offres.lire_jsonl`, par exemple).

>>> from fpt_offres import exemples
>>> table = vers_arrow(exemples())
>>> table.num_rows, str(table.schema.field("date_limite_candidature").type)
(5, 'date32[day]')
"""

from __future__ import annotations

import datetime
import importlib
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from types import ModuleType
from typing import IO, Any

from fpt_offres.conversion import vers_json
from fpt_offres.exports.ligne import COLONNES_NON_NULLES, TYPES_COLONNES, ligne
from fpt_offres.modele import Offre

__all__ = [
    "COLONNE_JSON",
    "TAILLE_LOT",
    "ecrire_parquet",
    "lots_arrow",
    "schema_arrow",
    "vers_arrow",
    "vers_pandas",
    "vers_polars",
]

TAILLE_LOT = 10_000
"""Le nombre d'offres par lot (``RecordBatch``, groupe de lignes Parquet) par défaut."""

COLONNE_JSON = "offre_json"
"""La colonne ajoutée par ``avec_json=True`` : l'offre entière, en JSON compact."""


def _importer(module: str, extra: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as erreur:
        message = (
            f"{module} est nécessaire pour cette fonction : "
            f"installez l'extra {extra} (pip install 'fpt-offres[{extra}]')"
        )
        raise ImportError(message, name=module) from erreur


def _pyarrow() -> ModuleType:
    return _importer("pyarrow", "tableaux")


def schema_arrow(*, avec_json: bool = False) -> Any:
    """Le schéma Arrow (``pyarrow.Schema``) des tables d'offres.

    >>> schema = schema_arrow()
    >>> schema.field("categories").type, schema.field("categories").nullable
    (ListType(list<item: string>), False)
    """
    pa = _pyarrow()
    types = {
        str: pa.string(),
        int: pa.int64(),
        float: pa.float64(),
        bool: pa.bool_(),
        datetime.date: pa.date32(),
        list[str]: pa.list_(pa.string()),
    }
    champs = [
        pa.field(nom, types[type_], nullable=nom not in COLONNES_NON_NULLES)
        for nom, type_ in TYPES_COLONNES.items()
    ]
    if avec_json:
        champs.append(pa.field(COLONNE_JSON, pa.large_string(), nullable=False))
    return pa.schema(champs)


_DATES = [nom for nom, type_ in TYPES_COLONNES.items() if type_ is datetime.date]


def _colonnes(offres: list[Offre], avec_json: bool) -> dict[str, list[Any]]:
    lignes = [ligne(o) for o in offres]
    colonnes = {nom: [rangee[nom] for rangee in lignes] for nom in TYPES_COLONNES}
    for nom in _DATES:  # ligne() les écrit en ISO pour le CSV
        colonnes[nom] = [
            None if v is None else datetime.date.fromisoformat(v) for v in colonnes[nom]
        ]
    if avec_json:
        colonnes[COLONNE_JSON] = [vers_json(o, indent=None) for o in offres]
    return colonnes


def lots_arrow(
    offres: Iterable[Offre], *, taille_lot: int = TAILLE_LOT, avec_json: bool = False
) -> Iterator[Any]:
    """Les offres en ``pyarrow.RecordBatch`` de ``taille_lot`` lignes au plus, au fil de l'eau.

    Args:
        offres: n'importe quel itérable d'offres, lu une seule fois.
        taille_lot: le nombre d'offres par lot.
        avec_json: ajoute la colonne :data:`~fpt_offres.exports.tables.COLONNE_JSON`, l'offre entière, que
            :func:`~fpt_offres.depuis_json` relit.

    >>> from fpt_offres import exemples
    >>> [lot.num_rows for lot in lots_arrow(exemples(), taille_lot=2)]
    [2, 2, 1]
    """
    if taille_lot < 1:
        message = f"taille_lot : {taille_lot} doit être au moins 1"
        raise ValueError(message)
    pa = _pyarrow()
    schema = schema_arrow(avec_json=avec_json)
    iterateur = iter(offres)
    while lot := list(islice(iterateur, taille_lot)):
        yield pa.RecordBatch.from_pydict(_colonnes(lot, avec_json), schema=schema)


def vers_arrow(offres: Iterable[Offre], *, avec_json: bool = False) -> Any:
    """Les offres en une ``pyarrow.Table`` (toutes en mémoire : pour un flux, :func:`lots_arrow`)."""
    pa = _pyarrow()
    lots = lots_arrow(offres, avec_json=avec_json)
    return pa.Table.from_batches(list(lots), schema=schema_arrow(avec_json=avec_json))


def vers_pandas(offres: Iterable[Offre], *, avec_json: bool = False) -> Any:
    """Les offres en ``pandas.DataFrame`` aux types Arrow (``pandas.ArrowDtype``).

    Chaque colonne garde son type et ses valeurs absentes : ``date32[day][pyarrow]``,
    ``list<item: string>[pyarrow]``, ``bool[pyarrow]``… (pandas 2.2 ou plus récent).

    >>> from fpt_offres import exemples
    >>> tableau = vers_pandas(exemples())
    >>> str(tableau["quotite_pourcent"].dtype), int(tableau["missions_count"].sum())
    ('double[pyarrow]', 61)
    """
    pd = _importer("pandas", "pandas")
    return vers_arrow(offres, avec_json=avec_json).to_pandas(types_mapper=pd.ArrowDtype)


def vers_polars(offres: Iterable[Offre], *, avec_json: bool = False) -> Any:
    """Les offres en ``polars.DataFrame``, colonnes typées (``Date``, ``List(String)``…).

    >>> from fpt_offres import exemples
    >>> tableau = vers_polars(exemples())
    >>> tableau.schema["date_limite_candidature"], tableau.schema["grades"]
    (Date, List(String))
    """
    pl = _importer("polars", "polars")
    return pl.from_arrow(vers_arrow(offres, avec_json=avec_json))


def ecrire_parquet(
    offres: Iterable[Offre],
    destination: str | os.PathLike[str] | IO[bytes],
    *,
    taille_lot: int = TAILLE_LOT,
    avec_json: bool = False,
    compression: str = "zstd",
) -> int:
    """Écrit les offres dans un fichier Parquet, un groupe de lignes par lot ; rend leur nombre.

    La mémoire tenue est celle d'un lot, quel que soit le nombre d'offres. Un
    fichier sans offre a le schéma et aucune ligne.

    >>> import io, pyarrow.parquet as pq
    >>> from fpt_offres import exemples
    >>> flux = io.BytesIO()
    >>> ecrire_parquet(exemples(), flux, taille_lot=2)
    5
    >>> pq.ParquetFile(flux).metadata.num_row_groups
    3
    """
    parquet = _importer("pyarrow.parquet", "tableaux")
    schema = schema_arrow(avec_json=avec_json)
    nombre = 0
    with parquet.ParquetWriter(destination, schema, compression=compression) as ecrivain:
        for lot in lots_arrow(offres, taille_lot=taille_lot, avec_json=avec_json):
            ecrivain.write_batch(lot)
            nombre += lot.num_rows
    return nombre
