"""La rémunération : traitement statutaire, régime indemnitaire, NBI, montants, avantages.

Sources : décret n° 85-1148 (traitement, indices) ; RIFSEEP = IFSE + CIA
(décret n° 2014-513, transposé à la FPT par le principe de parité, décret
n° 91-875) ; NBI (décret n° 2006-779 pour la FPT, mention possible dans l'avis
de vacance : décret n° 2018-1351 art. 3) ; participation à la protection
sociale complémentaire (ordonnance n° 2021-175, décret n° 2022-581).
Les montants sont des ``Decimal`` en euros, jamais des flottants.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.commun import Fourchette

__all__ = [
    "Avantage",
    "Indices",
    "Nbi",
    "PartIndemnitaire",
    "Periode",
    "Public",
    "RegimeIndemnitaire",
    "Remuneration",
    "Salaire",
    "TypeAvantage",
]


class Periode(enum.Enum):
    """La période d'un montant."""

    HORAIRE = "horaire"
    MENSUELLE = "mensuelle"
    ANNUELLE = "annuelle"


class Public(enum.Enum):
    """À qui un élément de rémunération s'applique, quand l'offre distingue."""

    TOUS = "tous"
    TITULAIRES = "titulaires"
    CONTRACTUELS = "contractuels"


_BRUT = v.optionnel(v.positif(maximum=bornes.INDICE_BRUT_MAX))
_MAJORE = v.optionnel(v.positif(maximum=bornes.INDICE_MAJORE_MAX))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Indices:
    """Les indices de la grille, quand l'offre les donne (bornes incluses).

    Attributes:
        brut_min: l'indice brut le plus bas.
        brut_max: l'indice brut le plus haut.
        majore_min: l'indice majoré le plus bas.
        majore_max: l'indice majoré le plus haut.
    """

    brut_min: int | None = attrs.field(default=None, validator=_BRUT)
    brut_max: int | None = attrs.field(default=None, validator=_BRUT)
    majore_min: int | None = attrs.field(default=None, validator=_MAJORE)
    majore_max: int | None = attrs.field(default=None, validator=_MAJORE)

    def __attrs_post_init__(self) -> None:
        v.verifier_ordre(
            self.brut_min,
            self.brut_max,
            champ="brut_min",
            regle="fourchette-ordre",
            message="l'indice brut minimal {debut} dépasse le maximal {fin}",
        )
        v.verifier_ordre(
            self.majore_min,
            self.majore_max,
            champ="majore_min",
            regle="fourchette-ordre",
            message="l'indice majoré minimal {debut} dépasse le maximal {fin}",
        )


@attrs.frozen(kw_only=True, field_transformer=typer)
class Salaire:
    """Un montant de rémunération annoncé, avec sa période et son public.

    Attributes:
        montant: le montant ou la fourchette, en euros.
        periode: mensuelle, annuelle ou horaire.
        brut: vrai pour un montant brut (le cas de loin le plus courant).
        public: titulaires, contractuels ou tous.
        libelle: ce que l'offre en dit (« salaire indicatif »).
    """

    montant: Fourchette
    periode: Periode = Periode.MENSUELLE
    brut: bool = True
    public: Public = Public.TOUS
    libelle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class PartIndemnitaire:
    """L'IFSE ou le CIA du RIFSEEP : groupe de fonctions et montant.

    Attributes:
        groupe: le groupe de fonctions (« A2 »).
        montant: le montant ou la fourchette, en euros.
        periode: mensuelle (IFSE, le plus souvent) ou annuelle (CIA).
    """

    groupe: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    montant: Fourchette | None = None
    periode: Periode | None = None


