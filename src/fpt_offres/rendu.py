"""Une offre entière, écrite comme une annonce française : en texte, en Markdown ou en HTML.

L'annonce suit l'ordre des vraies offres : l'employeur et son contexte, le
poste, les missions par thème, le profil, les conditions d'emploi et le temps
de travail, la rémunération et les avantages, les engagements de l'employeur,
la façon de candidater et la date limite, enfin la notice sur les données
personnelles.

Deux règles tiennent l'annonce honnête :

- **tout ce que l'offre contient y figure** : chaque texte, nombre, date,
  booléen renseigné et valeur d'énumération, sous une forme lisible ;
- **rien n'y figure que l'offre ne contienne** : une partie vide ne donne ni
  titre de section ni « non précisé ». Les libellés (« Date limite de
  candidature ») ne font que nommer ce que l'offre dit.

Le résultat ne dépend que de l'offre et de ``aujourd_hui`` : la clôture
relative (« clôture dans 12 jours ») n'est écrite que si ce jour est donné.

Les textes de l'offre sont des données, jamais du balisage : le HTML est
échappé (``html.escape``) et bien formé, le Markdown est échappé là où un
caractère serait lu comme une marque. Les caractères de contrôle (hors
tabulation et fins de ligne) et les non-caractères Unicode, qu'aucun de ces
formats n'accepte, deviennent « � » (U+FFFD) ; les fins de ligne d'un texte
deviennent des espaces, une ligne vide sépare deux paragraphes.

>>> from fpt_offres import exemples
>>> print(formater(exemples()[2]).splitlines()[0])
Secrétaire général
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Literal

import attrs

from fpt_offres import formatage as fm
from fpt_offres.modele import (
    Adresse,
    Approximation,
    Avantage,
    Chiffre,
    Contact,
    Corps,
    DroitRgpd,
    EmploiFonctionnel,
    Exigence,
    LieuTravail,
    MotifRecrutement,
    NatureContrat,
    NatureRelation,
    Offre,
    Ouverture,
    PartIndemnitaire,
    Periode,
    PriseDePoste,
    Public,
    RegimeTemps,
    Rythme,
    Salaire,
    TypeAvantage,
    TypeEmployeur,
    TypeEtape,
    TypePiece,
    Versant,
)

__all__ = ["FormatRendu", "formater"]

FormatRendu = Literal["texte", "markdown", "html"]
"""Les formats de l'annonce."""

# --- les mots des énumérations ------------------------------------------------------------------

