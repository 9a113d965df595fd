"""Règles sur le temps de travail : temps partiel, temps non complet, télétravail, RTT, CNRACL.

Sources : décret n° 2000-815 art. 1 (35 h) ; décret n° 91-298 (temps non
complet) ; décret n° 2004-777 art. 1 (temps partiel) ; décret n° 2016-151 art. 3
(télétravail) ; CNRACL et décret n° 2022-244 (seuil d'affiliation de 28 h).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import attrs

from fpt_offres.modele import (
    CycleTravail,
    Horaire,
    Offre,
    OrganisationTravail,
    Ouverture,
    RegimeTemps,
    Teletravail,
    TempsTravail,
    Versant,
)
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []

_CHEMIN = "conditions.temps"
_CINQ_JOURS = Decimal(5)
_PRESENCE_MIN = Decimal(2)
_TELETRAVAIL_MAX = Decimal(3)


def _regimes(offre: Offre) -> set[RegimeTemps]:
    temps = offre.conditions.temps
    return set(temps.regimes) if temps is not None else set()


def _avec_temps(offre: Offre, temps: TempsTravail) -> Offre:
    return o.avec_conditions(o.en_fpt(offre), temps=temps)


# --- temps partiel ---------------------------------------------------------------------------


def _declencher_partiel_poste(offre: Offre) -> Offre:
    return _avec_temps(offre, TempsTravail(regimes=(RegimeTemps.PARTIEL,)))


def _epargner_partiel(offre: Offre) -> Offre:
    temps = offre.conditions.temps
    if temps is None or RegimeTemps.PARTIEL not in temps.regimes:
        return offre
    regimes = tuple(r for r in temps.regimes if r is not RegimeTemps.PARTIEL)
    return o.avec_conditions(offre, temps=attrs.evolve(temps, regimes=regimes))


@enregistrer(
    code="TEMPS-PARTIEL-POSTE",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Poste présenté « à temps partiel »",
    source=o.S.temps_non_complet,
    correction="écrire « temps non complet » avec la durée hebdomadaire (« 28 h/35e »), "
    "ou « temps complet, temps partiel possible »",
    declencher=_declencher_partiel_poste,
    epargner=_epargner_partiel,
)
def partiel_poste(offre: Offre) -> Iterator[Constat]:
    """Le temps partiel est accordé à l'agent, sur sa demande ; un poste créé pour moins de 35 h est un emploi à temps non complet (décret n° 91-298). « Temps complet ou temps partiel » reste correct, et « temps non complet, temps partiel possible » aussi depuis le 1er janvier 2025 (décret n° 2024-1263)."""
    regimes = _regimes(offre)
    if RegimeTemps.PARTIEL in regimes and not regimes & {
        RegimeTemps.COMPLET,
        RegimeTemps.NON_COMPLET,
    }:
        yield Constat(
            chemin=f"{_CHEMIN}.regimes",
            message="le poste est présenté à temps partiel : c'est l'agent qui demande le temps "
            "partiel ; un poste de moins de 35 h est un emploi à temps non complet",
        )


def _declencher_partiel_quotite(offre: Offre) -> Offre:
    return _avec_temps(offre, TempsTravail(regimes=(RegimeTemps.PARTIEL,), quotite=Decimal(40)))


_QUOTITES_NON_COMPLET = frozenset(Decimal(q) for q in (50, 60, 70, 80, 90))


def _quotite_du_temps_partiel(temps: TempsTravail) -> Decimal | None:
    """La quotité du temps partiel que l'offre annonce, ou ``None``.

    Sur un poste à temps non complet, la quotité est d'ordinaire la part du poste
    dans un temps complet (40 % : un poste de 14 h), pas un temps partiel ; elle
    n'est celle du temps partiel que quand l'offre donne aussi la durée du poste
    et que la quotité en diffère.
    """
    if temps.quotite is None or RegimeTemps.PARTIEL not in temps.regimes:
        return None
    if RegimeTemps.NON_COMPLET not in temps.regimes:
        return temps.quotite
    if temps.heures_hebdo is None:
        return None
    part = temps.heures_hebdo.en_heures() * 100 / o.TEMPS_COMPLET
    return None if abs(part - temps.quotite) < 1 else temps.quotite


