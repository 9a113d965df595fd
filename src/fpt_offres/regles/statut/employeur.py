"""Règles sur le statut au regard de l'employeur : les emplois fonctionnels et leurs seuils de
population, le secrétaire général de mairie de 2028, les grades de la FPT dans une offre de
Nouvelle-Calédonie.

Sources : décrets n° 87-1101 et n° 90-128 (seuils des emplois fonctionnels) ; loi
n° 2023-1380 (secrétaire général de mairie) ; délibération n° 486 du 10 août 1994
(Nouvelle-Calédonie).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import attrs

from fpt_offres import nomenclature
from fpt_offres.modele import Categorie, EmploiFonctionnel, Offre, Statut, TypeEmployeur, Versant
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer
from fpt_offres.regles.statut._commun import grade, sans_grades

__all__: list[str] = []


# --- emplois fonctionnels ------------------------------------------------------------------------

# (emploi, famille d'employeur) → code de la nomenclature des emplois fonctionnels, et
# vrai quand le seuil est « et plus » (sinon « plus de »).
_EMPLOIS = {
    (EmploiFonctionnel.DGS, "commune"): ("dgs-commune", True),
    (EmploiFonctionnel.DGA, "commune"): ("dga-commune", False),
    (EmploiFonctionnel.DST, "commune"): ("dst-commune", True),
    (EmploiFonctionnel.DGST, "commune"): ("dgst-commune", False),
    (EmploiFonctionnel.DGS, "epci"): ("dg-epci", False),
    (EmploiFonctionnel.DGA, "epci"): ("dga-epci", False),
    (EmploiFonctionnel.DGST, "epci"): ("dgst-epci", False),
}


_PLAFOND_DST = 40000
"""Le DST est l'emploi des communes de 10 000 à 40 000 habitants (décret n° 90-128 art. 1)."""


def _famille(type_: TypeEmployeur | None) -> str | None:
    if type_ is TypeEmployeur.COMMUNE:
        return "commune"
    return "epci" if type_ in o.EPCI_FISCALITE_PROPRE else None


def _declencher_emploi_fonctionnel(offre: Offre) -> Offre:
    offre = o.commune_de(offre, 500)
    return o.avec_statut(
        offre, attrs.evolve(offre.statut, emploi_fonctionnel=EmploiFonctionnel.DGS)
    )


@enregistrer(
    code="STATUT-EMPLOI-FONCTIONNEL-SEUIL",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Emploi fonctionnel d'une commune ou d'un EPCI sous son seuil de population",
    source=o.S.decret_87_1101,
    correction="vérifier la population de l'employeur, ou ne pas présenter le poste comme un emploi fonctionnel",
    declencher=_declencher_emploi_fonctionnel,
)
def emploi_fonctionnel_seuil(offre: Offre) -> Iterator[Constat]:
    """Les emplois fonctionnels de direction n'existent qu'au-dessus d'un seuil : DGS des communes de 2 000 habitants et plus, DGA des communes de plus de 10 000, DST des communes de 10 000 à 40 000, DGST des communes de plus de 40 000, DG, DGA et DGST des EPCI à fiscalité propre de plus de 10 000 (décret n° 87-1101 art. 1, décret n° 90-128 art. 1)."""
    emploi = offre.statut.emploi_fonctionnel
    famille = _famille(offre.employeur.type)
    entree = _EMPLOIS.get((emploi, famille)) if emploi and famille else None
    if entree is None:
        return
    code, inclus = entree
    decrit = {e.code: e for e in nomenclature.emplois_fonctionnels()}[code]
    libelle = f"{decrit.libelle[0].lower()}{decrit.libelle[1:]}"
    maximum = o.habitants_max(offre.employeur)
    minimum = o.habitants_min(offre.employeur)
    seuil = decrit.seuil_habitants
    if emploi is EmploiFonctionnel.DST and minimum is not None and minimum > _PLAFOND_DST:
        yield Constat(
            chemin="statut.emploi_fonctionnel",
            message=f"emploi fonctionnel de {libelle}, or {offre.employeur.nom or 'l’employeur'} compte "
            f"{o.nombre(minimum)} habitants au moins : au-delà de 40\u202f000, l'emploi est "
            "celui de directeur général des services techniques",
            source=decrit.source,
        )
    elif (
        seuil is not None
        and maximum is not None
        and (maximum < seuil or (not inclus and maximum == seuil))
    ):
        yield Constat(
            chemin="statut.emploi_fonctionnel",
            message=f"emploi fonctionnel de {libelle}, "
            f"or {offre.employeur.nom or 'l’employeur'} compte {o.nombre(maximum)} habitants au plus",
            source=decrit.source,
        )


