"""Stratégies hypothesis qui construisent des offres et des parties d'offre valides.

Ce module demande l'extra ``strategies`` (``pip install 'fpt-offres[strategies]'``) :
hypothesis n'est importé qu'ici. Chaque stratégie porte le nom, au pluriel, de la
partie du modèle qu'elle construit (:func:`grades`, :func:`employeurs`,
:func:`offres`…) et produit des objets *valides*, de toutes les formes que le
modèle permet : champs facultatifs présents ou absents, tuples vides ou non,
tous les membres des énumérations, montants ``Decimal`` avec centimes,
fourchettes à minimum seul, maximum seul ou les deux, grades, cadres d'emplois
et bases légales tirés de la nomenclature fournie, corps des autres fonctions
publiques, textes avec accents, émojis et guillemets. Les tuples ont au plus
trois éléments, pour que les offres restent petites et les tests rapides.

Exemple : vérifier qu'une offre survit à l'aller-retour JSON.

>>> from hypothesis import given, settings
>>> from fpt_offres import depuis_json, vers_json
>>> from fpt_offres.strategies import offres
>>> @settings(max_examples=10, deadline=None)
... @given(offres())
... def test_aller_retour(offre):
...     assert depuis_json(vers_json(offre)) == offre
>>> test_aller_retour()
"""

from __future__ import annotations

from fpt_offres.strategies._briques import textes
from fpt_offres.strategies._candidature import calendriers, candidatures, mentions
from fpt_offres.strategies._conditions import (
    conditions,
    contrats,
    horaires,
    teletravails,
    temps_travail,
)
from fpt_offres.strategies._employeur import adresses, employeurs, postes, statuts
from fpt_offres.strategies._identifiants import courriels, sirens, sirets
from fpt_offres.strategies._missions import activites, missions, profils
from fpt_offres.strategies._nomenclature import (
    bases_legales,
    cadres_emplois,
    categories,
    departements,
    grades,
)
from fpt_offres.strategies._offre import offres
from fpt_offres.strategies._remuneration import fourchettes, remunerations

# Les sous-modules privés n'ont pas de __all__ : hypothesis mêle aux valeurs qu'il tire
# les chaînes courtes écrites dans le code local ; de nouveaux noms en chaîne changeraient
# les offres engendrées.

__all__ = [
    "activites",
    "adresses",
    "bases_legales",
    "cadres_emplois",
    "calendriers",
    "candidatures",
    "categories",
    "conditions",
    "contrats",
    "courriels",
    "departements",
    "employeurs",
    "fourchettes",
    "grades",
    "horaires",
    "mentions",
    "missions",
    "offres",
    "postes",
    "profils",
    "remunerations",
    "sirens",
    "sirets",
    "statuts",
    "teletravails",
    "temps_travail",
    "textes",
]
