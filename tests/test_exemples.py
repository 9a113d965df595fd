"""Les cinq offres d'exemple fournies avec le paquet, confrontées aux faits de leurs offres sources.

Les faits (``shared/corpus/seeds/NN-nom.json``) vivent hors du dépôt, à côté de lui ;
le paquet n'en dépend pas : sans eux, les tests qui les lisent sont sautés.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

import fpt_offres
from fpt_offres import (
    VERSION_FORMAT,
    Approximation,
    Categorie,
    CategoriePermis,
    DroitRgpd,
    Exigence,
    Filiere,
    Horaire,
    NatureContrat,
    NiveauDiplome,
    Offre,
    Ouverture,
    PriseDePoste,
    RegimeTemps,
    Rythme,
    TypeAvantage,
    TypeEmployeur,
    TypeEtape,
    TypePiece,
    Versant,
    depuis_json,
    ligne,
    vers_json,
)

NOMS = (
    "01-marne-secretaire-general",
    "02-haute-marne-maisons-departementales",
    "03-poum-secretaire-general",
    "04-mel-charge-mission-dgs",
    "05-seine-saint-denis-affaires-institutionnelles",
)
"""Les offres d'exemple, dans l'ordre de leurs fichiers (mêmes noms que les offres sources)."""

FAITS = Path(__file__).parents[1].parent / "shared" / "corpus" / "seeds"
"""Le dossier des offres sources et de leurs faits, à côté du dépôt."""

_SANS_FAITS = pytest.mark.skipif(
    not FAITS.is_dir(),
    reason=f"faits des offres sources absents ({FAITS}) : le paquet n'en dépend pas",
)


def _octets(nom: str) -> bytes:
    return (resources.files("fpt_offres") / "exemples" / f"{nom}.json").read_bytes()


@cache
def _offre(nom: str) -> Offre:
    return depuis_json(_octets(nom))


def _faits(nom: str) -> dict[str, Any]:
    donnees: dict[str, Any] = json.loads((FAITS / f"{nom}.json").read_text(encoding="utf-8"))
    return donnees


def _apostrophes_droites(valeur: Any) -> Any:
    """La valeur où l'apostrophe typographique (’) devient droite (')."""
    if isinstance(valeur, str):
        return valeur.replace("\u2019", "'")
    if isinstance(valeur, list):
        return [_apostrophes_droites(v) for v in valeur]
    return valeur


def _vide(valeur: Any) -> bool:
    return valeur is None or valeur == []


# --- toutes les offres ---------------------------------------------------------------------


@pytest.mark.parametrize("nom", NOMS)
def test_l_exemple_se_charge(nom: str) -> None:
    """Chaque fichier d'exemple se lit en une offre valide."""
    assert isinstance(_offre(nom), Offre)


@pytest.mark.parametrize("nom", NOMS)
def test_le_fichier_est_canonique(nom: str) -> None:
    """Chaque fichier est exactement ce que vers_json écrit de l'offre qu'il décrit."""
    texte = _octets(nom).decode("utf-8")
    assert texte == vers_json(depuis_json(texte)) + "\n"


@pytest.mark.parametrize("nom", NOMS)
def test_le_fichier_suit_le_format(nom: str) -> None:
    """Chaque fichier porte la version courante du format, en UTF-8 avec une indentation de 2 espaces."""
    texte = _octets(nom).decode("utf-8")
    assert json.loads(texte)["version"] == VERSION_FORMAT == 2
    assert texte.startswith('{\n  "version": 2,\n  "intitule": ')


def test_exemples_rend_les_cinq_offres_dans_l_ordre_des_fichiers() -> None:
    """fpt_offres.exemples() rend les cinq offres, dans l'ordre de leurs noms de fichier."""
    offres = fpt_offres.exemples()
    assert offres == tuple(_offre(nom) for nom in NOMS)
    assert [o.employeur.nom for o in offres] == [
        "Département de la Marne",
        "Département de la Haute-Marne",
        "Commune de POUM",
        "Métropole Européenne de Lille",
        "Département de la Seine-Saint-Denis",
    ]


