"""Stratégies hypothesis qui construisent des offres et des parties d'offre valides.

Ce module demande l'extra ``strategies`` (``pip install 'fpt-offres[strategies]'``) :
hypothesis n'est importé qu'ici. Chaque stratégie porte le nom, au pluriel, de la
partie du modèle qu'elle construit (:func:`grades`, :func:`employeurs`,
:func:`offres`…) et produit des objets *valides*, de toutes les formes que le
modèle permet : champs facultatifs présents ou absents, tuples vides ou non,
tous les membres des énumérations, montants ``Decimal`` avec centimes,
fourchettes à minimum seul, maximum seul ou les deux, grades, cadres d'emplois
et bases légales tirés de la nomenclature fournie, corps des autres fonctions
publiques, textes avec accents, émojis et guillemets. Les tuples ont au plus
trois éléments, pour que les offres restent petites et les tests rapides.

Exemple : vérifier qu'une offre survit à l'aller-retour JSON.

>>> from hypothesis import given, settings
>>> from fpt_offres import depuis_json, vers_json
>>> from fpt_offres.strategies import offres
>>> @settings(max_examples=10, deadline=None)
... @given(offres())
... def test_aller_retour(offre):
...     assert depuis_json(vers_json(offre)) == offre
>>> test_aller_retour()
"""

from __future__ import annotations

import datetime
import string
from collections.abc import Hashable
from decimal import Decimal
from functools import cache
from typing import TypeVar

import attrs
from hypothesis import strategies as st
from stdnum import luhn

from fpt_offres import nomenclature
from fpt_offres.modele import (
    Activite,
    Adresse,
    Approximation,
    Avantage,
    BaseLegale,
    CadreEmplois,
    Calendrier,
    Candidature,
    Categorie,
    CategoriePermis,
    Chiffre,
    Conditions,
    Contact,
    Contrat,
    Corps,
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
    Grade,
    Horaire,
    Indices,
    LieuTravail,
    MentionRgpd,
    Mentions,
    Missions,
    MotifRecrutement,
    NatureContrat,
    NatureRelation,
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
    Relation,
    Remuneration,
    Rythme,
    Salaire,
    Statut,
    Teletravail,
    TempsTravail,
    ThemeMissions,
    TypeAvantage,
    TypeEmployeur,
    TypeEtape,
    TypePiece,
    Versant,
)

__all__ = [
    "activites",
    "adresses",
    "bases_legales",
    "cadres_emplois",
    "calendriers",
    "candidatures",
    "categories",
    "conditions",
    "contrats",
    "courriels",
    "departements",
    "employeurs",
    "fourchettes",
    "grades",
    "horaires",
    "mentions",
    "missions",
    "offres",
    "postes",
    "profils",
    "remunerations",
    "sirens",
    "sirets",
    "statuts",
    "teletravails",
    "temps_travail",
    "textes",
]

T = TypeVar("T")
H = TypeVar("H", bound=Hashable)

TAILLE_MAX = 3
"""Le nombre maximal d'éléments d'un tuple engendré."""

SIREN_LA_POSTE = "356000000"
"""Le SIREN de La Poste, dont les SIRET suivent une règle propre."""

# --- briques ------------------------------------------------------------------------------

_PHRASES = (
    "Commune de Poum",
    "Département de la Marne",
    "Chargé·e de mission « transition écologique »",
    'Agent d\'accueil "polyvalent"',
    "Responsable du service État civil 🏛️",
    "Œuvrer à l’égalité femmes-hommes",
    "Ingénieur(e) — voirie & réseaux",
    "Rédacteur principal de 1ʳᵉ classe",
    "Piloter, coordonner et évaluer les projets 🚀",
    "Maîtrise d'Excel, de Word… et du « bon sens »",
    "Îles Loyauté, Nouméa (98800)",
    "Crèche « Les P'tits Loups » – 12 berceaux",
    "Être à l'écoute 😊",
    "Niveau bac +5 exigé",
    "CNAS, titres-restaurant, participation mutuelle",
)

_CARACTERES = st.characters(codec="utf-8")


