"""Une offre en JSON-LD schema.org ``JobPosting``, la forme que lisent les moteurs de recherche.

Chaque propriété que Google exige (``title``, ``description``, ``datePosted``,
``hiringOrganization``, ``jobLocation``) ou recommande (``validThrough``,
``employmentType``, ``baseSalary``, ``identifier``, ``directApply``…) est tirée du
modèle, champ par champ, sans rien supposer au-delà de l'offre : une valeur que
l'offre ne donne pas est absente, jamais ``null``. Ce que schema.org ne sait pas
dire (grades, cadres d'emplois, ouverture aux titulaires, bases légales, télétravail
partiel…) n'est pas forcé dans une propriété voisine : il figure dans la
description, en clair. La documentation donne la table complète.

Sources : https://schema.org/JobPosting ; Google Search Central, « Job posting
structured data » (propriétés exigées et recommandées, valeurs d'``employmentType``
et de ``credentialCategory``) ; ISO 3166-1 (codes pays des collectivités d'outre-mer).

>>> from fpt_offres import exemples
>>> document = jsonld(exemples()[0])
>>> document["@type"], document["title"][:20], document["validThrough"]
('JobPosting', 'Secrétaire général a', '2026-04-30T23:59:59+02:00')
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from fpt_offres import formatage as fm
from fpt_offres import nomenclature
from fpt_offres._demesure import nombre_natif
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.exports.ligne import _NOMS_AVANTAGES
from fpt_offres.modele import (
    Adresse,
    Avantage,
    Calendrier,
    Exigence,
    Fourchette,
    Horaire,
    LieuTravail,
    Metier,
    MotifRecrutement,
    NatureContrat,
    NiveauDiplome,
    Offre,
    Periode,
    PriseDePoste,
    RegimeTemps,
    Versant,
)
from fpt_offres.modele.temps import HEURES_TEMPS_COMPLET
from fpt_offres.rendu import formater

__all__ = ["CONTEXTE", "jsonld"]

CONTEXTE = "https://schema.org"
"""Le contexte JSON-LD (``@context``) du document."""

Noeud = dict[str, Any]

# --- lieux, pays et fuseaux ---------------------------------------------------------------

# Collectivités d'outre-mer qui ont leur propre code ISO 3166-1 ; les départements et
# régions d'outre-mer (971 à 976) et Clipperton (989) sont la France (« FR »).
_PAYS_COM = {"975": "PM", "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC"}

# Décalage horaire fixe (en heures) de chaque territoire ultramarin sans heure d'été.
_DECALAGES_FIXES = {
    "971": -4,  # America/Guadeloupe
    "972": -4,  # America/Martinique
    "973": -3,  # America/Cayenne
    "974": 4,  # Indian/Reunion
    "976": 3,  # Indian/Mayotte
    "977": -4,  # America/St_Barthelemy
    "978": -4,  # America/Marigot
    "986": 12,  # Pacific/Wallis
    "987": -10,  # Pacific/Tahiti (chef-lieu ; les Marquises et les Gambier diffèrent)
    "988": 11,  # Pacific/Noumea
}


def _pays(departement: str | None, versant: Versant) -> str:
    if departement is not None:
        return _PAYS_COM.get(departement, "FR")
    return "NC" if versant is Versant.NOUVELLE_CALEDONIE else "FR"


def _dimanche(annee: int, mois: int, rang: int) -> datetime.date:
    """Le ``rang``-ième dimanche du mois (``-1`` : le dernier)."""
    if rang > 0:
        premier = datetime.date(annee, mois, 1)
        return premier + datetime.timedelta(days=(6 - premier.weekday()) % 7 + 7 * (rang - 1))
    suivant = datetime.date(annee + mois // 12, mois % 12 + 1, 1)
    dernier = suivant - datetime.timedelta(days=1)
    return dernier - datetime.timedelta(days=(dernier.weekday() + 1) % 7)


def _decalage(jour: datetime.date, departement: str | None, versant: Versant) -> int:
    """Le décalage UTC, en heures, à 23 h 59 (heure locale) le jour ``jour``.

    Europe/Paris : heure d'été du dernier dimanche de mars au dernier dimanche
    d'octobre (directive 2000/84/CE). America/Miquelon (975) : du deuxième dimanche
    de mars au premier dimanche de novembre, comme le Canada atlantique.
    """
    if departement is None and versant is Versant.NOUVELLE_CALEDONIE:
        departement = "988"
    if departement in _DECALAGES_FIXES:
        return _DECALAGES_FIXES[departement]
    annee = jour.year
    if departement == "975":
        ete = _dimanche(annee, 3, 2) <= jour < _dimanche(annee, 11, 1)
        return -2 if ete else -3
    ete = _dimanche(annee, 3, -1) <= jour < _dimanche(annee, 10, -1)
    return 2 if ete else 1


def _fin_de_journee(jour: datetime.date, departement: str | None, versant: Versant) -> str:
    fuseau = datetime.timezone(datetime.timedelta(hours=_decalage(jour, departement, versant)))
    return datetime.datetime.combine(jour, datetime.time(23, 59, 59), fuseau).isoformat()


def _adresse_postale(
    adresse: Adresse | None, commune: str | None, region: str | None, pays: str
) -> Noeud:
    lignes = adresse.lignes if adresse is not None else ()
    localite = commune or (adresse.commune if adresse is not None else None)
    if localite is not None and adresse is not None and adresse.cedex:
        localite = f"{localite} CEDEX"
    return {
        "@type": "PostalAddress",
        "streetAddress": ", ".join(lignes) or None,
        "postalCode": adresse.code_postal if adresse is not None else None,
        "addressLocality": localite,
        "addressRegion": region,
        "addressCountry": pays,
    }


def _lieux(offre: Offre, pays: str) -> list[Noeud]:
    employeur = offre.employeur
    region = None
    if employeur.departement is not None and pays == "FR":
        region = nomenclature.departements()[employeur.departement].nom
    lieux: Iterable[LieuTravail | None] = offre.poste.lieux or (None,)
    return [
        {
            "@type": "Place",
            "name": lieu.libelle if lieu is not None else None,
            "address": _adresse_postale(
                lieu.adresse if lieu is not None else None,
                lieu.commune if lieu is not None else None,
                region,
                pays,
            ),
        }
        for lieu in lieux
    ]


# --- textes -----------------------------------------------------------------------------

_UNITES = {Periode.MENSUELLE: "MONTH", Periode.ANNUELLE: "YEAR", Periode.HORAIRE: "HOUR"}


def _montant(fourchette: Fourchette) -> str:
    return fm.formater_fourchette(fourchette, espaces="simples")


def _horaire(horaire: Horaire) -> str:
    return fm.formater_heures(horaire, espaces="simples")


def _avantage(avantage: Avantage) -> str:
    texte = avantage.libelle or _NOMS_AVANTAGES[avantage.type]
    if avantage.taux is not None:
        texte += f" ({fm.formater_nombre(avantage.taux, espaces='simples')} %)"
    if avantage.montant is not None:
        texte += f" : {_montant(avantage.montant)}"
    if avantage.precision is not None:
        texte += f", {avantage.precision}"
    return texte


def _heures_de_travail(offre: Offre) -> str | None:
    """« 35 h hebdomadaires », « 17 h 30 hebdomadaires », « temps complet », « 50 % »."""
    temps, organisation = offre.conditions.temps, offre.conditions.organisation
    morceaux: list[str] = []
    if temps is not None and temps.heures_hebdo is not None:
        morceaux.append(f"{_horaire(temps.heures_hebdo)} hebdomadaires")
    elif organisation is not None and organisation.cycles:
        durees = [_horaire(c.duree) for c in organisation.cycles]
        choix = " ou ".join([", ".join(durees[:-1]), durees[-1]] if len(durees) > 1 else durees)
        morceaux.append(f"{choix} hebdomadaires")
    if temps is not None:
        noms = {
            RegimeTemps.COMPLET: "temps complet",
            RegimeTemps.NON_COMPLET: "temps non complet",
            RegimeTemps.PARTIEL: "temps partiel possible",
        }
        morceaux += [noms[r] for r in temps.regimes]
        if temps.heures_annuelles is not None:
            morceaux.append(f"{temps.heures_annuelles} h par an")
        if temps.quotite is not None:
            morceaux.append(
                f"{fm.formater_nombre(temps.quotite, espaces='simples')} % d'un temps complet"
            )
    return ", ".join(morceaux) or None


_EXIGENCES = {Exigence.EXIGEE: "exigé", Exigence.SOUHAITEE: "souhaité"}


# --- description HTML -------------------------------------------------------------------


def _description(offre: Offre) -> str:
    """L'annonce entière dans le HTML que Google lit, telle que :func:`fpt_offres.formater` l'écrit.

    Google accepte dans ``description`` des paragraphes, des listes, des sauts de
    ligne et du gras (format ``html_simple`` : ni ``<h1>`` ni ``<section>``,
    l'intitulé est dans ``title``) ; tout ce que schema.org ne sait pas dire
    (statut, ouverture, contrat, télétravail partiel, RGPD…) s'y trouve, écrit
    une seule fois, par le module de rendu.
    """
    return formater(offre, "html_simple", espaces="simples")


def _types_emploi(offre: Offre) -> list[str]:
    """FULL_TIME, PART_TIME et TEMPORARY ; CONTRACTOR n'est jamais donné (voir la documentation)."""
    temps, poste, contrat = offre.conditions.temps, offre.poste, offre.conditions.contrat
    organisation = offre.conditions.organisation
    regimes = temps.regimes if temps is not None else ()
    complet = RegimeTemps.COMPLET in regimes
    partiel = RegimeTemps.NON_COMPLET in regimes or RegimeTemps.PARTIEL in regimes
    # Sans régime annoncé : la quotité, sinon la durée hebdomadaire (celle du poste, ou
    # celles des cycles au choix), comparée aux 35 h du temps complet.
    durees = [temps.heures_hebdo] if temps is not None and temps.heures_hebdo else []
    if not durees and organisation is not None:
        durees = [cycle.duree for cycle in organisation.cycles]
    if not regimes and temps is not None and temps.quotite is not None:
        complet, partiel = temps.quotite == 100, temps.quotite < 100
    elif not regimes and durees:
        complet = any(d.en_minutes() >= HEURES_TEMPS_COMPLET * 60 for d in durees)
        partiel = any(d.en_minutes() < HEURES_TEMPS_COMPLET * 60 for d in durees)
    types = ["FULL_TIME"] * complet + ["PART_TIME"] * partiel
    temporaires = (
        MotifRecrutement.REMPLACEMENT,
        MotifRecrutement.ACCROISSEMENT_TEMPORAIRE,
        MotifRecrutement.ACCROISSEMENT_SAISONNIER,
        MotifRecrutement.PROJET,
        MotifRecrutement.BESOIN_TEMPORAIRE,
    )
    duree_determinee = contrat is not None and (
        contrat.nature is NatureContrat.CDD
        or (contrat.nature is None and contrat.duree is not None)
    )
    if poste.permanent is False or poste.motif in temporaires or duree_determinee:
        types.append("TEMPORARY")
    return types


def _nombre_json(valeur: Decimal) -> int | float | None:
    # JSON n'a pas d'infini : un montant démesuré au-delà des flottants est omis.
    nombre = nombre_natif(valeur)
    return nombre if math.isfinite(nombre) else None


def _salaire_de_base(offre: Offre) -> Noeud | None:
    """Le premier montant brut annoncé, en MonetaryAmount ; les autres restent dans la description."""
    salaire = next((s for s in offre.remuneration.salaires if s.brut), None)
    if salaire is None:
        return None
    mini, maxi = salaire.montant.minimum, salaire.montant.maximum
    valeur: Noeud = {"@type": "QuantitativeValue", "unitText": _UNITES[salaire.periode]}
    if mini is not None and mini == maxi:
        valeur["value"] = _nombre_json(mini)
    else:
        valeur["minValue"] = None if mini is None else _nombre_json(mini)
        valeur["maxValue"] = None if maxi is None else _nombre_json(maxi)
    return {"@type": "MonetaryAmount", "currency": "EUR", "value": valeur}


def _organisation(offre: Offre) -> Noeud:
    employeur = offre.employeur
    site = employeur.site_web if _est_url(employeur.site_web) else None
    identifiants = [
        {"@type": "PropertyValue", "propertyID": nom, "value": valeur}
        for nom, valeur in (("SIRET", employeur.siret), ("SIREN", employeur.siren))
        if valeur is not None
    ]
    adresse = None
    if employeur.adresse is not None:
        pays = _pays(employeur.departement, employeur.versant)
        adresse = _adresse_postale(employeur.adresse, None, None, pays)
    return {
        "@type": "Organization",
        "name": employeur.nom,
        "url": site,
        "sameAs": site,
        "identifier": identifiants,
        "address": adresse,
    }


def _metier(metier: Metier | None) -> str | None:
    """Le métier de référence, avec son code de répertoire quand l'offre le donne."""
    if metier is None:
        return None
    morceaux = [m for m in (metier.libelle, metier.code) if m is not None]
    if len(morceaux) == 2:
        return f"{morceaux[0]} ({morceaux[1]})"
    return morceaux[0] if morceaux else None


def _est_url(texte: str | None) -> bool:
    return texte is not None and texte.startswith(("https://", "http://"))


# Niveaux du cadre national des certifications → catégories de Google (bêta « education
# and experience ») ; les niveaux 1 et 2 n'attestent aucun diplôme.
_CATEGORIES_DIPLOME = {
    NiveauDiplome.NIVEAU_3: "professional certificate",
    NiveauDiplome.NIVEAU_4: "high school",
    NiveauDiplome.NIVEAU_5: "associate degree",
    NiveauDiplome.NIVEAU_6: "bachelor degree",
    NiveauDiplome.NIVEAU_7: "postgraduate degree",
    NiveauDiplome.NIVEAU_8: "postgraduate degree",
}


def _diplome(offre: Offre) -> Noeud | None:
    profil = offre.profil
    if profil.niveau_diplome is None or profil.exigence_diplome is Exigence.SOUHAITEE:
        return None
    niveau = next(d for d in nomenclature.niveaux_diplome() if d.niveau is profil.niveau_diplome)
    return {
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": _CATEGORIES_DIPLOME.get(profil.niveau_diplome),
        "educationalLevel": niveau.libelle,
    }


def _diplomes_texte(offre: Offre, *, niveau: bool) -> str | None:
    """Les diplômes cités (précédés du niveau si ``niveau``), « (souhaité) » quand ils le sont."""
    profil = offre.profil
    morceaux = []
    if niveau and profil.niveau_diplome is not None:
        description = next(
            d for d in nomenclature.niveaux_diplome() if d.niveau is profil.niveau_diplome
        )
        morceaux.append(description.libelle)
    morceaux += profil.diplomes
    texte = " ; ".join(morceaux)
    if not texte:
        return None
    return f"{texte} (souhaité)" if profil.exigence_diplome is Exigence.SOUHAITEE else texte


def _experience_texte(offre: Offre) -> str | None:
    experience = offre.profil.experience
    if experience is None:
        return None
    morceaux = []
    if experience.annees_min is not None:
        morceaux.append(
            f"{experience.annees_min} an{'s' if experience.annees_min > 1 else ''} minimum"
        )
    if experience.domaine is not None:
        morceaux.append(experience.domaine)
    if experience.debutant_accepte:
        morceaux.append("débutant accepté")
    texte = ", ".join(morceaux)
    if experience.exigence is not None:
        texte = f"expérience {_EXIGENCES[experience.exigence]}e" + (f" : {texte}" if texte else "")
    return texte[:1].upper() + texte[1:] if texte else None


def _experience(offre: Offre) -> Noeud | str | None:
    experience = offre.profil.experience
    if experience is None:
        return None
    if experience.annees_min is not None and experience.exigence is not Exigence.SOUHAITEE:
        return {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": 12 * experience.annees_min,
            "description": _experience_texte(offre),
        }
    return _experience_texte(offre)


def _responsabilites(offre: Offre) -> str | None:
    missions = offre.missions
    lignes = [missions.finalite] if missions.finalite else []
    for theme in missions.themes:
        if theme.intitule:
            lignes.append(f"{theme.intitule} :")
        lignes += [f"- {a.texte}" for a in theme.activites]
    return "\n".join(lignes) or None


def _contacts(offre: Offre) -> list[Noeud]:
    candidature = offre.candidature
    points: list[Noeud] = [
        {"@type": "ContactPoint", "contactType": "candidature", "email": courriel}
        for courriel in candidature.courriels
    ]
    if _est_url(candidature.url):
        points.append(
            {"@type": "ContactPoint", "contactType": "candidature", "url": candidature.url}
        )
    points += [
        {
            "@type": "ContactPoint",
            "contactType": "renseignements",
            "name": contact.nom,
            "description": contact.fonction,
            "telephone": contact.telephone,
            "email": contact.courriel,
        }
        for contact in candidature.contacts
    ]
    return points


def _elaguer(valeur: Any) -> Any:
    """Retire récursivement les ``None`` et les listes ou objets vides ; une liste d'un élément devient cet élément."""
    if isinstance(valeur, dict):
        elague = {cle: _elaguer(v) for cle, v in valeur.items()}
        return {cle: v for cle, v in elague.items() if v is not None and v not in ([], {})}
    if isinstance(valeur, list):
        elements = [e for e in (_elaguer(x) for x in valeur) if e is not None and e != {}]
        return elements[0] if len(elements) == 1 else elements
    return valeur


def _publie_le(calendrier: Calendrier, date: object) -> Calendrier:
    """Le calendrier daté de ``date`` ; ses invariants (date limite après la publication) revérifiés."""
    if not isinstance(date, datetime.date):
        message = f"une date (datetime.date) est attendue, pas {type(date).__name__}"
        raise ValeurInvalide(message, champ="date_publication", regle="type")
    # Le calendrier tient des jours : un instant (datetime) y entre par sa date.
    jour = date.date() if isinstance(date, datetime.datetime) else date
    return attrs.evolve(calendrier, date_publication=jour)


def jsonld(offre: Offre, *, date_publication: datetime.date | None = None) -> dict[str, Any]:
    """L'offre en JSON-LD schema.org ``JobPosting``, à placer dans une page par :func:`balise_jsonld`.

    Le résultat ne contient que des types JSON (textes, nombres, booléens, listes,
    objets), jamais ``None`` : une propriété que l'offre ne renseigne pas est
    absente, jamais inventée ; :func:`proprietes_manquantes` dit lesquelles,
    parmi celles que Google exige, manquent. Sans date de publication dans
    l'offre, ``datePosted`` vient de ``date_publication``, la date à laquelle
    le site publie l'offre.

    Args:
        offre: l'offre à décrire.
        date_publication: la date de mise en ligne, prise seulement quand l'offre
            ne donne pas la sienne (celle de l'offre est un fait de l'employeur).

    Raises:
        ValeurInvalide: ``date_publication`` n'est pas une date, ou suit la date
            limite de candidature de l'offre.

    Returns:
        Le document JSON-LD, sérialisable par ``json.dumps``.

    >>> from fpt_offres import exemples
    >>> document = jsonld(exemples()[2])
    >>> document["jobLocation"]["address"]
    {'@type': 'PostalAddress', 'addressLocality': 'Poum', 'addressCountry': 'NC'}
    >>> document["datePosted"], document["validThrough"], document["employmentType"]
    ('2025-03-28', '2025-04-18T23:59:59+11:00', 'TEMPORARY')
    >>> jsonld(exemples()[0], date_publication=datetime.date(2026, 4, 1))["datePosted"]
    '2026-04-01'

    .. versionadded:: 0.1.0
    """
    employeur, calendrier, poste = offre.employeur, offre.calendrier, offre.poste
    if date_publication is not None and calendrier.date_publication is None:
        calendrier = _publie_le(calendrier, date_publication)
    pays = _pays(employeur.departement, employeur.versant)
    teletravail = offre.conditions.teletravail
    a_distance = teletravail is not None and teletravail.eligible and teletravail.jours_max == 5
    limite = calendrier.date_limite_candidature
    prise = calendrier.prise_de_poste
    unite = ", ".join(filter(None, (employeur.direction, employeur.service)))
    avantages = [_avantage(a) for a in offre.remuneration.avantages]
    profil = offre.profil
    document: Noeud = {
        "@context": CONTEXTE,
        "@type": "JobPosting",
        "title": offre.intitule,
        "description": _description(offre),
        "identifier": {"@type": "PropertyValue", "name": employeur.nom, "value": offre.reference}
        if offre.reference is not None
        else None,
        "url": offre.url if _est_url(offre.url) else None,
        "datePosted": calendrier.date_publication.isoformat()
        if calendrier.date_publication
        else None,
        "validThrough": _fin_de_journee(limite, employeur.departement, employeur.versant)
        if limite is not None
        else None,
        "hiringOrganization": _organisation(offre),
        "employmentUnit": {"@type": "Organization", "name": unite} if unite else None,
        "employerOverview": employeur.presentation,
        "industry": "Administration publique",
        "jobLocation": _lieux(offre, pays),
        "jobLocationType": "TELECOMMUTE" if a_distance else None,
        "applicantLocationRequirements": {"@type": "Country", "name": pays} if a_distance else None,
        "employmentType": _types_emploi(offre),
        "workHours": _heures_de_travail(offre),
        "baseSalary": _salaire_de_base(offre),
        "jobBenefits": "; ".join([*avantages, *offre.conditions.services_sur_site]) or None,
        "totalJobOpenings": poste.nombre,
        "occupationalCategory": _metier(poste.metier),
        "jobStartDate": prise.isoformat()
        if isinstance(prise, datetime.date)
        else ("dès que possible" if prise is PriseDePoste.DES_QUE_POSSIBLE else None),
        "jobImmediateStart": True if prise is PriseDePoste.DES_QUE_POSSIBLE else None,
        "educationRequirements": _diplome(offre),
        "qualifications": _diplomes_texte(offre, niveau=False),
        "experienceRequirements": _experience(offre),
        "responsibilities": _responsabilites(offre),
        "skills": [*profil.connaissances, *profil.savoir_faire, *profil.qualites],
        "directApply": offre.candidature.url is not None,
        "applicationContact": _contacts(offre),
    }
    resultat: dict[str, Any] = _elaguer(document)
    return resultat
