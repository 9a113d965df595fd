"""Les contrôles d'un centre de gestion : la base légale, le poste, le motif et le candidat s'accordent-ils ?

Chaque règle croise deux faits de l'offre que les autres familles regardent
séparément : la base légale et l'intitulé ou l'emploi fonctionnel, la base et
le motif du recrutement, la base et l'ouverture aux fonctionnaires, l'emploi
fonctionnel et la catégorie, le secrétariat de mairie et le grade, la NBI et
le contrat.

Sources : CGFP L332-8, L332-9, L332-13, L332-14, L332-23, L332-24, L343-1,
L412-6, L712-12 ; circulaire du 18 octobre 2024 (secrétaires généraux de
mairie) ; CDG 09 (emplois fonctionnels).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import attrs

from fpt_offres import nomenclature
from fpt_offres.modele import (
    Categorie,
    Contrat,
    EmploiFonctionnel,
    MotifRecrutement,
    NatureContrat,
    Nbi,
    Offre,
    Ouverture,
    Statut,
    TypeEmployeur,
)
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []

_BASES = "conditions.contrat.bases_legales"


# --- la base et le poste ------------------------------------------------------------------------


def _declencher_base_poste(offre: Offre) -> Offre:
    offre = attrs.evolve(offre, intitule="Agent d'entretien (F/H)", prefixe_intitule=None)
    return o.avec_contrat(o.commune_de(offre, 1500), o.cdd("L332-8-7"))


@enregistrer(
    code="CONTRAT-BASE-POSTE",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Base légale réservée à un emploi que l'offre ne décrit pas (SGM, emploi fonctionnel)",
    source=o.S.cgfp_l332_8,
    correction="citer la base qui correspond au poste, ou corriger l'intitulé ou l'emploi fonctionnel",
    declencher=_declencher_base_poste,
    epargner=lambda offre: o.avec_contrat(offre, None),
)
def base_poste(offre: Offre) -> Iterator[Constat]:
    """Le 7° de L332-8 ne pourvoit que l'emploi de secrétaire général de mairie ; L343-1 ne permet le recrutement direct que sur un emploi fonctionnel de direction (DGS, DGA, DGST, directeur d'établissement). Une offre qui cite l'une de ces bases pour un autre poste se trompe de base."""
    for rang, b in enumerate(o.bases(offre)):
        if b.code == "L332-8-7" and not o.secretaire_general_de_mairie(offre.intitule):
            yield Constat(
                chemin=f"{_BASES}[{rang}]",
                message=f"L332-8 7° ne pourvoit que l'emploi de secrétaire général de mairie, "
                f"pas « {offre.intitule} »",
            )
        elif b.article == "L343-1" and offre.statut.emploi_fonctionnel is None:
            yield Constat(
                chemin=f"{_BASES}[{rang}]",
                message=f"{b} permet le recrutement direct sur un emploi fonctionnel de direction, "
                "et l'offre n'en nomme aucun",
                source=b.source,
            )


# --- la base et le motif ------------------------------------------------------------------------