_TYPES_EMPLOYEUR = {
    TypeEmployeur.COMMUNE: "commune",
    TypeEmployeur.DEPARTEMENT: "département",
    TypeEmployeur.REGION: "région",
    TypeEmployeur.COLLECTIVITE_STATUT_PARTICULIER: "collectivité à statut particulier",
    TypeEmployeur.METROPOLE: "métropole",
    TypeEmployeur.COMMUNAUTE_URBAINE: "communauté urbaine",
    TypeEmployeur.COMMUNAUTE_AGGLOMERATION: "communauté d’agglomération",
    TypeEmployeur.COMMUNAUTE_COMMUNES: "communauté de communes",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_TERRITORIAL: "établissement public territorial",
    TypeEmployeur.SYNDICAT_COMMUNES: "syndicat de communes",
    TypeEmployeur.SYNDICAT_MIXTE: "syndicat mixte",
    TypeEmployeur.PETR: "pôle d’équilibre territorial et rural",
    TypeEmployeur.CENTRE_DE_GESTION: "centre de gestion",
    TypeEmployeur.CNFPT: "Centre national de la fonction publique territoriale",
    TypeEmployeur.CCAS: "centre communal d’action sociale",
    TypeEmployeur.CIAS: "centre intercommunal d’action sociale",
    TypeEmployeur.CAISSE_DES_ECOLES: "caisse des écoles",
    TypeEmployeur.SDIS: "service départemental d’incendie et de secours",
    TypeEmployeur.OFFICE_PUBLIC_HABITAT: "office public de l’habitat",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_LOCAL: "établissement public local",
    TypeEmployeur.SERVICE_ETAT: "service de l’État",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_ETAT: "établissement public de l’État",
    TypeEmployeur.HOPITAL: "établissement public de santé",
    TypeEmployeur.ETABLISSEMENT_SOCIAL_MEDICO_SOCIAL: "établissement social ou médico-social",
    TypeEmployeur.PROVINCE: "province",
    TypeEmployeur.ORGANISME_TRANSFRONTALIER: "organisme transfrontalier",
    TypeEmployeur.AUTRE: "autre employeur",
}
_VERSANTS = {
    Versant.TERRITORIALE: "fonction publique territoriale",
    Versant.ETAT: "fonction publique de l’État",
    Versant.HOSPITALIERE: "fonction publique hospitalière",
    Versant.NOUVELLE_CALEDONIE: "fonction publique de Nouvelle-Calédonie",
}
_APPROXIMATIONS = {
    Approximation.EXACT: "",
    Approximation.PLUS_DE: "plus de ",
    Approximation.PRES_DE: "près de ",
    Approximation.ENVIRON: "environ ",
    Approximation.MOINS_DE: "moins de ",
}
_MOTIFS = {
    MotifRecrutement.CREATION: "création de poste",
    MotifRecrutement.VACANCE: "vacance de poste",
    MotifRecrutement.REMPLACEMENT: "remplacement",
    MotifRecrutement.ACCROISSEMENT_TEMPORAIRE: "accroissement temporaire d’activité",
    MotifRecrutement.ACCROISSEMENT_SAISONNIER: "accroissement saisonnier d’activité",
    MotifRecrutement.PROJET: "contrat de projet",
}
_EMPLOIS_FONCTIONNELS = {
    EmploiFonctionnel.DGS: "directeur général des services (DGS)",
    EmploiFonctionnel.DGA: "directeur général adjoint des services (DGA)",
    EmploiFonctionnel.DGST: "directeur général des services techniques (DGST)",
    EmploiFonctionnel.DST: "directeur des services techniques (DST)",
    EmploiFonctionnel.DIRECTEUR_GENERAL_ETABLISSEMENT: "directeur général d’établissement public",
    EmploiFonctionnel.DIRECTEUR_GENERAL_ADJOINT_ETABLISSEMENT: (
        "directeur général adjoint d’établissement public"
    ),
    EmploiFonctionnel.DIRECTEUR_SDIS: "directeur départemental des services d’incendie et de secours",
    EmploiFonctionnel.DIRECTEUR_ADJOINT_SDIS: (
        "directeur départemental adjoint des services d’incendie et de secours"
    ),
}
_OUVERTURES = {
    Ouverture.TITULAIRES: "poste ouvert aux titulaires",
    Ouverture.CONTRACTUELS: "poste ouvert aux contractuels",
    Ouverture.TITULAIRES_ET_CONTRACTUELS: "poste ouvert aux titulaires et aux contractuels",
    Ouverture.PRIORITAIREMENT_TITULAIRES: "poste ouvert prioritairement aux titulaires",
}
_NATURES_CONTRAT = {
    NatureContrat.CDD: "à durée déterminée (CDD)",
    NatureContrat.CDI: "à durée indéterminée (CDI)",
}
_REGIMES = {
    RegimeTemps.COMPLET: "temps complet",
    RegimeTemps.NON_COMPLET: "temps non complet",
    RegimeTemps.PARTIEL: "temps partiel",
}
_RYTHMES = {
    Rythme.CINQ_JOURS: "5 jours par semaine",
    Rythme.QUATRE_JOURS_ET_DEMI: "4,5 jours par semaine",
    Rythme.QUATRE_JOURS: "4 jours par semaine",
    Rythme.NEUF_JOURS_QUINZAINE: "9 jours par quinzaine",
}
_PERIODES = {
    Periode.HORAIRE: "de l’heure",
    Periode.MENSUELLE: "par mois",
    Periode.ANNUELLE: "par an",
}
_PERIODICITES = {
    Periode.HORAIRE: "versement horaire",
    Periode.MENSUELLE: "versement mensuel",
    Periode.ANNUELLE: "versement annuel",
}
_PUBLICS = {
    Public.TOUS: "",
    Public.TITULAIRES: " (titulaires)",
    Public.CONTRACTUELS: " (contractuels)",
}
_AVANTAGES = {
    TypeAvantage.CNAS: "CNAS (Comité national d’action sociale)",
    TypeAvantage.COS: "COS (comité des œuvres sociales)",
    TypeAvantage.AMICALE: "amicale du personnel",
    TypeAvantage.COMITE_ACTION_SOCIALE: "comité d’action sociale",
    TypeAvantage.RESTAURATION: "restauration collective",
    TypeAvantage.TITRES_RESTAURANT: "titres-restaurant",
    TypeAvantage.PARTICIPATION_SANTE: "participation à la complémentaire santé",
    TypeAvantage.PARTICIPATION_PREVOYANCE: "participation à la prévoyance",
    TypeAvantage.CET: "compte épargne-temps (CET)",
    TypeAvantage.RTT: "jours de RTT",
    TypeAvantage.CHEQUES_VACANCES: "chèques-vacances",
    TypeAvantage.CESU: "chèques CESU",
    TypeAvantage.REMBOURSEMENT_TRANSPORT: "remboursement des frais de transport",
    TypeAvantage.FORFAIT_MOBILITES_DURABLES: "forfait mobilités durables",
    TypeAvantage.PRIME_ANNUELLE: "prime annuelle",
    TypeAvantage.CONCIERGERIE: "conciergerie",
    TypeAvantage.LOGEMENT: "logement",
    TypeAvantage.VEHICULE: "véhicule",
    TypeAvantage.AUTRE: "autre avantage",
}
_EXIGENCES = {Exigence.EXIGEE: "exigé", Exigence.SOUHAITEE: "souhaité"}
_RELATIONS = {
    NatureRelation.INTERNE: "relation interne",
    NatureRelation.EXTERNE: "relation externe",
}
_PIECES = {
    TypePiece.CV: "CV",
    TypePiece.LETTRE_MOTIVATION: "lettre de motivation",
    TypePiece.DERNIER_ARRETE: "dernier arrêté de situation administrative",
    TypePiece.DERNIERS_ENTRETIENS: "derniers comptes rendus d’entretien professionnel",
    TypePiece.DIPLOMES: "copie des diplômes",
    TypePiece.ATTESTATION_CONCOURS: "attestation de réussite au concours",
    TypePiece.AUTRE: "autre pièce",
}
_ETAPES = {
    TypeEtape.PRESELECTION: "présélection",
    TypeEtape.ENTRETIEN_VISIOCONFERENCE: "entretien en visioconférence",
    TypeEtape.ENTRETIEN_PRESENTIEL: "entretien en présentiel",
    TypeEtape.CAS_PRATIQUE: "cas pratique",
    TypeEtape.TEST: "test",
    TypeEtape.JURY: "jury",
    TypeEtape.AUTRE: "autre étape",
}
_DROITS = {
    DroitRgpd.ACCES: "accès",
    DroitRgpd.RECTIFICATION: "rectification",
    DroitRgpd.EFFACEMENT: "effacement",
    DroitRgpd.LIMITATION: "limitation du traitement",
    DroitRgpd.OPPOSITION: "opposition",
    DroitRgpd.PORTABILITE: "portabilité",
}

# --- le document, indépendant du format --------------------------------------------------------


@attrs.frozen
class _Fort:
    """Un morceau mis en valeur (les verbes en gras des missions, les libellés)."""

    texte: str


@attrs.frozen
class _Lien:
    """Un lien (adresse web ou courriel) : un texte et sa cible."""

    texte: str
    cible: str


Morceau = str | _Fort | _Lien
Ligne = tuple[Morceau, ...]


@attrs.frozen
class _Paragraphe:
    ligne: Ligne