@enregistrer(
    code="TEMPS-PARTIEL-QUOTITE",
    severite=Severite.ERREUR,
    versants=o.FPT,
    titre="Temps partiel de moins de 50 %, ou hors des quotités permises sur un temps non complet",
    source=o.S.decret_2004_777,
    correction="proposer un temps partiel d'au moins 50 % (50, 60, 70, 80 ou 90 % sur un poste à "
    "temps non complet), ou un emploi à temps non complet",
    declencher=_declencher_partiel_quotite,
    epargner=_epargner_partiel,
)
def partiel_quotite(offre: Offre) -> Iterator[Constat]:
    """Le service à temps partiel d'un fonctionnaire territorial ne peut être inférieur au mi-temps (décret n° 2004-777 art. 1) ; sur un poste à temps complet, toute quotité d'au moins 50 % est possible. Sur un poste à temps non complet, le temps partiel est ouvert depuis le 1er janvier 2025 aux quotités de 50, 60, 70, 80 ou 90 % seulement (décret n° 2024-1263). La part d'un temps non complet (un poste à 40 %) n'est pas un temps partiel."""
    temps = offre.conditions.temps
    if temps is None:
        return
    quotite = _quotite_du_temps_partiel(temps)
    if quotite is None:
        return
    if quotite < 50:
        yield Constat(
            chemin=f"{_CHEMIN}.quotite",
            message=f"un temps partiel de {o.nombre(quotite)} % est inférieur au mi-temps",
        )
    elif RegimeTemps.NON_COMPLET in temps.regimes and quotite not in _QUOTITES_NON_COMPLET:
        yield Constat(
            chemin=f"{_CHEMIN}.quotite",
            message=f"un temps partiel de {o.nombre(quotite)} % sur un poste à temps non complet : "
            "seules les quotités de 50, 60, 70, 80 et 90 % sont permises",
            source=o.S.decret_2024_1263,
        )


# --- temps complet, temps non complet ----------------------------------------------------------


def _temps_complet_le_plus_court(offre: Offre) -> Decimal:
    if offre.employeur.versant is Versant.HOSPITALIERE:
        return o.TEMPS_COMPLET_NUIT_FPH
    return o.temps_complets(offre)[0]


def _declencher_complet(offre: Offre) -> Offre:
    return _avec_temps(offre, TempsTravail(regimes=(RegimeTemps.COMPLET,), quotite=Decimal(80)))


@enregistrer(
    code="TEMPS-COMPLET-INCOHERENT",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Poste à temps complet de moins de 35 h",
    source=o.S.temps_de_travail,
    correction="annoncer un temps non complet avec sa durée, ou corriger la quotité",
    declencher=_declencher_complet,
)
def complet_incoherent(offre: Offre) -> Iterator[Constat]:
    """Le temps complet est de 35 h par semaine, 1 607 h par an (décret n° 2000-815 art. 1, appliqué à la FPT par le décret n° 2001-623) : un poste à temps complet d'une quotité ou d'une durée moindre se contredit. Le temps complet statutaire est plus court pour les professeurs (16 h) et les assistants (20 h) d'enseignement artistique, et pour le travail de nuit à l'hôpital (32 h 30, décret n° 2002-9 art. 3) ; une délibération peut aussi le réduire pour des sujétions (décret n° 2001-623 art. 2), d'où un avertissement."""
    temps = offre.conditions.temps
    if temps is None or _regimes(offre) != {RegimeTemps.COMPLET}:
        return
    complet = _temps_complet_le_plus_court(offre)
    if temps.quotite is not None and temps.quotite < 100:
        yield Constat(
            chemin=f"{_CHEMIN}.quotite",
            message=f"le poste est à temps complet mais sa quotité est de "
            f"{o.nombre(temps.quotite)} %",
        )
    elif temps.heures_hebdo is not None and temps.heures_hebdo.en_heures() < complet:
        yield Constat(
            chemin=f"{_CHEMIN}.heures_hebdo",
            message=f"le poste est à temps complet mais dure "
            f"{o.heures(temps.heures_hebdo.en_heures())} par semaine, moins que les "
            f"{o.heures(complet)} de son temps complet",
        )


def _declencher_sans_duree(offre: Offre) -> Offre:
    return _avec_temps(offre, TempsTravail(regimes=(RegimeTemps.NON_COMPLET,)))


@enregistrer(
    code="TEMPS-NON-COMPLET-SANS-DUREE",
    severite=Severite.INFORMATION,
    versants=o.FPT,
    titre="Temps non complet sans durée",
    source=o.S.temps_non_complet,
    correction="donner la durée hebdomadaire (« 17 h 30/35e ») ou la quotité",
    declencher=_declencher_sans_duree,
)
def non_complet_sans_duree(offre: Offre) -> Iterator[Constat]:
    """Un emploi à temps non complet est créé pour une durée hebdomadaire que fixe la délibération (décret n° 91-298) ; sans elle, le candidat ne sait ni ce qu'il gagnera ni à quelle caisse de retraite il cotisera."""
    temps = offre.conditions.temps
    if temps is None or RegimeTemps.NON_COMPLET not in temps.regimes:
        return
    if temps.heures_hebdo is None and temps.quotite is None and temps.heures_annuelles is None:
        yield Constat(
            chemin=_CHEMIN,
            message="le poste est à temps non complet sans durée hebdomadaire ni quotité",
        )