def test_le_dossier_ne_contient_que_les_cinq_exemples() -> None:
    """Le dossier exemples du paquet contient exactement les cinq fichiers JSON attendus."""
    dossier = resources.files("fpt_offres") / "exemples"
    noms = sorted(f.name for f in dossier.iterdir() if f.name.endswith(".json"))
    assert noms == [f"{nom}.json" for nom in NOMS]


@_SANS_FAITS
class TestFaits:
    """ligne(offre) rend les faits que le lecteur trouve dans l'offre source."""

    @pytest.mark.parametrize("nom", NOMS)
    def test_ligne_a_les_colonnes_des_faits(self, nom: str) -> None:
        """La ligne a exactement les clés du fichier de faits."""
        assert set(ligne(_offre(nom))) == set(_faits(nom))

    @pytest.mark.parametrize("nom", NOMS)
    def test_ligne_reprend_les_faits_donnes(self, nom: str) -> None:
        """Chaque fait non nul et non vide se retrouve dans la ligne (apostrophes ’ et ' confondues)."""
        rangee = ligne(_offre(nom))
        for cle, attendu in _faits(nom).items():
            if not _vide(attendu):
                assert _apostrophes_droites(rangee[cle]) == _apostrophes_droites(attendu), cle

    @pytest.mark.parametrize("nom", NOMS)
    def test_ligne_se_tait_quand_le_texte_se_tait(self, nom: str) -> None:
        """Là où les faits valent null ou [], la ligne vaut de même null ou []."""
        rangee = ligne(_offre(nom))
        for cle, attendu in _faits(nom).items():
            if _vide(attendu):
                assert rangee[cle] == attendu, cle


# --- 01 : Département de la Marne ----------------------------------------------------------


class TestMarne:
    """Le secrétaire général auprès de la DGS du Département de la Marne."""

    @property
    def offre(self) -> Offre:
        """L'offre d'exemple 01-marne-secretaire-general."""
        return _offre("01-marne-secretaire-general")

    def test_sept_themes_et_vingt_activites(self) -> None:
        """Les missions se répartissent en 7 thèmes et 20 activités."""
        themes = self.offre.missions.themes
        assert len(themes) == 7
        assert [len(t.activites) for t in themes] == [3, 3, 3, 3, 1, 3, 4]
        assert themes[0].intitule == "Coordination de l'action administrative"

    def test_chaque_activite_a_ses_verbes_en_gras(self) -> None:
        """Chaque activité porte au moins un verbe en gras, présent dans son texte."""
        for theme in self.offre.missions.themes:
            for activite in theme.activites:
                assert activite.verbes
                assert all(verbe in activite.texte for verbe in activite.verbes)
        animation = self.offre.missions.themes[5].activites[0]
        assert animation.verbes == ("Préparer", "suivre")

    def test_conservation_rgpd_de_24_mois(self) -> None:
        """Les données des candidats sont gardées 2 ans, avec cinq droits et deux adresses."""
        rgpd = self.offre.mentions.rgpd
        assert rgpd is not None
        assert rgpd.duree_conservation_mois == 24
        assert rgpd.droits == (
            DroitRgpd.ACCES,
            DroitRgpd.RECTIFICATION,
            DroitRgpd.EFFACEMENT,
            DroitRgpd.LIMITATION,
            DroitRgpd.OPPOSITION,
        )
        assert rgpd.contacts == ("recrutement@marne.fr", "dpo@marne.fr")

    def test_employeur_et_chiffres(self) -> None:
        """Le Département compte plus de 2 000 agents dans 8 directions."""
        employeur = self.offre.employeur
        assert employeur.type is TypeEmployeur.DEPARTEMENT
        assert employeur.nombre_agents is not None
        assert employeur.nombre_agents.valeur == 2000
        assert employeur.nombre_agents.approximation is Approximation.PLUS_DE
        assert employeur.nombre_directions is not None
        assert employeur.nombre_directions.valeur == 8

    def test_statut_et_conditions(self) -> None:
        """Catégories A et A+, ouvert aux titulaires et contractuels, temps complet, permis B exigé."""
        assert self.offre.statut.categories == (Categorie.A, Categorie.A_PLUS)
        conditions = self.offre.conditions
        assert conditions.ouverture is Ouverture.TITULAIRES_ET_CONTRACTUELS
        assert conditions.temps is not None
        assert conditions.temps.regimes == (RegimeTemps.COMPLET,)
        assert [(p.categorie, p.exigence) for p in conditions.permis] == [
            (CategoriePermis.B, Exigence.EXIGEE)
        ]

    def test_candidature_par_courriel_et_par_courrier(self) -> None:
        """On candidate par courriel ou à une adresse CEDEX, avec CV et lettre de motivation."""
        candidature = self.offre.candidature
        assert candidature.courriels == ("recrutement@marne.fr",)
        assert candidature.adresse is not None
        assert candidature.adresse.code_postal == "51038"
        assert candidature.adresse.cedex
        assert [p.type for p in candidature.pieces] == [TypePiece.CV, TypePiece.LETTRE_MOTIVATION]

    def test_niveau_bac_plus_5(self) -> None:
        """« bac +5 » est le niveau 7 du cadre national des certifications."""
        assert self.offre.profil.niveau_diplome is NiveauDiplome.NIVEAU_7


