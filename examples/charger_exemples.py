"""Charge les offres d'exemple fournies avec le paquet et en imprime une ligne par offre.

Lancer : ``.venv/bin/python examples/charger_exemples.py``
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import fpt_offres


def decrire(rangee: Mapping[str, Any]) -> str:
    """Une ligne lisible à partir de la forme à plat d'une offre (``fpt_offres.ligne``)."""
    morceaux = [
        f"{rangee['employeur_nom']} ({rangee['employeur_type']}, {rangee['departement_code']})",
        str(rangee["intitule"]),
        "catégories " + (", ".join(rangee["categories"]) or "non précisées"),
        f"date limite {rangee['date_limite_candidature'] or 'non précisée'}",
        f"{rangee['missions_count']} missions",
    ]
    return " | ".join(morceaux)


def main() -> None:
    """Imprime une ligne par offre d'exemple, puis les colonnes de ``ligne()``."""
    offres = fpt_offres.exemples()
    print(f"{len(offres)} offres d'exemple :")
    for offre in offres:
        print("-", decrire(fpt_offres.ligne(offre)))
    print()
    print(f"Chaque ligne a {len(fpt_offres.COLONNES)} colonnes :")
    print(", ".join(fpt_offres.COLONNES))


if __name__ == "__main__":
    main()
