"""Validateurs attrs des invariants du modèle, avec messages en français.

Chaque validateur est un petit objet appelable construit par une fabrique
(comme ``attrs.validators``) ; il lève :class:`~fpt_offres.ValeurInvalide` en
nommant le champ et la règle. Un validateur d'invariant refuse ce qui ne peut
pas être vrai ; ce qui est possible mais contraire au droit relève des
vérifications consultatives, pas d'ici.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from fpt_offres import identifiants
from fpt_offres._texte import a_un_substitut
from fpt_offres._typage import decrire_valeur, est_type
from fpt_offres.erreurs import ValeurInvalide

__all__ = [
    "MESSAGE_SUBSTITUT",
    "ValeurInvalide",
    "a_plat",
    "borne",
    "chaque",
    "courriel",
    "decrire_valeur",
    "description",
    "est_texte",
    "est_type",
    "optionnel",
    "positif",
    "sauf_none",
    "siren",
    "siret",
    "texte",
    "un_a_un",
]

T = TypeVar("T")
Validateur = Callable[[Any, "attrs.Attribute[Any]", Any], None]


MESSAGE_SUBSTITUT = (
    "le texte contient une demi-paire de substitution UTF-16, que l'UTF-8 ne peut pas écrire"
)


@attrs.frozen(repr=False)
class _Texte:
    def __call__(self, _instance: object, attribut: attrs.Attribute[Any], valeur: str) -> None:
        # isspace() ne copie pas le texte, à la différence de strip().
        if not valeur or valeur.isspace():
            raise ValeurInvalide(
                "le texte ne peut pas être vide", champ=attribut.name, regle="texte-vide"
            )
        if a_un_substitut(valeur):
            raise ValeurInvalide(
                MESSAGE_SUBSTITUT,
                champ=attribut.name,
                regle="caractere-invalide",
            )

    def __repr__(self) -> str:
        return "<validateur texte non vide>"


def _decrit(fonction: Validateur, description: object) -> Validateur:
    """``fonction``, qui valide vite, avec l'objet qui la décrit (schéma JSON, diagnostic).

    Les validateurs les plus appelés sont des fonctions : attrs appelle une fonction
    deux fois plus vite qu'un objet à ``__call__``. Leur test rapide ne fait
    qu'accepter ; au moindre doute, l'objet descriptif refait le contrôle et lève
    l'erreur précise.
    """
    fonction.description = description  # type: ignore[attr-defined]
    return fonction


def description(validateur: object) -> object:
    """L'objet qui décrit ``validateur`` : lui-même, ou celui d'un validateur rapide."""
    return getattr(validateur, "description", validateur)


def un_a_un(validateur: object) -> tuple[Any, ...]:
    """Les validateurs d'un champ, un à un ; attrs regroupe une liste dans un seul « and »."""
    if validateur is None:
        return ()
    return tuple(getattr(validateur, "_validators", (validateur,)))


def a_plat(validateur: object) -> list[Any]:
    """Les validateurs d'un champ, un à un et décrits."""
    return [description(x) for x in un_a_un(validateur)]


def est_texte(validateur: object) -> bool:
    """Vrai si ``validateur`` est :func:`texte`, éventuellement facultatif ou appliqué à
    chaque élément."""
    decrit = description(validateur)
    return (decrit.validateur if isinstance(decrit, _Optionnel | _Chaque) else decrit) is _TEXTE


_TEXTE = _Texte()


def _valider_texte(instance: object, attribut: attrs.Attribute[Any], valeur: str) -> None:
    # isascii() en ligne : un texte ASCII, le plus courant, n'a pas de demi-paire.
    if not valeur or valeur.isspace() or (not valeur.isascii() and a_un_substitut(valeur)):
        _TEXTE(instance, attribut, valeur)


def texte() -> Validateur:
    """Refuse une chaîne vide ou faite seulement d'espaces, ou qu'on ne peut pas écrire en UTF-8."""
    return _decrit(_valider_texte, _TEXTE)


def _verifier_fini(attribut: attrs.Attribute[Any], valeur: Decimal | int) -> None:
    """Refuse un Decimal infini ou NaN, que toute comparaison rendrait trompeuse."""
    if isinstance(valeur, Decimal) and not valeur.is_finite():
        raise ValeurInvalide(
            f"{valeur} n'est pas un nombre fini", champ=attribut.name, regle="nombre-fini"
        )


