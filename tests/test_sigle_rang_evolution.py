"""Les derniers faits des offres réelles sans place : le sigle et le rang de l'employeur, une
structure de coopération de forme non dite, l'évolution du poste, les diplômes seulement
souhaités. Le modèle, l'annonce, le JSON-LD et l'extraction (textes inventés)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres import (
    Employeur,
    Exigence,
    Offre,
    Poste,
    Profil,
    Rang,
    TypeEmployeur,
    ValeurInvalide,
    depuis_json,
    formater,
    jsonld,
    vers_json,
)
from fpt_offres.extraction import extraire
from fpt_offres.regles.versant import versants_possibles

_PAGE = """Agent d'accueil (H/F)

Informations générales
Employeur
{employeur}
Description du poste
{missions}
Description du profil recherché
{profil}
"""


def _page(employeur: str = "Mairie de Sainte-Colombe", missions: str = "", profil: str = "") -> str:
    return _PAGE.format(
        employeur=employeur,
        missions=missions or "- Accueillir le public.",
        profil=profil or "- Rigueur",
    )


def _lignes(offre: Offre) -> list[str]:
    return formater(offre, "texte").replace("\xa0", " ").splitlines()


def _offre(**champs: object) -> Offre:
    champs.setdefault("employeur", Employeur())
    return Offre(intitule="Agent d'accueil (H/F)", **champs)  # type: ignore[arg-type]


# --- le modèle --------------------------------------------------------------------------------


@pytest.mark.parametrize("position", [0, -1])
def test_un_rang_commence_a_1(position: int) -> None:
    with pytest.raises(ValeurInvalide) as erreur:
        Rang(position=position, ensemble="commune la plus peuplée")
    assert erreur.value.champ == "position"


def test_un_rang_nomme_ce_qu_il_classe() -> None:
    with pytest.raises(ValeurInvalide) as erreur:
        Rang(position=2, ensemble=" ")
    assert erreur.value.regle == "texte-vide"


def test_la_cooperation_territoriale_est_de_la_famille_epci() -> None:
    """Un groupement dont la forme n'est pas dite compte avec les EPCI des tableaux de bord,
    et peut relever de la FPT comme des statuts de Nouvelle-Calédonie (syndicats de communes)."""
    assert TypeEmployeur.COOPERATION_TERRITORIALE.famille == "epci"
    assert {v.value for v in versants_possibles(TypeEmployeur.COOPERATION_TERRITORIALE)} == {
        "territoriale",
        "nouvelle-caledonie",
    }


@given(st.integers(1, 10_000), st.text(min_size=1).filter(str.strip))
def test_aller_retour_json(position: int, ensemble: str) -> None:
    offre = _offre(
        employeur=Employeur(sigle="C.A.P.", rang=Rang(position=position, ensemble=ensemble)),
        poste=Poste(evolution="selon le projet"),
        profil=Profil(diplomes_souhaites=("BAFA",)),
    )
    assert depuis_json(vers_json(offre)) == offre


# --- l'annonce ---------------------------------------------------------------------------------


def test_le_sigle_suit_le_nom_une_fois() -> None:
    avec = _offre(employeur=Employeur(nom="Communauté du Pays", sigle="CAP"))
    assert "Communauté du Pays (CAP)" in _lignes(avec)
    deja = _offre(employeur=Employeur(nom="Communauté du Pays (CAP)", sigle="CAP"))
    assert "Communauté du Pays (CAP)" in _lignes(deja)
    assert "(CAP) (CAP)" not in formater(deja, "texte")
    seul = _offre(employeur=Employeur(sigle="CAP"))
    assert "CAP" in _lignes(seul)


@pytest.mark.parametrize(("position", "ordinal"), [(1, "1er"), (2, "2e"), (12, "12e")])
def test_le_rang_s_ecrit_en_ordinal(position: int, ordinal: str) -> None:
    employeur = Employeur(rang=Rang(position=position, ensemble="commune du département"))
    assert f"- Rang : {ordinal}, commune du département" in _lignes(_offre(employeur=employeur))


def test_le_rang_que_la_presentation_dit_n_est_pas_redit() -> None:
    employeur = Employeur(
        presentation="Deuxième communauté d'agglomération la plus peuplée du département, …",
        rang=Rang(position=2, ensemble="communauté d'agglomération la plus peuplée du département"),
    )
    assert not [ligne for ligne in _lignes(_offre(employeur=employeur)) if "Rang" in ligne]


def test_la_famille_du_site_qui_dit_le_type_n_est_pas_redite() -> None:
    """« Structures de coopération territoriale » à côté du type qui le dit au singulier."""
    employeur = Employeur(
        type=TypeEmployeur.COOPERATION_TERRITORIALE,
        organisme_rattachement="Structures de coopération territoriale",
    )
    lignes = _lignes(_offre(employeur=employeur))
    assert "- Type d’employeur : structure de coopération territoriale" in lignes
    assert not [ligne for ligne in lignes if "Organisme de rattachement" in ligne]
    autre = Employeur(
        type=TypeEmployeur.SYNDICAT_MIXTE,
        organisme_rattachement="Structures de coopération territoriale",
    )
    attendu = "- Organisme de rattachement : Structures de coopération territoriale"
    assert attendu in _lignes(_offre(employeur=autre))


@pytest.mark.parametrize(
    ("evolution", "ligne"),
    [
        (
            "Évolution du poste en fonction du projet.",
            "- Évolution du poste en fonction du projet.",
        ),
        ("selon le projet", "- Évolution du poste : selon le projet"),
    ],
)
def test_l_evolution_du_poste_sans_redite(evolution: str, ligne: str) -> None:
    assert ligne in _lignes(_offre(poste=Poste(evolution=evolution)))


def test_les_diplomes_souhaites_ont_leur_ligne() -> None:
    profil = Profil(
        diplomes=("CAP", "BEP"),
        exigence_diplome=Exigence.EXIGEE,
        diplomes_souhaites=("premiers secours",),
    )
    lignes = _lignes(_offre(profil=profil))
    assert "- Diplômes exigés : CAP ou BEP" in lignes
    assert "- Diplôme souhaité : premiers secours" in lignes


def test_tous_souhaites_une_seule_liste() -> None:
    profil = Profil(
        diplomes=("CAP",), exigence_diplome=Exigence.SOUHAITEE, diplomes_souhaites=("BAFA",)
    )
    lignes = [ligne for ligne in _lignes(_offre(profil=profil)) if "Diplôme" in ligne]
    assert lignes == ["- Diplômes souhaités : CAP ou BAFA"]


# --- le JSON-LD --------------------------------------------------------------------------------


def test_jsonld_sigle_et_diplomes_souhaites() -> None:
    offre = _offre(
        employeur=Employeur(nom="Communauté du Pays", sigle="CAP"),
        profil=Profil(diplomes=("CAP",), diplomes_souhaites=("BAFA", "PSC1")),
    )
    document = jsonld(offre)
    assert document["hiringOrganization"]["alternateName"] == "CAP"
    assert document["qualifications"] == "CAP ; BAFA (souhaité) ; PSC1 (souhaité)"
    assert "alternateName" not in jsonld(_offre(employeur=Employeur(nom="X")))["hiringOrganization"]


# --- l'extraction ------------------------------------------------------------------------------


def test_le_sigle_entre_parentheses_apres_le_nom() -> None:
    texte = _page(
        employeur="Communauté d'Agglomération du Val",
        missions="La Communauté d’Agglomération du Val (C.A.V.), deuxième du département, "
        "recrute.\n- Accueillir le public.",
    )
    extraction = extraire(texte)
    assert extraction.offre.employeur.sigle == "C.A.V."
    assert [p.texte for p in extraction.preuves if p.champ == "employeur.sigle"] == ["C.A.V."]


@pytest.mark.parametrize("apres", ["(91)", "(voir plus bas)", "(H/F)", ", (CAV)", "(C)"], ids=str)
def test_pas_de_sigle_sans_capitales_collees_au_nom(apres: str) -> None:
    texte = _page(
        employeur="Mairie de Sainte-Colombe",
        missions=f"La Mairie de Sainte-Colombe {apres} recrute.\n- Accueillir le public.",
    )
    assert extraire(texte).offre.employeur.sigle is None


def test_l_evolution_n_est_ni_mission_ni_finalite() -> None:
    texte = _page(
        missions="Vous serez chargé de :\n- Accueillir le public\n- Tenir le standard\n\n"
        "= Évolution du poste en fonction de l'évolution du projet."
    )
    offre = extraire(texte).offre
    assert offre.poste.evolution == "Évolution du poste en fonction de l'évolution du projet."
    assert offre.missions.finalite is None
    assert offre.missions.nombre_activites == 2


def test_perspectives_d_evolution() -> None:
    texte = _page(missions="- Accueillir le public\n\nPerspectives d'évolution vers l'encadrement.")
    assert extraire(texte).offre.poste.evolution == "Perspectives d'évolution vers l'encadrement."


@pytest.mark.parametrize("mot", ["souhaité", "souhaitable", "apprécié", "serait un plus"])
def test_un_diplome_dit_souhaite_parmi_d_autres(mot: str) -> None:
    texte = _page(
        profil=f"- Formation : Titulaire d'un diplôme CAP maintenance, BEP ou BAFA {mot}.\n"
        "- Rigueur"
    )
    extraction = extraire(texte)
    profil = extraction.offre.profil
    assert profil.diplomes == ("CAP maintenance", "BEP")
    assert profil.diplomes_souhaites == ("BAFA",)
    (preuve,) = [p.texte for p in extraction.preuves if p.champ == "profil.diplomes_souhaites"]
    assert preuve.startswith("BAFA ")
    assert mot.split(maxsplit=1)[0] in preuve


def test_tous_souhaites_reste_une_liste() -> None:
    """Quand chaque diplôme est dit souhaité, aucun ne passe dans diplomes_souhaites."""
    texte = _page(profil="Diplômes :\n- CAP souhaité\n- BEP souhaité\n\nQualités :\n- Rigueur")
    assert extraire(texte).offre.profil.diplomes_souhaites == ()
