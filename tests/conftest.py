"""Réglages communs des tests : profils hypothesis.

Le profil se choisit par la variable d'environnement ``HYPOTHESIS_PROFILE`` ;
à défaut, ``ci`` quand la variable ``CI`` est posée (comme en intégration
continue), ``dev`` sinon :

- ``dev`` : 50 exemples par propriété, pour travailler vite ;
- ``rapide`` : 20 exemples, sans contrôle de lenteur ni réduction du contre-exemple,
  pour une machine chargée ;
- ``ci`` : 500 exemples par propriété, sans délai par exemple, avec le blob de
  reproduction affiché en cas d'échec (``.ci/run`` le choisit).
"""

from __future__ import annotations

import os
import sys
import tracemalloc
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, Phase, settings

# Aucune limite de temps dans les profils : la vitesse se mesure au banc (make bench), jamais
# dans un test ; une machine chargée ne doit pas faire échouer une propriété vraie.
settings.register_profile(
    "dev", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "rapide",
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    # La CI tire toujours les mêmes exemples : un rouge se reproduit, et ne dépend pas du
    # hasard d'un tirage ; l'exploration au hasard est celle du profil dev, à chaque usage.
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture
def sorties_au_neant(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """stdout et stderr vers /dev/null : ce qui est écrit ne s'accumule pas en mémoire."""
    with open(os.devnull, "w", encoding="utf-8") as neant:
        monkeypatch.setattr(sys, "stdout", neant)
        monkeypatch.setattr(sys, "stderr", neant)
        yield


@pytest.fixture
def pic_d_allocations() -> Callable[[list[str]], int]:
    """Le pic des allocations Python (tracemalloc) d'une commande ``fpt-offres``."""
    from fpt_offres import cli

    def pic(arguments: list[str]) -> int:
        tracemalloc.start()
        try:
            cli.main(arguments)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    return pic
