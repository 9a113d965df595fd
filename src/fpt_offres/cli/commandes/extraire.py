"""``fpt-offres extraire`` : le texte d'une offre publiée lu en modèle, avec ses preuves.

Un texte (fichier ou entrée standard) donne l'offre en JSON (par défaut), en
annonce française (``--format texte``) ou la table des preuves
(``--format preuves`` : chaque champ, d'où il vient et comment il a été lu ;
puis les doutes et ce qui n'a pas été placé). ``--jsonl`` lit beaucoup de textes
(un objet JSON par ligne avec un champ ``texte``, ou un dossier de ``.txt`` et
``.html``) et écrit une offre par ligne, avec une barre de progression sur la
sortie d'erreur quand elle est un terminal, et un bilan à la fin.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._entrees import date_iso
from fpt_offres.conversion import vers_dict, vers_json
from fpt_offres.exports.ligne import ligne
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


def _lire(chemin: str) -> str:
    if chemin == "-":
        return sys.stdin.read()
    return Path(chemin).read_text(encoding="utf-8", errors="replace")


def _textes(chemin: str) -> Iterator[tuple[str, str | None]]:
    """(étiquette, texte) pour chaque texte d'un JSON Lines ou d'un dossier ; ``None`` : illisible."""
    source = Path(chemin)
    if chemin != "-" and source.is_dir():
        for fichier in sorted(source.iterdir()):
            if fichier.suffix.lower() in {".txt", ".html", ".htm"} and fichier.is_file():
                yield fichier.name, fichier.read_text(encoding="utf-8", errors="replace")
        return
    for numero, brute in enumerate(_lire(chemin).splitlines(), start=1):
        if not brute.strip():
            continue
        try:
            objet = json.loads(brute)
        except ValueError:
            yield f"ligne {numero}", None
            continue
        texte = objet.get("texte") if isinstance(objet, dict) else None
        yield f"ligne {numero}", texte if isinstance(texte, str) else None


def _progression(fait: int, total: int | None) -> None:
    if total:
        largeur = 30
        plein = largeur * fait // total
        barre = "█" * plein + "·" * (largeur - plein)
        print(f"\r{barre} {fait}/{total}", end="", file=sys.stderr, flush=True)
    else:
        print(f"\r{fait} textes", end="", file=sys.stderr, flush=True)


def _executer_jsonl(arguments: argparse.Namespace) -> int:
    textes = list(_textes(arguments.fichier))
    barre = sys.stderr.isatty() and len(textes) > 1
    lus = echecs = champs = 0
    for rang, (etiquette, texte) in enumerate(textes, start=1):
        if texte is None:
            echecs += 1
            print(f"{etiquette}: pas de champ « texte » lisible", file=sys.stderr)
        else:
            extraction = extraire(texte, reference=arguments.reference)
            print(vers_json(extraction.offre, indent=None))
            lus += 1
            champs += sum(v not in (None, []) for v in ligne(extraction).values())
        if barre:
            _progression(rang, len(textes))
    if barre:
        print(file=sys.stderr)
    moyenne = champs / lus if lus else 0.0
    print(
        f"{lus} texte(s) lu(s), {echecs} en échec, {moyenne:.1f} champs par offre",
        file=sys.stderr,
    )
    return 1 if echecs else 0


def _executer(arguments: argparse.Namespace) -> int:
    if arguments.jsonl:
        return _executer_jsonl(arguments)
    chemin = arguments.fichier
    if chemin != "-" and not Path(chemin).is_file():
        print(f"{chemin}: fichier introuvable", file=sys.stderr)
        return 1
    extraction = extraire(_lire(chemin), reference=arguments.reference)
    if arguments.format == "texte":
        print(formater(extraction.offre, "texte"), end="")
    elif arguments.format == "preuves":
        print(preuves_en_table(extraction))
    else:
        print(json.dumps(vers_dict(extraction.offre), ensure_ascii=False, indent=2))
    return 0


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
        help="beaucoup de textes : un objet JSON par ligne avec un champ « texte », "
        "ou un dossier de .txt et .html ; une offre JSON par ligne en sortie",
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
