"""Les sections de l'annonce, assemblées en document dans l'ordre des vraies offres.

Ce module écrit le chapeau, l'employeur, le poste, les missions et le profil ;
les conditions d'emploi et la rémunération sont écrites par
``_sections_conditions``, les engagements, la candidature et les données
personnelles par ``_sections_candidature``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from fpt_offres import formatage as fm
from fpt_offres.modele import (
    ChiffreCle,
    Corps,
    Exigence,
    LieuTravail,
    Missions,
    NiveauDiplome,
    Offre,
    TypeEmployeur,
)
from fpt_offres.rendu import _complements as complements
from fpt_offres.rendu._complements import chiffre_cle
from fpt_offres.rendu._document import (
    Bloc,
    Document,
    Element,
    Fort,
    Ligne,
    Liste,
    Morceau,
    Paragraphe,
    Section,
    SousTitre,
    adresse,
    chiffre,
    cle,
    cle_sans_redite,
    contient,
    date_complete,
    departements,
    dit_le_nombre,
    lien_web,
    liste,
    net,
    niveaux,
    paragraphes,
)
from fpt_offres.rendu._libelles import (
    EMPLOIS_FONCTIONNELS,
    EXIGENCES,
    MOTIFS,
    RELATIONS,
    TYPES_EMPLOYEUR,
    VERSANTS,
)
from fpt_offres.rendu._sections_candidature import (
    section_candidater,
    section_engagements,
    section_rgpd,
)
from fpt_offres.rendu._sections_conditions import section_conditions, section_remuneration

__all__ = ["document"]


def _chapeau(offre: Offre) -> tuple[Bloc, ...]:
    lignes: list[Element] = []
    if offre.reference is not None:
        lignes.append(Element(cle("Référence", offre.reference)))
    if offre.calendrier.date_publication is not None:
        lignes.append(
            Element(cle("Date de publication", date_complete(offre.calendrier.date_publication)))
        )
    if offre.url is not None:
        lignes.append(Element(cle("Offre en ligne", lien_web(offre.url))))
    nom, sigle = offre.employeur.nom, offre.employeur.sigle
    if sigle is not None and not (nom is not None and contient(nom, sigle)):
        nom = sigle if nom is None else f"{net(nom)} ({net(sigle)})"
    chapeau: list[Bloc] = [Paragraphe((Fort(nom),))] if nom is not None else []
    if lignes:
        chapeau.append(Liste(tuple(lignes)))
    return tuple(chapeau)


def _employeur(offre: Offre) -> Section:
    employeur = offre.employeur
    elements = []
    # Un type que l'offre ne dit pas, ou « autre employeur », ne dit rien que l'offre ait
    # dit : la ligne est omise.
    if employeur.type is not None and employeur.type is not TypeEmployeur.AUTRE:
        elements.append(Element(cle("Type d’employeur", TYPES_EMPLOYEUR[employeur.type])))
    elements.append(Element(cle("Versant", VERSANTS[employeur.versant])))
    if employeur.departement is not None:
        code = employeur.departement
        sorte, nom = departements().get(code, ("Département", ""))
        elements.append(Element(cle(sorte, f"{nom} ({code})" if nom else code)))
    if employeur.siren is not None:
        elements.append(Element(cle("SIREN", employeur.siren)))
    if employeur.siret is not None:
        elements.append(Element(cle("SIRET", employeur.siret)))
    siege = "" if employeur.adresse is None else adresse(employeur.adresse)
    candidature = offre.candidature.adresse
    # L'adresse de l'employeur qui est celle où candidater n'est écrite qu'une fois, là.
    if siege and not (candidature is not None and contient(adresse(candidature), siege)):
        elements.append(Element(cle("Adresse", siege)))
    if employeur.site_web is not None:
        elements.append(Element(cle("Site internet", lien_web(employeur.site_web))))
    # Un chiffre ou un label que la présentation de l'employeur dit déjà n'est pas répété.
    presentation = employeur.presentation or ""
    chiffres = [
        chiffre(c, nom)
        for c, nom in (
            (employeur.nombre_agents, "agent"),
            (employeur.nombre_directions, "direction"),
            (employeur.nombre_communes, "commune"),
            (employeur.nombre_habitants, "habitant"),
            (employeur.nombre_metiers, "métier"),
        )
        if c is not None and not dit_le_nombre(presentation, c.valeur)
    ]
    if chiffres:
        elements.append(Element(cle("En chiffres", liste(chiffres))))
    rang = employeur.rang
    if rang is not None and not contient(presentation, rang.ensemble):
        ordinal = "1er" if rang.position == 1 else f"{fm.formater_nombre(rang.position)}e"
        elements.append(Element(cle("Rang", f"{ordinal}, {net(rang.ensemble)}")))
    elements.extend(complements.structure(employeur))
    labels = [label for label in employeur.labels if not contient(presentation, label)]
    if labels:
        elements.append(Element(cle("Label" if len(labels) == 1 else "Labels", liste(labels))))
    return Section("L’employeur", (*paragraphes(presentation), Liste(tuple(elements))))


def _corps(corps: Corps) -> str:
    precisions = [VERSANTS[corps.versant]]
    if corps.administrations_parisiennes:
        precisions.append("administrations parisiennes")
    if corps.categorie is not None:
        precisions.append(f"catégorie {corps.categorie.value}")
    return f"{net(corps.libelle)} ({', '.join(precisions)})"


def _lieu(lieu: LieuTravail) -> Element:
    """Un lieu de travail, chaque partie écrite une fois : la commune ou l'adresse que le
    libellé dit déjà est omise, le libellé que l'adresse contient cède la place à l'adresse."""
    sous: list[Ligne] = []
    libelle = lieu.libelle
    postale = "" if lieu.adresse is None else adresse(lieu.adresse)
    if postale and contient(postale, libelle):
        libelle, postale = postale, ""
    if lieu.commune is not None and not contient(f"{libelle} {postale}", lieu.commune):
        sous.append(cle("Commune", lieu.commune))
    if postale and not contient(libelle, postale):
        sous.append(cle("Adresse", postale))
    if lieu.acces:
        sous.append(cle("Accès", liste(lieu.acces)))
    sous.extend((p,) for p in lieu.precisions)
    if lieu.periode is not None:
        sous.append(cle("Période", lieu.periode))
    if lieu.postes is not None:
        sous.append(cle("Postes en ce lieu", fm.formater_nombre(lieu.postes)))
    titre = "Lieu de travail"
    if lieu.a_partir_du is not None:
        titre += f" à partir du {fm.formater_date(lieu.a_partir_du)}"
    return Element(cle(titre, libelle), tuple(sous))


def _poste(offre: Offre) -> Section:
    poste, statut, employeur = offre.poste, offre.statut, offre.employeur
    elements: list[Element] = []

    def ajouter(*ligne: Morceau) -> None:
        elements.append(Element(tuple(ligne)))

    if statut.categories:
        ajouter(f"Poste de {fm.formater_categories(statut.categories)}")
    if statut.filieres:
        libelle = "Filière" if len(statut.filieres) == 1 else "Filières"
        ajouter(*cle(libelle, liste((f.value for f in statut.filieres), "ou")))
    if statut.cadres_emplois:
        libelle = "Cadre d’emplois" if len(statut.cadres_emplois) == 1 else "Cadres d’emplois"
        ajouter(*cle(libelle, liste((c.libelle for c in statut.cadres_emplois), "ou")))
    if statut.grades:
        libelle = "Grade" if len(statut.grades) == 1 else "Grades"
        ajouter(*cle(libelle, liste((g.libelle for g in statut.grades), "ou")))
    if statut.corps:
        ajouter(*cle("Corps", liste((_corps(c) for c in statut.corps), "ou")))
    if statut.emploi_fonctionnel is not None:
        ajouter(*cle("Emploi fonctionnel", EMPLOIS_FONCTIONNELS[statut.emploi_fonctionnel]))
    metier = None if poste.metier is None else complements.metier(poste.metier, offre.intitule)
    if metier is not None:
        ajouter(*metier)
    if poste.nombre != 1:
        ajouter(*cle("Nombre de postes", fm.formater_nombre(poste.nombre)))
    if poste.motif is not None:
        ajouter(*cle("Motif du recrutement", MOTIFS[poste.motif]))
    if poste.permanent is not None:
        ajouter("Emploi permanent" if poste.permanent else "Emploi non permanent")
    for libelle, valeur in (
        ("Direction", employeur.direction),
        ("Service", employeur.service),
        ("Rattachement", employeur.rattachement),
    ):
        if valeur is not None:
            ajouter(*cle_sans_redite(libelle, valeur))
    elements.extend(complements.poste(poste, statut))
    if poste.encadrement is not None:
        ajouter(
            *cle("Encadrement", fm.formater_compte(poste.encadrement, "agent"))
            if poste.encadrement
            else ("Sans encadrement",)
        )
    elements.extend(_lieu(lieu) for lieu in poste.lieux)
    if poste.itinerant is not None:
        ajouter("Poste itinérant" if poste.itinerant else "Poste non itinérant")
    presentation = () if poste.presentation is None else paragraphes(poste.presentation)
    return Section("Le poste", (*presentation, *((Liste(tuple(elements)),) if elements else ())))


def _en_gras(texte: str, verbes: Iterable[str]) -> Ligne:
    """Le texte d'une activité, ses verbes mis en avant (sans chevauchement)."""
    reperes: list[tuple[int, int]] = []
    for verbe in verbes:
        mot = verbe.strip()
        debut = texte.find(mot)
        while debut >= 0 and any(d < debut + len(mot) and debut < f for d, f in reperes):
            debut = texte.find(mot, debut + 1)
        if debut >= 0:
            reperes.append((debut, debut + len(mot)))
    morceaux: list[Morceau] = []
    position = 0
    for debut, fin in sorted(reperes):
        morceaux.extend((texte[position:debut], Fort(texte[debut:fin])))
        position = fin
    morceaux.append(texte[position:])
    return tuple(m for m in morceaux if m)


