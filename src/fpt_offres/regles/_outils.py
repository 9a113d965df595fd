"""Ce que plusieurs familles de règles partagent : versants, lectures de l'offre, messages, transformations.

Les sources des règles sont dans :mod:`fpt_offres.regles._sources`, lues ici par ``S``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from decimal import Decimal
from typing import Any

import attrs

from fpt_offres import nomenclature
from fpt_offres._demesure import contexte_exact, demesure, scientifique
from fpt_offres.modele import (
    Approximation,
    BaseLegale,
    Calendrier,
    Chiffre,
    Contrat,
    DureeContrat,
    Employeur,
    Horaire,
    MotifRecrutement,
    NatureContrat,
    Offre,
    Ouverture,
    PriseDePoste,
    RegimeTemps,
    Statut,
    TempsTravail,
    TypeEmployeur,
    Versant,
)
from fpt_offres.regles._sources import S as S  # noqa: PLC0414  (réexportée : les règles lisent o.S)

TEMPS_COMPLET = Decimal(35)
"""La durée hebdomadaire du temps complet (décret n° 2000-815 art. 1, décret n° 2001-623)."""

TEMPS_COMPLET_ENSEIGNEMENT = {
    "professeurs-territoriaux-d-enseignement-artistique": Decimal(16),
    "assistants-territoriaux-d-enseignement-artistique": Decimal(20),
}
"""Le temps complet statutaire des cadres d'enseignement artistique (CIG 92-93-94 ; décret n° 2022-1707).

Source : <https://www.cig929394.fr/grh/expertise/faq-regime-juridique-professeurs-assistants-enseignement-artistique>.
"""

TEMPS_COMPLET_NUIT_FPH = Decimal("32.5")
"""Le temps complet du travail de nuit dans la fonction publique hospitalière (décret n° 2002-9 art. 3).

