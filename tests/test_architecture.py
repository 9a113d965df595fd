"""Les couches du paquet : chaque module n'importe que des couches inférieures.

La table :data:`COUCHES` est celle de la page « Architecture » de la
documentation ; les imports sont lus dans le source (y compris ceux faits dans
une fonction), pour qu'un import paresseux ne cache pas un cycle.
"""

from __future__ import annotations

import ast
import pathlib

import pytest

import fpt_offres

RACINE = pathlib.Path(fpt_offres.__file__).parent

COUCHES = {
    "erreurs": 0,
    "_texte": 0,
    "_demesure": 0,
    "bornes": 0,
    "identifiants": 1,
    "_typage": 1,
    "_validateurs": 2,
    "nomenclature": 3,
    "modele": 4,
    "titres": 5,
    "formatage": 5,
    "lecture": 6,
    "conversion": 5,
    "regles": 5,
    "rendu": 6,
    "exports": 7,
    "strategies": 7,
    "_exemples": 7,
    "extraction": 8,
    "cli": 9,
    "convert": 9,
    "jsonl": 9,
    "__init__": 10,
    "__main__": 10,
}
"""Le rang de chaque partie du paquet : une partie n'importe que des rangs inférieurs."""


def _partie(module: str) -> str:
    morceaux = module.split(".")
    return morceaux[1] if len(morceaux) > 1 else "__init__"


def _imports(fichier: pathlib.Path) -> set[str]:
    """Les modules fpt_offres qu'importe ``fichier``, où que soit l'import."""
    cibles: set[str] = set()
    for noeud in ast.walk(ast.parse(fichier.read_text(encoding="utf-8"))):
        if isinstance(noeud, ast.ImportFrom) and (noeud.module or "").startswith("fpt_offres"):
            module = noeud.module or ""
            if module == "fpt_offres":
                cibles.update(f"fpt_offres.{alias.name}" for alias in noeud.names)
            else:
                cibles.add(module)
        elif isinstance(noeud, ast.Import):
            cibles.update(a.name for a in noeud.names if a.name.startswith("fpt_offres"))
    return cibles


def _modules() -> list[tuple[str, pathlib.Path]]:
    modules = []
    for fichier in sorted(RACINE.rglob("*.py")):
        morceaux = fichier.relative_to(RACINE.parent).with_suffix("").parts
        modules.append((".".join(morceaux), fichier))
    return modules


def test_chaque_partie_du_paquet_a_son_rang() -> None:
    """Une partie nouvelle du paquet doit prendre place dans la table des couches."""
    parties = {_partie(module.removesuffix(".__init__")) for module, _ in _modules()}
    assert parties - COUCHES.keys() == set()


@pytest.mark.parametrize(("module", "fichier"), _modules(), ids=str)
def test_un_module_n_importe_que_des_couches_inferieures(
    module: str, fichier: pathlib.Path
) -> None:
    """Aucun import ne remonte les couches : ni cycle, ni modèle qui dépende de la conversion."""
    partie = _partie(module.removesuffix(".__init__"))
    fautifs = sorted(
        cible
        for cible in _imports(fichier)
        if _partie(cible) != partie and COUCHES[_partie(cible)] >= COUCHES[partie]
    )
    assert fautifs == [], f"{module} importe une couche de même rang ou supérieure"
