"""Le JSON-LD schema.org JobPosting : propriétés exigées, fidélité au modèle, robustesse.

Google exige ``title``, ``description``, ``datePosted``, ``hiringOrganization`` et
``jobLocation`` ; seule ``datePosted`` peut manquer, quand l'offre ne donne pas sa
date de publication (quatre des cinq offres d'exemple) : elle est alors absente,
jamais inventée.
"""

from __future__ import annotations

import datetime
import json
import re
import zoneinfo
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given

from fpt_offres import (
    Adresse,
    Calendrier,
    Candidature,
    Conditions,
    Contrat,
    CycleTravail,
    DureeContrat,
    EmploiFonctionnel,
    Employeur,
    Exigence,
    Experience,
    Fourchette,
    Horaire,
    Indices,
    LieuTravail,
    MotifRecrutement,
    NatureContrat,
    Nbi,
    NiveauDiplome,
    Offre,
    OrganisationTravail,
    Ouverture,
    PartIndemnitaire,
    Periode,
    Poste,
    Profil,
    Public,
    RegimeIndemnitaire,
    RegimeTemps,
    Remuneration,
    Salaire,
    Statut,
    Teletravail,
    TempsTravail,
    TypeEmployeur,
    Versant,
    exemples,
    nomenclature,
)
from fpt_offres.exports import _jsonld_lieux
from fpt_offres.exports.jsonld import CONTEXTE, jsonld
from fpt_offres.exports.jsonld_page import proprietes_manquantes
from fpt_offres.rendu import formater
from fpt_offres.strategies import offres

EXIGEES = ("title", "description", "hiringOrganization", "jobLocation")
"""Les propriétés que Google exige, hors datePosted (absente sans date de publication)."""

TYPES_EMPLOI = {"FULL_TIME", "PART_TIME", "TEMPORARY"}
"""Les valeurs d'employmentType que l'export emploie (jamais CONTRACTOR)."""

BALISES = {"p", "ul", "li", "br", "strong"}
"""Les balises HTML de la description : celles que Google lit (format html_simple de formater)."""


def _offre(**champs: Any) -> Offre:
    employeur = champs.pop(
        "employeur",
        Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE, departement="51"),
    )
    return Offre(intitule="Secrétaire général (F/H)", employeur=employeur, **champs)


def _valeurs(noeud: Any) -> list[Any]:
    """Toutes les valeurs d'un document, à toute profondeur."""
    if isinstance(noeud, dict):
        return [noeud, *(x for v in noeud.values() for x in _valeurs(v))]
    if isinstance(noeud, list):
        return [noeud, *(x for v in noeud for x in _valeurs(v))]
    return [noeud]


def _verifier_forme(document: dict[str, Any]) -> None:
    """Types JSON seulement, sans None ni conteneur vide, propriétés exigées présentes."""
    assert json.loads(json.dumps(document)) == document
    for valeur in _valeurs(document):
        assert type(valeur) in (dict, list, str, int, float, bool), valeur
        assert valeur not in (None, [], {}, "")
    assert document["@context"] == CONTEXTE == "https://schema.org"
    assert document["@type"] == "JobPosting"
    for propriete in EXIGEES:
        assert propriete in document, propriete
    lieux = document["jobLocation"]
    for lieu in lieux if isinstance(lieux, list) else [lieux]:
        assert lieu["@type"] == "Place"
        assert lieu["address"]["@type"] == "PostalAddress"
        assert re.fullmatch("[A-Z]{2}", lieu["address"]["addressCountry"])
    assert document["hiringOrganization"]["@type"] == "Organization"
    assert document["description"] != document["title"]
    assert {m.group(1) for m in re.finditer(r"</?([a-zA-Z0-9]+)", document["description"])} <= (
        BALISES
    )
    types = document.get("employmentType", [])
    assert set(types if isinstance(types, list) else [types]) <= TYPES_EMPLOI