Source : <https://www.hopitalex.com/donnees-juridiques?action=affichedoc&doc=9318>.
"""


# --- lectures de l'offre -------------------------------------------------------------------


FPT = frozenset({Versant.TERRITORIALE})
"""Les règles de la fonction publique territoriale (bases L332-8 et suivantes, cadres d'emplois)."""

CGFP = frozenset({Versant.TERRITORIALE, Versant.ETAT, Versant.HOSPITALIERE})
"""Les règles du CGFP et du droit métropolitain : tout versant sauf la Nouvelle-Calédonie."""

NOUVELLE_CALEDONIE = frozenset({Versant.NOUVELLE_CALEDONIE})
"""Les règles propres aux offres de Nouvelle-Calédonie (statuts locaux)."""

TOUS = frozenset(Versant)
"""Les règles de pratique, valables dans tous les versants."""


def bases(offre: Offre) -> tuple[BaseLegale, ...]:
    """Les bases légales que l'offre cite (aucune sans contrat)."""
    contrat = offre.conditions.contrat
    return contrat.bases_legales if contrat is not None else ()


def base(code: str) -> BaseLegale:
    """La base légale de code ``code`` dans la nomenclature."""
    return nomenclature.bases_legales_par_code()[code]


OUVERTURES_CONTRACTUELS = frozenset(
    {
        Ouverture.CONTRACTUELS,
        Ouverture.TITULAIRES_ET_CONTRACTUELS,
        Ouverture.PRIORITAIREMENT_TITULAIRES,
        Ouverture.CONTRACTUELS_A_DEFAUT,
    }
)


def ouvert_aux_contractuels(offre: Offre) -> bool:
    """Vrai quand l'offre s'adresse aussi à des contractuels ou décrit un contrat."""
    return (
        offre.conditions.ouverture in OUVERTURES_CONTRACTUELS
        or offre.conditions.contrat is not None
    )


MOTIFS_TEMPORAIRES = frozenset(
    {
        MotifRecrutement.REMPLACEMENT,
        MotifRecrutement.ACCROISSEMENT_TEMPORAIRE,
        MotifRecrutement.ACCROISSEMENT_SAISONNIER,
        MotifRecrutement.PROJET,
        MotifRecrutement.BESOIN_TEMPORAIRE,
    }
)
"""Les motifs d'un besoin temporaire, qui ne se pourvoit pas par un CDI."""

MOTIFS_NON_PERMANENTS = frozenset(
    {
        MotifRecrutement.ACCROISSEMENT_TEMPORAIRE,
        MotifRecrutement.ACCROISSEMENT_SAISONNIER,
        MotifRecrutement.PROJET,
    }
)
"""Les motifs d'un emploi non permanent (CGFP L332-23, L332-24)."""

EPCI_FISCALITE_PROPRE = frozenset(
    {
        TypeEmployeur.COMMUNAUTE_COMMUNES,
        TypeEmployeur.COMMUNAUTE_AGGLOMERATION,
        TypeEmployeur.COMMUNAUTE_URBAINE,
        TypeEmployeur.METROPOLE,
    }
)
"""Les EPCI à fiscalité propre (communautés et métropoles)."""

GROUPEMENTS = frozenset(t for t in TypeEmployeur if t.famille == "epci")
"""Les groupements de communes : EPCI, syndicats, établissements publics territoriaux, PETR."""


def habitants_min(employeur: Employeur) -> int | None:
    """Le moins d'habitants que l'employeur puisse avoir d'après l'offre ; ``None`` si inconnu.

    « plus de 40 000 » donne 40 001, « environ 1 000 » et « près de 1 000 » donnent 1 000.
    """
    chiffre = employeur.nombre_habitants
    if chiffre is None or chiffre.approximation is Approximation.MOINS_DE:
        return None
    return chiffre.valeur + 1 if chiffre.approximation is Approximation.PLUS_DE else chiffre.valeur


def habitants_max(employeur: Employeur) -> int | None:
    """Le plus d'habitants que l'employeur puisse avoir d'après l'offre ; ``None`` si inconnu.

    « moins de 2 000 » donne 1 999 ; « plus de … » ne borne rien.
    """
    chiffre = employeur.nombre_habitants
    if chiffre is None or chiffre.approximation is Approximation.PLUS_DE:
        return None
    return chiffre.valeur - 1 if chiffre.approximation is Approximation.MOINS_DE else chiffre.valeur


def codes_cadres(offre: Offre) -> set[str]:
    """Les codes des cadres d'emplois que l'offre nomme, directement ou par ses grades."""
    codes = {c.code for c in offre.statut.cadres_emplois}
    return codes | {g.cadre_emplois.code for g in offre.statut.grades}


def temps_complets(offre: Offre) -> tuple[Decimal, Decimal]:
    """Le plus court et le plus long temps complet statutaire des cadres que l'offre nomme.

    35 h en général ; 16 h pour les professeurs et 20 h pour les assistants
    d'enseignement artistique ; sans cadre nommé, 35 h. Quand l'offre mêle des
    cadres, une règle prend la borne qui épargne l'offre.
    """
    codes = codes_cadres(offre)
    durees = {TEMPS_COMPLET_ENSEIGNEMENT.get(c, TEMPS_COMPLET) for c in codes} or {TEMPS_COMPLET}
    return min(durees), max(durees)


def duree_hebdo_du_poste(
    temps: TempsTravail | None, complet: Decimal = TEMPS_COMPLET
) -> Decimal | None:
    """La durée hebdomadaire du poste en heures, quand l'offre permet de la connaître.

    Un poste annoncé à temps complet (sans temps non complet) dure ``complet`` (35 h,
    ou le temps complet statutaire de son cadre) ; sinon la durée vient des heures
    hebdomadaires, ou de la quotité (50 % : la moitié de ``complet``). Un poste annoncé
    seulement « à temps partiel » est un temps complet que l'agent réduit : sa durée
    n'est pas connue.
    """
    if temps is None:
        return None
    regimes = set(temps.regimes)
    if RegimeTemps.NON_COMPLET not in regimes:
        if RegimeTemps.COMPLET in regimes:
            return complet
        if RegimeTemps.PARTIEL in regimes:
            return None
    if temps.heures_hebdo is not None:
        return temps.heures_hebdo.en_heures()
    if temps.quotite is not None:
        return temps.quotite * complet / 100
    return None


def emploi_permanent(offre: Offre) -> bool | None:
    """Vrai pour un emploi permanent, faux pour un besoin temporaire ; ``None`` si l'offre ne permet pas de le dire.

    Le poste le dit ; sinon le motif (accroissement d'activité, projet : non
    permanent ; création, vacance, remplacement : permanent) ; sinon les bases
    légales citées, quand elles s'accordent (L332-23 et L332-24 pourvoient des
    emplois non permanents, les autres des emplois permanents).
    """
    if offre.poste.permanent is not None:
        return offre.poste.permanent
    motif = offre.poste.motif
    if motif is not None:
        return motif not in MOTIFS_NON_PERMANENTS
    natures = {b.emploi_permanent for b in bases(offre)}
    return natures.pop() if len(natures) == 1 else None


def remplacement(offre: Offre) -> bool:
    """Vrai quand l'offre pourvoit au remplacement d'un agent absent (motif ou base L332-13)."""
    citees = bases(offre)
    return offre.poste.motif is MotifRecrutement.REMPLACEMENT or (
        bool(citees) and all(b.article == "L332-13" for b in citees)
    )


_SECRETAIRE_MAIRIE = re.compile(r"\bsecretaire\s+(?:general\s+|generale\s+)?de\s+mairie\b")


def secretaire_general_de_mairie(intitule: str) -> bool:
    """Vrai quand l'intitulé désigne un secrétaire (général) de mairie, à la casse et aux accents près."""
    decompose = unicodedata.normalize("NFKD", intitule.casefold())
    replie = "".join(c for c in decompose if not unicodedata.combining(c)).replace("·", "")
    return bool(_SECRETAIRE_MAIRIE.search(replie))


def date_recrutement(calendrier: Calendrier) -> datetime.date | None:
    """Le jour du recrutement : la prise de poste, sinon la date limite, sinon la publication."""
    prise = calendrier.prise_de_poste
    if prise is not None and not isinstance(prise, PriseDePoste):
        return prise
    return calendrier.date_limite_candidature or calendrier.date_publication


# --- mise en forme des messages -------------------------------------------------------------


def nombre(valeur: Decimal | int) -> str:
    """Un nombre à la française : « 17,5 », « 40 000 » ; « 1 × 10⁴⁵ » au-delà de 40 chiffres."""
    if demesure(valeur):
        return scientifique(valeur)
    if isinstance(valeur, Decimal):
        with contexte_exact():
            valeur = valeur.normalize()
        if valeur == valeur.to_integral_value():
            valeur = int(valeur)
    if isinstance(valeur, int):
        return f"{valeur:,}".replace(",", "\u202f")
    return f"{valeur:f}".replace(".", ",")


def heures(valeur: Decimal) -> str:
    """Une durée hebdomadaire : « 17 h 30 », « 28 h »."""
    minutes = int((valeur * 60).to_integral_value())
    h, m = divmod(minutes, 60)
    return f"{h} h {m:02d}" if m else f"{h} h"


def mois(valeur: int) -> str:
    """Une durée en mois : « 36 mois (3 ans) », « 1 mois »."""
    texte = f"{valeur} mois"
    if valeur % 12 == 0:
        ans = valeur // 12
        texte += f" ({ans} an{'s' if ans > 1 else ''})"
    return texte


def liste(elements: list[str]) -> str:
    """« a », « a et b », « a, b et c »."""
    if len(elements) <= 1:
        return "".join(elements)
    return ", ".join(elements[:-1]) + " et " + elements[-1]


def nommer(singulier: str, pluriel: str, valeurs: list[str], *, article: bool = True) -> str:
    """« la catégorie A », « les catégories B et C » : un nom féminin accordé à ses valeurs."""
    un = len(valeurs) == 1
    texte = f"{singulier if un else pluriel} {liste(valeurs)}"
    return f"{'la' if un else 'les'} {texte}" if article else texte


def cadre_ou_corps(offre: Offre) -> str:
    """« cadre d'emplois » dans la fonction publique territoriale, « corps » ailleurs."""
    return "cadre d'emplois" if offre.employeur.versant is Versant.TERRITORIALE else "corps"


def date(valeur: datetime.date) -> str:
    """Une date : « 18/04/2025 »."""
    return valeur.strftime("%d/%m/%Y")


def jours(valeur: Decimal) -> str:
    """Un nombre de jours : « 1 jour », « 2,5 jours »."""
    return f"{nombre(valeur)} jour{'s' if valeur >= 2 else ''}"


# --- transformations (pour declencher et epargner) ------------------------------------------


def avec_employeur(offre: Offre, **changements: Any) -> Offre:
    """``offre`` dont l'employeur a ces champs changés."""
    return attrs.evolve(offre, employeur=attrs.evolve(offre.employeur, **changements))


def en_fpt(offre: Offre) -> Offre:
    """``offre`` d'un employeur de la fonction publique territoriale."""
    return avec_employeur(offre, versant=Versant.TERRITORIALE)


def sous_cgfp(offre: Offre) -> Offre:
    """``offre`` telle quelle, ou passée dans la FPT si elle vient de Nouvelle-Calédonie."""
    return offre if offre.employeur.versant in CGFP else en_fpt(offre)


def avec_conditions(offre: Offre, **changements: Any) -> Offre:
    """``offre`` dont les conditions ont ces champs changés."""
    return attrs.evolve(offre, conditions=attrs.evolve(offre.conditions, **changements))


def avec_contrat(offre: Offre, contrat: Contrat | None) -> Offre:
    """``offre`` avec ce contrat."""
    return avec_conditions(offre, contrat=contrat)


def avec_poste(offre: Offre, **changements: Any) -> Offre:
    """``offre`` dont le poste a ces champs changés."""
    return attrs.evolve(offre, poste=attrs.evolve(offre.poste, **changements))


def avec_statut(offre: Offre, statut: Statut) -> Offre:
    """``offre`` avec ce statut."""
    return attrs.evolve(offre, statut=statut)


def avec_calendrier(offre: Offre, calendrier: Calendrier) -> Offre:
    """``offre`` avec ce calendrier."""
    return attrs.evolve(offre, calendrier=calendrier)


def commune_de(offre: Offre, habitants: int) -> Offre:
    """``offre`` d'une commune territoriale de ``habitants`` habitants exactement."""
    return avec_employeur(
        offre,
        type=TypeEmployeur.COMMUNE,
        versant=Versant.TERRITORIALE,
        nombre_habitants=Chiffre(valeur=habitants),
    )


def cdd(*codes: str, mois: int | None = None, renouvelable: bool | None = None) -> Contrat:
    """Un CDD sur les bases légales de ces codes, de ``mois`` mois s'il est donné."""
    return Contrat(
        nature=NatureContrat.CDD,
        bases_legales=tuple(base(c) for c in codes),
        duree=DureeContrat(mois=mois) if mois is not None else None,
        renouvelable=renouvelable,
    )


def temps_non_complet(heures_hebdo: int) -> TempsTravail:
    """Un temps non complet de ``heures_hebdo`` heures par semaine."""
    return TempsTravail(
        regimes=(RegimeTemps.NON_COMPLET,), heures_hebdo=Horaire(heures=heures_hebdo)
    )
