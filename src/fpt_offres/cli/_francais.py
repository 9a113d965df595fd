"""Les messages d'argparse en français, par son propre appel à gettext.

argparse (Python 3.11 à 3.13) traduit chaque texte qu'il montre par les noms
``_`` et ``ngettext`` de son module (``from gettext import gettext as _,
ngettext``), au moment où il le montre ou construit l'analyseur. Le catalogue
ci-dessous associe à chacun de ses textes (msgid) la traduction française ;
:func:`en_francais` les lui fait prendre le temps d'un appel de
:func:`fpt_offres.cli.main`, puis rend les siens, pour que le reste du processus
n'en voie rien. Un texte absent du catalogue (une version future d'argparse)
reste en anglais plutôt que de manquer.
"""

from __future__ import annotations

import argparse
import contextlib
import gettext
from collections.abc import Iterator

__all__ = ["CATALOGUE", "en_francais"]

# Les textes qu'un utilisateur voit ; ceux qui ne s'adressent qu'au programmeur
# (« conflicting option string », « dest= is required »…) restent en anglais.
_SINGULIERS = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "subcommands": "commandes",
    "%(heading)s:": "%(heading)s :",
    " (default: %(default)s)": " (par défaut : %(default)s)",
    "show this help message and exit": "affiche cette aide et s'arrête",
    "show program's version number and exit": "affiche la version et s'arrête",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s : avertissement : %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (choisir parmi %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur invalide pour %(type)s : %(value)r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue %(parser_name)r (choisir parmi %(choices)s)"
    ),
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ignored explicit argument %r": "valeur %r ignorée : l'option n'en prend pas",
    "unexpected option string: %s": "option inattendue : %s",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "command '%(parser_name)s' is deprecated": "la commande « %(parser_name)s » est dépréciée",
    "option '%(option)s' is deprecated": "l'option « %(option)s » est dépréciée",
    "argument '%(argument_name)s' is deprecated": ("l'argument « %(argument_name)s » est déprécié"),
}
_PLURIELS = {
    ("expected %s argument", "expected %s arguments"): (
        "%s valeur attendue",
        "%s valeurs attendues",
    ),
}


class _Catalogue(gettext.NullTranslations):
    """Un catalogue gettext en mémoire : le français d'argparse, pluriel à la française."""

    def gettext(self, message: str) -> str:
        return _SINGULIERS.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        formes = _PLURIELS.get((msgid1, msgid2), (msgid1, msgid2))
        return formes[0] if n <= 1 else formes[1]  # 0 et 1 gouvernent le singulier


CATALOGUE = _Catalogue()


@contextlib.contextmanager
def en_francais() -> Iterator[None]:
    """argparse parle français le temps du bloc, puis reprend ses propres textes."""
    espace = vars(argparse)
    remplacants = {"_": CATALOGUE.gettext, "ngettext": CATALOGUE.ngettext}
    anciens = {nom: espace[nom] for nom in remplacants}
    espace.update(remplacants)
    try:
        yield
    finally:
        espace.update(anciens)
