"""Règles sur le recrutement de contractuels : base légale, durée, renouvellement, CDI.

Elles ne portent que sur les employeurs de la fonction publique territoriale :
les bases légales de la nomenclature sont celles du CGFP pour la FPT (L332-8 et
suivants, L343-1). Les durées viennent de la nomenclature, chaque base avec sa
source.

La famille tient en trois modules, dans l'ordre du catalogue : :mod:`.duree` (durée
et nature du contrat), :mod:`.ouverture` (le fondement du recrutement : emploi
permanent ou non, base absente, ouverture aux titulaires) et :mod:`.cas_particuliers`
(cas de L332-8 et L343-1 réservés à certains employeurs ou postes).

Sources : CGFP L311-1, L332-8 à L332-14, L332-23, L332-24, L343-1 ;
décret n° 88-145 art. 3.
"""

from __future__ import annotations

# L'ordre de ces imports est celui où les règles s'inscrivent, donc celui du catalogue : isort
# ne doit pas les ranger par ordre alphabétique.
# isort: off
from fpt_offres.regles.contrat import (  # noqa: F401  (l'import inscrit les règles)
    duree,
    ouverture,
    cas_particuliers,
)

# isort: on

__all__: list[str] = []
