"""Mesure la vitesse de l'extraction (jamais assertée dans un test).

Lancement : ``make bench`` (ou ``python benchmarks/bench_extraction.py CORPUS``).
Trois mesures, celles de l'issue « extraction » :

- les 1 029 descriptions réelles de ``bulk/pep-descriptions-2021.jsonl`` : temps
  total sur un cœur, médiane, 95e centile et maximum par offre (cible : < 10 s au
  total, médiane < 5 ms) ;
- un texte d'un mégaoctet (les descriptions mises bout à bout) : cible < 2 s ;
- des répétitions pathologiques (chiffres, espaces, puces, « h ») de 100 ko et
  400 ko : le rapport des temps doit rester proche de 4 (linéaire).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from fpt_offres.extraction import extraire

MOTIFS = {"chiffres": "1", "espaces": " ", "puces": "- ", "h": "h", "heures": "1h ", "tab": "•\t"}


def _chrono(texte: str) -> float:
    debut = time.process_time()
    extraire(texte)
    return time.process_time() - debut


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="le dossier corpus/ (bulk/…)")
    args = parser.parse_args()
    fichier = args.corpus / "bulk" / "pep-descriptions-2021.jsonl"
    if not fichier.exists():
        print(f"{fichier} absent : rien à mesurer", file=sys.stderr)
        return 1
    textes = [json.loads(ligne)["description"] for ligne in fichier.read_text("utf-8").splitlines()]
    extraire(textes[0])  # la nomenclature se charge une fois, hors mesure
    durees = [_chrono(texte) for texte in textes]
    ordonnees = sorted(durees)
    print(f"descriptions réelles : {len(textes)}")
    print(f"  total            {sum(durees):8.2f} s   (cible < 10 s)")
    print(f"  médiane          {statistics.median(durees) * 1000:8.2f} ms  (cible < 5 ms)")
    print(f"  95e centile      {ordonnees[int(0.95 * len(ordonnees))] * 1000:8.2f} ms")
    print(f"  maximum          {ordonnees[-1] * 1000:8.2f} ms")
    grand = "\n\n".join(textes)
    while len(grand) < 1_000_000:
        grand += "\n\n" + grand
    grand = grand[:1_000_000]
    print(f"un mégaoctet de texte : {_chrono(grand):.2f} s (cible < 2 s)")
    print("répétitions pathologiques (100 ko → 400 ko ; linéaire : ×4)")
    for nom, motif in MOTIFS.items():
        petit = _chrono(motif * (100_000 // len(motif)))
        grand_temps = _chrono(motif * (400_000 // len(motif)))
        print(
            f"  {nom:10} {petit * 1000:8.1f} ms → {grand_temps * 1000:8.1f} ms"
            f"  ×{grand_temps / max(petit, 1e-6):.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
