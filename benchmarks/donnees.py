"""Les offres du banc de comparaison : variées, valides, et toujours les mêmes.

:func:`offres` tire ``nombre`` offres d'un générateur à graine fixe
(:class:`random.Random`), en recomposant les cinq offres d'exemple du paquet
(thèmes de missions, profils, avantages, lieux) et en faisant varier le reste :
employeur (SIREN et SIRET valides ou absents), intitulé, référence, dates,
montants et fourchettes, grades, cadres d'emplois et bases légales tirés de la
nomenclature, nombre de missions, parties facultatives présentes ou absentes.
Chaque offre est construite par le modèle de fpt_offres, donc valide.

:func:`entrees_invalides` abîme des offres valides (clé inconnue, type faux,
valeur hors bornes, valeur d'énumération inconnue) pour mesurer le refus.

Ni hypothesis ni ``set`` ne décident de l'ordre : deux lancements, quel que
soit ``PYTHONHASHSEED``, donnent les mêmes offres.
"""

from __future__ import annotations

import copy
import datetime
import random
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from stdnum import luhn

import fpt_offres
from fpt_offres import nomenclature
from fpt_offres.modele import (
    Activite,
    Adresse,
    Approximation,
    Avantage,
    Calendrier,
    Candidature,
    Categorie,
    CategoriePermis,
    Chiffre,
    Conditions,
    Contact,
    Contrat,
    CycleTravail,
    Deplacements,
    DroitRgpd,
    DureeContrat,
    EmploiFonctionnel,
    Employeur,
    EtapeRecrutement,
    Exigence,
    ExigencePermis,
    Experience,
    Filiere,
    Fourchette,
    Horaire,
    Indices,
    LieuTravail,
    MentionRgpd,
    Mentions,
    Metier,
    Missions,
    MotifRecrutement,
    NatureContrat,
    Nbi,
    NiveauDiplome,
    Offre,
    OrganisationTravail,
    Ouverture,
    PartIndemnitaire,
    Periode,
    Piece,
    Poste,
    PriseDePoste,
    Profil,
    Public,
    RegimeIndemnitaire,
    RegimeTemps,
    Remuneration,
    Rythme,
    Salaire,
    Statut,
    Teletravail,
    TempsTravail,
    TypeAvantage,
    TypeEmployeur,
    TypeEtape,
    TypePiece,
    Versant,
)

__all__ = ["GRAINE", "entrees_invalides", "offres"]

GRAINE = 20_260_401
"""La graine du générateur : la changer change les offres, pas leur nombre."""

T = TypeVar("T")

# nom, type, département, commune, code postal, domaine des adresses
_EMPLOYEURS: tuple[tuple[str, TypeEmployeur, str, str, str, str], ...] = (
    ("Département de la Marne", TypeEmployeur.DEPARTEMENT, "51", "Châlons-en-Champagne", "51000", "marne.fr"),
    ("Département de la Haute-Marne", TypeEmployeur.DEPARTEMENT, "52", "Chaumont", "52000", "haute-marne.fr"),
    ("Département de la Seine-Saint-Denis", TypeEmployeur.DEPARTEMENT, "93", "Bobigny", "93000", "seinesaintdenis.fr"),
    ("Métropole Européenne de Lille", TypeEmployeur.METROPOLE, "59", "Lille", "59000", "lillemetropole.fr"),
    ("Ville de Rennes", TypeEmployeur.COMMUNE, "35", "Rennes", "35000", "ville-rennes.fr"),
    ("Commune de Saint-Flour", TypeEmployeur.COMMUNE, "15", "Saint-Flour", "15100", "saint-flour.fr"),
    ("Mairie d'Ajaccio", TypeEmployeur.COMMUNE, "2A", "Ajaccio", "20000", "ville-ajaccio.fr"),
    ("Région Occitanie", TypeEmployeur.REGION, "31", "Toulouse", "31400", "laregion.fr"),
    ("Communauté de communes du Pays de Gex", TypeEmployeur.COMMUNAUTE_COMMUNES, "01", "Gex", "01170", "paysdegexagglo.fr"),
    ("Communauté d'agglomération du Grand Dax", TypeEmployeur.COMMUNAUTE_AGGLOMERATION, "40", "Dax", "40100", "grand-dax.fr"),
    ("CCAS de Besançon", TypeEmployeur.CCAS, "25", "Besançon", "25000", "besancon.fr"),
    ("Centre de gestion du Nord", TypeEmployeur.CENTRE_DE_GESTION, "59", "Lille", "59000", "cdg59.fr"),
    ("SDIS de la Gironde", TypeEmployeur.SDIS, "33", "Mérignac", "33700", "sdis33.fr"),
    ("Syndicat mixte des transports du Rhône", TypeEmployeur.SYNDICAT_MIXTE, "69", "Lyon", "69003", "sytral.fr"),
    ("Collectivité territoriale de Martinique", TypeEmployeur.COLLECTIVITE_STATUT_PARTICULIER, "972", "Fort-de-France", "97200", "collectivitedemartinique.mq"),
    ("Ville de Saint-Denis de La Réunion", TypeEmployeur.COMMUNE, "974", "Saint-Denis", "97400", "saintdenis.re"),
    ("Caisse des écoles de Paris 18e", TypeEmployeur.CAISSE_DES_ECOLES, "75", "Paris", "75018", "cde18.fr"),
    ("Office public de l'habitat de Meurthe-et-Moselle", TypeEmployeur.OFFICE_PUBLIC_HABITAT, "54", "Nancy", "54000", "mmh.fr"),
)  # fmt: skip

