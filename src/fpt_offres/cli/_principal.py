"""Le point d'entrée : analyse des arguments, lancement de la commande, code de sortie.

Aucune exception n'en sort : chaque erreur devient une ligne en français sur la
sortie d'erreur et un code de sortie documenté (:class:`~fpt_offres.cli._erreurs.Code`).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.metadata
import io
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO, cast

from fpt_offres.cli._analyseur import analyseur
from fpt_offres.cli._erreurs import Code, EcritureImpossible, decrire
from fpt_offres.cli._francais import en_francais
from fpt_offres.cli.commandes import COMMANDES

__all__ = ["main"]

_PROG = "fpt-offres"


def _version() -> str:
    """La version installée, celle que donne ``fpt_offres.__version__``."""
    try:
        return importlib.metadata.version("fpt-offres")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover  (paquet non installé)
        return "0+inconnue"


def _dire(message: str) -> None:
    print(f"{_PROG} : {message}", file=sys.stderr)


def _sortie_fermee() -> None:
    """Ce qui reste à écrire va au néant, pour que Python n'échoue pas encore en fermant.

    Seulement pour la vraie sortie standard : un flux prêté par l'appelant reste le sien.
    """
    sortie = sys.__stdout__
    if sortie is None or sys.stdout is not sortie:
        return
    # Sans descripteur, rien ne sera écrit à la fermeture : il n'y a rien à faire.
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sortie.fileno())


class _EcritureEchouee(Exception):
    """La sortie standard a refusé une écriture (disque plein, erreur d'entrée-sortie)."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(decrire(cause))


class _SortieSurveillee:
    """La sortie standard, dont les erreurs d'écriture se distinguent de celles de lecture.

    Une commande lit des fichiers et écrit sur la sortie : une ``OSError`` seule ne dit pas
    laquelle a échoué. Une coquille autour de ``write`` et ``flush`` le dit ; le reste
    (``isatty``, ``fileno``, ``encoding``…) passe au flux. Pas de sous-classe d'``io`` :
    son ``__del__`` viderait encore un flux en erreur.
    """

    def __init__(self, flux: TextIO) -> None:
        self._flux = flux

    def write(self, texte: str) -> int:
        try:
            return self._flux.write(texte)
        except BrokenPipeError:
            raise
        except OSError as erreur:
            raise _EcritureEchouee(erreur) from None

    def flush(self) -> None:
        try:
            self._flux.flush()
        except BrokenPipeError:
            raise
        except OSError as erreur:
            raise _EcritureEchouee(erreur) from None

    def __getattr__(self, nom: str) -> Any:
        return getattr(self._flux, nom)


def _commande(arguments: argparse.Namespace) -> int:
    """La commande, sa sortie standard surveillée, vidée avant la fin."""
    sortie = sys.stdout
    sys.stdout = cast("TextIO", _SortieSurveillee(sortie))
    try:
        code = int(arguments.action(arguments))
        sys.stdout.flush()
    finally:
        sys.stdout = sortie
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Lance ``fpt-offres`` avec les arguments ``argv`` (ceux du processus sans eux).

    Returns:
        Le code de sortie : 0 succès, 1 entrée refusée, 2 mauvais usage, 3 écriture
        impossible, 4 erreur interne, 130 interruption ; l'aide et la version rendent 0.
    """
    return int(_lancer(argv))


def _lancer(argv: Sequence[str] | None) -> int:
    """:func:`main`, dont les codes peuvent être des :class:`Code`."""
    # Un nom de fichier qui n'est pas de l'UTF-8 arrive en demi-paires (surrogateescape) :
    # stdout le réécrit octet pour octet, comme ls ; stderr l'échappe.
    for flux, erreurs in ((sys.stdout, "surrogateescape"), (sys.stderr, "backslashreplace")):
        if isinstance(flux, io.TextIOWrapper):
            flux.reconfigure(encoding="utf-8", errors=erreurs)
    try:
        with en_francais():
            arguments = analyseur(COMMANDES, _version()).parse_args(argv)
    except SystemExit as sortie:  # aide, version, ou mauvais usage déjà dit par argparse
        return sortie.code if isinstance(sortie.code, int) else Code.USAGE
    try:
        code = _commande(arguments)
    except BrokenPipeError:
        # La sortie a été fermée avant la fin (« | head ») : ce n'est pas une erreur.
        _sortie_fermee()
        return Code.SUCCES
    except EcritureImpossible as erreur:
        _dire(f"erreur : {erreur}")
        return Code.ECRITURE
    except _EcritureEchouee as erreur:
        _dire(f"erreur : écriture impossible sur la sortie standard : {erreur}")
        _sortie_fermee()
        return Code.ECRITURE
    except OSError as erreur:  # une lecture qu'une commande n'a pas dite elle-même
        quoi = f"{erreur.filename} : " if erreur.filename is not None else ""
        _dire(f"erreur : {quoi}lecture impossible : {decrire(erreur)}")
        return Code.REFUS
    except KeyboardInterrupt:
        _dire("interrompu")
        return Code.INTERROMPU
    except Exception as erreur:  # jamais de trace : une ligne, et le défaut à signaler
        _dire(
            f"erreur interne ({type(erreur).__name__} : {erreur}) : c'est un défaut de "
            "fpt_offres, à signaler avec la commande et le fichier qui la provoquent"
        )
        return Code.INTERNE
    return code
