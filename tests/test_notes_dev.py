"""Ce que le format 1 ne pouvait pas tenir, le format 2 le tient : les ``extra_notes`` des 33
offres de développement, phrase par phrase.

Chaque phrase d'une note qui dit un fait sans place au format 1 (« has no field », « is
lost », « cannot hold »…) est rattachée ici au chemin du fichier ``.v2.json`` qui le tient
désormais ; le test vérifie que la phrase est bien dans la note et que le chemin a une
valeur dans le fichier. Aucun fait n'est laissé sans place.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

DOSSIER = Path(__file__).parent / "donnees" / "dev"
NOMS = tuple(sorted(p.name.removesuffix(".v2.json") for p in DOSSIER.glob("*.v2.json")))

MARQUES = re.compile(
    r"no field|no other field|is lost|\blost\)|\blost\b(?! in the export)|cannot|no dedicated"
    r"|not stored|only place|no place|the model has only|the model needs|the model has one"
    r"|possible, not certain"
)
"""Ce qui, dans une note, dit qu'un fait n'avait pas de place au format 1."""

GENERALES: tuple[tuple[str, str], ...] = (
    (r"'Organisme de rattachement' is only the family", "employeur.organisme_rattachement"),
    (r"Région[^.;]*has no field|'Région' has no field|no other field", "poste.region"),
    (r"début de diffusion[^.]*(?:has|have) no field", "calendrier.debut_diffusion"),
    (r"diffusion start[^.]*have no field", "calendrier.debut_diffusion"),
    (r"fin de diffusion[^.]*have no field", "calendrier.fin_diffusion"),
    (r"diffusion start \d\d/\d\d/\d{4} and end have no field", "calendrier.fin_diffusion"),
    (r"Date de vacance de l'emploi[^.]*no field", "calendrier.date_vacance"),
    (r"the model has no field for the vacancy date|no field for it\.", "calendrier.date_vacance"),
    (r"the model has only employeur\.departement", "poste.departement"),
    (r"the model cannot say 'not stated'", "missions.renvoi"),
    (
        r"maximum[^.;]*lost|no maximum|upper bound of \d+ years has no field",
        "profil.experience.annees_max",
    ),
    (r"'Moins de 1 an' \(an upper bound\) has no field", "profil.experience.annees_max"),
    (r"cannot hold 'less than one year'", "profil.experience.annees_max"),
    (r"possible, not certain", "conditions.organisation.astreintes_eventuelles"),
    (r"title prefix '[^']+' is not expanded in the text and has no field", "prefixe_intitule"),
    (r"prefix is not expanded in the text and is not stored elsewhere", "prefixe_intitule"),
)
"""Les phrases qui reviennent d'une offre à l'autre, et le chemin qui tient leur fait."""

PARTICULIERES: dict[str, tuple[tuple[str, str], ...]] = {
    "pep-04": (
        ("parent organisation 'Ministère des Armées'", "employeur.organisme_rattachement"),
        ("'21 organismes' has no field", "employeur.chiffres[0]"),
        ("the bureau level has no field", "employeur.bureau"),
    ),
    "pep-08": (("has no dedicated field (team size", "conditions.particulieres[0]"),),
    "pep-17": (("no field for conditions particulières", "conditions.particulieres[0]"),),
    "pep-18": (("no field for a préfecture as such", "prefixe_intitule"),),
    "pep-20": (
        ("no field for night hours or the 7-day rota", "conditions.organisation.plages[0]"),
        ("has no place in the model and is left out", "conditions.particulieres[0]"),
    ),
    "pep-21": (("no field for day work or the wide", "conditions.organisation.precision"),),
    "pep-26": (
        ("(no dedicated fields)", "conditions.organisation.precision"),
        ("the model needs a precise type", "employeur.type"),
        ("the model has one exigence for all", "profil.diplomes_souhaites[0]"),
    ),
    "pep-27": (("the team size '4 agents' has no field", "poste.effectif_equipe"),),
    "pep-28": (
        ("the three that name counterparts", "conditions.particulieres[1]"),
        ("the range up to bac+5 is lost", "profil.niveau_diplome_max"),
        ("'indispensables' is lost", "profil.exigence_savoir_faire"),
        ("'indispensables' is lost", "profil.exigence_connaissances"),
    ),
    "pep-29": (
        ("the model cannot hold 'less than one year'", "profil.experience.annees_max"),
        ("the acronym 'C.A.C.P.L.' have no field", "employeur.sigle"),
        ("the acronym 'C.A.C.P.L.' have no field", "employeur.rang.position"),
    ),
    "pep-30": (
        ("'21-0019EP' survives only inside the title", "reference_employeur"),
        ("its only place in the model", "conditions.contrat.bases_legales_tels_qu_ecrits[0]"),
    ),
    "pep-31": (("Figures inside the missions", "missions.chiffres[1]"),),
    "pep-32": (("Figures in the description", "missions.chiffres[2]"),),
    "pep-33": (("is not a mission and has no field", "poste.evolution"),),
}
"""Les phrases propres à une offre, et le chemin qui tient leur fait."""


@cache
def _note(nom: str) -> str:
    faits: dict[str, Any] = json.loads((DOSSIER / f"{nom}.faits.json").read_text(encoding="utf-8"))
    return str(faits["extra_notes"])


def _phrases(nom: str) -> list[str]:
    """Les phrases de la note qui disent un fait sans place au format 1."""
    return [p for p in re.split(r"(?<=[.;])\s+", _note(nom)) if MARQUES.search(p)]


def _valeur(document: Any, chemin: str) -> Any:
    for morceau in re.findall(r"[^.\[\]]+|\[\d+\]", chemin):
        if document is None:
            return None
        if morceau.startswith("["):
            rang = int(morceau[1:-1])
            document = document[rang] if rang < len(document) else None
        else:
            document = document.get(morceau)
    return document


def _rattachements(nom: str) -> list[tuple[str, str]]:
    """Chaque phrase marquée de la note et le chemin (ou la raison) qui lui répond."""
    propres = PARTICULIERES.get(nom[:6], ())
    reponses: list[tuple[str, str]] = []
    for phrase in _phrases(nom):
        reponses.extend((phrase, cible) for motif, cible in GENERALES if re.search(motif, phrase))
        reponses.extend((phrase, cible) for extrait, cible in propres if extrait in phrase)
    return reponses


@pytest.mark.parametrize("nom", NOMS)
def test_chaque_fait_sans_place_au_format_1_est_tenu(nom: str) -> None:
    """Chaque phrase marquée a sa réponse ; chaque chemin qui lui répond est rempli."""
    document = json.loads((DOSSIER / f"{nom}.v2.json").read_text(encoding="utf-8"))
    rattachements = _rattachements(nom)
    sans_reponse = [p for p in _phrases(nom) if all(p != q for q, _ in rattachements)]
    assert sans_reponse == []
    vides = [
        (phrase, chemin)
        for phrase, chemin in rattachements
        if _valeur(document, chemin) in (None, [], "", {})
    ]
    assert vides == []


def test_chaque_extrait_est_dans_sa_note() -> None:
    """Les extraits des tables citent leur note à la lettre : une note changée se voit."""
    for prefixe, paires in PARTICULIERES.items():
        (nom,) = [n for n in NOMS if n.startswith(prefixe)]
        for extrait, _ in paires:
            assert any(extrait in p for p in _phrases(nom)), (nom, extrait)


@pytest.mark.parametrize("nom", NOMS)
def test_aucune_phrase_sans_place_n_echappe(nom: str) -> None:
    """Chaque « no field » d'une note est dans une phrase marquée, donc rattachée à un chemin."""
    note, phrases = _note(nom), _phrases(nom)
    assert note.count("no field") == sum(p.count("no field") for p in phrases)