# Les motifs détaillés d'une vacance (fin de contrat, mutation, retraite…) sont des vacances
# d'un emploi permanent ; un « besoin temporaire » sans plus de précision va avec toute
# base d'un besoin temporaire.
_MOTIFS_PERMANENTS = frozenset(
    {
        MotifRecrutement.CREATION,
        MotifRecrutement.VACANCE,
        MotifRecrutement.FIN_DE_CONTRAT,
        MotifRecrutement.MUTATION,
        MotifRecrutement.DISPONIBILITE,
        MotifRecrutement.RETRAITE,
        MotifRecrutement.CESSATION_DE_FONCTIONS,
        MotifRecrutement.MOBILITE_INTERNE,
        MotifRecrutement.CHANGEMENT_TEMPS_TRAVAIL,
    }
)
_TEMPORAIRE = MotifRecrutement.BESOIN_TEMPORAIRE
_MOTIFS_PAR_ARTICLE = {
    "L332-8": _MOTIFS_PERMANENTS,
    "L332-14": _MOTIFS_PERMANENTS,
    "L332-13": frozenset({MotifRecrutement.REMPLACEMENT, _TEMPORAIRE}),
    "L332-24": frozenset({MotifRecrutement.PROJET, _TEMPORAIRE}),
    "L332-23": frozenset(
        {
            MotifRecrutement.ACCROISSEMENT_TEMPORAIRE,
            MotifRecrutement.ACCROISSEMENT_SAISONNIER,
            _TEMPORAIRE,
        }
    ),
}
_MOTIFS = {
    MotifRecrutement.CREATION: "une création de poste",
    MotifRecrutement.VACANCE: "une vacance de poste",
    MotifRecrutement.REMPLACEMENT: "un remplacement",
    MotifRecrutement.ACCROISSEMENT_TEMPORAIRE: "un accroissement temporaire d'activité",
    MotifRecrutement.ACCROISSEMENT_SAISONNIER: "un accroissement saisonnier d'activité",
    MotifRecrutement.PROJET: "un projet",
    MotifRecrutement.FIN_DE_CONTRAT: "une vacance après une fin de contrat",
    MotifRecrutement.MUTATION: "une vacance après une mutation",
    MotifRecrutement.DISPONIBILITE: "une vacance après une mise en disponibilité",
    MotifRecrutement.RETRAITE: "un départ à la retraite",
    MotifRecrutement.CESSATION_DE_FONCTIONS: "une cessation de fonctions",
    MotifRecrutement.MOBILITE_INTERNE: "une mobilité interne",
    MotifRecrutement.CHANGEMENT_TEMPS_TRAVAIL: "un changement de temps de travail",
    MotifRecrutement.BESOIN_TEMPORAIRE: "un besoin temporaire",
}


def _declencher_motif(offre: Offre) -> Offre:
    offre = o.avec_poste(o.en_fpt(offre), motif=MotifRecrutement.VACANCE, permanent=None)
    return o.avec_contrat(offre, o.cdd("L332-13"))


@enregistrer(
    code="CONTRAT-MOTIF-BASE",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Motif du recrutement qui ne correspond pas à la base légale",
    source=o.S.cgfp_l332_13,
    correction="citer la base qui correspond au motif (remplacement : L332-13 ; vacance : "
    "L332-14 ou L332-8 ; accroissement d'activité : L332-23 ; projet : L332-24), ou corriger le motif",
    declencher=_declencher_motif,
    epargner=lambda offre: o.avec_poste(offre, motif=None),
)
def motif_base(offre: Offre) -> Iterator[Constat]:
    """Chaque base pourvoit un besoin : le remplacement d'un agent absent (CGFP L332-13), un emploi vacant ou créé (L332-14, L332-8), un accroissement temporaire ou saisonnier d'activité (L332-23), un projet (L332-24). Un remplacement cité pour une vacance, ou un contrat de projet pour un emploi vacant, ne tient pas. Signalé quand aucune base citée ne correspond au motif que l'offre donne."""
    motif = offre.poste.motif
    bases = [b for b in o.bases(offre) if b.article in _MOTIFS_PAR_ARTICLE]
    if motif is None or not bases:
        return
    if all(motif not in _MOTIFS_PAR_ARTICLE[b.article] for b in bases):
        yield Constat(
            chemin="poste.motif",
            message=f"l'offre donne pour motif {_MOTIFS[motif]}, mais cite "
            + o.liste([str(b) for b in bases]),
            source=bases[0].source if len(bases) == 1 else None,
        )


# --- la base et les candidats ---------------------------------------------------------------------


def _declencher_2_contractuels(offre: Offre) -> Offre:
    offre = o.avec_contrat(o.en_fpt(offre), o.cdd("L332-8-2"))
    return o.avec_conditions(offre, ouverture=Ouverture.CONTRACTUELS)


