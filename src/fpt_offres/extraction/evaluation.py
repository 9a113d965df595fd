"""Mesurer l'extraction contre les offres lues par des lecteurs attentifs.

Deux mesures, celles de ``make eval`` :

- l'accord par champ sur les faits (``NN-nom.json``) : :func:`fpt_offres.ligne`
  de l'extraction comparée au fichier de faits, clé par clé, avec les
  conventions du corpus (une valeur absente vaut ``None`` ou ``[]``) ;
- le rappel, la précision et le F1 sur les feuilles de l'offre entière
  (``NN-nom.offre.json``, au format 1) : une feuille est le chemin d'un champ
  sans les indices de liste et sa valeur ; les textes longs se comparent par
  les mots qu'ils ont en commun ;
- les mêmes mesures contre l'offre réécrite au format 2 (``NN-nom.v2.json``,
  dans un autre dossier : ``tests/donnees/dev/``), qui tient aussi ce que le
  format 1 laissait aux notes (classement du métier, dates de diffusion,
  région…).

Le module ne lit que ce qu'on lui donne : ``evaluer_corpus`` prend un
dossier, le script ``scripts/evaluer_extraction.py`` imprime le tableau.

>>> comparer_faits({"intitule": "Cuisinier", "categories": ["C"]},
...                {"intitule": "Cuisinier", "categories": [], "extra_notes": "…"})
{'intitule': True, 'categories': False}
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "ResultatOffre",
    "Score",
    "accord_global",
    "accord_par_cle",
    "comparer_faits",
    "en_format_1",
    "evaluer_corpus",
    "feuilles",
    "score_feuilles",
    "score_global",
]

# Au-delà de ce nombre de mots, un texte se compare par ses mots, non en entier.
MOTS_TEXTE_LONG = 6
_MOTS = re.compile(r"\w+")
_ESPACES = re.compile(r"\s+")


def _normal(valeur: Any) -> Any:
    """Une valeur comparable : apostrophes, espaces et casse unifiés, nombres en float."""
    if isinstance(valeur, bool) or valeur is None:
        return valeur
    if isinstance(valeur, int | float):
        return float(valeur)
    if isinstance(valeur, str):
        texte = unicodedata.normalize("NFKC", valeur).replace("’", "'").casefold()
        return _ESPACES.sub(" ", texte).strip()
    if isinstance(valeur, list | tuple):
        return sorted((_normal(v) for v in valeur), key=repr)
    return valeur


def comparer_faits(obtenu: Mapping[str, Any], attendu: Mapping[str, Any]) -> dict[str, bool]:
    """L'accord clé par clé, sur les clés présentes des deux côtés.

    Les clés du fichier de faits que :func:`~fpt_offres.ligne` ne connaît pas
    (les notes, une clé d'une version plus récente) ne comptent pas.
    """
    return {
        cle: _normal(obtenu[cle]) == _normal(valeur)
        for cle, valeur in attendu.items()
        if cle in obtenu
    }


def feuilles(donnees: Any, chemin: str = "") -> Iterator[tuple[str, Any]]:
    """Les feuilles d'un document : (chemin sans indices, valeur simple).

    >>> sorted(feuilles({"a": [{"b": 1}, {"b": 2}], "version": 1, "c": None}))
    [('a.b', 1), ('a.b', 2)]
    """
    if isinstance(donnees, Mapping):
        for cle, valeur in donnees.items():
            if chemin == "" and cle == "version":
                continue
            yield from feuilles(valeur, f"{chemin}.{cle}" if chemin else str(cle))
    elif isinstance(donnees, list | tuple):
        for valeur in donnees:
            yield from feuilles(valeur, chemin)
    elif donnees is not None:
        yield chemin, donnees


@attrs.frozen
class Score:
    """Le crédit du rappel et celui de la précision (égaux pour les feuilles courtes ;
    les textes longs reçoivent une part par les mots), le total obtenu et attendu."""

    justes_rappel: float = 0.0
    justes_precision: float = 0.0
    obtenus: float = 0.0
    attendus: float = 0.0

    def __add__(self, autre: Score) -> Score:
        return Score(
            self.justes_rappel + autre.justes_rappel,
            self.justes_precision + autre.justes_precision,
            self.obtenus + autre.obtenus,
            self.attendus + autre.attendus,
        )

    @property
    def rappel(self) -> float:
        """La part des feuilles attendues qui sont obtenues."""
        return self.justes_rappel / self.attendus if self.attendus else 1.0

    @property
    def precision(self) -> float:
        """La part des feuilles obtenues qui sont attendues."""
        return self.justes_precision / self.obtenus if self.obtenus else 1.0

    @property
    def f1(self) -> float:
        """La moyenne harmonique du rappel et de la précision."""
        somme = self.rappel + self.precision
        return 2 * self.rappel * self.precision / somme if somme else 0.0


def _est_long(valeur: Any) -> bool:
    return isinstance(valeur, str) and len(_MOTS.findall(valeur)) > MOTS_TEXTE_LONG


def _mots(valeur: str) -> Counter[str]:
    return Counter(m.casefold() for m in _MOTS.findall(valeur))


def score_feuilles(obtenu: Any, attendu: Any) -> Score:
    """Le score des feuilles de ``obtenu`` contre celles d'``attendu``.

    Une feuille courte compte 1 quand chemin et valeur sont égaux (à la
    normalisation près). Les textes longs d'un même chemin se comparent par
    leurs mots : chaque texte attendu compte pour le rappel des mots, chaque
    texte obtenu pour leur précision.

    >>> s = score_feuilles({"a": "x", "t": "un deux trois quatre cinq six sept"},
    ...                    {"a": "x", "t": "un deux trois quatre cinq six sept huit"})
    >>> round(s.rappel, 3), s.precision
    (0.938, 1.0)
    """
    courts_o: Counter[tuple[str, Any]] = Counter()
    courts_a: Counter[tuple[str, Any]] = Counter()
    longs_o: dict[str, list[str]] = {}
    longs_a: dict[str, list[str]] = {}
    for source, courts, longs in ((obtenu, courts_o, longs_o), (attendu, courts_a, longs_a)):
        for chemin, valeur in feuilles(source):
            if _est_long(valeur):
                longs.setdefault(chemin, []).append(valeur)
            else:
                courts[chemin, repr(_normal(valeur))] += 1
    communs_courts = float(sum((courts_o & courts_a).values()))
    score = Score(
        communs_courts,
        communs_courts,
        float(sum(courts_o.values())),
        float(sum(courts_a.values())),
    )
    for chemin in longs_o.keys() | longs_a.keys():
        textes_o, textes_a = longs_o.get(chemin, []), longs_a.get(chemin, [])
        mots_o = sum((_mots(t) for t in textes_o), Counter[str]())
        mots_a = sum((_mots(t) for t in textes_a), Counter[str]())
        communs = sum((mots_o & mots_a).values())
        rappel = communs / sum(mots_a.values()) if mots_a else 0.0
        precision = communs / sum(mots_o.values()) if mots_o else 0.0
        # Le crédit est compté en textes : chaque texte attendu reçoit le rappel des mots,
        # chaque texte obtenu leur précision.
        score += Score(
            len(textes_a) * rappel,
            len(textes_o) * precision,
            float(len(textes_o)),
            float(len(textes_a)),
        )
    return score


# Les champs que le format 2 a ajoutés (conversion.migrations) : le format 1 ne pouvait
# pas les tenir, ses lecteurs les ont laissés aux notes ; la table du format 1 ne les compte pas.
_FORMAT_2_SEULEMENT = frozenset(
    f"{parent}.{champ}"
    for parent, champs in {
        "calendrier": "date_vacance debut_diffusion fin_diffusion heure_limite",
        "candidature": "adresse.numero_cedex exclusivement_courriel formats pieces.exigence "
        "reference_a_rappeler site voie_hierarchique",
        "conditions": "contrat.bases_au_choix contrat.bases_legales_tels_qu_ecrits "
        "contrat.date_fin organisation.astreintes_eventuelles organisation.plages "
        "permis.tel_qu_ecrit temps.annualise temps.maximum_cite voies",
        "employeur": "adresse.numero_cedex bureau chiffres departement_tel_qu_ecrit "
        "organisme_rattachement pole rattachement_fonctionnel",
        "poste": "departement departement_tel_qu_ecrit effectif_equipe lieux.adresse.numero_cedex "
        "lieux.periode lieux.postes management metier.code metier.domaine metier.famille "
        "metier.repertoire motif_precision partage region",
        "profil": "experience.annees_max experience.niveau niveau_diplome_tel_qu_ecrit",
        "statut": "cadres_emplois_tels_qu_ecrits categories_tels_qu_ecrits "
        "corps.administrations_parisiennes emplois_contractuels grades_tels_qu_ecrits",
    }.items()
    for champ in champs.split()
) | {"reference_employeur"}


def _du_format_2(chemin: str) -> bool:
    return any(chemin == c or chemin.startswith(f"{c}.") for c in _FORMAT_2_SEULEMENT)


def en_format_1(document: Mapping[str, Any]) -> dict[str, Any]:
    """Ce que le format 1 pouvait tenir d'un document : sans les champs du format 2, le
    département du poste à l'employeur et le code du métier dans son libellé (les
    conventions des lecteurs du format 1, qui n'avait que ``employeur.departement`` et
    un métier en un texte).

    >>> en_format_1({"poste": {"departement": "50", "region": "Normandie"}, "employeur": {}})
    {'poste': {}, 'employeur': {'departement': '50'}}
    >>> en_format_1({"poste": {"metier": {"libelle": "Jardinier", "code": "FPT - E1D/19"}}})
    {'poste': {'metier': {'libelle': 'Jardinier (FPT - E1D/19)'}}}
    """

    def garder(valeur: Any, chemin: str) -> Any:
        if isinstance(valeur, Mapping):
            return {
                cle: garder(v, f"{chemin}.{cle}" if chemin else cle)
                for cle, v in valeur.items()
                if not _du_format_2(f"{chemin}.{cle}" if chemin else cle)
            }
        if isinstance(valeur, list | tuple):
            return [garder(v, chemin) for v in valeur]
        return valeur

    resultat: dict[str, Any] = garder(document, "")
    metier = (document.get("poste") or {}).get("metier") or {}
    if metier.get("code") and metier.get("libelle"):
        resultat["poste"]["metier"]["libelle"] = f"{metier['libelle']} ({metier['code']})"
    departement = (document.get("poste") or {}).get("departement")
    employeur = resultat.get("employeur")
    if departement is not None and isinstance(employeur, dict):
        employeur.setdefault("departement", departement)
    return resultat


@attrs.frozen
class ResultatOffre:
    """Le résultat d'une offre : l'accord par clé, et le score des feuilles s'il y a l'offre entière."""

    nom: str
    faits: dict[str, bool]
    feuilles: Score | None
    feuilles_v2: Score | None = None


def _offre_de_reference(chemin: Path) -> Any:
    """L'offre entière du corpus, relue par la bibliothèque (migrée au format courant) si possible."""
    from fpt_offres.conversion import depuis_json, vers_dict  # noqa: PLC0415

    texte = chemin.read_text(encoding="utf-8")
    try:
        return vers_dict(depuis_json(texte))
    except Exception:
        return json.loads(texte)


