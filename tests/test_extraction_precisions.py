"""L'extraction des précisions du format 2 : préfixe de l'intitulé, niveau de diplôme en
fourchette et tel qu'écrit, poids des savoirs, chiffres des missions (textes inventés)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres import depuis_json, formater, vers_json
from fpt_offres.extraction import extraire
from fpt_offres.modele import Exigence, NiveauDiplome

_PAGE = """{titre}

Informations générales
Employeur
Mairie de Sainte-Colombe
Description du poste
{missions}
Description du profil recherché
{profil}
"""


def _page(titre: str = "Agent technique (H/F)", missions: str = "", profil: str = "") -> str:
    return _PAGE.format(titre=titre, missions=missions or "- Entretenir les locaux.", profil=profil)


def _preuve(extraction_texte: str, champ: str) -> str:
    extraction = extraire(extraction_texte)
    return next(p.texte for p in extraction.preuves if p.champ == champ)


@pytest.mark.parametrize(
    ("titre", "prefixe"),
    [
        ("ZRT 44 - Magasinier (H/F)", "ZRT 44"),
        ("DSIC NORD (SG) - Technicien réseau H/F", "DSIC NORD (SG)"),
        ("Sous-préfecture de Saint-Aubin - Agent d'accueil H/F", "Sous-préfecture de Saint-Aubin"),
    ],
)
def test_prefixe_de_l_intitule(titre: str, prefixe: str) -> None:
    offre = extraire(_page(titre)).offre
    assert offre.intitule == titre
    assert offre.prefixe_intitule == prefixe
    assert _preuve(_page(titre), "prefixe_intitule") == prefixe


@pytest.mark.parametrize(
    "titre",
    [
        "CHEF DE GROUPE - Maintenance H/F",  # un intitulé en capitales, pas un sigle
        "Agent d'accueil - Secrétariat (H/F)",
        "Technicien (H/F)",
        "ZRT 44 -Magasinier",  # sans l'espace qui suit le tiret, rien ne sépare un préfixe
    ],
)
def test_pas_de_prefixe(titre: str) -> None:
    assert extraire(_page(titre)).offre.prefixe_intitule is None


_SIGLES = st.from_regex(r"[A-Z]{2,6}( [A-Z]{2,5})?( [0-9]{2})?", fullmatch=True).filter(
    lambda s: not {"DE", "DU", "DES", "LA", "LE", "LES", "ET", "AU", "AUX", "EN"} & set(s.split())
)


@given(sigles=_SIGLES)
def test_tout_sigle_avant_le_tiret_est_un_prefixe(sigles: str) -> None:
    """Des sigles et un numéro devant « - » : le préfixe, et l'intitulé commence par lui."""
    offre = extraire(_page(f"{sigles} - Gestionnaire de paie H/F")).offre
    assert offre.prefixe_intitule == sigles
    assert offre.intitule.startswith(sigles)


def test_niveau_tel_qu_ecrit_et_fourchette() -> None:
    texte = _page(
        profil="Niveau II (licence, maîtrise, bac+3/4)\n"
        "De formation bac +3 à bac +5 en comptabilité publique."
    )
    extraction = extraire(texte)
    profil = extraction.offre.profil
    assert profil.niveau_diplome is NiveauDiplome.NIVEAU_6
    assert profil.niveau_diplome_tel_qu_ecrit == "Niveau II (licence, maîtrise, bac+3/4)"
    assert profil.niveau_diplome_max is NiveauDiplome.NIVEAU_7
    assert _preuve(texte, "profil.niveau_diplome_max") == "bac +3 à bac +5"
    # « bac+3/4 » : bac +3 et bac +4 sont le même niveau 6, pas une fourchette.
    seul = extraire(_page(profil="Niveau II (licence, maîtrise, bac+3/4)")).offre.profil
    assert seul.niveau_diplome_max is None


@given(
    bas=st.integers(2, 5), ecart=st.integers(1, 3), liant=st.sampled_from([" à ", "/", " à bac +"])
)
def test_fourchette_de_niveaux(bas: int, ecart: int, liant: str) -> None:
    """« bac +N à M » donne le niveau de bac +M pour haut de fourchette quand il diffère."""
    haut = min(bas + ecart, 8)
    texte = _page(profil=f"Titulaire d'un diplôme de niveau bac +{bas}{liant}{haut}.")
    profil = extraire(texte).offre.profil
    niveaux = {2: 5, 3: 6, 4: 6, 5: 7, 6: 7, 7: 7, 8: 8}
    attendu = niveaux[haut] if niveaux[haut] > niveaux[bas] else None
    assert (profil.niveau_diplome_max.value if profil.niveau_diplome_max else None) == attendu