# --- versant -------------------------------------------------------------------------------------


def _declencher_nc(offre: Offre) -> Offre:
    offre = o.avec_employeur(offre, versant=Versant.NOUVELLE_CALEDONIE)
    return o.avec_statut(
        offre, attrs.evolve(offre.statut, grades=(grade("attache"),), grades_tels_qu_ecrits=())
    )


@enregistrer(
    code="STATUT-NC-CGFP",
    severite=Severite.AVERTISSEMENT,
    versants=o.NOUVELLE_CALEDONIE,
    titre="Offre de Nouvelle-Calédonie qui cite le CGFP ou la nomenclature de la FPT",
    source=o.S.nouvelle_caledonie,
    correction="nommer le corps du statut local (champ corps) et le texte calédonien qui fonde le contrat",
    declencher=_declencher_nc,
    epargner=lambda offre: sans_grades(o.avec_contrat(offre, None)),
)
def nc_cgfp(offre: Offre) -> Iterator[Constat]:
    """Les fonctionnaires des communes de Nouvelle-Calédonie relèvent d'un statut local (délibération n° 486 du 10 août 1994), pas du CGFP : ni ses bases légales de recrutement, ni les cadres d'emplois et grades de la FPT ne s'y appliquent."""
    if o.bases(offre):
        yield Constat(
            chemin="conditions.contrat.bases_legales",
            message="une offre de Nouvelle-Calédonie cite des bases légales du CGFP : "
            + o.liste([str(b) for b in o.bases(offre)]),
        )
    nommes = [c.libelle for c in offre.statut.cadres_emplois] + [
        g.libelle for g in offre.statut.grades
    ]
    if nommes:
        champ = "grades" if offre.statut.grades else "cadres_emplois"
        yield Constat(
            chemin=f"statut.{champ}",
            message="une offre de Nouvelle-Calédonie nomme des grades ou cadres d'emplois de la FPT : "
            + o.liste([f"« {n} »" for n in nommes]),
        )


# --- secrétaire général de mairie ------------------------------------------------------------------

_DEPUIS_2028 = datetime.date(2028, 1, 1)
_SEUIL_CATEGORIE_A = 2000


def _categories_offertes(statut: Statut) -> set[Categorie]:
    return (
        {c.legale for c in statut.categories}
        | {c.categorie for c in statut.cadres_emplois}
        | {g.categorie for g in statut.grades}
    )


def _declencher_sgm(offre: Offre) -> Offre:
    offre = attrs.evolve(
        o.en_fpt(offre), intitule="Secrétaire général de mairie (F/H)", prefixe_intitule=None
    )
    offre = o.avec_employeur(offre, type=TypeEmployeur.COMMUNE)
    calendrier = attrs.evolve(offre.calendrier, prise_de_poste=datetime.date(2028, 3, 1))
    offre = o.avec_calendrier(offre, calendrier)
    return o.avec_statut(offre, Statut(categories=(Categorie.C,)))


@enregistrer(
    code="STATUT-SECRETAIRE-MAIRIE-2028",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Secrétaire général de mairie de catégorie C (ou B au-delà de 2 000 habitants) à partir de 2028",
    source=o.S.loi_2023_1380,
    correction="ouvrir le poste en catégorie B (communes de moins de 2 000 habitants) ou A",
    declencher=_declencher_sgm,
)
def secretaire_mairie_2028(offre: Offre) -> Iterator[Constat]:
    """À partir du 1er janvier 2028, le secrétaire général de mairie relève au moins de la catégorie B dans les communes de moins de 2 000 habitants, de la catégorie A au-delà (CGCT L2122-19-1, loi n° 2023-1380). La date retenue est la prise de poste, sinon la date limite, sinon la publication."""
    if offre.employeur.type is not TypeEmployeur.COMMUNE:
        return
    if not o.secretaire_general_de_mairie(offre.intitule):
        return
    quand = o.date_recrutement(offre.calendrier)
    offertes = _categories_offertes(offre.statut)
    if quand is None or quand < _DEPUIS_2028 or not offertes:
        return
    minimum = o.habitants_min(offre.employeur)
    grande = minimum is not None and minimum >= _SEUIL_CATEGORIE_A
    admises = {Categorie.A} if grande else {Categorie.A, Categorie.B}
    if not offertes & admises:
        attendu = "A" if grande else "B ou A"
        yield Constat(
            chemin="statut.categories",
            message=f"un secrétaire général de mairie recruté le {o.date(quand)} relève de la "
            f"catégorie {attendu} ; l'offre annonce "
            + o.nommer("catégorie", "catégories", sorted(c.value for c in offertes)),
        )
