"""La façade ``fpt_offres`` : chaque nom public se résout, et l'import reste léger."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys

import pytest

import fpt_offres

PARESSEUX = (
    "fpt_offres.rendu",
    "fpt_offres.regles",
    "fpt_offres.lecture",
    "fpt_offres.titres",
    "fpt_offres.exports.jsonld",
    "fpt_offres.exports.schema",
    "fpt_offres.exports.jsonld_page",
    "fpt_offres.exports.tables",
    "pyarrow",
    "babel",
    "importlib.metadata",
)
"""Ce qu'``import fpt_offres`` ne doit pas charger : le premier usage s'en charge."""


def test_l_import_ne_charge_ni_rendu_ni_regles_ni_exports_web() -> None:
    """``import fpt_offres`` ne charge ni le rendu, ni les règles, ni les exports web, ni babel."""
    code = (
        "import json, sys, fpt_offres; "
        f"print(json.dumps([m for m in {list(PARESSEUX)!r} if m in sys.modules]))"
    )
    sortie = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(sortie) == []


@pytest.mark.parametrize("nom", fpt_offres.__all__)
def test_chaque_nom_public_se_resout(nom: str) -> None:
    """Chaque nom de ``__all__`` se résout, qu'il soit chargé à l'import ou au premier usage."""
    assert getattr(fpt_offres, nom) is not None


def test_les_fonctions_paresseuses_sont_les_fonctions_et_non_leurs_modules() -> None:
    """``fpt_offres.jsonld`` est la fonction, bien que son module s'appelle aussi ``jsonld``."""
    from fpt_offres.exports.jsonld import jsonld
    from fpt_offres.rendu import formater

    assert fpt_offres.jsonld is jsonld
    assert fpt_offres.formater is formater


def test_un_nom_inconnu_leve_attribute_error() -> None:
    """Un nom absent de la façade lève AttributeError, comme pour tout module."""
    with pytest.raises(AttributeError, match="nimporte"):
        _ = fpt_offres.nimporte


@pytest.mark.parametrize(
    ("ancien", "nouveau"),
    [
        ("fpt_offres.convert", "fpt_offres.conversion"),
        ("fpt_offres.jsonl", "fpt_offres.conversion"),
    ],
)
def test_les_anciens_chemins_de_la_conversion_donnent_les_memes_objets(
    ancien: str, nouveau: str
) -> None:
    """``from fpt_offres.convert import …`` et ``fpt_offres.jsonl`` marchent toujours, à l'identique."""
    module_ancien = importlib.import_module(ancien)
    module_nouveau = importlib.import_module(nouveau)
    assert module_ancien.__all__
    for nom in module_ancien.__all__:
        assert getattr(module_ancien, nom) is getattr(module_nouveau, nom)