_INTITULES = (
    "Secrétaire de mairie",
    "Chargé de mission affaires juridiques",
    "Responsable des ressources humaines",
    "Gestionnaire paie et carrière",
    "Agent d'accueil polyvalent",
    "Directeur général adjoint des services",
    "Technicien bâtiments",
    "Responsable du service urbanisme",
    "Assistant de direction",
    "Chef de projet systèmes d'information",
    "Animateur jeunesse",
    "Policier municipal",
    "Auxiliaire de puériculture",
    "Travailleur social polyvalent de secteur",
    "Bibliothécaire jeunesse",
    "Juriste marchés publics",
    "Contrôleur de gestion",
    "Agent d'entretien des espaces verts",
    "Chargé de communication numérique",
    "Responsable du pôle finances",
    "Médiateur culturel",
    "Éducateur territorial des activités physiques et sportives",
    "Chargé·e d'opérations voirie",
    "Coordinateur du contrat local de santé",
)

_SUFFIXES = ("", " (F/H)", " H/F", " (H/F)", " - poste à temps complet", " (catégorie B)")

_VERBES = ("Piloter", "Suivre", "Préparer", "Rédiger", "Animer", "Coordonner", "Conseiller")
_COMPLEMENTS = (
    "les dossiers du conseil municipal",
    "la préparation budgétaire et son exécution",
    "les marchés publics du service",
    "les réunions avec les partenaires institutionnels",
    "les projets de transformation numérique",
    "l'accueil du public et l'orientation des usagers",
    "les procédures de recrutement et la gestion des carrières",
)

_PRENOMS = ("Camille", "Dominique", "Claude", "Sacha", "Alix", "Lou", "Maxime", "Noa")
_NOMS = ("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Petit", "Durand", "Leroy")
_FONCTIONS = ("Directrice des ressources humaines", "Chef de service", "DGS", "Responsable RH")


def _tirage(
    rng: random.Random, valeurs: Sequence[T], maximum: int, minimum: int = 0
) -> tuple[T, ...]:
    """Entre ``minimum`` et ``maximum`` valeurs distinctes, dans un ordre tiré."""
    nombre = rng.randint(minimum, min(maximum, len(valeurs)))
    return tuple(rng.sample(list(valeurs), nombre))


def _peut_etre(rng: random.Random, probabilite: float, fabrique: Callable[[], T]) -> T | None:
    return fabrique() if rng.random() < probabilite else None


def _montant(rng: random.Random, minimum: int, maximum: int) -> Decimal:
    """Un montant en euros, avec centimes une fois sur deux."""
    centimes = rng.randint(minimum * 100, maximum * 100)
    if rng.random() < 0.5:
        centimes -= centimes % 100
    return Decimal(centimes).scaleb(-2)


