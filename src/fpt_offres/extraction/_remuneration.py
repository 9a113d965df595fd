"""La rémunération et les avantages que le texte mentionne, dans ses mots.

Chaque élément est relevé une fois, à sa première mention, avec le libellé du
texte quand il diffère du nom usuel (« chèques déjeuner » pour des titres-restaurant,
« ARTT » pour des RTT) : :func:`fpt_offres.ligne` rend ainsi les mots de l'offre.
"""

from __future__ import annotations

import re
from typing import Any

from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Ligne

__all__ = ["lire_remuneration"]

# (motif, genre, type d'avantage, nom usuel : pas de libellé quand le texte l'écrit ainsi)
_ELEMENTS: tuple[tuple[re.Pattern[str], str, str, str], ...] = tuple(
    (re.compile(motif, re.IGNORECASE), genre, type_, usuel)
    for motif, genre, type_, usuel in (
        (
            (
                r"r[ée]mun[ée]ration statutaire|grille indiciaire|traitement indiciaire"
                r"|r[ée]mun[ée]ration (?:sur|selon) (?:le|la) grade"
            ),
            "statutaire",
            "",
            "",
        ),
        (r"r[ée]gime indemnitaire|\bRIFSEEP\b", "regime_indemnitaire", "", "régime indemnitaire"),
        (r"\bNBI\b|nouvelle bonification indiciaire", "nbi", "", "NBI"),
        (r"\bCNAS\b", "avantage", "cnas", "CNAS"),
        (r"\bCOS\b", "avantage", "cos", "COS"),
        (r"\bamicale\b", "avantage", "amicale", "amicale"),
        (
            r"comit[ée] d['’]action sociale",
            "avantage",
            "comite_action_sociale",
            "comité d'action sociale",
        ),
        (
            (
                r"\bRIA\b|restaurant (?:inter)?administratif|restaurant d['’]entreprise"
                r"|restauration collective"
            ),
            "avantage",
            "restauration",
            "restauration",
        ),
        (
            r"titres?[- ](?:de )?restaurant|tickets?[- ]restaurant|ch[èe]ques?[- ]d[ée]jeuner",
            "avantage",
            "titres_restaurant",
            "titres-restaurant",
        ),
        (
            r"compl[ée]mentaire sant[ée]|mutuelle(?: sant[ée])?",
            "avantage",
            "participation_sante",
            "complémentaire santé",
        ),
        (r"pr[ée]voyance", "avantage", "participation_prevoyance", "prévoyance"),
        # « cet agent » : le sigle s’écrit en capitales.
        (r"(?-i:\bCET\b)|compte [ée]pargne[- ]temps", "avantage", "cet", "CET"),
        (r"\bA?RTT\b", "avantage", "rtt", "RTT"),
        (r"ch[èe]ques?[- ]vacances", "avantage", "cheques_vacances", "chèques vacances"),
        (r"(?:ch[èe]ques? )?\bCESU\b", "avantage", "cesu", "chèques CESU"),
        (
            r"prime annuelle|13e mois|treizi[èe]me mois|prime de fin d['’]ann[ée]e",
            "avantage",
            "prime_annuelle",
            "prime annuelle",
        ),
        (
            r"forfait mobilit[ée]s? durables?",
            "avantage",
            "forfait_mobilites_durables",
            "forfait mobilités durables",
        ),
        (
            r"remboursement (?:\w+ ){0,5}?transports?",
            "avantage",
            "remboursement_transport",
            "remboursement transport",
        ),
    )
)
# Les fragments sans lesquels aucun élément n'est écrit : une ligne qui n'en a aucun est
# passée sans motif (une alternance de tous les motifs coûterait à chaque position).
_FRAGMENTS = (
    "grille",
    "indiciaire",
    "rémun",
    "remun",
    "indemnitaire",
    "rifseep",
    "nbi",
    "bonification",
    "cnas",
    "cos",
    "amicale",
    "action sociale",
    "ria",
    "restaura",
    "ticket",
    "chèque",
    "cheque",
    "titre",
    "mutuelle",
    "complémentaire",
    "complementaire",
    "prévoyance",
    "prevoyance",
    "cet",
    "épargne",
    "epargne",
    "rtt",
    "cesu",
    "prime",
    "13e",
    "treizi",
    "mobilit",
    "rembours",
)
_TAUX = re.compile(r"(?<!\d)(\d{2,3})\s?%")
# « - mettre en place le nouveau régime indemnitaire » : une mission, pas un avantage.
_ACTION = re.compile(r"^[a-zà-ÿ]+(?:er|ir|re)\s")


def lire_remuneration(releve: Releve, lignes: list[Ligne]) -> None:
    """Les éléments de rémunération de toutes les lignes, réunis en un candidat."""
    document: dict[str, Any] = {}
    avantages: list[dict[str, Any]] = []
    vus: set[str] = set()
    debut = fin = None
    for ligne in lignes:
        bas = ligne.texte.casefold()
        if not any(fragment in bas for fragment in _FRAGMENTS):
            continue
        if ligne.puce and _ACTION.match(bas):
            continue
        for motif, genre, type_, usuel in _ELEMENTS:
            cle = type_ or genre
            if cle in vus:
                continue
            trouve = motif.search(ligne.texte)
            if trouve is None:
                continue
            vus.add(cle)
            debut = ligne.debut + trouve.start() if debut is None else debut
            fin = max(fin or 0, ligne.debut + trouve.end())
            libelle = trouve[0] if trouve[0].casefold() != usuel.casefold() else None
            if genre == "statutaire":
                document["statutaire"] = True
            elif genre == "avantage":
                avantage: dict[str, Any] = {"type": type_}
                taux = _TAUX.search(ligne.texte, trouve.end(), trouve.end() + 40)
                if type_ == "remboursement_transport" and taux and int(taux[1]) <= 100:
                    avantage["taux"] = taux[1]
                    libelle = None
                if libelle:
                    avantage["libelle"] = libelle
                avantages.append(avantage)
            else:
                document[genre] = {"libelle": libelle} if libelle else {}
    if avantages:
        document["avantages"] = avantages
    if document and debut is not None and fin is not None:
        releve.poser("remuneration", document, debut, fin, "mentions de rémunération", 2)
