"""Petits objets-valeurs partagés par tout le modèle : source, chiffre, fourchette, adresse."""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.nomenclature._entrees import Source

__all__ = [
    "Adresse",
    "Approximation",
    "Chiffre",
    "Exigence",
    "Fourchette",
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
    """

    lignes: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    code_postal: str | None = attrs.field(
        default=None, validator=v.optionnel(_verifier_code_postal)
    )
    commune: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    cedex: bool = False