# --- 02 : Département de la Haute-Marne ----------------------------------------------------


class TestHauteMarne:
    """Le responsable du projet « maisons départementales » de la Haute-Marne."""

    @property
    def offre(self) -> Offre:
        """L'offre d'exemple 02-haute-marne-maisons-departementales."""
        return _offre("02-haute-marne-maisons-departementales")

    def test_contrat_de_trois_ans(self) -> None:
        """Le contrat dure 36 mois, sans base légale citée."""
        contrat = self.offre.conditions.contrat
        assert contrat is not None
        assert contrat.duree is not None
        assert (contrat.duree.mois, contrat.duree.minimum) == (36, False)
        assert contrat.bases_legales == ()

    def test_cinq_taches_et_trois_relations(self) -> None:
        """Cinq tâches sans thème et trois relations."""
        missions = self.offre.missions
        assert [len(t.activites) for t in missions.themes] == [5]
        assert missions.themes[0].intitule is None
        assert [r.texte for r in missions.relations] == [
            "Avec la direction générale, le cabinet du Président et l’ensemble des directions",
            "Avec les élus",
            "Avec les partenaires sur la mission accueil, information et orientations des habitants",
        ]

    def test_deplacements_et_permis(self) -> None:
        """Le poste circule souvent vers Langres et Saint-Dizier ; le permis B sert aux déplacements."""
        deplacements = self.offre.conditions.deplacements
        assert deplacements is not None
        assert deplacements.frequents
        assert deplacements.destinations == ("Langres", "Saint Dizier")
        (permis,) = self.offre.conditions.permis
        assert permis.categorie is CategoriePermis.B
        assert permis.motif is not None
        assert "déplacements" in permis.motif

    def test_fin_de_publicite(self) -> None:
        """La fin de publicité, le 1er octobre 2025, tient lieu de date limite."""
        assert str(self.offre.calendrier.date_limite_candidature) == "2025-10-01"


# --- 03 : Commune de Poum (Nouvelle-Calédonie) ---------------------------------------------


