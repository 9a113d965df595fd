"""Ce que les commandes écrivent : problèmes signalés, JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from fpt_offres.cli._entrees import resultats_de
from fpt_offres.erreurs import OffreInvalide
from fpt_offres.modele import Offre

__all__ = ["ecrire_json", "offres_valides", "signaler"]


def signaler(etiquette: str, erreur: OffreInvalide) -> None:
    """Chaque problème de ``erreur`` sur la sortie d'erreur : « étiquette: chemin: message »."""
    for probleme in erreur.problemes:
        print(f"{etiquette}: {probleme.chemin or '(racine)'}: {probleme.message}", file=sys.stderr)


def offres_valides(chemins: Sequence[str]) -> tuple[list[Offre], bool]:
    """Les offres lisibles, et vrai si une entrée a été refusée (signalée sur stderr)."""
    offres, refus = [], False
    for etiquette, resultat in resultats_de(chemins):
        if isinstance(resultat, OffreInvalide):
            signaler(etiquette, resultat)
            refus = True
        else:
            offres.append(resultat)
    return offres, refus


def ecrire_json(donnees: object) -> None:
    """``donnees`` en JSON indenté, UTF-8 lisible, sur la sortie standard."""
    print(json.dumps(donnees, ensure_ascii=False, indent=2))
