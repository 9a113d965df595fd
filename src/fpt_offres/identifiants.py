"""Identifiants des employeurs et adresses : SIREN, SIRET, courriel.

Les mêmes verbes pour chaque identifiant, à la façon de python-stdnum :
``verifier_*`` rend la forme normale ou lève :class:`~fpt_offres.ValeurInvalide`,
``est_*_valide`` ne lève jamais.

Le contrôle des SIREN et SIRET est délégué à python-stdnum (clé de Luhn, et
règle propre à La Poste : ses établissements, SIREN 356 000 000, ont un SIRET
dont la somme des chiffres est un multiple de 5).

Sources : INSEE, « Système d'identification du répertoire des entreprises »
(https://www.insee.fr/fr/metadonnees/definition/c1496) ; python-stdnum,
modules ``stdnum.fr.siren`` et ``stdnum.fr.siret``.

>>> verifier_siret("356 000 000 00048")
'35600000000048'
>>> est_siret_valide("35600000000049")
False
>>> verifier_courriel("recrutement@marne.fr")
'recrutement@marne.fr'
"""

from __future__ import annotations

import re
from functools import lru_cache

from stdnum import exceptions as stdnum_exceptions
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

from fpt_offres.erreurs import ValeurInvalide

__all__ = [
    "est_courriel_valide",
    "est_siren_valide",
    "est_siret_valide",
    "verifier_courriel",
    "verifier_siren",
    "verifier_siret",
]

_RAISONS = {
    stdnum_exceptions.InvalidFormat: "ne doit contenir que des chiffres",
    stdnum_exceptions.InvalidLength: "n'a pas la bonne longueur",
    stdnum_exceptions.InvalidChecksum: "a une clé de contrôle fausse",
}


def _verifier(numero: str, module: object, nom: str, longueur: int) -> str:
    try:
        return str(module.validate(numero))  # type: ignore[attr-defined]
    except stdnum_exceptions.ValidationError as erreur:
        raison = _RAISONS.get(type(erreur), "est invalide")
        raise ValeurInvalide(
            f"le {nom} {numero!r} {raison} ({longueur} chiffres, clé de Luhn)",
            regle=nom.lower(),
        ) from None


def verifier_siren(numero: str) -> str:
    """Rend le SIREN sans espaces, ou lève si sa longueur ou sa clé est fausse.

    >>> verifier_siren("356 000 000")
    '356000000'
    >>> verifier_siren("356000001")
    Traceback (most recent call last):
    ...
    fpt_offres.erreurs.ValeurInvalide: le SIREN '356000001' a une clé de contrôle fausse (9 chiffres, clé de Luhn)
    """
    return _verifier(numero, stdnum_siren, "SIREN", 9)


def verifier_siret(numero: str) -> str:
    """Rend le SIRET sans espaces, ou lève si sa longueur ou sa clé est fausse."""
    return _verifier(numero, stdnum_siret, "SIRET", 14)


def est_siren_valide(numero: object) -> bool:
    """Dit si ``numero`` est un SIREN valide ; ne lève jamais."""
    return isinstance(numero, str) and bool(stdnum_siren.is_valid(numero))


def est_siret_valide(numero: object) -> bool:
    """Dit si ``numero`` est un SIRET valide ; ne lève jamais."""
    return isinstance(numero, str) and bool(stdnum_siret.is_valid(numero))


# La forme d'une adresse, que le schéma JSON peut dire : un nom, « @ », un domaine à
# point, sans blanc. La syntaxe complète (RFC 5321 et 6531 : noms et domaines
# internationalisés, longueurs, étiquettes DNS) est celle d'email-validator.
FORME_COURRIEL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def verifier_courriel(adresse: str) -> str:
    """Rend l'adresse si sa syntaxe est celle d'un courriel, ou lève.

    Vérifiée par email-validator, sans interroger le DNS : une adresse à accents
    (``recrutement@mairie-évry.fr``) est permise, et rendue telle qu'écrite (la
    forme normale d'email-validator met le domaine en minuscules : la casse que
    l'offre emploie est gardée).

    >>> verifier_courriel("recrutement@mairie-évry.fr")
    'recrutement@mairie-évry.fr'
    >>> verifier_courriel("drh@ville")
    Traceback (most recent call last):
    ...
    fpt_offres.erreurs.ValeurInvalide: l'adresse 'drh@ville' n'a pas la syntaxe d'un courriel (nom@domaine.fr)
    """
    if not _courriel_valide(adresse):
        raise ValeurInvalide(
            f"l'adresse {adresse!r} n'a pas la syntaxe d'un courriel (nom@domaine.fr)",
            regle="courriel",
        )
    return adresse


@lru_cache(maxsize=4096)
def _courriel_valide(adresse: str) -> bool:
    # Les mêmes adresses reviennent d'offre en offre (un employeur, son service RH) :
    # la validation, de l'ordre de 50 µs, est gardée en mémoire.
    if len(adresse) > 254 or not FORME_COURRIEL.fullmatch(adresse):
        return False  # refus sans email-validator, ni son import (0,1 s)
    import email_validator  # noqa: PLC0415  (chargé au premier courriel)

    try:
        email_validator.validate_email(adresse, check_deliverability=False)
    except email_validator.EmailNotValidError:
        return False
    return True


def est_courriel_valide(adresse: object) -> bool:
    """Dit si ``adresse`` a la syntaxe d'un courriel ; ne lève jamais."""
    try:
        return isinstance(adresse, str) and bool(verifier_courriel(adresse))
    except ValeurInvalide:
        return False