def _fourchette(rng: random.Random, minimum: int, maximum: int) -> Fourchette:
    bas = _montant(rng, minimum, maximum)
    forme = rng.random()
    if forme < 0.5:
        return Fourchette(minimum=bas, maximum=bas + _montant(rng, 0, maximum - minimum))
    if forme < 0.7:
        return Fourchette.montant(bas)
    if forme < 0.85:
        return Fourchette(minimum=bas)
    return Fourchette(maximum=bas)


def _siren_siret(rng: random.Random) -> tuple[str, str | None]:
    debut = f"{rng.randint(20_000_000, 29_999_999)}"
    siren = debut + luhn.calc_check_digit(debut)
    if rng.random() < 0.5:
        return siren, None
    debut_siret = siren + f"{rng.randint(1, 9999):04d}"
    return siren, debut_siret + luhn.calc_check_digit(debut_siret)


class _Reserves:
    """Les morceaux des offres d'exemple que le générateur recompose."""

    def __init__(self, exemples: Sequence[Offre]) -> None:
        self.exemples = tuple(exemples)
        self.themes = tuple(t for o in exemples for t in o.missions.themes)
        self.relations = tuple(r for o in exemples for r in o.missions.relations)
        self.finalites = tuple(o.missions.finalite for o in exemples if o.missions.finalite)
        self.presentations = tuple(o.poste.presentation for o in exemples if o.poste.presentation)
        self.connaissances = tuple(c for o in exemples for c in o.profil.connaissances)
        self.savoir_faire = tuple(c for o in exemples for c in o.profil.savoir_faire)
        self.qualites = tuple(c for o in exemples for c in o.profil.qualites)
        self.diplomes = tuple(c for o in exemples for c in o.profil.diplomes)
        self.avantages = tuple(a for o in exemples for a in o.remuneration.avantages)
        self.lieux = tuple(lieu for o in exemples for lieu in o.poste.lieux)
        self.organisations = tuple(
            o.conditions.organisation for o in exemples if o.conditions.organisation
        )
        self.deplacements = tuple(
            o.conditions.deplacements for o in exemples if o.conditions.deplacements
        )
        self.rgpd = tuple(o.mentions.rgpd for o in exemples if o.mentions.rgpd)
        self.mentions = tuple(
            o.mentions
            for o in exemples
            if o.mentions.accessibilite or o.mentions.non_discrimination
        )
        self.services = tuple(s for o in exemples for s in o.conditions.services_sur_site)
        self.grades = nomenclature.grades()
        self.cadres = nomenclature.cadres_emplois()
        self.bases = nomenclature.bases_legales()


def _employeur(rng: random.Random) -> tuple[Employeur, str, str, str]:
    nom, type_, departement, commune, code_postal, domaine = rng.choice(_EMPLOYEURS)
    siren, siret = _siren_siret(rng) if rng.random() < 0.6 else (None, None)
    adresse = _peut_etre(
        rng,
        0.5,
        lambda: Adresse(
            lignes=_tirage(
                rng, ("Direction des ressources humaines", "Hôtel de ville", "CS 30001"), 2
            ),
            code_postal=code_postal,
            commune=commune,
            cedex=rng.random() < 0.3,
        ),
    )
    employeur = Employeur(
        nom=nom,
        type=type_,
        siren=siren,
        siret=siret,
        departement=departement if rng.random() < 0.9 else None,
        adresse=adresse,
        site_web=f"https://www.{domaine}" if rng.random() < 0.4 else None,
        nombre_agents=_peut_etre(
            rng,
            0.4,
            lambda: Chiffre(
                valeur=rng.randrange(50, 12_000, 50), approximation=rng.choice(list(Approximation))
            ),
        ),
        nombre_habitants=_peut_etre(rng, 0.2, lambda: Chiffre(valeur=rng.randint(800, 1_200_000))),
        labels=_tirage(rng, ("Diversité", "Égalité", "Territoire engagé"), 2)
        if rng.random() < 0.2
        else (),
        direction=rng.choice((None, "Direction des finances", "Direction générale des services")),
        service=rng.choice((None, None, "Service des ressources humaines", "Service technique")),
        rattachement=rng.choice((None, "Directeur général des services", "Maire")),
    )
    return employeur, commune, code_postal, domaine