# Seuil d'affiliation à la CNRACL par cadre d'emplois d'enseignement artistique : heures
# hebdomadaires du seuil, et du temps complet (décret n° 2022-1707).
_SEUILS_ENSEIGNEMENT = {
    "professeurs-territoriaux-d-enseignement-artistique": (Decimal(12), Decimal(16)),
    "assistants-territoriaux-d-enseignement-artistique": (Decimal(15), Decimal(20)),
}
_SEUIL_CNRACL = (Decimal(28), Decimal(35))


def _seuils_cnracl(offre: Offre) -> list[tuple[Decimal, Decimal]]:
    codes = {c.code for c in offre.statut.cadres_emplois}
    codes |= {g.cadre_emplois.code for g in offre.statut.grades}
    seuils = [_SEUILS_ENSEIGNEMENT[c] for c in codes if c in _SEUILS_ENSEIGNEMENT]
    if not seuils or codes - set(_SEUILS_ENSEIGNEMENT):
        seuils.append(_SEUIL_CNRACL)
    return seuils


def _declencher_cnracl(offre: Offre) -> Offre:
    offre = o.avec_conditions(offre, ouverture=Ouverture.TITULAIRES, contrat=None)
    return _avec_temps(offre, o.temps_non_complet(10))


@enregistrer(
    code="TEMPS-CNRACL",
    severite=Severite.INFORMATION,
    versants=o.FPT,
    titre="Temps non complet sous le seuil d'affiliation à la CNRACL",
    source=o.S.cnracl,
    correction="le dire aux candidats fonctionnaires, ou porter la durée du poste à 28 h",
    declencher=_declencher_cnracl,
)
def cnracl(offre: Offre) -> Iterator[Constat]:
    """Un fonctionnaire nommé à temps non complet n'est affilié à la CNRACL que si sa durée hebdomadaire atteint 28 h (décret n° 2022-244, CGFP L613-5) ; en dessous, il relève du régime général et de l'IRCANTEC. Le seuil est de 12 h sur 16 pour les professeurs et de 15 h sur 20 pour les assistants d'enseignement artistique ; quand l'offre mêle plusieurs cadres, le seuil le plus bas compte."""
    temps = offre.conditions.temps
    if temps is None:
        return
    if offre.conditions.ouverture is Ouverture.CONTRACTUELS:
        return
    regimes = set(temps.regimes)
    if regimes and RegimeTemps.NON_COMPLET not in regimes:
        return
    seuils = _seuils_cnracl(offre)
    if temps.heures_hebdo is not None:
        duree = temps.heures_hebdo.en_heures()
        seuil = min(s for s, _ in seuils)
        if duree < seuil:
            yield Constat(
                chemin=f"{_CHEMIN}.heures_hebdo",
                message=f"à {o.heures(duree)} par semaine, sous le seuil de {o.heures(seuil)}, "
                "un fonctionnaire serait affilié au régime général et à l'IRCANTEC, "
                "non à la CNRACL",
            )
    elif temps.quotite is not None:
        seuil, complet = min(seuils, key=lambda s: s[0] / s[1])
        if temps.quotite < seuil * 100 / complet:
            yield Constat(
                chemin=f"{_CHEMIN}.quotite",
                message=f"à {o.nombre(temps.quotite)} % d'un temps complet, sous le seuil de "
                f"{o.heures(seuil)} sur {o.heures(complet)}, un fonctionnaire serait affilié "
                "au régime général et à l'IRCANTEC, non à la CNRACL",
            )


# --- télétravail --------------------------------------------------------------------------------


def _declencher_teletravail_max(offre: Offre) -> Offre:
    teletravail = Teletravail(eligible=True, jours_max=Decimal(4))
    return o.avec_conditions(o.en_fpt(offre), teletravail=teletravail)


def _epargner_teletravail(offre: Offre) -> Offre:
    teletravail = offre.conditions.teletravail
    if teletravail is None or teletravail.jours_max is None:
        return offre
    return o.avec_conditions(offre, teletravail=attrs.evolve(teletravail, jours_max=None))


@enregistrer(
    code="TELETRAVAIL-MAX",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Plus de 3 jours de télétravail par semaine",
    source=o.S.decret_2016_151,
    correction="ramener le télétravail à 3 jours par semaine au plus, ou citer la dérogation qui s'applique",
    declencher=_declencher_teletravail_max,
    epargner=_epargner_teletravail,
)
def teletravail_max(offre: Offre) -> Iterator[Constat]:
    """Les fonctions exercées en télétravail ne peuvent dépasser trois jours par semaine (décret n° 2016-151 art. 3) ; des dérogations temporaires existent (santé, handicap, grossesse, proche aidant), d'où un avertissement et non une erreur."""
    teletravail = offre.conditions.teletravail
    if teletravail is None or teletravail.jours_max is None:
        return
    if teletravail.jours_max > _TELETRAVAIL_MAX:
        yield Constat(
            chemin="conditions.teletravail.jours_max",
            message=f"{o.jours(teletravail.jours_max)} de télétravail par semaine dépassent "
            "les 3 jours du décret n° 2016-151",
        )