class TestPoum:
    """Le secrétaire général de la commune de Poum, en Nouvelle-Calédonie."""

    @property
    def offre(self) -> Offre:
        """L'offre d'exemple 03-poum-secretaire-general."""
        return _offre("03-poum-secretaire-general")

    def test_corps_attache_de_nouvelle_caledonie(self) -> None:
        """« Attaché » est un corps de la fonction publique de Nouvelle-Calédonie, pas un cadre FPT."""
        statut = self.offre.statut
        assert [(c.libelle, c.versant) for c in statut.corps] == [
            ("Attaché", Versant.NOUVELLE_CALEDONIE)
        ]
        assert statut.cadres_emplois == ()
        assert statut.grades == ()
        assert self.offre.employeur.departement == "988"

    def test_cdd_d_un_an_minimum_renouvelable(self) -> None:
        """Le contrat est un CDD d'un an minimum, renouvelable."""
        contrat = self.offre.conditions.contrat
        assert contrat is not None
        assert contrat.nature is NatureContrat.CDD
        assert contrat.duree is not None
        assert (contrat.duree.mois, contrat.duree.minimum) == (12, True)
        assert contrat.renouvelable is True

    def test_reference_et_dates(self) -> None:
        """La référence et les trois dates de l'offre."""
        assert self.offre.reference == "3134-25-0482/SR"
        calendrier = self.offre.calendrier
        assert str(calendrier.date_publication) == "2025-03-28"
        assert str(calendrier.date_limite_candidature) == "2025-04-18"
        assert str(calendrier.prise_de_poste) == "2025-07-01"

    def test_onze_missions_et_confidentialite(self) -> None:
        """Onze missions sans thème et un devoir strict de confidentialité."""
        assert [len(t.activites) for t in self.offre.missions.themes] == [11]
        assert self.offre.mentions.confidentialite is not None
        assert "confidentialité" in self.offre.mentions.confidentialite

    def test_profil(self) -> None:
        """Licence ou Master exigé, expérience souhaitée en gestion communale."""
        profil = self.offre.profil
        assert profil.diplomes == ("Licence", "Master")
        assert profil.exigence_diplome is Exigence.EXIGEE
        assert profil.experience is not None
        assert profil.experience.exigence is Exigence.SOUHAITEE


# --- 04 : Métropole Européenne de Lille ----------------------------------------------------


class TestMel:
    """Le chargé de mission auprès du DGS de la Métropole Européenne de Lille."""

    @property
    def offre(self) -> Offre:
        """L'offre d'exemple 04-mel-charge-mission-dgs."""
        return _offre("04-mel-charge-mission-dgs")

    def test_cycles_et_rtt(self) -> None:
        """Trois cycles : 35 h, 37 h 30 avec 15 RTT, 39 h avec 23 RTT."""
        organisation = self.offre.conditions.organisation
        assert organisation is not None
        assert [(c.duree, c.jours_rtt) for c in organisation.cycles] == [
            (Horaire(heures=35), None),
            (Horaire(heures=37, minutes=30), 15),
            (Horaire(heures=39), 23),
        ]

    def test_rythmes_et_flexibilite(self) -> None:
        """5 jours, 4,5 jours ou 9 jours par quinzaine, et une flexibilité horaire requise."""
        organisation = self.offre.conditions.organisation
        assert organisation is not None
        assert organisation.rythmes == (
            Rythme.CINQ_JOURS,
            Rythme.QUATRE_JOURS_ET_DEMI,
            Rythme.NEUF_JOURS_QUINZAINE,
        )
        assert organisation.flexibilite_requise is True

    def test_services_sur_site_et_avantages(self) -> None:
        """Restaurant et conciergerie sont des services sur site ; le transport est remboursé à 75 %."""
        assert self.offre.conditions.services_sur_site == (
            "Restaurant métropolitain",
            "Conciergerie",
        )
        avantages = self.offre.remuneration.avantages
        assert [a.type for a in avantages] == [
            TypeAvantage.RTT,
            TypeAvantage.CET,
            TypeAvantage.PARTICIPATION_SANTE,
            TypeAvantage.COMITE_ACTION_SOCIALE,
            TypeAvantage.CESU,
            TypeAvantage.CHEQUES_VACANCES,
            TypeAvantage.REMBOURSEMENT_TRANSPORT,
        ]
        assert avantages[-1].taux == Decimal(75)

    def test_ouverture_et_statut(self) -> None:
        """Catégories A+ puis A, filière administrative, ouvert aux titulaires, lauréats et contractuels."""
        assert self.offre.statut.categories == (Categorie.A_PLUS, Categorie.A)
        assert self.offre.statut.filieres == (Filiere.ADMINISTRATIVE,)
        assert self.offre.conditions.ouverture is Ouverture.TITULAIRES_ET_CONTRACTUELS
        assert self.offre.conditions.ouvert_laureats_concours is True

    def test_trois_themes_de_missions(self) -> None:
        """Trois thèmes de 7, 5 et 6 activités."""
        assert [len(t.activites) for t in self.offre.missions.themes] == [7, 5, 6]

    def test_recrutement(self) -> None:
        """Poste à pourvoir dès que possible, trois étapes annoncées et une réponse à chacun."""
        assert self.offre.calendrier.prise_de_poste is PriseDePoste.DES_QUE_POSSIBLE
        candidature = self.offre.candidature
        assert candidature.destinataire == "Monsieur le Président"
        assert [e.type for e in candidature.etapes] == [
            TypeEtape.ENTRETIEN_VISIOCONFERENCE,
            TypeEtape.CAS_PRATIQUE,
            TypeEtape.ENTRETIEN_PRESENTIEL,
        ]
        assert candidature.reponse_promise is True

    def test_employeur(self) -> None:
        """Une métropole (famille EPCI) de plus d'un million d'habitants et 95 communes."""
        employeur = self.offre.employeur
        assert employeur.type is TypeEmployeur.METROPOLE
        assert employeur.type.famille == "epci"
        assert employeur.nombre_habitants is not None
        assert employeur.nombre_habitants.valeur == 1_000_000
        assert employeur.nombre_habitants.approximation is Approximation.PLUS_DE
        assert employeur.nombre_communes is not None
        assert employeur.nombre_communes.valeur == 95


