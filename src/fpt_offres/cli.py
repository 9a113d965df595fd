"""La ligne de commande ``fpt-offres`` (aussi ``python -m fpt_offres``)."""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

from fpt_offres._exemples import exemples
from fpt_offres.convert import depuis_json
from fpt_offres.erreurs import OffreInvalide
from fpt_offres.modele import Offre, PriseDePoste

__all__ = ["main", "resumer"]


def _date(date: datetime.date | PriseDePoste | None) -> str:
    from babel.dates import format_date  # noqa: PLC0415  (babel se charge au premier usage)

    if date is None:
        return "non précisée"
    if isinstance(date, PriseDePoste):
        return "dès que possible"
    return str(format_date(date, "d MMMM y", locale="fr_FR"))


def resumer(offre: Offre) -> str:
    """Un résumé en français de l'offre : employeur, intitulé, catégories, temps, date limite, missions.

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
    nombre = offre.missions.nombre_activites
    return (
        f"{offre.employeur.nom} — {offre.intitule}\n"
        f"  catégories : {categories} · temps : {', '.join(morceaux) or 'non précisé'}"
        f" · date limite : {_date(offre.calendrier.date_limite_candidature)}"
        f" · {nombre} mission{'s' if nombre > 1 else ''}"
    )


def _lire(chemin: str) -> Offre:
    donnees = sys.stdin.buffer.read() if chemin == "-" else Path(chemin).read_bytes()
    return depuis_json(donnees)


def _commande_resume(arguments: argparse.Namespace) -> int:
    if not arguments.fichiers:
        offres = [("exemple", o) for o in exemples()]
    else:
        offres = []
        for chemin in arguments.fichiers:
            try:
                offres.append((chemin, _lire(chemin)))
            except (OSError, OffreInvalide) as erreur:
                print(f"{chemin}: {erreur}", file=sys.stderr)
                return 1
    print("\n\n".join(resumer(offre) for _, offre in offres))
    return 0


def _analyseur() -> argparse.ArgumentParser:
    analyseur = argparse.ArgumentParser(
        prog="fpt-offres",
        description="Offres d'emploi de la fonction publique : lire, vérifier, résumer.",
    )
    commandes = analyseur.add_subparsers(dest="commande", required=True, metavar="COMMANDE")
    resume = commandes.add_parser(
        "resume", help="résume des offres JSON (les offres d'exemple si aucun fichier n'est donné)"
    )
    resume.add_argument(
        "fichiers", nargs="*", metavar="FICHIER", help="offre JSON, ou - pour l'entrée standard"
    )
    resume.set_defaults(action=_commande_resume)
    return analyseur


def main(argv: Sequence[str] | None = None) -> int:
    """Point d'entrée ; rend le code de sortie (0 : succès, 1 : offre invalide, 2 : usage)."""
    arguments = _analyseur().parse_args(argv)
    return int(arguments.action(arguments))