# --- offres d'exemple -------------------------------------------------------------------------


@pytest.mark.parametrize("rang", range(5))
def test_la_description_est_l_annonce_en_html(rang: int) -> None:
    """La description est l'annonce de formater() en HTML simple : tout ce que schema.org ne dit pas y est."""
    offre = exemples()[rang]
    description = jsonld(offre)["description"]
    assert description == formater(offre, "html_simple", espaces="simples")
    # Le HTML que Google lit : paragraphes, listes, sauts de ligne, gras ; ni titre ni section.
    assert set(re.findall(r"</?([a-z0-9]+)", description)) <= {"p", "ul", "li", "br", "strong"}


@pytest.mark.parametrize("rang", range(5))
def test_exemple_porte_les_proprietes_exigees(rang: int) -> None:
    """Chaque offre d'exemple donne un JSON-LD sérialisable, sans None, avec les propriétés exigées."""
    offre = exemples()[rang]
    document = jsonld(offre)
    _verifier_forme(document)
    publication = offre.calendrier.date_publication
    if publication is None:
        assert "datePosted" not in document
    else:
        assert document["datePosted"] == publication.isoformat()


def test_exemples_sans_date_de_publication() -> None:
    """Seule l'offre de Poum donne sa date de publication : les quatre autres n'ont pas de datePosted."""
    avec_date = ["datePosted" in jsonld(offre) for offre in exemples()]
    assert avec_date == [False, False, True, False, False]


def test_exemple_marne() -> None:
    """Marne : date limite en fin de journée à Paris (heure d'été), lieu, temps complet, bac +5."""
    document = jsonld(exemples()[0])
    assert document["validThrough"] == "2026-04-30T23:59:59+02:00"
    assert document["title"] == (
        "Secrétaire général auprès de la Directrice générale des services (F/H)"
    )
    assert document["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Châlons-en-Champagne",
        "addressRegion": "Marne",
        "addressCountry": "FR",
    }
    assert document["hiringOrganization"]["address"]["addressLocality"] == (
        "Châlons-en-Champagne CEDEX"
    )
    assert document["employmentType"] == "FULL_TIME"
    assert document["educationRequirements"]["credentialCategory"] == "postgraduate degree"
    assert document["directApply"] is False
    assert document["applicationContact"] == {
        "@type": "ContactPoint",
        "contactType": "candidature",
        "email": "recrutement@marne.fr",
    }
    assert "CNAS" in document["jobBenefits"]
    assert document["totalJobOpenings"] == 1
    assert document["industry"] == "Administration publique"
    assert "baseSalary" not in document  # « rémunération statutaire » : aucun montant


def test_exemple_haute_marne() -> None:
    """Haute-Marne : CDD de 36 mois, donc TEMPORARY ; le lieu garde son adresse."""
    document = jsonld(exemples()[1])
    assert document["employmentType"] == "TEMPORARY"
    assert document["validThrough"] == "2025-10-01T23:59:59+02:00"
    assert document["jobLocation"]["address"]["streetAddress"] == "hôtel du département"
    assert "à durée déterminée (CDD), d’une durée de 3 ans" in document["description"]


def test_exemple_poum() -> None:
    """Poum : Nouvelle-Calédonie (pays NC, heure de Nouméa), référence, métier, prise de poste."""
    document = jsonld(exemples()[2])
    assert document["jobLocation"]["address"]["addressCountry"] == "NC"
    assert "addressRegion" not in document["jobLocation"]["address"]
    assert document["validThrough"] == "2025-04-18T23:59:59+11:00"
    assert document["datePosted"] == "2025-03-28"
    assert document["identifier"] == {
        "@type": "PropertyValue",
        "name": "Commune de POUM",
        "value": "3134-25-0482/SR",
    }
    assert document["occupationalCategory"] == "Secrétaire général"
    assert document["jobStartDate"] == "2025-07-01"
    assert document["educationRequirements"]["credentialCategory"] == "bachelor degree"
    assert document["experienceRequirements"] == "Expérience souhaitée : gestion communale"
    assert document["qualifications"] == "Licence ; Master"
    assert document["employmentUnit"] == {"@type": "Organization", "name": "Secrétariat Général"}