def _statut(rng: random.Random, reserves: _Reserves) -> Statut:
    return Statut(
        categories=_tirage(rng, list(Categorie), 2),
        filieres=_tirage(rng, list(Filiere), 2) if rng.random() < 0.5 else (),
        cadres_emplois=_tirage(rng, reserves.cadres, 2) if rng.random() < 0.3 else (),
        grades=_tirage(rng, reserves.grades, 4, 1) if rng.random() < 0.6 else (),
        emploi_fonctionnel=rng.choice(list(EmploiFonctionnel)) if rng.random() < 0.05 else None,
    )


def _temps(rng: random.Random) -> TempsTravail:
    forme = rng.random()
    if forme < 0.6:
        return TempsTravail(regimes=(RegimeTemps.COMPLET,))
    if forme < 0.8:
        return TempsTravail(
            regimes=(RegimeTemps.NON_COMPLET,),
            heures_hebdo=Horaire(heures=rng.randint(8, 34), minutes=rng.choice((0, 0, 30, 33))),
        )
    if forme < 0.9:
        return TempsTravail(
            regimes=(RegimeTemps.COMPLET, RegimeTemps.PARTIEL),
            quotite=Decimal(rng.choice(("50", "80", "90", "87.5"))),
        )
    return TempsTravail(regimes=(RegimeTemps.NON_COMPLET,), heures_annuelles=rng.randint(300, 1500))


def _conditions(rng: random.Random, reserves: _Reserves) -> Conditions:
    ouverture = rng.choice((None, *Ouverture))
    contrat = None
    if ouverture is not Ouverture.TITULAIRES and rng.random() < 0.6:
        nature = rng.choice((NatureContrat.CDD, NatureContrat.CDD, NatureContrat.CDI, None))
        contrat = Contrat(
            nature=nature,
            bases_legales=_tirage(rng, reserves.bases, 2),
            duree=DureeContrat(mois=rng.choice((3, 6, 12, 24, 36)), minimum=rng.random() < 0.2)
            if nature is not NatureContrat.CDI and rng.random() < 0.7
            else None,
            renouvelable=rng.choice((None, True, False)),
        )
    teletravail = None
    if rng.random() < 0.5:
        eligible = rng.random() < 0.8
        teletravail = Teletravail(
            eligible=eligible,
            jours_max=Decimal(rng.choice(("1", "2", "2.5", "3")))
            if eligible and rng.random() < 0.6
            else None,
            precision="selon le règlement du télétravail" if rng.random() < 0.3 else None,
        )
    organisation = None
    forme = rng.random()
    if forme < 0.15 and reserves.organisations:
        organisation = rng.choice(reserves.organisations)
    elif forme < 0.4:
        organisation = OrganisationTravail(
            cycles=tuple(
                CycleTravail(duree=Horaire(heures=h, minutes=m), jours_rtt=rtt)
                for h, m, rtt in _tirage(rng, ((35, 0, None), (37, 30, 15), (39, 0, 23)), 3)
            ),
            rythmes=_tirage(rng, list(Rythme), 2),
            astreintes=rng.choice((None, True)),
            travail_week_end=rng.choice((None, True, False)),
        )
    return Conditions(
        ouverture=ouverture,
        ouvert_laureats_concours=rng.choice((None, None, True)),
        contrat=contrat,
        temps=_peut_etre(rng, 0.7, lambda: _temps(rng)),
        teletravail=teletravail,
        organisation=organisation,
        permis=tuple(
            ExigencePermis(categorie=c, exigence=rng.choice(list(Exigence)))
            for c in _tirage(rng, (CategoriePermis.B, CategoriePermis.C, CategoriePermis.BE), 2)
        )
        if rng.random() < 0.4
        else (),
        deplacements=(
            rng.choice(reserves.deplacements)
            if reserves.deplacements and rng.random() < 0.1
            else _peut_etre(rng, 0.1, lambda: Deplacements(frequents=rng.random() < 0.5))
        ),
        services_sur_site=_tirage(rng, reserves.services, 2) if rng.random() < 0.2 else (),
    )