@cache
def textes(*, taille_max: int = 30) -> st.SearchStrategy[str]:
    """Des textes non blancs : phrases d'offres (accents, émojis, guillemets) ou texte quelconque.

    Args:
        taille_max: la longueur maximale d'un texte quelconque.
    """
    return st.one_of(
        st.sampled_from(_PHRASES),
        st.text(_CARACTERES, min_size=1, max_size=taille_max).filter(str.strip),
    )


def _option(strategie: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    return st.one_of(st.none(), strategie)


def _tuples(strategie: st.SearchStrategy[T]) -> st.SearchStrategy[tuple[T, ...]]:
    return st.lists(strategie, max_size=TAILLE_MAX).map(tuple)


def _tuples_uniques(strategie: st.SearchStrategy[H]) -> st.SearchStrategy[tuple[H, ...]]:
    return st.lists(strategie, max_size=TAILLE_MAX, unique=True).map(tuple)


@cache
def _textes_opt() -> st.SearchStrategy[str | None]:
    return _option(textes())


def _decimaux(minimum: Decimal, maximum: Decimal) -> st.SearchStrategy[Decimal]:
    """Des Decimal entre deux bornes incluses : entiers, dixièmes ou centimes."""
    return st.one_of(
        st.integers(int(minimum.to_integral_value("ROUND_CEILING")), int(maximum)).map(Decimal),
        st.decimals(minimum, maximum, places=1),
        st.decimals(minimum, maximum, places=2),
    )


@cache
def _montants() -> st.SearchStrategy[Decimal]:
    return _decimaux(Decimal("0.01"), Decimal("200000"))


@cache
def _dates() -> st.SearchStrategy[datetime.date]:
    return st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31))


@cache
def _dates_opt() -> st.SearchStrategy[datetime.date | None]:
    return _option(_dates())


@cache
def _prises_de_poste() -> st.SearchStrategy[datetime.date | PriseDePoste | None]:
    return st.one_of(st.none(), st.just(PriseDePoste.DES_QUE_POSSIBLE), _dates())


# --- nomenclature ---------------------------------------------------------------------------


@cache
def grades() -> st.SearchStrategy[Grade]:
    """Des grades de la FPT, tirés de la nomenclature fournie."""
    return st.sampled_from(nomenclature.grades())


@cache
def cadres_emplois() -> st.SearchStrategy[CadreEmplois]:
    """Des cadres d'emplois de la FPT, tirés de la nomenclature fournie."""
    return st.sampled_from(nomenclature.cadres_emplois())


@cache
def bases_legales() -> st.SearchStrategy[BaseLegale]:
    """Des bases légales du recrutement de contractuels, tirées de la nomenclature."""
    return st.sampled_from(nomenclature.bases_legales())


@cache
def categories() -> st.SearchStrategy[Categorie]:
    """Des catégories hiérarchiques (A+, A, B, C)."""
    return st.sampled_from(Categorie)


@cache
def departements() -> st.SearchStrategy[str]:
    """Des codes de département ou de collectivité d'outre-mer connus (« 51 », « 2A », « 988 »)."""
    return st.sampled_from(sorted(nomenclature.departements()))


# --- identifiants ---------------------------------------------------------------------------


@cache
def _chiffres(nombre: int) -> st.SearchStrategy[str]:
    return st.text(string.digits, min_size=nombre, max_size=nombre)


@cache
def sirens() -> st.SearchStrategy[str]:
    """Des SIREN valides : neuf chiffres dont le dernier est la clé de Luhn (La Poste comprise)."""
    return st.one_of(
        st.just(SIREN_LA_POSTE),
        _chiffres(8).map(lambda debut: debut + luhn.calc_check_digit(debut)),
    )


_BOOLEENS = st.booleans()
_CINQ = st.sampled_from((0, 5))


