"""Temps linéaire de chaque point d'entrée qui lit du texte, sur des textes hostiles.

Chaque point d'entrée public qui lit un texte venu d'ailleurs figure dans ``ENTREES``,
une ligne chacun : **un nouveau point d'entrée s'ajoute ici par une ligne** (la règle est
écrite dans ``docs/securite.md``). Chaque motif de ``MOTIFS`` fabrique un texte hostile de
longueur donnée (répétitions de chiffres, de blancs, de puces, de « h », de mots, de
séparateurs : ce qui fait revenir en arrière un moteur d'expressions régulières).

La mesure est le temps processeur (``time.process_time``, que les autres processus de la
machine ne comptent pas), le meilleur de plusieurs essais, à la longueur n puis 4n. Un
coût linéaire multiplie le temps par 4 au plus (moins, avec un coût fixe) ; un coût
quadratique, par 16. Le rapport admis, 10, est large : jamais un temps absolu.

Le banc ``benchmarks/bench_adversarial.py`` reprend ces tables pour chercher le pire cas
à des longueurs bien plus grandes.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import time
from collections.abc import Callable, Iterable
from typing import Any

import pytest

import fpt_offres
from fpt_offres import lecture, nomenclature, titres
from fpt_offres.erreurs import ErreurFptOffres

Texte = Callable[[int], str]

MOTIFS: dict[str, Texte] = {
    "chiffres": lambda n: "1" * n,
    "blancs": lambda n: "a" + " " * n + "a",
    "blancs variés": lambda n: "a" + " \t\u00a0\u202f\n" * (n // 5) + "a",
    "puces": lambda n: "•" * n,
    "points médians": lambda n: "a" + "·" * n + "a",
    "h": lambda n: "h" * n,
    "1h": lambda n: "1h" * (n // 2),
    "mots": lambda n: ("chargé ou chargée " * n)[:n],
    "barres": lambda n: ("x/" * n)[:n],
    "tirets": lambda n: "a" + "-" * n + "a",
    "parenthèses": lambda n: "(" * n,
    "qualificatifs": lambda n: "1 an" + " min" * (n // 4) + " x",
    "n et blancs": lambda n: "n" + " " * n,
    "L et blancs": lambda n: "L" + " " * n,
    "un mot": lambda n: "a" * n,
    "nombres": lambda n: "1 " * (n // 2),
    "accents": lambda n: "à" * n,
    "F/H": lambda n: ("(F/H)" * n)[:n],
    "inclusif": lambda n: ("agent·e·s " * n)[:n],
    "et": lambda n: ("et " * n)[:n] + "x",
    "virgules": lambda n: (", " * n)[:n],
    "dates": lambda n: ("1er mars 2025 " * n)[:n],
    "balises": lambda n: ("</script><!--" * n)[:n],
}

# Les champs de texte libre d'une offre : chacun reçoit le texte hostile.
_CHAMPS_LIBRES: tuple[tuple[str | int, ...], ...] = (
    ("intitule",),
    ("employeur", "nom"),
    ("employeur", "presentation"),
    ("poste", "presentation"),
    ("missions", "finalite"),
    ("missions", "themes", 0, "intitule"),
    ("missions", "themes", 0, "activites", 0, "texte"),
    ("profil", "qualites", 0),
    ("profil", "savoir_faire", 0),
    ("remuneration", "avantages", 0, "libelle"),
    ("conditions", "organisation", "precision"),
)
_BASE: dict[str, Any] = {
    "intitule": "",
    "employeur": {"nom": "", "type": "commune", "presentation": ""},
    "poste": {"presentation": ""},
    "missions": {"finalite": "", "themes": [{"intitule": "", "activites": [{"texte": ""}]}]},
    "profil": {"qualites": [""], "savoir_faire": [""]},
    "remuneration": {"avantages": [{"type": "autre", "libelle": ""}]},
    "conditions": {"contrat": {"nature": "cdd", "duree": {"mois": 12}}, "organisation": {}},
}


def document(texte: str, *champs: tuple[str | int, ...]) -> dict[str, Any]:
    """Une offre en dict dont les champs donnés (par défaut, tous les libres) valent ``texte``."""
    offre = copy.deepcopy(_BASE)
    for chemin in champs or _CHAMPS_LIBRES:
        parent: Any = offre
        for cle in chemin[:-1]:
            parent = parent[cle]
        parent[chemin[-1]] = texte
    return offre


def _charger(champs: tuple[tuple[str | int, ...], ...], texte: str) -> fpt_offres.Offre | None:
    try:
        return fpt_offres.depuis_dict(document(texte, *champs))
    except fpt_offres.OffreInvalide:
        return None


def offre(texte: str) -> fpt_offres.Offre | None:
    """L'offre aux champs libres remplis de ``texte``.

    Quand un champ refuse le texte (une longueur bornée, un caractère interdit), l'offre
    ne remplit que les champs qui l'acceptent ; ``None`` si aucun ne l'accepte.
    """
    complete = _charger(_CHAMPS_LIBRES, texte)
    if complete is not None:
        return complete
    acceptes = tuple(c for c in _CHAMPS_LIBRES if _charger((c,), texte) is not None)
    return _charger(acceptes, texte) if acceptes else None


def _sur_offre(
    fonction: Callable[[fpt_offres.Offre], object],
) -> Callable[[str], Callable[[], object]]:
    """Un point d'entrée qui lit une offre chargée : l'offre est construite hors de la mesure."""

    def preparer(texte: str) -> Callable[[], object]:
        chargee = offre(texte)
        return (lambda: fonction(chargee)) if chargee is not None else (lambda: None)

    return preparer


def _sur_texte(fonction: Callable[[str], object]) -> Callable[[str], Callable[[], object]]:
    return lambda texte: lambda: fonction(texte)


def _sur_json(
    document_de: Callable[[str], dict[str, Any]],
) -> Callable[[str], Callable[[], object]]:
    """depuis_json sur le document écrit hors de la mesure."""

    def preparer(texte: str) -> Callable[[], object]:
        ecrit = json.dumps(document_de(texte), ensure_ascii=False)
        return lambda: fpt_offres.depuis_json(ecrit)

    return preparer


def _sur_jsonl(
    lire: Callable[[io.StringIO], Iterable[object]],
) -> Callable[[str], Callable[[], object]]:
    """Un lecteur JSON Lines sur deux lignes écrites hors de la mesure."""

    def preparer(texte: str) -> Callable[[], object]:
        ecrit = (json.dumps(document(texte), ensure_ascii=False) + "\n") * 2
        return lambda: list(lire(io.StringIO(ecrit)))

    return preparer


def _BASE_LEGALE(texte: str) -> dict[str, Any]:  # noqa: N802
    return {"contrat": {"nature": "cdd", "bases_legales": [texte]}}


# Nom → (texte → appel à mesurer). Une ligne par point d'entrée public qui lit du texte.
ENTREES: dict[str, Callable[[str], Callable[[], object]]] = {
    "depuis_json": _sur_json(document),
    "depuis_json (grade)": _sur_json(lambda t: document(t) | {"statut": {"grades": [t]}}),
    "depuis_json (base légale)": _sur_json(lambda t: document(t) | {"conditions": _BASE_LEGALE(t)}),
    "depuis_dict": _sur_texte(lambda t: fpt_offres.depuis_dict(document(t))),
    "lire_jsonl": _sur_jsonl(fpt_offres.lire_jsonl),
    "iterer_jsonl": _sur_jsonl(fpt_offres.iterer_jsonl),
    "extraire": _sur_texte(fpt_offres.extraire),
    "lire_date": _sur_texte(lecture.lire_date),
    "lire_date_heure": _sur_texte(lecture.lire_date_heure),
    "lire_duree": _sur_texte(lecture.lire_duree),
    "lire_heures": _sur_texte(lecture.lire_heures),
    "normaliser_titre": _sur_texte(titres.normaliser_titre),
    "formater_titre": _sur_texte(titres.formater_titre),
    "est_meme_titre": _sur_texte(lambda t: titres.est_meme_titre(t, t)),
    "nomenclature.grade": _sur_texte(nomenclature.grade),
    "nomenclature.cadre_emplois": _sur_texte(nomenclature.cadre_emplois),
    "nomenclature.filiere": _sur_texte(nomenclature.filiere),
    "nomenclature.categorie": _sur_texte(nomenclature.categorie),
    "nomenclature.permis": _sur_texte(nomenclature.permis),
    "nomenclature.departement": _sur_texte(nomenclature.departement),
    "nomenclature.base_legale": _sur_texte(nomenclature.base_legale),
    "nomenclature.niveau_diplome": _sur_texte(nomenclature.niveau_diplome),
    "verifier": _sur_offre(fpt_offres.verifier),
    "formater (texte)": _sur_offre(fpt_offres.formater),
    "formater (markdown)": _sur_offre(lambda o: fpt_offres.formater(o, "markdown")),
    "formater (html)": _sur_offre(lambda o: fpt_offres.formater(o, "html")),
    "jsonld": _sur_offre(fpt_offres.jsonld),
    "balise_jsonld": _sur_offre(fpt_offres.balise_jsonld),
    "ligne": _sur_offre(fpt_offres.ligne),
}

N = 2_000
RAPPORT_MAX = 10
ESSAIS = 3


def cout(appel: Callable[[], object]) -> float:
    """Le meilleur temps processeur de quelques essais ; seules les erreurs documentées passent."""
    meilleur = float("inf")
    for _ in range(ESSAIS):
        debut = time.process_time()
        with contextlib.suppress(ErreurFptOffres):
            appel()
        meilleur = min(meilleur, time.process_time() - debut)
    return meilleur


def rapport(entree: Callable[[str], Callable[[], object]], motif: Texte, n: int) -> float:
    """Le rapport des coûts à 4n et à n (au moins une milliseconde au dénominateur)."""
    petit, grand = entree(motif(n)), entree(motif(4 * n))
    return cout(grand) / max(cout(petit), 1e-3)


@pytest.mark.parametrize("nom", ENTREES)
def test_croissance_lineaire(nom: str) -> None:
    """Chaque motif hostile coûte au plus 10 fois plus à 4n qu'à n (16 fois pour un coût quadratique)."""
    lents = {}
    for motif_nom, motif in MOTIFS.items():
        valeur = rapport(ENTREES[nom], motif, N)
        if valeur > RAPPORT_MAX:
            # Un second essai écarte un à-coup de la machine ; un coût quadratique le reproduit.
            valeur = min(valeur, rapport(ENTREES[nom], motif, N))
        if valeur > RAPPORT_MAX:
            lents[motif_nom] = round(valeur, 1)
    assert not lents, f"{nom} : croissance plus que linéaire (rapport 4n/n) {lents}"


def test_chaque_motif_a_sa_longueur() -> None:
    """Les motifs font la longueur demandée, à quelques caractères près : la mesure compare n et 4n."""
    for nom, motif in MOTIFS.items():
        assert abs(len(motif(1000)) - 1000) <= 8, nom


def test_la_mesure_voit_le_quadratique() -> None:
    """La mesure distingue un coût quadratique : le test ne peut pas passer à vide."""

    def quadratique(texte: str) -> Callable[[], object]:
        return lambda: sum(1 for _ in texte for _ in range(0, len(texte), 16))

    assert rapport(quadratique, MOTIFS["un mot"], N) > RAPPORT_MAX
