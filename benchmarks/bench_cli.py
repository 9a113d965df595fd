"""La ligne de commande sur de gros lots : mémoire maximale, premier octet, débit (jamais asserté).

Lancement : ``make bench-cli``, ou ``python benchmarks/bench_cli.py [--offres N …]``.

Pour chaque taille de lot (un fichier JSON Lines des offres d'exemple répétées)
et chaque commande de lot, le script lance ``python -m fpt_offres`` dans un
processus neuf et mesure, par ``os.wait4`` sur ce seul processus :

- la mémoire résidente maximale (ru_maxrss) ;
- le temps jusqu'au premier octet de la sortie standard ;
- la durée totale et le débit en offres par seconde.

En flux, la mémoire maximale ne dépend pas de la taille du lot. Les durées
dépendent de la machine (et de sa charge) : elles ne servent qu'à comparer.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import fpt_offres

COMMANDES = (
    ("valider",),
    ("tableau",),
    ("resume",),
    ("verifier", "--aujourd-hui", "2025-03-01"),
)


def _lot(dossier: Path, nombre: int) -> Path:
    lignes = [fpt_offres.vers_json(o, indent=None) for o in fpt_offres.exemples()]
    chemin = dossier / f"lot-{nombre}.jsonl"
    with chemin.open("w", encoding="utf-8") as fichier:
        for rang in range(nombre):
            fichier.write(lignes[rang % len(lignes)] + "\n")
    return chemin


def _mesurer(commande: tuple[str, ...], chemin: Path) -> tuple[float, float | None, float]:
    """(mémoire maximale en Mo, premier octet en s ou None sans sortie, durée en s)."""
    debut = time.perf_counter()
    processus = subprocess.Popen(
        [sys.executable, "-m", "fpt_offres", *commande, str(chemin)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert processus.stdout is not None
    premier = processus.stdout.read(1)
    premier_octet = time.perf_counter() - debut if premier else None
    while processus.stdout.read(1 << 16):
        pass
    _, _, usage = os.wait4(processus.pid, 0)
    duree = time.perf_counter() - debut
    processus.returncode = 0  # déjà attendu par wait4
    return usage.ru_maxrss / 1024, premier_octet, duree


def main() -> None:
    analyseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    analyseur.add_argument("--offres", type=int, nargs="+", default=[1_000, 4_000, 16_000])
    arguments = analyseur.parse_args()
    print(f"Python {sys.version.split()[0]}, fpt_offres {fpt_offres.__version__}")
    print(
        f"{'commande':<10} {'offres':>7} {'Mo max':>7} {'1er octet':>10} {'durée':>8} {'offres/s':>9}"
    )
    with tempfile.TemporaryDirectory() as dossier:
        for nombre in arguments.offres:
            chemin = _lot(Path(dossier), nombre)
            for commande in COMMANDES:
                memoire, premier, duree = _mesurer(commande, chemin)
                premier_texte = "—" if premier is None else f"{premier:.2f}s"
                print(
                    f"{commande[0]:<10} {nombre:>7} {memoire:>7.1f} {premier_texte:>10}"
                    f" {duree:>7.2f}s {nombre / duree:>9.0f}"
                )


if __name__ == "__main__":
    main()