@enregistrer(
    code="CONTRAT-L332-8-2-SANS-FONCTIONNAIRE",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="L332-8 2° dans une offre fermée aux fonctionnaires",
    source=o.S.cgfp_l332_8,
    correction="ouvrir l'offre aux fonctionnaires : le 2° ne vaut que si aucun n'a pu être recruté",
    declencher=_declencher_2_contractuels,
    epargner=lambda offre: o.avec_conditions(offre, ouverture=None),
)
def l332_8_2_contractuels(offre: Offre) -> Iterator[Constat]:
    """Le 2° de L332-8 permet de recruter un contractuel lorsque les besoins des services ou la nature des fonctions le justifient et qu'aucun fonctionnaire n'a pu être recruté : l'offre qui le cite doit être ouverte aux fonctionnaires, puisque c'est leur absence qui fonde le contrat (procédure du décret n° 2019-1414)."""
    if offre.conditions.ouverture is Ouverture.CONTRACTUELS and any(
        b.code == "L332-8-2" for b in o.bases(offre)
    ):
        yield Constat(
            chemin="conditions.ouverture",
            message="l'offre cite L332-8 2° (aucun fonctionnaire n'a pu être recruté) mais "
            "n'est ouverte qu'aux contractuels",
        )


def _declencher_cdi(offre: Offre) -> Offre:
    contrat = Contrat(nature=NatureContrat.CDI, bases_legales=(o.base("L332-8-2"),))
    return o.avec_contrat(o.en_fpt(offre), contrat)


@enregistrer(
    code="CONTRAT-CDI-DIRECT",
    severite=Severite.INFORMATION,
    versants=o.FPT,
    titre="CDI proposé d'emblée sur L332-8",
    source=o.S.cgfp_l332_9,
    correction="préciser que le CDI suppose six ans de services publics ou la portabilité d'un "
    "CDI, ou proposer un CDD de 3 ans",
    declencher=_declencher_cdi,
    epargner=lambda offre: o.avec_contrat(offre, None),
)
def cdi_direct(offre: Offre) -> Iterator[Constat]:
    """Un contrat sur L332-8 est d'abord un CDD de trois ans au plus, renouvelable dans la limite de six ans, puis reconduit en CDI (CGFP L332-9) ; un CDI d'emblée ne s'offre qu'à un agent qui justifie déjà de six ans de services publics, ou qui porte un CDI d'une autre administration. L'offre qui propose un CDI sans le dire trompe le nouveau venu, d'où une information."""
    contrat = offre.conditions.contrat
    if contrat is None or contrat.nature is not NatureContrat.CDI:
        return
    if contrat.bases_legales and all(b.article == "L332-8" for b in contrat.bases_legales):
        yield Constat(
            chemin="conditions.contrat.nature",
            message=f"un CDI est proposé sur {o.liste([str(b) for b in contrat.bases_legales])} : "
            "il ne s'offre d'emblée qu'à un agent qui a déjà six ans de services publics ou un CDI",
        )


# --- l'emploi fonctionnel, le secrétariat de mairie et le grade ----------------------------------


def _declencher_ef_categorie(offre: Offre) -> Offre:
    statut = Statut(categories=(Categorie.B,), emploi_fonctionnel=EmploiFonctionnel.DGS)
    return o.avec_statut(o.en_fpt(offre), statut)


@enregistrer(
    code="STATUT-EMPLOI-FONCTIONNEL-CATEGORIE",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Emploi fonctionnel de direction offert hors de la catégorie A",
    source=o.S.cdg09_emplois_fonctionnels,
    correction="ouvrir l'emploi aux fonctionnaires de catégorie A, seuls détachables sur un emploi "
    "fonctionnel de direction",
    declencher=_declencher_ef_categorie,
    epargner=lambda offre: o.avec_statut(
        offre, attrs.evolve(offre.statut, emploi_fonctionnel=None)
    ),
)
def emploi_fonctionnel_categorie(offre: Offre) -> Iterator[Constat]:
    """Les emplois fonctionnels de direction sont pourvus par détachement (CGFP L412-6), de fonctionnaires de catégorie A seulement (grilles des décrets n° 87-1101 et 90-128, CDG 09) : un emploi fonctionnel offert aux seules catégories B ou C ne peut pas être pourvu."""
    statut = offre.statut
    offertes = (
        {c.legale for c in statut.categories}
        | {c.categorie for c in statut.cadres_emplois}
        | {g.categorie for g in statut.grades}
    )
    if statut.emploi_fonctionnel is not None and offertes and Categorie.A not in offertes:
        yield Constat(
            chemin="statut.emploi_fonctionnel",
            message="un emploi fonctionnel de direction est offert à "
            + o.nommer("catégorie", "catégories", sorted(c.value for c in offertes))
            + ", alors qu'il ne se pourvoit que par un fonctionnaire de catégorie A",
        )