def _tirer_siret(draw: st.DrawFn, siren: str) -> str:
    """Un SIRET de ``siren`` : clé de Luhn, ou règle de La Poste."""
    if siren == SIREN_LA_POSTE:
        # Le siège (seul SIRET de La Poste à clé de Luhn) ou un établissement
        # dont la somme des chiffres est un multiple de 5.
        if draw(_BOOLEENS):
            return "35600000000048"
        debut = siren + draw(_chiffres(4))
        return debut + str(-sum(map(int, debut)) % 5 + draw(_CINQ))
    debut = siren + draw(_chiffres(4))
    return debut + luhn.calc_check_digit(debut)


@st.composite
def _siret(draw: st.DrawFn, siren: str | None) -> str:
    return _tirer_siret(draw, siren if siren is not None else draw(sirens()))


def sirets(*, siren: str | None = None) -> st.SearchStrategy[str]:
    """Des SIRET valides (clé de Luhn, ou règle de La Poste : somme des chiffres multiple de 5).

    Args:
        siren: le SIREN des établissements ; quelconque (La Poste comprise) si ``None``.
    """
    return _siret(siren)


_ATOME = st.text(
    string.ascii_letters + string.digits + "!#$%&'*+/=?^_`{|}~-", min_size=1, max_size=8
)
_ETIQUETTE = st.from_regex(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,6}[A-Za-z0-9])?", fullmatch=True)


_COURRIEL = st.builds(
    "{}@{}.{}".format,
    st.lists(_ATOME, min_size=1, max_size=3).map(".".join),
    st.lists(_ETIQUETTE, min_size=1, max_size=3).map(".".join),
    st.text(string.ascii_letters, min_size=2, max_size=6),
)


@cache
def courriels() -> st.SearchStrategy[str]:
    """Des adresses de courriel à la syntaxe valide, usuelles ou inhabituelles."""
    return st.one_of(
        st.sampled_from(
            (
                "recrutement@marne.fr",
                "drh.recrutement@ville-poum.fr",
                "candidatures+2025@cdg51.fr",
                "o'brien@mairie.nc",
            )
        ),
        _COURRIEL,
    )


# --- commun -----------------------------------------------------------------------------------


def _ordonnee(bornes: tuple[Decimal, Decimal]) -> Fourchette:
    return Fourchette(minimum=min(bornes), maximum=max(bornes))


@cache
def fourchettes() -> st.SearchStrategy[Fourchette]:
    """Des fourchettes de montants : minimum seul, maximum seul, les deux, ou montant unique."""
    return st.one_of(
        st.builds(Fourchette, minimum=_montants()),
        st.builds(Fourchette, maximum=_montants()),
        _montants().map(Fourchette.montant),
        st.tuples(_montants(), _montants()).map(_ordonnee),
    )


_CODES_POSTAUX = st.one_of(
    st.sampled_from(("51000", "20000", "97400", "98800", "01000", "98999")),
    st.integers(1000, 98999).map(lambda n: f"{n:05d}"),
)


@cache
def adresses() -> st.SearchStrategy[Adresse]:
    """Des adresses postales (lignes, code postal de 01000 à 98999, commune, CEDEX)."""
    return st.builds(
        Adresse,
        lignes=_tuples(textes()),
        code_postal=_option(_CODES_POSTAUX),
        commune=_textes_opt(),
        cedex=st.booleans(),
    )


@cache
def _chiffres_employeur() -> st.SearchStrategy[Chiffre | None]:
    return _option(
        st.builds(
            Chiffre, valeur=st.integers(0, 3_000_000), approximation=st.sampled_from(Approximation)
        )
    )


# --- employeur ----------------------------------------------------------------------------------


@st.composite
def _identifiants(draw: st.DrawFn) -> tuple[str | None, str | None]:
    """SIREN seul, SIRET seul, les deux (le SIRET est alors un établissement du SIREN) ou aucun."""
    siren = draw(sirens()) if draw(_BOOLEENS) else None
    if not draw(_BOOLEENS):
        return siren, None
    return siren, _tirer_siret(draw, siren if siren is not None else draw(sirens()))


def _avec_identifiants(
    employeur: Employeur, identifiants: tuple[str | None, str | None]
) -> Employeur:
    siren, siret = identifiants
    return attrs.evolve(employeur, siren=siren, siret=siret)