def test_exemple_mel() -> None:
    """MEL : employeur, cycles de 35 h et plus (temps complet), dès que possible, télétravail partiel."""
    document = jsonld(exemples()[3])
    assert document["hiringOrganization"]["name"] == "Métropole Européenne de Lille"
    assert document["employmentType"] == "FULL_TIME"
    assert document["workHours"] == "35 h, 37 h 30 ou 39 h hebdomadaires"
    assert document["jobStartDate"] == "dès que possible"
    assert document["jobImmediateStart"] is True
    assert "validThrough" not in document
    assert "jobLocationType" not in document
    assert "Télétravail possible" in document["description"]
    assert document["jobBenefits"].endswith("Restaurant métropolitain; Conciergerie")
    assert document["employerOverview"].startswith("La Métropole Européenne de Lille")


def test_exemple_seine_saint_denis() -> None:
    """Seine-Saint-Denis : mi-temps (PART_TIME), deux lieux, un jour de télétravail dans la description."""
    document = jsonld(exemples()[4])
    assert document["employmentType"] == "PART_TIME"
    assert document["workHours"] == "50 % d'un temps complet"
    assert [lieu["name"] for lieu in document["jobLocation"]] == [
        "Saint-Denis",
        "bâtiment Pulse, Saint-Denis",
    ]
    assert "jusqu’à 1 jour par semaine" in document["description"]
    assert "Lieu de travail à partir du 1er janvier 2026" in document["description"]
    assert "jobLocationType" not in document


# --- propriétés -------------------------------------------------------------------------------


@given(offres())
def test_toute_offre_donne_un_jsonld_bien_forme(offre: Offre) -> None:
    """Pour toute offre valide, jsonld ne lève pas et rend un document bien formé."""
    document = jsonld(offre)
    _verifier_forme(document)
    limite = offre.calendrier.date_limite_candidature
    if limite is not None:
        fin = datetime.datetime.fromisoformat(document["validThrough"])
        assert fin.date() == limite
        assert fin.time() == datetime.time(23, 59, 59)
        assert fin.utcoffset() is not None
    assert ("datePosted" in document) == (offre.calendrier.date_publication is not None)
    # Un employeur que l'offre ne nomme pas n'est pas inventé : le manque est dit.
    assert document["hiringOrganization"].get("name") == offre.employeur.nom
    attendues = {"datePosted"} if offre.calendrier.date_publication is None else set()
    if offre.employeur.nom is None:
        attendues.add("hiringOrganization.name")
    assert set(proprietes_manquantes(document)) == attendues
    assert document["directApply"] is (offre.candidature.url is not None)
    teletravail = offre.conditions.teletravail
    a_distance = teletravail is not None and teletravail.eligible and teletravail.jours_max == 5
    assert ("jobLocationType" in document) == a_distance
    assert ("applicantLocationRequirements" in document) == a_distance


def test_texte_echappe_dans_la_description() -> None:
    """Le texte de l'offre est échappé : une balise écrite dans l'offre n'en devient pas une."""
    offre = _offre(poste=Poste(presentation="<script>alert(1)</script> & <b>gras</b>"))
    description = jsonld(offre)["description"]
    assert "<script>" not in description
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;" in description


