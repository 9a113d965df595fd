"""Règles sur les cas de recrutement réservés à certains postes ou employeurs : L332-8 5°
(temps non complet de moins de la moitié), les cas de L332-8 ouverts aux petites communes,
le recrutement direct sur emploi fonctionnel (L343-1).

Sources : CGFP L332-8, L343-1, L412-6.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from fpt_offres.modele import EmploiFonctionnel, Offre, TypeEmployeur
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer
from fpt_offres.regles.contrat._commun import CHEMIN, contrat_cdd

__all__: list[str] = []


# --- cas particuliers de L332-8 et L343-1 -------------------------------------------------------


def _declencher_tnc_50(offre: Offre) -> Offre:
    offre = contrat_cdd(offre, "L332-8-5")
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
    return contrat_cdd(o.commune_de(offre, 5000), "L332-8-3")


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
        yield Constat(chemin=f"{CHEMIN}.bases_legales", message=detail + compte)


_EMPLOIS_L343_1 = {
    EmploiFonctionnel.DGS: "DGS",
    EmploiFonctionnel.DGA: "DGA",
    EmploiFonctionnel.DGST: "DGST",
}
_SEUIL_L343_1 = 40000


def _declencher_direct(offre: Offre) -> Offre:
    offre = contrat_cdd(o.commune_de(offre, 20000), "L343-1-2")
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
