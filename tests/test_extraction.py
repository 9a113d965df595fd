"""L'extraction : ce qu'elle lit, d'où, ce dont elle doute, ce qu'elle laisse."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from fpt_offres import depuis_json, ligne, vers_json
from fpt_offres.extraction import extraire

PEP = """Agent d'accueil (F/H)

Informations générales
Employeur
Mairie de Poum
Référence
O031210100199042
Date de première publication
04/01/2021
Date limite de candidature
05/03/2021
Description du poste
Versant
Fonction publique Territoriale
Catégorie
C
Description du poste
Sous l'autorité du responsable du service, vous assurez :
- Accueillir le public
- Encaisser les entrées
Fin d'appel à candidatures: le 29 janvier 2021
Temps de travail
Temps complet
Département
Haute Garonne (31)
Contact
contact@poum.fr
Informations complémentaires
Candidatures (CV et lettre) à rh@poum.fr
"""


def test_champs_d_un_site_lus_avec_leurs_preuves() -> None:
    extraction = extraire(PEP)
    rangee = ligne(extraction)
    assert rangee["employeur_nom"] == "Mairie de Poum"
    assert rangee["employeur_type"] == "commune"
    assert rangee["departement_code"] == "31"
    assert rangee["categories"] == ["C"]
    assert rangee["reference"] == "O031210100199042"
    assert rangee["date_publication"] == "2021-01-04"
    assert rangee["temps_travail"] == "complet"
    assert rangee["missions_count"] == 2
    for preuve in extraction.preuves:
        assert extraction.texte[preuve.debut : preuve.fin] == preuve.texte
        assert preuve.lecture


def test_la_date_de_l_employeur_l_emporte_et_le_doute_le_dit() -> None:
    extraction = extraire(PEP)
    assert ligne(extraction)["date_limite_candidature"] == "2021-01-29"
    raisons = [d.raison for d in extraction.doutes if "date_limite" in d.champ]
    assert raisons
    assert "2021-03-05" in raisons[0]


def test_adresse_de_candidature_et_contact_differents() -> None:
    extraction = extraire(PEP)
    assert ligne(extraction)["contact_email"] == "rh@poum.fr"
    assert any("contact@poum.fr" in d.raison for d in extraction.doutes)


def test_horaire_ambigu_signale_jamais_devine() -> None:
    extraction = extraire(
        "Agent (F/H)\nEmployeur : Mairie de Poum\nDurée : 6.30 heures par semaine"
    )
    assert ligne(extraction)["heures_hebdo"] is None
    assert any("6.30" in d.texte for d in extraction.doutes)


def test_categorie_d_un_grade_n_est_pas_dite() -> None:
    texte = "Agent (F/H)\nEmployeur : Mairie de Poum\nGrade(s) recherché(s) : Adjoint technique"
    extraction = extraire(texte)
    rangee = ligne(extraction)
    assert rangee["grades"] == ["Adjoint technique"]  # les mots de l'offre
    assert ligne(extraction, libelles="officiels")["grades"] == ["adjoint technique"]
    assert rangee["categories"] == []


def test_html_lu_par_un_analyseur_titres_et_listes_gardes() -> None:
    page = (
        "<html><body><h1>Jardinier (F/H)</h1><p>Employeur : Mairie de Poum</p>"
        "<h2>Missions</h2><ul><li>Tondre</li><li>Tailler &amp; planter</li></ul>"
        "<p>Permis B exigé.</p></body></html>"
    )
    extraction = extraire(page)
    rangee = ligne(extraction)
    assert rangee["intitule"] == "Jardinier (F/H)"
    assert rangee["missions_count"] == 2
    assert rangee["permis_requis"] == ["B"]
    assert "<" not in extraction.texte
    textes = [a.texte for t in extraction.offre.missions.themes for a in t.activites]
    assert textes == ["Tondre", "Tailler & planter"]


def test_html_un_titre_ou_un_element_fait_d_une_marque_garde_son_texte() -> None:
    """Un titre « # » ou un élément « - » n'est pas vide : seul un titre ou un élément sans
    texte disparaît de la page mise à plat."""
    page = "<h1>#</h1><h2>Missions</h2><ul><li>-</li><li> </li><li>Tondre</li></ul>"
    extraction = extraire(page)
    assert extraction.offre.intitule == "#"
    textes = [a.texte for t in extraction.offre.missions.themes for a in t.activites]
    assert textes == ["-", "Tondre"]


@pytest.mark.parametrize(
    ("phrase", "eligible", "jours"),
    [
        ("Poste éligible au télétravail (1 jour par semaine)", True, 1),
        ("3 jours de télétravail par semaine", True, 3),
        ("Le poste peut être exercé en télétravail", True, None),
        ("Poste télétravaillable : oui", True, None),
        ("Poste non télétravaillable", False, None),
        ("Pas de télétravail", False, None),
    ],
)
def test_le_teletravail_se_lit_dans_ce_qui_le_dit(
    phrase: str, eligible: bool, jours: int | None
) -> None:
    teletravail = extraire(f"Agent (F/H)\n{phrase}").offre.conditions.teletravail
    assert teletravail is not None
    assert teletravail.eligible is eligible
    assert teletravail.jours_max == (None if jours is None else Decimal(jours))


@pytest.mark.parametrize(
    "phrase",
    [
        "- Suivi du télétravail et des congés",
        "Il est le référent télétravail du service.",
        "Adresse : 3 rue du Télétravail",
    ],
)
def test_le_mot_teletravail_seul_ne_dit_rien_du_poste(phrase: str) -> None:
    """Une activité, un rôle ou un lieu qui nomme le télétravail ne dit pas que le poste
    s'y prête : seul ce qui le dit (« éligible », « possible », des jours) est lu."""
    assert extraire(f"Agent (F/H)\n{phrase}").offre.conditions.teletravail is None


