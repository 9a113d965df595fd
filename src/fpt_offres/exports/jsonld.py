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
from decimal import Decimal
from typing import Any

import attrs

from fpt_offres import formatage as fm
from fpt_offres._demesure import nombre_natif
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.exports._jsonld_lieux import (
    Noeud,
    adresse_postale,
    code_pays,
    fin_de_journee,
    lieux,
)
from fpt_offres.exports._jsonld_profil import (
    diplome_requis,
    diplomes_texte,
    experience_requise,
    metier_de_reference,
    responsabilites,
)
from fpt_offres.exports.ligne import _NOMS_AVANTAGES
from fpt_offres.modele import (
    Avantage,
    Calendrier,
    Fourchette,
    Horaire,
    MotifRecrutement,
    NatureContrat,
    Offre,
    Periode,
    PriseDePoste,
    RegimeTemps,
)
from fpt_offres.modele.temps import HEURES_TEMPS_COMPLET
from fpt_offres.rendu import formater

__all__ = ["CONTEXTE", "jsonld"]

CONTEXTE = "https://schema.org"
"""Le contexte JSON-LD (``@context``) du document."""
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
        pays = code_pays(employeur.departement, employeur.versant)
        adresse = adresse_postale(employeur.adresse, None, None, pays)
    return {
        "@type": "Organization",
        "name": employeur.nom,
        "alternateName": employeur.sigle,
        "url": site,
        "sameAs": site,
        "identifier": identifiants,
        "address": adresse,
    }


def _est_url(texte: str | None) -> bool:
    return texte is not None and texte.startswith(("https://", "http://"))


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
    pays = code_pays(employeur.departement, employeur.versant)
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
        "validThrough": fin_de_journee(limite, employeur.departement, employeur.versant)
        if limite is not None
        else None,
        "hiringOrganization": _organisation(offre),
        "employmentUnit": {"@type": "Organization", "name": unite} if unite else None,
        "employerOverview": employeur.presentation,
        "industry": "Administration publique",
        "jobLocation": lieux(offre, pays),
        "jobLocationType": "TELECOMMUTE" if a_distance else None,
        "applicantLocationRequirements": {"@type": "Country", "name": pays} if a_distance else None,
        "employmentType": _types_emploi(offre),
        "workHours": _heures_de_travail(offre),
        "baseSalary": _salaire_de_base(offre),
        "jobBenefits": "; ".join([*avantages, *offre.conditions.services_sur_site]) or None,
        "totalJobOpenings": poste.nombre,
        "occupationalCategory": metier_de_reference(poste.metier),
        "jobStartDate": prise.isoformat()
        if isinstance(prise, datetime.date)
        else ("dès que possible" if prise is PriseDePoste.DES_QUE_POSSIBLE else None),
        "jobImmediateStart": True if prise is PriseDePoste.DES_QUE_POSSIBLE else None,
        "educationRequirements": diplome_requis(offre),
        "qualifications": diplomes_texte(offre, niveau=False),
        "experienceRequirements": experience_requise(offre),
        "responsibilities": responsabilites(offre),
        "skills": [*profil.connaissances, *profil.savoir_faire, *profil.qualites],
        "directApply": offre.candidature.url is not None,
        "applicationContact": _contacts(offre),
    }
    resultat: dict[str, Any] = _elaguer(document)
    return resultat
