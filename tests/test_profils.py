"""Les profils hypothesis de ``conftest.py`` : une machine lente ou chargée ne fait pas rougir.

Revue du nouveau venu 2026-12 (D13) : le profil ``dev``, celui d'un ``make test`` sans
variable d'environnement, gardait le contrôle ``too_slow`` ; sur une machine partagée ou un
Python plus lent, des propriétés vraies échouaient au hasard. La vitesse se mesure au banc,
jamais dans un test : aucun profil n'a de délai par exemple ni de contrôle de lenteur.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings


@pytest.mark.parametrize("profil", ["dev", "rapide", "ci"])
def test_aucun_profil_ne_juge_la_vitesse(profil: str) -> None:
    reglages = settings.get_profile(profil)
    assert reglages.deadline is None
    assert HealthCheck.too_slow in reglages.suppress_health_check