def _missions(offre: Offre) -> Section:
    missions = offre.missions
    blocs: list[Bloc] = []
    if missions.finalite is not None:
        blocs.extend(paragraphes(missions.finalite))
    if missions.renvoi is not None:
        blocs.extend(paragraphes(missions.renvoi))
    titre = False
    for theme in missions.themes:
        if theme.intitule is not None:
            blocs.append(SousTitre(theme.intitule))
        elif titre and theme.activites:
            # Sans titre à elle, la liste se lirait sous celui du thème précédent.
            blocs.append(SousTitre("Autres missions"))
        titre = theme.intitule is not None
        if theme.activites:
            blocs.append(
                Liste(tuple(Element(_en_gras(a.texte, a.verbes)) for a in theme.activites))
            )
    # Les relations par nature, sous le titre qui la nomme, dans l'ordre de l'offre.
    for nature in dict.fromkeys(r.nature for r in missions.relations):
        blocs.append(SousTitre("Relations" if nature is None else RELATIONS[nature]))
        blocs.append(
            Liste(tuple(Element((r.texte,)) for r in missions.relations if r.nature is nature))
        )
    blocs.extend(_chiffres_missions(missions))
    return Section("Missions", tuple(blocs))


def _niveaux(bas: NiveauDiplome | None, haut: NiveauDiplome | None) -> str | None:
    """« niveau 6 (bac +3) à niveau 7 (bac +5) », « jusqu’au niveau 5 (bac +2) »."""
    if bas is None and haut is None:
        return None
    if haut is None or haut == bas:
        return niveaux()[bas.value] if bas is not None else None
    if bas is None:
        return f"jusqu’au {niveaux()[haut.value]}"
    return f"{niveaux()[bas.value]} à {niveaux()[haut.value]}"


