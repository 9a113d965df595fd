"""Sur une grappe Dask locale de deux processus : offres picklées, Parquet, et l'exemple de la doc.

Demande l'extra ``dask`` (que ``make test`` installe) ; sauté proprement sans lui.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fpt_offres import Offre, depuis_json, exemples, vers_json
from fpt_offres.exports.tables import ecrire_parquet, vers_arrow

distributed = pytest.importorskip("dask.distributed")
pq = pytest.importorskip("pyarrow.parquet")

EXEMPLE = Path(__file__).parents[1] / "examples" / "dask_parquet.py"


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # Le serveur HTTP de l'ordonnanceur prend sinon le port 8787, ou avertit s'il est pris.
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        ) as grappe,
        distributed.Client(grappe) as client,
    ):
        yield client


def test_offres_entre_processus(client: Any) -> None:
    """Les processus de calcul lisent des offres et les renvoient entières, par pickle."""
    textes = [vers_json(o, indent=None) for o in exemples()]
    taches = client.map(depuis_json, textes, pure=False)
    assert client.gather(taches) == list(exemples())
    processus = client.run(lambda: __import__("os").getpid())
    assert len(set(processus.values())) == 2


def test_parquet_ecrit_par_un_processus(client: Any, tmp_path: Path) -> None:
    """Des offres envoyées à un processus de calcul y sont écrites en Parquet, à l'identique."""
    offres: list[Offre] = [*exemples(), *exemples()]
    chemin = tmp_path / "offres.parquet"
    tache = client.submit(ecrire_parquet, offres, chemin, taille_lot=4)
    assert tache.result() == 10
    assert pq.read_table(chemin).equals(vers_arrow(offres))


def test_exemple_de_la_documentation(tmp_path: Path) -> None:
    """Le script d'exemple, tel qu'un utilisateur le lance, sur sa propre grappe de deux processus."""
    sortie = tmp_path / "parquet"
    resultat = subprocess.run(
        [
            sys.executable,
            str(EXEMPLE),
            "--sortie",
            str(sortie),
            "--partitions",
            "3",
            "--par-partition",
            "40",
            "--offres-entieres",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    assert "3 partitions, 120 offres écrites" in resultat.stdout
    assert "partition-0000.jsonl:41: employeur : champ obligatoire manquant" in resultat.stdout
    fichiers = sorted(sortie.glob("*.parquet"))
    assert [f.name for f in fichiers] == [f"partition-{i:04d}.parquet" for i in range(3)]
    table = pq.read_table(fichiers[1])
    offres = [depuis_json(t) for t in table.column("offre_json").to_pylist()]
    assert [o.reference for o in offres] == [f"ESSAI-1-{i}" for i in range(40)]
    assert table.drop_columns(["offre_json"]).equals(vers_arrow(offres))