@attrs.frozen
class _Element:
    ligne: Ligne
    sous: tuple[Ligne, ...] = ()


@attrs.frozen
class _Liste:
    elements: tuple[_Element, ...]


@attrs.frozen
class _SousTitre:
    texte: str


Bloc = _Paragraphe | _Liste | _SousTitre


@attrs.frozen
class _Section:
    titre: str
    blocs: tuple[Bloc, ...]


@attrs.frozen
class _Document:
    titre: str
    chapeau: tuple[Bloc, ...]
    sections: tuple[_Section, ...]


_DEUX_POINTS = f"{fm.ESPACE_INSECABLE}: "
_FINS_DE_LIGNE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_PARAGRAPHES = re.compile(r"\n[^\S\n]*\n\s*")
# Ce qu'aucun des trois formats n'accepte : les caractères de contrôle (hors tabulation ;
# les fins de ligne sont déjà des espaces), les demi-codets isolés et les non-caractères
# Unicode (U+FDD0 à U+FDEF, et les deux derniers points de code de chaque plan).
_NON_CARACTERES = "".join(
    chr(plan * 0x10000 + fin) for plan in range(17) for fin in (0xFFFE, 0xFFFF)
)
_INTERDITS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NON_CARACTERES}]")
_URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


def _net(texte: str) -> str:
    """Un texte sur une ligne, sans caractère de contrôle ni non-caractère."""
    return _INTERDITS.sub("\ufffd", _FINS_DE_LIGNE.sub(" ", texte))


def _paragraphes(texte: str) -> tuple[_Paragraphe, ...]:
    morceaux = _PARAGRAPHES.split(_FINS_DE_LIGNE.sub("\n", texte))
    return tuple(_Paragraphe((m,)) for m in morceaux if m.strip())


def _cle(libelle: str, *valeur: Morceau) -> Ligne:
    """« Libellé : valeur », le libellé en valeur."""
    return (_Fort(libelle), _DEUX_POINTS, *valeur) if valeur else (_Fort(libelle),)


def _majuscule(texte: str) -> str:
    return texte[:1].upper() + texte[1:]


def _liste(elements: Iterable[str], style: fm.StyleListe = "et") -> str:
    return fm.formater_liste([_net(e) for e in elements], style)


def _lien_web(texte: str) -> Morceau:
    return _Lien(texte, texte.strip()) if _URL.fullmatch(texte.strip()) else texte


def _liens_courriel(courriels: Sequence[str]) -> Ligne:
    morceaux: list[Morceau] = []
    for rang, courriel in enumerate(courriels):
        if rang:
            morceaux.append(" ou " if rang == len(courriels) - 1 else ", ")
        morceaux.append(_Lien(courriel, f"mailto:{courriel}"))
    return tuple(morceaux)


def _adresse(adresse: Adresse) -> str:
    ville = " ".join(p for p in (adresse.code_postal, adresse.commune) if p)
    if adresse.cedex:
        ville = f"{ville} CEDEX".strip()
    return ", ".join(_net(p) for p in (*adresse.lignes, ville) if p)


def _chiffre(chiffre: Chiffre, nom: str, pluriel: str | None = None) -> str:
    return _APPROXIMATIONS[chiffre.approximation] + fm.formater_compte(chiffre.valeur, nom, pluriel)


def _date(date: datetime.date) -> str:
    return fm.formater_date(date, "complet")


@cache
def _departements() -> dict[str, str]:
    from fpt_offres import nomenclature  # noqa: PLC0415  (chargée au premier rendu)

    return {code: d.nom for code, d in nomenclature.departements().items()}


@cache
def _niveaux() -> dict[int, str]:
    from fpt_offres import nomenclature  # noqa: PLC0415  (chargée au premier rendu)

    niveaux = {}
    for d in nomenclature.niveaux_diplome():
        bac = {None: "", 0: " (bac)"}.get(d.bac_plus, f" (bac +{d.bac_plus})")
        niveaux[d.niveau.value] = f"niveau {d.niveau.value}{bac}"
    return niveaux


# --- les sections ---------------------------------------------------------------------------


def _chapeau(offre: Offre) -> tuple[Bloc, ...]:
    lignes: list[_Element] = []
    if offre.reference is not None:
        lignes.append(_Element(_cle("Référence", offre.reference)))
    if offre.calendrier.date_publication is not None:
        lignes.append(
            _Element(_cle("Date de publication", _date(offre.calendrier.date_publication)))
        )
    if offre.url is not None:
        lignes.append(_Element(_cle("Offre en ligne", _lien_web(offre.url))))
    chapeau: list[Bloc] = [_Paragraphe((_Fort(offre.employeur.nom),))]
    if lignes:
        chapeau.append(_Liste(tuple(lignes)))
    return tuple(chapeau)


def _employeur(offre: Offre) -> _Section:
    employeur = offre.employeur
    elements = [
        _Element(_cle("Type d’employeur", _TYPES_EMPLOYEUR[employeur.type])),
        _Element(_cle("Versant", _VERSANTS[employeur.versant])),
    ]
    if employeur.departement is not None:
        nom = _departements().get(employeur.departement)
        code = employeur.departement
        elements.append(_Element(_cle("Département", f"{nom} ({code})" if nom else code)))
    if employeur.siren is not None:
        elements.append(_Element(_cle("SIREN", employeur.siren)))
    if employeur.siret is not None:
        elements.append(_Element(_cle("SIRET", employeur.siret)))
    if employeur.adresse is not None and _adresse(employeur.adresse):
        elements.append(_Element(_cle("Adresse", _adresse(employeur.adresse))))
    if employeur.site_web is not None:
        elements.append(_Element(_cle("Site internet", _lien_web(employeur.site_web))))
    chiffres = [
        _chiffre(c, nom)
        for c, nom in (
            (employeur.nombre_agents, "agent"),
            (employeur.nombre_directions, "direction"),
            (employeur.nombre_communes, "commune"),
            (employeur.nombre_habitants, "habitant"),
            (employeur.nombre_metiers, "métier"),
        )
        if c is not None
    ]
    if chiffres:
        elements.append(_Element(_cle("En chiffres", _liste(chiffres))))
    if employeur.labels:
        elements.append(
            _Element(
                _cle("Label" if len(employeur.labels) == 1 else "Labels", _liste(employeur.labels))
            )
        )
    presentation = () if employeur.presentation is None else _paragraphes(employeur.presentation)
    return _Section("L’employeur", (*presentation, _Liste(tuple(elements))))


