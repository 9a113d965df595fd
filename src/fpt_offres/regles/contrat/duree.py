"""Règles sur la durée d'un contrat et sa nature : maximum, minimum et renouvellement que
permet sa base légale ; CDI sur une base ou pour un besoin qui ne le permettent pas.

Sources : CGFP L332-9, L332-10, L332-13, L332-14, L332-23, L332-24.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from fpt_offres.modele import (
    BaseLegale,
    Contrat,
    DureeContrat,
    MotifRecrutement,
    NatureContrat,
    Offre,
)
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer
from fpt_offres.regles.contrat._commun import CHEMIN, bases_texte, contrat_cdd, source_unique

__all__: list[str] = []


# --- durées ----------------------------------------------------------------------------------


def _declencher_duree_max(offre: Offre) -> Offre:
    return contrat_cdd(offre, "L332-23-2", mois=9)


def _epargner_duree(offre: Offre) -> Offre:
    contrat = offre.conditions.contrat
    if contrat is None or contrat.duree is None:
        return offre
    return o.avec_contrat(offre, attrs.evolve(contrat, duree=None, renouvelable=None))


def _durees(offre: Offre) -> tuple[DureeContrat, tuple[BaseLegale, ...]] | None:
    contrat = offre.conditions.contrat
    if contrat is None or contrat.duree is None:
        return None
    if not contrat.bases_legales:
        return None
    return contrat.duree, contrat.bases_legales


def _plus_permissive(
    bases: tuple[BaseLegale, ...],
    borne: Callable[[BaseLegale], int | None],
    choisir: Callable[[list[int]], int],
) -> int | None:
    """La borne de la base la plus permissive (``choisir`` : ``max`` ou ``min``).

    ``None`` quand une des bases ne fixe pas cette borne : l'offre qui hésite entre plusieurs
    bases est jugée sur la plus permissive, et une base sans borne permet tout.
    """
    valeurs = [borne(b) for b in bases]
    if any(v is None for v in valeurs):
        return None
    return choisir([v for v in valeurs if v is not None])


@enregistrer(
    code="CONTRAT-DUREE-MAX",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="Contrat plus long que ce que permet sa base légale",
    source=o.S.cgfp_l332_9,
    correction="ramener la durée du contrat au maximum de sa base légale, ou citer la base qui permet cette durée",
    declencher=_declencher_duree_max,
    epargner=_epargner_duree,
)
def duree_max(offre: Offre) -> Iterator[Constat]:
    """Chaque base légale borne la durée d'un contrat : 3 ans pour L332-8 (L332-9), 1 an pour L332-14, 12 mois pour L332-23 1°, 6 mois pour le 2°, 6 ans pour le contrat de projet (L332-24). Quand l'offre hésite entre plusieurs bases, la plus permissive compte."""
    lu = _durees(offre)
    if lu is None:
        return
    duree, bases = lu
    plafond = _plus_permissive(bases, lambda b: b.duree_max_mois, max)
    if plafond is not None and duree.mois > plafond:
        yield Constat(
            chemin=f"{CHEMIN}.duree",
            message=f"un contrat de {o.mois(duree.mois)} dépasse les {o.mois(plafond)} "
            f"que permet {bases_texte(bases)}",
            source=source_unique(bases),
        )


def _declencher_duree_min(offre: Offre) -> Offre:
    return contrat_cdd(offre, "L332-24", mois=6)


@enregistrer(
    code="CONTRAT-DUREE-MIN",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="Contrat de projet de moins d'un an",
    source=o.S.cgfp_l332_24,
    correction="fixer la durée du contrat de projet entre 1 et 6 ans, ou choisir une autre base légale",
    declencher=_declencher_duree_min,
    epargner=_epargner_duree,
)
def duree_min(offre: Offre) -> Iterator[Constat]:
    """Le contrat de projet (CGFP L332-24) dure au moins un an et au plus six ans ; une durée donnée comme un minimum (« un an au moins ») n'est pas signalée."""
    lu = _durees(offre)
    if lu is None or lu[0].minimum:
        return
    duree, bases = lu
    plancher = _plus_permissive(bases, lambda b: b.duree_min_mois, min)
    if plancher is not None and duree.mois < plancher:
        yield Constat(
            chemin=f"{CHEMIN}.duree",
            message=f"un contrat de {o.mois(duree.mois)} est plus court que les "
            f"{o.mois(plancher)} minimum de {bases_texte(bases)}",
            source=source_unique(bases),
        )


def _declencher_renouvellement(offre: Offre) -> Offre:
    return contrat_cdd(offre, "L332-23-1", mois=12, renouvelable=True)


