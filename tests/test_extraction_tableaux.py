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


EMPLOI_TERRITORIAL = """Offre n° O051250400123456 du 14/04/2025
Secrétaire de mairie (h/f)
Synthèse de l'offre
Employeur : Mairie de Poum
Département de travail : Marne
Date limite de candidature : 15/05/2025 à 12h00
Type d'emploi : Emploi permanent - vacance d'emploi
Nombre de postes : 2
Détails de l'offre
Grade(s) : Adjoint administratif principal de 2ème classe
Famille de métier : Affaires générales
Métier(s) : Secrétaire de mairie
Motif du poste : Remplacement d'un agent en disponibilité
Temps de travail : Complet, 35h00 hebdomadaire
Contact et informations complémentaires : Envoyer CV et lettre de motivation à l'attention \
de Monsieur le Maire en rappelant la référence O051250400123456, par la voie hiérarchique.
Courriel : mairie@poum.fr
"""


def test_champs_d_une_page_d_emploi_territorial() -> None:
    extraction = extraire(EMPLOI_TERRITORIAL)
    offre = extraction.offre
    assert offre.reference == "O051250400123456"
    assert offre.intitule == "Secrétaire de mairie (h/f)"
    assert offre.calendrier.date_publication == datetime.date(2025, 4, 14)
    assert offre.calendrier.heure_limite is not None
    assert (offre.calendrier.heure_limite.heures, offre.calendrier.heure_limite.minutes) == (12, 0)
    assert offre.poste.departement == "51"
    assert (offre.poste.permanent, offre.poste.nombre) == (True, 2)
    assert offre.poste.motif is not None
    assert offre.poste.motif.value == "remplacement"
    assert offre.poste.motif_precision == "Remplacement d'un agent en disponibilité"
    assert offre.poste.metier is not None
    assert (offre.poste.metier.libelle, offre.poste.metier.famille) == (
        "Secrétaire de mairie",
        "Affaires générales",
    )
    assert offre.conditions.temps is not None
    assert [r.value for r in offre.conditions.temps.regimes] == ["complet"]
    candidature = offre.candidature
    assert [p.type.value for p in candidature.pieces] == ["cv", "lettre_motivation"]
    assert candidature.destinataire == "Monsieur le Maire"
    assert candidature.reference_a_rappeler == "O051250400123456"
    assert candidature.voie_hierarchique is True
    assert {"calendrier.heure_limite", "candidature.pieces", "poste.metier.famille"} <= {
        p.champ for p in extraction.preuves
    }


def test_heure_limite_seulement_collee_a_la_date_retenue() -> None:
    texte = "Agent (F/H)\nDate limite de candidature : 15/05/2025\nAccueil de 8h30 à 12h"
    assert extraire(texte).offre.calendrier.heure_limite is None


def test_pieces_seulement_dans_une_phrase_de_candidature() -> None:
    texte = "Conseiller emploi (F/H)\nMissions\n- Aider les usagers à rédiger leur CV"
    assert extraire(texte).offre.candidature.pieces == ()


def test_organisation_du_travail_au_fil_du_texte() -> None:
    texte = (
        "Agent (F/H)\nConditions\nAstreintes possibles.\nTravail le weekend (1/2).\n"
        "Horaires flexibles selon les besoins du service.\nSur 5 jours ou 4,5 jours/semaine."
    )
    organisation = extraire(texte).offre.conditions.organisation
    assert organisation is not None
    assert organisation.astreintes is True
    assert organisation.astreintes_eventuelles is True
    assert organisation.travail_week_end is True
    assert organisation.flexibilite_requise is True
    assert [r.value for r in organisation.rythmes] == [
        "cinq_jours_semaine",
        "quatre_jours_et_demi_semaine",
    ]
    sans = extraire("Agent (F/H)\nConditions\nPoste sans astreinte.").offre.conditions
    assert sans.organisation is None or sans.organisation.astreintes is None


def test_experience_en_fourchette() -> None:
    experience = extraire("Agent (F/H)\nExpérience souhaitée : de 1 à 3 ans").offre.profil
    assert experience.experience is not None
    assert (experience.experience.annees_min, experience.experience.annees_max) == (1, 3)
    moins = extraire("Agent (F/H)\nExpérience souhaitée : Moins de 1 an").offre.profil
    assert moins.experience is not None
    assert (moins.experience.annees_min, moins.experience.annees_max) == (0, 1)


def test_qualites_enumerees_dans_une_phrase() -> None:
    texte = (
        "Agent (F/H)\nProfil recherché\n"
        "- Vous faites preuve de qualités relationnelles et d'écoute, de discrétion et de rigueur.\n"
        "Rigoureux, autonome et organisé, vous maîtrisez la conduite de projets."
    )
    extraction = extraire(texte)
    assert extraction.offre.profil.qualites == (
        "qualités relationnelles et d'écoute",
        "discrétion",
        "rigueur",
        "Rigoureux",
        "autonome",
        "organisé",
    )
    # Une phrase sans énumération de qualités n'en donne pas.
    seule = extraire("Agent (F/H)\nProfil recherché\nVous êtes titulaire du permis B.")
    assert seule.offre.profil.qualites == ()


