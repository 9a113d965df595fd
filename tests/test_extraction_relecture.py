"""La bibliothèque lit ce qu'elle écrit : ``extraire(formater(offre))`` redonne la ligne.

Pour toute offre engendrée, dans chaque format d'annonce (texte, Markdown, HTML),
les champs que l'annonce énonce sous leur libellé se relisent à l'identique.
"""

from __future__ import annotations

from typing import get_args

import pytest
from hypothesis import given, settings

from fpt_offres import ligne
from fpt_offres.extraction import extraire
from fpt_offres.modele import Offre
from fpt_offres.rendu import FormatRendu, formater
from fpt_offres.strategies import offres

RELUS = (
    "reference",
    "date_publication",
    "date_limite_candidature",
    "date_prise_poste",
    "departement_code",
    "temps_travail",
    "heures_hebdo",
    "contact_email",
)
"""Les clés de :func:`~fpt_offres.ligne` que l'annonce écrit sous un libellé à elles."""


@pytest.mark.parametrize("format_", get_args(FormatRendu))
@settings(deadline=None)
@given(offre=offres())
def test_l_annonce_se_relit(format_: FormatRendu, offre: Offre) -> None:
    attendu = ligne(offre)
    extraction = extraire(formater(offre, format_))
    obtenu = ligne(extraction)
    # Deux faits du format 2 que l'extraction ne relit pas encore : le département du poste
    # (distinct de celui de l'employeur) et une durée maximale citée (lue comme la durée).
    non_relus = {
        "departement_code": offre.poste.departement is not None,
        "heures_hebdo": offre.conditions.temps is not None
        and offre.conditions.temps.maximum_cite is not None,
    }
    for cle in RELUS:
        if non_relus.get(cle):
            continue
        valeur = attendu[cle]
        if isinstance(valeur, str):
            # Un texte que l'annonce n'écrit pas tel quel (un blanc que HTML réduit, un
            # caractère de contrôle remplacé) n'est pas énoncé ; des blancs autour d'une valeur
            # ne se distinguent pas de la mise en page (« Référence :  0 »).
            if valeur not in extraction.texte:
                continue
            valeur = valeur.strip()
        if valeur not in (None, []):
            obtenu_cle = obtenu[cle].strip() if isinstance(obtenu[cle], str) else obtenu[cle]
            assert obtenu_cle == valeur, cle
