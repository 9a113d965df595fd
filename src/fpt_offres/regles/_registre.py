"""Le registre des règles : sévérités, diagnostics, règles, et le décorateur qui les inscrit.

Une règle est une petite fonction qui examine une offre et rend des
:class:`Constat` (un chemin, un message) ; le décorateur :func:`enregistrer` lui
ajoute son code, sa sévérité, sa source et la correction proposée, et l'inscrit
au registre. :func:`fpt_offres.regles.verifier` passe ensuite toutes les règles.
"""

from __future__ import annotations

import datetime
import difflib
import enum
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from fpt_offres.erreurs import ErreurFptOffres
from fpt_offres.modele import Offre, Source, Versant

__all__ = [
    "Constat",
    "Diagnostic",
    "Regle",
    "RegleInconnue",
    "Severite",
    "enregistrer",
    "registre",
]


class Severite(enum.Enum):
    """La gravité d'un diagnostic.

    - ``ERREUR`` : l'offre contredit un texte vérifié (durée d'un contrat au-delà
      de ce que permet sa base légale) ;
    - ``AVERTISSEMENT`` : l'offre est probablement fautive ou incomplète au regard
      d'un texte ou d'une pratique établie, mais une exception reste possible ;
    - ``INFORMATION`` : une remarque utile, qui ne dit pas que l'offre est fautive.

    >>> sorted([Severite.INFORMATION, Severite.ERREUR], key=lambda s: s.rang)
    [<Severite.ERREUR: 'erreur'>, <Severite.INFORMATION: 'information'>]
    """

    ERREUR = "erreur"
    AVERTISSEMENT = "avertissement"
    INFORMATION = "information"

    @property
    def rang(self) -> int:
        """Rang de tri, des plus graves aux plus légers (0 pour une erreur, 2 pour une information)."""
        return _RANGS[self]


_RANGS = {Severite.ERREUR: 0, Severite.AVERTISSEMENT: 1, Severite.INFORMATION: 2}


@attrs.frozen(kw_only=True)
class Constat:
    """Ce qu'une règle trouve dans une offre, avant d'en faire un :class:`Diagnostic`.

    Attributes:
        chemin: le chemin JSON du champ en cause (``"conditions.contrat.duree"``).
        message: ce qui ne va pas, en français, avec les valeurs de l'offre.
        source: une source plus précise que celle de la règle (la base légale citée
            par l'offre, par exemple) ; ``None`` pour celle de la règle.
    """

    chemin: str
    message: str
    source: Source | None = None


@attrs.frozen(kw_only=True)
class Diagnostic:
    """Un constat sur une offre : où, quoi, pourquoi, d'où vient la règle et comment corriger.

    Attributes:
        code: le code stable de la règle (``"CONTRAT-DUREE-MAX"``).
        severite: erreur, avertissement ou information.
        chemin: le chemin JSON du champ en cause, tel que :func:`fpt_offres.vers_dict`
            l'écrit (``"conditions.contrat.duree"``, ``"statut.grades[0]"``).
        message: ce qui ne va pas, en français, avec les valeurs de l'offre.
        source: le texte ou la page d'où vient la règle (titre et adresse).
        correction: comment corriger l'offre.

    >>> from fpt_offres import Source
    >>> d = Diagnostic(
    ...     code="CALENDRIER-SANS-DATE-LIMITE",
    ...     severite=Severite.AVERTISSEMENT,
    ...     chemin="calendrier.date_limite_candidature",
    ...     message="l'offre ne donne pas de date limite de candidature",
    ...     source=Source(titre="Décret n° 2018-1351, art. 3", url="https://example.org"),
    ...     correction="donner la date limite",
    ... )
    >>> print(d)
    calendrier.date_limite_candidature : l'offre ne donne pas de date limite de candidature [CALENDRIER-SANS-DATE-LIMITE]
    >>> d.vers_dict()["source"]
    {'titre': 'Décret n° 2018-1351, art. 3', 'url': 'https://example.org'}
    """

    code: str
    severite: Severite
    chemin: str
    message: str
    source: Source
    correction: str

    def __str__(self) -> str:
        return f"{self.chemin or '(racine)'} : {self.message} [{self.code}]"

    def vers_dict(self) -> dict[str, Any]:
        """Le diagnostic en types JSON (textes seulement), pour ``json.dumps``."""
        return {
            "code": self.code,
            "severite": self.severite.value,
            "chemin": self.chemin,
            "message": self.message,
            "correction": self.correction,
            "source": {"titre": self.source.titre, "url": self.source.url},
        }