# --- 05 : Département de la Seine-Saint-Denis ----------------------------------------------


class TestSeineSaintDenis:
    """Le chargé de mission affaires institutionnelles (mi-temps) de la Seine-Saint-Denis."""

    @property
    def offre(self) -> Offre:
        """L'offre d'exemple 05-seine-saint-denis-affaires-institutionnelles."""
        return _offre("05-seine-saint-denis-affaires-institutionnelles")

    def test_mi_temps_a_50_pour_cent(self) -> None:
        """La quotité est de 50 %, sans que le texte dise s'il s'agit de temps partiel ou non complet."""
        temps = self.offre.conditions.temps
        assert temps is not None
        assert temps.quotite == Decimal(50)
        assert temps.regimes == ()

    def test_un_jour_de_teletravail_et_badgeage(self) -> None:
        """Jusqu'à un jour de télétravail par semaine, temps badgé."""
        teletravail = self.offre.conditions.teletravail
        assert teletravail is not None
        assert teletravail.eligible
        assert teletravail.jours_max == Decimal(1)
        organisation = self.offre.conditions.organisation
        assert organisation is not None
        assert organisation.badgeage is True

    def test_employeur(self) -> None:
        """8 000 agents, près de 200 métiers, deux labels, une délégation de rattachement."""
        employeur = self.offre.employeur
        assert employeur.nombre_agents is not None
        assert employeur.nombre_agents.valeur == 8000
        assert employeur.nombre_metiers is not None
        assert (employeur.nombre_metiers.valeur, employeur.nombre_metiers.approximation) == (
            200,
            Approximation.PRES_DE,
        )
        assert employeur.labels == ("Diversité", "Égalité Femme / Homme")
        assert employeur.direction == "Délégation à la jeunesse et à la vie associative (DJVA)"

    def test_sept_missions_et_profil(self) -> None:
        """Sept missions, trois diplômes requis et une expérience souhaitée."""
        assert [len(t.activites) for t in self.offre.missions.themes] == [7]
        profil = self.offre.profil
        assert profil.diplomes == ("Diplôme IEP", "Sciences de gestion", "conseil en organisation")
        assert profil.exigence_diplome is Exigence.EXIGEE
        assert profil.experience is not None
        assert profil.experience.exigence is Exigence.SOUHAITEE

    def test_niveau_bac_plus_5(self) -> None:
        """« Bac +5 » est le niveau 7 du cadre national des certifications."""
        assert self.offre.profil.niveau_diplome is NiveauDiplome.NIVEAU_7
