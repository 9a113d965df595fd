"""Ce que les règles sur le statut partagent : les grades que leurs ``declencher`` nomment, et
l'offre sans grade ni cadre d'emplois que plusieurs ``epargner`` rendent."""

from __future__ import annotations

import attrs

from fpt_offres import nomenclature
from fpt_offres.modele import Grade, Offre
from fpt_offres.regles import _outils as o


def grade(code: str) -> Grade:
    """Le grade de code ``code`` dans la nomenclature."""
    return nomenclature.grades_par_code()[code]


def sans_grades(offre: Offre) -> Offre:
    """``offre`` qui ne nomme ni grade ni cadre d'emplois, ni lus ni tels qu'écrits."""
    return o.avec_statut(
        offre,
        attrs.evolve(
            offre.statut,
            cadres_emplois=(),
            cadres_emplois_tels_qu_ecrits=(),
            grades=(),
            grades_tels_qu_ecrits=(),
        ),
    )
