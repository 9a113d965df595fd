"""L'employeur (adresse, chiffres, SIREN et SIRET cohérents), le poste et le statut."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import attrs
from hypothesis import strategies as st

from fpt_offres import bornes
from fpt_offres.modele import (
    Adresse,
    Approximation,
    Chiffre,
    ChiffreCle,
    Corps,
    EmploiFonctionnel,
    Employeur,
    Filiere,
    LieuTravail,
    Metier,
    MotifRecrutement,
    Poste,
    Rang,
    Statut,
    TypeEmployeur,
    Versant,
)
from fpt_offres.strategies._briques import (
    BOOLEENS,
    avec_mots,
    dates_opt,
    decimaux,
    option,
    textes,
    textes_opt,
    tuples,
    tuples_uniques,
)
from fpt_offres.strategies._identifiants import sirens, tirer_siret
from fpt_offres.strategies._nomenclature import cadres_emplois, categories, departements, grades

# --- employeur ----------------------------------------------------------------------------------

_CODES_POSTAUX = st.one_of(
    st.sampled_from(("51000", "20000", "97400", "98800", "01000", "98999")),
    st.integers(1000, 98999).map(lambda n: f"{n:05d}"),
)


@cache
def adresses() -> st.SearchStrategy[Adresse]:
    """Des adresses postales (lignes, code postal de 01000 à 98999, commune, CEDEX)."""
    return st.builds(
        Adresse,
        lignes=tuples(textes()),
        code_postal=option(_CODES_POSTAUX),
        commune=textes_opt(),
        cedex=st.just(value=False),
    ) | st.builds(
        Adresse,
        lignes=tuples(textes()),
        code_postal=option(_CODES_POSTAUX),
        commune=textes_opt(),
        cedex=st.just(value=True),
        numero_cedex=textes_opt(),
    )


@cache
def _chiffres_employeur() -> st.SearchStrategy[Chiffre | None]:
    return option(
        st.builds(
            Chiffre,
            valeur=st.integers(0, bornes.CHIFFRE_MAX),
            approximation=st.sampled_from(Approximation),
        )
    )


@cache
def chiffres_cles() -> st.SearchStrategy[ChiffreCle]:
    return st.builds(
        ChiffreCle,
        libelle=textes(),
        valeur=decimaux(Decimal(0), Decimal(10_000_000)),
        unite=textes_opt(),
        approximation=st.sampled_from(Approximation),
    )


@st.composite
def _identifiants(draw: st.DrawFn) -> tuple[str | None, str | None]:
    """SIREN seul, SIRET seul, les deux (le SIRET est alors un établissement du SIREN) ou aucun."""
    siren = draw(sirens()) if draw(BOOLEENS) else None
    if not draw(BOOLEENS):
        return siren, None
    return siren, tirer_siret(draw, siren if siren is not None else draw(sirens()))


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
        nom=textes_opt(),
        sigle=textes_opt(),
        type=option(st.sampled_from(TypeEmployeur)),
        versant=st.sampled_from(Versant),
        departement=option(departements()),
        adresse=option(adresses()),
        site_web=textes_opt(),
        presentation=textes_opt(),
        nombre_agents=_chiffres_employeur(),
        nombre_directions=_chiffres_employeur(),
        nombre_communes=_chiffres_employeur(),
        nombre_habitants=_chiffres_employeur(),
        nombre_metiers=_chiffres_employeur(),
        labels=tuples(textes()),
        chiffres=tuples(chiffres_cles()),
        rang=option(st.builds(Rang, position=st.integers(1, 200), ensemble=textes())),
        organisme_rattachement=textes_opt(),
        pole=textes_opt(),
        direction=textes_opt(),
        service=textes_opt(),
        bureau=textes_opt(),
        rattachement=textes_opt(),
        rattachement_fonctionnel=textes_opt(),
        departement_tel_qu_ecrit=textes_opt(),
    )
    return st.builds(_avec_identifiants, sans_identifiants, _identifiants())


# --- poste et statut ----------------------------------------------------------------------------


@cache
def postes() -> st.SearchStrategy[Poste]:
    """Des postes : nombre, motif, lieux, encadrement."""
    lieux = st.builds(
        LieuTravail,
        libelle=textes(),
        commune=textes_opt(),
        adresse=option(adresses()),
        acces=tuples(textes()),
        a_partir_du=dates_opt(),
        precisions=tuples(textes()),
        periode=textes_opt(),
        postes=option(st.integers(1, 20)),
    )
    metier = st.builds(
        Metier,
        libelle=textes_opt(),
        code=textes_opt(),
        repertoire=textes_opt(),
        famille=textes_opt(),
        domaine=textes_opt(),
    )
    return st.builds(
        Poste,
        nombre=st.integers(1, bornes.POSTES_MAX),
        motif=option(st.sampled_from(MotifRecrutement)),
        permanent=option(st.booleans()),
        encadrement=option(st.integers(0, bornes.ENCADRES_MAX)),
        lieux=tuples(lieux),
        itinerant=option(st.booleans()),
        presentation=textes_opt(),
        metier=option(metier),
        motif_precision=textes_opt(),
        management=option(st.booleans()),
        effectif_equipe=option(st.integers(1, 200)),
        partage=textes_opt(),
        region=textes_opt(),
        departement=option(departements()),
        departement_tel_qu_ecrit=textes_opt(),
        evolution=textes_opt(),
    )


@cache
def _corps() -> st.SearchStrategy[Corps]:
    return st.builds(
        Corps,
        libelle=textes(),
        versant=st.sampled_from([v for v in Versant if v is not Versant.TERRITORIALE]),
        categorie=option(categories()),
    ) | st.builds(
        Corps,
        libelle=textes(),
        versant=st.just(Versant.TERRITORIALE),
        categorie=option(categories()),
        administrations_parisiennes=st.just(value=True),
    )


@cache
def statuts() -> st.SearchStrategy[Statut]:
    """Des statuts : catégories, filières, cadres et grades de la nomenclature, corps hors FPT, sans doublon."""
    return (
        st.builds(
            Statut,
            categories=tuples_uniques(categories()),
            filieres=tuples_uniques(st.sampled_from(Filiere)),
            cadres_emplois=tuples_uniques(cadres_emplois()),
            grades=tuples_uniques(grades()),
            corps=tuples_uniques(_corps()),
            emploi_fonctionnel=option(st.sampled_from(EmploiFonctionnel)),
            emplois_contractuels=tuples(textes()),
        )
        .flatmap(lambda s: avec_mots(s, "categories", "categories_tels_qu_ecrits"))
        .flatmap(lambda s: avec_mots(s, "cadres_emplois", "cadres_emplois_tels_qu_ecrits"))
        .flatmap(lambda s: avec_mots(s, "grades", "grades_tels_qu_ecrits"))
    )
