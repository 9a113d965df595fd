"""Les vérifications consultatives : ce qu'un centre de gestion dirait d'une offre valide.

Les invariants du modèle refusent l'impossible (une quotité de 120 %) ; ces
règles signalent le possible mais fautif ou incomplet au regard du droit ou des
usages : un contrat plus long que sa base légale ne le permet, une publicité de
moins d'un mois, une offre muette sur la rémunération. :func:`verifier` les
passe toutes et rend des :class:`Diagnostic` triés, chacun avec son code
stable, sa sévérité, le chemin du champ, un message, la source de la règle et
la correction.

>>> import datetime
>>> from fpt_offres import exemples
>>> for d in verifier(exemples()[2], aujourd_hui=datetime.date(2025, 3, 28)):
...     print(d.severite.value, "|", d)
avertissement | candidature : l'offre ne dit pas où envoyer la candidature : ni courriel, ni lien, ni adresse [CANDIDATURE-SANS-MOYEN]
information | remuneration : l'offre ne dit rien de la rémunération : ni grille statutaire, ni régime indemnitaire, ni montant [REMUNERATION-ABSENTE]

Ajouter une règle, c'est ajouter une fonction décorée par
:func:`~fpt_offres.regles._registre.enregistrer` dans le module de sa famille
(ou, pour ``contrat`` et ``statut``, dans le module de son thème au sein du paquet de la
famille), et son test.
"""

from __future__ import annotations

import datetime

from fpt_offres.modele import Offre
from fpt_offres.regles import (  # noqa: F401  (l'import inscrit les règles au registre)
    calendrier,
    candidature,
    contrat,
    mentions,
    recrutement,
    remuneration,
    statut,
    temps,
    versant,
)
from fpt_offres.regles._registre import (
    Diagnostic,
    Regle,
    RegleInconnue,
    Severite,
    registre,
)
from fpt_offres.regles.mentions import intitule_ouvert_aux_deux_sexes

__all__ = [
    "FAMILLES",
    "REGLES",
    "Diagnostic",
    "Regle",
    "RegleInconnue",
    "Severite",
    "intitule_ouvert_aux_deux_sexes",
    "regle",
    "regles",
    "verifier",
]

# Les classes se présentent sous le nom public du paquet (traces, documentation, pickle).
for _classe in (Diagnostic, Regle, RegleInconnue, Severite):
    _classe.__module__ = __name__

FAMILLES = (
    "versant",
    "contrat",
    "recrutement",
    "temps",
    "statut",
    "calendrier",
    "remuneration",
    "mentions",
    "candidature",
)
"""Les familles de règles (un module ou un paquet chacune), dans l'ordre du catalogue."""

REGLES: tuple[Regle, ...] = tuple(sorted(registre(), key=lambda r: FAMILLES.index(r.famille)))
"""Toutes les règles, par famille puis dans l'ordre de leur module."""

_PAR_CODE = {r.code: r for r in REGLES}


def regles() -> tuple[Regle, ...]:
    """Toutes les règles du catalogue.

    >>> len(regles()) >= 25
    True
    """
    return REGLES


def regle(code: str) -> Regle:
    """La règle de code ``code``.

    >>> regle("CONTRAT-DUREE-MAX").severite
    <Severite.ERREUR: 'erreur'>
    >>> regle("CONTRAT-DUREE-MAXI")
    Traceback (most recent call last):
    ...
    fpt_offres.regles.RegleInconnue: aucune règle ne porte le code 'CONTRAT-DUREE-MAXI' ; codes proches : CONTRAT-DUREE-MAX, CONTRAT-DUREE-MIN...

    Raises:
        RegleInconnue: aucune règle ne porte ce code ; ``suggestions`` donne les plus proches.
    """
    try:
        return _PAR_CODE[code]
    except KeyError:
        raise RegleInconnue.pour(code, _PAR_CODE) from None


def _cle(diagnostic: Diagnostic) -> tuple[int, str, str, str]:
    return (diagnostic.severite.rang, diagnostic.chemin, diagnostic.code, diagnostic.message)


def verifier(offre: Offre, *, aujourd_hui: datetime.date | None = None) -> tuple[Diagnostic, ...]:
    """Passe toutes les règles sur ``offre`` et rend leurs diagnostics.

    Le résultat ne dépend que de l'offre et de ``aujourd_hui`` : la fonction ne
    lit jamais l'horloge. Il est trié par sévérité (erreurs d'abord), puis par
    chemin, par code et par message.

    Args:
        offre: une offre valide.
        aujourd_hui: le jour de la vérification. Sans lui, les règles qui en
            dépendent (:attr:`Regle.du_jour`, comme la date limite passée) sont
            sautées ; pour les appliquer, passer ``datetime.date.today()``.

    Returns:
        Les diagnostics, vides quand aucune règle ne trouve rien.
    """
    trouves = [d for r in REGLES for d in r.verifier(offre, aujourd_hui)]
    return tuple(sorted(trouves, key=_cle))
