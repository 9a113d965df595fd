"""Cherche le pire cas de chaque point d'entrée sur des textes hostiles (jamais asserté).

Lancement : ``make bench-adversaire``. Les points d'entrée et les motifs sont ceux du test
de croissance (``tests/test_croissance.py``), repris tels quels : un point d'entrée ajouté
au test est mesuré ici aussi. Pour chaque point d'entrée, chaque motif est mesuré à des
longueurs croissantes (×4 à chaque pas) tant qu'un essai reste sous le budget ; le
rapport affiché est le plus grand rapport des temps entre deux longueurs successives
(4 pour un coût linéaire, 16 pour un coût quadratique ; les temps de moins de 5 ms ne
comptent pas), avec le motif qui le donne, sa longueur et son temps. Un document de plus
d'un million de caractères, ou une recherche de plus de 500 dans la nomenclature, est
refusé d'emblée : le temps cesse alors de croître.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

_TEMPS_SIGNIFICATIF = 0.005
_TEST = Path(__file__).resolve().parents[1] / "tests" / "test_croissance.py"


def _tables() -> ModuleType:
    spec = importlib.util.spec_from_file_location("croissance", _TEST)
    if spec is None or spec.loader is None:  # pragma: no cover  (fichier du dépôt)
        message = f"{_TEST} introuvable"
        raise SystemExit(message)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pire(
    tables: ModuleType, nom: str, longueurs: list[int], budget: float
) -> tuple[float, str, int, float]:
    """(pire rapport 4n/n, son motif, la plus grande longueur atteinte, son temps)."""
    pire = (0.0, "", 0, 0.0)
    entree = tables.ENTREES[nom]
    for motif_nom, motif in tables.MOTIFS.items():
        precedent = None
        for n in longueurs:
            temps = tables.cout(entree(motif(n)))
            # Sous 5 ms, le rapport mesure l'horloge plus que le code.
            if precedent is not None and temps >= _TEMPS_SIGNIFICATIF:
                rapport = temps / max(precedent, 1e-4)
                if rapport > pire[0]:
                    pire = (rapport, motif_nom, n, temps)
            precedent = temps
            if temps > budget:
                break
    return pire


def main(arguments: list[str] | None = None) -> None:
    """Affiche, par point d'entrée, le pire rapport de croissance trouvé."""
    lecteur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    lecteur.add_argument("--depart", type=int, default=2_000, help="première longueur")
    lecteur.add_argument("--pas", type=int, default=4, help="nombre de longueurs (×4 chacune)")
    lecteur.add_argument("--budget", type=float, default=2.0, help="secondes par essai au plus")
    lecteur.add_argument("entrees", nargs="*", help="points d'entrée à mesurer (tous par défaut)")
    options = lecteur.parse_args(arguments)
    tables = _tables()
    longueurs = [options.depart * 4**i for i in range(options.pas)]
    noms = options.entrees or list(tables.ENTREES)
    print(f"longueurs : {', '.join(f'{n:,}'.replace(',', ' ') for n in longueurs)} caractères")
    print(f"{'point d’entrée':<30} {'pire 4n/n':>10}  {'motif':<16} {'longueur':>10} {'temps':>9}")
    for nom in noms:
        rapport, motif, n, temps = _pire(tables, nom, longueurs, options.budget)
        print(f"{nom:<30} {rapport:>10.1f}  {motif:<16} {n:>10,} {temps:>8.3f}s".replace(",", " "))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
