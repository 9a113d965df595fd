"""Les conditions d'emploi : ouverture, contrat, temps, télétravail, permis, déplacements."""

from __future__ import annotations

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.modele.commun import Exigence
from fpt_offres.modele.contrat import Contrat, Ouverture, VoieRecrutement
from fpt_offres.modele.temps import OrganisationTravail, Teletravail, TempsTravail
from fpt_offres.nomenclature._entrees import CategoriePermis

__all__ = ["CategoriePermis", "Conditions", "Deplacements", "ExigencePermis"]


@attrs.frozen(kw_only=True, field_transformer=typer)
class ExigencePermis:
    """Un permis demandé, exigé ou souhaité, et pourquoi.

    Attributes:
        categorie: la catégorie de permis.
        exigence: exigé (par défaut) ou souhaité.
        motif: pourquoi (« déplacements sur les sites de la collectivité »).
        tel_qu_ecrit: les mots de l'offre (« Permis B obligatoire », « permis VL »).
    """

    categorie: CategoriePermis
    exigence: Exigence = Exigence.EXIGEE
    motif: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    tel_qu_ecrit: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Deplacements:
    """Les déplacements que le poste demande.

    Attributes:
        frequents: vrai quand l'offre les dit fréquents ou réguliers.
        destinations: les lieux cités.
        precision: ce que l'offre en dit.
    """

    frequents: bool | None = None
    destinations: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    precision: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Conditions:
    """Les conditions d'emploi du poste.

    Attributes:
        ouverture: titulaires, contractuels, les deux, ou prioritairement titulaires.
        ouvert_laureats_concours: vrai quand l'offre s'adresse aussi aux lauréats de concours.
        contrat: le contrat offert aux contractuels.
        temps: le temps de travail.
        teletravail: le télétravail.
        organisation: cycles, rythmes, badgeage, astreintes.
        permis: les permis de conduire demandés.
        deplacements: les déplacements.
        services_sur_site: les services offerts sur le lieu de travail
            (restaurant, conciergerie), quand l'offre les cite parmi les
            conditions de travail plutôt que parmi la rémunération.
        residence_exigee_annees: la durée de résidence exigée pour un recrutement sur
            titre en Nouvelle-Calédonie (emploi local : 0, 3, 5 ou 10 ans ; 0 quand
            l'offre écrit « / »).
        voies: les voies de recrutement que l'offre nomme (mutation, détachement…).
        particulieres: les conditions particulières d'exercice que l'offre énumère et
            qu'aucun autre champ ne tient (« Aptitude physique à l'emploi », « Travail en
            équipe et en réseaux »), telles qu'écrites, dans l'ordre du texte.
    """

    ouverture: Ouverture | None = None
    ouvert_laureats_concours: bool | None = None
    contrat: Contrat | None = None
    temps: TempsTravail | None = None
    teletravail: Teletravail | None = None
    organisation: OrganisationTravail | None = None
    permis: tuple[ExigencePermis, ...] = ()
    deplacements: Deplacements | None = None
    services_sur_site: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    residence_exigee_annees: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(strict=False, maximum=bornes.ANNEES_MAX))
    )
    voies: tuple[VoieRecrutement, ...] = ()
    particulieres: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
