"""L'extraction face à tout texte : jamais d'exception, un temps qui croît avec la taille.

Les durées ne sont jamais comparées à un seuil : la croissance se mesure par le
rapport des temps de deux tailles (linéaire : le rapport des tailles ;
quadratique : son carré). Le banc (``benchmarks/bench_extraction.py``) mesure
les vitesses.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from fpt_offres import depuis_json, vers_json
from fpt_offres.extraction import extraire

CORPUS = Path(os.environ.get("FPT_CORPUS", Path(__file__).parents[2] / "shared" / "corpus"))
if not CORPUS.is_dir():
    CORPUS = Path(__file__).parents[3] / "shared" / "corpus"


def _valide(texte: str) -> None:
    extraction = extraire(texte)
    assert depuis_json(vers_json(extraction.offre)) == extraction.offre
    for preuve in extraction.preuves:
        assert extraction.texte[preuve.debut : preuve.fin] == preuve.texte
    for portion in extraction.non_place:
        assert extraction.texte[portion.debut : portion.fin] == portion.texte


@settings(deadline=None)  # le premier appel charge la nomenclature
@given(st.text())
@example("")
@example(" \n\t\u00a0\n")
@example("\ufeff")
def test_tout_texte_donne_une_offre_valide(texte: str) -> None:
    """Tout texte, le texte vide et le blanc compris, donne une offre valide."""
    _valide(texte)


_MORCEAUX = st.sampled_from(
    [
        "Catégorie",
        "Date limite de candidature",
        "Employeur : ",
        "Grade(s) recherché(s) : ",
        "- ",
        "\t",
        "•",
        "\n",
        "\n\n",
        " : ",
        "35h",
        "6.30 heures",
        "h",
        "@",
        "rh@x.fr",
        "A+",
        "12/13/2025",
        "31 février 2025",
        "<li>",
        "</ul>",
        "<h2>",
        "&amp;",
        "Missions",
        "Profil",
        "permis B",
        "télétravail 2 jours",
        "contrat de 3 ans",
        "L332-8 2°",
        "(31)",
        "99999",
        "Temps non complet",
        "Sous l'autorité du ",
        "titulaires ou contractuels",
        "?",
    ]
)


@settings(deadline=None)
@given(st.lists(st.one_of(_MORCEAUX, st.text(max_size=5)), max_size=60).map("".join))
def test_morceaux_d_offres_melanges(texte: str) -> None:
    _valide(texte)


@settings(deadline=None)
@given(st.binary(max_size=2000))
@example(b"")
@example(bytes(range(256)))
def test_bruit_binaire_lu_en_latin_1(octets: bytes) -> None:
    _valide(octets.decode("latin-1"))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="corpus partagé absent")
def test_toutes_les_descriptions_du_corpus() -> None:
    lignes = (CORPUS / "bulk" / "pep-descriptions-2021.jsonl").read_text("utf-8").splitlines()
    for numero, texte in enumerate(lignes):
        description = json.loads(texte)["description"]
        try:
            extraire(description)
        except Exception as erreur:  # pragma: no cover  (le message désigne la description)
            pytest.fail(f"description {numero} : {erreur!r}")


def _duree(texte: str) -> float:
    meilleure = float("inf")
    for _ in range(3):
        debut = time.process_time()
        extraire(texte)
        meilleure = min(meilleure, time.process_time() - debut)
    return max(meilleure, 1e-4)


@pytest.mark.parametrize(
    "motif",
    ["1", " ", "- ", "h", "1h", "1 h ", "•\t", "a@", "12/", "Catégorie ", "a\n", "L3", "( "],
)
def test_repetitions_pathologiques_en_temps_lineaire(motif: str) -> None:
    _lineaire("", motif)


@pytest.mark.parametrize(
    ("debut", "motif"),
    [
        ("Grades : ", "a, "),  # des morceaux voisins essayés ensemble, en nombre borné
        ("Grades : ", "adjoint et "),
        ("", "Titre\n===\n"),  # des titres soulignés
        ("Contrat : ", "d'une durée de 1 "),
    ],
)
def test_valeurs_de_champ_pathologiques_en_temps_lineaire(debut: str, motif: str) -> None:
    _lineaire(debut, motif)


def _lineaire(debut: str, motif: str) -> None:
    petit, grand = 25_000, 100_000
    rapport = _duree(debut + motif * (grand // len(motif))) / _duree(
        debut + motif * (petit // len(motif))
    )
    # Linéaire : environ 4 ; quadratique : environ 16. La marge absorbe le bruit d'une machine
    # partagée sans laisser passer une croissance quadratique.
    assert rapport < 10, f"{motif!r} : ×{rapport:.1f} pour une taille ×4"
