"""Les 33 offres de développement au format 2 : elles se lisent, tiennent leurs faits, et la version 1 aussi.

Les fichiers sont dans ``tests/donnees/dev`` (voir son README).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from fpt_offres import VERSION_FORMAT, Offre, depuis_json, ligne, vers_dict, vers_json
from fpt_offres.conversion.migrations import migrer

DOSSIER = Path(__file__).parent / "donnees" / "dev"
NOMS = tuple(sorted(p.name.removesuffix(".v2.json") for p in DOSSIER.glob("*.v2.json")))

DESACCORDS_EXPLIQUES = {
    ("pep-30", "missions_count"): "« cliquez sur le bouton Plus d'informations » renvoie au "
    "détail de l'offre, qui n'est pas dans le texte : le nombre de missions n'est pas dit. La "
    "convention des faits (« null when the text does not say it ») et les faits de tous les "
    "autres renvois (pep-23, à la phrase identique, et les « voir fiche de poste » de pep-05 "
    "à pep-19 : null) donnent None ; ceux de pep-30 seuls écrivent 0, d'après ce que ligne "
    "donnait alors (« ligne() counts 0 »)",
}
"""Les désaccords entre ``ligne`` et les faits : seulement là où les faits s'écartent de leur
propre convention (``shared/corpus/README.md``), chacun avec sa raison."""

DEPLACES = {
    "employeur.departement": "poste.departement",
}
"""Les chemins du format 1 dont le fait a pris sa vraie place au format 2."""

REDRESSES = {
    ("pep-23", "employeur.type"): "« syndicat_mixte » était, dit la note, le type le plus proche "
    "faute d'un type « structure de coopération » ; le texte ne dit que « Structures de "
    "coopération territoriale » : cooperation_territoriale, de la même famille « epci »",
    ("pep-26", "employeur.type"): "« communaute_agglomeration » venait d'un savoir extérieur "
    "au texte (la note le dit) ; le texte ne dit que « Structures de coopération territoriale » "
    "et un cimetière intercommunal : cooperation_territoriale, de la même famille « epci »",
    ("pep-26", "profil.diplomes[5]"): "« premiers secours souhaitable » : le format 1 n'avait "
    "qu'une exigence pour tous les diplômes ; le format 2 range « premiers secours » parmi les "
    "diplomes_souhaites",
}
"""Les valeurs du format 1 qui pliaient un fait, et que le format 2 redresse, chacune avec
sa raison."""


def _lire(nom: str, suffixe: str) -> str:
    return (DOSSIER / f"{nom}{suffixe}").read_text(encoding="utf-8")


@cache
def _offre(nom: str) -> Offre:
    return depuis_json(_lire(nom, ".v2.json"))


def _faits(nom: str) -> dict[str, Any]:
    faits: dict[str, Any] = json.loads(_lire(nom, ".faits.json"))
    faits.pop("extra_notes")
    return faits


def _feuilles(valeur: Any, chemin: str = "") -> dict[str, Any]:
    """Chaque valeur simple d'un document JSON, par chemin (les listes par rang)."""
    if isinstance(valeur, dict):
        return {
            k: v
            for cle, sous in valeur.items()
            for k, v in _feuilles(sous, f"{chemin}.{cle}".lstrip(".")).items()
        }
    if isinstance(valeur, list):
        return {
            k: v
            for rang, sous in enumerate(valeur)
            for k, v in _feuilles(sous, f"{chemin}[{rang}]").items()
        }
    return {chemin: valeur}


def _voisins(feuilles: dict[str, Any], chemin: str) -> str:
    """Les textes d'un même objet mis bout à bout : un libellé que le format 2 sépare de sa
    précision (« Régime indemnitaire » ; « Ministère de l'Intérieur »)."""
    parent = chemin.rpartition(".")[0]
    return " ".join(
        v for k, v in feuilles.items() if k.rpartition(".")[0] == parent and isinstance(v, str)
    )


def _en_morceaux(valeur: str, textes: list[str]) -> bool:
    """Un texte que le format 2 range en morceaux, chacun à sa place (« Management d'une
    équipe… ; Permanences… » : une condition particulière et une précision)."""
    morceaux = [m.strip() for m in re.split(r" ; |\n\n", valeur)]
    return len(morceaux) > 1 and all(any(m in t for t in textes) for m in morceaux)


def test_les_33_offres_sont_la() -> None:
    """Les 33 offres du corpus de développement ont leur réécriture au format 2."""
    assert len(NOMS) == 33


