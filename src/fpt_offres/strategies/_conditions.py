"""Les conditions d'emploi : contrat, temps de travail, télétravail, organisation, permis."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from hypothesis import strategies as st

from fpt_offres import bornes
from fpt_offres.modele import (
    CategoriePermis,
    Conditions,
    Contrat,
    CycleTravail,
    Deplacements,
    DureeContrat,
    Exigence,
    ExigencePermis,
    Horaire,
    NatureContrat,
    OrganisationTravail,
    Ouverture,
    PlageHoraire,
    RegimeTemps,
    Rythme,
    Teletravail,
    TempsTravail,
    VoieRecrutement,
)
from fpt_offres.strategies._briques import (
    avec_mots,
    dates_opt,
    decimaux,
    heures_du_jour,
    option,
    pourcentages,
    textes,
    textes_opt,
    tuples,
    tuples_uniques,
)
from fpt_offres.strategies._nomenclature import bases_legales


@cache
def horaires() -> st.SearchStrategy[Horaire]:
    """Des durées hebdomadaires de 0 h 00 à 48 h 59."""
    return st.builds(
        Horaire, heures=st.integers(0, bornes.HEURES_HEBDO_MAX), minutes=st.integers(0, 59)
    )


@cache
def _horaires_non_complet() -> st.SearchStrategy[Horaire]:
    return st.integers(1, 35 * 60 - 1).map(lambda m: Horaire(heures=m // 60, minutes=m % 60))


def _temps_pour(regimes: tuple[RegimeTemps, ...]) -> st.SearchStrategy[TempsTravail]:
    non_complet = RegimeTemps.NON_COMPLET in regimes
    return st.builds(
        TempsTravail,
        regimes=st.just(regimes),
        heures_hebdo=option(_horaires_non_complet() if non_complet else horaires()),
        heures_annuelles=option(st.integers(1, 1607)),
        quotite=option(pourcentages()),
        annualise=option(st.booleans()),
        maximum_cite=option(horaires()),
    )


@cache
def temps_travail() -> st.SearchStrategy[TempsTravail]:
    """Des temps de travail ; un temps non complet dure entre 0 h 01 et 34 h 59."""
    return tuples_uniques(st.sampled_from(RegimeTemps)).flatmap(_temps_pour)


@cache
def teletravails() -> st.SearchStrategy[Teletravail]:
    """Des télétravails : éligible de 0 à 5 jours, ou non éligible (sans jour, ou 0)."""
    return st.one_of(
        st.builds(
            Teletravail,
            eligible=st.just(value=True),
            jours_max=option(decimaux(Decimal(0), Decimal(5))),
            precision=textes_opt(),
        ),
        st.builds(
            Teletravail,
            eligible=st.just(value=False),
            jours_max=st.sampled_from((None, Decimal(0))),
            precision=textes_opt(),
        ),
    )


@cache
def contrats() -> st.SearchStrategy[Contrat]:
    """Des contrats CDD ou CDI (sans durée), avec des bases légales de la nomenclature."""
    duree = st.builds(DureeContrat, mois=st.integers(1, bornes.MOIS_MAX), minimum=st.booleans())
    bases = tuples_uniques(bases_legales())
    renouvelable = option(st.booleans())
    au_choix = option(st.booleans())
    return st.one_of(
        st.builds(
            Contrat,
            nature=st.sampled_from((None, NatureContrat.CDD)),
            bases_legales=bases,
            bases_au_choix=au_choix,
            duree=option(duree),
            date_fin=dates_opt(),
            renouvelable=renouvelable,
        ),
        st.builds(
            Contrat,
            nature=st.just(NatureContrat.CDI),
            bases_legales=bases,
            bases_au_choix=au_choix,
            renouvelable=renouvelable,
        ),
    ).flatmap(lambda c: avec_mots(c, "bases_legales", "bases_legales_tels_qu_ecrits"))


@cache
def _organisations() -> st.SearchStrategy[OrganisationTravail]:
    cycle = st.builds(CycleTravail, duree=horaires(), jours_rtt=option(st.integers(0, 60)))
    # Des astreintes éventuelles n'existent qu'avec des astreintes.
    astreintes = st.sampled_from(((None, False), (False, False), (True, False), (True, True)))
    return astreintes.flatmap(
        lambda a: st.builds(
            OrganisationTravail,
            cycles=tuples(cycle),
            rythmes=tuples(st.sampled_from(Rythme)),
            badgeage=option(st.booleans()),
            horaires_variables=option(st.booleans()),
            flexibilite_requise=option(st.booleans()),
            astreintes=st.just(a[0]),
            astreintes_eventuelles=st.just(a[1]),
            travail_week_end=option(st.booleans()),
            plages=tuples(
                st.builds(
                    PlageHoraire,
                    jours=textes(),
                    debut=option(heures_du_jour()),
                    fin=option(heures_du_jour()),
                    pause=textes_opt(),
                )
            ),
            precision=textes_opt(),
        )
    )


@cache
def conditions() -> st.SearchStrategy[Conditions]:
    """Des conditions d'emploi : ouverture, contrat, temps, télétravail, organisation, permis."""
    permis = st.builds(
        ExigencePermis,
        categorie=st.sampled_from(CategoriePermis),
        exigence=st.sampled_from(Exigence),
        motif=textes_opt(),
        tel_qu_ecrit=textes_opt(),
    )
    deplacements = st.builds(
        Deplacements,
        frequents=option(st.booleans()),
        destinations=tuples(textes()),
        precision=textes_opt(),
    )
    return st.builds(
        Conditions,
        ouverture=option(st.sampled_from(Ouverture)),
        ouvert_laureats_concours=option(st.booleans()),
        contrat=option(contrats()),
        temps=option(temps_travail()),
        teletravail=option(teletravails()),
        organisation=option(_organisations()),
        permis=tuples(permis),
        deplacements=option(deplacements),
        services_sur_site=tuples(textes()),
        residence_exigee_annees=option(st.sampled_from((0, 3, 5, 10)) | st.integers(0, 30)),
        voies=tuples_uniques(st.sampled_from(VoieRecrutement)),
        particulieres=tuples(textes()),
    )