def test_un_lieu_nomme_teletravail_ne_passe_pas_le_poste_non_eligible() -> None:
    texte = "Agent (F/H)\nAdresse : TELETRAVAIL\nPoste non éligible au télétravail"
    teletravail = extraire(texte).offre.conditions.teletravail
    assert teletravail is not None
    assert not teletravail.eligible


def test_ce_qui_n_est_pas_lu_est_rendu() -> None:
    extraction = extraire(PEP + "\nUne phrase que rien ne lit sur la piscine.\n")
    assert any("rien ne lit" in p.texte for p in extraction.non_place)
    for portion in extraction.non_place:
        assert extraction.texte[portion.debut : portion.fin] == portion.texte


def test_date_sans_annee_lue_avec_la_reference() -> None:
    texte = "Agent (F/H)\nEmployeur : Mairie de Poum\nDate limite de candidature : 3 novembre"
    extraction = extraire(texte, reference=datetime.date(2025, 10, 1))
    assert ligne(extraction)["date_limite_candidature"] == "2025-11-03"


@pytest.mark.parametrize("texte", ["", "   \n\n", "\x00\x01", "<p></p>", "# \n- \n:"])
def test_textes_vides_donnent_une_offre_valide_et_des_doutes(texte: str) -> None:
    extraction = extraire(texte)
    assert depuis_json(vers_json(extraction.offre)) == extraction.offre
    assert extraction.doutes


@pytest.mark.parametrize(
    ("ligne_permis", "exigence"),
    [
        ("Permis B exigé", "exigee"),
        ("Permis C obligatoire", "exigee"),
        ("Permis B souhaité", "souhaitee"),
        ("permis de conduire catégorie B indispensable", "exigee"),
    ],
)
def test_l_exigence_d_un_permis_est_dans_sa_preuve(ligne_permis: str, exigence: str) -> None:
    """Le mot qui dit l'exigence du permis est lu avec lui : il est dans la preuve, et rien
    de la ligne ne reste dans ce que l'extraction n'a pas lu."""
    texte = f"Jardinier (F/H)\n{ligne_permis}"
    extraction = extraire(texte)
    (preuve,) = [p for p in extraction.preuves if p.champ == "conditions.permis"]
    assert preuve.texte == ligne_permis
    assert texte[preuve.debut : preuve.fin] == ligne_permis
    assert [p.exigence.value for p in extraction.offre.conditions.permis] == [exigence]
    assert extraction.non_place == ()


def _activites(texte: str) -> list[str]:
    themes = extraire(texte).offre.missions.themes
    return [a.texte for theme in themes for a in theme.activites]


def test_les_chiffres_des_missions_ne_sont_pas_des_activites() -> None:
    texte = "Agent (F/H)\n\nMissions\n\n- Tondre\n- Tailler\n\nEn chiffres\n\n- Parcs : 12\n"
    assert _activites(texte) == ["Tondre", "Tailler"]


def test_une_section_des_missions_sans_liste_n_emprunte_pas_celle_du_poste() -> None:
    """Les missions dites en un paragraphe sont dites : la liste de faits du poste n'en est
    pas ; sans section des missions, la liste du poste les donne."""
    poste = "Le poste\n\n- Emploi permanent\n- Sans management\n\n"
    missions = "Missions\n\nEntretenir les espaces verts de la commune.\n"
    assert _activites(f"Agent (F/H)\n\n{poste}{missions}") == []
    assert _activites(f"Agent (F/H)\n\n{poste}") == ["Emploi permanent", "Sans management"]


def test_un_titre_inconnu_ferme_la_section_de_son_niveau() -> None:
    texte = (
        "# Agent (F/H)\n\n## Missions\n\n### Entretien\n\n- Tondre\n\n### Relations\n\n"
        "- Avec les élus\n\n## Nous rejoindre\n\n- Envoyer un CV\n"
    )
    assert _activites(texte) == ["Tondre"]


def test_un_sous_titre_html_reste_dans_sa_section() -> None:
    page = (
        "<h1>Agent (F/H)</h1><h2>Missions</h2><h3>Entretien</h3><ul><li>Tondre</li></ul>"
        "<h3>Accueil</h3><ul><li>Orienter</li><li>.</li></ul><h2>Nous rejoindre</h2>"
        "<ul><li>Envoyer un CV</li></ul>"
    )
    assert _activites(page) == ["Tondre", "Orienter", "."]
