"""Les clés en double d'un objet JSON : refusées avec leur chemin, comme une clé inconnue.

json et orjson gardent tous deux la dernière valeur d'une clé répétée, sans rien
dire. Le chemin json passe par :func:`paires`, son ``object_pairs_hook``, qui
marque l'objet fautif ; :func:`problemes` en donne ensuite les chemins.
orjson n'a pas de tel crochet : :func:`doublon_possible` compare, pour presque
rien, les deux-points du texte à ceux du document relu, et ne renvoie au chemin
json que le document où une clé a pu disparaître.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

from fpt_offres.erreurs import Probleme

__all__ = ["doublon_possible", "paires", "problemes"]


class _AvecDoublons(dict[str, Any]):
    """Un objet JSON lu dont des clés étaient en double (gardées dans ``doublons``)."""

    doublons: list[str]


def paires(liste: list[tuple[str, Any]]) -> dict[str, Any]:
    """``object_pairs_hook`` de json : le dict des paires, marqué s'il perd une clé."""
    objet = dict(liste)
    if len(objet) == len(liste):
        return objet
    marque = _AvecDoublons(objet)
    marque.doublons = []
    vues: set[str] = set()
    for cle, _valeur in liste:
        if cle in vues:
            marque.doublons.append(cle)
        vues.add(cle)
    return marque


def problemes(donnees: Any) -> list[Probleme]:
    """Un problème par clé en double dans ``donnees`` (lu avec :func:`paires`), en ordre
    de document."""
    return [
        Probleme(chemin, f"clé {cle!r} en double : une seule valeur est permise", "cle-double")
        for chemin, cle in _doublons(donnees, "")
    ]


def _doublons(valeur: Any, chemin: str) -> Iterator[tuple[str, str]]:
    # Une pile plutôt que la récursion : un document très imbriqué ne la dépasse pas.
    pile = [(valeur, chemin)]
    while pile:
        valeur, chemin = pile.pop()
        if isinstance(valeur, dict):
            if type(valeur) is _AvecDoublons:
                yield from ((_joindre(chemin, cle), cle) for cle in valeur.doublons)
            pile += reversed([(v, _joindre(chemin, str(k))) for k, v in valeur.items()])
        elif type(valeur) is list:
            pile += reversed([(v, f"{chemin}[{rang}]") for rang, v in enumerate(valeur)])


def _joindre(chemin: str, cle: str) -> str:
    return f"{chemin}.{cle}" if chemin else cle


def doublon_possible(module: ModuleType, texte: str | bytes, donnees: Any) -> bool:
    """Faux si ``donnees``, lu par orjson dans ``texte``, a toutes les clés du texte.

    Chaque clé d'un objet est suivie d'un deux-points ; les autres deux-points du texte
    sont dans des chaînes. orjson réécrit le document lu avec un deux-points par clé
    gardée et les deux-points de ses chaînes, tels quels : si les comptes sont égaux,
    aucune clé n'a disparu. Un deux-points écrit « \\u003a » dans une chaîne
    n'apparaît que dans la réécriture : il renvoie au chemin json, exact. Des octets
    égaux à leur réécriture (un document compact, comme en écrit ``vers_json(…,
    indent=None)``) n'ont pas de doublon : ils se passent même de ces comptes.
    """
    try:
        ecrit: bytes = module.dumps(donnees)
    except module.JSONEncodeError:
        return True
    if isinstance(texte, bytes) and ecrit == texte:
        return False  # le texte est sa réécriture (le JSON compact qu'écrit fpt_offres)
    # « \u003 » couvre « \u003a » et « \u003A » en un seul passage (et, sans dommage,
    # les chiffres et signes de U+0030 à U+003F, rarement échappés).
    if isinstance(texte, str):
        deux_points, echappe = texte.count(":"), "\\u003" in texte
    else:
        deux_points, echappe = texte.count(b":"), b"\\u003" in texte
    return echappe or deux_points != ecrit.count(b":")
