"""Règles sur le recrutement de contractuels : base légale, durée, renouvellement, CDI.

Elles ne portent que sur les employeurs de la fonction publique territoriale :
les bases légales de la nomenclature sont celles du CGFP pour la FPT (L332-8 et
suivants, L343-1). Les durées viennent de la nomenclature, chaque base avec sa
source.

Sources : CGFP L311-1, L332-8 à L332-14, L332-23, L332-24, L343-1 ;
décret n° 88-145 art. 3.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from fpt_offres.modele import (
    BaseLegale,
    Contrat,
    DureeContrat,
    EmploiFonctionnel,
    MotifRecrutement,
    NatureContrat,
    Offre,
    Ouverture,
    Source,
    TypeEmployeur,
)
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []

_CHEMIN = "conditions.contrat"


def _bases_texte(bases: tuple[BaseLegale, ...]) -> str:
    return o.liste([str(b) for b in bases])


def _source_unique(bases: tuple[BaseLegale, ...]) -> Source | None:
    sources = {b.source for b in bases}
    return next(iter(sources)) if len(sources) == 1 else None


def _contrat_cdd(
    offre: Offre, *codes: str, mois: int | None = None, renouvelable: bool | None = None
) -> Offre:
    """``offre`` d'un employeur territorial, avec un CDD sur ces bases."""
    return o.avec_contrat(o.en_fpt(offre), o.cdd(*codes, mois=mois, renouvelable=renouvelable))


# --- durées ----------------------------------------------------------------------------------


def _declencher_duree_max(offre: Offre) -> Offre:
    return _contrat_cdd(offre, "L332-23-2", mois=9)


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
    maxima = [b.duree_max_mois for b in bases]
    if any(m is None for m in maxima):
        return
    plafond = max(m for m in maxima if m is not None)
    if duree.mois > plafond:
        yield Constat(
            chemin=f"{_CHEMIN}.duree",
            message=f"un contrat de {o.mois(duree.mois)} dépasse les {o.mois(plafond)} "
            f"que permet {_bases_texte(bases)}",
            source=_source_unique(bases),
        )


def _declencher_duree_min(offre: Offre) -> Offre:
    return _contrat_cdd(offre, "L332-24", mois=6)


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
    minima = [b.duree_min_mois for b in bases]
    if any(m is None for m in minima):
        return
    plancher = min(m for m in minima if m is not None)
    if duree.mois < plancher:
        yield Constat(
            chemin=f"{_CHEMIN}.duree",
            message=f"un contrat de {o.mois(duree.mois)} est plus court que les "
            f"{o.mois(plancher)} minimum de {_bases_texte(bases)}",
            source=_source_unique(bases),
        )


def _declencher_renouvellement(offre: Offre) -> Offre:
    return _contrat_cdd(offre, "L332-23-1", mois=12, renouvelable=True)


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
    totaux = [b.duree_totale_max_mois for b in bases]
    maxima = [b.duree_max_mois for b in bases]
    if any(t is None for t in totaux) or any(m is None for m in maxima):
        return
    total = max(t for t in totaux if t is not None)
    plafond = max(m for m in maxima if m is not None)
    if total <= duree.mois <= plafond:  # au-delà du plafond, CONTRAT-DUREE-MAX le dit déjà
        yield Constat(
            chemin=f"{_CHEMIN}.renouvelable",
            message=f"un contrat de {o.mois(duree.mois)} atteint déjà la durée totale de "
            f"{o.mois(total)}, renouvellements compris, que permet {_bases_texte(bases)} : "
            "il ne peut pas être renouvelé",
            source=_source_unique(bases),
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
        chemin=f"{_CHEMIN}.nature",
        message=f"un CDI est proposé sur {_bases_texte(contrat.bases_legales)}, "
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
        chemin=f"{_CHEMIN}.nature",
        message=f"un CDI est proposé pour {besoin}, un besoin temporaire",
        source=source,
    )


# --- emploi permanent ou non ----------------------------------------------------------------------


def _declencher_nature_emploi(offre: Offre) -> Offre:
    offre = o.avec_poste(offre, permanent=True)
    return _contrat_cdd(offre, "L332-23-1")


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
            message=f"le poste est dit {nature}, mais {_bases_texte(bases)} ne pourvoit que "
            f"des emplois {autre}",
            source=_source_unique(bases),
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
        chemin=f"{_CHEMIN}.bases_legales",
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


# --- cas particuliers de L332-8 et L343-1 -------------------------------------------------------


def _declencher_tnc_50(offre: Offre) -> Offre:
    offre = _contrat_cdd(offre, "L332-8-5")
    return o.avec_conditions(offre, temps=o.temps_non_complet(20))


@enregistrer(
    code="CONTRAT-TNC-50",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="L332-8 5° (temps non complet de moins de 50 %) pour un poste d'au moins 17 h 30",
    source=o.S.cgfp_l332_8,
    correction="citer une autre base légale, ou corriger la durée hebdomadaire du poste",
    declencher=_declencher_tnc_50,
)
def tnc_50(offre: Offre) -> Iterator[Constat]:
    """Le 5° de L332-8 permet de pourvoir par contrat les emplois à temps non complet de moins de la moitié du temps complet, et ceux-là seulement : moins de 17 h 30 sur 35 h, moins de 8 h sur 16 pour un professeur et de 10 h sur 20 pour un assistant d'enseignement artistique. Quand l'offre mêle des cadres, le plus long temps complet compte."""
    if o.bases(offre) != (o.base("L332-8-5"),):
        return
    complet = o.temps_complets(offre)[1]
    duree = o.duree_hebdo_du_poste(offre.conditions.temps, complet)
    if duree is not None and duree >= complet / 2:
        yield Constat(
            chemin="conditions.temps",
            message=f"L332-8 5° vise les emplois de moins de {o.heures(complet / 2)} par semaine "
            f"(la moitié de {o.heures(complet)}) ; le poste en compte {o.heures(duree)}",
        )


