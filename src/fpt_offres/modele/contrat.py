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
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.commun import Source

__all__ = ["BaseLegale", "Contrat", "DureeContrat", "NatureContrat", "Ouverture"]


class Ouverture(enum.Enum):
    """À qui le poste est ouvert."""

    TITULAIRES = "titulaires"
    CONTRACTUELS = "contractuels"
    TITULAIRES_ET_CONTRACTUELS = "titulaires_et_contractuels"
    PRIORITAIREMENT_TITULAIRES = "prioritairement_titulaires"


class NatureContrat(enum.Enum):
    """La nature du contrat offert à un agent contractuel."""

    CDD = "cdd"
    CDI = "cdi"


# Une entrée de nomenclature se hache souvent (ensembles, doublons) : son empreinte est gardée.
_MOIS = v.optionnel(v.positif(maximum=bornes.MOIS_MAX))


@attrs.frozen(kw_only=True, field_transformer=typer, cache_hash=True)
class BaseLegale:
    """Un fondement légal du recrutement d'un contractuel, tel que la nomenclature le fournit.

    Attributes:
        code: identifiant stable (``"L332-8-2"``).
        article: l'article du CGFP (``"L332-8"``).
        cas: le cas de l'article (``"2°"``), s'il en a.
        libelle: ce que permet la base.
        emploi_permanent: vrai pour un emploi permanent.
        duree_max_mois: durée maximale d'un contrat.
        duree_totale_max_mois: durée maximale renouvellements compris.
        duree_min_mois: durée minimale d'un contrat.
        renouvellement: la règle de renouvellement.
        cdi_possible: vrai quand la base peut mener à un CDI.
        anciens_articles: numérotation de la loi n° 84-53 (« 3-3 2° »).
        en_vigueur_depuis: date d'effet.
        source: le texte.
    """

    code: str
    article: str
    cas: str | None = None
    libelle: str
    emploi_permanent: bool
    duree_max_mois: int | None = attrs.field(default=None, validator=_MOIS)
    duree_totale_max_mois: int | None = attrs.field(default=None, validator=_MOIS)
    duree_min_mois: int | None = attrs.field(default=None, validator=_MOIS)
    renouvellement: str | None = None
    cdi_possible: bool = False
    anciens_articles: tuple[str, ...] = ()
    en_vigueur_depuis: datetime.date | None = None
    source: Source

    def __str__(self) -> str:
        return f"{self.article} {self.cas}" if self.cas else self.article


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
    from fpt_offres import nomenclature  # noqa: PLC0415  (la nomenclature importe le modèle)

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
        bases_legales: le ou les fondements cités ; plusieurs quand l'offre
            hésite (« L332-8 3° ou 4° »).
        duree: la durée du contrat, quand l'offre la donne.
        renouvelable: vrai quand l'offre annonce un renouvellement possible.
    """

    nature: NatureContrat | None = None
    bases_legales: tuple[BaseLegale, ...] = attrs.field(default=(), validator=_bases_connues)
    duree: DureeContrat | None = None
    renouvelable: bool | None = None

    def __attrs_post_init__(self) -> None:
        if self.nature is NatureContrat.CDI and self.duree is not None:
            raise ValeurInvalide("un CDI n'a pas de durée", champ="duree", regle="cdi-sans-duree")
