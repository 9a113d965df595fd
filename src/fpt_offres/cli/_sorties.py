"""Ce que les commandes écrivent : problèmes signalés, bilans, JSON en flux."""

from __future__ import annotations

import contextlib
import itertools
import json
import sys
import textwrap
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from types import ModuleType
from typing import TextIO

from fpt_offres.cli._entrees import resultats_de
from fpt_offres.erreurs import OffreInvalide
from fpt_offres.formatage import formater_compte
from fpt_offres.modele import Offre

_orjson: ModuleType | None
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - PyPy, sans roue orjson
    _orjson = None

__all__ = [
    "Lot",
    "compte",
    "ecrire_json",
    "ecrire_liste_json",
    "lignes_de_probleme",
    "signaler",
    "une_offre",
]


def lignes_de_probleme(etiquette: str, erreur: OffreInvalide) -> Iterator[str]:
    """Une ligne par problème : « étiquette: chemin: message [règle] »."""
    for probleme in erreur.problemes:
        yield f"{etiquette}: {probleme.chemin or '(racine)'}: {probleme.message} [{probleme.regle}]"


def signaler(etiquette: str, erreur: OffreInvalide) -> None:
    """Chaque problème de ``erreur`` sur la sortie d'erreur."""
    for ligne in lignes_de_probleme(etiquette, erreur):
        print(ligne, file=sys.stderr)


def compte(nombre: int | Decimal, nom: str, pluriel: str | None = None) -> str:
    """« 3 offres refusées », accordé à la française."""
    return formater_compte(nombre, nom, pluriel, espaces="simples")


class Lot:
    """Les offres lisibles de ``chemins``, une à une ; chaque refus signalé au passage.

    Rien n'est gardé en mémoire : ``lues`` et ``refusees`` comptent pour le bilan.
    """

    def __init__(self, chemins: Sequence[str]) -> None:
        self._chemins = chemins
        self.lues = 0
        self.refusees = 0

    def __iter__(self) -> Iterator[tuple[str, Offre]]:
        for etiquette, resultat in resultats_de(self._chemins):
            if isinstance(resultat, OffreInvalide):
                self.refusees += 1
                signaler(etiquette, resultat)
            else:
                self.lues += 1
                yield etiquette, resultat

    def offres(self) -> Iterator[Offre]:
        """Les offres seules."""
        return (offre for _, offre in self)

    def bilan(self, faites: str) -> str:
        """« 12 offres écrites, 1 refusée » ; ``faites`` : le participe au féminin singulier."""
        return f"{compte(self.lues, f'offre {faites}', f'offres {faites}s')}, " + compte(
            self.refusees, "refusée"
        )


def ecrire_json(donnees: object) -> None:
    """``donnees`` en JSON indenté, UTF-8 lisible, sur la sortie standard."""
    print(json.dumps(donnees, ensure_ascii=False, indent=2))


def _indente(element: object) -> str:
    """``json.dumps(element, ensure_ascii=False, indent=2)``, sans cycle à ramasser.

    json indente par des fermetures qui se référencent : chaque appel laisse un cycle au
    ramasse-miettes, et sur un million de diagnostics la mémoire monte entre deux passages.
    orjson écrit le même texte (clés dans l'ordre, deux espaces, UTF-8 lisible).
    """
    if _orjson is None:  # pragma: no cover - PyPy
        return json.dumps(element, ensure_ascii=False, indent=2)
    octets: bytes = _orjson.dumps(element, option=_orjson.OPT_INDENT_2)
    return octets.decode()


def ecrire_liste_json(elements: Iterable[object], flux: TextIO | None = None) -> None:
    """Une liste JSON écrite élément par élément, comme ``json.dumps(list(...), indent=2)``.

    >>> import io
    >>> sortie = io.StringIO()
    >>> elements = [{"a": [1, None]}, {"b": {}, "c": "é\\n"}]
    >>> ecrire_liste_json(iter(elements), sortie)
    >>> sortie.getvalue() == json.dumps(elements, ensure_ascii=False, indent=2) + "\\n"
    True
    """
    flux = flux or sys.stdout
    ouverture = "["
    for element in elements:
        texte = _indente(element)
        flux.write(f"{ouverture}\n{textwrap.indent(texte, '  ')}")
        ouverture = ","
    flux.write("[]\n" if ouverture == "[" else "\n]\n")


def une_offre(chemin: str, commande: str) -> Offre | None:
    """L'offre unique de ``chemin`` ; ``None`` (l'erreur dite) s'il n'y en a pas exactement une.

    Les commandes qui écrivent une offre (``afficher``, ``jsonld``) la prennent seule : un
    fichier JSON Lines de plusieurs offres est refusé dès la deuxième, sans être lu plus loin.
    """
    with contextlib.closing(resultats_de([chemin])) as lecture:
        premiers = list(itertools.islice(lecture, 2))
    etiquette, resultat = premiers[0]  # une entrée sans offre donne un refus
    if isinstance(resultat, OffreInvalide):
        signaler(etiquette, resultat)
        return None
    if len(premiers) > 1:
        print(
            f"{chemin}: (racine): plusieurs offres, {commande} en prend une seule "
            "(tableau, resume, valider et verifier lisent des lots) [plusieurs]",
            file=sys.stderr,
        )
        return None
    return resultat
