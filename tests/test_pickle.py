"""Une offre passe par pickle (processus de calcul, Dask, Spark) à travers son JSON compact.

La réduction est attachée par la couche de conversion : le modèle n'importe jamais
le convertisseur. Les mesures (temps, octets) sont dans ``benchmarks/bench_pickle.py``.
"""

from __future__ import annotations

import ast
import copy
import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import given

from fpt_offres import Offre, depuis_json, exemples, vers_json
from fpt_offres.strategies import offres

MODELE = Path(__file__).parents[1] / "src" / "fpt_offres" / "modele"


@given(offres())
def test_pickle_redonne_l_offre(offre: Offre) -> None:
    for protocole in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(offre, protocol=protocole)) == offre


@pytest.mark.parametrize("rang", range(5))
def test_pickle_porte_le_json_compact(rang: int) -> None:
    """Le pickle contient le document JSON compact de l'offre, et pas l'état attrs."""
    offre = exemples()[rang]
    octets = pickle.dumps(offre)
    json_compact = vers_json(offre, indent=None).encode()
    assert json_compact in octets
    assert len(octets) < len(json_compact) + 100
    assert depuis_json(json_compact) == pickle.loads(octets)


def test_copies() -> None:
    offre = exemples()[0]
    assert copy.copy(offre) == offre
    assert copy.deepcopy(offre) == offre
    liste = [offre, offre]
    relue = pickle.loads(pickle.dumps(liste))
    assert relue == liste
    assert relue[0] is relue[1]  # pickle garde le partage d'un même objet


@attrs.frozen(kw_only=True)
class OffreAnnotee(Offre):
    note: str = "à relire"


def test_sous_classe_garde_son_type() -> None:
    """Le JSON ne sait pas nommer une sous-classe : elle garde la réduction ordinaire."""
    base = exemples()[1]
    offre = OffreAnnotee(**{a.name: getattr(base, a.name) for a in attrs.fields(Offre)})
    relue = pickle.loads(pickle.dumps(offre))
    assert type(relue) is OffreAnnotee
    assert relue == offre


def test_le_modele_n_importe_pas_la_conversion() -> None:
    """La réduction vit dans convert ; aucun module du modèle n'importe le convertisseur."""
    for fichier in MODELE.glob("*.py"):
        arbre = ast.parse(fichier.read_text(encoding="utf-8"))
        for noeud in ast.walk(arbre):
            if isinstance(noeud, ast.ImportFrom):
                noms = [noeud.module or "", *(f"{noeud.module}.{a.name}" for a in noeud.names)]
            elif isinstance(noeud, ast.Import):
                noms = [a.name for a in noeud.names]
            else:
                continue
            assert not any(
                n.startswith(("fpt_offres.convert", "fpt_offres.conversion")) for n in noms
            ), fichier
    assert vars(Offre)["__reduce_ex__"].__module__ == "fpt_offres.conversion._pickle"
