"""Configuration Sphinx de la documentation de fpt_offres.

La construction ne demande pas le réseau : pas d'intersphinx (la CI peut être
hors ligne). Les quelques types extérieurs que Sphinx ne peut donc pas relier
sont listés dans ``nitpick_ignore`` ; tout le reste doit se résoudre (``-n -W``).
"""

from __future__ import annotations

import doctest
import sys
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.ext.doctest import DoctestDirective

from fpt_offres import __version__

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

# -- Projet ------------------------------------------------------------------------------

project = "fpt_offres"
author = "L'équipe fpt_offres"
copyright = "2026, L'équipe fpt_offres"
release = __version__
version = ".".join(release.split(".")[:2])
language = "fr"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    # docs/_ext :
    "tables_nomenclature",  # tables écrites d'après la nomenclature
    "signatures_attrs",  # valeurs par défaut lisibles dans les signatures attrs
    "references_facade",  # références des docstrings vers les noms de la façade
    "catalogue_regles",  # catalogue des règles écrit d'après le registre
]

source_suffix = {".md": "markdown"}
root_doc = "index"
# generated/ ne contient que des morceaux inclus par d'autres pages.
exclude_patterns = ["_build", "generated", "Thumbs.db", ".DS_Store"]

# -- MyST --------------------------------------------------------------------------------

myst_enable_extensions = ["deflist"]  # listes de définitions (demarrage.md)
# Dans le README, les exemples sont des blocs « pycon » (colorés sur les forges) ;
# ce réglage en fait la directive « pycon » ci-dessous, que le constructeur
# doctest exécute : l'exemple du README, inclus par index.md, reste donc vrai.
myst_fence_as_directive = ["pycon"]

# -- autodoc et napoleon -----------------------------------------------------------------

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
python_use_unqualified_type_names = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- doctest -----------------------------------------------------------------------------

# Les exemples des pages sont des directives {doctest} ou {testcode}/{testoutput}.
# Les doctests des docstrings sont déjà exécutés par pytest (--doctest-modules) ;
# ils ne sont pas rejoués ici, hors de l'espace de noms de leur module.
doctest_test_doctest_blocks = ""
# Sans IGNORE_EXCEPTION_DETAIL : les messages d'erreur font partie de ce qui est documenté.
doctest_default_flags = (
    doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.DONT_ACCEPT_TRUE_FOR_1
)

# -- références nitpicky -----------------------------------------------------------------

# Sans intersphinx, les types de la bibliothèque standard et des bibliothèques tierces
# ne peuvent pas être reliés ; on les nomme ici plutôt que de taire toutes les erreurs.
nitpick_ignore = [
    ("py:class", "collections.abc.Callable"),
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "datetime.date"),
    ("py:class", "datetime.time"),
    ("py:class", "decimal.Decimal"),
    ("py:class", "os.PathLike"),
    ("py:class", "cattrs.converters.Converter"),
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:func", "attrs.evolve"),
]

# -- HTML --------------------------------------------------------------------------------

html_theme = "furo"
html_title = f"fpt_offres {release}"
html_show_sourcelink = False


class ExemplePycon(DoctestDirective):
    """Un bloc ```` ```pycon ```` de Markdown, exécuté comme une directive doctest."""

    def run(self) -> list[Any]:
        """Se comporte exactement comme la directive ``doctest``."""
        self.name = "doctest"
        return super().run()


def setup(app: Sphinx) -> None:
    """Déclare la directive ``pycon``."""
    app.add_directive("pycon", ExemplePycon)
