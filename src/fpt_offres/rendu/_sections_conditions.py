"""Les sections des conditions d'emploi (contrat, temps et organisation du travail) et de la rémunération."""

from __future__ import annotations

from fpt_offres import formatage as fm
from fpt_offres.modele import (
    Avantage,
    BaseLegale,
    Offre,
    PartIndemnitaire,
    RegimeTemps,
    Salaire,
)
from fpt_offres.rendu import _complements as complements
from fpt_offres.rendu._document import (
    DEUX_POINTS,
    Bloc,
    Element,
    Ligne,
    Liste,
    Section,
    SousTitre,
    cle,
    cle_sans_redite,
    contient,
    liste,
    majuscule,
    net,
    paragraphes,
)
from fpt_offres.rendu._libelles import (
    AVANTAGES,
    EXIGENCES,
    NATURES_CONTRAT,
    OUVERTURES,
    PERIODES,
    PERIODICITES,
    PUBLICS,
    REGIMES,
    RYTHMES,
)

__all__ = ["section_conditions", "section_remuneration"]


def _base_legale(base: BaseLegale) -> str:
    """« Article L332-14 du code général de la fonction publique : vacance temporaire… »."""
    article = (
        f"article {base.article}" if base.cas is None else f"{base.cas} de l’article {base.article}"
    )
    # Le libellé de la nomenclature a parfois son propre deux-points : une virgule suffit ici.
    libelle = base.libelle.replace(" : ", ", ", 1)
    if libelle[1:2].islower():
        libelle = libelle[:1].lower() + libelle[1:]
    return majuscule(f"{article} du code général de la fonction publique : {libelle}")


def _contrat(offre: Offre) -> Element | None:
    contrat = offre.conditions.contrat
    if contrat is None:
        return None
    parties = []
    if contrat.nature is not None:
        parties.append(NATURES_CONTRAT[contrat.nature])
    if contrat.duree is not None:
        duree = fm.formater_duree(contrat.duree.mois)
        parties.append(f"d’une durée de {duree}{' minimum' if contrat.duree.minimum else ''}")
    if contrat.renouvelable is not None:
        parties.append("renouvelable" if contrat.renouvelable else "non renouvelable")
    parties.extend(complements.contrat(contrat))
    sous = tuple((_base_legale(base),) for base in contrat.bases_legales)
    ligne = cle("Contrat", ", ".join(parties)) if parties else ("Recrutement par contrat",)
    return Element(ligne, sous)


def _temps(offre: Offre) -> list[Element]:
    temps = offre.conditions.temps
    if temps is None:
        return []
    elements = []
    if temps.regimes:
        regimes = liste((REGIMES[r] for r in temps.regimes), "ou")
        elements.append(Element(cle("Temps de travail", regimes)))
    organisation = offre.conditions.organisation
    cycles = () if organisation is None else tuple(c.duree for c in organisation.cycles)
    # Un seul cycle de la même durée dit déjà la durée hebdomadaire (avec ses RTT).
    redite = cycles == (temps.heures_hebdo,) and RegimeTemps.NON_COMPLET not in temps.regimes
    if temps.heures_hebdo is not None and not redite:
        # « 35 h par semaine » se suffit : « Durée hebdomadaire : 35 h par semaine » se répète.
        heures = fm.formater_heures(temps.heures_hebdo) + " par semaine"
        if RegimeTemps.NON_COMPLET in temps.regimes:
            heures += f" ({fm.formater_heures(temps.heures_hebdo, 'fraction')})"
        elements.append(Element((heures,)))
    if temps.heures_annuelles is not None:
        annuel = fm.formater_compte(temps.heures_annuelles, "heure") + " par an"
        elements.append(Element(cle("Volume annuel", annuel)))
    if temps.quotite is not None:
        elements.append(Element(cle("Quotité", fm.formater_quotite(temps.quotite))))
    elements.extend(complements.temps(temps))
    return elements


