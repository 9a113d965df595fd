"""La ligne de commande ``fpt-offres`` (aussi ``python -m fpt_offres``).

Commandes : ``resume``, ``afficher``, ``valider``, ``verifier``, ``tableau``,
``jsonld``, ``schema``, ``exemples``.

Codes de sortie : 0 succès ; 1 au moins une entrée refusée (offre invalide,
fichier absent, vide, trop gros ou qui n'est pas du JSON) ou, pour ``verifier``,
au moins un diagnostic de sévérité « erreur » ; 2 mauvais usage.
Les fichiers ``.jsonl`` sont lus en flux, une offre par ligne ; ``-`` désigne
l'entrée standard.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from fpt_offres._exemples import exemples, exemples_nommes
from fpt_offres.conversion import TAILLE_MAX, depuis_json, iterer_jsonl, vers_json
from fpt_offres.erreurs import OffreInvalide, Probleme
from fpt_offres.exports.jsonld import jsonld
from fpt_offres.exports.schema import schema_json
from fpt_offres.exports.tableau import ecrire_csv
from fpt_offres.modele import Offre, PriseDePoste
from fpt_offres.regles import Severite, verifier
from fpt_offres.rendu import formater

__all__ = ["main", "resumer"]

Resultat = Offre | OffreInvalide


def _date(date: datetime.date | PriseDePoste | None) -> str:
    from babel.dates import format_date  # noqa: PLC0415  (babel se charge au premier usage)

    if date is None:
        return "non précisée"
    if isinstance(date, PriseDePoste):
        return "dès que possible"
    return str(format_date(date, "d MMMM y", locale="fr_FR"))


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


def _refus(message: str, regle: str) -> OffreInvalide:
    return OffreInvalide([Probleme("", message, regle)])


def _octets(chemin: str) -> bytes:
    """Le contenu d'un fichier (ou de l'entrée standard), sans lire au-delà de la taille admise."""
    if chemin == "-":
        return sys.stdin.buffer.read(TAILLE_MAX + 1)
    fichier = Path(chemin)
    if not fichier.is_file():
        raise _refus(
            "fichier introuvable" if not fichier.exists() else "ce n'est pas un fichier", "fichier"
        )
    if fichier.stat().st_size > TAILLE_MAX:
        raise _refus(f"fichier trop gros pour une offre (plus de {TAILLE_MAX} octets)", "taille")
    return fichier.read_bytes()


def _resultats(chemin: str) -> Iterator[tuple[str, Resultat]]:
    """Chaque offre lue dans ``chemin``, ou l'erreur qui la refuse, avec son étiquette."""
    if chemin.endswith(".jsonl"):
        if not Path(chemin).is_file():
            yield chemin, _refus("fichier introuvable", "fichier")
            return
        for numero, resultat in iterer_jsonl(chemin):
            yield f"{chemin}:{numero}", resultat
        return
    try:
        contenu = _octets(chemin)
        if not contenu.strip():
            raise _refus("fichier vide", "vide")
        if chemin == "-" and _plusieurs_documents(contenu):
            for numero, resultat in iterer_jsonl(io.BytesIO(contenu)):
                yield f"-:{numero}", resultat
            return
        yield chemin, depuis_json(contenu)
    except OffreInvalide as erreur:
        yield chemin, erreur


def _plusieurs_documents(contenu: bytes) -> bool:
    """Vrai quand l'entrée standard porte des JSON Lines plutôt qu'un seul document."""
    try:
        json.loads(contenu)
    except json.JSONDecodeError as erreur:
        return erreur.msg == "Extra data"
    except (UnicodeDecodeError, RecursionError):
        return False
    return False


def _resultats_de(chemins: Sequence[str]) -> Iterator[tuple[str, Resultat]]:
    for chemin in chemins:
        yield from _resultats(chemin)


def _signaler(etiquette: str, erreur: OffreInvalide) -> None:
    for probleme in erreur.problemes:
        print(f"{etiquette}: {probleme.chemin or '(racine)'}: {probleme.message}", file=sys.stderr)


def _offres_valides(chemins: Sequence[str]) -> tuple[list[Offre], bool]:
    """Les offres lisibles, et vrai si une entrée a été refusée (signalée sur stderr)."""
    offres, refus = [], False
    for etiquette, resultat in _resultats_de(chemins):
        if isinstance(resultat, OffreInvalide):
            _signaler(etiquette, resultat)
            refus = True
        else:
            offres.append(resultat)
    return offres, refus


