"""L'extraction des faits du format 2 et des mises en page que les tableaux d'offres et les
annonces libres partagent : champs des sites, titres coupés, listes à deux niveaux."""

from __future__ import annotations

import datetime

from fpt_offres import ligne
from fpt_offres.extraction import extraire

FICHE = """Gestionnaire paie (F/H)

Informations générales
Organisme de rattachement
Ministère de la Transition
Date de début de diffusion
04/01/2021
Date de fin de diffusion
03/02/2021
Domaine / Métier
Gestionnaire de paie (FPE - FP2GRH04)
Description du poste
Voir la fiche de poste en pièce jointe
Localisation du poste
Région
Normandie
Département
Manche (50)
Date de vacance de l'emploi
01/03/2021
"""


def test_champs_d_une_fiche_de_place_de_l_emploi_public() -> None:
    extraction = extraire(FICHE)
    offre = extraction.offre
    assert offre.employeur.organisme_rattachement == "Ministère de la Transition"
    assert offre.poste.region == "Normandie"
    assert (offre.poste.departement, offre.poste.departement_tel_qu_ecrit) == ("50", "Manche (50)")
    assert offre.employeur.departement is None  # un ministère ne siège pas dans la Manche
    assert offre.poste.metier is not None
    assert (offre.poste.metier.libelle, offre.poste.metier.code) == (
        "Gestionnaire de paie",
        "FPE - FP2GRH04",
    )
    calendrier = offre.calendrier
    assert calendrier.debut_diffusion == datetime.date(2021, 1, 4)
    assert calendrier.fin_diffusion == datetime.date(2021, 2, 3)
    assert calendrier.date_vacance == datetime.date(2021, 3, 1)
    # Les missions sont ailleurs : leur nombre n'est pas dit (None), pas nul.
    assert offre.missions.renvoi == "Voir la fiche de poste en pièce jointe"
    assert ligne(extraction)["missions_count"] is None
    assert ligne(extraction)["departement_code"] == "50"


def test_chaque_fait_du_format_2_a_sa_preuve() -> None:
    extraction = extraire(FICHE)
    preuves = {p.champ: p for p in extraction.preuves}
    for champ, texte in (
        ("poste.region", "Normandie"),
        ("poste.metier.code", "FPE - FP2GRH04"),
        ("calendrier.date_vacance", "01/03/2021"),
        ("employeur.organisme_rattachement", "Ministère de la Transition"),
        ("missions.renvoi", "Voir la fiche de poste en pièce jointe"),
    ):
        preuve = preuves[champ]
        assert preuve.texte == texte
        assert extraction.texte[preuve.debut : preuve.fin] == texte


def test_grades_gardent_les_mots_de_l_offre() -> None:
    texte = "Agent (F/H)\nEmployeur : Mairie de Poum\nGrade(s) recherché(s) : Adjoint technique"
    statut = extraire(texte).offre.statut
    assert [g.code for g in statut.grades] == ["adjoint-technique"]
    assert statut.grades_tels_qu_ecrits == ("Adjoint technique",)


def test_titre_en_capitales_sur_plusieurs_lignes() -> None:
    texte = (
        "La Ville de Poum recrute\n\nSON RESPONSABLE DES FINANCES\n\n"
        "ET DE LA COMMANDE PUBLIQUE – F/H\n\nLa Ville de Poum compte 300 agents."
    )
    assert extraire(texte).offre.intitule == (
        "Responsable des finances et de la commande publique (F/H)"
    )


def test_titre_en_capitales_ne_prend_pas_la_phrase_suivante() -> None:
    texte = "JARDINIER (F/H)\nLa commune recrute un jardinier pour ses espaces verts."
    assert extraire(texte).offre.intitule == "Jardinier (F/H)"


def test_liste_a_deux_niveaux_donne_ses_themes() -> None:
    texte = (
        "Agent (F/H)\nMissions\n· Accueillir le public\no Renseigner\no Orienter\n"
        "· Gérer le courrier\no Enregistrer\no Distribuer\no Classer\n"
    )
    missions = extraire(texte).offre.missions
    assert [(t.intitule, len(t.activites)) for t in missions.themes] == [
        ("Accueillir le public", 2),
        ("Gérer le courrier", 3),
    ]


def test_durees_hebdomadaires_au_choix_ne_donnent_pas_d_horaire() -> None:
    texte = (
        "Agent (F/H)\nEmployeur : Mairie de Poum\n"
        "Cycles au choix : 37 h 30 /semaine ou 39 h/semaine"
    )
    extraction = extraire(texte)
    assert ligne(extraction)["heures_hebdo"] is None
    assert any("plusieurs durées hebdomadaires" in d.raison for d in extraction.doutes)
    seule = extraire("Agent (F/H)\nTemps de travail : 37 h 30 par semaine")
    assert ligne(seule)["heures_hebdo"] == 37.5


def test_lieu_dit_dans_une_phrase() -> None:
    texte = (
        "Agent (F/H)\nEmployeur : Mairie de Poum\nLocalisation : poste situé au centre de "
        "Poum, 12 rue des Lilas. Accès : bus et parking."
    )
    lieu = extraire(texte).offre.poste.lieux[0]
    assert lieu.libelle == "12 rue des Lilas, Poum"
    assert lieu.commune == "Poum"
    assert lieu.adresse is not None
    assert lieu.adresse.lignes == ("12 rue des Lilas",)


def test_commune_en_capitales_reprend_les_accents_du_texte() -> None:
    texte = (
        "Agent (F/H)\nEmployeur : Mairie de Poum\nLieu de travail : EVREUX (27000)\n"
        "Candidatures : Mairie, 1 place du Général de Gaulle, 27000 Évreux"
    )
    lieu = extraire(texte).offre.poste.lieux[0]
    assert (lieu.libelle, lieu.commune) == ("Évreux (27000)", "Évreux")
    sans = extraire("Agent (F/H)\nLieu de travail : EVREUX (27000)").offre.poste.lieux[0]
    assert (sans.libelle, sans.commune) == ("EVREUX (27000)", "Evreux")


def test_departement_qui_ne_se_nomme_pas() -> None:
    texte = (
        "- Contrat de 3 ans\n- Chaumont (52)\nLe poste\n"
        "Le/la chef de projet mobilité est chargé(e) de piloter les projets du Département.\n"
        "Il/elle travaille avec les élus du Conseil départemental et les services du Département."
    )
    extraction = extraire(texte)
    rangee = ligne(extraction)
    assert rangee["employeur_type"] == "departement"
    assert rangee["employeur_nom"] is None  # aucun nom n'est déduit de la nature
    assert rangee["intitule"] == "Chef de projet mobilité"
    etat = (
        "Au sein du Département, le chef de bureau anime l'équipe.\n"
        "Il travaille avec les autres secteurs du Département."
    )
    assert ligne(extraire(etat))["employeur_type"] is None  # pas de conseil départemental