def test_description_complete() -> None:
    """Ce que schema.org ne sait pas dire figure dans la description : statut, indices, RIFSEEP, NBI…"""
    offre = attrs.evolve(
        exemples()[0],
        statut=Statut(
            grades=(nomenclature.grade("attache-principal"),),
            emploi_fonctionnel=EmploiFonctionnel.DGS,
        ),
        poste=Poste(encadrement=12, motif=MotifRecrutement.VACANCE, itinerant=True),
        conditions=Conditions(
            ouverture=Ouverture.TITULAIRES,
            contrat=Contrat(bases_legales=(nomenclature.base_legale("L332-8-2"),)),
        ),
        remuneration=Remuneration(
            statutaire=True,
            indices=Indices(brut_min=444, brut_max=821),
            regime_indemnitaire=RegimeIndemnitaire(
                rifseep=True,
                ifse=PartIndemnitaire(
                    groupe="A2", montant=Fourchette.montant(Decimal(600)), periode=Periode.MENSUELLE
                ),
            ),
            nbi=Nbi(points=15),
        ),
    )
    description = jsonld(offre)["description"]
    assert description == formater(offre, "html_simple", espaces="simples")
    for attendu in (
        "attaché principal",
        "(DGS)",
        "12 agents",
        "itinérant",
        "vacan",
        "titulaires",
        "2° de l’article L332-8 du code général de la fonction publique",
        "444",
        "821",
        "RIFSEEP",
        "A2",
        "600 €",
        "15 points",
    ):
        assert attendu in description, attendu


def test_offre_minimale() -> None:
    """Une offre réduite à l'intitulé et à l'employeur garde une description et un lieu (le pays)."""
    offre = Offre(
        intitule="Agent d'accueil", employeur=Employeur(nom="CCAS", type=TypeEmployeur.CCAS)
    )
    document = jsonld(offre)
    _verifier_forme(document)
    assert document["description"] == formater(offre, "html_simple", espaces="simples")
    assert document["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressCountry": "FR"},
    }
    assert "employmentType" not in document


# --- correspondances ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("departement", "pays"),
    [
        ("51", "FR"),
        ("2A", "FR"),
        ("971", "FR"),
        ("974", "FR"),
        ("976", "FR"),
        ("975", "PM"),
        ("977", "BL"),
        ("978", "MF"),
        ("986", "WF"),
        ("987", "PF"),
        ("988", "NC"),
        ("989", "FR"),
    ],
)
def test_pays_du_departement(departement: str, pays: str) -> None:
    """Métropole, DROM et Clipperton sont « FR » ; chaque COM a son code ISO 3166-1."""
    offre = _offre(
        employeur=Employeur(nom="X", type=TypeEmployeur.COMMUNE, departement=departement)
    )
    assert jsonld(offre)["jobLocation"]["address"]["addressCountry"] == pays


def test_pays_sans_departement() -> None:
    """Sans département : NC pour le versant Nouvelle-Calédonie, FR sinon."""
    caledonien = Employeur(nom="X", type=TypeEmployeur.COMMUNE, versant=Versant.NOUVELLE_CALEDONIE)
    assert jsonld(_offre(employeur=caledonien))["jobLocation"]["address"]["addressCountry"] == (
        "NC"
    )
    etat = Employeur(nom="X", type=TypeEmployeur.SERVICE_ETAT, versant=Versant.ETAT)
    assert jsonld(_offre(employeur=etat))["jobLocation"]["address"]["addressCountry"] == "FR"


_FUSEAUX = {
    None: "Europe/Paris",
    "51": "Europe/Paris",
    "971": "America/Guadeloupe",
    "972": "America/Martinique",
    "973": "America/Cayenne",
    "974": "Indian/Reunion",
    "975": "America/Miquelon",
    "976": "Indian/Mayotte",
    "977": "America/St_Barthelemy",
    "978": "America/Marigot",
    "986": "Pacific/Wallis",
    "987": "Pacific/Tahiti",
    "988": "Pacific/Noumea",
}


