"""``fpt-offres schema`` : le schéma JSON du format des offres."""

from __future__ import annotations

import argparse

from fpt_offres.cli._commande import Commande
from fpt_offres.cli._erreurs import Code
from fpt_offres.cli._sorties import ecrire_json
from fpt_offres.exports.schema import schema_json

__all__ = ["COMMANDE"]


def _executer(_arguments: argparse.Namespace) -> int:
    ecrire_json(schema_json())
    return Code.SUCCES


COMMANDE = Commande(
    "schema", "écrit le schéma JSON (draft 2020-12) du format des offres", _executer
)