def test_poids_des_savoirs() -> None:
    texte = _page(
        profil="Compétences indispensables :\n- Maîtriser les marchés publics\n"
        "- Connaître le code de la commande publique\n"
        "La rigueur, la discrétion et le sens du service sont des qualités requises pour ce poste."
    )
    profil = extraire(texte).offre.profil
    assert profil.qualites
    assert profil.savoir_faire
    assert profil.exigence_qualites is Exigence.EXIGEE
    assert profil.exigence_savoir_faire is Exigence.EXIGEE


def test_poids_souhaite_et_liste_absente() -> None:
    """« appréciées » : souhaitée ; un poids sans sa liste dans le profil ne se pose pas."""
    texte = _page(
        profil="Connaissances appréciées :\n- Connaissance du statut de la FPT\n"
        "- Notions de comptabilité publique"
    )
    profil = extraire(texte).offre.profil
    assert profil.connaissances
    assert profil.exigence_connaissances is Exigence.SOUHAITEE
    # « compétences requises » pèse sur les savoirs et savoir-faire lus, pas sur une liste vide.
    missions = "Les compétences requises figurent dans la fiche de poste jointe."
    sans_liste = extraire(_page(missions=missions, profil="Titulaire du permis B.")).offre
    assert sans_liste.profil.connaissances == ()
    assert sans_liste.profil.exigence_connaissances is None


def test_chiffres_des_missions() -> None:
    texte = _page(
        missions="Vous assurez l'exploitation des serveurs (12) et du réseau (250 postes).\n"
        "Vous préparez 120 repas et 60 goûters par jour.\n"
        "Vous encadrez une équipe (4 agents) et réunissez le service 2 fois par mois."
    )
    extraction = extraire(texte)
    chiffres = [(c.libelle, c.valeur, c.unite) for c in extraction.offre.missions.chiffres]
    assert chiffres == [
        ("serveurs", Decimal(12), None),
        ("postes", Decimal(250), None),
        ("repas", Decimal(120), "par jour"),
        ("goûters", Decimal(60), "par jour"),
    ]
    assert [p.texte for p in extraction.preuves if p.champ == "missions.chiffres"][:2] == [
        "serveurs (12)",
        "(250 postes)",
    ]


def test_chiffres_hors_missions_ignores() -> None:
    """Un chiffre du profil ou de la présentation n'est pas un chiffre des missions."""
    texte = _page(profil="Vous avez suivi des formations (3) en électricité.")
    assert extraire(texte).offre.missions.chiffres == ()


def test_aller_retour_json() -> None:
    texte = _page(
        "ZRT 44 - Magasinier (H/F)",
        missions="Gérer les stocks des magasins (3).",
        profil="Niveau III (BTS, DUT)\nDe formation bac +2 à bac +3.",
    )
    offre = extraire(texte).offre
    assert depuis_json(vers_json(offre)) == offre


def test_conditions_particulieres_en_liste() -> None:
    """La liste à puces sous « Conditions particulières d'exercice » : chaque puce
    qu'aucun autre lecteur ne prend (le permis va aux permis)."""
    texte = _page() + (
        "Conditions particulières d'exercice\n"
        "- Port de charges lourdes\n"
        "- Permis B obligatoire\n"
        "- Travail en extérieur par tous les temps\n"
    )
    extraction = extraire(texte)
    conditions = extraction.offre.conditions
    assert conditions.particulieres == (
        "Port de charges lourdes",
        "Travail en extérieur par tous les temps",
    )
    assert [p.champ for p in extraction.preuves].count("conditions.particulieres") == 2
    assert [p.categorie.value for p in conditions.permis] == ["B"]


def test_conditions_particulieres_melees_non_lues() -> None:
    """Une section qui s'ouvre sur une ligne sans puce (le niveau, l'expérience, comme
    l'écrit Place de l'emploi public) ne donne pas de conditions particulières."""
    texte = _page() + (
        "Conditions particulières d'exercice\n"
        "Niveau III (DUT,BTS,bac+2,...) - Expérience souhaitée : de 1 à 3 ans\n"
        "- Port de charges lourdes\n"
    )
    assert extraire(texte).offre.conditions.particulieres == ()


@pytest.mark.parametrize("format_", ["texte", "markdown", "html"])
def test_l_annonce_se_relit(format_: Literal["texte", "markdown", "html"]) -> None:
    """Ce que l'annonce écrit des précisions, l'extraction le relit."""
    offre = extraire(
        _page(
            "ZRT 44 - Magasinier (H/F)",
            missions="- Gérer les stocks des magasins (3).",
            profil="Niveau III (BTS, DUT)\nDe formation bac +2 à bac +3.",
        )
        + "Conditions particulières d'exercice\n- Port de charges lourdes\n"
    ).offre
    relue = extraire(formater(offre, format_)).offre
    assert relue.prefixe_intitule == offre.prefixe_intitule == "ZRT 44"
    assert relue.profil.niveau_diplome_max == offre.profil.niveau_diplome_max
    assert relue.conditions.particulieres == ("Port de charges lourdes",)