def chiffres_non_dits(missions: Missions) -> list[ChiffreCle]:
    """Les chiffres des missions que leurs textes ne disent pas déjà (libellé et nombre)."""
    dits = " ".join(
        t
        for t in (
            missions.finalite,
            missions.renvoi,
            *(a.texte for theme in missions.themes for a in theme.activites),
            *(r.texte for r in missions.relations),
        )
        if t is not None
    )
    return [
        c
        for c in missions.chiffres
        if not (
            c.valeur == c.valeur.to_integral_value()
            and dit_le_nombre(dits, int(c.valeur))
            and contient(dits, c.libelle)
        )
    ]


def _chiffres_missions(missions: Missions) -> list[Bloc]:
    restants = chiffres_non_dits(missions)
    if not restants:
        return []
    return [SousTitre("En chiffres"), Liste(tuple(Element((chiffre_cle(c),)) for c in restants))]


def _diplomes(diplomes: tuple[str, ...], exigence: Exigence | None) -> Element:
    """« Diplômes exigés : CAP ou BEP », « Diplôme souhaité : PSC1 »."""
    pluriel = len(diplomes) > 1
    libelle = "Diplômes" if pluriel else "Diplôme"
    if exigence is not None:
        libelle += " " + EXIGENCES[exigence] + ("s" if pluriel else "")
    return Element(cle(libelle, liste(diplomes, "ou")))


