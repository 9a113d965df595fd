"""Mesure pickle d'une offre : réduction par le JSON compact contre l'état attrs (jamais assertée).

Lancement : ``python benchmarks/bench_pickle.py [--offres N] [--tours T]``. Les offres
sont celles du banc de comparaison (``donnees.py``, graine fixe). Chaque offre est
picklée seule, comme un processus de calcul (multiprocessing, Dask, Spark) renvoie
ses résultats un à un ; l'ancienne réduction, l'état attrs champ par champ, est
rejouée par une table de réduction (``dispatch_table``) propre au Pickler.
Mesures : médiane des tours, temps processeur, octets par offre ; et, pour
situer, la lecture du même JSON par ``depuis_json``.
"""

from __future__ import annotations

import argparse
import copyreg
import io
import pickle
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

from donnees import offres
from fpt_offres import Offre, depuis_json, vers_json


def _etat_attrs(offre: Offre) -> str | tuple[Any, ...]:
    return object.__reduce_ex__(offre, pickle.DEFAULT_PROTOCOL)


def _ancien_dumps(offre: Offre) -> bytes:
    flux = io.BytesIO()
    pickler = pickle.Pickler(flux)
    pickler.dispatch_table = {**copyreg.dispatch_table, Offre: _etat_attrs}
    pickler.dump(offre)
    return flux.getvalue()


def _mediane(action: Callable[[], object], tours: int) -> float:
    durees = []
    for _ in range(tours):
        debut = time.process_time()
        action()
        durees.append(time.process_time() - debut)
    return statistics.median(durees)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offres", type=int, default=2_000)
    parser.add_argument("--tours", type=int, default=5)
    arguments = parser.parse_args(argv)
    lot = offres(arguments.offres)
    anciens = [_ancien_dumps(o) for o in lot]
    nouveaux = [pickle.dumps(o) for o in lot]
    textes = [vers_json(o, indent=None).encode() for o in lot]
    assert [pickle.loads(b) for b in anciens] == lot == [pickle.loads(b) for b in nouveaux]
    tours = arguments.tours
    mesures = {
        "ancien": (
            _mediane(lambda: [_ancien_dumps(o) for o in lot], tours),
            _mediane(lambda: [pickle.loads(b) for b in anciens], tours),
            sum(map(len, anciens)),
        ),
        "JSON": (
            _mediane(lambda: [pickle.dumps(o) for o in lot], tours),
            _mediane(lambda: [pickle.loads(b) for b in nouveaux], tours),
            sum(map(len, nouveaux)),
        ),
    }
    lecture = _mediane(lambda: [depuis_json(t) for t in textes], tours)
    n = len(lot)
    print(f"{n} offres picklées une à une, médiane de {tours} tours (temps processeur)")
    print(f"  {'réduction':<10} {'dumps µs':>9} {'loads µs':>9} {'total µs':>9} {'octets':>8}")
    for nom, (ecrire, lire, octets) in mesures.items():
        total = (ecrire + lire) / n * 1e6
        print(
            f"  {nom:<10} {ecrire / n * 1e6:>9.1f} {lire / n * 1e6:>9.1f} {total:>9.1f}"
            f" {octets / n:>8.0f}"
        )
    (ae, al, ao), (ne, nl, no) = mesures["ancien"], mesures["JSON"]
    print(f"  rapport JSON / ancien : temps {(ne + nl) / (ae + al):.2f}×, octets {no / ao:.2f}×")
    print(f"  depuis_json du même JSON : {lecture / n * 1e6:.1f} µs par offre")


if __name__ == "__main__":
    main()