def _quotite(temps: TempsTravail | None) -> Decimal | None:
    """La part d'un temps complet que représente le poste, quand elle est inférieure à 100 %."""
    if temps is None or set(temps.regimes) == {RegimeTemps.COMPLET}:
        return None
    if temps.quotite is not None:
        quotite = temps.quotite
    elif RegimeTemps.NON_COMPLET in temps.regimes and temps.heures_hebdo is not None:
        quotite = temps.heures_hebdo.en_heures() * 100 / o.TEMPS_COMPLET
    else:
        return None
    return quotite if quotite < 100 else None


def _declencher_presence(offre: Offre) -> Offre:
    offre = _avec_temps(
        offre, TempsTravail(regimes=(RegimeTemps.NON_COMPLET,), quotite=Decimal(50))
    )
    return o.avec_conditions(offre, teletravail=Teletravail(eligible=True, jours_max=Decimal(1)))


@enregistrer(
    code="TELETRAVAIL-PRESENCE",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Télétravail qui laisse moins de 2 jours sur site pour la quotité du poste",
    source=o.S.decret_2016_151,
    correction="réduire le télétravail pour garder 2 jours sur site, ou préciser que les seuils "
    "s'apprécient sur le mois",
    declencher=_declencher_presence,
    epargner=_epargner_teletravail,
)
def teletravail_presence(offre: Offre) -> Iterator[Constat]:
    """La présence sur le lieu d'affectation ne peut être inférieure à deux jours par semaine, seuil que le décret ne proratise pas (décret n° 2016-151 art. 3) ; à 50 %, soit 2,5 jours, il reste au plus un demi-jour de télétravail. Les seuils peuvent s'apprécier sur le mois, d'où un avertissement."""
    teletravail = offre.conditions.teletravail
    quotite = _quotite(offre.conditions.temps)
    if teletravail is None or quotite is None:
        return
    jours_max = teletravail.jours_max
    if jours_max is None or not 0 < jours_max <= _TELETRAVAIL_MAX:
        return  # au-delà de 3 jours, TELETRAVAIL-MAX le dit
    travailles = _CINQ_JOURS * quotite / 100
    sur_site = travailles - jours_max
    if sur_site < _PRESENCE_MIN:
        yield Constat(
            chemin="conditions.teletravail.jours_max",
            message=f"à {o.nombre(quotite.quantize(Decimal('0.1')))} % "
            f"({o.jours(travailles.quantize(Decimal('0.01')))} par semaine), "
            f"{o.jours(jours_max)} de télétravail "
            f"{'laissent' if jours_max >= 2 else 'laisse'} "
            f"{o.jours(max(sur_site, Decimal(0)).quantize(Decimal('0.01')))} sur site, "
            "moins des 2 jours du décret n° 2016-151",
        )


# --- RTT ------------------------------------------------------------------------------------------


def _declencher_rtt(offre: Offre) -> Offre:
    organisation = offre.conditions.organisation or OrganisationTravail()
    cycle = CycleTravail(duree=Horaire(heures=35), jours_rtt=5)
    organisation = attrs.evolve(organisation, cycles=(*organisation.cycles, cycle))
    return o.avec_conditions(o.en_fpt(offre), organisation=organisation)


@enregistrer(
    code="TEMPS-RTT-SANS-DEPASSEMENT",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Jours de RTT pour un cycle de 35 h ou moins",
    source=o.S.temps_de_travail,
    correction="retirer les jours de RTT de ce cycle, ou corriger sa durée",
    declencher=_declencher_rtt,
    epargner=lambda offre: o.avec_conditions(offre, organisation=None),
)
def rtt_sans_depassement(offre: Offre) -> Iterator[Constat]:
    """Les jours d'aménagement et de réduction du temps de travail compensent un cycle hebdomadaire de plus de 35 h (décret n° 2000-815 art. 1) ; un cycle de 35 h ou moins n'en génère pas. Le nombre de jours lui-même dépend d'une délibération locale et n'est pas vérifié."""
    organisation = offre.conditions.organisation
    if organisation is None:
        return
    for rang, cycle in enumerate(organisation.cycles):
        if cycle.jours_rtt and cycle.duree.en_heures() <= o.TEMPS_COMPLET:
            yield Constat(
                chemin=f"conditions.organisation.cycles[{rang}].jours_rtt",
                message=f"un cycle de {o.heures(cycle.duree.en_heures())} par semaine annonce "
                f"{o.jours(Decimal(cycle.jours_rtt))} de RTT",
            )
