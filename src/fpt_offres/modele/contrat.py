"""Qui peut candidater et sous quel contrat.

Les bases légales du recrutement d'agents contractuels viennent de la
nomenclature (CGFP L332-8 et suivants, L343-1) ; l'ancienne numérotation de la
loi n° 84-53, encore citée par les offres, y est rattachée.
Qu'un contrat dépasse la durée que permet sa base légale est contraire au droit
mais reste représentable : c'est une vérification consultative, pas un invariant.
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes, nomenclature
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.commun import AligneSur
from fpt_offres.nomenclature._entrees import BaseLegale

__all__ = [
    "BaseLegale",
    "Contrat",
    "DureeContrat",
    "NatureContrat",
    "Ouverture",
    "VoieRecrutement",
]


class Ouverture(enum.Enum):
    """À qui le poste est ouvert."""

    TITULAIRES = "titulaires"
    CONTRACTUELS = "contractuels"
    TITULAIRES_ET_CONTRACTUELS = "titulaires_et_contractuels"
    PRIORITAIREMENT_TITULAIRES = "prioritairement_titulaires"
    CONTRACTUELS_A_DEFAUT = "contractuels_a_defaut"
    """Fonctionnaires, et contractuels « à défaut » ou « à titre dérogatoire » (CGFP L332-14)."""


class VoieRecrutement(enum.Enum):
    """Une voie de recrutement que l'offre nomme."""

    MUTATION = "mutation"
    DETACHEMENT = "detachement"
    INTEGRATION_DIRECTE = "integration_directe"
    LISTE_APTITUDE = "liste_aptitude"
    RECRUTEMENT_DIRECT = "recrutement_direct"
    """Sans concours, sur le grade d'accès d'un cadre d'emplois de catégorie C (CGFP L326-1)."""
    CONTRAT = "contrat"
    CONTRAT_AIDE = "contrat_aide"
    APPRENTISSAGE = "apprentissage"


class NatureContrat(enum.Enum):
    """La nature du contrat offert à un agent contractuel."""

    CDD = "cdd"
    CDI = "cdi"


@attrs.frozen(kw_only=True, field_transformer=typer)
class DureeContrat:
    """La durée d'un contrat, en mois.

    Attributes:
        mois: la durée en mois (3 ans : 36).
        minimum: vrai quand l'offre dit « au moins », « minimum ».

    >>> DureeContrat(mois=12, minimum=True)   # « un an minimum »
    DureeContrat(mois=12, minimum=True)
    """

    mois: int = attrs.field(validator=v.positif(maximum=bornes.MOIS_MAX))
    minimum: bool = False


def _bases_connues(
    _instance: object, attribut: attrs.Attribute[Any], bases: tuple[BaseLegale, ...]
) -> None:
    if not bases:
        return
    connues = nomenclature.bases_legales_par_code()
    for rang, base in enumerate(bases):
        if connues.get(base.code) != base:
            raise ValeurInvalide(
                f"{base.code!r} n'est pas une base légale de la nomenclature ; "
                "l'obtenir par fpt_offres.nomenclature.base_legale()",
                champ=f"{attribut.name}[{rang}]",
                regle="nomenclature-inconnue",
            )


@attrs.frozen(kw_only=True, field_transformer=typer)
class Contrat:
    """Le contrat offert à un contractuel.

    Attributes:
        nature: CDD ou CDI.
        bases_legales: le ou les fondements cités.
        bases_au_choix: vrai quand l'offre cite ses bases comme une alternative, l'une
            ou l'autre (« L332-8 3° ou 4° ») : une seule s'appliquera.
        bases_legales_tels_qu_ecrits: les mots de l'offre pour chaque base (« Art.
            L332-8 disposition 3 ou 4 du code général de la fonction publique »), une par base.
        duree: la durée du contrat, quand l'offre la donne.
        date_fin: la date de fin d'un contrat qui finit à date plutôt qu'après une durée.
        renouvelable: vrai quand l'offre annonce un renouvellement possible.
    """

    nature: NatureContrat | None = None
    bases_legales: tuple[BaseLegale, ...] = attrs.field(default=(), validator=_bases_connues)
    bases_au_choix: bool | None = None
    bases_legales_tels_qu_ecrits: tuple[str, ...] = attrs.field(
        default=(), validator=[v.chaque(v.texte()), AligneSur("bases_legales")]
    )
    duree: DureeContrat | None = None
    date_fin: datetime.date | None = None
    renouvelable: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.nature is NatureContrat.CDI and self.duree is not None:
            raise ValeurInvalide("un CDI n'a pas de durée", champ="duree", regle="cdi-sans-duree")
