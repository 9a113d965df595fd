"""Les chiffres de l'employeur : ses agents, ses habitants, ses communes.

Un nombre d'agents n'est celui de l'employeur que si la phrase le dit (« compte plus de
2 000 agents », « un effectif global d'environ 7000 personnes », « les 340 agents de la
collectivité ») : « une équipe de 5 agents » est celle du poste.
"""

from __future__ import annotations

import re

from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Ligne

__all__ = ["MOTS_CHIFFRES", "lire_chiffres"]

MOTS_CHIFFRES = ("agents", "personnes", "collaborateurs", "habitants", "communes")
_APPROXIMATIONS = {
    "plus de": "plus_de",
    "plus d'": "plus_de",
    "plus d’": "plus_de",
    "près de": "pres_de",
    "environ": "environ",
    "d'environ": "environ",
    "d’environ": "environ",
    "moins de": "moins_de",
}
_NOMBRE = (
    r"(?P<approx>plus d['’]|plus de|près de|d['’]environ|environ|moins de)?\s?"
    r"(?P<nombre>\d{1,3}(?:[  .]\d{3})+|\d{1,7}|un|(?P<millions>\d{1,3}(?:,\d{1,2})?) millions?)"
    r"(?P<million> million)?\s(?:d['’])?"
)
_AGENTS = re.compile(
    r"(?:compte|emploie|regroupe|rassemble|effectif[^.;\d]{0,20}?|représentant|de ses|des)\s"
    + _NOMBRE
    + r"(?:agents|personnes|collaborateurs|salariés)(?!\s(?:en|à|au|dans)\s)",
    re.I,
)
# « Composition du service (effectif) : 3 personnes » : l'effectif d'une unité, pas de l'employeur.
_UNITE = re.compile(r"service|[ée]quipe|bureau|p[ôo]le|cellule|unit[ée]|section", re.I)
_HABITANTS = re.compile(_NOMBRE + r"habitants\b", re.I)
_COMMUNES = re.compile(r"(?<![\w-])" + _NOMBRE + r"communes\b", re.I)


def _valeur(trouve: re.Match[str]) -> int | None:
    if trouve["millions"]:
        return int(float(trouve["millions"].replace(",", ".")) * 1_000_000)
    nombre = trouve["nombre"]
    if nombre.casefold() == "un":
        return 1_000_000 if trouve["million"] else None
    valeur = int(re.sub(r"\D", "", nombre))
    return valeur * 1_000_000 if trouve["million"] else valeur


def lire_chiffres(releve: Releve, ligne: Ligne) -> None:
    """Les chiffres de l'employeur qu'une ligne donne, chacun avec son approximation.

    >>> texte = "La Métropole rassemble plus d'un million d'habitants et 95 communes."
    >>> releve = Releve(texte)
    >>> lire_chiffres(releve, Ligne(0, len(texte), texte, puce=False))
    >>> sorted((c, v[0].valeur) for c, v in releve.candidats.items())
    [('employeur.nombre_communes', {'valeur': 95}), ('employeur.nombre_habitants', \
{'valeur': 1000000, 'approximation': 'plus_de'})]
    """
    for motif, champ in (
        (_AGENTS, "employeur.nombre_agents"),
        (_HABITANTS, "employeur.nombre_habitants"),
        (_COMMUNES, "employeur.nombre_communes"),
    ):
        trouve = motif.search(ligne.texte)
        if trouve is None:
            continue
        valeur = _valeur(trouve)
        if valeur is None or valeur <= 0:
            continue
        if motif is _AGENTS and _UNITE.search(
            ligne.texte, max(0, trouve.start() - 40), trouve.end()
        ):
            continue
        chiffre: dict[str, object] = {"valeur": valeur}
        if trouve["approx"]:
            chiffre["approximation"] = _APPROXIMATIONS[trouve["approx"].casefold()]
        releve.poser(
            champ,
            chiffre,
            ligne.debut + (trouve.start("approx") if trouve["approx"] else trouve.start("nombre")),
            ligne.debut + trouve.end(),
            "phrase, chiffres de l'employeur",
            releve.rang_phrase,
        )
