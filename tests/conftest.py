"""Réglages communs des tests : profils hypothesis.

Le profil se choisit par la variable d'environnement ``HYPOTHESIS_PROFILE``
(``dev`` par défaut) :

- ``dev`` : 50 exemples par propriété, pour travailler vite ;
- ``ci`` : 500 exemples par propriété, sans délai par exemple, avec le blob de
  reproduction affiché en cas d'échec (``.ci/run`` le choisit).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=50)
settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    derandomize=False,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
