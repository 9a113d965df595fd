"""Une offre à plat : un dict de valeurs simples, une ligne de tableau (CSV, dataframe).

Les clés et les conventions sont celles des faits des offres d'exemple
(``shared/corpus``) : une valeur absente vaut ``None`` ou ``[]``, rien n'est
déduit au-delà de l'offre.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from itertools import groupby
from types import MappingProxyType
from typing import Any, Literal, Protocol

from fpt_offres._demesure import nombre_natif
from fpt_offres.modele import (
    Avantage,
    BaseLegale,
    CadreEmplois,
    Contrat,
    Exigence,
    Grade,
    Offre,
    Ouverture,
    PriseDePoste,
    RegimeTemps,
    Remuneration,
    TypeAvantage,
)

__all__ = ["COLONNES", "COLONNES_NON_NULLES", "TYPES_COLONNES", "Libelles", "PorteOffre", "ligne"]

Libelles = Literal["offre", "officiels"]
"""Les libellés de :func:`ligne` : les mots de l'offre, ou ceux de la nomenclature."""

COLONNES = (
    "employeur_nom",
    "employeur_type",
    "departement_code",
    "lieu_travail",
    "intitule",
    "categories",
    "filiere",
    "cadres_emplois",
    "grades",
    "ouvert_contractuels",
    "article_contrat",
    "duree_contrat_mois",
    "temps_travail",
    "quotite_pourcent",
    "heures_hebdo",
    "teletravail_jours_max",
    "date_publication",
    "date_limite_candidature",
    "date_prise_poste",
    "permis_requis",
    "contact_email",
    "reference",
    "missions_count",
    "remuneration_mentions",
)
"""Les colonnes de :func:`ligne`, dans l'ordre."""

TYPES_COLONNES: Mapping[str, Any] = MappingProxyType(
    {
        "employeur_nom": str,
        "employeur_type": str,
        "departement_code": str,
        "lieu_travail": str,
        "intitule": str,
        "categories": list[str],
        "filiere": str,
        "cadres_emplois": list[str],
        "grades": list[str],
        "ouvert_contractuels": bool,
        "article_contrat": str,
        "duree_contrat_mois": int,
        "temps_travail": str,
        "quotite_pourcent": float,
        "heures_hebdo": float,
        "teletravail_jours_max": float,
        "date_publication": datetime.date,
        "date_limite_candidature": datetime.date,
        "date_prise_poste": datetime.date,
        "permis_requis": list[str],
        "contact_email": str,
        "reference": str,
        "missions_count": int,
        "remuneration_mentions": list[str],
    }
)
"""Le type de chaque colonne de :func:`ligne`, dans l'ordre de :data:`COLONNES`.

Une colonne vaut ``None`` quand l'offre ne dit rien, sauf celles de
:data:`COLONNES_NON_NULLES`. Dans le dict de :func:`ligne`, fait pour le CSV, une
colonne ``float`` garde un nombre entier en ``int`` (« 35 », pas « 35.0 ») et une
colonne ``datetime.date`` porte la date en texte ISO 8601 (« 2026-04-30 ») ; les
tables typées (:mod:`fpt_offres.exports.tables` : Arrow, Parquet, pandas, polars)
portent exactement ces types.

>>> TYPES_COLONNES["categories"], TYPES_COLONNES["quotite_pourcent"]
(list[str], <class 'float'>)
"""

COLONNES_NON_NULLES = frozenset(
    {"intitule"} | {nom for nom, type_ in TYPES_COLONNES.items() if type_ == list[str]}
)
"""Les colonnes jamais ``None`` : l'intitulé et les listes (l'employeur que l'offre ne nomme
pas et le compte de missions qu'elle ne donne pas valent ``None``)."""

_NOMS_AVANTAGES = {
    TypeAvantage.CNAS: "CNAS",
    TypeAvantage.COS: "COS",
    TypeAvantage.AMICALE: "amicale",
    TypeAvantage.COMITE_ACTION_SOCIALE: "comité d'action sociale",
    TypeAvantage.RESTAURATION: "restauration",
    TypeAvantage.TITRES_RESTAURANT: "titres-restaurant",
    TypeAvantage.PARTICIPATION_SANTE: "complémentaire santé",
    TypeAvantage.PARTICIPATION_PREVOYANCE: "prévoyance",
    TypeAvantage.CET: "CET",
    TypeAvantage.RTT: "RTT",
    TypeAvantage.CHEQUES_VACANCES: "chèques vacances",
    TypeAvantage.CESU: "chèques CESU",
    TypeAvantage.REMBOURSEMENT_TRANSPORT: "remboursement transport",
    TypeAvantage.FORFAIT_MOBILITES_DURABLES: "forfait mobilités durables",
    TypeAvantage.PRIME_ANNUELLE: "prime annuelle",
    TypeAvantage.CONCIERGERIE: "conciergerie",
    TypeAvantage.LOGEMENT: "logement",
    TypeAvantage.VEHICULE: "véhicule",
    TypeAvantage.AUTRE: "autre avantage",
}