def _corps(corps: Corps) -> str:
    precisions = [_VERSANTS[corps.versant]]
    if corps.categorie is not None:
        precisions.append(f"catégorie {corps.categorie.value}")
    return f"{_net(corps.libelle)} ({', '.join(precisions)})"


def _lieu(lieu: LieuTravail) -> _Element:
    sous: list[Ligne] = []
    if lieu.commune is not None and _net(lieu.commune) not in _net(lieu.libelle):
        sous.append(_cle("Commune", lieu.commune))
    if lieu.adresse is not None and _adresse(lieu.adresse):
        sous.append(_cle("Adresse", _adresse(lieu.adresse)))
    if lieu.a_partir_du is not None:
        sous.append((f"À partir du {fm.formater_date(lieu.a_partir_du)}",))
    if lieu.acces:
        sous.append(_cle("Accès", _liste(lieu.acces)))
    sous.extend((p,) for p in lieu.precisions)
    return _Element(_cle("Lieu de travail", lieu.libelle), tuple(sous))


def _poste(offre: Offre) -> _Section:
    poste, statut, employeur = offre.poste, offre.statut, offre.employeur
    elements: list[_Element] = []

    def ajouter(*ligne: Morceau) -> None:
        elements.append(_Element(tuple(ligne)))

    if statut.categories:
        ajouter(f"Poste de {fm.formater_categories(statut.categories)}")
    if statut.filieres:
        libelle = "Filière" if len(statut.filieres) == 1 else "Filières"
        ajouter(*_cle(libelle, _liste((f.value for f in statut.filieres), "ou")))
    if statut.cadres_emplois:
        libelle = "Cadre d’emplois" if len(statut.cadres_emplois) == 1 else "Cadres d’emplois"
        ajouter(*_cle(libelle, _liste((c.libelle for c in statut.cadres_emplois), "ou")))
    if statut.grades:
        libelle = "Grade" if len(statut.grades) == 1 else "Grades"
        ajouter(*_cle(libelle, _liste((g.libelle for g in statut.grades), "ou")))
    if statut.corps:
        ajouter(*_cle("Corps", _liste((_corps(c) for c in statut.corps), "ou")))
    if statut.emploi_fonctionnel is not None:
        ajouter(*_cle("Emploi fonctionnel", _EMPLOIS_FONCTIONNELS[statut.emploi_fonctionnel]))
    if poste.metier is not None:
        ajouter(*_cle("Métier", poste.metier))
    if poste.nombre != 1:
        ajouter(*_cle("Nombre de postes", fm.formater_nombre(poste.nombre)))
    if poste.motif is not None:
        ajouter(*_cle("Motif du recrutement", _MOTIFS[poste.motif]))
    if poste.permanent is not None:
        ajouter("Emploi permanent" if poste.permanent else "Emploi non permanent")
    for libelle, valeur in (
        ("Direction", employeur.direction),
        ("Service", employeur.service),
        ("Rattachement", employeur.rattachement),
    ):
        if valeur is not None:
            ajouter(*_cle(libelle, valeur))
    if poste.encadrement is not None:
        ajouter(
            *_cle("Encadrement", fm.formater_compte(poste.encadrement, "agent"))
            if poste.encadrement
            else ("Sans encadrement",)
        )
    elements.extend(_lieu(lieu) for lieu in poste.lieux)
    if poste.itinerant is not None:
        ajouter("Poste itinérant" if poste.itinerant else "Poste non itinérant")
    presentation = () if poste.presentation is None else _paragraphes(poste.presentation)
    return _Section("Le poste", (*presentation, *((_Liste(tuple(elements)),) if elements else ())))


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
        morceaux.extend((texte[position:debut], _Fort(texte[debut:fin])))
        position = fin
    morceaux.append(texte[position:])
    return tuple(m for m in morceaux if m)


def _missions(offre: Offre) -> _Section:
    missions = offre.missions
    blocs: list[Bloc] = []
    if missions.finalite is not None:
        blocs.extend(_paragraphes(missions.finalite))
    for theme in missions.themes:
        if theme.intitule is not None:
            blocs.append(_SousTitre(theme.intitule))
        if theme.activites:
            blocs.append(
                _Liste(tuple(_Element(_en_gras(a.texte, a.verbes)) for a in theme.activites))
            )
    if missions.relations:
        blocs.append(_SousTitre("Relations"))
        blocs.append(
            _Liste(
                tuple(
                    _Element(
                        (r.texte,) if r.nature is None else (r.texte, f" ({_RELATIONS[r.nature]})")
                    )
                    for r in missions.relations
                )
            )
        )
    return _Section("Missions", tuple(blocs))