def test_niveau_qui_n_est_pas_un_diplome() -> None:
    texte = "Agent (F/H)\nAstreinte sur les dysfonctionnements de niveau 2 une fois par mois."
    assert extraire(texte).offre.profil.niveau_diplome is None
    diplome = extraire("Agent (F/H)\nProfil\nDiplôme de niveau 5 (bac + 2) souhaité")
    assert diplome.offre.profil.niveau_diplome is not None


def test_contacts_telephone_et_place_du_poste() -> None:
    texte = (
        "Agent (F/H)\nDescription du poste\nRattaché au service : Piscine municipale\n"
        "Sous la responsabilité du responsable bâtiment, au sein d'une équipe de 4 agents.\n"
        "Informations complémentaires\nMairie de Poum\n1 rue de la Mairie\n05-62-89-22-94\n"
        "Pour tout renseignement, contacter Mme Durand au 03 26 69 51 51."
    )
    offre = extraire(texte).offre
    assert offre.employeur.service == "Piscine municipale"
    assert offre.employeur.rattachement == "responsable bâtiment"
    assert offre.poste.effectif_equipe == 4
    assert [(c.nom, c.telephone) for c in offre.candidature.contacts] == [
        ("Mairie de Poum", "05-62-89-22-94"),
        ("Mme Durand", "03 26 69 51 51"),
    ]


def test_cadre_d_emplois_suivi_d_autres_mots_dans_une_phrase() -> None:
    texte = (
        "Agent (F/H)\nConditions : poste ouvert aux agents titulaires du cadre d'emplois des "
        "rédacteurs territoriaux de la Ville de Poum ou des corps équivalents, à pourvoir."
    )
    statut = extraire(texte).offre.statut
    assert [c.code for c in statut.cadres_emplois] == ["redacteurs-territoriaux"]
    assert statut.cadres_emplois_tels_qu_ecrits == ("rédacteurs territoriaux",)


def test_remuneration_statutaire_et_mission_qui_n_est_pas_un_avantage() -> None:
    texte = (
        "Agent (F/H)\nMissions\n- mettre en place le nouveau régime indemnitaire\n"
        "Conditions\nGrille indiciaire de la catégorie C + CNAS"
    )
    remuneration = extraire(texte).offre.remuneration
    assert remuneration is not None
    assert remuneration.statutaire is True
    assert remuneration.regime_indemnitaire is None
    assert [a.type.value for a in remuneration.avantages] == ["cnas"]


def test_chiffres_de_l_employeur() -> None:
    texte = (
        "Agent (F/H)\nLa collectivité compte plus de 2 000 agents et rassemble près de 22 000 "
        "habitants.\nComposition du service (effectif) : 3 personnes"
    )
    employeur = extraire(texte).offre.employeur
    assert employeur.nombre_agents is not None
    assert (employeur.nombre_agents.valeur, employeur.nombre_agents.approximation.value) == (
        2000,
        "plus_de",
    )
    assert employeur.nombre_habitants is not None
    assert employeur.nombre_habitants.valeur == 22000
    equipe = extraire("Agent (F/H)\nComposition du service (effectif) : 3 personnes")
    assert equipe.offre.employeur.nombre_agents is None


def test_voies_de_recrutement_et_annualisation() -> None:
    texte = (
        "Agent (F/H)\nRecrutement par voie de mutation, détachement ou liste d'aptitude.\n"
        "Temps de travail annualisé."
    )
    conditions = extraire(texte).offre.conditions
    assert [v.value for v in conditions.voies] == ["mutation", "detachement", "liste_aptitude"]
    assert conditions.temps is not None
    assert conditions.temps.annualise is True
    mission = extraire("Gestionnaire RH (F/H)\nMissions\n- gérer les mutations des agents recrutés")
    assert mission.offre.conditions.voies == ()
    temps = extraire("Agent (F/H)\nTemps de travail non annualisé").offre.conditions.temps
    assert temps is None or temps.annualise is None


def test_diplomes_enumeres_et_profil_recopie() -> None:
    profil = "- Formation : Titulaire d'un diplôme CAP, BPA espaces-verts ou bac pro paysager.\n"
    texte = f"Agent (F/H)\nProfil recherché\n{profil}- Diplômé du CAP ou BEP,\n"
    assert extraire(texte).offre.profil.diplomes == (
        "CAP",
        "BPA espaces-verts",
        "bac pro paysager",
        "BEP",
    )
    entier = extraire("Agent (F/H)\nProfil recherché\n- Diplôme BTS GEMEAU ou équivalent")
    assert entier.offre.profil.diplomes == ("Diplôme BTS GEMEAU ou équivalent",)


def test_savoirs_enumeres_dans_une_phrase_ou_une_ligne() -> None:
    texte = (
        "Agent (F/H)\nProfil recherché\n"
        "Vous maîtrisez la diététique, la gestion des stocks et les règles d'hygiène.\n"
        "Gestion de projet ; conduite du changement ; analyse des organisations\n"
    )
    profil = extraire(texte).offre.profil
    assert profil.connaissances == (
        "la diététique",
        "la gestion des stocks",
        "les règles d'hygiène",
    )
    assert profil.savoir_faire == (
        "Gestion de projet",
        "conduite du changement",
        "analyse des organisations",
    )