@attrs.frozen(repr=False)
class _Positif:
    strict: bool
    maximum: Decimal | None = None

    def __call__(
        self, _instance: object, attribut: attrs.Attribute[Any], valeur: Decimal | int
    ) -> None:
        _verifier_fini(attribut, valeur)
        if valeur < 0 or (self.strict and valeur == 0):
            attendu = "strictement positif" if self.strict else "positif ou nul"
            raise ValeurInvalide(
                f"{valeur} doit être {attendu}", champ=attribut.name, regle="nombre-positif"
            )
        if self.maximum is not None and valeur > self.maximum:
            raise ValeurInvalide(
                # Une valeur au-delà du maximum peut être immense : elle n'est pas citée.
                f"le nombre dépasse {self.maximum}, le maximum (fpt_offres.bornes)",
                champ=attribut.name,
                regle="nombre-hors-bornes",
            )

    def __repr__(self) -> str:
        haut = f" jusqu'à {self.maximum}" if self.maximum is not None else ""
        return f"<validateur {'strictement ' if self.strict else ''}positif{haut}>"


def positif(*, strict: bool = True, maximum: Decimal | int | None = None) -> Validateur:
    """Refuse un nombre négatif (ou nul si ``strict``), au-delà de ``maximum`` s'il est
    donné, et un Decimal non fini."""
    decrit = _Positif(strict, None if maximum is None else Decimal(maximum))
    haut = decrit.maximum

    def valider(instance: object, attribut: attrs.Attribute[Any], valeur: Any) -> None:
        # Un entier ou un Decimal fini dans l'intervalle passe ; toute autre valeur (un NaN,
        # que les comparaisons refuseraient en levant, un float, un nombre hors de
        # l'intervalle), l'objet la juge.
        if (
            (type(valeur) is int or (type(valeur) is Decimal and valeur.is_finite()))
            and (valeur > 0 if strict else valeur >= 0)
            and (haut is None or valeur <= haut)
        ):
            return
        decrit(instance, attribut, valeur)

    return _decrit(valider, decrit)


@attrs.frozen(repr=False)
class _Borne:
    minimum: Decimal
    maximum: Decimal
    min_inclus: bool
    max_inclus: bool
    unite: str
    regle: str

    def __call__(
        self, _instance: object, attribut: attrs.Attribute[Any], valeur: Decimal | int
    ) -> None:
        _verifier_fini(attribut, valeur)
        trop_bas = valeur < self.minimum or (not self.min_inclus and valeur == self.minimum)
        trop_haut = valeur > self.maximum or (not self.max_inclus and valeur == self.maximum)
        if trop_bas or trop_haut:
            raise ValeurInvalide(
                f"{valeur}{' ' + self.unite if self.unite else ''} n'est pas dans {self}",
                champ=attribut.name,
                regle=self.regle,
            )

    def __str__(self) -> str:
        gauche = "[" if self.min_inclus else "]"
        droite = "]" if self.max_inclus else "["
        return f"{gauche}{self.minimum} ; {self.maximum}{droite}".replace(".", ",")

    def __repr__(self) -> str:
        return f"<validateur dans {self} {self.unite}>"


def borne(
    minimum: Decimal | int,
    maximum: Decimal | int,
    *,
    regle: str,
    unite: str = "",
    min_inclus: bool = True,
    max_inclus: bool = True,
) -> Validateur:
    """Refuse une valeur hors de l'intervalle donné (bornes incluses ou non)."""
    decrit = _Borne(Decimal(minimum), Decimal(maximum), min_inclus, max_inclus, unite, regle)
    bas, haut = decrit.minimum, decrit.maximum

    def valider(instance: object, attribut: attrs.Attribute[Any], valeur: Any) -> None:
        # Le cas courant, un entier ou un Decimal fini strictement dans l'intervalle, passe ;
        # tout autre cas (une borne atteinte, un NaN, un float), l'objet le juge.
        if (
            type(valeur) is int or (type(valeur) is Decimal and valeur.is_finite())
        ) and bas < valeur < haut:
            return
        decrit(instance, attribut, valeur)

    return _decrit(valider, decrit)