@attrs.frozen(kw_only=True, field_transformer=typer)
class RegimeIndemnitaire:
    """Le régime indemnitaire annoncé.

    Attributes:
        rifseep: vrai quand l'offre nomme le RIFSEEP.
        ifse: l'indemnité de fonctions, de sujétions et d'expertise (souvent mensuelle).
        cia: le complément indemnitaire annuel.
        libelle: les mots par lesquels l'offre le nomme (« Régime indemnitaire »).
        precision: ce que l'offre ajoute à ce nom (« Ministère de l'Intérieur »).
    """

    rifseep: bool | None = None
    ifse: PartIndemnitaire | None = None
    cia: PartIndemnitaire | None = None
    libelle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    precision: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Nbi:
    """La nouvelle bonification indiciaire attachée au poste.

    Attributes:
        points: le nombre de points d'indice majoré, quand il est donné.
        libelle: les mots de l'offre.
    """

    points: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(maximum=bornes.NBI_POINTS_MAX))
    )
    libelle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


class TypeAvantage(enum.Enum):
    """Les avantages que les offres citent ; ``AUTRE`` avec un libellé pour le reste."""

    CNAS = "cnas"
    COS = "cos"
    AMICALE = "amicale"
    COMITE_ACTION_SOCIALE = "comite_action_sociale"
    RESTAURATION = "restauration"
    TITRES_RESTAURANT = "titres_restaurant"
    PARTICIPATION_SANTE = "participation_sante"
    PARTICIPATION_PREVOYANCE = "participation_prevoyance"
    CET = "cet"
    RTT = "rtt"
    CHEQUES_VACANCES = "cheques_vacances"
    CESU = "cesu"
    REMBOURSEMENT_TRANSPORT = "remboursement_transport"
    FORFAIT_MOBILITES_DURABLES = "forfait_mobilites_durables"
    PRIME_ANNUELLE = "prime_annuelle"
    CONCIERGERIE = "conciergerie"
    LOGEMENT = "logement"
    VEHICULE = "vehicule"
    AUTRE = "autre"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Avantage:
    """Un avantage annoncé.

    Attributes:
        type: sa nature.
        libelle: les mots de l'offre (« Comité d'Action Sociale ») ; obligatoire pour ``AUTRE``.
        taux: un pourcentage pris en charge (« 75 % » du transport).
        montant: un montant, quand l'offre le donne.
        precision: un complément (« labellisée », « monétisables »).
    """

    type: TypeAvantage
    libelle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    taux: Decimal | None = attrs.field(
        default=None,
        validator=v.optionnel(v.borne(0, 100, min_inclus=False, regle="taux", unite="%")),
    )
    montant: Fourchette | None = None
    precision: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))

    def __attrs_post_init__(self) -> None:
        if self.type is TypeAvantage.AUTRE and self.libelle is None:
            raise ValeurInvalide(
                "un avantage de type « autre » doit avoir un libellé",
                champ="libelle",
                regle="avantage-autre-libelle",
            )


@attrs.frozen(kw_only=True, field_transformer=typer)
class Remuneration:
    """Ce que l'offre dit de la rémunération, dans l'ordre du texte pour les avantages.

    Attributes:
        statutaire: vrai quand l'offre annonce la rémunération statutaire (grille).
        statutaire_tel_qu_ecrit: les mots par lesquels l'offre l'annonce (« grille
            indiciaire », « rémunération sur le grade ») ; seulement si ``statutaire``.
        indices: les indices, quand ils sont donnés.
        salaires: les montants annoncés, éventuellement distincts par public.
        regime_indemnitaire: le régime indemnitaire.
        nbi: la NBI.
        avantages: les avantages.
        precision: ce que l'offre ajoute (« selon expérience »).
    """

    statutaire: bool = False
    statutaire_tel_qu_ecrit: str | None = attrs.field(
        default=None, validator=v.optionnel(v.texte())
    )
    indices: Indices | None = None
    salaires: tuple[Salaire, ...] = ()
    regime_indemnitaire: RegimeIndemnitaire | None = None
    nbi: Nbi | None = None
    avantages: tuple[Avantage, ...] = ()
    precision: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))

    def __attrs_post_init__(self) -> None:
        if self.statutaire_tel_qu_ecrit is not None and not self.statutaire:
            raise ValeurInvalide(
                "les mots de la rémunération statutaire supposent qu'elle soit annoncée "
                "(statutaire vrai)",
                champ="statutaire_tel_qu_ecrit",
                regle="statutaire-tel-qu-ecrit",
            )
