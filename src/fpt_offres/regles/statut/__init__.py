"""Règles sur le statut : catégories, grades, filières, emplois fonctionnels, versant.

La famille tient en deux modules, dans l'ordre du catalogue : :mod:`.grades` (l'accord
entre les catégories, cadres d'emplois, grades et filières que l'offre nomme) et
:mod:`.employeur` (le statut au regard de l'employeur : sa population, son type, son
versant).

Sources : CGFP L411-2 (catégories) ; décret n° 2018-1351 art. 3 (catégorie et
grade dans l'avis de vacance) ; décrets n° 87-1101 et n° 90-128 (seuils des
emplois fonctionnels) ; loi n° 2023-1380 (secrétaire général de mairie).
"""

from __future__ import annotations

# L'ordre de ces imports est celui où les règles s'inscrivent, donc celui du catalogue : isort
# ne doit pas les ranger par ordre alphabétique.
# isort: off
from fpt_offres.regles.statut import (  # noqa: F401  (l'import inscrit les règles)
    grades,
    employeur,
)

# isort: on

__all__: list[str] = []