def _profil(offre: Offre) -> _Section:
    profil = offre.profil
    elements: list[_Element] = []
    exigence = profil.exigence_diplome
    suffixe = "" if exigence is None else " " + _EXIGENCES[exigence]
    if profil.niveau_diplome is not None:
        niveau = _niveaux()[profil.niveau_diplome.value]
        elements.append(_Element(_cle(f"Niveau de diplôme{suffixe}", niveau)))
    if profil.diplomes:
        pluriel = len(profil.diplomes) > 1
        libelle = "Diplômes" if pluriel else "Diplôme"
        if exigence is not None:
            libelle += " " + _EXIGENCES[exigence] + ("s" if pluriel else "")
        elements.append(_Element(_cle(libelle, _liste(profil.diplomes, "ou"))))
    elif exigence is not None and profil.niveau_diplome is None:
        elements.append(_Element((f"Diplôme {_EXIGENCES[exigence]}",)))
    experience = profil.experience
    if experience is not None:
        libelle = "Expérience"
        if experience.exigence is not None:
            libelle += " " + _EXIGENCES[experience.exigence] + "e"
        details = []
        if experience.annees_min is not None:
            details.append(f"au moins {fm.formater_duree(experience.annees_min * 12)}")
        if experience.domaine is not None:
            details.append(_net(experience.domaine))
        if experience.debutant_accepte is not None:
            accepte = (
                "débutants acceptés" if experience.debutant_accepte else "débutants non acceptés"
            )
            details.append(accepte)
        elements.append(_Element(_cle(libelle, ", ".join(details)) if details else (libelle,)))
    blocs: list[Bloc] = [_Liste(tuple(elements))] if elements else []
    for titre, textes in (
        ("Connaissances", profil.connaissances),
        ("Savoir-faire", profil.savoir_faire),
        ("Qualités", profil.qualites),
    ):
        if textes:
            blocs.extend((_SousTitre(titre), _Liste(tuple(_Element((t,)) for t in textes))))
    return _Section("Profil recherché", tuple(blocs))


def _contrat(offre: Offre) -> _Element | None:
    contrat = offre.conditions.contrat
    if contrat is None:
        return None
    parties = []
    if contrat.nature is not None:
        parties.append(_NATURES_CONTRAT[contrat.nature])
    if contrat.duree is not None:
        duree = fm.formater_duree(contrat.duree.mois)
        parties.append(f"d’une durée de {duree}{' minimum' if contrat.duree.minimum else ''}")
    if contrat.renouvelable is not None:
        parties.append("renouvelable" if contrat.renouvelable else "non renouvelable")
    sous = tuple(
        _cle("Base légale", f"{base} du code général de la fonction publique — {base.libelle}")
        for base in contrat.bases_legales
    )
    ligne = _cle("Contrat", ", ".join(parties)) if parties else ("Recrutement par contrat",)
    return _Element(ligne, sous)


def _temps(offre: Offre) -> list[_Element]:
    temps = offre.conditions.temps
    if temps is None:
        return []
    elements = []
    if temps.regimes:
        regimes = _liste((_REGIMES[r] for r in temps.regimes), "ou")
        elements.append(_Element(_cle("Temps de travail", regimes)))
    if temps.heures_hebdo is not None:
        heures = fm.formater_heures(temps.heures_hebdo) + " par semaine"
        if RegimeTemps.NON_COMPLET in temps.regimes:
            heures += f" ({fm.formater_heures(temps.heures_hebdo, 'fraction')})"
        elements.append(_Element(_cle("Durée hebdomadaire", heures)))
    if temps.heures_annuelles is not None:
        annuel = fm.formater_compte(temps.heures_annuelles, "heure") + " par an"
        elements.append(_Element(_cle("Volume annuel", annuel)))
    if temps.quotite is not None:
        elements.append(_Element(_cle("Quotité", fm.formater_quotite(temps.quotite))))
    return elements


def _organisation(offre: Offre) -> list[_Element]:
    organisation = offre.conditions.organisation
    if organisation is None:
        return []
    elements = []
    cycles = []
    for cycle in organisation.cycles:
        texte = fm.formater_heures(cycle.duree) + " par semaine"
        if cycle.jours_rtt is not None:
            texte += f" ({fm.formater_compte(cycle.jours_rtt, 'jour de RTT', 'jours de RTT')})"
        cycles.append(texte)
    if cycles:
        libelle = "Cycle de travail" if len(cycles) == 1 else "Cycles de travail au choix"
        elements.append(_Element(_cle(libelle, _liste(cycles, "ou"))))
    if organisation.rythmes:
        libelle = "Rythme" if len(organisation.rythmes) == 1 else "Rythmes au choix"
        rythmes = _liste((_RYTHMES[r] for r in organisation.rythmes), "ou")
        elements.append(_Element(_cle(libelle, rythmes)))
    for valeur, oui, non in (
        (organisation.badgeage, "Temps de travail badgé", "Sans badgeage"),
        (organisation.horaires_variables, "Horaires variables", "Horaires fixes"),
        (
            organisation.flexibilite_requise,
            "Flexibilité horaire requise",
            "Sans flexibilité horaire",
        ),
        (organisation.astreintes, "Astreintes", "Sans astreinte"),
        (organisation.travail_week_end, "Travail le week-end", "Sans travail le week-end"),
    ):
        if valeur is not None:
            elements.append(_Element((oui if valeur else non,)))
    if organisation.precision is not None:
        elements.append(_Element(_cle("Organisation du travail", organisation.precision)))
    return elements


def _conditions(offre: Offre) -> _Section:
    conditions = offre.conditions
    elements: list[_Element] = []
    if conditions.ouverture is not None:
        elements.append(_Element((_majuscule(_OUVERTURES[conditions.ouverture]),)))
    if conditions.ouvert_laureats_concours is not None:
        laureats = "Ouvert" if conditions.ouvert_laureats_concours else "Non ouvert"
        elements.append(_Element((f"{laureats} aux lauréats de concours",)))
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
            ligne = (texte, _DEUX_POINTS, teletravail.precision)
        elements.append(_Element(ligne))
    elements.extend(_organisation(offre))
    for permis in conditions.permis:
        texte = f"Permis {permis.categorie.value} {_EXIGENCES[permis.exigence]}"
        elements.append(
            _Element((texte,) if permis.motif is None else (texte, _DEUX_POINTS, permis.motif))
        )
    deplacements = conditions.deplacements
    if deplacements is not None:
        libelle = {
            True: "Déplacements fréquents",
            False: "Déplacements occasionnels",
            None: "Déplacements",
        }[deplacements.frequents]
        ligne = (
            _cle(libelle, _liste(deplacements.destinations))
            if deplacements.destinations
            else (libelle,)
        )
        sous = () if deplacements.precision is None else ((deplacements.precision,),)
        elements.append(_Element(ligne, sous))
    if conditions.services_sur_site:
        elements.append(_Element(_cle("Sur place", _liste(conditions.services_sur_site))))
    if conditions.residence_exigee_annees is not None:
        annees = conditions.residence_exigee_annees
        duree = fm.formater_duree(annees * 12) if annees else "aucune"
        elements.append(
            _Element(_cle("Durée de résidence exigée pour le recrutement sur titre", duree))
        )
    if offre.mentions.confidentialite is not None:
        elements.append(_Element(_cle("Confidentialité", offre.mentions.confidentialite)))
    return _Section("Conditions d’emploi", (_Liste(tuple(elements)),) if elements else ())