def _remuneration(rng: random.Random, reserves: _Reserves) -> Remuneration:
    indices = None
    if rng.random() < 0.2:
        brut = rng.randint(370, 900)
        majore = rng.randint(360, 750)
        indices = Indices(
            brut_min=brut,
            # Dans les bornes du modèle (fpt_offres.bornes : indices bruts et majorés).
            brut_max=min(brut + rng.randint(0, 300), 1_100),
            majore_min=majore,
            majore_max=min(majore + rng.randint(0, 200), 1_000),
        )
    regime = None
    if rng.random() < 0.4:
        regime = RegimeIndemnitaire(
            rifseep=rng.choice((None, True)),
            ifse=_peut_etre(
                rng,
                0.5,
                lambda: PartIndemnitaire(
                    groupe=rng.choice((None, "A1", "B2", "C1")),
                    montant=_fourchette(rng, 100, 900),
                    periode=Periode.MENSUELLE,
                ),
            ),
            cia=_peut_etre(rng, 0.2, lambda: PartIndemnitaire(montant=_fourchette(rng, 200, 1500))),
        )
    avantages = _tirage(rng, reserves.avantages, 5)
    if rng.random() < 0.2:
        avantages += (
            Avantage(
                type=TypeAvantage.REMBOURSEMENT_TRANSPORT, taux=Decimal(rng.choice(("50", "75")))
            ),
        )
    if rng.random() < 0.1:
        avantages += (Avantage(type=TypeAvantage.AUTRE, libelle="Crèche municipale"),)
    return Remuneration(
        statutaire=rng.random() < 0.6,
        indices=indices,
        salaires=tuple(
            Salaire(
                montant=_fourchette(rng, 1800, 4500),
                periode=rng.choice((Periode.MENSUELLE, Periode.MENSUELLE, Periode.ANNUELLE)),
                brut=rng.random() < 0.9,
                public=rng.choice(list(Public)),
            )
            for _ in range(rng.choice((0, 0, 1, 1, 2)))
        ),
        regime_indemnitaire=regime,
        nbi=_peut_etre(rng, 0.1, lambda: Nbi(points=rng.choice((10, 15, 20, 25)))),
        avantages=avantages,
        precision=rng.choice((None, None, None, "selon expérience", "grille indiciaire + RIFSEEP")),
    )


def _missions(rng: random.Random, reserves: _Reserves) -> Missions:
    themes = []
    for theme in _tirage(rng, reserves.themes, 6, 1):
        activites = _tirage(rng, theme.activites, len(theme.activites), 1)
        if rng.random() < 0.3:
            verbe = rng.choice(_VERBES)
            activites += (Activite(texte=f"{verbe} {rng.choice(_COMPLEMENTS)}", verbes=(verbe,)),)
        themes.append(attrs.evolve(theme, activites=activites))
    return Missions(
        finalite=rng.choice(reserves.finalites) if rng.random() < 0.3 else None,
        themes=tuple(themes),
        relations=_tirage(rng, reserves.relations, 3) if rng.random() < 0.3 else (),
    )


def _profil(rng: random.Random, reserves: _Reserves) -> Profil:
    return Profil(
        niveau_diplome=rng.choice((None, *NiveauDiplome)),
        diplomes=_tirage(rng, reserves.diplomes, 2),
        exigence_diplome=rng.choice((None, *Exigence)),
        experience=_peut_etre(
            rng,
            0.5,
            lambda: Experience(
                exigence=rng.choice(list(Exigence)),
                annees_min=rng.choice((None, 1, 2, 3, 5)),
                domaine=rng.choice((None, "poste similaire", "collectivité territoriale")),
                debutant_accepte=rng.choice((None, True)),
            ),
        ),
        connaissances=_tirage(rng, reserves.connaissances, 6),
        savoir_faire=_tirage(rng, reserves.savoir_faire, 6),
        qualites=_tirage(rng, reserves.qualites, 8),
    )


