"""Compare fpt_offres à pydantic v2 et à msgspec sur des offres variées (jamais asserté en test).

Lancement : ``make bench``, ou ``python benchmarks/bench_comparaison.py [--offres N] [--tours K]``.

Les trois modèles (fpt_offres, :mod:`modele_pydantic`, :mod:`modele_msgspec`)
lisent et écrivent le même JSON avec les mêmes règles ; le banc le vérifie
d'abord sur chaque offre (aller-retour identique, entrées fautives refusées
avec un chemin), puis mesure dans le même processus, par tours entrelacés
(l'ordre des bibliothèques tourne d'un tour à l'autre), et garde la médiane :

- octets JSON → objet → octets JSON ;
- dict de forme JSON → objet ;
- objet → dict de forme JSON ;
- refus d'une entrée fautive, problèmes et chemins compris ;
- ``import`` dans un processus neuf (médiane de plusieurs processus) ;
- mémoire tenue par offre (tracemalloc, 10 000 objets gardés).

Chaque rapport est « vitesse de fpt_offres / vitesse de pydantic » (pour la
mémoire : octets de fpt_offres / octets de pydantic), à côté du seuil de
l'issue 4. Le script n'échoue jamais sur un seuil : il affiche ✓ ou ✗.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import enumerations
import modele_msgspec
import modele_pydantic
import msgspec
import pydantic

import donnees
import fpt_offres

ICI = Path(__file__).resolve().parent
BIBLIOTHEQUES = ("fpt_offres", "pydantic", "msgspec")


# --- les opérations comparées ---------------------------------------------------------------


def _fpt_json(texte: bytes) -> bytes:
    return fpt_offres.vers_json(fpt_offres.depuis_json(texte), indent=None).encode()


def _pyd_json(texte: bytes) -> bytes:
    offre = modele_pydantic.depuis_json(texte)
    return offre.model_dump_json(exclude_defaults=True).encode()


def _msg_json(texte: bytes) -> bytes:
    return modele_msgspec.vers_json(modele_msgspec.depuis_json(texte))


ALLER_RETOUR: dict[str, Callable[[bytes], bytes]] = {
    "fpt_offres": _fpt_json,
    "pydantic": _pyd_json,
    "msgspec": _msg_json,
}

DEPUIS_JSON: dict[str, Callable[[bytes], object]] = {
    "fpt_offres": fpt_offres.depuis_json,
    "pydantic": modele_pydantic.depuis_json,
    "msgspec": modele_msgspec.depuis_json,
}

DEPUIS_DICT: dict[str, Callable[[dict[str, Any]], object]] = {
    "fpt_offres": fpt_offres.depuis_dict,
    "pydantic": modele_pydantic.Offre.model_validate,
    "msgspec": modele_msgspec.depuis_dict,
}


def _pyd_vers_dict(offre: Any) -> Any:
    return offre.model_dump(mode="json", exclude_defaults=True)


VERS_DICT: dict[str, Callable[[Any], Any]] = {
    "fpt_offres": fpt_offres.vers_dict,
    "pydantic": _pyd_vers_dict,
    "msgspec": modele_msgspec.vers_dict,
}


def _fpt_refus(donnees_: dict[str, Any]) -> list[str]:
    try:
        fpt_offres.depuis_dict(donnees_)
    except fpt_offres.OffreInvalide as erreur:
        return [p.chemin for p in erreur.problemes]
    return []


def _pyd_refus(donnees_: dict[str, Any]) -> list[str]:
    try:
        modele_pydantic.Offre.model_validate(donnees_)
    except pydantic.ValidationError as erreur:
        return [".".join(str(partie) for partie in e["loc"]) for e in erreur.errors()]
    return []


def _msg_refus(donnees_: dict[str, Any]) -> list[str]:
    try:
        modele_msgspec.depuis_dict(donnees_)
    except msgspec.ValidationError as erreur:
        # « … - at `$.employeur.type` » ; à la racine, msgspec n'écrit pas de chemin.
        message = str(erreur)
        return [message[message.rindex("`$") + 1 : -1] if "- at `$" in message else "$"]
    return []


REFUS: dict[str, Callable[[dict[str, Any]], list[str]]] = {
    "fpt_offres": _fpt_refus,
    "pydantic": _pyd_refus,
    "msgspec": _msg_refus,
}

MODULES = {"fpt_offres": "fpt_offres", "pydantic": "modele_pydantic", "msgspec": "modele_msgspec"}


# --- vérification de l'équivalence ------------------------------------------------------------


def _forme_json(valeur: Any) -> Any:
    """``valeur`` telle que JSON la relirait (msgspec.to_builtins garde les tuples)."""
    return json.loads(json.dumps(valeur, ensure_ascii=False))


def _premiere_difference(attendu: Any, obtenu: Any, chemin: str = "") -> str:
    if isinstance(attendu, dict) and isinstance(obtenu, dict):
        for cle in [*attendu, *(c for c in obtenu if c not in attendu)]:
            if attendu.get(cle) != obtenu.get(cle):
                return _premiere_difference(attendu.get(cle), obtenu.get(cle), f"{chemin}.{cle}")
    if isinstance(attendu, list) and isinstance(obtenu, list) and len(attendu) == len(obtenu):
        for rang, (a, o) in enumerate(zip(attendu, obtenu, strict=True)):
            if a != o:
                return _premiere_difference(a, o, f"{chemin}[{rang}]")
    return f"{chemin.lstrip('.') or '(racine)'} : attendu {attendu!r:.60}, obtenu {obtenu!r:.60}"


def _enumerations_identiques() -> list[str]:
    ecarts = []
    for copie in enumerations.ENUMERATIONS:
        original: type[enum.Enum] = getattr(fpt_offres, copie.__name__)
        if [(m.name, m.value) for m in copie] != [(m.name, m.value) for m in original]:
            ecarts.append(f"enumerations.{copie.__name__} diffère de fpt_offres")
    return ecarts


def _aller_retour_json(bib: str, texte: bytes, _donnees: dict[str, Any]) -> Any:
    return json.loads(ALLER_RETOUR[bib](texte))


def _aller_retour_dict(bib: str, _texte: bytes, donnees_: dict[str, Any]) -> Any:
    return _forme_json(VERS_DICT[bib](DEPUIS_DICT[bib](donnees_)))


def verifier(
    dicts: Sequence[dict[str, Any]],
    textes: Sequence[bytes],
    invalides: Sequence[tuple[str, dict[str, Any]]],
) -> list[str]:
    """Les écarts entre les trois modèles (vide quand ils s'accordent partout)."""
    ecarts = _enumerations_identiques()
    for bib in BIBLIOTHEQUES:
        for chemin, produire in (("JSON", _aller_retour_json), ("dict", _aller_retour_dict)):
            fautes = 0
            for rang, (texte, attendu) in enumerate(zip(textes, dicts, strict=True)):
                try:
                    obtenu = produire(bib, texte, attendu)
                except (ValueError, TypeError) as erreur:
                    obtenu = f"refusée : {erreur}"
                if obtenu != attendu:
                    fautes += 1
                    if fautes == 1:
                        difference = _premiere_difference(attendu, obtenu)
                        ecarts.append(f"{bib}, aller-retour {chemin}, offre {rang} : {difference}")
            if fautes > 1:
                ecarts.append(f"{bib}, aller-retour {chemin} : {fautes} offres diffèrent en tout")
        for rang, (genre, entree) in enumerate(invalides):
            chemins = REFUS[bib](entree)
            if not chemins:
                ecarts.append(f"{bib} accepte l'entrée fautive {rang} ({genre})")
            elif not all(chemins):
                ecarts.append(f"{bib} refuse l'entrée {rang} ({genre}) sans chemin")
    return ecarts


# --- chronométrage ---------------------------------------------------------------------------


@dataclass
class Mesure:
    """Une opération chronométrée pour chaque bibliothèque, sur ``nombre`` entrées."""

    nom: str
    nombre: int
    actions: dict[str, Callable[[], object]]
    seuil: float | None
    durees: dict[str, list[float]] = field(default_factory=dict)

    def vitesse(self, bib: str) -> float:
        return self.nombre / statistics.median(self.durees[bib])

    def rapport(self, autre: str) -> float:
        return self.vitesse("fpt_offres") / self.vitesse(autre)


def _tourner(valeurs: Sequence[str], decalage: int) -> Iterator[str]:
    for rang in range(len(valeurs)):
        yield valeurs[(rang + decalage) % len(valeurs)]


def chronometrer(
    mesures: Sequence[Mesure], tours: int, horloge: Callable[[], float] = time.process_time
) -> None:
    """Chaque tour passe chaque mesure par chaque bibliothèque, dans un ordre qui tourne.

    L'horloge par défaut est le temps processeur du processus : sur une machine
    partagée, le temps où le banc attend un cœur n'est compté à personne.
    """
    for mesure in mesures:  # échauffement : convertisseurs construits, caches remplis
        for action in mesure.actions.values():
            action()
    for tour in range(tours):
        for mesure in mesures:
            for bib in _tourner(BIBLIOTHEQUES, tour):
                gc.collect()
                debut = horloge()
                resultat = mesure.actions[bib]()
                mesure.durees.setdefault(bib, []).append(horloge() - debut)
                del resultat
        print(f"  tour {tour + 1}/{tours} fait", file=sys.stderr)


def temps_import(
    repetitions: int, fichier_offre: Path, horloge: str = "process_time"
) -> dict[str, tuple[float, float]]:
    """Médianes, en secondes, de l'import seul et de l'import suivi de la lecture d'une offre."""
    lire = {
        "fpt_offres": "fpt_offres.depuis_json(texte)",
        "pydantic": "modele_pydantic.depuis_json(texte)",
        "msgspec": "modele_msgspec.depuis_json(texte)",
    }
    mesures: dict[str, list[tuple[float, float]]] = {bib: [] for bib in BIBLIOTHEQUES}
    # Un cache de bytecode à part, écrit au premier passage : chaque bibliothèque est lue
    # compilée, comme une fois installée, sans écrire dans l'arbre des sources.
    environnement = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
        "PYTHONPYCACHEPREFIX": str(fichier_offre.parent / "pyc"),
    }
    for rang in range(repetitions + 1):
        for bib in _tourner(BIBLIOTHEQUES, rang):
            code = (
                f"import sys, time; sys.path.insert(0, {str(ICI)!r}); "
                f"texte = open({str(fichier_offre)!r}, 'rb').read(); "
                f"t0 = time.{horloge}(); import {MODULES[bib]}; t1 = time.{horloge}(); "
                f"{lire[bib]}; t2 = time.{horloge}(); print(t1 - t0, t2 - t0)"
            )
            sortie = subprocess.run(
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
                env=environnement,
            ).stdout.split()
            if rang:  # le premier passage compile
                mesures[bib].append((float(sortie[0]), float(sortie[1])))
    return {
        bib: (
            statistics.median(m[0] for m in mesures[bib]),
            statistics.median(m[1] for m in mesures[bib]),
        )
        for bib in BIBLIOTHEQUES
    }


