"""Les missions (activités, thèmes, relations) et le profil recherché."""

from __future__ import annotations

from functools import cache
from typing import Any

from hypothesis import strategies as st

from fpt_offres import bornes
from fpt_offres.modele import (
    Activite,
    Exigence,
    Experience,
    Missions,
    NatureRelation,
    NiveauDiplome,
    NiveauExperience,
    Profil,
    Relation,
    ThemeMissions,
)
from fpt_offres.strategies._briques import BOOLEENS, TAILLE_MAX, option, textes, textes_opt, tuples
from fpt_offres.strategies._employeur import chiffres_cles


@st.composite
def _activite(draw: st.DrawFn) -> Activite:
    texte = draw(textes())
    debuts = [rang for rang, c in enumerate(texte) if not c.isspace()]
    verbes: list[str] = []
    while len(verbes) < TAILLE_MAX and draw(BOOLEENS):
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
    theme = st.builds(ThemeMissions, intitule=textes_opt(), activites=tuples(activites()))
    relation = st.builds(Relation, texte=textes(), nature=option(st.sampled_from(NatureRelation)))
    return st.builds(
        Missions,
        finalite=textes_opt(),
        themes=tuples(theme),
        relations=tuples(relation),
        renvoi=textes_opt(),
        chiffres=tuples(chiffres_cles()),
    )


def _experience(
    *,
    exigence: Exigence | None,
    annees: tuple[int | None, int | None],
    niveau: NiveauExperience | None,
    domaine: str | None,
    debutant_accepte: bool | None,
) -> Experience:
    """Une expérience dont la fourchette d'années est dans l'ordre."""
    minimum, maximum = annees
    if minimum is not None and maximum is not None and minimum > maximum:
        minimum, maximum = maximum, minimum
    return Experience(
        exigence=exigence,
        annees_min=minimum,
        annees_max=maximum,
        niveau=niveau,
        domaine=domaine,
        debutant_accepte=debutant_accepte,
    )


def _profil(*, niveaux: tuple[NiveauDiplome | None, NiveauDiplome | None], **champs: Any) -> Profil:
    """Un profil dont la fourchette de niveaux de diplôme est dans l'ordre."""
    bas, haut = niveaux
    if bas is not None and haut is not None and bas > haut:
        bas, haut = haut, bas
    return Profil(niveau_diplome=bas, niveau_diplome_max=haut, **champs)


@cache
def profils() -> st.SearchStrategy[Profil]:
    """Des profils : niveau de diplôme, diplômes, expérience, savoirs et qualités."""
    experience = st.builds(
        _experience,
        exigence=option(st.sampled_from(Exigence)),
        annees=st.tuples(
            option(st.integers(0, bornes.ANNEES_MAX)), option(st.integers(1, bornes.ANNEES_MAX))
        ),
        niveau=option(st.sampled_from(NiveauExperience)),
        domaine=textes_opt(),
        debutant_accepte=option(st.booleans()),
    )
    exigence = option(st.sampled_from(Exigence))
    return st.builds(
        _profil,
        niveaux=st.tuples(
            option(st.sampled_from(NiveauDiplome)), option(st.sampled_from(NiveauDiplome))
        ),
        niveau_diplome_tel_qu_ecrit=textes_opt(),
        diplomes=tuples(textes()),
        exigence_diplome=option(st.sampled_from(Exigence)),
        diplomes_souhaites=tuples(textes()),
        experience=option(experience),
        connaissances=tuples(textes()),
        savoir_faire=tuples(textes()),
        qualites=tuples(textes()),
        exigence_connaissances=exigence,
        exigence_savoir_faire=exigence,
        exigence_qualites=exigence,
    )