def _organisation(offre: Offre) -> list[Element]:
    organisation = offre.conditions.organisation
    if organisation is None:
        return []
    elements = []
    cycles = []
    # Un cycle seul dit « par semaine » ; des cycles au choix ne le disent qu'une fois.
    seul = len(organisation.cycles) == 1
    for cycle in organisation.cycles:
        texte = fm.formater_heures(cycle.duree) + (" par semaine" if seul else "")
        if cycle.jours_rtt is not None:
            texte += f" ({fm.formater_compte(cycle.jours_rtt, 'jour de RTT', 'jours de RTT')})"
        cycles.append(texte)
    if cycles:
        libelle = "Cycle de travail" if seul else "Cycles hebdomadaires au choix"
        elements.append(Element(cle(libelle, liste(cycles, "ou"))))
    if organisation.rythmes:
        libelle = "Rythme" if len(organisation.rythmes) == 1 else "Rythmes au choix"
        textes = [RYTHMES[r] for r in organisation.rythmes]
        semaine = " par semaine"
        # « 4 jours, 4,5 jours ou 5 jours par semaine » : la période n'est dite qu'une fois.
        if len(textes) > 1 and all(t.endswith(semaine) for t in textes):
            rythmes = liste((t.removesuffix(semaine) for t in textes), "ou") + semaine
        else:
            rythmes = liste(textes, "ou")
        elements.append(Element(cle(libelle, rythmes)))
    for valeur, oui, non in (
        (organisation.badgeage, "Temps de travail badgé", "Sans badgeage"),
        (organisation.horaires_variables, "Horaires variables", "Horaires fixes"),
        (
            organisation.flexibilite_requise,
            "Flexibilité horaire requise",
            "Sans flexibilité horaire",
        ),
        (
            organisation.astreintes,
            "Astreintes éventuelles" if organisation.astreintes_eventuelles else "Astreintes",
            "Sans astreinte",
        ),
        (organisation.travail_week_end, "Travail le week-end", "Sans travail le week-end"),
    ):
        if valeur is not None:
            elements.append(Element((oui if valeur else non,)))
    elements.extend(complements.organisation(organisation))
    if organisation.precision is not None:
        # Les lignes que l'offre écrit l'une sous l'autre restent des lignes, sous le libellé.
        lignes = [ligne.strip() for ligne in organisation.precision.splitlines() if ligne.strip()]
        if len(lignes) > 1:
            elements.append(
                Element(cle("Organisation du travail"), tuple((ligne,) for ligne in lignes))
            )
        else:
            elements.append(
                Element(cle_sans_redite("Organisation du travail", organisation.precision))
            )
    return elements


def section_conditions(offre: Offre) -> Section:
    conditions = offre.conditions
    elements: list[Element] = []
    if conditions.ouverture is not None:
        elements.append(Element((majuscule(OUVERTURES[conditions.ouverture]),)))
    if conditions.ouvert_laureats_concours is not None:
        laureats = "Ouvert" if conditions.ouvert_laureats_concours else "Non ouvert"
        elements.append(Element((f"{laureats} aux lauréats de concours",)))
    elements.extend(complements.conditions(conditions))
    contrat = _contrat(offre)
    if contrat is not None:
        elements.append(contrat)
    elements.extend(_temps(offre))
    teletravail = conditions.teletravail
    if teletravail is not None:
        texte = (
            "Télétravail possible" if teletravail.eligible else "Poste non éligible au télétravail"
        )
        if teletravail.jours_max is not None:
            jours = fm.formater_compte(teletravail.jours_max, "jour")
            texte += (
                f", jusqu’à {jours} par semaine"
                if teletravail.eligible
                else f" ({jours} par semaine)"
            )
        ligne: Ligne = (texte,)
        if teletravail.precision is not None:
            ligne = (texte, DEUX_POINTS, teletravail.precision)
        elements.append(Element(ligne))
    elements.extend(_organisation(offre))
    for permis in conditions.permis:
        texte = f"Permis {permis.categorie.value} {EXIGENCES[permis.exigence]}"
        elements.append(
            Element((texte,) if permis.motif is None else (texte, DEUX_POINTS, permis.motif))
        )
    deplacements = conditions.deplacements
    if deplacements is not None:
        libelle = {
            True: "Déplacements fréquents",
            False: "Déplacements occasionnels",
            None: "Déplacements",
        }[deplacements.frequents]
        ligne = (
            cle(libelle, liste(deplacements.destinations))
            if deplacements.destinations
            else (libelle,)
        )
        sous = () if deplacements.precision is None else ((deplacements.precision,),)
        elements.append(Element(ligne, sous))
    if conditions.services_sur_site:
        elements.append(Element(cle("Sur place", liste(conditions.services_sur_site))))
    if conditions.residence_exigee_annees is not None:
        annees = conditions.residence_exigee_annees
        duree = fm.formater_duree(annees * 12) if annees else "aucune"
        elements.append(
            Element(cle("Durée de résidence exigée pour le recrutement sur titre", duree))
        )
    if offre.mentions.confidentialite is not None:
        elements.append(Element(cle_sans_redite("Confidentialité", offre.mentions.confidentialite)))
    blocs: list[Bloc] = [Liste(tuple(elements))] if elements else []
    if conditions.particulieres:
        blocs.append(SousTitre("Conditions particulières d’exercice"))
        blocs.append(Liste(tuple(Element((c,)) for c in conditions.particulieres)))
    return Section("Conditions d’emploi", tuple(blocs))