def memoire_par_offre(charger: Callable[[Any], object], entrees: Sequence[Any]) -> float:
    """Octets alloués et gardés par offre quand on tient ``len(entrees)`` objets chargés."""
    charger(entrees[0])
    gc.collect()
    tracemalloc.start()
    avant = tracemalloc.get_traced_memory()[0]
    tenus = [charger(entree) for entree in entrees]
    gc.collect()
    apres = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del tenus
    return (apres - avant) / len(entrees)


# --- affichage -------------------------------------------------------------------------------


def _nombre(valeur: float, decimales: int = 0) -> str:
    texte = f"{valeur:,.{decimales}f}"
    return texte.replace(",", "\u202f").replace(".", ",")


def _rapport(valeur: float) -> str:
    return f"{_nombre(valeur, 2)}×"


def _machine() -> str:
    modele = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for ligne in cpuinfo:
                if ligne.startswith("model name"):
                    modele = ligne.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return f"{modele}, {os.cpu_count()} cœurs, {platform.system()} {platform.release()}"


def _ligne(
    nom: str,
    valeurs: Sequence[str],
    *,
    rapport: float,
    seuil: str,
    atteint: bool | None,
    rapport_msgspec: float,
) -> str:
    colonnes = "".join(f"{v:>13}" for v in valeurs)
    marque = " " if atteint is None else "✓" if atteint else "✗"
    return (
        f"{nom:<34}{colonnes}{_rapport(rapport):>14}  {seuil:<7}{marque}"
        f"{_rapport(rapport_msgspec):>13}"
    )