def _etendue(minimum: int | None, maximum: int | None) -> str:
    if minimum is not None and maximum is not None and minimum != maximum:
        return f"de {fm.formater_nombre(minimum)} à {fm.formater_nombre(maximum)}"
    if minimum is not None and maximum is not None:
        return fm.formater_nombre(minimum)
    if minimum is not None:
        return f"à partir de {fm.formater_nombre(minimum)}"
    return f"jusqu’à {fm.formater_nombre(maximum or 0)}"


def _salaire(salaire: Salaire) -> _Element:
    libelle = "Rémunération" if salaire.libelle is None else salaire.libelle
    montant = fm.formater_fourchette(salaire.montant)
    brut = "brut" if salaire.brut else "net"
    texte = f"{montant} {brut} {_PERIODES[salaire.periode]}{_PUBLICS[salaire.public]}"
    return _Element(_cle(libelle, texte))


def _part(nom: str, part: PartIndemnitaire | None) -> Ligne | None:
    if part is None:
        return None
    details = []
    if part.groupe is not None:
        details.append(f"groupe de fonctions {_net(part.groupe)}")
    if part.montant is not None:
        periode = "" if part.periode is None else " " + _PERIODES[part.periode]
        details.append(fm.formater_fourchette(part.montant) + periode)
    elif part.periode is not None:
        details.append(_PERIODICITES[part.periode])
    return _cle(nom, ", ".join(details)) if details else (nom,)


def _avantage(avantage: Avantage) -> _Element:
    nom = _AVANTAGES[avantage.type]
    if avantage.libelle is not None:
        libelle = _net(avantage.libelle)
        if avantage.type is not TypeAvantage.AUTRE and libelle.casefold() != nom.casefold():
            libelle = f"{libelle} ({nom})"
        nom = libelle
    details = []
    if avantage.taux is not None:
        details.append(f"à hauteur de {fm.formater_pourcentage(avantage.taux)}")
    if avantage.montant is not None:
        details.append(fm.formater_fourchette(avantage.montant))
    if avantage.precision is not None:
        details.append(_net(avantage.precision))
    if avantage.libelle is None:
        nom = _majuscule(nom)
    return _Element(_cle(nom, ", ".join(details)) if details else (nom,))


def _remuneration(offre: Offre) -> _Section:
    remuneration = offre.remuneration
    elements: list[_Element] = []
    if remuneration.statutaire:
        elements.append(_Element(("Rémunération statutaire",)))
    indices = remuneration.indices
    if indices is not None:
        for nom, minimum, maximum in (
            ("Indice brut", indices.brut_min, indices.brut_max),
            ("Indice majoré", indices.majore_min, indices.majore_max),
        ):
            if minimum is not None or maximum is not None:
                elements.append(_Element(_cle(nom, _etendue(minimum, maximum))))
    elements.extend(_salaire(s) for s in remuneration.salaires)
    regime = remuneration.regime_indemnitaire
    if regime is not None:
        texte = {True: " (RIFSEEP)", False: " (hors RIFSEEP)", None: ""}[regime.rifseep]
        ligne: Ligne = ("Régime indemnitaire" + texte,)
        if regime.libelle is not None:
            ligne = _cle("Régime indemnitaire" + texte, regime.libelle)
        sous = tuple(p for p in (_part("IFSE", regime.ifse), _part("CIA", regime.cia)) if p)
        elements.append(_Element(ligne, sous))
    nbi = remuneration.nbi
    if nbi is not None:
        details = []
        if nbi.points is not None:
            details.append(fm.formater_compte(nbi.points, "point"))
        if nbi.libelle is not None:
            details.append(_net(nbi.libelle))
        elements.append(
            _Element(
                _cle("Nouvelle bonification indiciaire (NBI)", ", ".join(details))
                if details
                else ("Nouvelle bonification indiciaire (NBI)",)
            )
        )
    elements.extend(_avantage(a) for a in remuneration.avantages)
    blocs: list[Bloc] = [_Liste(tuple(elements))] if elements else []
    if remuneration.precision is not None:
        blocs.extend(_paragraphes(remuneration.precision))
    return _Section("Rémunération et avantages", tuple(blocs))


def _engagements(offre: Offre) -> _Section:
    mentions = offre.mentions
    blocs: list[Bloc] = []
    for texte in (mentions.non_discrimination, mentions.accessibilite):
        if texte is not None:
            blocs.extend(_paragraphes(texte))
    return _Section("Engagements de l’employeur", tuple(blocs))


def _contact(contact: Contact) -> Ligne:
    morceaux: list[Morceau] = []
    for partie in (contact.nom, contact.fonction):
        if partie is not None:
            morceaux.extend((", " if morceaux else "", partie))
    if contact.telephone is not None:
        morceaux.extend((", " if morceaux else "", f"tél.{fm.ESPACE_INSECABLE}", contact.telephone))
    if contact.courriel is not None:
        morceaux.extend(
            (", " if morceaux else "", _Lien(contact.courriel, f"mailto:{contact.courriel}"))
        )
    return tuple(m for m in morceaux if m) or ("Contact",)