@pytest.mark.parametrize(("departement", "fuseau"), list(_FUSEAUX.items()))
def test_fin_de_journee_selon_le_fuseau(departement: str | None, fuseau: str) -> None:
    """Le décalage de validThrough est celui de la base IANA, chaque jour de 2010 à 2040."""
    try:
        zone = zoneinfo.ZoneInfo(fuseau)
    except zoneinfo.ZoneInfoNotFoundError:  # pragma: no cover  (pas de base des fuseaux)
        pytest.skip(f"fuseau {fuseau} absent de la base IANA de cette machine")
    jour = datetime.date(2010, 1, 1)
    while jour < datetime.date(2041, 1, 1):
        attendu = datetime.datetime.combine(jour, datetime.time(23, 59, 59), zone).utcoffset()
        assert attendu is not None
        heures = _jsonld_lieux.decalage(jour, departement, Versant.TERRITORIALE)
        assert datetime.timedelta(hours=heures) == attendu, (departement, jour)
        jour += datetime.timedelta(days=1)


def test_changements_d_heure_a_paris() -> None:
    """À Paris, le jour du passage à l'heure d'été est déjà en +02:00, celui du retour en +01:00."""
    marne = Employeur(nom="X", type=TypeEmployeur.COMMUNE, departement="51")
    for jour, attendu in [
        (datetime.date(2026, 3, 28), "+01:00"),
        (datetime.date(2026, 3, 29), "+02:00"),
        (datetime.date(2026, 10, 24), "+02:00"),
        (datetime.date(2026, 10, 25), "+01:00"),
    ]:
        offre = _offre(employeur=marne, calendrier=Calendrier(date_limite_candidature=jour))
        assert jsonld(offre)["validThrough"] == f"{jour.isoformat()}T23:59:59{attendu}"


@pytest.mark.parametrize(
    ("temps", "organisation", "attendu"),
    [
        (TempsTravail(regimes=(RegimeTemps.COMPLET,)), None, "FULL_TIME"),
        (TempsTravail(regimes=(RegimeTemps.NON_COMPLET,)), None, "PART_TIME"),
        (
            TempsTravail(regimes=(RegimeTemps.COMPLET, RegimeTemps.PARTIEL)),
            None,
            ["FULL_TIME", "PART_TIME"],
        ),
        (TempsTravail(quotite=Decimal(100)), None, "FULL_TIME"),
        (TempsTravail(quotite=Decimal(80)), None, "PART_TIME"),
        (TempsTravail(heures_hebdo=Horaire(heures=17, minutes=30)), None, "PART_TIME"),
        (TempsTravail(heures_hebdo=Horaire(heures=35)), None, "FULL_TIME"),
        (
            None,
            OrganisationTravail(cycles=(CycleTravail(duree=Horaire(heures=39)),)),
            "FULL_TIME",
        ),
        (None, None, None),
    ],
)
def test_type_d_emploi_selon_le_temps(
    temps: TempsTravail | None, organisation: OrganisationTravail | None, attendu: Any
) -> None:
    """Le temps de travail donne FULL_TIME, PART_TIME ou les deux ; rien quand l'offre se tait."""
    offre = _offre(conditions=Conditions(temps=temps, organisation=organisation))
    assert jsonld(offre).get("employmentType") == attendu


@pytest.mark.parametrize(
    ("poste", "contrat", "temporaire"),
    [
        (Poste(), Contrat(nature=NatureContrat.CDD), True),
        (Poste(), Contrat(duree=DureeContrat(mois=6)), True),
        (Poste(), Contrat(nature=NatureContrat.CDI), False),
        (Poste(), Contrat(), False),
        (Poste(permanent=False), None, True),
        (Poste(permanent=True), None, False),
        (Poste(motif=MotifRecrutement.REMPLACEMENT), None, True),
        (Poste(motif=MotifRecrutement.ACCROISSEMENT_SAISONNIER), None, True),
        (Poste(motif=MotifRecrutement.VACANCE), None, False),
    ],
)
def test_emploi_temporaire(poste: Poste, contrat: Contrat | None, temporaire: bool) -> None:
    """TEMPORARY pour un CDD, un besoin non permanent ou un remplacement ; jamais CONTRACTOR."""
    offre = _offre(poste=poste, conditions=Conditions(contrat=contrat))
    types = jsonld(offre).get("employmentType", [])
    assert ("TEMPORARY" in types) == temporaire
    assert "CONTRACTOR" not in types


