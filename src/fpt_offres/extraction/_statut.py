"""Les grades et cadres d'emplois d'une valeur ou d'une phrase, par la nomenclature.

Une valeur en énumère souvent plusieurs (« Rédacteur, rédacteur principal de 2e classe ou
attaché ») ; un libellé officiel peut lui-même porter virgules et « et ».
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from fpt_offres import nomenclature
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import cle

__all__ = ["lire_statut"]

_SEPARATEURS_GRADES = re.compile(r"\s*(?:[,;]|\bou\b|\bet\b)\s*")
# Un libellé officiel peut porter lui-même virgules et « et » (« biologiste, vétérinaire et
# pharmacien de classe normale ») : après le premier morceau d'un tel libellé, les morceaux
# voisins sont essayés ensemble, jusqu'au nombre de morceaux du plus long.


@cache
def _composes() -> tuple[int, frozenset[str], frozenset[str]]:
    """Les libellés de grade ou de cadre d'emplois faits de plusieurs morceaux : le plus
    grand nombre de morceaux, le premier morceau de chacun et chacun entier (repliés)."""
    libelles = [g.libelle for g in nomenclature.grades()]
    libelles += [c.libelle for c in nomenclature.cadres_emplois()]
    composes = [(x, m) for x in libelles if len(m := _SEPARATEURS_GRADES.split(x)) > 1]
    return (
        max(len(m) for _, m in composes),
        frozenset(cle(m[0]) for _, m in composes),
        frozenset(cle(libelle) for libelle, _ in composes),
    )


def _entree_de(morceau: str, *, cadre_d_abord: bool) -> tuple[str, str] | None:
    """(« grade » ou « cadre », code) du libellé ``morceau``, ou ``None``."""
    lookups: list[tuple[str, Callable[[str], object]]] = [
        ("grade", nomenclature.grade),
        ("cadre", nomenclature.cadre_emplois),
    ]
    if cadre_d_abord:
        lookups.reverse()
    for genre, lookup in lookups:
        try:
            entree = lookup(morceau)
        except NomenclatureInconnue:
            continue
        return genre, getattr(entree, "code")  # noqa: B009  (Grade et CadreEmplois ont un code)
    return None


def lire_statut(
    releve: Releve, texte: str, debut: int, lecture: str, rang: int, *, cadre_d_abord: bool
) -> bool:
    """Les grades et cadres d'emplois d'une valeur (séparés par virgules, « ou », « et »).

    Le plus long libellé connu l'emporte, à chaque position.
    """
    trouves: dict[str, list[str]] = {"grade": [], "cadre": []}
    bornes, position = [], 0
    for separateur in _SEPARATEURS_GRADES.finditer(texte):
        bornes.append((position, separateur.start()))
        position = separateur.end()
    bornes.append((position, len(texte)))
    morceaux_max, debuts, formes = _composes()
    rang_morceau = 0
    while rang_morceau < len(bornes):
        suivant = rang_morceau + 1
        premier = texte[bornes[rang_morceau][0] : bornes[rang_morceau][1]]
        etendue = morceaux_max if cle(premier) in debuts else 1
        for dernier in range(min(len(bornes), rang_morceau + etendue), rang_morceau, -1):
            morceau = texte[bornes[rang_morceau][0] : bornes[dernier - 1][1]].strip(" .")
            # Un échec de la nomenclature coûte (elle cherche des suggestions) : plusieurs
            # morceaux ne lui sont soumis qu'ensemble formant un libellé connu.
            plusieurs = dernier > rang_morceau + 1
            if not morceau or len(morceau) > 90 * (dernier - rang_morceau):
                continue
            if plusieurs and cle(morceau) not in formes:
                continue
            trouve = _entree_de(morceau, cadre_d_abord=cadre_d_abord)
            if trouve is not None:
                genre, code = trouve
                if code not in trouves[genre]:
                    trouves[genre].append(code)
                suivant = dernier
                break
        rang_morceau = suivant
    grades, cadres = trouves["grade"], trouves["cadre"]
    fin = debut + len(texte)
    if grades:
        releve.poser("statut.grades", grades, debut, fin, f"{lecture}, nomenclature.grade", rang)
    if cadres:
        releve.poser(
            "statut.cadres_emplois",
            cadres,
            debut,
            fin,
            f"{lecture}, nomenclature.cadre_emplois",
            rang,
        )
    return bool(grades or cadres)
