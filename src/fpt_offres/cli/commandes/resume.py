"""``fpt-offres resume`` : un résumé en français de chaque offre."""

from __future__ import annotations

import argparse
import datetime
import sys

from fpt_offres._exemples import exemples
from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import ajouter_fichiers
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import Lot
from fpt_offres.formatage import formater_date
from fpt_offres.modele import Offre, PriseDePoste

__all__ = ["COMMANDE", "resumer"]


def _date(date: datetime.date | PriseDePoste | None) -> str:
    if date is None:
        return "non précisée"
    if isinstance(date, PriseDePoste):
        return "dès que possible"
    return formater_date(date)


def resumer(offre: Offre) -> str:
    """Un résumé en français : employeur, intitulé, catégories, temps, date limite, missions.

    >>> from fpt_offres import exemples
    >>> print(resumer(exemples()[0]))
    Département de la Marne — Secrétaire général auprès de la Directrice générale des services (F/H)
      catégories : A, A+ · temps : complet · date limite : 30 avril 2026 · 20 missions
    """
    categories = ", ".join(c.value for c in offre.statut.categories) or "non précisées"
    temps = offre.conditions.temps
    morceaux = []
    if temps is not None:
        morceaux += [r.value.replace("_", " ") for r in temps.regimes]
        if temps.heures_hebdo is not None:
            morceaux.append(
                f"{temps.heures_hebdo.heures} h {temps.heures_hebdo.minutes:02d} par semaine"
            )
        if temps.quotite is not None:
            morceaux.append(f"quotité {temps.quotite} %")
    nombre = offre.missions.nombre_activites_dit
    missions = (
        "missions non dites" if nombre is None else f"{nombre} mission{'s' if nombre > 1 else ''}"
    )
    return (
        f"{offre.employeur.nom or 'employeur non nommé'} — {offre.intitule}\n"
        f"  catégories : {categories} · temps : {', '.join(morceaux) or 'non précisé'}"
        f" · date limite : {_date(offre.calendrier.date_limite_candidature)}"
        f" · {missions}"
    )


def _executer(arguments: argparse.Namespace) -> int:
    if not arguments.fichiers:
        print("\n\n".join(resumer(offre) for offre in exemples()))
        return Code.SUCCES
    lot = Lot(arguments.fichiers)
    for rang, offre in enumerate(lot.offres()):
        print(f"\n{resumer(offre)}" if rang else resumer(offre))
    print(lot.bilan("résumée"), file=sys.stderr)
    return Code.REFUS if lot.refusees else Code.SUCCES


def _arguments(commande: argparse.ArgumentParser) -> None:
    ajouter_fichiers(commande, au_moins_un=False)


COMMANDE = Commande(
    "resume", "résume des offres (les offres d'exemple sans fichier)", _executer, _arguments
)