def _article_ecrit(base: BaseLegale, mots: str | None) -> bool:
    """Vrai quand les mots de l'offre pour la base écrivent son article (« Art. L332-8 »,
    « article 3-3 ») ; une base que l'offre ne fait qu'évoquer (« les conditions du décret
    n° 96-1087 ») n'a pas d'article dit. Sans ses mots, la base est tenue pour écrite."""
    if mots is None:
        return True
    serre = re.sub(r"[\s.\-]", "", mots).upper()
    if re.search(rf"{base.article.replace('-', '')}(?!\d)", serre):
        return True
    anciens = (re.escape(a.split()[0]) for a in base.anciens_articles)
    return any(
        re.search(rf"\bart(?:icle|\.)?\s*{a}(?![\w-])", mots, re.IGNORECASE) for a in anciens
    )


def _article(contrat: Contrat) -> str | None:
    """« L332-8 3° ou 4° » : les cas d'un même article sont regroupés ; seuls les articles
    que l'offre écrit."""
    mots: tuple[str | None, ...] = contrat.bases_legales_tels_qu_ecrits or (None,) * len(
        contrat.bases_legales
    )
    bases = [b for b, m in zip(contrat.bases_legales, mots, strict=True) if _article_ecrit(b, m)]
    if not bases:
        return None
    morceaux = []
    for article, groupe in groupby(bases, key=lambda b: b.article):
        cas = [b.cas for b in groupe if b.cas]
        morceaux.append(f"{article} {' ou '.join(cas)}" if cas else article)
    return " ou ".join(morceaux)


def _en_phrase(mots: str) -> str:
    """Les mots d'une puce pris dans une liste : « Titres de restaurant » → « titres de
    restaurant » ; un sigle (« ARTT ») ou un nom propre (« Comité d'Action Sociale »)
    garde ses capitales."""
    premier, *suite = mots.split()
    if (len(premier) > 1 and premier[1].isupper()) or any(m[:1].isupper() for m in suite):
        return mots
    return mots[:1].lower() + mots[1:]


def _avantage(avantage: Avantage, libelles: Libelles) -> str:
    nom = _NOMS_AVANTAGES[avantage.type]
    if avantage.libelle is not None and (
        libelles == "offre" or avantage.type is TypeAvantage.AUTRE
    ):
        nom = _en_phrase(avantage.libelle)
    return f"{nom} {nombre_natif(avantage.taux)} %" if avantage.taux is not None else nom


def _mentions(remuneration: Remuneration, libelles: Libelles) -> list[str]:
    """Les éléments de la rémunération, nommés par l'offre ou par la bibliothèque."""

    def nom(mots: str | None, officiel: str) -> str:
        return _en_phrase(mots) if libelles == "offre" and mots is not None else officiel

    mentions = []
    if remuneration.statutaire:
        mentions.append(nom(remuneration.statutaire_tel_qu_ecrit, "rémunération statutaire"))
    ri = remuneration.regime_indemnitaire
    if ri is not None:
        mentions.append(nom(ri.libelle, "RIFSEEP" if ri.rifseep else "régime indemnitaire"))
    if remuneration.nbi is not None:
        mentions.append(nom(remuneration.nbi.libelle, "NBI"))
    mentions.extend(nom(s.libelle, "salaire") for s in remuneration.salaires)
    mentions.extend(_avantage(a, libelles) for a in remuneration.avantages)
    return mentions


def _ouvert_contractuels(offre: Offre) -> bool | None:
    ouverture = offre.conditions.ouverture
    if ouverture is Ouverture.TITULAIRES:
        return False
    if ouverture in (
        Ouverture.CONTRACTUELS,
        Ouverture.TITULAIRES_ET_CONTRACTUELS,
        Ouverture.CONTRACTUELS_A_DEFAUT,
    ):
        return True
    if ouverture is None and offre.conditions.contrat is not None:
        return True
    return None


def _quotite(offre: Offre) -> int | float | None:
    temps = offre.conditions.temps
    if temps is None:
        return None
    if temps.quotite is not None:
        return nombre_natif(temps.quotite)
    return 100 if RegimeTemps.COMPLET in temps.regimes else None


