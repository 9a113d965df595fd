"""Règles sur le fondement du recrutement d'un contractuel : l'emploi (permanent ou non) que
pourvoit sa base légale, la base que l'offre ne donne pas, l'offre réservée aux titulaires
qui décrit pourtant un contrat.

Sources : CGFP L311-1, L332-8 ; décret n° 88-145 art. 3.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from fpt_offres.modele import Contrat, NatureContrat, Offre, Ouverture
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer
from fpt_offres.regles.contrat._commun import CHEMIN, bases_texte, contrat_cdd, source_unique

__all__: list[str] = []


# --- emploi permanent ou non ----------------------------------------------------------------------


def _declencher_nature_emploi(offre: Offre) -> Offre:
    offre = o.avec_poste(offre, permanent=True)
    return contrat_cdd(offre, "L332-23-1")


@enregistrer(
    code="CONTRAT-NATURE-EMPLOI",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="Base légale d'emploi non permanent pour un poste permanent (ou l'inverse)",
    source=o.S.cgfp_l332_8,
    correction="citer une base qui correspond à l'emploi (L332-8, L332-13, L332-14 pour un emploi "
    "permanent ; L332-23, L332-24 pour un emploi non permanent), ou corriger la nature du poste",
    declencher=_declencher_nature_emploi,
)
def nature_emploi(offre: Offre) -> Iterator[Constat]:
    """Les cas de L332-8, le remplacement (L332-13) et la vacance temporaire (L332-14) pourvoient des emplois permanents ; l'accroissement d'activité (L332-23) et le contrat de projet (L332-24) des emplois non permanents. Le poste et toutes les bases citées doivent s'accorder."""
    bases = o.bases(offre)
    permanent = offre.poste.permanent
    if permanent is None or not bases:
        return
    if all(b.emploi_permanent != permanent for b in bases):
        nature = "permanent" if permanent else "non permanent"
        autre = "non permanents" if permanent else "permanents"
        yield Constat(
            chemin="poste.permanent",
            message=f"le poste est dit {nature}, mais {bases_texte(bases)} ne pourvoit que "
            f"des emplois {autre}",
            source=source_unique(bases),
        )


# --- base légale absente ------------------------------------------------------------------------


def _contrat_seulement(offre: Offre) -> bool:
    """Vrai quand l'offre ne s'adresse qu'à des contractuels : elle le dit, ou ne décrit qu'un contrat."""
    ouverture = offre.conditions.ouverture
    return ouverture is Ouverture.CONTRACTUELS or (
        ouverture is None and offre.conditions.contrat is not None
    )


def _contractuels_seuls_sans_base(offre: Offre) -> bool:
    return (
        _contrat_seulement(offre)
        and not o.bases(offre)
        and offre.poste.permanent is not False
        and offre.poste.motif not in o.MOTIFS_TEMPORAIRES
    )


def _declencher_sans_base(offre: Offre) -> Offre:
    offre = o.avec_conditions(o.en_fpt(offre), ouverture=Ouverture.TITULAIRES_ET_CONTRACTUELS)
    return o.avec_contrat(offre, None)


def _epargner_sans_base(offre: Offre) -> Offre:
    contrat = offre.conditions.contrat or Contrat()
    return o.avec_contrat(
        offre,
        attrs.evolve(contrat, bases_legales=(o.base("L332-8-2"),), bases_legales_tels_qu_ecrits=()),
    )


