"""Les chiffres que donnent les missions : « 90 repas par jour », « des serveurs (15) ».

Trois tournures, lues seulement dans les sections du poste et des missions : un nombre
et ce qu'il compte suivis d'une période (« 150 sinistres par an », « 90 repas et
90 goûters par jour ») ; une chose au pluriel suivie de son nombre entre parenthèses
(« l'exploitation des serveurs (15) ») ; un nombre et une chose entre parenthèses
(« le réseau (300 postes) »). Les personnes (« une équipe (5 agents) ») sont l'effectif
du poste ou de l'employeur, pas un chiffre des missions ; une fréquence (« 3 fois par
an ») ou une durée n'en est pas un non plus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fpt_offres.extraction._chiffres import MOTS_CHIFFRES
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc

__all__ = ["lire_chiffres_missions"]

_NOMBRE = r"(\d{1,3}(?:[  .]\d{3})+|\d{1,6})"
_CHOSE = r"([a-zà-ÿœ]{3,30})"
_PAR_PERIODE = re.compile(
    rf"\b{_NOMBRE} {_CHOSE}(?: et {_NOMBRE} {_CHOSE})? (par (?:jour|semaine|mois|an))\b",
    re.IGNORECASE,
)
_CHOSE_PUIS_NOMBRE = re.compile(r"\b(?:des|les) ([a-zà-ÿœ]{2,30}[sx]) \((\d{1,6})\)")
_NOMBRE_ET_CHOSE = re.compile(rf"\({_NOMBRE} {_CHOSE}\)")
# Ce qui n'est pas un chiffre des missions : des personnes, une fréquence, une durée.
_EXCLUS = frozenset(
    {
        *MOTS_CHIFFRES,
        "etp",
        "personnels",
        "salariés",
        "fois",
        "jours",
        "heures",
        "semaines",
        "mois",
        "ans",
        "années",
    }
)
_SECTIONS = frozenset({"missions", "poste"})


def _valeur(nombre: str) -> str:
    return re.sub(r"\D", "", nombre)


def _chiffres(texte: str) -> Iterator[tuple[dict[str, str], int, int]]:
    """Les chiffres d'une ligne : (chiffre au format JSON, début, fin dans la ligne)."""
    for trouve in _PAR_PERIODE.finditer(texte):
        for nombre, chose in ((trouve[1], trouve[2]), (trouve[3], trouve[4])):
            if nombre and chose.casefold() not in _EXCLUS:
                valeur = {"libelle": chose, "valeur": _valeur(nombre), "unite": trouve[5]}
                yield valeur, trouve.start(), trouve.end()
    for trouve in _CHOSE_PUIS_NOMBRE.finditer(texte):
        if trouve[1].casefold() not in _EXCLUS:
            yield {"libelle": trouve[1], "valeur": trouve[2]}, trouve.start(1), trouve.end()
    for trouve in _NOMBRE_ET_CHOSE.finditer(texte):
        if trouve[2].casefold() not in _EXCLUS:
            yield {"libelle": trouve[2], "valeur": _valeur(trouve[1])}, trouve.start(), trouve.end()


def lire_chiffres_missions(releve: Releve, blocs: list[Bloc]) -> None:
    """Pose un candidat ``missions.chiffres`` par chiffre que les missions donnent.

    >>> texte = "Missions\\n- Maintenir les serveurs (15) et le réseau (300 postes)"
    >>> from fpt_offres.extraction._segments import decouper
    >>> releve = Releve(texte)
    >>> lire_chiffres_missions(releve, decouper(texte))
    >>> [(c.valeur, c.preuve.texte) for c in releve.candidats["missions.chiffres"]]
    ... # doctest: +NORMALIZE_WHITESPACE
    [({'libelle': 'serveurs', 'valeur': '15'}, 'serveurs (15)'),
     ({'libelle': 'postes', 'valeur': '300'}, '(300 postes)')]
    """
    for bloc in blocs:
        if bloc.genre not in _SECTIONS:
            continue
        for ligne in bloc.lignes:
            chiffres = sorted(_chiffres(ligne.texte), key=lambda c: c[1])
            for valeur, debut, fin in chiffres:
                releve.poser(
                    "missions.chiffres",
                    valeur,
                    ligne.debut + debut,
                    ligne.debut + fin,
                    "phrase des missions, chiffre",
                    releve.rang_phrase,
                )
