"""Un index de recherche tolérant : libellé replié → entrées, avec suggestions."""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from fpt_offres._texte import replier
from fpt_offres.erreurs import NomenclatureInconnue

__all__ = ["REQUETE_MAX", "Index", "borner", "sans_prefixe"]

# Le plus long libellé de la nomenclature tient en moins de 150 caractères, et les formes
# des offres (« Art. L332-8 disposition 3 ou 4 du code général de la fonction publique »)
# en moins de 100 : au-delà, ce n'est pas un nom d'entrée, et le refuser d'emblée borne le
# temps de la recherche (repliement, motifs, suggestions de difflib) quel que soit le texte.
REQUETE_MAX = 500


def borner(texte: object, genre: str) -> str:
    """``texte`` s'il peut nommer une entrée ; sinon ``TypeError`` ou ``NomenclatureInconnue``."""
    if not isinstance(texte, str):
        message = f"{genre} : un texte est attendu, pas {type(texte).__name__}"
        raise TypeError(message)
    if len(texte) > REQUETE_MAX:
        raise NomenclatureInconnue(texte, f"{genre} (plus de {REQUETE_MAX} caractères)")
    return texte


def sans_prefixe(*prefixes: str) -> re.Pattern[str]:
    """Motif qui retire un mot d'introduction (« filière », « permis ») d'un texte replié."""
    replies = sorted({re.escape(replier(p)) for p in prefixes}, key=len, reverse=True)
    return re.compile(rf"^(?:(?:{'|'.join(replies)})\s+)+")


E = TypeVar("E")


class Index(Generic[E]):
    """Retrouve une entrée par son code ou par un libellé écrit librement.

    Args:
        genre: le nom de la nomenclature, pour les messages (« grade »).
        entrees: les entrées, avec leur code, leur libellé et d'autres formes connues.
        preferer: départage plusieurs entrées de même libellé replié
            (par exemple : celle qui n'est pas en extinction) ; ``None`` si rien ne départage.
        replier_requete: repliement propre à la requête (retrait d'un préfixe).
    """

    def __init__(
        self,
        genre: str,
        entrees: Iterable[tuple[str, str, Iterable[str], E]],
        *,
        preferer: Callable[[list[E]], E | None] = lambda _: None,
        replier_requete: Callable[[str], str] = replier,
    ) -> None:
        self.genre = genre
        self._par_code: dict[str, E] = {}
        self._par_forme: dict[str, list[E]] = {}
        self._libelles: dict[str, str] = {}
        self._preferer = preferer
        self._replier_requete = replier_requete
        for code, libelle, autres_formes, entree in entrees:
            self._par_code[code] = entree
            for forme in (libelle, *autres_formes):
                cle = replier(forme)
                deja = self._par_forme.setdefault(cle, [])
                if entree not in deja:
                    deja.append(entree)
                self._libelles.setdefault(cle, libelle)

    def trouver(self, texte: str) -> E:
        """L'entrée de code ``texte`` ou dont le libellé replié est celui de ``texte``.

        Raises:
            NomenclatureInconnue: rien ne correspond, le libellé est ambigu, ou le
                texte a plus de 500 caractères ; ``suggestions`` donne les libellés
                les plus proches.
            TypeError: ``texte`` n'est pas un texte.
        """
        if borner(texte, self.genre) in self._par_code:
            return self._par_code[texte]
        cle = self._replier_requete(texte)
        trouvees = self._par_forme.get(cle, [])
        if len(trouvees) == 1:
            return trouvees[0]
        if trouvees:
            choisie = self._preferer(trouvees)
            if choisie is not None:
                return choisie
            codes = [code for code, e in self._par_code.items() if e in trouvees]
            raise NomenclatureInconnue(
                texte, f"{self.genre} (libellé ambigu, préciser le code)", codes
            )
        raise NomenclatureInconnue(texte, self.genre, lambda: self._proches(cle))

    def _proches(self, cle: str) -> Iterable[str]:
        proches = difflib.get_close_matches(cle, self._libelles, n=5, cutoff=0.6)
        if not proches:
            proches = [c for c in self._libelles if cle and (cle in c or c in cle)][:5]
        return dict.fromkeys(self._libelles[c] for c in proches)

    def par_code(self) -> dict[str, E]:
        """Les entrées par code, dans l'ordre des données."""
        return dict(self._par_code)