def _sur_chaque(fonction: Callable[[Any], object], entrees: Sequence[Any]) -> Callable[[], None]:
    """Convertit chaque entrée et lâche aussitôt le résultat, comme une lecture en flux."""

    def action() -> None:
        for entree in entrees:
            fonction(entree)

    return action


def _en_memoire(
    fonction: Callable[[Any], object], entrees: Sequence[Any]
) -> Callable[[], list[object]]:
    """Convertit chaque entrée et garde tous les résultats jusqu'à la fin du tour."""

    def action() -> list[object]:
        return [fonction(entree) for entree in entrees]

    return action


@dataclass
class Resultats:
    """Tout ce que le banc a mesuré."""

    offres: int
    octets_moyens: float
    fautives: int
    tours: int
    mesures: list[Mesure]
    imports: dict[str, tuple[float, float]]
    memoire_json: dict[str, float]
    memoire_dict: dict[str, float]
    ecarts: list[str] | None
    horloge: str = "cpu"


def mesurer(
    offres: int, tours: int, imports: int, *, verification: bool, horloge: str
) -> Resultats:
    """Prépare les offres, vérifie l'équivalence des trois modèles et mesure."""
    print(f"Préparation de {offres} offres…", file=sys.stderr)
    lot = donnees.offres(offres)
    dicts = [fpt_offres.vers_dict(offre) for offre in lot]
    textes = [fpt_offres.vers_json(offre, indent=None).encode() for offre in lot]
    invalides = donnees.entrees_invalides(dicts, max(50, offres // 5))
    fautives = [entree for _, entree in invalides]
    del lot

    ecarts = None
    if verification:
        print("Vérification de l'équivalence des trois modèles…", file=sys.stderr)
        ecarts = verifier(dicts, textes, invalides)

    print("Mesure de l'import (processus neufs)…", file=sys.stderr)
    avec_grades = next(
        (t for t, d in zip(textes, dicts, strict=True) if d.get("statut", {}).get("grades")),
        textes[0],
    )
    with tempfile.TemporaryDirectory() as dossier:
        fichier = Path(dossier) / "offre.json"
        fichier.write_bytes(avec_grades)
        temps = temps_import(imports, fichier, horloge)

    print("Mesure de la mémoire…", file=sys.stderr)
    memoire_json = {bib: memoire_par_offre(DEPUIS_JSON[bib], textes) for bib in BIBLIOTHEQUES}
    memoire_dict = {bib: memoire_par_offre(DEPUIS_DICT[bib], dicts) for bib in BIBLIOTHEQUES}

    objets = {bib: [DEPUIS_DICT[bib](d) for d in dicts] for bib in BIBLIOTHEQUES}
    mesures = [
        Mesure(
            "octets JSON → objet → octets JSON",
            len(textes),
            {b: _sur_chaque(ALLER_RETOUR[b], textes) for b in BIBLIOTHEQUES},
            1.0,
        ),
        Mesure(
            "dict JSON → objet",
            len(dicts),
            {b: _sur_chaque(DEPUIS_DICT[b], dicts) for b in BIBLIOTHEQUES},
            0.55,
        ),
        Mesure(
            "objet → dict JSON",
            len(dicts),
            {b: _sur_chaque(VERS_DICT[b], objets[b]) for b in BIBLIOTHEQUES},
            1.3,
        ),
        Mesure(
            "refus d'une entrée fautive",
            len(fautives),
            {b: _sur_chaque(REFUS[b], fautives) for b in BIBLIOTHEQUES},
            0.5,
        ),
        Mesure(
            f"dict → objet, {len(dicts)} gardés",
            len(dicts),
            {b: _en_memoire(DEPUIS_DICT[b], dicts) for b in BIBLIOTHEQUES},
            None,
        ),
    ]
    # Les entrées et les objets préparés ne changent plus : le ramasse-miettes ne les
    # parcourt plus à chaque collecte complète (le coût mesuré est celui des bibliothèques).
    gc.collect()
    gc.freeze()
    print(f"Chronométrage ({tours} tours)…", file=sys.stderr)
    chronometrer(mesures, tours, getattr(time, horloge))
    gc.unfreeze()
    return Resultats(
        offres=len(dicts),
        octets_moyens=statistics.mean(len(t) for t in textes),
        fautives=len(fautives),
        tours=tours,
        mesures=mesures,
        imports=temps,
        memoire_json=memoire_json,
        memoire_dict=memoire_dict,
        ecarts=ecarts,
    )


def afficher(resultats: Resultats) -> None:
    """Le tableau des mesures et des rapports, en français."""
    print()
    print(
        f"fpt_offres {fpt_offres.__version__} · pydantic {pydantic.VERSION} · "
        f"msgspec {msgspec.__version__} · Python {platform.python_version()}"
    )
    print(f"{_machine()} · {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(
        f"{resultats.offres} offres ({resultats.octets_moyens / 1024:.1f} Kio de JSON en "
        f"moyenne), {resultats.fautives} entrées fautives, médiane de {resultats.tours} tours "
        f"entrelacés, temps {'processeur' if resultats.horloge == 'cpu' else 'mural'}"
    )
    print()
    entete = "".join(f"{b:>13}" for b in BIBLIOTHEQUES)
    print(f"{'Mesure':<34}{entete}{'fpt/pydantic':>14}  {'seuil':<8}{'fpt/msgspec':>13}")
    for mesure in resultats.mesures:
        rapport = mesure.rapport("pydantic")
        print(
            _ligne(
                mesure.nom,
                [f"{_nombre(mesure.vitesse(b))}/s" for b in BIBLIOTHEQUES],
                rapport=rapport,
                seuil="(info)" if mesure.seuil is None else f"≥ {_nombre(mesure.seuil, 2)}",
                atteint=None if mesure.seuil is None else rapport >= mesure.seuil,
                rapport_msgspec=mesure.rapport("msgspec"),
            )
        )
    imports = resultats.imports
    import_fpt = imports["fpt_offres"][0]
    print(
        _ligne(
            "import, processus neuf",
            [f"{_nombre(imports[b][0] * 1000, 1)} ms" for b in BIBLIOTHEQUES],
            rapport=imports["pydantic"][0] / import_fpt,
            seuil="≥ 1,00",
            atteint=import_fpt <= imports["pydantic"][0],
            rapport_msgspec=imports["msgspec"][0] / import_fpt,
        )
    )
    # Les deux autres modèles importent fpt_offres pour sa nomenclature : seul fpt_offres compte.
    premiere = _nombre(imports["fpt_offres"][1] * 1000, 1)
    print(f"{'  import + lecture d’une 1re offre':<34}{premiere:>10} ms")
    for nom, memoire in (
        ("mémoire par offre, lue de JSON", resultats.memoire_json),
        ("mémoire par offre, lue d'un dict", resultats.memoire_dict),
    ):
        rapport = memoire["fpt_offres"] / memoire["pydantic"]
        print(
            _ligne(
                nom,
                [f"{_nombre(memoire[b] / 1024, 1)} Kio" for b in BIBLIOTHEQUES],
                rapport=rapport,
                seuil="≤ 0,60",
                atteint=rapport <= 0.6,
                rapport_msgspec=memoire["fpt_offres"] / memoire["msgspec"],
            )
        )
    print()
    print(
        "Rapports : vitesse de fpt_offres / vitesse de l'autre (import : durée de l'autre / "
        "durée de fpt_offres ; mémoire : octets de fpt_offres / octets de l'autre)."
    )
    print(
        "Chaque résultat est lâché dès qu'il est produit (lecture en flux), ramasse-miettes "
        f"actif ; « {resultats.offres} gardés » : tous les objets restent en mémoire pendant "
        "le tour, et le ramasse-miettes les parcourt à chaque collecte complète."
    )
    print(
        "« lue d'un dict » : les textes sont ceux du dict d'entrée, partagés ; seule la "
        "structure des objets compte. « 1re offre » : une offre à grades et département, "
        "qui charge la nomenclature."
    )
    if resultats.ecarts is None:
        print("Équivalence non vérifiée (--sans-verification).")
    elif resultats.ecarts:
        print(
            f"ATTENTION : {len(resultats.ecarts)} écart(s) entre les modèles, "
            "les rapports sont suspects :"
        )
        for ecart in resultats.ecarts[:20]:
            print(f"  - {ecart}")
    else:
        print(
            f"Équivalence vérifiée : les trois modèles relisent et réécrivent les "
            f"{resultats.offres} offres à l'identique (JSON et dict) et refusent les "
            f"{resultats.fautives} entrées fautives, chaque problème avec son chemin."
        )


def main(argv: Sequence[str] | None = None) -> None:
    """Lit les options, mesure, affiche."""
    parser = argparse.ArgumentParser(
        description="Compare fpt_offres à pydantic v2 et à msgspec (vitesse, import, mémoire)."
    )
    parser.add_argument("--offres", type=int, default=10_000, help="nombre d'offres (10 000)")
    parser.add_argument("--tours", type=int, default=7, help="tours chronométrés (7)")
    parser.add_argument(
        "--imports", type=int, default=11, help="processus neufs par mesure d'import (11)"
    )
    parser.add_argument(
        "--sans-verification", action="store_true", help="ne pas vérifier l'équivalence"
    )
    parser.add_argument(
        "--horloge",
        choices=("cpu", "murale"),
        default="cpu",
        help="temps processeur du processus (défaut, insensible aux voisins) ou temps mural",
    )
    options = parser.parse_args(argv)
    resultats = mesurer(
        options.offres,
        options.tours,
        options.imports,
        verification=not options.sans_verification,
        horloge="process_time" if options.horloge == "cpu" else "perf_counter",
    )
    resultats.horloge = options.horloge
    afficher(resultats)


if __name__ == "__main__":
    main()