@cache
def employeurs() -> st.SearchStrategy[Employeur]:
    """Des employeurs de tout type et de tout versant, SIREN et SIRET cohérents quand les deux sont là."""
    sans_identifiants = st.builds(
        Employeur,
        nom=textes(),
        type=st.sampled_from(TypeEmployeur),
        versant=st.sampled_from(Versant),
        departement=_option(departements()),
        adresse=_option(adresses()),
        site_web=_textes_opt(),
        presentation=_textes_opt(),
        nombre_agents=_chiffres_employeur(),
        nombre_directions=_chiffres_employeur(),
        nombre_communes=_chiffres_employeur(),
        nombre_habitants=_chiffres_employeur(),
        nombre_metiers=_chiffres_employeur(),
        labels=_tuples(textes()),
        direction=_textes_opt(),
        service=_textes_opt(),
        rattachement=_textes_opt(),
    )
    return st.builds(_avec_identifiants, sans_identifiants, _identifiants())


# --- poste et statut ----------------------------------------------------------------------------


@cache
def postes() -> st.SearchStrategy[Poste]:
    """Des postes : nombre, motif, lieux, encadrement."""
    lieux = st.builds(
        LieuTravail,
        libelle=textes(),
        commune=_textes_opt(),
        adresse=_option(adresses()),
        acces=_tuples(textes()),
        a_partir_du=_dates_opt(),
        precisions=_tuples(textes()),
    )
    return st.builds(
        Poste,
        nombre=st.integers(1, 50),
        motif=_option(st.sampled_from(MotifRecrutement)),
        permanent=_option(st.booleans()),
        encadrement=_option(st.integers(0, 500)),
        lieux=_tuples(lieux),
        itinerant=_option(st.booleans()),
        presentation=_textes_opt(),
        metier=_textes_opt(),
    )


@cache
def _corps() -> st.SearchStrategy[Corps]:
    return st.builds(
        Corps,
        libelle=textes(),
        versant=st.sampled_from([v for v in Versant if v is not Versant.TERRITORIALE]),
        categorie=_option(categories()),
    )


@cache
def statuts() -> st.SearchStrategy[Statut]:
    """Des statuts : catégories, filières, cadres et grades de la nomenclature, corps hors FPT, sans doublon."""
    return st.builds(
        Statut,
        categories=_tuples_uniques(categories()),
        filieres=_tuples_uniques(st.sampled_from(Filiere)),
        cadres_emplois=_tuples_uniques(cadres_emplois()),
        grades=_tuples_uniques(grades()),
        corps=_tuples_uniques(_corps()),
        emploi_fonctionnel=_option(st.sampled_from(EmploiFonctionnel)),
    )


# --- conditions -----------------------------------------------------------------------------------


@cache
def horaires() -> st.SearchStrategy[Horaire]:
    """Des durées hebdomadaires de 0 h 00 à 168 h 59."""
    return st.builds(Horaire, heures=st.integers(0, 168), minutes=st.integers(0, 59))