def _calendrier(rng: random.Random) -> Calendrier:
    publication = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 730))
    limite = publication + datetime.timedelta(days=rng.randint(14, 60))
    prise: datetime.date | PriseDePoste | None = rng.choice(
        (
            None,
            PriseDePoste.DES_QUE_POSSIBLE,
            limite + datetime.timedelta(days=rng.randint(15, 120)),
        )
    )
    return Calendrier(
        date_publication=publication if rng.random() < 0.7 else None,
        date_limite_candidature=limite if rng.random() < 0.9 else None,
        prise_de_poste=prise,
    )


def _candidature(rng: random.Random, domaine: str, adresse: Adresse | None) -> Candidature:
    return Candidature(
        courriels=_tirage(rng, (f"recrutement@{domaine}", f"drh@{domaine}"), 2, 1),
        url=f"https://emploi.{domaine}/offres" if rng.random() < 0.3 else None,
        adresse=adresse if rng.random() < 0.5 else None,
        destinataire=rng.choice((None, "Monsieur le Maire", "Madame la Présidente")),
        pieces=tuple(Piece(type=t) for t in _tirage(rng, list(TypePiece)[:-1], 4)),
        etapes=tuple(EtapeRecrutement(type=t) for t in _tirage(rng, list(TypeEtape)[:-1], 3)),
        reponse_promise=rng.choice((None, None, True)),
        contacts=tuple(
            Contact(
                nom=f"{rng.choice(_PRENOMS)} {rng.choice(_NOMS)}",
                fonction=rng.choice(_FONCTIONS),
                telephone=f"03 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
                courriel=f"{rng.choice(_PRENOMS).lower()}.{rng.choice(_NOMS).lower()}@{domaine}",
            )
            for _ in range(rng.choice((0, 0, 1, 2)))
        ),
    )


def _mentions(rng: random.Random, reserves: _Reserves, domaine: str) -> Mentions:
    forme = rng.random()
    if forme < 0.3:
        return Mentions()
    if forme < 0.6 and reserves.mentions:
        return rng.choice(reserves.mentions)
    return Mentions(
        rgpd=_peut_etre(
            rng,
            0.6,
            lambda: MentionRgpd(
                finalite="étudier votre candidature",
                duree_conservation_mois=rng.choice((6, 12, 24)),
                droits=_tirage(rng, list(DroitRgpd), 6, 1),
                contacts=(f"dpo@{domaine}",),
            ),
        ),
        accessibilite="Tous nos postes sont ouverts aux personnes en situation de handicap."
        if rng.random() < 0.5
        else None,
    )


def _offre(rng: random.Random, rang: int, reserves: _Reserves) -> Offre:
    employeur, commune, code_postal, domaine = _employeur(rng)
    base = rng.choice(reserves.exemples)
    if base.employeur.versant is not Versant.TERRITORIALE and rng.random() < 0.5:
        # l'offre de Nouvelle-Calédonie garde son employeur, son corps et sa résidence exigée
        employeur = attrs.evolve(base.employeur, nom=f"{base.employeur.nom} ({rang})")
        statut = base.statut
        conditions = attrs.evolve(
            _conditions(rng, reserves), residence_exigee_annees=rng.choice((0, 3, 5, 10))
        )
    else:
        statut = _statut(rng, reserves)
        conditions = _conditions(rng, reserves)
    lieux: tuple[LieuTravail, ...]
    if rng.random() < 0.3:
        lieux = _tirage(rng, reserves.lieux, 2, 1)
    else:
        lieux = (LieuTravail(libelle=f"{commune} ({code_postal})", commune=commune),)
    intitule = rng.choice((rng.choice(_INTITULES), base.intitule)) + rng.choice(_SUFFIXES)
    return Offre(
        intitule=intitule,
        employeur=employeur,
        reference=f"{rng.randint(1000, 9999)}-{rng.randint(24, 26)}-{rang:05d}"
        if rng.random() < 0.6
        else None,
        url=f"https://www.{domaine}/offres/{rang}" if rng.random() < 0.3 else None,
        poste=Poste(
            nombre=rng.choice((1, 1, 1, 2, 3)),
            motif=rng.choice((None, *MotifRecrutement)),
            permanent=rng.choice((None, True, False)),
            encadrement=rng.choice((None, None, 0, 3, 12)),
            lieux=lieux,
            itinerant=rng.choice((None, None, True)),
            presentation=rng.choice(reserves.presentations) if rng.random() < 0.6 else None,
            metier=rng.choice((None, None, Metier(libelle=intitule))),
        ),
        statut=statut,
        conditions=conditions,
        remuneration=_remuneration(rng, reserves),
        missions=_missions(rng, reserves),
        profil=_profil(rng, reserves),
        calendrier=_calendrier(rng),
        candidature=_candidature(rng, domaine, employeur.adresse),
        mentions=_mentions(rng, reserves, domaine),
    )


