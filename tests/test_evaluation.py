"""La mesure de l'extraction : accord des faits et score des feuilles."""

from __future__ import annotations

from hypothesis import given

from fpt_offres import vers_dict
from fpt_offres.extraction.evaluation import (
    comparer_faits,
    en_format_1,
    feuilles,
    score_feuilles,
)
from fpt_offres.modele import Offre
from fpt_offres.strategies import offres


@given(offres())
def test_une_offre_contre_elle_meme_fait_un_score_parfait(offre: Offre) -> None:
    document = vers_dict(offre)
    score = score_feuilles(document, document)
    assert score.rappel == score.precision == score.f1 == 1.0


@given(offres())
def test_rien_obtenu_ne_rappelle_rien(offre: Offre) -> None:
    document = vers_dict(offre)
    score = score_feuilles({}, document)
    assert score.rappel == 0.0
    assert score.precision == 1.0


def test_feuilles_sans_indices_ni_version() -> None:
    document = {"version": 1, "missions": {"themes": [{"activites": [{"texte": "a"}]}]}}
    assert list(feuilles(document)) == [("missions.themes.activites.texte", "a")]


def test_une_feuille_fausse_compte_contre_les_deux() -> None:
    score = score_feuilles({"a": "x", "b": "y"}, {"a": "x", "b": "z"})
    assert score.rappel == score.precision == 0.5


def test_textes_longs_par_les_mots() -> None:
    long = "un deux trois quatre cinq six sept huit"
    score = score_feuilles({"t": long}, {"t": long + " neuf dix"})
    assert 0.7 < score.rappel < 1.0
    assert score.precision == 1.0


def test_faits_selon_les_conventions_du_corpus() -> None:
    obtenu = {"intitule": "Agent d’accueil", "heures_hebdo": 35, "categories": ["A+", "A"]}
    attendu = {"intitule": "agent d'accueil", "heures_hebdo": 35.0, "categories": ["A", "A+"]}
    assert comparer_faits(obtenu, attendu | {"extra_notes": "…"}) == {
        "intitule": True,
        "heures_hebdo": True,
        "categories": True,
    }
    assert comparer_faits({"reference": None}, {"reference": "X"}) == {"reference": False}


@given(offres())
def test_le_format_1_garde_ses_champs_et_rien_d_autre(offre: Offre) -> None:
    document = vers_dict(offre)
    reduit = en_format_1(document)
    chemins = {chemin for chemin, _ in feuilles(reduit)}
    assert not chemins & {"poste.region", "calendrier.fin_diffusion", "poste.metier.code"}
    # Ce que le format 1 tenait reste, valeur comprise.
    for chemin, valeur in feuilles(document):
        if chemin in ("intitule", "employeur.nom", "statut.grades", "missions.finalite"):
            assert (chemin, valeur) in list(feuilles(reduit))


def test_le_format_1_met_le_departement_du_poste_a_l_employeur() -> None:
    document = {"employeur": {"nom": "État"}, "poste": {"departement": "50", "region": "N"}}
    assert en_format_1(document) == {"employeur": {"nom": "État", "departement": "50"}, "poste": {}}
    deja = {"employeur": {"departement": "51"}, "poste": {"departement": "50"}}
    assert en_format_1(deja)["employeur"]["departement"] == "51"
