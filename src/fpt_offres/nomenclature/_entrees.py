"""Les entrées de la nomenclature : les objets-valeurs du référentiel statutaire.

Ils vivent sous la nomenclature, qui les construit depuis ses fichiers de
données, et le modèle des offres les cite : le modèle importe la nomenclature,
jamais l'inverse (voir la page « Architecture » de la documentation). Le modèle
les réexporte, sous leurs noms de toujours (``fpt_offres.Grade``,
``fpt_offres.modele.Grade``).

Sources : CGFP art. L411-2 (catégories) ; décret n° 2019-14 du 8 janvier 2019
(niveaux de diplôme) ; directive 2006/126/CE art. 4 et code de la route R221-4
(permis de conduire).
"""

from __future__ import annotations

import datetime
import enum

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer

__all__ = [
    "BaseLegale",
    "CadreEmplois",
    "Categorie",
    "CategoriePermis",
    "Filiere",
    "Grade",
    "NiveauDiplome",
    "Source",
]


@attrs.frozen(kw_only=True, field_transformer=typer)
class Source:
    """D'où vient un fait de la nomenclature : un texte officiel ou une page publique.

    Attributes:
        url: l'adresse de la source.
        titre: son titre (décret, article du CGFP, page).
        consultee_le: la date de consultation, quand elle est connue.
    """

    url: str = attrs.field(validator=v.texte())
    titre: str | None = None
    consultee_le: datetime.date | None = None


class Categorie(enum.Enum):
    """Catégorie hiérarchique (CGFP L411-2). « A+ » n'a pas d'existence légale : elle compte comme A.

    >>> Categorie.A_PLUS.legale
    <Categorie.A: 'A'>
    """

    A_PLUS = "A+"
    A = "A"
    B = "B"
    C = "C"

    @property
    def legale(self) -> Categorie:
        """La catégorie au sens du CGFP (A+ est une catégorie A)."""
        return Categorie.A if self is Categorie.A_PLUS else self


class Filiere(enum.Enum):
    """Filière de la FPT : regroupement d'usage des cadres d'emplois, sans valeur légale."""

    ADMINISTRATIVE = "administrative"
    TECHNIQUE = "technique"
    CULTURELLE = "culturelle"
    SPORTIVE = "sportive"
    ANIMATION = "animation"
    SOCIALE = "sociale"
    MEDICO_SOCIALE = "médico-sociale"
    MEDICO_TECHNIQUE = "médico-technique"
    POLICE_MUNICIPALE = "police municipale"
    SAPEURS_POMPIERS = "sapeurs-pompiers professionnels"


# Une entrée de nomenclature se hache souvent (ensembles, doublons) : son empreinte est gardée.
@attrs.frozen(kw_only=True, field_transformer=typer, cache_hash=True)
class CadreEmplois:
    """Un cadre d'emplois de la FPT, tel que la nomenclature le fournit.

    Attributes:
        code: identifiant stable (``"attaches-territoriaux"``).
        libelle: nom officiel au pluriel (« attachés territoriaux »).
        filiere: sa filière.
        categorie: sa catégorie légale (A, B ou C).
        encadrement_superieur: vrai pour les cadres dits « A+ ».
        en_extinction: vrai quand on n'y recrute plus.
        decret: numéro du décret portant statut particulier.
        en_vigueur_depuis: date d'effet de la dernière réforme reflétée.
        source: d'où vient l'entrée.
    """

    code: str
    libelle: str
    filiere: Filiere
    categorie: Categorie
    encadrement_superieur: bool = False
    en_extinction: bool = False
    decret: str | None = None
    en_vigueur_depuis: datetime.date | None = None
    source: Source

    def __str__(self) -> str:
        return self.libelle