def _commande_resume(arguments: argparse.Namespace) -> int:
    if not arguments.fichiers:
        print("\n\n".join(resumer(offre) for offre in exemples()))
        return 0
    offres, refus = _offres_valides(arguments.fichiers)
    print("\n\n".join(resumer(offre) for offre in offres))
    return int(refus)


def _commande_valider(arguments: argparse.Namespace) -> int:
    valides, refus = 0, 0
    for etiquette, resultat in _resultats_de(arguments.fichiers):
        if isinstance(resultat, OffreInvalide):
            refus += 1
            for probleme in resultat.problemes:
                print(f"{etiquette}: {probleme.chemin or '(racine)'}: {probleme.message}")
        else:
            valides += 1
    print(f"{valides} offre(s) valide(s), {refus} refusée(s)", file=sys.stderr)
    return int(refus > 0)


def _commande_tableau(arguments: argparse.Namespace) -> int:
    offres, refus = _offres_valides(arguments.fichiers)
    ecrire_csv(offres, sys.stdout, excel=arguments.excel)
    return int(refus)


def _date_iso(texte: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(texte)
    except ValueError:
        message = f"date AAAA-MM-JJ attendue, reçu {texte!r}"
        raise argparse.ArgumentTypeError(message) from None


def _commande_verifier(arguments: argparse.Namespace) -> int:
    # La bibliothèque ne lit jamais l'horloge ; la commande, si : c'est son rôle.
    aujourd_hui = arguments.aujourd_hui or datetime.date.today()  # noqa: DTZ011
    rapport: list[dict[str, object]] = []
    erreur_trouvee = False
    for etiquette, resultat in _resultats_de(arguments.fichiers):
        if isinstance(resultat, OffreInvalide):
            _signaler(etiquette, resultat)
            erreur_trouvee = True
            continue
        for diagnostic in verifier(resultat, aujourd_hui=aujourd_hui):
            erreur_trouvee |= diagnostic.severite is Severite.ERREUR
            if arguments.format == "json":
                rapport.append({"fichier": etiquette, **diagnostic.vers_dict()})
            else:
                print(f"{etiquette}: {diagnostic.severite.value}: {diagnostic}")
    if arguments.format == "json":
        _ecrire_json(rapport)
    return int(erreur_trouvee)


def _commande_afficher(arguments: argparse.Namespace) -> int:
    offres, refus = _offres_valides([arguments.fichier])
    if refus:
        return 1
    (offre,) = offres
    print(
        formater(
            offre, arguments.format, aujourd_hui=arguments.aujourd_hui, espaces=arguments.espaces
        ),
        end="",
    )
    return 0


def _ecrire_json(donnees: object) -> None:
    print(json.dumps(donnees, ensure_ascii=False, indent=2))


def _commande_jsonld(arguments: argparse.Namespace) -> int:
    offres, refus = _offres_valides([arguments.fichier])
    if refus:
        return 1
    (offre,) = offres
    _ecrire_json(jsonld(offre))
    return 0


def _commande_schema(_arguments: argparse.Namespace) -> int:
    _ecrire_json(schema_json())
    return 0


def _commande_exemples(arguments: argparse.Namespace) -> int:
    if arguments.dossier is None:
        for _, offre in exemples_nommes():
            print(vers_json(offre, indent=None))
        return 0
    dossier = Path(arguments.dossier)
    dossier.mkdir(parents=True, exist_ok=True)
    for nom, offre in exemples_nommes():
        (dossier / f"{nom}.json").write_text(vers_json(offre) + "\n", encoding="utf-8")
        print(dossier / f"{nom}.json")
    return 0


def _fichiers(commande: argparse.ArgumentParser, *, au_moins_un: bool = True) -> None:
    commande.add_argument(
        "fichiers",
        nargs="+" if au_moins_un else "*",
        metavar="FICHIER",
        help="offre JSON, fichier .jsonl (une offre par ligne), ou - pour l'entrée standard",
    )


class _Formateur(argparse.HelpFormatter):
    """Les intitulés d'argparse en français (« utilisation : »)."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


# Les messages d'erreur d'argparse qu'un utilisateur rencontre, traduits.
_TRADUCTIONS = (
    (
        re.compile(r"argument (\S+): invalid choice: (.*) \(choose from (.*)\)"),
        r"\1 : choix invalide \2 (choisir parmi \3)",
    ),
    (
        re.compile(r"the following arguments are required: (.*)"),
        r"arguments obligatoires manquants : \1",
    ),
    (re.compile(r"unrecognized arguments: (.*)"), r"arguments non reconnus : \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 : une valeur est attendue"),
)


class _Analyseur(argparse.ArgumentParser):
    """Un analyseur d'arguments qui parle français."""

    def __init__(self, **options: Any) -> None:
        super().__init__(formatter_class=_Formateur, add_help=False, **options)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        self.add_argument("-h", "--aide", action="help", help="affiche cette aide et s'arrête")

    def error(self, message: str) -> NoReturn:
        for motif, traduction in _TRADUCTIONS:
            message = motif.sub(traduction, message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog} : erreur : {message}\n")


def _analyseur() -> argparse.ArgumentParser:
    analyseur = _Analyseur(
        prog="fpt-offres",
        description="Offres d'emploi de la fonction publique : valider, convertir, résumer.",
        epilog="Codes de sortie : 0 succès, 1 entrée refusée, 2 mauvais usage.",
    )
    commandes = analyseur.add_subparsers(
        dest="commande",
        required=True,
        metavar="COMMANDE",
        title="commandes",
        parser_class=_Analyseur,
    )

    def ajouter(
        nom: str, aide: str, action: Callable[[argparse.Namespace], int]
    ) -> argparse.ArgumentParser:
        commande = commandes.add_parser(nom, help=aide, description=aide)
        commande.set_defaults(action=action)
        return commande

    resume = ajouter(
        "resume", "résume des offres (les offres d'exemple sans fichier)", _commande_resume
    )
    _fichiers(resume, au_moins_un=False)
    _fichiers(
        ajouter(
            "valider", "liste chaque problème : « fichier: chemin: message »", _commande_valider
        )
    )
    tableau = ajouter(
        "tableau", "écrit les offres en CSV UTF-8 sur la sortie standard", _commande_tableau
    )
    _fichiers(tableau)
    tableau.add_argument(
        "--excel",
        action="store_true",
        help="pour un tableur français : points-virgules, BOM, virgule décimale, formules neutralisées",
    )
    verifier_ = ajouter(
        "verifier",
        "signale ce que le droit ou l'usage reprocherait aux offres (erreurs, avertissements, informations)",
        _commande_verifier,
    )
    _fichiers(verifier_)
    verifier_.add_argument(
        "--format", choices=("texte", "json"), default="texte", help="texte (par défaut) ou json"
    )
    verifier_.add_argument(
        "--aujourd-hui",
        type=_date_iso,
        metavar="AAAA-MM-JJ",
        help="le jour de référence (date limite dépassée…) ; par défaut, aujourd'hui",
    )
    afficher = ajouter(
        "afficher", "écrit l'offre comme une annonce en français", _commande_afficher
    )
    afficher.add_argument(
        "fichier", metavar="FICHIER", help="offre JSON, ou - pour l'entrée standard"
    )
    afficher.add_argument(
        "--format",
        choices=("texte", "markdown", "html"),
        default="texte",
        help="texte (par défaut), markdown ou html",
    )
    afficher.add_argument(
        "--aujourd-hui",
        type=_date_iso,
        metavar="AAAA-MM-JJ",
        help="le jour de référence de la clôture relative (« clôture dans 12 jours ») ; sans lui, rien de relatif",
    )
    afficher.add_argument(
        "--espaces",
        choices=("insecables", "simples"),
        default="insecables",
        help="espaces insécables (par défaut) ou simples, pour les systèmes qui ne les prennent pas",
    )
    jsonld_ = ajouter(
        "jsonld", "écrit le JSON-LD schema.org JobPosting d'une offre", _commande_jsonld
    )
    jsonld_.add_argument(
        "fichier", metavar="FICHIER", help="offre JSON, ou - pour l'entrée standard"
    )
    ajouter("schema", "écrit le schéma JSON (draft 2020-12) du format des offres", _commande_schema)
    exemples_ = ajouter("exemples", "écrit les offres d'exemple en JSON", _commande_exemples)
    exemples_.add_argument(
        "--dossier",
        help="écrit un fichier par offre dans ce dossier (sinon : JSON Lines sur la sortie)",
    )
    return analyseur


def main(argv: Sequence[str] | None = None) -> int:
    """Point d'entrée ; rend le code de sortie."""
    for flux in (sys.stdout, sys.stderr):
        if isinstance(flux, io.TextIOWrapper):
            flux.reconfigure(encoding="utf-8")
    arguments = _analyseur().parse_args(argv)
    try:
        return int(arguments.action(arguments))
    except BrokenPipeError:
        # La sortie a été fermée avant la fin (« | head ») : ce n'est pas une erreur.
        sys.stdout = None  # évite une seconde erreur à la fermeture
        return 0
