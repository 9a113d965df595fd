"""Le profil recherché : diplôme, expérience, savoirs, savoir-faire, qualités.

Les niveaux de diplôme sont ceux du cadre national des certifications
professionnelles (décret n° 2019-14 du 8 janvier 2019) ; la nomenclature fait le
lien avec le « bac+N » que les offres écrivent.
"""

from __future__ import annotations

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.modele.commun import Exigence
from fpt_offres.nomenclature._entrees import NiveauDiplome

__all__ = ["Experience", "NiveauDiplome", "Profil"]


@attrs.frozen(kw_only=True, field_transformer=typer)
class Experience:
    """L'expérience demandée.

    Attributes:
        exigence: exigée ou souhaitée.
        annees_min: le nombre minimal d'années, quand il est donné.
        domaine: le domaine (« gestion communale », « poste similaire »).
        debutant_accepte: vrai quand l'offre accepte les débutants.
    """

    exigence: Exigence | None = None
    annees_min: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(maximum=bornes.ANNEES_MAX))
    )
    domaine: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    debutant_accepte: bool | None = None


@attrs.frozen(kw_only=True, field_transformer=typer)
class Profil:
    """Le profil recherché.

    Attributes:
        niveau_diplome: le niveau demandé (« bac +5 » : niveau 7).
        diplomes: les diplômes ou formations cités (« Licence », « Diplôme IEP »).
        exigence_diplome: exigé ou souhaité.
        experience: l'expérience demandée.
        connaissances: les savoirs.
        savoir_faire: les savoir-faire.
        qualites: les qualités personnelles (savoir-être).
    """

    niveau_diplome: NiveauDiplome | None = None
    diplomes: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    exigence_diplome: Exigence | None = None
    experience: Experience | None = None
    connaissances: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    savoir_faire: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    qualites: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
