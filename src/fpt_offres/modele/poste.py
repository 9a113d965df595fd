"""Le poste : combien, pourquoi il est ouvert, où il s'exerce, qui il encadre."""

from __future__ import annotations

import datetime
import enum

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.modele.commun import Adresse

__all__ = ["LieuTravail", "MotifRecrutement", "Poste"]


class MotifRecrutement(enum.Enum):
    """Pourquoi le poste est ouvert (la déclaration de vacance en donne le motif, CGFP L313-4)."""

    CREATION = "creation"
    VACANCE = "vacance"
    REMPLACEMENT = "remplacement"
    ACCROISSEMENT_TEMPORAIRE = "accroissement_temporaire"
    ACCROISSEMENT_SAISONNIER = "accroissement_saisonnier"
    PROJET = "projet"


@attrs.frozen(kw_only=True, field_transformer=typer)
class LieuTravail:
    """Un lieu où s'exerce le poste.

    Attributes:
        libelle: le lieu tel que l'offre l'écrit (« Châlons-en-Champagne (51000) »).
        commune: le nom de la commune.
        adresse: l'adresse, quand l'offre la donne.
        acces: les moyens d'accès cités (« métro », « parking »).
        a_partir_du: la date à partir de laquelle le poste s'y exerce (un déménagement annoncé).
        precisions: ce que l'offre dit du lieu (« centre de Lille », « bâtiment 100 % inclusif »).
    """

    libelle: str = attrs.field(validator=v.texte())
    commune: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    adresse: Adresse | None = None
    acces: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    a_partir_du: datetime.date | None = None
    precisions: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Poste:
    """Le poste offert.

    Attributes:
        nombre: le nombre de postes (au moins 1).
        motif: pourquoi il est ouvert.
        permanent: vrai pour un emploi permanent, faux pour un besoin temporaire.
        encadrement: le nombre d'agents encadrés (0 : sans encadrement).
        lieux: le ou les lieux de travail, dans l'ordre du texte.
        itinerant: vrai quand le poste se tient sur plusieurs sites sans lieu fixe.
        presentation: la raison d'être du poste, telle que l'offre la décrit.
        metier: l'emploi-type ou le métier de référence d'un répertoire (répertoire
            des métiers territoriaux, RMFP, répertoire des emplois de Nouvelle-Calédonie).
    """

    nombre: int = attrs.field(default=1, validator=v.positif(maximum=bornes.POSTES_MAX))
    motif: MotifRecrutement | None = None
    permanent: bool | None = None
    encadrement: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(strict=False, maximum=bornes.ENCADRES_MAX))
    )
    lieux: tuple[LieuTravail, ...] = ()
    itinerant: bool | None = None
    presentation: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    metier: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
