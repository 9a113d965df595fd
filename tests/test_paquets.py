"""Les paquets sdist et wheel : construits, complets, et le sdist se vérifie lui-même.

Construits une fois (``python -m build --no-isolation`` : hors ligne, avec le
hatchling installé par l'extra ``test``). Le paquet source doit contenir tout ce
que nomment ses propres réglages (mypy, pytest, ruff, le Makefile), sans quoi
``make typecheck`` ou ``make test`` échouerait dans le paquet déballé. Le test
passe aussi depuis un sdist déballé, qui se reconstruit lui-même.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from email.parser import HeaderParser
from pathlib import Path, PurePosixPath

import pytest

RACINE = Path(__file__).parents[1]
CONFIG = tomllib.loads((RACINE / "pyproject.toml").read_text(encoding="utf-8"))
NOM = "fpt_offres-" + CONFIG["project"]["version"]


@pytest.fixture(scope="module")
def paquets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    sortie = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(sortie), str(RACINE)],
        check=True,
        capture_output=True,
    )
    return sortie / f"{NOM}.tar.gz", sortie / f"{NOM}-py3-none-any.whl"


def _contenu_sdist(sdist: Path) -> set[PurePosixPath]:
    with tarfile.open(sdist) as archive:
        return {PurePosixPath(n).relative_to(NOM) for n in archive.getnames() if n != NOM}


def _nommes_par_la_configuration() -> set[str]:
    """Les chemins que nomment pyproject.toml et le Makefile, et qui existent ici."""
    outils = CONFIG["tool"]
    noms = {*outils["mypy"]["files"], *outils["pytest"]["ini_options"]["testpaths"]}
    noms |= set(outils["ruff"]["src"])
    noms |= {CONFIG["project"]["readme"], "pyproject.toml", "LICENSE", "CHANGELOG.md"}
    makefile = (RACINE / "Makefile").read_text(encoding="utf-8")
    noms |= {"Makefile"} | set(re.findall(r"(?<![\w./$-])([a-z]+(?:/[\w.*-]+)+)", makefile))
    # Ce que le Makefile écrit (la documentation construite) n'est pas une source à livrer.
    produits = ("docs/_build",)
    return {n for n in noms if list(RACINE.glob(n)) and not n.startswith(produits)}


def test_le_sdist_contient_ce_que_sa_configuration_nomme(paquets: tuple[Path, Path]) -> None:
    contenu = _contenu_sdist(paquets[0])
    nommes = _nommes_par_la_configuration()
    assert {"src", "tests", "examples", "benchmarks", "docs/conf.py", "LICENSE"} <= nommes
    for nom in nommes:
        for chemin in RACINE.glob(nom):
            fichiers = (
                [chemin]
                if chemin.is_file()
                # un dossier de code : ses modules ; un dossier de données (tests/annonces) : tout
                else list(chemin.rglob("*.py")) or [f for f in chemin.rglob("*") if f.is_file()]
            )
            assert fichiers, nom
            for fichier in fichiers:
                relatif = PurePosixPath(fichier.relative_to(RACINE).as_posix())
                assert relatif in contenu, f"{relatif} (nommé par « {nom} ») manque au sdist"


def test_le_sdist_sans_artefacts(paquets: tuple[Path, Path]) -> None:
    contenu = _contenu_sdist(paquets[0])
    assert not [c for c in contenu if c.parts[0].startswith((".venv", "dist", "build"))]
    assert not [c for c in contenu if "__pycache__" in c.parts or c.parts[:2] == ("docs", "_build")]


def test_la_roue_et_ses_metadonnees(paquets: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(paquets[1]) as roue:
        noms = set(roue.namelist())
        metadonnees = roue.read(f"{NOM}.dist-info/METADATA").decode()
        licence = roue.read(f"{NOM}.dist-info/licenses/LICENSE").decode()
    assert {"fpt_offres/py.typed", "fpt_offres/__init__.py"} <= noms
    assert sum(n.startswith("fpt_offres/exemples/") and n.endswith(".json") for n in noms) == 5
    entetes = HeaderParser().parsestr(metadonnees)
    assert entetes["License-Expression"] == CONFIG["project"]["license"] == "MIT"
    assert licence.startswith("MIT License")
    assert "L'équipe fpt_offres" in licence
    adresses = dict(u.split(", ", 1) for u in entetes.get_all("Project-URL", []))
    assert adresses == CONFIG["project"]["urls"]
    assert set(adresses) == {"Documentation", "Source", "Changelog", "Issues"}
    assert all(a.startswith("https://") for a in adresses.values())
    assert "pip install fpt-offres" in (entetes.get_payload() or "")


def test_le_readme_decrit_chaque_cible_make() -> None:
    """La table « Cibles make » du README nomme exactement les cibles que `make help` liste."""
    makefile = (RACINE / "Makefile").read_text(encoding="utf-8")
    cibles = set(re.findall(r"^([a-z-]+):.*##", makefile, flags=re.MULTILINE))
    readme = (RACINE / "README.md").read_text(encoding="utf-8")
    decrites = set(re.findall(r"^\| `make ([a-z-]+)` \|", readme, flags=re.MULTILINE))
    assert "test" in cibles
    assert decrites == cibles
