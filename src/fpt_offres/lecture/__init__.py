"""Lire les dates, les durées et les horaires tels que les offres les écrivent.

Ce sont les jumelles de :mod:`fpt_offres.formatage` : ce que celui-ci écrit,
ce module le relit à l'identique, et il lit aussi les formes variées des vraies
offres (« Vendredi 28 mars 2025 », « 1ᵉʳ juillet 2025 », « 1/10/2025 »,
« un an minimum », « 28h/35h », « 24h30 hebdomadaires »), seules ou dans une
phrase (« Régime hebdomadaire : 40h30/semaine », « avant le 3 novembre 2025 à 12h »).

python-dateutil fait l'analyse des dates (avec des noms de mois et de jours
français) et le calcul des durées (``relativedelta``) ;
babel lit les nombres décimaux à la française. Ce module ajoute ce qu'une offre
demande en plus : « 1er », le jour de la semaine vérifié, l'ordre jour/mois/année
imposé aux dates en chiffres, l'année prise d'un jour de référence.

Une lecture ne devine jamais : ce qui manque (l'année, le jour), ce qui est
contradictoire (« lundi 28 mars 2025 »), ambigu (« 6.30 heures », deux dates
dans une phrase) ou impossible (« 31 février 2025 ») lève
:class:`LectureImpossible`, avec un message en français, plutôt que de
compléter en silence avec la date du jour.

Chaque lecture prend un temps linéaire en la longueur du texte, quel qu'il
soit : ses motifs n'ont que des quantificateurs bornés ou sans chevauchement,
sur un texte aux blancs ramenés à une espace, et dateutil ne lit que des
textes de quarante caractères au plus (voir :doc:`/securite`).

>>> lire_date("Vendredi 28 mars 2025")
datetime.date(2025, 3, 28)
>>> lire_duree("un an minimum")
relativedelta(years=+1)
>>> lire_heures("17h30")
Decimal('17.5')
"""

from __future__ import annotations

from fpt_offres.lecture._commun import LectureImpossible
from fpt_offres.lecture._dates import lire_date, lire_date_heure
from fpt_offres.lecture._durees import lire_duree
from fpt_offres.lecture._horaires import lire_heures

__all__ = ["LectureImpossible", "lire_date", "lire_date_heure", "lire_duree", "lire_heures"]