def evaluer_corpus(dossier: Path, *, dossier_v2: Path | None = None) -> list[ResultatOffre]:
    """Extrait chaque ``*.txt`` du dossier et le compare aux fichiers voisins.

    ``dossier_v2`` : où chercher l'offre entière au format 2 de chaque texte
    (``NN-nom.v2.json``) ; sans lui, ou sans ce fichier, pas de score au format 2.
    """
    from fpt_offres.conversion import vers_dict  # noqa: PLC0415
    from fpt_offres.exports.ligne import ligne  # noqa: PLC0415
    from fpt_offres.extraction import extraire  # noqa: PLC0415

    resultats = []
    for texte in sorted(dossier.glob("*.txt")):
        faits_chemin = texte.with_suffix(".json")
        if not faits_chemin.exists():
            continue
        extraction = extraire(texte.read_text(encoding="utf-8"))
        faits = comparer_faits(ligne(extraction), json.loads(faits_chemin.read_text("utf-8")))
        offre_chemin = texte.with_suffix(".offre.json")
        score = None
        if offre_chemin.exists():
            score = score_feuilles(
                en_format_1(vers_dict(extraction.offre)), _offre_de_reference(offre_chemin)
            )
        score_v2 = None
        v2_chemin = dossier_v2 / f"{texte.stem}.v2.json" if dossier_v2 is not None else None
        if v2_chemin is not None and v2_chemin.exists():
            score_v2 = score_feuilles(
                vers_dict(extraction.offre), json.loads(v2_chemin.read_text("utf-8"))
            )
        resultats.append(ResultatOffre(texte.stem, faits, score, score_v2))
    return resultats


def accord_par_cle(resultats: list[ResultatOffre]) -> dict[str, float]:
    """La part d'offres où chaque clé est juste."""
    totaux: Counter[str] = Counter()
    justes: Counter[str] = Counter()
    for resultat in resultats:
        for cle, juste in resultat.faits.items():
            totaux[cle] += 1
            justes[cle] += juste
    return {cle: justes[cle] / totaux[cle] for cle in totaux}


def accord_global(resultats: list[ResultatOffre]) -> float:
    """La part des faits justes, toutes clés et offres confondues."""
    valeurs = [juste for r in resultats for juste in r.faits.values()]
    return sum(valeurs) / len(valeurs) if valeurs else 1.0


def score_global(resultats: list[ResultatOffre], *, format_2: bool = False) -> Score:
    """Le score des feuilles cumulé sur les offres qui ont une offre entière
    (celle du format 1, ou celle du format 2 si ``format_2``)."""
    scores = (r.feuilles_v2 if format_2 else r.feuilles for r in resultats)
    return sum((s for s in scores if s is not None), Score())
