"""Le calendrier, la façon de candidater et les mentions (RGPD, accessibilité…)."""

from __future__ import annotations

import datetime
from functools import cache

from hypothesis import strategies as st

from fpt_offres import bornes
from fpt_offres.modele import (
    Calendrier,
    Candidature,
    Contact,
    DroitRgpd,
    EtapeRecrutement,
    Exigence,
    MentionRgpd,
    Mentions,
    Piece,
    PriseDePoste,
    TypeEtape,
    TypePiece,
)
from fpt_offres.strategies._briques import (
    dates,
    dates_opt,
    heures_du_jour,
    option,
    textes_opt,
    tuples,
    tuples_uniques,
)
from fpt_offres.strategies._employeur import adresses
from fpt_offres.strategies._identifiants import courriels


@cache
def _prises_de_poste() -> st.SearchStrategy[datetime.date | PriseDePoste | None]:
    return st.one_of(st.none(), st.just(PriseDePoste.DES_QUE_POSSIBLE), dates())


@st.composite
def _calendrier(draw: st.DrawFn) -> Calendrier:
    publication = draw(dates_opt())
    limite = draw(dates_opt())
    if publication is not None and limite is not None and publication > limite:
        publication, limite = limite, publication
    # La prise de poste est libre : avant la date limite, elle reste valide.
    prise = draw(_prises_de_poste())
    return Calendrier(
        date_publication=publication,
        date_limite_candidature=limite,
        heure_limite=draw(option(heures_du_jour())),
        prise_de_poste=prise,
        debut_diffusion=draw(dates_opt()),
        fin_diffusion=draw(dates_opt()),
        date_vacance=draw(dates_opt()),
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
        nom=textes_opt(),
        fonction=textes_opt(),
        telephone=option(st.sampled_from(("03 26 69 51 51", "+687 27 31 15", "0612345678"))),
        courriel=option(courriels()),
    )
    return st.builds(
        Candidature,
        courriels=tuples(courriels()),
        url=textes_opt(),
        adresse=option(adresses()),
        destinataire=textes_opt(),
        pieces=tuples(
            st.builds(
                Piece,
                type=st.sampled_from(TypePiece),
                libelle=textes_opt(),
                exigence=option(st.sampled_from(Exigence)),
            )
        ),
        etapes=tuples(
            st.builds(EtapeRecrutement, type=st.sampled_from(TypeEtape), libelle=textes_opt())
        ),
        reponse_promise=option(st.booleans()),
        contacts=tuples(contact),
        site=textes_opt(),
        voie_hierarchique=option(st.booleans()),
        exclusivement_courriel=option(st.booleans()),
        reference_a_rappeler=textes_opt(),
        formats=textes_opt(),
    )


@cache
def mentions() -> st.SearchStrategy[Mentions]:
    """Des mentions : notice RGPD, accessibilité, non-discrimination, confidentialité."""
    rgpd = st.builds(
        MentionRgpd,
        finalite=textes_opt(),
        responsable=textes_opt(),
        duree_conservation_mois=option(st.integers(1, bornes.MOIS_MAX)),
        droits=tuples_uniques(st.sampled_from(DroitRgpd)),
        contacts=tuples(courriels()),
        texte_de_reference=textes_opt(),
    )
    return st.builds(
        Mentions,
        rgpd=option(rgpd),
        accessibilite=textes_opt(),
        non_discrimination=textes_opt(),
        confidentialite=textes_opt(),
    )
