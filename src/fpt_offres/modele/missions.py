"""Les missions, groupées par thème, et les relations du poste."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.commun import ChiffreCle

__all__ = ["Activite", "Missions", "NatureRelation", "Relation", "ThemeMissions"]


def _verbes_dans_texte(instance: Activite, _attribut: Any, verbes: tuple[str, ...]) -> None:
    texte = instance.texte
    for rang, verbe in enumerate(verbes):
        if verbe not in texte:
            raise ValeurInvalide(
                f"le verbe {verbe!r} ne figure pas dans le texte de l'activité",
                champ=f"verbes[{rang}]",
                regle="verbe-absent",
            )


@attrs.frozen(kw_only=True, field_transformer=typer)
class Activite:
    """Une activité : un texte court, et les verbes que l'offre met en avant (en gras).

    Attributes:
        texte: l'activité telle que l'offre l'écrit, sans la ponctuation de liste.
        verbes: les mots mis en avant (en gras), chacun présent dans ``texte``.

    >>> Activite(texte="Préparer et suivre les réunions", verbes=("Préparer", "suivre")).verbes
    ('Préparer', 'suivre')
    """

    texte: str = attrs.field(validator=v.texte())
    verbes: tuple[str, ...] = attrs.field(
        default=(), validator=[v.chaque(v.texte()), _verbes_dans_texte]
    )


@attrs.frozen(kw_only=True, field_transformer=typer)
class ThemeMissions:
    """Un thème de missions et ses activités.

    Attributes:
        intitule: le titre du thème ; ``None`` pour une liste sans thème.
        activites: les activités, dans l'ordre du texte.
    """

    intitule: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    activites: tuple[Activite, ...] = ()


class NatureRelation(enum.Enum):
    """Relation interne à l'employeur ou avec l'extérieur."""

    INTERNE = "interne"
    EXTERNE = "externe"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Relation:
    """Une relation du poste (« avec les élus »).

    Attributes:
        texte: la relation telle que l'offre l'écrit.
        nature: interne à l'employeur ou externe, quand l'offre le dit.
    """

    texte: str = attrs.field(validator=v.texte())
    nature: NatureRelation | None = None


@attrs.frozen(kw_only=True, field_transformer=typer)
class Missions:
    """Les missions du poste.

    Attributes:
        finalite: la mission principale résumée, quand l'offre la donne.
        themes: les thèmes, dans l'ordre du texte.
        relations: les relations du poste.
        renvoi: ce que l'offre écrit à la place des missions quand elle renvoie
            ailleurs (« voir fiche de poste jointe ») : les missions ne sont alors
            pas dites, et leur nombre est inconnu (:attr:`nombre_activites_dit`).
        chiffres: les chiffres que les missions donnent (« 90 repas par jour »,
            « 300 postes »), en libellé, nombre et unité tels qu'écrits.
    """

    finalite: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    themes: tuple[ThemeMissions, ...] = ()
    relations: tuple[Relation, ...] = ()
    renvoi: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    chiffres: tuple[ChiffreCle, ...] = ()

    @property
    def nombre_activites(self) -> int:
        """Le nombre d'activités, tous thèmes confondus."""
        return sum(len(theme.activites) for theme in self.themes)

    @property
    def nombre_activites_dit(self) -> int | None:
        """Le nombre d'activités que l'offre donne ; ``None`` quand elle renvoie ailleurs.

        >>> Missions(renvoi="Voir fiche de poste jointe").nombre_activites_dit is None
        True
        >>> Missions().nombre_activites_dit
        0
        """
        if self.renvoi is not None and not self.themes:
            return None
        return self.nombre_activites