def _profil(offre: Offre) -> Section:
    profil = offre.profil
    elements: list[Element] = []
    exigence = profil.exigence_diplome
    suffixe = "" if exigence is None else " " + EXIGENCES[exigence]
    niveau = _niveaux(profil.niveau_diplome, profil.niveau_diplome_max)
    if niveau is not None:
        elements.append(Element(cle(f"Niveau de diplôme{suffixe}", niveau)))
    diplomes, souhaites = profil.diplomes, profil.diplomes_souhaites
    # Des diplômes tous souhaités et d'autres dits souhaités font une seule liste.
    if exigence is Exigence.SOUHAITEE:
        diplomes, souhaites = diplomes + souhaites, ()
    if diplomes:
        elements.append(_diplomes(diplomes, exigence))
    elif exigence is not None and niveau is None:
        elements.append(Element((f"Diplôme {EXIGENCES[exigence]}",)))
    if souhaites:
        elements.append(_diplomes(souhaites, Exigence.SOUHAITEE))
    experience = profil.experience
    if experience is not None:
        libelle = "Expérience"
        if experience.exigence is not None:
            libelle += " " + EXIGENCES[experience.exigence] + "e"
        details = complements.experience(experience)
        if experience.domaine is not None:
            details.append(net(experience.domaine))
        if experience.debutant_accepte is not None:
            accepte = (
                "débutants acceptés" if experience.debutant_accepte else "débutants non acceptés"
            )
            details.append(accepte)
        elements.append(Element(cle(libelle, ", ".join(details)) if details else (libelle,)))
    savoirs: list[Bloc] = []
    for titre, accord, textes, poids in (
        ("Connaissances", "es", profil.connaissances, profil.exigence_connaissances),
        ("Savoir-faire", "s", profil.savoir_faire, profil.exigence_savoir_faire),
        ("Qualités", "es", profil.qualites, profil.exigence_qualites),
    ):
        # « Savoir-faire exigés », « Qualités souhaitées » : l'exigence s'accorde au titre ;
        # sans savoirs cités, elle est une ligne du profil, comme « Diplôme exigé ».
        intitule = titre if poids is None else f"{titre} {EXIGENCES[poids]}{accord}"
        if textes:
            savoirs.extend((SousTitre(intitule), Liste(tuple(Element((t,)) for t in textes))))
        elif poids is not None:
            elements.append(Element((intitule,)))
    blocs: list[Bloc] = [Liste(tuple(elements))] if elements else []
    blocs.extend(savoirs)
    return Section("Profil recherché", tuple(blocs))


def document(offre: Offre, aujourd_hui: datetime.date | None) -> Document:
    sections = (
        _employeur(offre),
        _poste(offre),
        _missions(offre),
        _profil(offre),
        section_conditions(offre),
        section_remuneration(offre),
        section_engagements(offre),
        section_candidater(offre, aujourd_hui),
        section_rgpd(offre),
    )
    return Document(offre.intitule, _chapeau(offre), tuple(s for s in sections if s.blocs))