# Une entrée de nomenclature se hache souvent (ensembles, doublons) : son empreinte est gardée.
@attrs.frozen(kw_only=True, field_transformer=typer, cache_hash=True)
class Grade:
    """Un grade de la FPT, rattaché à son cadre d'emplois.

    Attributes:
        code: identifiant stable (``"attache-principal"``).
        libelle: nom officiel (« attaché principal »).
        cadre_emplois: son cadre d'emplois.
        ordre: rang dans le cadre d'emplois (1 = grade d'accès).
        en_extinction: vrai quand on n'y nomme plus.
        en_vigueur_depuis: date d'effet, quand elle est connue.
        source: d'où vient l'entrée.
    """

    code: str
    libelle: str
    cadre_emplois: CadreEmplois
    ordre: int = attrs.field(validator=v.positif(maximum=bornes.RANG_GRADE_MAX))
    en_extinction: bool = False
    en_vigueur_depuis: datetime.date | None = None
    source: Source

    @property
    def categorie(self) -> Categorie:
        """La catégorie du cadre d'emplois."""
        return self.cadre_emplois.categorie

    @property
    def filiere(self) -> Filiere:
        """La filière du cadre d'emplois."""
        return self.cadre_emplois.filiere

    def __str__(self) -> str:
        return self.libelle


_MOIS = v.optionnel(v.positif(maximum=bornes.MOIS_MAX))


# Une entrée de nomenclature se hache souvent (ensembles, doublons) : son empreinte est gardée.
@attrs.frozen(kw_only=True, field_transformer=typer, cache_hash=True)
class BaseLegale:
    """Un fondement légal du recrutement d'un contractuel, tel que la nomenclature le fournit.

    Attributes:
        code: identifiant stable (``"L332-8-2"``).
        article: l'article du CGFP (``"L332-8"``).
        cas: le cas de l'article (``"2°"``), s'il en a.
        libelle: ce que permet la base.
        emploi_permanent: vrai pour un emploi permanent.
        duree_max_mois: durée maximale d'un contrat.
        duree_totale_max_mois: durée maximale renouvellements compris.
        duree_min_mois: durée minimale d'un contrat.
        renouvellement: la règle de renouvellement.
        cdi_possible: vrai quand la base peut mener à un CDI.
        anciens_articles: numérotation de la loi n° 84-53 (« 3-3 2° »).
        en_vigueur_depuis: date d'effet.
        source: le texte.
    """

    code: str
    article: str
    cas: str | None = None
    libelle: str
    emploi_permanent: bool
    duree_max_mois: int | None = attrs.field(default=None, validator=_MOIS)
    duree_totale_max_mois: int | None = attrs.field(default=None, validator=_MOIS)
    duree_min_mois: int | None = attrs.field(default=None, validator=_MOIS)
    renouvellement: str | None = None
    cdi_possible: bool = False
    anciens_articles: tuple[str, ...] = ()
    en_vigueur_depuis: datetime.date | None = None
    source: Source

    def __str__(self) -> str:
        return f"{self.article} {self.cas}" if self.cas else self.article


class NiveauDiplome(enum.IntEnum):
    """Niveau du cadre national des certifications professionnelles (1 à 8).

    >>> NiveauDiplome.NIVEAU_7 > NiveauDiplome.NIVEAU_6
    True
    """

    NIVEAU_1 = 1
    NIVEAU_2 = 2
    NIVEAU_3 = 3
    NIVEAU_4 = 4
    NIVEAU_5 = 5
    NIVEAU_6 = 6
    NIVEAU_7 = 7
    NIVEAU_8 = 8


class CategoriePermis(enum.Enum):
    """Catégorie de permis de conduire (directive 2006/126/CE art. 4 ; code de la route R221-4)."""

    AM = "AM"
    A1 = "A1"
    A2 = "A2"
    A = "A"
    B1 = "B1"
    B = "B"
    BE = "BE"
    C1 = "C1"
    C1E = "C1E"
    C = "C"
    CE = "CE"
    D1 = "D1"
    D1E = "D1E"
    D = "D"
    DE = "DE"
