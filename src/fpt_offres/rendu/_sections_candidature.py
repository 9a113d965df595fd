"""Les dernières sections : les engagements de l'employeur, la candidature et les données personnelles."""

from __future__ import annotations

import datetime

from fpt_offres import formatage as fm
from fpt_offres.modele import Contact, Offre, PriseDePoste
from fpt_offres.rendu import _complements as complements
from fpt_offres.rendu._document import (
    Bloc,
    Element,
    Lien,
    Ligne,
    Liste,
    Morceau,
    Section,
    adresse,
    cle,
    contient,
    date_complete,
    lien_web,
    liens_courriel,
    liste,
    majuscule,
    paragraphes,
)
from fpt_offres.rendu._libelles import DROITS, ETAPES, EXIGENCES, PIECES

__all__ = ["section_candidater", "section_engagements", "section_rgpd"]


def section_engagements(offre: Offre) -> Section:
    mentions = offre.mentions
    presentation = offre.employeur.presentation or ""
    blocs: list[Bloc] = []
    for texte in (mentions.non_discrimination, mentions.accessibilite):
        # Un engagement que la présentation de l'employeur dit déjà n'est pas répété.
        if texte is not None and not contient(presentation, texte):
            blocs.extend(paragraphes(texte))
    return Section("Engagements de l’employeur", tuple(blocs))


def _contact(contact: Contact) -> Ligne:
    morceaux: list[Morceau] = []
    for partie in (contact.nom, contact.fonction):
        if partie is not None:
            morceaux.extend((", " if morceaux else "", partie))
    if contact.telephone is not None:
        morceaux.extend((", " if morceaux else "", f"tél.{fm.ESPACE_INSECABLE}", contact.telephone))
    if contact.courriel is not None:
        morceaux.extend(
            (", " if morceaux else "", Lien(contact.courriel, f"mailto:{contact.courriel}"))
        )
    return tuple(m for m in morceaux if m) or ("Contact",)


def section_candidater(offre: Offre, aujourd_hui: datetime.date | None) -> Section:
    calendrier, candidature = offre.calendrier, offre.candidature
    elements: list[Element] = []
    limite = calendrier.date_limite_candidature
    if limite is not None:
        texte = date_complete(limite) + complements.heure_limite(calendrier)
        if aujourd_hui is not None:
            texte += f" ({fm.formater_cloture(limite, aujourd_hui=aujourd_hui)})"
        elements.append(Element(cle("Date limite de candidature", texte)))
    elif calendrier.heure_limite is not None:
        heure = complements.heure(calendrier.heure_limite)
        elements.append(Element(cle("Heure limite de candidature", heure)))
    prise = calendrier.prise_de_poste
    if prise is not None:
        texte = "dès que possible" if isinstance(prise, PriseDePoste) else date_complete(prise)
        elements.append(Element(cle("Prise de poste", texte)))
    elements.extend(complements.calendrier(calendrier))
    if candidature.courriels:
        elements.append(
            Element(cle("Candidature par courriel", *liens_courriel(candidature.courriels)))
        )
    if candidature.url is not None:
        elements.append(Element(cle("Candidature en ligne", lien_web(candidature.url))))
    if candidature.adresse is not None and adresse(candidature.adresse):
        elements.append(Element(cle("Candidature par courrier", adresse(candidature.adresse))))
    elements.extend(complements.candidature(candidature, offre.reference_employeur))
    if candidature.destinataire is not None:
        elements.append(Element(cle("À l’attention de", candidature.destinataire)))
    if candidature.pieces:
        # Les mots de l'offre quand elle en a, sans glose ; le nom du type sinon.
        pieces = tuple(
            (
                majuscule(PIECES[p.type] if p.libelle is None else p.libelle),
                *(() if p.exigence is None else (f", {EXIGENCES[p.exigence]}e",)),
            )
            for p in candidature.pieces
        )
        elements.append(Element(cle("Pièces à joindre"), pieces))
    if candidature.etapes:
        etapes = tuple(
            (majuscule(ETAPES[e.type] if e.libelle is None else e.libelle),)
            for e in candidature.etapes
        )
        elements.append(Element(cle("Étapes du recrutement"), etapes))
    if candidature.reponse_promise is not None:
        reponse = (
            "Réponse à chaque candidature"
            if candidature.reponse_promise
            else "Pas de réponse systématique"
        )
        elements.append(Element((reponse,)))
    if candidature.contacts:
        elements.append(
            Element(cle("Renseignements"), tuple(_contact(c) for c in candidature.contacts))
        )
    return Section("Candidater", (Liste(tuple(elements)),) if elements else ())


def section_rgpd(offre: Offre) -> Section:
    rgpd = offre.mentions.rgpd
    if rgpd is None:
        return Section("Données personnelles", ())
    elements: list[Element] = []
    if rgpd.finalite is not None:
        elements.append(Element(cle("Finalité", rgpd.finalite)))
    if rgpd.responsable is not None:
        elements.append(Element(cle("Responsable du traitement", rgpd.responsable)))
    if rgpd.duree_conservation_mois is not None:
        duree = fm.formater_duree(rgpd.duree_conservation_mois)
        elements.append(Element(cle("Durée de conservation", duree)))
    if rgpd.droits:
        droits = liste(DROITS[d] for d in rgpd.droits)
        elements.append(Element(cle("Droits", droits)))
    if rgpd.contacts:
        elements.append(Element(cle("Pour exercer ces droits", *liens_courriel(rgpd.contacts))))
    if rgpd.texte_de_reference is not None:
        elements.append(Element(cle("Texte de référence", rgpd.texte_de_reference)))
    if not elements:
        elements.append(Element(("Les données des candidats sont traitées selon le RGPD",)))
    return Section("Données personnelles", (Liste(tuple(elements)),))