def _candidater(offre: Offre, aujourd_hui: datetime.date | None) -> _Section:
    calendrier, candidature = offre.calendrier, offre.candidature
    elements: list[_Element] = []
    limite = calendrier.date_limite_candidature
    if limite is not None:
        texte = _date(limite)
        if aujourd_hui is not None:
            texte += f" ({fm.formater_cloture(limite, aujourd_hui=aujourd_hui)})"
        elements.append(_Element(_cle("Date limite de candidature", texte)))
    prise = calendrier.prise_de_poste
    if prise is not None:
        texte = "dès que possible" if isinstance(prise, PriseDePoste) else _date(prise)
        elements.append(_Element(_cle("Prise de poste", texte)))
    if candidature.courriels:
        elements.append(
            _Element(_cle("Candidature par courriel", *_liens_courriel(candidature.courriels)))
        )
    if candidature.url is not None:
        elements.append(_Element(_cle("Candidature en ligne", _lien_web(candidature.url))))
    if candidature.adresse is not None and _adresse(candidature.adresse):
        elements.append(_Element(_cle("Candidature par courrier", _adresse(candidature.adresse))))
    if candidature.destinataire is not None:
        elements.append(_Element(_cle("À l’attention de", candidature.destinataire)))
    if candidature.pieces:
        pieces = tuple(
            (_majuscule(_PIECES[p.type]),)
            if p.libelle is None
            else (p.libelle, f" ({_PIECES[p.type]})")
            for p in candidature.pieces
        )
        elements.append(_Element(_cle("Pièces à joindre"), pieces))
    if candidature.etapes:
        etapes = tuple(
            (_majuscule(_ETAPES[e.type]),)
            if e.libelle is None
            else (e.libelle, f" ({_ETAPES[e.type]})")
            for e in candidature.etapes
        )
        elements.append(_Element(_cle("Étapes du recrutement"), etapes))
    if candidature.reponse_promise is not None:
        reponse = (
            "Réponse à chaque candidature"
            if candidature.reponse_promise
            else "Pas de réponse systématique"
        )
        elements.append(_Element((reponse,)))
    if candidature.contacts:
        elements.append(
            _Element(_cle("Renseignements"), tuple(_contact(c) for c in candidature.contacts))
        )
    return _Section("Candidater", (_Liste(tuple(elements)),) if elements else ())


def _rgpd(offre: Offre) -> _Section:
    rgpd = offre.mentions.rgpd
    if rgpd is None:
        return _Section("Données personnelles", ())
    elements: list[_Element] = []
    if rgpd.finalite is not None:
        elements.append(_Element(_cle("Finalité", rgpd.finalite)))
    if rgpd.responsable is not None:
        elements.append(_Element(_cle("Responsable du traitement", rgpd.responsable)))
    if rgpd.duree_conservation_mois is not None:
        duree = fm.formater_duree(rgpd.duree_conservation_mois)
        elements.append(_Element(_cle("Durée de conservation", duree)))
    if rgpd.droits:
        droits = _liste(_DROITS[d] for d in rgpd.droits)
        elements.append(_Element(_cle("Droits", droits)))
    if rgpd.contacts:
        elements.append(_Element(_cle("Pour exercer ces droits", *_liens_courriel(rgpd.contacts))))
    if rgpd.texte_de_reference is not None:
        elements.append(_Element(_cle("Texte de référence", rgpd.texte_de_reference)))
    if not elements:
        elements.append(_Element(("Les données des candidats sont traitées selon le RGPD",)))
    return _Section("Données personnelles", (_Liste(tuple(elements)),))


def _document(offre: Offre, aujourd_hui: datetime.date | None) -> _Document:
    sections = (
        _employeur(offre),
        _poste(offre),
        _missions(offre),
        _profil(offre),
        _conditions(offre),
        _remuneration(offre),
        _engagements(offre),
        _candidater(offre, aujourd_hui),
        _rgpd(offre),
    )
    return _Document(offre.intitule, _chapeau(offre), tuple(s for s in sections if s.blocs))


# --- les trois formats ------------------------------------------------------------------------

_MD_PARTOUT = re.compile(r"([\\`*\[\]<>#|~])")
_MD_SOULIGNE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_MD_ENTITE = re.compile(r"&(?=#?\w+;)")
_MD_DEBUT_SIGNE = re.compile(r"^([-+=])")
_MD_DEBUT_NUMERO = re.compile(r"^(\d+)([.)])")


def _md(texte: str) -> str:
    """Un texte échappé pour Markdown (CommonMark, GFM) : rien n'y est lu comme une marque."""
    texte = _MD_PARTOUT.sub(r"\\\1", _net(texte))
    texte = _MD_SOULIGNE.sub(r"\\_", texte)
    return _MD_ENTITE.sub(r"\\&", texte)


def _md_debut(ligne: str) -> str:
    """Une ligne dont le début ne se lit pas comme une liste, un titre ou un filet."""
    return _MD_DEBUT_NUMERO.sub(r"\1\\\2", _MD_DEBUT_SIGNE.sub(r"\\\1", ligne))


def _ligne_texte(ligne: Ligne) -> str:
    return "".join(_net(m) if isinstance(m, str) else _net(m.texte) for m in ligne).strip()


def _ligne_markdown(ligne: Ligne) -> str:
    morceaux = []
    for morceau in ligne:
        if isinstance(morceau, _Fort):
            texte = _md(morceau.texte)
            morceaux.append(f"**{texte}**" if texte.strip() == texte and texte else texte)
        else:
            morceaux.append(_md(morceau.texte if isinstance(morceau, _Lien) else morceau))
    return _md_debut("".join(morceaux).strip())


def _echapper(texte: str) -> str:
    """Un texte HTML : « & », « < » et « > » échappés (les guillemets ne comptent que dans un attribut)."""
    return html.escape(_net(texte), quote=False)


def _ligne_html(ligne: Ligne) -> str:
    morceaux = []
    for morceau in ligne:
        if isinstance(morceau, _Fort):
            morceaux.append(f"<strong>{_echapper(morceau.texte)}</strong>")
        elif isinstance(morceau, _Lien):
            cible = html.escape(_net(morceau.cible), quote=True)
            morceaux.append(f'<a href="{cible}">{_echapper(morceau.texte)}</a>')
        else:
            morceaux.append(_echapper(morceau))
    return "".join(morceaux).strip()


