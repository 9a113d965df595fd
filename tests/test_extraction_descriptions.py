"""Une description seule (le champ « description » d'un export : missions et profil,
sans titre de section) et les listes qui ne sont pas des missions.

Textes inventés : les formes sont celles que des offres réelles écrivent
(``make eval-bulk`` les mesure sur 40 descriptions jamais vues).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres.extraction import extraire

_VERBES = ("Assurer", "Suivre", "Préparer", "Contrôler", "Animer", "Rédiger", "Organiser")
_OBJETS = ("le courrier", "les marchés", "la paie", "les dossiers", "le budget", "les réunions")
_PUCES = ("- ", "• ", "· ", "* ")

_activite = st.builds(lambda v, o: f"{v} {o}", st.sampled_from(_VERBES), st.sampled_from(_OBJETS))


@given(
    activites=st.lists(_activite, min_size=1, max_size=12),
    puce=st.sampled_from(_PUCES),
    annonce=st.sampled_from(
        (
            "Sous l'autorité du chef de bureau, vous êtes chargé de :",
            "Le titulaire assurera :",
            "Les missions principales sont les suivantes :",
        )
    ),
)
def test_description_sans_titre_ses_listes_sont_les_missions(
    activites: list[str], puce: str, annonce: str
) -> None:
    texte = "Le bureau gère les moyens de la direction.\n" + annonce + "\n"
    texte += "\n".join(f"{puce}{a} ;" for a in activites)
    missions = extraire(texte).offre.missions
    assert missions.nombre_activites == len(activites)
    lues = [a.texte for t in missions.themes for a in t.activites]
    assert lues == activites


def test_une_section_missions_garde_ses_seules_listes() -> None:
    texte = (
        "Commune de Valbrune\n"
        "- 12 000 habitants\n"
        "- 250 agents\n"
        "Missions\n"
        "- Accueillir le public\n"
        "- Tenir l'état civil\n"
    )
    missions = extraire(texte).offre.missions
    assert [a.texte for t in missions.themes for a in t.activites] == [
        "Accueillir le public",
        "Tenir l'état civil",
    ]


@pytest.mark.parametrize(
    "titre",
    ["Partenaires institutionnels :", "Liaisons fonctionnelles", "Interlocuteurs clés :"],
)
def test_partenaires_et_liaisons_sont_des_relations(titre: str) -> None:
    texte = (
        "Missions\n"
        "- Instruire les demandes\n"
        "- Rédiger les notes\n"
        f"{titre}\n"
        "- Secrétariat général\n"
        "- Directions régionales\n"
        "- Cabinets ministériels\n"
    )
    missions = extraire(texte).offre.missions
    assert missions.nombre_activites == 2
    assert [r.texte for r in missions.relations] == [
        "Secrétariat général",
        "Directions régionales",
        "Cabinets ministériels",
    ]


def test_qui_contacter_n_est_pas_une_mission() -> None:
    texte = (
        "Activités principales :\n"
        "- Réparer les véhicules\n"
        "Qui contacter\n"
        "- Chef d'atelier - tél 01 02 03 04 05\n"
    )
    assert extraire(texte).offre.missions.nombre_activites == 1


@pytest.mark.parametrize(
    "phrase",
    ["A cet effet, il prépare le budget.", "Cet agent assure l'accueil.", "Il mène à cet égard"],
)
def test_le_demonstratif_cet_n_est_pas_un_compte_epargne_temps(phrase: str) -> None:
    texte = f"Missions\n{phrase}\nRémunération\nRégime indemnitaire, CNAS"
    assert extraire(texte).offre.remuneration.avantages[0].type.value == "cnas"
    assert len(extraire(texte).offre.remuneration.avantages) == 1


@pytest.mark.parametrize("ecrit", ["CET", "compte épargne-temps", "Compte Epargne Temps"])
def test_le_compte_epargne_temps_reste_lu(ecrit: str) -> None:
    texte = f"Missions\nAccueillir le public.\nRémunération\nRégime indemnitaire, {ecrit}"
    types = [a.type.value for a in extraire(texte).offre.remuneration.avantages]
    assert types == ["cet"]


_ENCADRER = ("Encadrer", "Manager", "Encadrer et animer", "Gérer et animer", "Diriger")
_EQUIPES = (
    "l'équipe du bureau",
    "les agents du service",
    "une équipe",
    "le personnel de la cellule",
)


@given(verbe=st.sampled_from(_ENCADRER), equipe=st.sampled_from(_EQUIPES))
def test_une_mission_qui_encadre_dit_le_management(verbe: str, equipe: str) -> None:
    texte = f"Missions\n- Suivre le budget\n- {verbe} {equipe}\n- Rédiger les notes"
    poste = extraire(texte).offre.poste
    assert poste.management is True
    assert poste.encadrement is None


@given(nombre=st.integers(min_value=1, max_value=300))
def test_le_nombre_d_agents_encadres(nombre: int) -> None:
    texte = f"Vos activités :\n- Assurer le management de {nombre} agents\n- Suivre le budget"
    poste = extraire(texte).offre.poste
    assert (poste.management, poste.encadrement) == (None, nombre)


@pytest.mark.parametrize("approche", ["plus de", "environ", "près de"])
def test_un_nombre_approche_n_est_pas_un_effectif(approche: str) -> None:
    texte = f"Missions\n- Encadrer une équipe de {approche} 60 agents"
    poste = extraire(texte).offre.poste
    assert (poste.management, poste.encadrement) == (True, None)


@pytest.mark.parametrize(
    "texte",
    [
        "Missions\n- Suivre le budget\nProfil\n- Manager une équipe\n- Rigueur",
        "Missions\n- Suivre le budget\n- Expérience du management d'équipe",
        "Missions\n- Suivre le budget\n- Savoir encadrer une équipe",
        "Missions\n- Assurer le management de l'information du service",
        "Missions\n- Contribuer au management de projets",
    ],
)
def test_ce_qui_n_encadre_pas(texte: str) -> None:
    poste = extraire(texte).offre.poste
    assert (poste.management, poste.encadrement) == (None, None)


def test_management_d_autre_chose_que_des_personnes() -> None:
    texte = "Missions\n- Management de projets informatiques du service\n- Suivre le budget"
    assert extraire(texte).offre.poste.management is None
    texte = "Missions\n- Encadrement, animation et contrôle de l'activité des agents"
    assert extraire(texte).offre.poste.management is True


def test_description_suivie_d_un_profil() -> None:
    texte = (
        "Le titulaire assurera :\n- Le suivi du budget\n- La gestion des congés\n"
        "Profil recherché\n- Rigueur\n- Sens du service public"
    )
    offre = extraire(texte).offre
    assert offre.missions.nombre_activites == 2
    assert len(offre.profil.qualites) == 2