@attrs.frozen(kw_only=True)
class Regle:
    """Une règle du catalogue.

    Attributes:
        code: le code stable (``"CONTRAT-DUREE-MAX"``).
        severite: la sévérité de ses diagnostics.
        titre: ce qu'elle vérifie, en une ligne.
        explication: la règle de droit ou de pratique, en une ou deux phrases
            (la docstring de sa fonction).
        source: le texte ou la page d'où elle vient.
        correction: comment corriger une offre qu'elle signale.
        famille: son module, ou son paquet quand la famille en a plusieurs
            (``"contrat"``, ``"temps"``…).
        versants: les fonctions publiques dont elle juge les offres ; une offre
            d'un autre versant n'est pas examinée.
        du_jour: vrai quand elle dépend du jour de la vérification ; sans
            ``aujourd_hui``, :func:`~fpt_offres.regles.verifier` la saute.
        verifier: ``verifier(offre, aujourd_hui)`` rend ses diagnostics sur ``offre``.
        declencher: transforme *toute* offre valide en une offre valide qui la
            déclenche (pour une règle du jour : avec tout ``aujourd_hui`` postérieur
            à la plus ancienne date permise, :data:`fpt_offres.bornes.DATE_MIN`).
        epargner: transforme toute offre valide en une offre valide qui ne la
            déclenche pas, quand c'est utile ; ``None`` sinon.
    """

    code: str
    severite: Severite
    titre: str
    explication: str
    source: Source
    correction: str
    famille: str
    versants: frozenset[Versant]
    du_jour: bool
    verifier: Callable[[Offre, datetime.date | None], tuple[Diagnostic, ...]] = attrs.field(
        repr=False, eq=False
    )
    declencher: Callable[[Offre], Offre] = attrs.field(repr=False, eq=False)
    epargner: Callable[[Offre], Offre] | None = attrs.field(default=None, repr=False, eq=False)


class RegleInconnue(ErreurFptOffres, LookupError):
    """Aucune règle du catalogue ne porte ce code.

    Attributes:
        code: le code cherché.
        suggestions: les codes les plus proches.
    """

    def __init__(self, code: str, suggestions: Iterable[str] = ()) -> None:
        self.code = code
        self.suggestions = tuple(suggestions)
        message = f"aucune règle ne porte le code {code!r}"
        if self.suggestions:
            message += " ; codes proches : " + ", ".join(self.suggestions)
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])

    @classmethod
    def pour(cls, code: str, codes: Iterable[str]) -> RegleInconnue:
        """L'erreur pour ``code``, avec les codes proches parmi ``codes``."""
        return cls(code, difflib.get_close_matches(code.upper(), list(codes), n=3, cutoff=0.5))


_REGISTRE: dict[str, Regle] = {}

F = TypeVar("F", bound=Callable[..., Iterable[Constat]])


def registre() -> tuple[Regle, ...]:
    """Les règles inscrites, dans l'ordre de leur inscription."""
    return tuple(_REGISTRE.values())


def _famille(module: str) -> str:
    # Une famille trop longue pour un module devient un paquet (regles.contrat.duree) : la
    # famille reste le nom qui suit « regles », celui que FAMILLES et le catalogue connaissent.
    sous_regles = module.removeprefix(f"{__package__}.")
    return sous_regles.split(".", 1)[0] if sous_regles != module else module.rsplit(".", 1)[-1]


def _explication(fonction: Callable[..., Any]) -> str:
    texte = (fonction.__doc__ or "").strip()
    return " ".join(texte.split())


def enregistrer(
    *,
    code: str,
    severite: Severite,
    titre: str,
    source: Source,
    correction: str,
    versants: frozenset[Versant],
    declencher: Callable[[Offre], Offre],
    epargner: Callable[[Offre], Offre] | None = None,
    du_jour: bool = False,
) -> Callable[[F], F]:
    """Inscrit au registre la fonction décorée comme règle ``code``.

    La fonction prend l'offre (et, pour une règle ``du_jour``, la date du jour)
    et rend ses :class:`Constat`. Sa docstring, qui explique la règle de droit,
    devient :attr:`Regle.explication` et passe au catalogue.

    Args:
        code: le code stable, en majuscules (``"CONTRAT-DUREE-MAX"``).
        severite: la sévérité de ses diagnostics.
        titre: ce qu'elle vérifie, en une ligne.
        source: le texte ou la page d'où elle vient.
        correction: comment corriger.
        versants: voir :attr:`Regle.versants`.
        declencher: voir :attr:`Regle.declencher`.
        epargner: voir :attr:`Regle.epargner`.
        du_jour: vrai quand la fonction prend aussi la date du jour.

    Raises:
        ValueError: un code déjà inscrit, ou qui n'est pas en majuscules.
    """
    if code in _REGISTRE or code != code.upper():
        msg = f"code de règle déjà inscrit ou mal formé : {code!r}"
        raise ValueError(msg)

    def decorer(fonction: F) -> F:
        def examiner(offre: Offre, aujourd_hui: datetime.date | None) -> tuple[Diagnostic, ...]:
            if (du_jour and aujourd_hui is None) or offre.employeur.versant not in versants:
                return ()
            constats = fonction(offre, aujourd_hui) if du_jour else fonction(offre)
            return tuple(
                Diagnostic(
                    code=code,
                    severite=severite,
                    chemin=c.chemin,
                    message=c.message,
                    source=c.source or source,
                    correction=correction,
                )
                for c in constats
            )

        _REGISTRE[code] = Regle(
            code=code,
            severite=severite,
            titre=titre,
            explication=_explication(fonction),
            source=source,
            correction=correction,
            famille=_famille(fonction.__module__),
            versants=versants,
            du_jour=du_jour,
            verifier=examiner,
            declencher=declencher,
            epargner=epargner,
        )
        return fonction

    return decorer
