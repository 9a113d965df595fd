"""Les bornes des nombres, des dates et des textes d'une offre, en un seul endroit.

Le modèle (ses constructeurs), le convertisseur (``depuis_json``,
``depuis_dict``) et le schéma JSON tirent leurs limites d'ici : une valeur que
l'un accepte, les autres l'acceptent aussi. Une borne tient au droit quand un
texte la fixe (cité) ; sinon c'est une borne de vraisemblance, large, qui
n'écarte que ce qu'aucune offre ne peut dire (10**25 postes, l'an 9999) et
garde chaque nombre dans ce que le formatage, le JSON-LD et les règles savent
traiter sans dépassement.

>>> from fpt_offres import bornes
>>> bornes.POSTES_MAX
10000
>>> bornes.DATE_MIN.year, bornes.DATE_MAX.year
(1946, 2100)
"""

from __future__ import annotations

import datetime
from decimal import Decimal

__all__ = [
    "ANNEES_MAX",
    "CHIFFRE_MAX",
    "DATE_MAX",
    "DATE_MIN",
    "DECIMALES_MAX",
    "ENCADRES_MAX",
    "HEURES_HEBDO_MAX",
    "INDICE_BRUT_MAX",
    "INDICE_MAJORE_MAX",
    "MOIS_MAX",
    "MONTANT_MAX",
    "NBI_POINTS_MAX",
    "POSTES_MAX",
    "RANG_GRADE_MAX",
    "TEXTE_MAX",
]

# Dates : la fonction publique de carrière naît avec le premier statut général des
# fonctionnaires (loi n° 46-2294 du 19 octobre 1946) ; aucune offre, aucun texte de la
# nomenclature n'est plus ancien. 2100 laisse un siècle aux offres et aux calculs
# d'échéance (un mois, un an plus tard) loin de la dernière année de datetime (9999).
DATE_MIN = datetime.date(1946, 1, 1)
DATE_MAX = datetime.date(2100, 12, 31)

# Montants en euros : au centime près (deux décimales), et au plus dix millions, bien
# au-delà de toute rémunération annoncée, mensuelle ou annuelle. Ces deux bornes valent
# pour tout décimal du modèle ; les taux, la quotité et les jours de télétravail ont en
# plus les leurs, plus étroites. La grammaire des décimaux du format en découle : au plus
# 8 chiffres avant le point, 2 après, sans exposant.
DECIMALES_MAX = 2
MONTANT_MAX = Decimal(10_000_000)

# Un nombre du modèle est positif (strictement ou non, selon le champ) ; les constantes
# suivantes en sont les maxima.
#
# Les postes d'une même offre : une offre en annonce un, parfois quelques dizaines
# (recrutements saisonniers) ; 10 000 est une borne de vraisemblance.
POSTES_MAX = 10_000
# Les agents encadrés par le titulaire du poste : au plus la taille des plus grands
# employeurs territoriaux (quelques dizaines de milliers d'agents).
ENCADRES_MAX = 100_000
# Les chiffres qu'une offre donne de l'employeur (agents, habitants, communes) : la
# population de la France est sous 10**8 ; 10**9 reste une borne de vraisemblance.
CHIFFRE_MAX = 1_000_000_000

# Indices de la grille (décret n° 82-1105, tableau de correspondance des indices bruts
# et majorés) : la grille numérotée s'arrête vers l'IB 1027 / IM 830 (non revérifié ici),
# au-delà viennent les échelles lettres (hors échelle), qui ne sont pas des indices. Les
# maxima, plus larges, tolèrent une grille revalorisée : ce sont des bornes de
# vraisemblance, pas un contrôle de la grille en vigueur.
INDICE_BRUT_MAX = 1_100
INDICE_MAJORE_MAX = 1_000
# Points de NBI (décret n° 2006-779) : quelques dizaines ; jamais plus qu'un indice.
NBI_POINTS_MAX = 1_000
# Le rang d'un grade dans son cadre d'emplois : un cadre en compte quelques-uns.
RANG_GRADE_MAX = 20

# Durée hebdomadaire du travail : 48 heures au plus sur une même semaine (décret
# n° 2000-815 art. 3, applicable à la FPT par le décret n° 2001-623 ; directive
# 2003/88/CE art. 6).
HEURES_HEBDO_MAX = 48

# Durées en mois (contrats, bases légales, conservation des données) : une carrière,
# cinquante ans au plus ; en années (expérience, résidence) : de même.
MOIS_MAX = 600
ANNEES_MAX = 50

# Un texte : au plus un million de caractères, la taille maximale d'un document
# (``fpt_offres.TAILLE_MAX``) ; au-delà, ce n'est pas une offre.
TEXTE_MAX = 1_000_000