@attrs.frozen(repr=False)
class _Identifiant:
    verifier: Callable[[str], str]
    nom: str

    def __call__(self, _instance: object, attribut: attrs.Attribute[Any], valeur: str) -> None:
        try:
            normal = self.verifier(valeur)
        except ValeurInvalide as erreur:
            raise ValeurInvalide(erreur.message, champ=attribut.name, regle=erreur.regle) from None
        if normal != valeur:
            raise ValeurInvalide(
                f"écrire le {self.nom} sans espaces ni séparateurs : {normal!r}",
                champ=attribut.name,
                regle=f"{self.nom.lower()}-forme",
            )

    def __repr__(self) -> str:
        return f"<validateur {self.nom}>"


def siren() -> Validateur:
    """Refuse un SIREN faux ou non compact (9 chiffres, clé de Luhn)."""
    return _Identifiant(identifiants.verifier_siren, "SIREN")


def siret() -> Validateur:
    """Refuse un SIRET faux ou non compact (14 chiffres, Luhn, règle de La Poste)."""
    return _Identifiant(identifiants.verifier_siret, "SIRET")


def courriel() -> Validateur:
    """Refuse une adresse qui n'a pas la syntaxe d'un courriel."""
    return _Identifiant(identifiants.verifier_courriel, "courriel")


@attrs.frozen(repr=False)
class _Optionnel:
    validateur: Validateur

    def __call__(self, instance: object, attribut: attrs.Attribute[Any], valeur: object) -> None:
        if valeur is not None:
            self.validateur(instance, attribut, valeur)

    def __repr__(self) -> str:
        return f"<validateur optionnel {self.validateur!r}>"


def optionnel(validateur: Validateur) -> Validateur:
    """Applique ``validateur`` sauf à ``None``."""
    decrit = _Optionnel(description(validateur))  # type: ignore[arg-type]

    def valider(instance: object, attribut: attrs.Attribute[Any], valeur: object) -> None:
        if valeur is not None:
            validateur(instance, attribut, valeur)

    # La lecture générée teste ``None`` en ligne et n'appelle que lui (``sauf_none``).
    valider.interne = validateur  # type: ignore[attr-defined]
    return _decrit(valider, decrit)


def sauf_none(validateur: object) -> Validateur | None:
    """Le validateur qu'applique ``validateur`` s'il vient de :func:`optionnel`, sinon ``None``.

    >>> sauf_none(optionnel(siren())) is not None, sauf_none(siren())
    (True, None)
    """
    return getattr(validateur, "interne", None)


@attrs.frozen(repr=False)
class _Chaque:
    validateur: Validateur

    def __call__(
        self, instance: object, attribut: attrs.Attribute[Any], valeurs: Iterable[object]
    ) -> None:
        for erreur in self.erreurs(instance, attribut, valeurs):
            raise erreur

    def erreurs(
        self, instance: object, attribut: attrs.Attribute[Any], valeurs: Iterable[object]
    ) -> Iterator[ValeurInvalide]:
        """Chaque élément fautif, avec son rang (pour signaler tous les problèmes)."""
        for rang, valeur in enumerate(valeurs):
            try:
                self.validateur(instance, attribut, valeur)
            except ValeurInvalide as erreur:
                yield ValeurInvalide(
                    erreur.message, champ=f"{attribut.name}[{rang}]", regle=erreur.regle
                )

    def __repr__(self) -> str:
        return f"<validateur de chaque élément {self.validateur!r}>"


def chaque(validateur: Validateur) -> Validateur:
    """Applique ``validateur`` à chaque élément d'un tuple ; le chemin porte le rang."""
    decrit = _Chaque(description(validateur))  # type: ignore[arg-type]

    def valider(instance: object, attribut: attrs.Attribute[Any], valeurs: Any) -> None:
        try:
            for valeur in valeurs:
                validateur(instance, attribut, valeur)
        except ValeurInvalide:
            decrit(instance, attribut, valeurs)  # lève l'erreur, avec le rang de l'élément
            raise

    return _decrit(valider, decrit)


def verifier_ordre(debut: T | None, fin: T | None, *, champ: str, regle: str, message: str) -> None:
    """Lève si ``debut`` et ``fin`` sont connus et que ``debut`` dépasse ``fin``."""
    if debut is not None and fin is not None and debut > fin:  # type: ignore[operator]
        raise ValeurInvalide(message.format(debut=debut, fin=fin), champ=champ, regle=regle)
