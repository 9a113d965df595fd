"""``fpt-offres extraire`` : le texte d'une offre publiée lu en modèle, avec ses preuves.

Un texte (fichier ou entrée standard) donne l'offre en JSON (par défaut), en
annonce française (``--format texte``) ou la table des preuves
(``--format preuves`` : chaque champ, d'où il vient et comment il a été lu ;
puis les doutes et ce qui n'a pas été placé). ``--jsonl`` lit beaucoup de textes
en flux, un à la fois (un objet ``{"texte": …}`` par ligne, ou les ``.txt``,
``.md`` et ``.html`` d'un dossier, par ordre de nom) et écrit une offre par ligne,
avec la barre de progression et le bilan des autres commandes de lots. Un texte
refusé est dit avec sa ligne ou son fichier, et le lot continue.
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import date_iso
from fpt_offres.cli._entrees_textes import textes_de, un_texte
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import compte, ecrire_json, signaler
from fpt_offres.conversion import vers_dict, vers_json
from fpt_offres.erreurs import OffreInvalide, Probleme
from fpt_offres.extraction import Extraction, extraire
from fpt_offres.rendu import formater

__all__ = ["COMMANDE", "preuves_en_table"]

_APERCU = 60


def _court(texte: str) -> str:
    texte = " ".join(texte.split())
    return texte if len(texte) <= _APERCU else texte[: _APERCU - 1] + "…"


def preuves_en_table(extraction: Extraction) -> str:
    """Les preuves, les doutes et les portions non placées, en texte lisible.

    >>> print(preuves_en_table(extraire("Agent (F/H)\\nCatégorie : C\\nTexte libre.")))
    champ                          position   texte lu et lecture
    intitule                       0-11       « Agent (F/H) » — première ligne
    statut.categories              24-25      « C » — champ « Catégorie », nomenclature.categorie
    <BLANKLINE>
    doutes :
      employeur.nom : le texte ne nomme pas l'employeur
    <BLANKLINE>
    non placé :
      26-38 « Texte libre. »
    """
    lignes = [f"{'champ':30} {'position':10} texte lu et lecture"]
    for preuve in extraction.preuves:
        position = f"{preuve.debut}-{preuve.fin}"
        lignes.append(
            f"{preuve.champ:30} {position:10} « {_court(preuve.texte)} » — {preuve.lecture}"
        )
    if extraction.doutes:
        lignes += ["", "doutes :"]
        lignes += [
            f"  {d.champ} : {d.raison}" + (f" (« {_court(d.texte)} »)" if d.texte else "")
            for d in extraction.doutes
        ]
    if extraction.non_place:
        lignes += ["", "non placé :"]
        lignes += [f"  {p.debut}-{p.fin} « {_court(p.texte)} »" for p in extraction.non_place]
    return "\n".join(lignes)


def _champs(extraction: Extraction) -> int:
    """Le nombre de champs que l'extraction a remplis : ceux qui ont une preuve."""
    return len({preuve.champ for preuve in extraction.preuves})


class _Bilan:
    """Ce que ``--jsonl`` a fait : textes lus, en échec, champs lus ; le code du pire échec."""

    def __init__(self) -> None:
        self.lus = self.echecs = self.champs = 0
        self.code = Code.SUCCES

    def echec(self, code: Code) -> None:
        self.echecs += 1
        self.code = max(self.code, code)

    def __str__(self) -> str:
        moyenne = Decimal(self.champs) / self.lus if self.lus else Decimal(0)
        champs = compte(moyenne.quantize(Decimal("0.1")), "champ lu", "champs lus")
        lus = compte(self.lus, "texte lu", "textes lus")
        return f"{lus}, {self.echecs} en échec ; {champs} par offre en moyenne"


def _interne(erreur: Exception) -> OffreInvalide:
    message = (
        f"erreur interne ({type(erreur).__name__} : {erreur}) : c'est un défaut de "
        "fpt_offres, à signaler avec ce texte"
    )
    return OffreInvalide([Probleme("", message, "interne")])


def _executer_jsonl(arguments: argparse.Namespace) -> int:
    bilan = _Bilan()
    for etiquette, texte in textes_de(arguments.fichier):
        if isinstance(texte, OffreInvalide):
            signaler(etiquette, texte)
            bilan.echec(Code.REFUS)
            continue
        try:
            extraction = extraire(texte, reference=arguments.reference)
        except Exception as erreur:  # un texte qui fait défaut n'arrête pas le lot
            signaler(etiquette, _interne(erreur))
            bilan.echec(Code.INTERNE)
            continue
        print(vers_json(extraction.offre, indent=None))
        bilan.lus += 1
        bilan.champs += _champs(extraction)
    print(bilan, file=sys.stderr)
    return bilan.code


def _executer(arguments: argparse.Namespace) -> int:
    if arguments.jsonl:
        return _executer_jsonl(arguments)
    texte = un_texte(arguments.fichier)
    if isinstance(texte, OffreInvalide):
        signaler(arguments.fichier, texte)
        return Code.REFUS
    extraction = extraire(texte, reference=arguments.reference)
    if arguments.format == "texte":
        print(formater(extraction.offre, "texte"), end="")
    elif arguments.format == "preuves":
        print(preuves_en_table(extraction))
    else:
        ecrire_json(vers_dict(extraction.offre))
    return Code.SUCCES


def _arguments(commande: argparse.ArgumentParser) -> None:
    commande.add_argument(
        "fichier", metavar="FICHIER", help="le texte de l'offre (texte, Markdown, HTML), ou -"
    )
    commande.add_argument(
        "--format",
        choices=("json", "texte", "preuves"),
        default="json",
        help="json (par défaut), texte (l'annonce) ou preuves (d'où vient chaque champ)",
    )
    commande.add_argument(
        "--jsonl",
        action="store_true",
        help='beaucoup de textes : un objet JSON {"texte": …} par ligne (fichier ou -), '
        "ou un dossier de .txt, .md et .html ; une offre JSON par ligne en sortie",
    )
    commande.add_argument(
        "--reference",
        type=date_iso,
        metavar="AAAA-MM-JJ",
        help="le jour qui donne l'année des dates qui n'en ont pas "
        "(par défaut : la date de publication lue)",
    )


COMMANDE = Commande(
    "extraire",
    "lit le texte d'une offre publiée et en tire l'offre, avec les preuves",
    _executer,
    _arguments,
)
