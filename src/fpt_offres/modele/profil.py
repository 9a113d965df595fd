"""Le profil recherché : diplôme, expérience, savoirs, savoir-faire, qualités.

Les niveaux de diplôme sont ceux du cadre national des certifications
professionnelles (décret n° 2019-14 du 8 janvier 2019) ; la nomenclature fait le
lien avec le « bac+N » que les offres écrivent.
"""

from __future__ import annotations

import enum

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.modele.commun import Exigence
from fpt_offres.nomenclature._entrees import NiveauDiplome

__all__ = ["Experience", "NiveauDiplome", "NiveauExperience", "Profil"]


class NiveauExperience(enum.Enum):
    """Le niveau d'expérience que certains sites d'offres demandent."""

    DEBUTANT = "debutant"
    CONFIRME = "confirme"
    EXPERT = "expert"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Experience:
    """L'expérience demandée.

    Attributes:
        exigence: exigée ou souhaitée.
        annees_min: le nombre minimal d'années, quand il est donné (0 pour « moins
            d'un an », avec ``annees_max`` à 1).
        annees_max: le nombre maximal d'années d'une fourchette (« de 1 à 3 ans »).
        niveau: débutant, confirmé ou expert, quand l'offre le dit ainsi.
        domaine: le domaine (« gestion communale », « poste similaire »).
        debutant_accepte: vrai quand l'offre accepte les débutants.
    """

    exigence: Exigence | None = None
    annees_min: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(strict=False, maximum=bornes.ANNEES_MAX))
    )
    annees_max: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(maximum=bornes.ANNEES_MAX))
    )
    niveau: NiveauExperience | None = None
    domaine: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    debutant_accepte: bool | None = None

    def __attrs_post_init__(self) -> None:
        v.verifier_ordre(
            self.annees_min,
            self.annees_max,
            champ="annees_max",
            regle="experience-ordre",
            message="le maximum de {fin} an(s) précède le minimum de {debut} an(s)",
        )


@attrs.frozen(kw_only=True, field_transformer=typer)
class Profil:
    """Le profil recherché.

    Attributes:
        niveau_diplome: le niveau demandé (« bac +5 » : niveau 7).
        niveau_diplome_tel_qu_ecrit: les mots de l'offre pour ce niveau
            (« Niveau II : Bac + 3/4 »).
        niveau_diplome_max: le haut d'une fourchette de niveaux (« bac +3 à bac +5 » :
            ``niveau_diplome`` 6, ``niveau_diplome_max`` 7).
        diplomes: les diplômes ou formations cités (« Licence », « Diplôme IEP »).
        exigence_diplome: exigé ou souhaité : le poids de ``diplomes``.
        diplomes_souhaites: les diplômes, certificats ou formations que l'offre dit
            seulement souhaités quand elle en cite d'autres sans ce mot (« CACES R482 A,
            premiers secours souhaitable » : le second seul).
        experience: l'expérience demandée.
        connaissances: les savoirs.
        savoir_faire: les savoir-faire.
        qualites: les qualités personnelles (savoir-être).
        exigence_connaissances: le poids que l'offre donne aux savoirs (« connaissances
            requises » : exigée ; « appréciées », « souhaitées » : souhaitée).
        exigence_savoir_faire: de même pour les savoir-faire (« compétences
            indispensables » : exigée).
        exigence_qualites: de même pour les qualités (« qualités requises » : exigée).
    """

    niveau_diplome: NiveauDiplome | None = None
    niveau_diplome_tel_qu_ecrit: str | None = attrs.field(
        default=None, validator=v.optionnel(v.texte())
    )
    niveau_diplome_max: NiveauDiplome | None = None
    diplomes: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    exigence_diplome: Exigence | None = None
    diplomes_souhaites: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    experience: Experience | None = None
    connaissances: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    savoir_faire: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    qualites: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    exigence_connaissances: Exigence | None = None
    exigence_savoir_faire: Exigence | None = None
    exigence_qualites: Exigence | None = None

    def __attrs_post_init__(self) -> None:
        v.verifier_ordre(
            self.niveau_diplome,
            self.niveau_diplome_max,
            champ="niveau_diplome_max",
            regle="niveau-diplome-ordre",
            message="le niveau de diplôme {fin} précède le niveau {debut}",
        )
