"""Mesure la vitesse de conversion des offres (jamais assertée dans un test).

Lancement : ``make bench``. Chaque mesure est la médiane de plusieurs tours sur
un lot d'offres tirées des exemples fournis, avec des variations (intitulé,
référence, dates) pour que le lot ne se réduise pas à cinq objets identiques.
La comparaison avec pydantic et msgspec relève de l'issue « conversion ».
"""

from __future__ import annotations

import datetime
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from typing import Any

import attrs

import fpt_offres
from fpt_offres import Offre

TOURS = 7
TAILLE_LOT = 2_000


def _lot(taille: int) -> list[Offre]:
    modeles = fpt_offres.exemples()
    lot = []
    for rang in range(taille):
        modele = modeles[rang % len(modeles)]
        calendrier = attrs.evolve(
            modele.calendrier,
            date_publication=datetime.date(2025, 1, 1) + datetime.timedelta(days=rang % 300),
            date_limite_candidature=datetime.date(2025, 11, 1) + datetime.timedelta(days=rang % 50),
        )
        lot.append(
            attrs.evolve(
                modele,
                intitule=f"{modele.intitule} n° {rang}",
                reference=f"REF-{rang}",
                calendrier=calendrier,
            )
        )
    return lot


def _reconstruire(valeur: Any) -> Any:
    """``valeur`` reconstruite par les constructeurs de ses classes (validateurs compris)."""
    if attrs.has(type(valeur)):
        return type(valeur)(
            **{c.alias: _reconstruire(getattr(valeur, c.name)) for c in attrs.fields(type(valeur))}
        )
    if type(valeur) is tuple:
        return tuple(_reconstruire(v) for v in valeur)
    return valeur


def _sans_validateurs(lot: list[Offre]) -> list[Offre]:
    with attrs.validators.disabled():
        return [_reconstruire(o) for o in lot]


def _mediane(action: Callable[[], object]) -> float:
    durees = []
    for _ in range(TOURS):
        debut = time.perf_counter()
        action()
        durees.append(time.perf_counter() - debut)
    return statistics.median(durees)


def _temps_import() -> float:
    commande = [
        sys.executable,
        "-c",
        "import time; t = time.perf_counter(); import fpt_offres; print(time.perf_counter() - t)",
    ]
    mesures = [
        float(subprocess.run(commande, capture_output=True, text=True, check=True).stdout)
        for _ in range(5)
    ]
    return statistics.median(mesures)


def main(argv: Sequence[str] = ()) -> None:
    """Affiche les mesures, en offres par seconde."""
    taille = int(argv[0]) if argv else TAILLE_LOT
    lot = _lot(taille)
    dicts = [fpt_offres.vers_dict(o) for o in lot]
    textes = [json.dumps(d, ensure_ascii=False).encode() for d in dicts]
    mesures = {
        "dict → Offre (depuis_dict)": lambda: [fpt_offres.depuis_dict(d) for d in dicts],
        "Offre → dict (vers_dict)": lambda: [fpt_offres.vers_dict(o) for o in lot],
        "octets JSON → Offre → JSON": lambda: [
            fpt_offres.vers_json(fpt_offres.depuis_json(t), indent=None) for t in textes
        ],
        "Offre → ligne à plat": lambda: [fpt_offres.ligne(o) for o in lot],
        # Le coût des validateurs à la construction (types annotés, bornes, invariants) :
        # l'écart entre ces deux lignes.
        "Offre reconstruite (__init__)": lambda: [_reconstruire(o) for o in lot],
        "… sans validateurs": lambda: _sans_validateurs(lot),
    }
    print(f"{taille} offres, médiane de {TOURS} tours")
    for nom, action in mesures.items():
        duree = _mediane(action)
        print(f"  {nom:<32} {taille / duree:>10,.0f} offres/s".replace(",", "\u202f"))
    print(f"  {'import fpt_offres':<32} {_temps_import() * 1000:>10.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