@pytest.mark.parametrize("nom", NOMS)
class TestOffreDev:
    """Une offre de développement au format 2."""

    def test_fichier_canonique_de_la_version_courante(self, nom: str) -> None:
        """Le fichier est ce que vers_json écrit de l'offre, en version 2."""
        texte = _lire(nom, ".v2.json")
        assert json.loads(texte)["version"] == VERSION_FORMAT == 2
        assert texte == vers_json(_offre(nom)) + "\n"

    def test_ligne_rend_les_faits(self, nom: str) -> None:
        """ligne(offre) rend les faits de l'offre, hors désaccords expliqués."""
        rangee = ligne(_offre(nom))
        faits = _faits(nom)
        assert set(rangee) == set(faits)
        differences = {
            cle: (faits[cle], rangee[cle])
            for cle in faits
            if faits[cle] != rangee[cle] and (nom[:6], cle) not in DESACCORDS_EXPLIQUES
        }
        assert differences == {}

    def test_la_version_1_se_lit_encore(self, nom: str) -> None:
        """Le fichier de version 1 se lit, et sa migration garde chacun de ses faits."""
        ancien = json.loads(_lire(nom, ".v1.json"))
        assert ancien["version"] == 1
        lue = depuis_json(_lire(nom, ".v1.json"))
        assert vers_dict(lue) == migrer(ancien) | {"version": VERSION_FORMAT}

    def test_le_format_2_tient_chaque_fait_du_format_1(self, nom: str) -> None:
        """Chaque valeur de la version 1 est dans la version 2 : à sa place, à sa vraie place,
        ou dans un texte qui la contient ; un métier « libellé (code) » en libellé et code."""
        ancien = _feuilles(migrer(json.loads(_lire(nom, ".v1.json"))))
        nouveau = _feuilles(vers_dict(_offre(nom)))
        metier = _offre(nom).poste.metier
        textes = [v for v in nouveau.values() if isinstance(v, str)]
        if metier is not None and metier.code is not None:
            textes.append(f"{metier.libelle} ({metier.code})")
        perdus = {
            chemin: valeur
            for chemin, valeur in ancien.items()
            if nouveau.get(DEPLACES.get(chemin, chemin)) != valeur
            and (nom[:6], chemin) not in REDRESSES
            and not (isinstance(valeur, str) and any(valeur in t for t in textes))
            and not (isinstance(valeur, str) and valeur in _voisins(nouveau, chemin))
            and not (isinstance(valeur, str) and _en_morceaux(valeur, textes))
        }
        assert perdus == {}

    def test_les_faits_des_rubriques_du_site_ont_leur_place(self, nom: str) -> None:
        """Dates de diffusion et de vacance, région, département, organisme, métier : tenus."""
        texte = _lire(nom, ".txt")
        offre = _offre(nom)
        rubriques = {
            "Date de début de diffusion": offre.calendrier.debut_diffusion,
            "Date de fin de diffusion": offre.calendrier.fin_diffusion,
            "Date de vacance de l'emploi": offre.calendrier.date_vacance,
            "Région": offre.poste.region,
            "Département": offre.poste.departement_tel_qu_ecrit,
            "Organisme de rattachement": offre.employeur.organisme_rattachement,
        }
        for rubrique, valeur in rubriques.items():
            if re.search(f"^{re.escape(rubrique)}$", texte, re.MULTILINE):
                assert valeur is not None, rubrique
        metier = re.search(r"^(?:Domaine / )?Métier\n(.+)$", texte, re.MULTILINE)
        if metier and metier.group(1) != "Non renseigné":
            assert offre.poste.metier is not None
            code = re.search(r"\((F\w+ - [^)]+)\)$", metier.group(1))
            assert offre.poste.metier.code == (code.group(1) if code else None)


@pytest.mark.parametrize(("prefixe", "chemin"), sorted(REDRESSES))
def test_chaque_redressement_change_une_valeur_du_format_1(prefixe: str, chemin: str) -> None:
    """Un redressement répond à une valeur du format 1 que le format 2 n'a plus à ce chemin."""
    (nom,) = [n for n in NOMS if n.startswith(prefixe)]
    ancien = _feuilles(migrer(json.loads(_lire(nom, ".v1.json"))))
    nouveau = _feuilles(vers_dict(_offre(nom)))
    assert chemin in ancien
    assert nouveau.get(chemin) != ancien[chemin]