def _libelles(
    entrees: tuple[CadreEmplois, ...] | tuple[Grade, ...],
    mots: tuple[str, ...],
    libelles: Libelles,
) -> list[str]:
    """Les mots de l'offre quand elle les donne et qu'on les demande, les libellés officiels sinon."""
    if libelles == "offre" and mots:
        return list(mots)
    return [e.libelle for e in entrees]


class PorteOffre(Protocol):
    """Ce qui porte une offre (une :class:`~fpt_offres.extraction.Extraction`)."""

    @property
    def offre(self) -> Offre: ...


def ligne(offre: Offre | PorteOffre, *, libelles: Libelles = "offre") -> dict[str, Any]:
    """L'offre à plat, avec exactement les clés de :data:`COLONNES`.

    Args:
        offre: l'offre, ou une extraction : sa ligne est alors celle de son offre.
        libelles: ``"offre"`` (par défaut) : les grades, les cadres d'emplois et les
            éléments de la rémunération tels que l'offre les écrit, quand le modèle
            garde ses mots (la convention des faits) ; ``"officiels"`` : les libellés
            de la nomenclature et les noms de la bibliothèque.

    >>> from fpt_offres import exemples
    >>> rangee = ligne(exemples()[0])
    >>> rangee["employeur_type"], rangee["categories"], rangee["missions_count"]
    ('departement', ['A', 'A+'], 20)
    >>> import attrs
    >>> from fpt_offres import Statut, nomenclature
    >>> statut = Statut(
    ...     grades=(nomenclature.grade("adjoint technique principal de 2e classe"),),
    ...     grades_tels_qu_ecrits=("Adjoint technique principal de 2ème classe",),
    ... )
    >>> offre = attrs.evolve(exemples()[0], statut=statut)
    >>> ligne(offre)["grades"], ligne(offre, libelles="officiels")["grades"]
    (['Adjoint technique principal de 2ème classe'], ['adjoint technique principal de 2e classe'])
    """
    if not isinstance(offre, Offre):
        offre = offre.offre
    employeur, statut, conditions = offre.employeur, offre.statut, offre.conditions
    calendrier, contrat, temps = offre.calendrier, conditions.contrat, conditions.temps
    teletravail = conditions.teletravail
    prise = calendrier.prise_de_poste
    jours_teletravail: int | float | None = None
    if teletravail is not None and teletravail.jours_max is not None:
        jours_teletravail = nombre_natif(teletravail.jours_max)
    elif teletravail is not None and not teletravail.eligible:
        jours_teletravail = 0
    return {
        "employeur_nom": employeur.nom,
        "employeur_type": employeur.type.famille if employeur.type is not None else None,
        "departement_code": offre.poste.departement or employeur.departement,
        "lieu_travail": offre.poste.lieux[0].libelle if offre.poste.lieux else None,
        "intitule": offre.intitule,
        "categories": [c.value for c in statut.categories],
        "filiere": ", ".join(f.value for f in statut.filieres) or None,
        "cadres_emplois": _libelles(
            statut.cadres_emplois, statut.cadres_emplois_tels_qu_ecrits, libelles
        )
        + [c.libelle for c in statut.corps],
        "grades": _libelles(statut.grades, statut.grades_tels_qu_ecrits, libelles),
        "ouvert_contractuels": _ouvert_contractuels(offre),
        "article_contrat": _article(contrat) if contrat else None,
        "duree_contrat_mois": contrat.duree.mois if contrat and contrat.duree else None,
        "temps_travail": temps.regimes[0].value if temps and temps.regimes else None,
        "quotite_pourcent": _quotite(offre),
        "heures_hebdo": nombre_natif(temps.heures_hebdo.en_heures())
        if temps and temps.heures_hebdo
        else None,
        "teletravail_jours_max": jours_teletravail,
        "date_publication": _iso(calendrier.date_publication),
        "date_limite_candidature": _iso(calendrier.date_limite_candidature),
        "date_prise_poste": None if isinstance(prise, PriseDePoste) else _iso(prise),
        "permis_requis": [
            p.categorie.value for p in conditions.permis if p.exigence is Exigence.EXIGEE
        ],
        "contact_email": offre.candidature.courriels[0] if offre.candidature.courriels else None,
        "reference": offre.reference,
        "missions_count": offre.missions.nombre_activites_dit,
        "remuneration_mentions": _mentions(offre.remuneration, libelles),
    }


def _iso(date: Any) -> str | None:
    return None if date is None else str(date.isoformat())