@cache
def _horaires_non_complet() -> st.SearchStrategy[Horaire]:
    return st.integers(1, 35 * 60 - 1).map(lambda m: Horaire(heures=m // 60, minutes=m % 60))


@cache
def _pourcentages() -> st.SearchStrategy[Decimal]:
    return _decimaux(Decimal("0.01"), Decimal(100))


def _temps_pour(regimes: tuple[RegimeTemps, ...]) -> st.SearchStrategy[TempsTravail]:
    non_complet = RegimeTemps.NON_COMPLET in regimes
    return st.builds(
        TempsTravail,
        regimes=st.just(regimes),
        heures_hebdo=_option(_horaires_non_complet() if non_complet else horaires()),
        heures_annuelles=_option(st.integers(1, 1607)),
        quotite=_option(_pourcentages()),
    )


@cache
def temps_travail() -> st.SearchStrategy[TempsTravail]:
    """Des temps de travail ; un temps non complet dure entre 0 h 01 et 34 h 59."""
    return _tuples_uniques(st.sampled_from(RegimeTemps)).flatmap(_temps_pour)


@cache
def teletravails() -> st.SearchStrategy[Teletravail]:
    """Des télétravails : éligible de 0 à 5 jours, ou non éligible (sans jour, ou 0)."""
    return st.one_of(
        st.builds(
            Teletravail,
            eligible=st.just(value=True),
            jours_max=_option(_decimaux(Decimal(0), Decimal(5))),
            precision=_textes_opt(),
        ),
        st.builds(
            Teletravail,
            eligible=st.just(value=False),
            jours_max=st.sampled_from((None, Decimal(0))),
            precision=_textes_opt(),
        ),
    )


@cache
def contrats() -> st.SearchStrategy[Contrat]:
    """Des contrats CDD ou CDI (sans durée), avec des bases légales de la nomenclature."""
    duree = st.builds(DureeContrat, mois=st.integers(1, 120), minimum=st.booleans())
    bases = _tuples_uniques(bases_legales())
    renouvelable = _option(st.booleans())
    return st.one_of(
        st.builds(
            Contrat,
            nature=st.sampled_from((None, NatureContrat.CDD)),
            bases_legales=bases,
            duree=_option(duree),
            renouvelable=renouvelable,
        ),
        st.builds(
            Contrat,
            nature=st.just(NatureContrat.CDI),
            bases_legales=bases,
            renouvelable=renouvelable,
        ),
    )


@cache
def _organisations() -> st.SearchStrategy[OrganisationTravail]:
    cycle = st.builds(CycleTravail, duree=horaires(), jours_rtt=_option(st.integers(0, 60)))
    return st.builds(
        OrganisationTravail,
        cycles=_tuples(cycle),
        rythmes=_tuples(st.sampled_from(Rythme)),
        badgeage=_option(st.booleans()),
        horaires_variables=_option(st.booleans()),
        flexibilite_requise=_option(st.booleans()),
        astreintes=_option(st.booleans()),
        travail_week_end=_option(st.booleans()),
        precision=_textes_opt(),
    )


@cache
def conditions() -> st.SearchStrategy[Conditions]:
    """Des conditions d'emploi : ouverture, contrat, temps, télétravail, organisation, permis."""
    permis = st.builds(
        ExigencePermis,
        categorie=st.sampled_from(CategoriePermis),
        exigence=st.sampled_from(Exigence),
        motif=_textes_opt(),
    )
    deplacements = st.builds(
        Deplacements,
        frequents=_option(st.booleans()),
        destinations=_tuples(textes()),
        precision=_textes_opt(),
    )
    return st.builds(
        Conditions,
        ouverture=_option(st.sampled_from(Ouverture)),
        ouvert_laureats_concours=_option(st.booleans()),
        contrat=_option(contrats()),
        temps=_option(temps_travail()),
        teletravail=_option(teletravails()),
        organisation=_option(_organisations()),
        permis=_tuples(permis),
        deplacements=_option(deplacements),
        services_sur_site=_tuples(textes()),
        residence_exigee_annees=_option(st.sampled_from((0, 3, 5, 10)) | st.integers(0, 30)),
    )


# --- rémunération ---------------------------------------------------------------------------------


def _indices_ordonnes(bornes: tuple[int | None, int | None, int | None, int | None]) -> Indices:
    def ordre(debut: int | None, fin: int | None) -> tuple[int | None, int | None]:
        if debut is not None and fin is not None and debut > fin:
            return fin, debut
        return debut, fin

    brut_min, brut_max = ordre(bornes[0], bornes[1])
    majore_min, majore_max = ordre(bornes[2], bornes[3])
    return Indices(
        brut_min=brut_min, brut_max=brut_max, majore_min=majore_min, majore_max=majore_max
    )


@cache
def _indices() -> st.SearchStrategy[Indices]:
    indice = _option(st.integers(1, 1500))
    return st.tuples(indice, indice, indice, indice).map(_indices_ordonnes)


@cache
def _avantage_de(type_: TypeAvantage) -> st.SearchStrategy[Avantage]:
    return st.builds(
        Avantage,
        type=st.just(type_),
        # « autre » n'a de sens qu'avec un libellé ; les autres l'ont au choix.
        libelle=textes() if type_ is TypeAvantage.AUTRE else _textes_opt(),
        taux=_option(_pourcentages()),
        montant=_option(fourchettes()),
        precision=_textes_opt(),
    )


@cache
def _avantages() -> st.SearchStrategy[Avantage]:
    return st.sampled_from(TypeAvantage).flatmap(_avantage_de)


@cache
def remunerations() -> st.SearchStrategy[Remuneration]:
    """Des rémunérations : indices ordonnés, salaires, RIFSEEP, NBI, avantages (« autre » avec libellé)."""
    salaire = st.builds(
        Salaire,
        montant=fourchettes(),
        periode=st.sampled_from(Periode),
        brut=st.booleans(),
        public=st.sampled_from(Public),
        libelle=_textes_opt(),
    )
    part = st.builds(
        PartIndemnitaire,
        groupe=_textes_opt(),
        montant=_option(fourchettes()),
        periode=_option(st.sampled_from(Periode)),
    )
    regime = st.builds(
        RegimeIndemnitaire,
        rifseep=_option(st.booleans()),
        ifse=_option(part),
        cia=_option(part),
        libelle=_textes_opt(),
    )
    nbi = st.builds(Nbi, points=_option(st.integers(1, 120)), libelle=_textes_opt())
    return st.builds(
        Remuneration,
        statutaire=st.booleans(),
        indices=_option(_indices()),
        salaires=_tuples(salaire),
        regime_indemnitaire=_option(regime),
        nbi=_option(nbi),
        avantages=_tuples(_avantages()),
        precision=_textes_opt(),
    )


# --- missions et profil ---------------------------------------------------------------------------


@st.composite
def _activite(draw: st.DrawFn) -> Activite:
    texte = draw(textes())
    debuts = [rang for rang, c in enumerate(texte) if not c.isspace()]
    verbes: list[str] = []
    while len(verbes) < TAILLE_MAX and draw(_BOOLEENS):
        # Un extrait qui commence sur un caractère non blanc n'est pas blanc.
        debut = debuts[draw(st.integers(0, len(debuts) - 1))]
        fin = draw(st.integers(debut + 1, len(texte)))
        verbes.append(texte[debut:fin])
    return Activite(texte=texte, verbes=tuple(verbes))


@cache
def activites() -> st.SearchStrategy[Activite]:
    """Des activités dont chaque verbe mis en avant est un extrait non blanc du texte."""
    return _activite()


@cache
def missions() -> st.SearchStrategy[Missions]:
    """Des missions : finalité, thèmes (avec ou sans intitulé) et relations."""
    theme = st.builds(ThemeMissions, intitule=_textes_opt(), activites=_tuples(activites()))
    relation = st.builds(Relation, texte=textes(), nature=_option(st.sampled_from(NatureRelation)))
    return st.builds(
        Missions, finalite=_textes_opt(), themes=_tuples(theme), relations=_tuples(relation)
    )


@cache
def profils() -> st.SearchStrategy[Profil]:
    """Des profils : niveau de diplôme, diplômes, expérience, savoirs et qualités."""
    experience = st.builds(
        Experience,
        exigence=_option(st.sampled_from(Exigence)),
        annees_min=_option(st.integers(1, 30)),
        domaine=_textes_opt(),
        debutant_accepte=_option(st.booleans()),
    )
    return st.builds(
        Profil,
        niveau_diplome=_option(st.sampled_from(NiveauDiplome)),
        diplomes=_tuples(textes()),
        exigence_diplome=_option(st.sampled_from(Exigence)),
        experience=_option(experience),
        connaissances=_tuples(textes()),
        savoir_faire=_tuples(textes()),
        qualites=_tuples(textes()),
    )


# --- calendrier, candidature, mentions --------------------------------------------------------------


@st.composite
def _calendrier(draw: st.DrawFn) -> Calendrier:
    publication = draw(_dates_opt())
    limite = draw(_dates_opt())
    if publication is not None and limite is not None and publication > limite:
        publication, limite = limite, publication
    # La prise de poste est libre : avant la date limite, elle reste valide.
    prise = draw(_prises_de_poste())
    return Calendrier(
        date_publication=publication, date_limite_candidature=limite, prise_de_poste=prise
    )


@cache
def calendriers() -> st.SearchStrategy[Calendrier]:
    """Des calendriers : publication au plus tard à la date limite, prise de poste datée ou « dès que possible »."""
    return _calendrier()


@cache
def candidatures() -> st.SearchStrategy[Candidature]:
    """Des façons de candidater : courriels, adresse, pièces, étapes, contacts."""
    contact = st.builds(
        Contact,
        nom=_textes_opt(),
        fonction=_textes_opt(),
        telephone=_option(st.sampled_from(("03 26 69 51 51", "+687 27 31 15", "0612345678"))),
        courriel=_option(courriels()),
    )
    return st.builds(
        Candidature,
        courriels=_tuples(courriels()),
        url=_textes_opt(),
        adresse=_option(adresses()),
        destinataire=_textes_opt(),
        pieces=_tuples(st.builds(Piece, type=st.sampled_from(TypePiece), libelle=_textes_opt())),
        etapes=_tuples(
            st.builds(EtapeRecrutement, type=st.sampled_from(TypeEtape), libelle=_textes_opt())
        ),
        reponse_promise=_option(st.booleans()),
        contacts=_tuples(contact),
    )


@cache
def mentions() -> st.SearchStrategy[Mentions]:
    """Des mentions : notice RGPD, accessibilité, non-discrimination, confidentialité."""
    rgpd = st.builds(
        MentionRgpd,
        finalite=_textes_opt(),
        responsable=_textes_opt(),
        duree_conservation_mois=_option(st.integers(1, 120)),
        droits=_tuples_uniques(st.sampled_from(DroitRgpd)),
        contacts=_tuples(courriels()),
        texte_de_reference=_textes_opt(),
    )
    return st.builds(
        Mentions,
        rgpd=_option(rgpd),
        accessibilite=_textes_opt(),
        non_discrimination=_textes_opt(),
        confidentialite=_textes_opt(),
    )


# --- offre ------------------------------------------------------------------------------------------


def _parfois(strategie: st.SearchStrategy[T], defaut: T) -> st.SearchStrategy[T]:
    """La valeur par défaut (omise du JSON) ou une valeur engendrée."""
    return st.one_of(st.just(defaut), strategie)


@cache
def offres(*, declenchant: str | None = None) -> st.SearchStrategy[Offre]:
    """Des offres valides de toutes les formes, chaque partie absente (par défaut) ou engendrée.

    Args:
        declenchant: le code d'une règle de :mod:`fpt_offres.regles` ; chaque offre
            tirée l'enfreint alors (sa fonction ``declencher`` est appliquée).

    >>> from hypothesis import given, settings
    >>> from fpt_offres import verifier
    >>> @settings(max_examples=20, database=None)
    ... @given(offres(declenchant="TELETRAVAIL-MAX"))
    ... def enfreint(offre):
    ...     assert "TELETRAVAIL-MAX" in {d.code for d in verifier(offre)}
    >>> enfreint()
    """
    if declenchant is not None:
        from fpt_offres.regles import regle  # noqa: PLC0415  (les règles importent le modèle entier)

        return offres().map(regle(declenchant).declencher)
    return st.builds(
        Offre,
        intitule=textes(),
        employeur=employeurs(),
        reference=_textes_opt(),
        url=_textes_opt(),
        poste=_parfois(postes(), Poste()),
        statut=_parfois(statuts(), Statut()),
        conditions=_parfois(conditions(), Conditions()),
        remuneration=_parfois(remunerations(), Remuneration()),
        missions=_parfois(missions(), Missions()),
        profil=_parfois(profils(), Profil()),
        calendrier=_parfois(calendriers(), Calendrier()),
        candidature=_parfois(candidatures(), Candidature()),
        mentions=_parfois(mentions(), Mentions()),
    )