def test_salaire_de_base() -> None:
    """baseSalary : le premier montant brut, en euros, avec sa période ; un montant unique en value."""
    net = Salaire(montant=Fourchette.montant(Decimal(1900)), brut=False)
    fourchette = Salaire(
        montant=Fourchette(minimum=Decimal("2461.39"), maximum=Decimal(3000)),
        periode=Periode.MENSUELLE,
        public=Public.CONTRACTUELS,
    )
    offre = _offre(remuneration=Remuneration(salaires=(net, fourchette)))
    assert jsonld(offre)["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {
            "@type": "QuantitativeValue",
            "unitText": "MONTH",
            "minValue": 2461.39,
            "maxValue": 3000,
        },
    }
    annuel = Salaire(montant=Fourchette.montant(Decimal(42000)), periode=Periode.ANNUELLE)
    valeur = jsonld(_offre(remuneration=Remuneration(salaires=(annuel,))))["baseSalary"]["value"]
    assert valeur == {"@type": "QuantitativeValue", "unitText": "YEAR", "value": 42000}
    horaire = Salaire(montant=Fourchette(maximum=Decimal("12.5")), periode=Periode.HORAIRE)
    valeur = jsonld(_offre(remuneration=Remuneration(salaires=(horaire,))))["baseSalary"]["value"]
    assert valeur == {"@type": "QuantitativeValue", "unitText": "HOUR", "maxValue": 12.5}
    seulement_net = _offre(remuneration=Remuneration(salaires=(net,)))
    assert "baseSalary" not in jsonld(seulement_net)
    assert "1 900 € net par mois" in jsonld(seulement_net)["description"]


def test_teletravail_complet_et_partiel() -> None:
    """TELECOMMUTE et applicantLocationRequirements seulement pour 5 jours sur 5 ; le partiel va dans la description."""
    complet = _offre(
        conditions=Conditions(teletravail=Teletravail(eligible=True, jours_max=Decimal(5)))
    )
    document = jsonld(complet)
    assert document["jobLocationType"] == "TELECOMMUTE"
    assert document["applicantLocationRequirements"] == {"@type": "Country", "name": "FR"}
    assert "jobLocation" in document
    partiel = _offre(
        conditions=Conditions(teletravail=Teletravail(eligible=True, jours_max=Decimal(2)))
    )
    document = jsonld(partiel)
    assert "jobLocationType" not in document
    assert "Télétravail possible, jusqu’à 2 jours par semaine" in document["description"]


def test_candidature_directe() -> None:
    """directApply vaut vrai avec un lien de candidature en ligne, faux avec un courriel seul."""
    en_ligne = _offre(candidature=Candidature(url="https://recrutement.marne.fr/offre/12"))
    document = jsonld(en_ligne)
    assert document["directApply"] is True
    assert document["applicationContact"]["url"] == "https://recrutement.marne.fr/offre/12"
    par_courriel = _offre(candidature=Candidature(courriels=("drh@marne.fr",)))
    assert jsonld(par_courriel)["directApply"] is False


