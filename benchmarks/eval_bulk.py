"""``make eval-bulk`` : l'extraction mesurée sur 40 descriptions qu'elle n'a jamais vues.

Les 40 descriptions sont tirées au hasard, graine fixe, des 1 029 de
``../shared/corpus/bulk/pep-descriptions-2021.jsonl`` ; ce qu'un lecteur attentif
en tire, noté à la main du texte seul, est dans ``benchmarks/bulk_annote.json``
(une entrée par référence, avec une note là où il a fallu juger). Le script
imprime l'accord par champ ; ``--detail`` liste les désaccords. Voir la section
« Sa mesure » de ``docs/extraction.md``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fpt_offres import Offre, ligne
from fpt_offres.extraction import extraire
from fpt_offres.modele.commun import Exigence

ANNOTATIONS = Path(__file__).resolve().parent / "bulk_annote.json"


def _encadre(offre: Offre) -> bool | None:
    poste = offre.poste
    if poste.management or (poste.encadrement or 0) > 0:
        return True
    if poste.encadrement == 0 or poste.management is False:
        return False
    return None


def _experience(offre: Offre) -> dict[str, Any] | None:
    experience = offre.profil.experience
    if experience is None:
        return None
    return {
        "exigence": experience.exigence.value if experience.exigence else None,
        "annees_min": experience.annees_min,
        "annees_max": experience.annees_max,
    }


def _accord_experience(obtenu: dict[str, Any] | None, attendu: dict[str, Any] | None) -> bool:
    """Une expérience dite ou non ; ses années et son poids quand le lecteur les a notés."""
    if obtenu is None or attendu is None:
        return obtenu is attendu
    return all(obtenu.get(cle) == valeur for cle, valeur in attendu.items())


def _teletravail(offre: Offre) -> bool | None:
    teletravail = offre.conditions.teletravail
    return None if teletravail is None else teletravail.eligible


# Chaque champ : ce que l'extraction en donne, et l'accord avec ce que l'annotation note au
# même chemin (« missions.nombre » : ``annotation["missions"]["nombre"]``).
_Champ = tuple[Callable[[Offre], Any], Callable[[Any, Any], bool]]


def _egal(obtenu: Any, attendu: Any) -> bool:
    return bool(obtenu == attendu)


def _parmi(obtenu: Any, acceptes: list[Any]) -> bool:
    """L'un des comptes que l'annotation accepte (deux lectures défendables)."""
    return obtenu in acceptes


def _memes(obtenu: list[str], attendu: list[str]) -> bool:
    """Les mêmes éléments, sans souci d'ordre ni de casse."""
    return sorted(m.casefold() for m in obtenu) == sorted(m.casefold() for m in attendu)


def _autant(obtenu: int, attendu: list[str]) -> bool:
    return obtenu == len(attendu)


CHAMPS: dict[str, _Champ] = {
    "missions.nombre": (lambda o: o.missions.nombre_activites_dit, _parmi),
    "missions.themes_titres": (lambda o: sum(1 for t in o.missions.themes if t.intitule), _egal),
    "missions.renvoi": (lambda o: o.missions.renvoi is not None, _egal),
    "profil.niveau_diplome": (
        lambda o: o.profil.niveau_diplome.value if o.profil.niveau_diplome else None,
        _egal,
    ),
    "profil.diplomes": (lambda o: len(o.profil.diplomes), _egal),
    "profil.experience": (_experience, _accord_experience),
    "profil.connaissances": (lambda o: len(o.profil.connaissances), _egal),
    "profil.savoir_faire": (lambda o: len(o.profil.savoir_faire), _egal),
    "profil.qualites": (lambda o: len(o.profil.qualites), _egal),
    "conditions.permis": (
        lambda o: [p.categorie.value for p in o.conditions.permis if p.exigence is Exigence.EXIGEE],
        _memes,
    ),
    "conditions.teletravail": (_teletravail, _egal),
    "conditions.teletravail_jours_max": (lambda o: ligne(o)["teletravail_jours_max"], _egal),
    "conditions.particulieres": (lambda o: len(o.conditions.particulieres), _egal),
    "poste.encadre": (_encadre, _egal),
    "poste.encadrement": (lambda o: o.poste.encadrement, _egal),
    "poste.effectif_equipe": (lambda o: o.poste.effectif_equipe, _egal),
    "statut.categories": (lambda o: [c.value for c in o.statut.categories], _memes),
    "statut.grades": (lambda o: len(o.statut.grades_tels_qu_ecrits or o.statut.grades), _autant),
    "remuneration": (lambda o: list(ligne(o)["remuneration_mentions"]), _memes),
}


def _note(annotation: dict[str, Any], champ: str) -> Any:
    valeur: Any = annotation
    for cle in champ.split("."):
        valeur = valeur[cle]
    return valeur


def evaluer(
    descriptions: list[str], annotations: list[dict[str, Any]]
) -> dict[str, list[tuple[str, Any, Any]]]:
    """Pour chaque champ, les désaccords (référence, obtenu, attendu).

    Une annotation désigne sa description par son numéro de ligne (``ligne``, à
    partir de 1) : des références reviennent dans le fichier.
    """
    fautes: dict[str, list[tuple[str, Any, Any]]] = {champ: [] for champ in CHAMPS}
    for annotation in annotations:
        reference = f"{annotation['reference']} (ligne {annotation['ligne']})"
        offre = extraire(descriptions[annotation["ligne"] - 1]).offre
        for champ, (obtenir, accorder) in CHAMPS.items():
            obtenu, attendu = obtenir(offre), _note(annotation, champ)
            if not accorder(obtenu, attendu):
                fautes[champ].append((reference, obtenu, attendu))
    return fautes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path, help="le dossier corpus/ (bulk/ dedans)")
    parser.add_argument("--detail", action="store_true", help="les désaccords par champ")
    args = parser.parse_args()
    chemin = args.corpus / "bulk" / "pep-descriptions-2021.jsonl"
    if not chemin.is_file():
        print(f"pas de {chemin}", file=sys.stderr)
        return 1
    with chemin.open(encoding="utf-8") as flux:
        descriptions = [json.loads(rangee)["description"] or "" for rangee in flux]
    annotations = json.loads(ANNOTATIONS.read_text("utf-8"))["offres"]
    fautes = evaluer(descriptions, annotations)
    total = len(annotations)
    print(f"| champ | accord ({total} descriptions) |\n|---|---:|")
    for champ, desaccords in fautes.items():
        print(f"| `{champ}` | {(total - len(desaccords)) / total:.0%} |")
    justes = sum(total - len(d) for d in fautes.values())
    print(f"| **tous champs** | **{justes / (total * len(fautes)):.1%}** |")
    if args.detail:
        for champ, desaccords in fautes.items():
            for reference, obtenu, attendu in desaccords:
                print(f"{champ} {reference}: obtenu {obtenu!r}, attendu {attendu!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