def _en_texte(document: _Document) -> str:
    def bloc(b: Bloc) -> list[str]:
        if isinstance(b, _Paragraphe):
            return [_ligne_texte(b.ligne), ""]
        if isinstance(b, _SousTitre):
            return [_net(b.texte).strip(), ""]
        lignes = []
        for element in b.elements:
            lignes.append(f"- {_ligne_texte(element.ligne)}")
            lignes.extend(f"  - {_ligne_texte(s)}" for s in element.sous)
        return [*lignes, ""]

    titre = _net(document.titre).strip()
    lignes = [titre, "=" * len(titre), ""]
    for b in document.chapeau:
        lignes.extend(bloc(b))
    for section in document.sections:
        lignes.extend((section.titre, "-" * len(section.titre), ""))
        for b in section.blocs:
            lignes.extend(bloc(b))
    return "\n".join(lignes).rstrip("\n") + "\n"


def _en_markdown(document: _Document) -> str:
    def bloc(b: Bloc) -> list[str]:
        if isinstance(b, _Paragraphe):
            return [_ligne_markdown(b.ligne), ""]
        if isinstance(b, _SousTitre):
            return [f"### {_md(b.texte).strip()}", ""]
        lignes = []
        for element in b.elements:
            lignes.append(f"- {_ligne_markdown(element.ligne)}")
            lignes.extend(f"  - {_ligne_markdown(s)}" for s in element.sous)
        return [*lignes, ""]

    lignes = [f"# {_md(document.titre).strip()}", ""]
    for b in document.chapeau:
        lignes.extend(bloc(b))
    for section in document.sections:
        lignes.extend((f"## {_md(section.titre)}", ""))
        for b in section.blocs:
            lignes.extend(bloc(b))
    return "\n".join(lignes).rstrip("\n") + "\n"


def _en_html(document: _Document) -> str:
    def bloc(b: Bloc) -> list[str]:
        if isinstance(b, _Paragraphe):
            return [f"<p>{_ligne_html(b.ligne)}</p>"]
        if isinstance(b, _SousTitre):
            return [f"<h3>{_echapper(b.texte)}</h3>"]
        lignes = ["<ul>"]
        for element in b.elements:
            if element.sous:
                sous = "".join(f"<li>{_ligne_html(s)}</li>" for s in element.sous)
                lignes.append(f"<li>{_ligne_html(element.ligne)}<ul>{sous}</ul></li>")
            else:
                lignes.append(f"<li>{_ligne_html(element.ligne)}</li>")
        return [*lignes, "</ul>"]

    lignes = ['<article class="offre" lang="fr">', f"<h1>{_echapper(document.titre)}</h1>"]
    for b in document.chapeau:
        lignes.extend(bloc(b))
    for section in document.sections:
        lignes.extend(("<section>", f"<h2>{_echapper(section.titre)}</h2>"))
        for b in section.blocs:
            lignes.extend(bloc(b))
        lignes.append("</section>")
    lignes.append("</article>")
    return "\n".join(lignes) + "\n"


_RENDUS = {"texte": _en_texte, "markdown": _en_markdown, "html": _en_html}


def formater(
    offre: Offre,
    format: FormatRendu = "texte",
    *,
    aujourd_hui: datetime.date | None = None,
    espaces: fm.Espaces = "insecables",
) -> str:
    """L'offre entière, écrite comme une annonce.

    Args:
        offre: l'offre.
        format: ``"texte"`` (texte brut, titres soulignés), ``"markdown"``
            (titres ``#``, listes, verbes en gras) ou ``"html"`` (un fragment
            ``<article>`` bien formé, chaque texte échappé).
        aujourd_hui: le jour d'où l'on lit l'offre ; donné, la date limite est
            suivie de la clôture relative (« clôture dans 12 jours ») ; absent,
            rien de relatif n'est écrit.
        espaces: ``"simples"`` remplace les espaces insécables (celles de la
            typographie comme celles des textes de l'offre) par des espaces
            ordinaires, pour les systèmes qui ne les acceptent pas.

    Returns:
        L'annonce, terminée par une fin de ligne.

    Raises:
        ValueError: un format inconnu.

    >>> import datetime
    >>> from fpt_offres import Employeur, Offre, TypeEmployeur, Calendrier
    >>> offre = Offre(
    ...     intitule="Chargé·e de mission <numérique>",
    ...     employeur=Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE),
    ...     calendrier=Calendrier(date_limite_candidature=datetime.date(2026, 4, 30)),
    ... )
    >>> print(formater(offre, aujourd_hui=datetime.date(2026, 4, 18), espaces="simples"))
    Chargé·e de mission <numérique>
    ===============================
    <BLANKLINE>
    Commune de Poum
    <BLANKLINE>
    L’employeur
    -----------
    <BLANKLINE>
    - Type d’employeur : commune
    - Versant : fonction publique territoriale
    <BLANKLINE>
    Candidater
    ----------
    <BLANKLINE>
    - Date limite de candidature : jeudi 30 avril 2026 (clôture dans 12 jours)
    <BLANKLINE>
    >>> print(formater(offre, "html").splitlines()[1])
    <h1>Chargé·e de mission &lt;numérique&gt;</h1>
    >>> print(formater(offre, "markdown").splitlines()[0])
    # Chargé·e de mission \\<numérique\\>
    """
    if format not in _RENDUS:
        noms = ", ".join(f"« {f} »" for f in _RENDUS)
        message = f"format doit valoir l'un de {noms}, pas {format!r}"
        raise ValueError(message)
    if espaces not in ("insecables", "simples"):
        message = f"espaces doit valoir « insecables » ou « simples », pas {espaces!r}"
        raise ValueError(message)
    rendu = _RENDUS[format](_document(offre, aujourd_hui))
    if espaces == "simples":
        rendu = rendu.replace(fm.ESPACE_INSECABLE, " ").replace(fm.ESPACE_FINE, " ")
    return rendu