def offres(nombre: int = 10_000, graine: int = GRAINE) -> list[Offre]:
    """``nombre`` offres valides et variées ; les mêmes pour la même graine.

    Les cinq offres d'exemple ouvrent la liste, telles quelles.
    """
    rng = random.Random(graine)
    reserves = _Reserves(fpt_offres.exemples())
    lot = list(reserves.exemples[:nombre])
    lot.extend(_offre(rng, rang, reserves) for rang in range(len(lot), nombre))
    return lot


# --- entrées fautives -------------------------------------------------------------------------


def _placer(donnees: dict[str, Any], chemin: str, valeur: object) -> None:
    """Écrit ``valeur`` au chemin pointé ``chemin``, en créant les objets manquants."""
    *parents, cle = chemin.split(".")
    for nom in parents:
        suivant = donnees.get(nom)
        if not isinstance(suivant, dict):
            suivant = donnees[nom] = {}
        donnees = suivant
    donnees[cle] = valeur


# genre -> (chemin, valeur fautive)
_DEFAUTS: dict[str, tuple[tuple[str, object], ...]] = {
    "clé inconnue": (
        ("salaire_net", "2 100 €"),
        ("employeur.effectif", 120),
        ("poste.teletravail", True),
        ("calendrier.date_entretien", "2025-06-01"),
        ("remuneration.regime_indemnitaire.prime", "IFSE"),
        ("mentions.rgpd.dpo", "dpo@exemple.fr"),
    ),
    "type": (
        ("intitule", 12),
        ("employeur.nom", ["Commune"]),
        ("poste.nombre", "2"),
        ("remuneration.statutaire", "oui"),
        ("calendrier.date_limite_candidature", 20250101),
        ("profil.qualites", "rigueur"),
        ("conditions.teletravail", {"eligible": 1}),
        ("conditions.temps.quotite", "5e1"),
    ),
    "hors bornes": (
        ("conditions.temps.quotite", "150"),
        ("poste.nombre", 0),
        ("employeur.nombre_agents", {"valeur": -5}),
        ("conditions.teletravail", {"eligible": True, "jours_max": "6"}),
        ("mentions.rgpd.duree_conservation_mois", 0),
        ("conditions.organisation.cycles", [{"duree": {"heures": 35, "minutes": 75}}]),
    ),
    "énumération": (
        ("employeur.type", "mairie"),
        ("statut.categories", ["A", "Z"]),
        ("profil.niveau_diplome", 9),
        ("conditions.ouverture", "tous"),
        ("remuneration.avantages", [{"type": "voiture"}]),
        ("candidature.pieces", [{"type": "photo"}]),
    ),
}


def entrees_invalides(
    valides: Sequence[dict[str, Any]], nombre: int = 1_000, graine: int = GRAINE
) -> list[tuple[str, dict[str, Any]]]:
    """``nombre`` entrées fautives ``(genre, dict)``, chacune une offre valide abîmée d'un défaut.

    Les genres (clé inconnue, type, hors bornes, énumération) alternent ; le
    défaut et l'offre abîmée sont tirés.
    """
    rng = random.Random(graine)
    genres = list(_DEFAUTS)
    lot = []
    for rang in range(nombre):
        genre = genres[rang % len(genres)]
        chemin, valeur = rng.choice(_DEFAUTS[genre])
        donnees = copy.deepcopy(rng.choice(valides))
        _placer(donnees, chemin, copy.deepcopy(valeur))
        lot.append((genre, donnees))
    return lot