@enregistrer(
    code="CONTRAT-RENOUVELLEMENT",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="Contrat annoncé renouvelable alors qu'il atteint déjà la durée totale permise",
    source=o.S.cgfp_l332_23,
    correction="ne pas annoncer de renouvellement, ou raccourcir le contrat pour laisser place au renouvellement",
    declencher=_declencher_renouvellement,
    epargner=_epargner_duree,
)
def renouvellement(offre: Offre) -> Iterator[Constat]:
    """Certaines bases fixent une durée totale, renouvellements compris : 12 mois sur 18 pour l'accroissement temporaire d'activité, 6 mois sur 12 pour l'accroissement saisonnier (CGFP L332-23), 2 ans pour la vacance temporaire (L332-14), 6 ans pour L332-8 et le contrat de projet. Un contrat qui atteint déjà ce total ne peut pas être renouvelé."""
    lu = _durees(offre)
    contrat = offre.conditions.contrat
    if lu is None or contrat is None or contrat.renouvelable is not True:
        return
    duree, bases = lu
    total = _plus_permissive(bases, lambda b: b.duree_totale_max_mois, max)
    plafond = _plus_permissive(bases, lambda b: b.duree_max_mois, max)
    if total is None or plafond is None:
        return
    if total <= duree.mois <= plafond:  # au-delà du plafond, CONTRAT-DUREE-MAX le dit déjà
        yield Constat(
            chemin=f"{CHEMIN}.renouvelable",
            message=f"un contrat de {o.mois(duree.mois)} atteint déjà la durée totale de "
            f"{o.mois(total)}, renouvellements compris, que permet {bases_texte(bases)} : "
            "il ne peut pas être renouvelé",
            source=source_unique(bases),
        )


# --- CDI ------------------------------------------------------------------------------------------


def _cdi_sans_base_possible(contrat: Contrat) -> bool:
    return (
        contrat.nature is NatureContrat.CDI
        and bool(contrat.bases_legales)
        and not any(b.cdi_possible for b in contrat.bases_legales)
    )


def _declencher_cdi(offre: Offre) -> Offre:
    contrat = Contrat(nature=NatureContrat.CDI, bases_legales=(o.base("L332-14"),))
    return o.avec_contrat(o.en_fpt(offre), contrat)


def _epargner_cdi(offre: Offre) -> Offre:
    contrat = offre.conditions.contrat
    if contrat is None or contrat.nature is not NatureContrat.CDI:
        return offre
    return o.avec_contrat(offre, attrs.evolve(contrat, nature=NatureContrat.CDD))


@enregistrer(
    code="CONTRAT-CDI-IMPOSSIBLE",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="CDI sur une base légale qui ne permet qu'un contrat à durée déterminée",
    source=o.S.cgfp_l332_9,
    correction="proposer un CDD, ou citer L332-8 (seule base qui mène au CDI, L332-9 et L332-10)",
    declencher=_declencher_cdi,
    epargner=_epargner_cdi,
)
def cdi_impossible(offre: Offre) -> Iterator[Constat]:
    """Seuls les contrats de l'article L332-8 peuvent être (ou devenir) à durée indéterminée (L332-9, L332-10) ; le remplacement (L332-13), la vacance temporaire (L332-14), l'accroissement d'activité (L332-23), le contrat de projet (L332-24) et le recrutement direct sur emploi fonctionnel (L343-1) sont à durée déterminée."""
    contrat = offre.conditions.contrat
    if contrat is None or not _cdi_sans_base_possible(contrat):
        return
    yield Constat(
        chemin=f"{CHEMIN}.nature",
        message=f"un CDI est proposé sur {bases_texte(contrat.bases_legales)}, "
        "qui ne permet qu'un contrat à durée déterminée",
    )


_BESOINS = {
    MotifRecrutement.REMPLACEMENT: ("le remplacement d'un agent absent", o.S.cgfp_l332_13),
    MotifRecrutement.ACCROISSEMENT_TEMPORAIRE: (
        "un accroissement temporaire d'activité",
        o.S.cgfp_l332_23,
    ),
    MotifRecrutement.ACCROISSEMENT_SAISONNIER: (
        "un accroissement saisonnier d'activité",
        o.S.cgfp_l332_23,
    ),
    MotifRecrutement.PROJET: ("un projet", o.S.cgfp_l332_24),
}


def _declencher_besoin(offre: Offre) -> Offre:
    offre = o.avec_poste(offre, motif=MotifRecrutement.REMPLACEMENT)
    return o.avec_contrat(o.en_fpt(offre), Contrat(nature=NatureContrat.CDI))


@enregistrer(
    code="CONTRAT-BESOIN-TEMPORAIRE-CDI",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="Besoin temporaire (remplacement, accroissement d'activité, projet) pourvu en CDI",
    source=o.S.cgfp_l332_13,
    correction="proposer un CDD pour la durée du besoin, sur la base qui y correspond",
    declencher=_declencher_besoin,
    epargner=_epargner_cdi,
)
def besoin_temporaire_cdi(offre: Offre) -> Iterator[Constat]:
    """Un remplacement dure le temps de l'absence de l'agent remplacé (CGFP L332-13) ; un accroissement d'activité (L332-23) ou un projet (L332-24) est borné dans le temps : aucun ne se pourvoit par un CDI. Quand l'offre cite une base qui exclut le CDI, CONTRAT-CDI-IMPOSSIBLE le dit déjà."""
    contrat = offre.conditions.contrat
    motif = offre.poste.motif
    if contrat is None or motif not in _BESOINS:
        return
    if contrat.nature is not NatureContrat.CDI or _cdi_sans_base_possible(contrat):
        return
    besoin, source = _BESOINS[motif]
    yield Constat(
        chemin=f"{CHEMIN}.nature",
        message=f"un CDI est proposé pour {besoin}, un besoin temporaire",
        source=source,
    )