# Les seuils de population des cas de L332-8 : communes, groupements de communes.
_SEUILS_L332_8: dict[str, tuple[int | None, int | None]] = {
    "L332-8-3": (1000, 15000),
    "L332-8-4": (None, None),  # communes nouvelles : communes seulement
    "L332-8-6": (2000, 10000),
    "L332-8-7": (2000, None),  # secrétaire général de mairie : communes seulement
}


def _base_hors_seuil(code: str, offre: Offre) -> str | None:
    """Pourquoi la base ``code`` ne convient pas à l'employeur, ou ``None``."""
    commune, groupement = _SEUILS_L332_8[code]
    employeur = offre.employeur
    minimum = o.habitants_min(employeur)
    if employeur.type is TypeEmployeur.COMMUNE:
        seuil = commune
        qui = "aux communes"
    elif employeur.type in o.GROUPEMENTS and groupement is not None:
        seuil = groupement
        qui = "aux groupements de communes"
    else:
        cible = "communes" if groupement is None else "communes et groupements de communes"
        return f"est réservé aux {cible}"
    if seuil is not None and minimum is not None and minimum >= seuil:
        return f"est réservé {qui} de moins de {o.nombre(seuil)} habitants"
    return None


def _declencher_seuil(offre: Offre) -> Offre:
    return _contrat_cdd(o.commune_de(offre, 5000), "L332-8-3")


@enregistrer(
    code="CONTRAT-SEUIL-HABITANTS",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Cas de L332-8 réservé aux petites communes pour un employeur trop peuplé ou d'un autre type",
    source=o.S.cgfp_l332_8,
    correction="citer un cas de L332-8 ouvert à cet employeur (1° ou 2°), ou corriger la population",
    declencher=_declencher_seuil,
)
def seuil_habitants(offre: Offre) -> Iterator[Constat]:
    """L332-8 3° vaut pour les communes de moins de 1 000 habitants et les groupements de moins de 15 000 ; le 4° pour les communes nouvelles seulement ; le 6° pour les communes de moins de 2 000 et les groupements de moins de 10 000 ; le 7° (secrétaire général de mairie) pour les communes de moins de 2 000. La population est celle que l'offre donne."""
    bases = o.bases(offre)
    if not bases or any(b.code not in _SEUILS_L332_8 for b in bases):
        return
    raisons = [_base_hors_seuil(b.code, offre) for b in bases]
    if all(r is not None for r in raisons):
        detail = " ; ".join(f"{b} {r}" for b, r in zip(bases, raisons, strict=True))
        population = offre.employeur.nombre_habitants
        compte = (
            f" ({offre.employeur.nom or 'l’employeur'} : {o.nombre(population.valeur)} habitants)"
            if population is not None
            else ""
        )
        yield Constat(chemin=f"{_CHEMIN}.bases_legales", message=detail + compte)


_EMPLOIS_L343_1 = {
    EmploiFonctionnel.DGS: "DGS",
    EmploiFonctionnel.DGA: "DGA",
    EmploiFonctionnel.DGST: "DGST",
}
_SEUIL_L343_1 = 40000


def _declencher_direct(offre: Offre) -> Offre:
    offre = _contrat_cdd(o.commune_de(offre, 20000), "L343-1-2")
    return o.avec_statut(
        offre, attrs.evolve(offre.statut, emploi_fonctionnel=EmploiFonctionnel.DGS)
    )


@enregistrer(
    code="CONTRAT-EMPLOI-FONCTIONNEL-DIRECT",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Recrutement direct sur un emploi fonctionnel d'une commune ou d'un EPCI de 40 000 habitants au plus",
    source=o.S.cgfp_l343_1,
    correction="pourvoir l'emploi par détachement d'un fonctionnaire de catégorie A (CGFP L412-6), "
    "seule voie en dessous de 40\u202f000 habitants",
    declencher=_declencher_direct,
)
def emploi_fonctionnel_direct(offre: Offre) -> Iterator[Constat]:
    """Le recrutement direct par contrat sur les emplois de DGS, DGA et DGST n'est ouvert qu'aux communes et EPCI à fiscalité propre de plus de 40 000 habitants (CGFP L343-1 2°) ; en dessous, ces emplois sont pourvus par la seule voie du détachement (CGFP L412-6), et aucune autre base ne permet d'y engager un contractuel. Signalé quand l'offre cite L343-1, ou s'ouvre aux contractuels sans base."""
    emploi = offre.statut.emploi_fonctionnel
    employeur = offre.employeur
    if emploi not in _EMPLOIS_L343_1:
        return
    if (
        employeur.type is not TypeEmployeur.COMMUNE
        and employeur.type not in o.EPCI_FISCALITE_PROPRE
    ):
        return
    maximum = o.habitants_max(employeur)
    population = employeur.nombre_habitants
    if maximum is None or population is None or maximum > _SEUIL_L343_1:
        return
    bases = o.bases(offre)
    direct = any(b.article == "L343-1" for b in bases)
    if direct or (not bases and o.ouvert_aux_contractuels(offre)):
        yield Constat(
            chemin="statut.emploi_fonctionnel",
            message=f"recrutement direct d'un contractuel comme {_EMPLOIS_L343_1[emploi]} "
            f"pour {employeur.nom or 'l’employeur'}, {o.nombre(population.valeur)} habitants : L343-1 2° "
            "le réserve aux communes et EPCI de plus de 40\u202f000 habitants",
        )
