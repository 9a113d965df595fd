"""Lire une durée hebdomadaire : « 17h30 », « 28/35e », « base 35 heures hebdomadaires »."""

from __future__ import annotations

import re
from decimal import Decimal

from fpt_offres.lecture._commun import LectureImpossible, normaliser
from fpt_offres.lecture._durees import decimal_francais

__all__ = ["lire_heures"]

_HEURES = (
    r"(?P<{0}h>\d{{1,3}}(?:[.,]\d+)?) ?"
    r"(?:(?P<{0}u>heures?|h) ?(?:(?P<{0}m>\d{{1,2}}) ?(?:min|mn|minutes?)?)?)?"
)
_HORAIRE = (
    _HEURES.format("n")
    + r"(?: ?/ ?"
    + _HEURES.format("d")
    + r" ?(?:e|eme|ieme|emes)?)?"
    + r"(?: ?(?:hebdomadaires?|hebdo\.?|par semaine|/ ?semaine|semaine))?"
)
_HORAIRE_SEUL = re.compile(_HORAIRE)
# Dans une phrase, un horaire commence un mot et porte une unité ou une fraction : un
# nombre nu (« 2 postes ») n'en est pas un. Les quantificateurs sont bornés ou portent
# sur des chiffres que rien d'autre ne lit : la recherche est linéaire.
_HORAIRE_DANS_PHRASE = re.compile(rf"(?<![\w.,/])(?:{_HORAIRE})(?![\w])")
# Le plus grand horaire que le modèle représente (Horaire : 168 h et 59 min au plus).
_MAXIMUM = Decimal(168) + Decimal(59) / 60


def _heures(correspondance: re.Match[str], nom: str) -> Decimal | None:
    chiffres = correspondance[f"{nom}h"]
    if chiffres is None:
        return None
    heures = decimal_francais(chiffres)
    minutes = correspondance[f"{nom}m"]
    if minutes is None:
        return heures
    if heures != heures.to_integral_value() or int(minutes) > 59:
        message = f"{chiffres} h {minutes}"
        raise ValueError(message)
    return heures + Decimal(int(minutes)) / 60


def _ambigu(correspondance: re.Match[str]) -> bool:
    """« 6.30 heures » : 6 h 30 ou 6,3 heures ? Deux décimales qui pourraient être des minutes.

    Une fraction du temps complet (« 17,25/35e ») s'écrit en heures décimales : elle
    n'est pas ambiguë.
    """
    chiffres = correspondance["nh"]
    _, virgule, decimales = chiffres.replace(",", ".").partition(".")
    return (
        bool(virgule)
        and correspondance["dh"] is None
        and len(decimales) == 2
        and 0 < int(decimales) <= 59
    )


def _horaire(normal: str) -> re.Match[str]:
    seul = _HORAIRE_SEUL.fullmatch(normal)
    if seul is not None:
        return seul
    trouves = [t for t in _HORAIRE_DANS_PHRASE.finditer(normal) if t["nu"] or t["dh"]]
    if not trouves:
        raise ValueError("aucun horaire reconnu")
    if len({t[0] for t in trouves}) > 1:
        cites = ", ".join(f"« {t[0]} »" for t in trouves[:3])
        raise ValueError(f"plusieurs horaires ({cites}) : lequel lire est ambigu")
    return trouves[0]


def lire_heures(texte: str) -> Decimal:
    """La durée hebdomadaire qu'écrit ``texte``, en heures décimales.

    Une fraction du temps complet (« 28/35e », « 28h/35h ») donne son
    numérateur. Les heures et minutes (« 17 h 30 ») donnent le même nombre que
    :meth:`fpt_offres.Horaire.en_heures`. Dans une phrase (« Régime
    hebdomadaire : 40h30/semaine »), l'horaire est lu s'il est le seul et
    porte une unité ou une fraction.

    Raises:
        LectureImpossible: le texte n'est pas un horaire, des minutes au-delà
            de 59, plus d'heures qu'une semaine (et qu'un :class:`~fpt_offres.Horaire`)
            n'en compte, une fraction plus grande que 1, plusieurs horaires, ou
            une forme ambiguë : deux décimales qui pourraient être des minutes
            (« 6.30 heures » : 6 h 30 ou 6,3 heures ?).

    >>> lire_heures("17 h 30"), lire_heures("24h30 hebdomadaires")
    (Decimal('17.5'), Decimal('24.5'))
    >>> lire_heures("28/35e"), lire_heures("28h/35h"), lire_heures("35 heures")
    (Decimal('28'), Decimal('28'), Decimal('35'))
    >>> lire_heures("17,5/35e")
    Decimal('17.5')
    >>> lire_heures("Régime hebdomadaire : 40h30/semaine")
    Decimal('40.5')
    >>> lire_heures("6.30 heures")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « 6.30 heures » ne se lit pas comme un horaire : forme ambiguë, 6 h 30 ou 6,3 heures ? (écrire « 6 h 30 » ou « 6,3 h »)
    >>> lire_heures("40/35e")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « 40/35e » ne se lit pas comme un horaire : le numérateur dépasse le dénominateur
    """

    def impossible(raison: str) -> LectureImpossible:
        return LectureImpossible(texte, "un horaire", raison)

    try:
        correspondance = _horaire(normaliser(texte))
    except ValueError as erreur:
        raise impossible(str(erreur)) from None
    if _ambigu(correspondance):
        entier, _, minutes = correspondance["nh"].replace(",", ".").partition(".")
        decimal = str(Decimal(f"{entier}.{minutes}").normalize()).replace(".", ",")
        raise impossible(
            f"forme ambiguë, {entier} h {minutes} ou {decimal} heures ? "
            f"(écrire « {entier} h {minutes} » ou « {decimal} h »)"
        )
    try:
        heures, sur = _heures(correspondance, "n"), _heures(correspondance, "d")
    except ValueError as erreur:
        raise impossible(f"horaire illisible : {erreur}") from None
    if heures is None:  # pragma: no cover  (le numérateur est obligatoire dans le motif)
        raise impossible("aucun horaire reconnu")
    if heures > _MAXIMUM:
        raise impossible("plus d'heures qu'une semaine n'en compte")
    if sur is not None and (sur == 0 or heures > sur):
        raise impossible("le numérateur dépasse le dénominateur")
    return heures
