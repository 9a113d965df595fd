"""``make eval`` : l'extraction comparée aux offres lues à la main (graines et corpus dev).

Imprime, pour chaque dossier, l'accord par clé des faits, l'accord global et
le rappel / la précision / le F1 des feuilles de l'offre entière ; ``--detail``
liste les désaccords offre par offre. La logique est dans
:mod:`fpt_offres.extraction.evaluation`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fpt_offres import ligne
from fpt_offres.extraction import extraire
from fpt_offres.extraction.evaluation import (
    accord_global,
    accord_par_cle,
    evaluer_corpus,
    score_global,
)


def _tableau(dossiers: dict[str, list]) -> list[str]:  # type: ignore[type-arg]
    cles = sorted({c for res in dossiers.values() for r in res for c in r.faits})
    entete = "| clé | " + " | ".join(dossiers) + " |"
    lignes = [entete, "|---|" + "---:|" * len(dossiers)]
    accords = {nom: accord_par_cle(res) for nom, res in dossiers.items()}
    for cle in cles:
        valeurs = [f"{accords[n].get(cle, float('nan')):.0%}" for n in dossiers]
        lignes.append(f"| `{cle}` | " + " | ".join(valeurs) + " |")
    lignes.append(
        "| **faits, toutes clés** | "
        + " | ".join(f"**{accord_global(res):.1%}**" for res in dossiers.values())
        + " |"
    )
    for format_2, nom in ((False, "feuilles (format 1)"), (True, "feuilles (format 2)")):
        scores = {n: score_global(res, format_2=format_2) for n, res in dossiers.items()}
        for titre, attribut in (("rappel", "rappel"), ("précision", "precision"), ("F1", "f1")):
            valeurs = [
                f"{getattr(scores[n], attribut):.1%}" if scores[n].attendus else "—"
                for n in dossiers
            ]
            lignes.append(f"| {nom} : {titre} | " + " | ".join(valeurs) + " |")
    return lignes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="le dossier corpus/ (seeds/ et dev/)")
    parser.add_argument(
        "--format-2",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "tests" / "donnees" / "dev",
        help="le dossier des offres entières au format 2 (NN-nom.v2.json) du corpus dev",
    )
    parser.add_argument("--detail", action="store_true", help="les désaccords par offre")
    args = parser.parse_args()
    dossiers = {}
    for nom in ("seeds", "dev"):
        dossier = args.corpus / nom
        if dossier.is_dir():
            dossiers[nom] = evaluer_corpus(dossier, dossier_v2=args.format_2)
    if not dossiers:
        print(f"aucun dossier seeds/ ni dev/ dans {args.corpus}", file=sys.stderr)
        return 1
    print("\n".join(_tableau(dossiers)))
    if args.detail:
        import json  # noqa: PLC0415

        for nom, resultats in dossiers.items():
            for resultat in resultats:
                fautes = [c for c, juste in resultat.faits.items() if not juste]
                if not fautes:
                    continue
                texte = (args.corpus / nom / f"{resultat.nom}.txt").read_text("utf-8")
                obtenu = ligne(extraire(texte))
                attendu = json.loads((args.corpus / nom / f"{resultat.nom}.json").read_text())
                print(f"\n== {nom}/{resultat.nom}")
                for cle in fautes:
                    print(f"  {cle}: obtenu {obtenu[cle]!r} ≠ attendu {attendu[cle]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
