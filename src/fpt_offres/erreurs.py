"""Les exceptions de fpt_offres.

Chacune hérite de l'exception native qu'un utilisateur attraperait déjà
(``ValueError`` pour une valeur fausse, ``LookupError`` pour une entrée
inconnue de la nomenclature) et porte un message en français.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

__all__ = [
    "ErreurFptOffres",
    "NomenclatureInconnue",
    "OffreInvalide",
    "Probleme",
    "ValeurInvalide",
]


class ErreurFptOffres(Exception):
    """Base de toutes les exceptions propres à fpt_offres."""


class ValeurInvalide(ErreurFptOffres, ValueError):
    """Une valeur enfreint un invariant du modèle.

    Attributes:
        message: la règle enfreinte, en français.
        champ: le champ fautif dans sa classe (``"siret"``), ou ``None``.
        regle: le code stable de la règle (``"siret"``, ``"quotite"``).
    """

    def __init__(self, message: str, *, champ: str | None = None, regle: str) -> None:
        self.message = message
        self.champ = champ
        self.regle = regle
        super().__init__(f"{champ} : {message}" if champ else message)


_NOMS_FEMININS = ("catégorie", "filière", "base légale")
"""Les nomenclatures de nom féminin : « catégorie inconnue », mais « grade inconnu »."""

# Un message cite ce qui a été cherché, mais pas un mégaoctet de texte.
_CITATION_MAX = 200


class NomenclatureInconnue(ErreurFptOffres, LookupError):
    """Un libellé ou un code ne correspond à aucune entrée de la nomenclature.

    Le message cite la recherche, tronquée au-delà de 200 caractères.

    Attributes:
        recherche: ce qui a été cherché (entier).
        genre: la nomenclature interrogée (``"grade"``, ``"cadre d'emplois"``…).

    ``suggestions`` (ci-dessous) donne les libellés les plus proches ; le constructeur les
    reçoit, ou la fonction qui les calcule à la première lecture.
    """

    def __init__(
        self,
        recherche: str,
        genre: str,
        suggestions: Iterable[str] | Callable[[], Iterable[str]] = (),
    ) -> None:
        self.recherche = recherche
        self.genre = genre
        # Des suggestions calculées à la première lecture : qui attrape l'erreur pour essayer
        # autre chose (l'extraction essaie des milliers de morceaux) ne paie pas leur recherche.
        self._suggestions = suggestions
        super().__init__(recherche, genre)

    @property
    def suggestions(self) -> tuple[str, ...]:
        """Les libellés les plus proches, du plus au moins proche (calculés une fois)."""
        if not isinstance(self._suggestions, tuple):
            sources = self._suggestions
            self._suggestions = tuple(sources() if callable(sources) else sources)
        return self._suggestions

    def __str__(self) -> str:
        cite = repr(self.recherche[:_CITATION_MAX])
        if len(self.recherche) > _CITATION_MAX:
            cite += f"… ({len(self.recherche)} caractères)"
        accord = "inconnue" if self.genre.startswith(_NOMS_FEMININS) else "inconnu"
        message = f"{self.genre} {accord} dans la nomenclature : {cite}"
        if self.suggestions:
            message += " ; entrées les plus proches : " + ", ".join(
                repr(s) for s in self.suggestions
            )
        return message

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.recherche, self.genre, self.suggestions))


@attrs.frozen
class Probleme:
    """Un problème trouvé dans une entrée : où, quoi, et quelle règle.

    Attributes:
        chemin: le chemin JSON du champ fautif (``"contrat.duree"``,
            ``"missions.themes[2].activites[0]"``) ; vide pour la racine.
        message: ce qui ne va pas, en français.
        regle: le code stable de la règle enfreinte.
    """

    chemin: str
    message: str
    regle: str

    def __str__(self) -> str:
        return f"{self.chemin or '(racine)'} : {self.message} [{self.regle}]"


class OffreInvalide(ErreurFptOffres, ValueError):
    """Une entrée ne décrit pas une offre valide ; porte *tous* les problèmes trouvés.

    Attributes:
        problemes: les problèmes : d'abord ceux de lecture (type, clé, valeur
            inconnue), puis les invariants enfreints, classe par classe.
        ligne: le numéro de ligne dans un fichier JSON Lines, s'il y a lieu.
    """

    def __init__(self, problemes: Iterable[Probleme], *, ligne: int | None = None) -> None:
        self.problemes = tuple(problemes)
        self.ligne = ligne
        nombre = len(self.problemes)
        entete = f"offre invalide ({nombre} problème{'s' if nombre > 1 else ''})"
        if ligne is not None:
            entete = f"ligne {ligne} : {entete}"
        super().__init__("\n".join([entete, *(f"- {p}" for p in self.problemes)]))

    def __reduce__(self) -> tuple[object, ...]:
        # Les arguments nommés ne passent pas par args : on les redonne pour pickle.
        return (_reconstruire_offre_invalide, (self.problemes, self.ligne))


def _reconstruire_offre_invalide(
    problemes: tuple[Probleme, ...], ligne: int | None
) -> OffreInvalide:
    return OffreInvalide(problemes, ligne=ligne)