_FIN_DU_PLAN = datetime.date(2028, 1, 1)


def _grades_c1(statut: Statut) -> list[tuple[int, str]]:
    """Les grades d'accès de catégorie C (échelle C1) que l'offre nomme, avec leur rang."""
    return [
        (rang, g.libelle)
        for rang, g in enumerate(statut.grades)
        if g.categorie is Categorie.C and g.ordre == 1
    ]


def _declencher_sgm_c1(offre: Offre) -> Offre:
    offre = attrs.evolve(
        o.commune_de(offre, 900),
        intitule="Secrétaire général de mairie (F/H)",
        prefixe_intitule=None,
    )
    calendrier = attrs.evolve(offre.calendrier, prise_de_poste=datetime.date(2026, 3, 1))
    grade = nomenclature.grades_par_code()["adjoint-administratif"]
    return o.avec_calendrier(o.avec_statut(offre, Statut(grades=(grade,))), calendrier)


@enregistrer(
    code="STATUT-SECRETAIRE-MAIRIE-C1",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Secrétaire général de mairie offert sur un grade d'accès de catégorie C (C1)",
    source=o.S.circulaire_sgm_2024,
    correction="ouvrir le poste aux grades d'avancement de catégorie C (C2, C3), à la catégorie B "
    "ou à la catégorie A",
    declencher=_declencher_sgm_c1,
)
def secretaire_mairie_c1(offre: Offre) -> Iterator[Constat]:
    """Depuis la loi n° 2023-1380, les fonctions de secrétaire général de mairie ne sont plus confiées à un agent du grade d'accès de catégorie C (échelle C1) : la circulaire du 18 octobre 2024 réserve la catégorie C, jusqu'au 31 décembre 2027, aux grades d'avancement. À partir de 2028, STATUT-SECRETAIRE-MAIRIE-2028 le dit."""
    if offre.employeur.type is not TypeEmployeur.COMMUNE:
        return
    if not o.secretaire_general_de_mairie(offre.intitule):
        return
    quand = o.date_recrutement(offre.calendrier)
    if quand is not None and quand >= _FIN_DU_PLAN:
        return
    for rang, libelle in _grades_c1(offre.statut):
        yield Constat(
            chemin=f"statut.grades[{rang}]",
            message=f"« {libelle} » est un grade d'accès de catégorie C (C1), qui ne peut plus "
            "exercer les fonctions de secrétaire général de mairie",
        )


# --- la NBI ---------------------------------------------------------------------------------------


def _declencher_nbi(offre: Offre) -> Offre:
    offre = o.avec_conditions(o.en_fpt(offre), ouverture=Ouverture.CONTRACTUELS)
    offre = o.avec_contrat(offre, o.cdd("L332-8-2"))
    remuneration = attrs.evolve(offre.remuneration, nbi=Nbi(points=15))
    return attrs.evolve(offre, remuneration=remuneration)


@enregistrer(
    code="REMUNERATION-NBI-CONTRACTUEL",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="NBI annoncée dans une offre réservée aux contractuels",
    source=o.S.nbi,
    correction="retirer la NBI, réservée aux fonctionnaires, ou ouvrir le poste aux fonctionnaires",
    declencher=_declencher_nbi,
    epargner=lambda offre: attrs.evolve(
        offre, remuneration=attrs.evolve(offre.remuneration, nbi=None)
    ),
)
def nbi_contractuel(offre: Offre) -> Iterator[Constat]:
    """La nouvelle bonification indiciaire est réservée aux fonctionnaires (CGFP L712-12) ; un contractuel ne la perçoit pas, sauf recruté au titre du handicap (L352-4) en vue de sa titularisation. Une offre fermée aux fonctionnaires qui annonce une NBI promet ce qu'elle ne peut pas donner."""
    if offre.remuneration.nbi is None or offre.conditions.ouverture is not Ouverture.CONTRACTUELS:
        return
    if any(b.code == "L352-4" for b in o.bases(offre)):
        return
    yield Constat(
        chemin="remuneration.nbi",
        message="l'offre n'est ouverte qu'aux contractuels mais annonce une NBI, réservée aux "
        "fonctionnaires",
    )
