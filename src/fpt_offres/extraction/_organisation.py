"""L'organisation du travail dite au fil du texte : astreintes, week-end, disponibilité
horaire, horaires variables, répartition de la semaine.

Chaque fait est un booléen que le texte affirme (« Astreintes possibles », « travail le
weekend », « horaires flexibles selon les besoins ») ; une négation (« sans astreinte »)
ne dit rien qu'un lecteur puisse placer, elle est laissée.
"""

from __future__ import annotations

import re

from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Ligne

__all__ = ["MOTS_ORGANISATION", "lire_organisation"]

# Les mots sans lesquels aucun motif de ce module ne peut trouver.
MOTS_ORGANISATION = (
    "astreinte",
    "week",
    "fin de semaine",
    "fins de semaine",
    "samedi",
    "dimanche",
    "flexib",
    "adaptabilit",
    "amplitude",
    "jours/semaine",
    "jours par semaine",
    "quinzaine",
    "sur 5 jours",
    "horaires variables",
)
_ASTREINTE = re.compile(r"\bastreintes?\b", re.I)
_SANS_ASTREINTE = re.compile(r"\b(?:pas d['’]|sans |aucune |ni )astreinte", re.I)
_EVENTUELLES = re.compile(
    r"\bastreintes?\s(?:possibles?|[ée]ventuelles?|occasionnelles?)|[ée]ventuellement\sdes\s"
    r"astreintes|possibilit[ée]\s(?:d['’])?astreinte",
    re.I,
)
_WEEK_END = re.compile(
    r"\b(?:travail|permanences?|pr[ée]sence)\b[^.;\n]{0,40}?"
    r"\b(?:week-?ends?|fins? de semaines?|samedis?|dimanches?)\b",
    re.I,
)
_VARIABLES = re.compile(r"\bhoraires variables\b", re.I)
_FLEXIBILITE = re.compile(
    r"\bflexibilit[ée]\b|\bhoraires?\b[^.;\n]{0,20}?\bflexibles?\b"
    r"|\badaptabilit[ée] (?:des|d['’]|aux) horaires|\bamplitude (?:horaire )?variable",
    re.I,
)
_RYTHMES = (
    (re.compile(r"\b4[,.]5\s?jours?\s?(?:/|par)\s?semaine", re.I), "quatre_jours_et_demi_semaine"),
    (re.compile(r"(?<![\d,.])4\s?jours?\s?(?:/|par)\s?semaine", re.I), "quatre_jours_semaine"),
    (
        re.compile(r"(?<![\d,.])5\s?jours?\s?(?:/|par)\s?semaine|\bsur 5 jours\b", re.I),
        "cinq_jours_semaine",
    ),
    (re.compile(r"\b9\s?jours?\s?(?:/|par)\s?quinzaine", re.I), "neuf_jours_quinzaine"),
)


def _vrai(releve: Releve, champ: str, ligne: Ligne, trouve: re.Match[str]) -> None:
    releve.poser_phrase(
        f"conditions.organisation.{champ}", valeur=True, origine=ligne.debut, trouve=trouve
    )


def lire_organisation(releve: Releve, ligne: Ligne) -> None:
    """Astreintes, week-end, flexibilité et rythmes d'une ligne.

    >>> from fpt_offres.extraction._releve import Releve
    >>> releve = Releve("Astreintes possibles. Travail le weekend (1/2).")
    >>> lire_organisation(releve, Ligne(0, len(releve.texte), releve.texte, puce=False))
    >>> sorted(c.split(".")[-1] for c in releve.candidats)
    ['astreintes', 'astreintes_eventuelles', 'travail_week_end']
    """
    texte = ligne.texte
    astreinte = _ASTREINTE.search(texte)
    if astreinte is not None and _SANS_ASTREINTE.search(texte) is None:
        _vrai(releve, "astreintes", ligne, astreinte)
        eventuelles = _EVENTUELLES.search(texte)
        if eventuelles is not None:
            _vrai(releve, "astreintes_eventuelles", ligne, eventuelles)
    for champ, motif in (
        ("travail_week_end", _WEEK_END),
        ("flexibilite_requise", _FLEXIBILITE),
        ("horaires_variables", _VARIABLES),
    ):
        trouve = motif.search(texte)
        if trouve is not None:
            _vrai(releve, champ, ligne, trouve)
    rythmes = [(m, valeur) for motif, valeur in _RYTHMES if (m := motif.search(texte))]
    if rythmes:
        rythmes.sort(key=lambda paire: paire[0].start())
        releve.poser(
            "conditions.organisation.rythmes",
            [valeur for _, valeur in rythmes],
            ligne.debut + rythmes[0][0].start(),
            ligne.debut + rythmes[-1][0].end(),
            "phrase",
            releve.rang_phrase,
        )
