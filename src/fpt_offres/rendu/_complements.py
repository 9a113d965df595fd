"""Les lignes des faits ajoutés au format 2 : classement, organisation, diffusion, voies, horaires.

Chaque fonction rend les éléments d'une partie de l'offre ; les sections les
placent à côté des faits voisins. Le rendu reste simple : une ligne par fait,
dans les mots de l'offre quand elle en a.
"""

from __future__ import annotations

from collections.abc import Iterable

from fpt_offres import formatage as fm
from fpt_offres._texte import replier
from fpt_offres.modele import (
    Calendrier,
    Candidature,
    ChiffreCle,
    Conditions,
    Contrat,
    Employeur,
    Experience,
    HeureJour,
    Metier,
    OrganisationTravail,
    PlageHoraire,
    Poste,
    Statut,
    TempsTravail,
)
from fpt_offres.rendu._document import (
    DEUX_POINTS,
    Element,
    Ligne,
    cle,
    cle_sans_redite,
    contient,
    date_complete,
    departements,
    ecrit_deja,
    lien_web,
    liste,
    net,
)
from fpt_offres.rendu._libelles import APPROXIMATIONS, NIVEAUX_EXPERIENCE, TYPES_EMPLOYEUR, VOIES

__all__ = [
    "calendrier",
    "candidature",
    "chiffre_cle",
    "conditions",
    "contrat",
    "experience",
    "heure",
    "heure_limite",
    "metier",
    "organisation",
    "poste",
    "structure",
    "temps",
]


def heure(valeur: HeureJour) -> str:
    """« 12 h », « 8 h 30 »."""
    minutes = f" {valeur.minutes:02d}" if valeur.minutes else ""
    return f"{valeur.heures}{fm.ESPACE_INSECABLE}h{minutes}"


def metier(valeur: Metier, intitule: str) -> Ligne | None:
    """« Métier : libellé (code, répertoire) », puis famille et domaine ; sans le libellé
    qui redit l'intitulé, et rien s'il ne reste rien à dire."""
    precisions = ", ".join(net(p) for p in (valeur.code, valeur.repertoire) if p is not None)
    libelle = valeur.libelle
    # Deux ponctuations (« ; », « : ») ont les mêmes mots, aucun : ce n'est pas une redite.
    redit = libelle is not None and bool(replier(libelle)) and replier(libelle) == replier(intitule)
    texte = net(libelle) if libelle is not None and not redit else ""
    if precisions:
        texte = f"{texte} ({precisions})" if texte else precisions
    ligne: list[str] = [texte] if texte else []
    for nom, partie in (("famille", valeur.famille), ("domaine", valeur.domaine)):
        if partie is not None:
            ligne.append(f"{nom}{DEUX_POINTS}{net(partie)}")
    return cle_sans_redite("Métier", " ; ".join(ligne)) if ligne else None


def chiffre_cle(valeur: ChiffreCle) -> str:
    """« budget : environ 450 M€ »."""
    nombre = fm.formater_nombre(valeur.valeur)
    unite = f"{fm.ESPACE_INSECABLE}{net(valeur.unite)}" if valeur.unite is not None else ""
    return (
        f"{net(valeur.libelle)}{DEUX_POINTS}{APPROXIMATIONS[valeur.approximation]}{nombre}{unite}"
    )


def structure(employeur: Employeur) -> list[Element]:
    """L'organisme de rattachement et les niveaux de l'organisation au-dessus et au-dessous du service."""
    elements = []
    organisme = employeur.organisme_rattachement
    # Un organisme de rattachement qui est l'employeur nommé, ou la famille d'un site
    # d'offres qui dit le type déjà écrit (« Communes » pour une commune), n'est pas redit.
    if organisme is not None and (
        contient(employeur.nom or "", organisme)
        or (
            employeur.type is not None
            and replier(organisme) == replier(TYPES_EMPLOYEUR[employeur.type])
        )
    ):
        organisme = None
    for libelle, valeur in (
        ("Organisme de rattachement", organisme),
        ("Pôle", employeur.pole),
        ("Bureau", employeur.bureau),
        ("Rattachement fonctionnel", employeur.rattachement_fonctionnel),
    ):
        if valeur is not None:
            elements.append(Element(cle(libelle, valeur)))
    if employeur.chiffres:
        chiffres = liste(chiffre_cle(c) for c in employeur.chiffres)
        elements.append(Element(cle("Autres chiffres", chiffres)))
    return elements


def poste(valeur: Poste, statut: Statut) -> list[Element]:
    """Motif détaillé, équipe, management, partage, région, département et évolution du poste."""
    elements = []
    if statut.emplois_contractuels:
        emplois = liste(statut.emplois_contractuels, "ou")
        elements.append(Element(cle("Emploi contractuel", emplois)))
    if valeur.motif_precision is not None:
        elements.append(Element(cle("Motif", valeur.motif_precision)))
    if valeur.management is not None:
        elements.append(
            Element(("Management d’équipe" if valeur.management else "Sans management",))
        )
    if valeur.effectif_equipe is not None:
        equipe = fm.formater_compte(valeur.effectif_equipe, "agent")
        elements.append(Element(cle("Équipe", equipe)))
    if valeur.partage is not None:
        elements.append(Element(cle("Poste partagé", valeur.partage)))
    if valeur.departement is not None:
        code = valeur.departement
        sorte, nom = departements().get(code, ("Département", ""))
        elements.append(Element(cle(f"{sorte} du poste", f"{nom} ({code})" if nom else code)))
    if valeur.region is not None:
        elements.append(Element(cle("Région", valeur.region)))
    if valeur.evolution is not None:
        elements.append(Element(cle_sans_redite("Évolution du poste", valeur.evolution)))
    return elements


