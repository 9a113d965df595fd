"""Règle sur la rémunération : l'offre en dit-elle quelque chose ?

Source : décret n° 2018-1351 art. 3, qui permet à l'avis de vacance de
mentionner les éléments de rémunération (mention facultative, d'où une
information).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from fpt_offres.modele import Offre, Remuneration
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []


def _muette(remuneration: Remuneration) -> bool:
    return not (
        remuneration.statutaire
        or remuneration.indices is not None
        or remuneration.salaires
        or remuneration.regime_indemnitaire is not None
        or remuneration.nbi is not None
        or remuneration.precision is not None
    )


def _declencher(offre: Offre) -> Offre:
    return attrs.evolve(offre, remuneration=Remuneration(avantages=offre.remuneration.avantages))


def _epargner(offre: Offre) -> Offre:
    return attrs.evolve(offre, remuneration=attrs.evolve(offre.remuneration, statutaire=True))


@enregistrer(
    code="REMUNERATION-ABSENTE",
    severite=Severite.INFORMATION,
    versants=o.TOUS,
    titre="Rien sur la rémunération",
    source=o.S.decret_2018_1351,
    correction="annoncer la rémunération : statutaire (grille, indices), régime indemnitaire, "
    "ou un montant ou une fourchette",
    declencher=_declencher,
    epargner=_epargner,
)
def remuneration_absente(offre: Offre) -> Iterator[Constat]:
    """L'avis de vacance peut mentionner les éléments de rémunération de l'emploi (décret n° 2018-1351 art. 3) ; une offre qui n'en dit rien (ni grille, ni régime indemnitaire, ni montant) prive le candidat d'un élément décisif. Les avantages (CNAS, titres-restaurant…) ne sont pas la rémunération."""
    if _muette(offre.remuneration):
        yield Constat(
            chemin="remuneration",
            message="l'offre ne dit rien de la rémunération : ni grille statutaire, ni régime "
            "indemnitaire, ni montant",
        )