@enregistrer(
    code="CONTRAT-SANS-BASE",
    severite=Severite.INFORMATION,
    versants=o.FPT,
    titre="Recrutement ouvert aux contractuels sans base légale",
    source=o.S.decret_88_145,
    correction="citer le fondement du recrutement (« CGFP L332-8 2° », « L332-14 », « L332-23 1° »…)",
    declencher=_declencher_sans_base,
    epargner=_epargner_sans_base,
)
def sans_base(offre: Offre) -> Iterator[Constat]:
    """Un contractuel n'est recruté que dans les cas que la loi prévoit (CGFP L332-8 et suivants), et son engagement cite l'article qui le permet (décret n° 88-145 art. 3) ; l'offre qui s'adresse aux contractuels gagne à le dire. Une offre ouverte « prioritairement par voie statutaire », qui ne décrit pas de contrat, dit déjà que le contractuel ne viendrait qu'à défaut de fonctionnaire (L332-8 2°) : elle n'est pas signalée."""
    if not o.ouvert_aux_contractuels(offre) or o.bases(offre):
        return
    conditions = offre.conditions
    if conditions.ouverture is Ouverture.PRIORITAIREMENT_TITULAIRES and conditions.contrat is None:
        return
    if _contractuels_seuls_sans_base(offre):
        return  # CONTRAT-CONTRACTUELS-SEULS le dit, plus fort
    yield Constat(
        chemin=f"{CHEMIN}.bases_legales",
        message="l'offre s'adresse aux contractuels sans dire sur quelle base légale ils "
        "seraient recrutés",
    )


def _declencher_contractuels_seuls(offre: Offre) -> Offre:
    offre = o.avec_conditions(o.en_fpt(offre), ouverture=Ouverture.CONTRACTUELS, contrat=None)
    return o.avec_poste(offre, permanent=True, motif=None)


@enregistrer(
    code="CONTRAT-CONTRACTUELS-SEULS",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Emploi permanent ouvert aux seuls contractuels (ou offre d'un seul contrat) sans base légale",
    source=o.S.cgfp_l311_1,
    correction="ouvrir le poste aux fonctionnaires, ou citer le cas de L332-8 qui permet de le réserver à un contractuel",
    declencher=_declencher_contractuels_seuls,
    epargner=_epargner_sans_base,
)
def contractuels_seuls(offre: Offre) -> Iterator[Constat]:
    """Les emplois permanents sont occupés par des fonctionnaires, sauf dérogation prévue par la loi (CGFP L311-1) ; un emploi permanent ouvert aux seuls contractuels, ou une offre qui ne propose qu'un contrat, doit relever d'un cas de L332-8 que l'offre ne donne pas. Un besoin temporaire (remplacement, accroissement d'activité, projet) n'est pas un emploi permanent : CONTRAT-SANS-BASE le traite."""
    if _contractuels_seuls_sans_base(offre):
        emploi = "un emploi permanent" if offre.poste.permanent else "l'emploi"
        yield Constat(
            chemin="conditions.ouverture",
            message=f"{emploi} est ouvert aux seuls contractuels sans base légale",
        )


def _declencher_ouverture_titulaires(offre: Offre) -> Offre:
    return o.avec_conditions(
        offre, ouverture=Ouverture.TITULAIRES, contrat=Contrat(nature=NatureContrat.CDD)
    )


@enregistrer(
    code="CONTRAT-OUVERTURE-TITULAIRES",
    severite=Severite.AVERTISSEMENT,
    versants=o.TOUS,
    titre="Offre réservée aux titulaires qui décrit un contrat",
    source=o.S.cgfp_l311_1,
    correction="ouvrir l'offre aux contractuels, ou retirer la description du contrat",
    declencher=_declencher_ouverture_titulaires,
    epargner=lambda offre: o.avec_contrat(offre, None),
)
def ouverture_titulaires(offre: Offre) -> Iterator[Constat]:
    """Un fonctionnaire est nommé, pas engagé par contrat (CGFP L311-1) : une offre réservée aux titulaires qui décrit un contrat se contredit. Sauf sur un emploi fonctionnel pourvu par recrutement direct (L343-1), ouvert aussi aux fonctionnaires."""
    if any(b.article == "L343-1" for b in o.bases(offre)):
        return
    if offre.conditions.ouverture is Ouverture.TITULAIRES and offre.conditions.contrat is not None:
        yield Constat(
            chemin="conditions.ouverture",
            message="l'offre est réservée aux titulaires mais décrit un contrat",
        )