def _annees(minimum: int | None, maximum: int | None) -> str | None:
    if not maximum:
        if minimum is None:
            return None
        # « moins d'un an », « débutant » : pas de minimum.
        return f"au moins {fm.formater_duree(minimum * 12)}" if minimum else "aucune durée minimale"
    if not minimum:
        return f"au plus {fm.formater_duree(maximum * 12)}"
    if minimum == maximum:
        return fm.formater_duree(minimum * 12)
    return f"de {minimum} à {fm.formater_duree(maximum * 12)}"


def experience(valeur: Experience) -> list[str]:
    """Les années demandées (« de 1 à 3 ans », « au moins 5 ans ») et le niveau."""
    details = []
    annees = _annees(valeur.annees_min, valeur.annees_max)
    if annees is not None:
        details.append(annees)
    if valeur.niveau is not None:
        details.append(f"niveau {NIVEAUX_EXPERIENCE[valeur.niveau]}")
    return details


def contrat(valeur: Contrat) -> list[str]:
    """La fin du contrat à date et le choix entre les bases citées."""
    parties = []
    if valeur.date_fin is not None:
        parties.append(f"jusqu’au {fm.formater_date(valeur.date_fin)}")
    if valeur.bases_au_choix is not None:
        parties.append(
            "sur l’une des bases légales citées"
            if valeur.bases_au_choix
            else "sur l’ensemble des bases légales citées"
        )
    return parties


def conditions(valeur: Conditions) -> list[Element]:
    """Les voies de recrutement que l'offre nomme."""
    if not valeur.voies:
        return []
    return [Element(cle("Voies de recrutement", liste((VOIES[v] for v in valeur.voies), "ou")))]


def temps(valeur: TempsTravail) -> list[Element]:
    """Annualisation et maximum cité."""
    elements = []
    if valeur.annualise is not None:
        elements.append(
            Element(("Temps de travail annualisé" if valeur.annualise else "Temps non annualisé",))
        )
    if valeur.maximum_cite is not None:
        maximum = fm.formater_heures(valeur.maximum_cite) + " par semaine"
        elements.append(Element(cle("Durée maximale", maximum)))
    return elements


def _plage(plage: PlageHoraire) -> str:
    texte = net(plage.jours)
    if plage.debut is not None and plage.fin is not None:
        texte += f", de {heure(plage.debut)} à {heure(plage.fin)}"
    elif plage.debut is not None:
        texte += f", à partir de {heure(plage.debut)}"
    elif plage.fin is not None:
        texte += f", jusqu’à {heure(plage.fin)}"
    if plage.pause is not None:
        texte += f" ({net(plage.pause)})"
    return texte


def organisation(valeur: OrganisationTravail) -> list[Element]:
    """L'emploi du temps hebdomadaire, plage par plage."""
    # Une plage que la précision écrit déjà (« Du Lundi au Dimanche, Heures de nuit ») n'est
    # pas redite.
    plages = [_plage(p) for p in valeur.plages]
    plages = [p for p in plages if not ecrit_deja(valeur.precision or "", p)]
    if not plages:
        return []
    return [Element(cle("Horaires"), tuple((p,) for p in plages))]


def calendrier(valeur: Calendrier) -> list[Element]:
    """Diffusion et vacance de l'emploi, distinctes de la publication et de la prise de poste."""
    elements = []
    # La diffusion qui commence à la publication ou finit à la date limite n'est pas redite.
    for libelle, date in (
        (
            "Début de diffusion",
            None if valeur.debut_diffusion == valeur.date_publication else valeur.debut_diffusion,
        ),
        (
            "Fin de diffusion",
            None
            if valeur.fin_diffusion == valeur.date_limite_candidature
            else valeur.fin_diffusion,
        ),
        ("Date de vacance de l’emploi", valeur.date_vacance),
    ):
        if date is not None:
            elements.append(Element(cle(libelle, date_complete(date))))
    return elements


def candidature(valeur: Candidature, reference_employeur: str | None) -> list[Element]:
    """Comment candidater sans adresse : site, voie hiérarchique, courriel seul, référence, format."""
    elements: list[Element] = []
    if valeur.site is not None:
        elements.append(Element(cle("Candidature sur le site", lien_web(valeur.site))))
    for drapeau, oui, non in (
        (valeur.voie_hierarchique, "Candidature par la voie hiérarchique", "Candidature directe"),
        (
            valeur.exclusivement_courriel,
            "Candidature exclusivement par courriel",
            "Candidature par courriel ou par un autre moyen",
        ),
    ):
        if drapeau is not None:
            elements.append(Element((oui if drapeau else non,)))
    references: Iterable[tuple[str, str | None]] = (
        ("Référence à rappeler", valeur.reference_a_rappeler),
        ("Référence de l’employeur", reference_employeur),
        ("Format des fichiers", valeur.formats),
    )
    for libelle, texte in references:
        if texte is not None:
            elements.append(Element(cle(libelle, texte)))
    return elements


def heure_limite(valeur: Calendrier) -> str:
    """« à 12 h », à la suite de la date limite ; vide sans heure."""
    return "" if valeur.heure_limite is None else f" à {heure(valeur.heure_limite)}"
