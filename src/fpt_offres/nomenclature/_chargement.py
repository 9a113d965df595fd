"""Lecture des fichiers de données de la nomenclature, une seule fois (importlib.resources)."""

from __future__ import annotations

import csv
import datetime
import io
import json
from functools import cache
from importlib import resources
from typing import Any

from fpt_offres.nomenclature._entrees import Source

__all__ = [
    "booleen",
    "date_ou_rien",
    "entier_ou_rien",
    "lire_csv",
    "lire_json",
    "source",
    "texte_ou_rien",
]


def _texte(nom: str) -> str:
    return (resources.files("fpt_offres.nomenclature") / "donnees" / nom).read_text(
        encoding="utf-8"
    )


@cache
def lire_csv(nom: str) -> tuple[dict[str, str], ...]:
    """Les lignes d'un fichier CSV de ``donnees/``, lues une fois."""
    return tuple(csv.DictReader(io.StringIO(_texte(nom))))


@cache
def lire_json(nom: str) -> Any:
    """Le contenu d'un fichier JSON de ``donnees/``, lu une fois."""
    return json.loads(_texte(nom))


def booleen(valeur: str) -> bool:
    """``oui`` ou ``non`` ; toute autre valeur est une erreur de données."""
    if valeur not in {"oui", "non"}:
        msg = f"booléen attendu (oui/non), lu {valeur!r}"
        raise ValueError(msg)
    return valeur == "oui"


def texte_ou_rien(valeur: str | None) -> str | None:
    """Une cellule vide vaut ``None``."""
    return valeur.strip() or None if valeur is not None else None


def entier_ou_rien(valeur: str | int | None) -> int | None:
    """Un entier, ou ``None`` pour une cellule vide."""
    if valeur is None or valeur == "":
        return None
    return int(valeur)


def date_ou_rien(valeur: str | None) -> datetime.date | None:
    """Une date ISO, ou ``None`` pour une cellule vide."""
    return datetime.date.fromisoformat(valeur) if valeur else None


def source(ligne: dict[str, Any]) -> Source:
    """La source d'une ligne de données (colonnes ``source_url`` et ``source_titre``)."""
    return Source(url=ligne["source_url"], titre=texte_ou_rien(ligne.get("source_titre")))
