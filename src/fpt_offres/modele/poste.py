"""Le poste : combien, pourquoi il est ouvert, où il s'exerce, qui il encadre."""

from __future__ import annotations

import datetime
import enum

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.modele.commun import Adresse, departement_connu

__all__ = ["LieuTravail", "Metier", "MotifRecrutement", "Poste"]


class MotifRecrutement(enum.Enum):
    """Pourquoi le poste est ouvert (la déclaration de vacance en donne le motif, CGFP L313-4)."""

    CREATION = "creation"
    VACANCE = "vacance"
    REMPLACEMENT = "remplacement"
    ACCROISSEMENT_TEMPORAIRE = "accroissement_temporaire"
    ACCROISSEMENT_SAISONNIER = "accroissement_saisonnier"
    PROJET = "projet"
    FIN_DE_CONTRAT = "fin_de_contrat"
    MUTATION = "mutation"
    DISPONIBILITE = "disponibilite"
    RETRAITE = "retraite"
    CESSATION_DE_FONCTIONS = "cessation_de_fonctions"
    MOBILITE_INTERNE = "mobilite_interne"
    CHANGEMENT_TEMPS_TRAVAIL = "changement_temps_travail"
    BESOIN_TEMPORAIRE = "besoin_temporaire"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Metier:
    """Le classement du poste par le site d'offres : métier de référence d'un répertoire.

    Attributes:
        libelle: le métier tel qu'écrit (« Responsable des études et applications »).
        code: son code dans le répertoire, tel qu'écrit (« FPT - A7A/08 »).
        repertoire: le répertoire (« RMFP », « répertoire des métiers territoriaux du CNFPT »).
        famille: la famille de métiers.
        domaine: le domaine fonctionnel.

    >>> Metier(libelle="Gestionnaire RH", code="FPT - E2B/06").code
    'FPT - E2B/06'
    """

    libelle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    code: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    repertoire: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    famille: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    domaine: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


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
        periode: la période où le poste s'y exerce, telle qu'écrite (« de juin à septembre »).
        postes: le nombre de postes ouverts en ce lieu, quand l'offre en ouvre plusieurs.
    """

    libelle: str = attrs.field(validator=v.texte())
    commune: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    adresse: Adresse | None = None
    acces: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    a_partir_du: datetime.date | None = None
    precisions: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    periode: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    postes: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(maximum=bornes.POSTES_MAX))
    )


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
        motif_precision: le motif tel que l'offre le détaille (« départ à la retraite de l'agent »).
        management: vrai quand l'offre dit que le poste encadre, même sans en donner le nombre.
        effectif_equipe: la taille de l'équipe que le poste rejoint (« une équipe de 4 agents »).
        partage: ce que l'offre dit d'un poste partagé entre services ou sites.
        region: la région du poste, telle qu'écrite.
        departement: le code du département du poste, quand il diffère de celui de
            l'employeur ou que l'offre le donne à part.
        departement_tel_qu_ecrit: ce département tel que l'offre l'écrit (« Vendée (85) »).
        evolution: ce que l'offre dit de l'évolution du poste, tel qu'écrit (« Évolution du
            poste en fonction de l'évolution du projet »).
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
    metier: Metier | None = None
    motif_precision: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    management: bool | None = None
    effectif_equipe: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(maximum=bornes.ENCADRES_MAX))
    )
    partage: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    region: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    departement: str | None = attrs.field(default=None, validator=v.optionnel(departement_connu))
    departement_tel_qu_ecrit: str | None = attrs.field(
        default=None, validator=v.optionnel(v.texte())
    )
    evolution: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
