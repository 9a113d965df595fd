"""Petits objets-valeurs partagés par tout le modèle : source, chiffre, fourchette, adresse."""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes, nomenclature
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.nomenclature._entrees import Source

__all__ = [
    "Adresse",
    "Approximation",
    "Chiffre",
    "ChiffreCle",
    "Exigence",
    "Fourchette",
    "HeureJour",
    "Source",
]


class Approximation(enum.Enum):
    """Comment une offre qualifie un chiffre (« plus de 2 000 agents »)."""

    EXACT = "exact"
    PLUS_DE = "plus_de"
    PRES_DE = "pres_de"
    ENVIRON = "environ"
    MOINS_DE = "moins_de"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Chiffre:
    """Un chiffre qu'une offre donne, avec sa qualification.

    Attributes:
        valeur: le nombre, positif ou nul.
        approximation: exact, « plus de », « près de », « environ », « moins de ».

    >>> Chiffre(valeur=2000, approximation=Approximation.PLUS_DE).valeur
    2000
    """

    valeur: int = attrs.field(validator=v.positif(strict=False, maximum=bornes.CHIFFRE_MAX))
    approximation: Approximation = Approximation.EXACT


@attrs.frozen(kw_only=True, field_transformer=typer)
class ChiffreCle:
    """Un chiffre de l'employeur au-delà des agents et des habitants : libellé, nombre, unité.

    Attributes:
        libelle: ce que l'offre compte, tel qu'écrit (« budget », « routes départementales »).
        valeur: le nombre, positif ou nul.
        unite: son unité, telle qu'écrite (« M€ », « km »), quand il en a une.
        approximation: exact, « plus de », « près de », « environ », « moins de ».

    >>> ChiffreCle(libelle="routes départementales", valeur=Decimal(4300), unite="km").unite
    'km'
    """

    libelle: str = attrs.field(validator=v.texte())
    valeur: Decimal = attrs.field(validator=v.positif(strict=False, maximum=bornes.CHIFFRE_MAX))
    unite: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    approximation: Approximation = Approximation.EXACT


@attrs.frozen(kw_only=True, order=True, field_transformer=typer)
class HeureJour:
    """Une heure du jour (« 12 h », « 8 h 30 »).

    Attributes:
        heures: de 0 à 23.
        minutes: de 0 à 59.

    >>> HeureJour(heures=12)
    HeureJour(heures=12, minutes=0)
    """

    heures: int = attrs.field(validator=v.borne(0, 23, regle="heure-jour"))
    minutes: int = attrs.field(default=0, validator=v.borne(0, 59, regle="minutes"))


class Exigence(enum.Enum):
    """Le poids d'une condition du profil : exigée ou seulement souhaitée."""

    EXIGEE = "exigee"
    SOUHAITEE = "souhaitee"


def _verifier_fourchette(instance: Fourchette, _attribut: Any, _valeur: Any) -> None:
    if instance.minimum is None and instance.maximum is None:
        raise ValeurInvalide(
            "une fourchette a au moins un minimum ou un maximum",
            champ="minimum",
            regle="fourchette-vide",
        )
    v.verifier_ordre(
        instance.minimum,
        instance.maximum,
        champ="minimum",
        regle="fourchette-ordre",
        message="le minimum {debut} dépasse le maximum {fin}",
    )


_MONTANT = v.optionnel(v.positif(maximum=bornes.MONTANT_MAX))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Fourchette:
    """Un montant ou une fourchette de montants strictement positifs, en euros.

    Un montant unique a le même minimum et maximum ; « jusqu'à 500 € » n'a
    qu'un maximum.

    Attributes:
        minimum: le bas de la fourchette, strictement positif.
        maximum: le haut de la fourchette, strictement positif et pas sous le minimum.

    >>> Fourchette(minimum=Decimal("2461.39"), maximum=Decimal("3000"))
    Fourchette(minimum=Decimal('2461.39'), maximum=Decimal('3000'))
    >>> Fourchette(minimum=Decimal("3000"), maximum=Decimal("2000"))
    Traceback (most recent call last):
    ...
    fpt_offres.erreurs.ValeurInvalide: minimum : le minimum 3000 dépasse le maximum 2000
    """

    minimum: Decimal | None = attrs.field(default=None, validator=_MONTANT)
    maximum: Decimal | None = attrs.field(default=None, validator=[_MONTANT, _verifier_fourchette])

    @classmethod
    def montant(cls, valeur: Decimal) -> Fourchette:
        """Une fourchette réduite à un montant.

        >>> Fourchette.montant(Decimal("75")).minimum
        Decimal('75')
        """
        return cls(minimum=valeur, maximum=valeur)


@attrs.frozen
class AligneSur:
    """Validateur : les mots de l'offre (``*_tels_qu_ecrits``) vont un à un avec les codes du champ voisin.

    Vide, le tuple ne dit rien des mots de l'offre ; sinon il a autant d'éléments
    que le champ ``champ``, dans le même ordre.
    """

    champ: str

    def __call__(
        self, instance: object, attribut: attrs.Attribute[Any], mots: tuple[Any, ...]
    ) -> None:
        codes = getattr(instance, self.champ)
        if mots and len(mots) != len(codes):
            raise ValeurInvalide(
                f"{len(mots)} libellé(s) tel(s) qu'écrit(s) pour {len(codes)} entrée(s) de "
                f"{self.champ} : un par entrée, dans le même ordre",
                champ=attribut.name,
                regle="tels-qu-ecrits-alignes",
            )


def departement_connu(_instance: object, attribut: attrs.Attribute[Any], code: str) -> None:
    """Valide un code de département ou de collectivité d'outre-mer connu de la nomenclature."""
    if code not in nomenclature.departements():
        raise ValeurInvalide(
            f"{code!r} n'est pas un code de département ou de collectivité d'outre-mer connu "
            "(01 à 95, 2A, 2B, 971 à 976, 975, 977, 978, 986 à 988)",
            champ=attribut.name,
            regle="departement-inconnu",
        )


def _numero_avec_cedex(
    instance: Adresse, attribut: attrs.Attribute[Any], numero: str | None
) -> None:
    if numero is not None and not instance.cedex:
        raise ValeurInvalide(
            "un numéro de CEDEX ne va qu'avec une adresse CEDEX (cedex : true)",
            champ=attribut.name,
            regle="cedex-numero",
        )


_CODE_POSTAL = re.compile(r"(?:0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}")


def _verifier_code_postal(_instance: object, attribut: attrs.Attribute[Any], valeur: str) -> None:
    if not _CODE_POSTAL.fullmatch(valeur):
        raise ValeurInvalide(
            f"{valeur!r} n'est pas un code postal français (5 chiffres, 01000 à 98999)",
            champ=attribut.name,
            regle="code-postal",
        )


@attrs.frozen(kw_only=True, field_transformer=typer)
class Adresse:
    """Une adresse postale telle qu'une offre la donne.

    Attributes:
        lignes: les lignes avant la commune (service, voie, boîte postale, CS).
        code_postal: cinq chiffres.
        commune: le nom de la commune.
        cedex: vrai quand l'adresse est une adresse CEDEX.
        numero_cedex: le numéro du CEDEX, tel qu'écrit (« CEDEX 9 » : ``"9"``).
    """

    lignes: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    code_postal: str | None = attrs.field(
        default=None, validator=v.optionnel(_verifier_code_postal)
    )
    commune: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    cedex: bool = False
    numero_cedex: str | None = attrs.field(
        default=None, validator=[v.optionnel(v.texte()), _numero_avec_cedex]
    )