def _etendue(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None and minimum != maximum:
        return f"de {fm.formater_nombre(minimum)} à {fm.formater_nombre(maximum)}"
    if minimum is not None and maximum is not None:
        return fm.formater_nombre(minimum)
    if minimum is not None:
        return f"à partir de {fm.formater_nombre(minimum)}"
    return f"jusqu’à {fm.formater_nombre(maximum or 0)}"


def _salaire(salaire: Salaire) -> Element:
    libelle = "Rémunération" if salaire.libelle is None else salaire.libelle
    montant = fm.formater_fourchette(salaire.montant)
    brut = "brut" if salaire.brut else "net"
    texte = f"{montant} {brut} {PERIODES[salaire.periode]}{PUBLICS[salaire.public]}"
    return Element(cle(libelle, texte))


def _part(nom: str, part: PartIndemnitaire | None) -> Ligne | None:
    if part is None:
        return None
    details = []
    if part.groupe is not None:
        details.append(f"groupe de fonctions {net(part.groupe)}")
    if part.montant is not None:
        periode = "" if part.periode is None else " " + PERIODES[part.periode]
        details.append(fm.formater_fourchette(part.montant) + periode)
    elif part.periode is not None:
        details.append(PERIODICITES[part.periode])
    return cle(nom, ", ".join(details)) if details else (nom,)


def _avantage(avantage: Avantage) -> Element:
    # Les mots de l'offre quand elle en a, sans glose ; le nom du type sinon.
    nom = AVANTAGES[avantage.type] if avantage.libelle is None else net(avantage.libelle)
    details = []
    if avantage.taux is not None:
        details.append(f"à hauteur de {fm.formater_pourcentage(avantage.taux)}")
    if avantage.montant is not None:
        details.append(fm.formater_fourchette(avantage.montant))
    if avantage.precision is not None:
        details.append(net(avantage.precision))
    nom = majuscule(nom)
    return Element(cle(nom, ", ".join(details)) if details else (nom,))


def section_remuneration(offre: Offre) -> Section:
    remuneration = offre.remuneration
    elements: list[Element] = []
    mots = remuneration.statutaire_tel_qu_ecrit
    # « Grille indiciaire de la catégorie C », que la précision écrit, n'est pas redite.
    if remuneration.statutaire and not (
        mots is not None and contient(remuneration.precision or "", mots)
    ):
        elements.append(Element(("Rémunération statutaire",)))
    indices = remuneration.indices
    if indices is not None:
        for nom, minimum, maximum in (
            ("Indice brut", indices.brut_min, indices.brut_max),
            ("Indice majoré", indices.majore_min, indices.majore_max),
        ):
            if minimum is not None or maximum is not None:
                elements.append(Element(cle(nom, _etendue(minimum, maximum))))
    elements.extend(_salaire(s) for s in remuneration.salaires)
    regime = remuneration.regime_indemnitaire
    if regime is not None:
        texte = {True: " (RIFSEEP)", False: " (hors RIFSEEP)", None: ""}[regime.rifseep]
        if regime.libelle is not None and contient(regime.libelle, "RIFSEEP"):
            texte = ""
        ligne: Ligne = ("Régime indemnitaire" + texte,)
        if regime.libelle is not None:
            ligne = cle_sans_redite("Régime indemnitaire" + texte, regime.libelle)
            if contient(regime.libelle, "régime indemnitaire"):
                ligne = (majuscule(regime.libelle.strip()),)
        if regime.precision is not None:
            # Ce que l'offre ajoute au nom : après le libellé, ou après la valeur déjà donnée.
            precision = net(regime.precision)
            ligne = (*ligne, f", {precision}") if len(ligne) > 1 else cle(str(ligne[0]), precision)
        sous = tuple(p for p in (_part("IFSE", regime.ifse), _part("CIA", regime.cia)) if p)
        elements.append(Element(ligne, sous))
    nbi = remuneration.nbi
    if nbi is not None:
        details = []
        if nbi.points is not None:
            details.append(fm.formater_compte(nbi.points, "point"))
        libelle = "Nouvelle bonification indiciaire (NBI)"
        if nbi.libelle is not None:
            if contient(nbi.libelle, "NBI") or contient(nbi.libelle, "bonification indiciaire"):
                libelle = majuscule(net(nbi.libelle).strip())
            else:
                details.append(net(nbi.libelle))
        elements.append(Element(cle(libelle, ", ".join(details)) if details else (libelle,)))
    elements.extend(_avantage(a) for a in remuneration.avantages)
    blocs: list[Bloc] = [Liste(tuple(elements))] if elements else []
    if remuneration.precision is not None:
        blocs.extend(paragraphes(remuneration.precision))
    return Section("Rémunération et avantages", tuple(blocs))
