"""Les lieux d'une offre en JSON-LD : pays (ISO 3166-1), adresses postales, lieux de travail,
et la fin de journée de la date limite dans le fuseau du territoire.

Sources : ISO 3166-1 (codes pays des collectivités d'outre-mer) ; directive 2000/84/CE
(heure d'été en Europe) ; base IANA des fuseaux (décalages des territoires ultramarins).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from fpt_offres import nomenclature
from fpt_offres.modele import Adresse, LieuTravail, Offre, Versant

Noeud = dict[str, Any]
"""Un objet JSON-LD."""


# Collectivités d'outre-mer qui ont leur propre code ISO 3166-1 ; les départements et
# régions d'outre-mer (971 à 976) et Clipperton (989) sont la France (« FR »).
_PAYS_COM = {"975": "PM", "977": "BL", "978": "MF", "986": "WF", "987": "PF", "988": "NC"}

# Décalage horaire fixe (en heures) de chaque territoire ultramarin sans heure d'été.
_DECALAGES_FIXES = {
    "971": -4,  # America/Guadeloupe
    "972": -4,  # America/Martinique
    "973": -3,  # America/Cayenne
    "974": 4,  # Indian/Reunion
    "976": 3,  # Indian/Mayotte
    "977": -4,  # America/St_Barthelemy
    "978": -4,  # America/Marigot
    "986": 12,  # Pacific/Wallis
    "987": -10,  # Pacific/Tahiti (chef-lieu ; les Marquises et les Gambier diffèrent)
    "988": 11,  # Pacific/Noumea
}


def code_pays(departement: str | None, versant: Versant) -> str:
    if departement is not None:
        return _PAYS_COM.get(departement, "FR")
    return "NC" if versant is Versant.NOUVELLE_CALEDONIE else "FR"


def _dimanche(annee: int, mois: int, rang: int) -> datetime.date:
    """Le ``rang``-ième dimanche du mois (``-1`` : le dernier)."""
    if rang > 0:
        premier = datetime.date(annee, mois, 1)
        return premier + datetime.timedelta(days=(6 - premier.weekday()) % 7 + 7 * (rang - 1))
    suivant = datetime.date(annee + mois // 12, mois % 12 + 1, 1)
    dernier = suivant - datetime.timedelta(days=1)
    return dernier - datetime.timedelta(days=(dernier.weekday() + 1) % 7)


def decalage(jour: datetime.date, departement: str | None, versant: Versant) -> int:
    """Le décalage UTC, en heures, à 23 h 59 (heure locale) le jour ``jour``.

    Europe/Paris : heure d'été du dernier dimanche de mars au dernier dimanche
    d'octobre (directive 2000/84/CE). America/Miquelon (975) : du deuxième dimanche
    de mars au premier dimanche de novembre, comme le Canada atlantique.
    """
    if departement is None and versant is Versant.NOUVELLE_CALEDONIE:
        departement = "988"
    if departement in _DECALAGES_FIXES:
        return _DECALAGES_FIXES[departement]
    annee = jour.year
    if departement == "975":
        ete = _dimanche(annee, 3, 2) <= jour < _dimanche(annee, 11, 1)
        return -2 if ete else -3
    ete = _dimanche(annee, 3, -1) <= jour < _dimanche(annee, 10, -1)
    return 2 if ete else 1


def fin_de_journee(jour: datetime.date, departement: str | None, versant: Versant) -> str:
    fuseau = datetime.timezone(datetime.timedelta(hours=decalage(jour, departement, versant)))
    return datetime.datetime.combine(jour, datetime.time(23, 59, 59), fuseau).isoformat()


def adresse_postale(
    adresse: Adresse | None, commune: str | None, region: str | None, pays: str
) -> Noeud:
    lignes = adresse.lignes if adresse is not None else ()
    localite = commune or (adresse.commune if adresse is not None else None)
    if localite is not None and adresse is not None and adresse.cedex:
        localite = f"{localite} CEDEX"
    return {
        "@type": "PostalAddress",
        "streetAddress": ", ".join(lignes) or None,
        "postalCode": adresse.code_postal if adresse is not None else None,
        "addressLocality": localite,
        "addressRegion": region,
        "addressCountry": pays,
    }


def lieux(offre: Offre, pays: str) -> list[Noeud]:
    employeur = offre.employeur
    region = None
    if employeur.departement is not None and pays == "FR":
        region = nomenclature.departements()[employeur.departement].nom
    lieux: Iterable[LieuTravail | None] = offre.poste.lieux or (None,)
    return [
        {
            "@type": "Place",
            "name": lieu.libelle if lieu is not None else None,
            "address": adresse_postale(
                lieu.adresse if lieu is not None else None,
                lieu.commune if lieu is not None else None,
                region,
                pays,
            ),
        }
        for lieu in lieux
    ]
