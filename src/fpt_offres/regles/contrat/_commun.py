"""Ce que les règles sur les contrats partagent : le chemin du contrat, les bases citées dans
un message, la source commune à ces bases, le CDD territorial que leurs ``declencher`` posent."""

from __future__ import annotations

from fpt_offres.modele import BaseLegale, Offre, Source
from fpt_offres.regles import _outils as o

CHEMIN = "conditions.contrat"


def bases_texte(bases: tuple[BaseLegale, ...]) -> str:
    """« L332-8 2° et L332-14 »."""
    return o.liste([str(b) for b in bases])


def source_unique(bases: tuple[BaseLegale, ...]) -> Source | None:
    """La source des bases quand elles en ont une seule ; sinon ``None`` (celle de la règle)."""
    sources = {b.source for b in bases}
    return next(iter(sources)) if len(sources) == 1 else None


def contrat_cdd(
    offre: Offre, *codes: str, mois: int | None = None, renouvelable: bool | None = None
) -> Offre:
    """``offre`` d'un employeur territorial, avec un CDD sur ces bases."""
    return o.avec_contrat(o.en_fpt(offre), o.cdd(*codes, mois=mois, renouvelable=renouvelable))