@pytest.mark.parametrize(
    ("niveau", "categorie"),
    [
        (NiveauDiplome.NIVEAU_3, "professional certificate"),
        (NiveauDiplome.NIVEAU_4, "high school"),
        (NiveauDiplome.NIVEAU_5, "associate degree"),
        (NiveauDiplome.NIVEAU_6, "bachelor degree"),
        (NiveauDiplome.NIVEAU_7, "postgraduate degree"),
        (NiveauDiplome.NIVEAU_8, "postgraduate degree"),
        (NiveauDiplome.NIVEAU_1, None),
    ],
)
def test_niveau_de_diplome(niveau: NiveauDiplome, categorie: str | None) -> None:
    """Le niveau du cadre national des certifications donne la catégorie de Google et son libellé."""
    exigence = jsonld(_offre(profil=Profil(niveau_diplome=niveau)))["educationRequirements"]
    assert exigence.get("credentialCategory") == categorie
    libelle = next(d.libelle for d in nomenclature.niveaux_diplome() if d.niveau is niveau)
    assert exigence["educationalLevel"] == libelle


def test_diplome_souhaite_hors_des_exigences() -> None:
    """Un diplôme seulement souhaité ne devient pas une exigence : il reste en texte."""
    profil = Profil(
        niveau_diplome=NiveauDiplome.NIVEAU_6,
        diplomes=("Licence",),
        exigence_diplome=Exigence.SOUHAITEE,
    )
    document = jsonld(_offre(profil=profil))
    assert "educationRequirements" not in document
    assert document["qualifications"] == "Licence (souhaité)"


def test_experience() -> None:
    """Des années exigées donnent monthsOfExperience ; une expérience souhaitée reste du texte."""
    exigee = Profil(experience=Experience(exigence=Exigence.EXIGEE, annees_min=3))
    assert jsonld(_offre(profil=exigee))["experienceRequirements"] == {
        "@type": "OccupationalExperienceRequirements",
        "monthsOfExperience": 36,
        "description": "Expérience exigée : 3 ans minimum",
    }
    souhaitee = Profil(experience=Experience(exigence=Exigence.SOUHAITEE, annees_min=2))
    assert jsonld(_offre(profil=souhaitee))["experienceRequirements"] == (
        "Expérience souhaitée : 2 ans minimum"
    )
    debutant = Profil(experience=Experience(debutant_accepte=True))
    assert jsonld(_offre(profil=debutant))["experienceRequirements"] == "Débutant accepté"


def test_organisation_employeur() -> None:
    """hiringOrganization : SIRET et SIREN en PropertyValue, site web seulement s'il est une URL."""
    employeur = Employeur(
        nom="Commune de Poum",
        type=TypeEmployeur.COMMUNE,
        siren="356000000",
        siret="35600000000048",
        site_web="https://www.poum.nc",
        adresse=Adresse(lignes=("BP 1",), code_postal="98826", commune="Poum"),
        departement="988",
    )
    organisation = jsonld(_offre(employeur=employeur))["hiringOrganization"]
    assert organisation["url"] == organisation["sameAs"] == "https://www.poum.nc"
    assert organisation["identifier"] == [
        {"@type": "PropertyValue", "propertyID": "SIRET", "value": "35600000000048"},
        {"@type": "PropertyValue", "propertyID": "SIREN", "value": "356000000"},
    ]
    assert organisation["address"]["addressCountry"] == "NC"
    sans_schema = attrs.evolve(employeur, site_web="www.poum.nc")
    assert "url" not in jsonld(_offre(employeur=sans_schema))["hiringOrganization"]


def test_lieu_avec_adresse() -> None:
    """Un lieu avec adresse donne rue, code postal, commune, département et pays."""
    lieu = LieuTravail(
        libelle="Hôtel du département",
        adresse=Adresse(
            lignes=("2bis rue de Jessaint", "CS 30454"),
            code_postal="51000",
            commune="Châlons-en-Champagne",
        ),
    )
    document = jsonld(_offre(poste=Poste(lieux=(lieu,), nombre=3)))
    assert document["jobLocation"] == {
        "@type": "Place",
        "name": "Hôtel du département",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "2bis rue de Jessaint, CS 30454",
            "postalCode": "51000",
            "addressLocality": "Châlons-en-Champagne",
            "addressRegion": "Marne",
            "addressCountry": "FR",
        },
    }
    assert document["totalJobOpenings"] == 3
