"""Lire une durée de contrat : « 3 ans », « un an minimum », « 1 an et 6 mois »."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from dateutil.relativedelta import relativedelta

from fpt_offres.formatage import LOCALE
from fpt_offres.lecture._commun import LectureImpossible, normaliser

__all__ = ["lire_duree"]

# Les nombres en lettres sont lus par text2num (Allo-Media, licence MIT, publié
# régulièrement depuis 2018, cœur en Rust) plutôt qu'à la main : il connaît toute la
# numération française (« soixante-dix », « quatre-vingt-dix-neuf », « deux cents »,
# « mille »), et refuse ce qui n'est pas un nombre (« cent cent »). Le motif ne fait
# que délimiter une suite de mots de nombre, séparés par un espace ou un trait d'union
# (« et » compris : « vingt et un ») ; sans « million », la valeur reste sous 10**6.
_MOTS_NOMBRE = [
    "zero",
    "une",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingts",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cents",
    "cent",
    "mille",
]
_MOT = "(?:" + "|".join(sorted(_MOTS_NOMBRE, key=len, reverse=True)) + ")"
_MOT_NOMBRE = rf"{_MOT}(?:(?:[- ]et)?[- ]{_MOT})*(?![a-z])"


def _nombre_en_lettres(mots: str) -> int:
    """« dix-huit » → 18, « soixante et onze » → 71, « quatre-vingt-dix-neuf » → 99.

    Raises:
        ValueError: une suite de mots de nombre qui n'est pas un nombre (« cent cent »).
    """
    from text_to_num import text2num  # noqa: PLC0415  (chargé au premier nombre en lettres)

    # Le texte est normalisé sans accents ; text2num écrit « zéro ». Les traits d'union
    # deviennent des espaces : text2num lit « dix sept mille » mais pas l'orthographe
    # de 1990 (« dix-sept-mille »), que les offres emploient aussi.
    return int(text2num(re.sub(r"\bzero\b", "zéro", mots.replace("-", " ")), "fr"))


def decimal_francais(chiffres: str) -> Decimal:
    """Un nombre écrit à la française (« 17,5 ») ; lève ``ValueError`` s'il est illisible."""
    from babel.numbers import (  # noqa: PLC0415  (babel se charge au premier usage)
        NumberFormatError,
        parse_decimal,
    )

    try:
        return Decimal(parse_decimal(chiffres.replace(".", ","), locale=LOCALE, strict=True))
    except (NumberFormatError, InvalidOperation) as erreur:
        raise ValueError(chiffres) from erreur


_NOMBRE = rf"(?:\d+(?:[.,]\d+)?|{_MOT_NOMBRE})"
_TERME = re.compile(
    rf"(?P<nombre>{_NOMBRE}) ?(?P<unite>annees?|ans?|mois|semaines?|jours?)\b"
    r"(?P<demi> et demie?\b)?"
)
_SEPARATEUR = re.compile(r" ?(?:,|\bet\b)? ?")
# Un qualificatif à la fois, avec ce qui le sépare du précédent : la suite se lit de
# gauche à droite, sans retour en arrière (le texte n'a que des espaces simples).
_QUALIFICATIF = re.compile(
    r"(?: ?, ?| )?(?:minimum|maximum|au minimum|au maximum|au moins|au plus|min\.?|max\.?"
    r"|(?:non )?renouvelables?(?: (?:une|deux|trois|\d) fois)?|reconductibles?"
    r"|avec possibilite de renouvellement|\([^()]*\))"
)
# Chaque unité en (mois, jours), d'après ses trois premières lettres.
_UNITES_DUREE = {"ann": (12, 0), "an": (12, 0), "moi": (1, 0), "sem": (0, 7), "jou": (0, 1)}
# Une durée d'offre se compte en mois ou en années, jamais en siècles : au-delà, c'est une
# erreur de saisie (et relativedelta ne calcule pas sur des entiers sans borne).
_MOIS_MAX = 100 * 12


def _qualificatifs_seuls(texte: str, position: int) -> bool:
    """Vrai quand ``texte[position:]`` n'est fait que de qualificatifs d'une durée."""
    while position < len(texte):
        qualificatif = _QUALIFICATIF.match(texte, position)
        if qualificatif is None or qualificatif.end() == position:
            return False
        position = qualificatif.end()
    return True


def lire_duree(texte: str) -> relativedelta:
    """La durée qu'écrit ``texte`` : « 3 ans », « un an minimum », « 1 an et 6 mois ».

    Les qualificatifs d'une durée de contrat (« minimum », « renouvelable »,
    « avec possibilité de renouvellement ») sont acceptés et ne changent pas la
    durée lue ; « d'un an » se lit comme « un an ». Les nombres s'écrivent en
    chiffres (« 1,5 an ») ou en lettres (« deux ans », « dix-huit mois »,
    « quatre-vingt-dix jours »), « et demi » compris (« un an et demi »).

    Returns:
        Un relativedelta d'années, de mois et de jours (les mois au-delà de 11
        y sont rangés en années : « 18 mois » donne 1 an et 6 mois).

    Raises:
        LectureImpossible: le texte n'est pas une durée, une fraction qui ne
            tombe pas sur un mois ou un jour entier (« 1,5 mois »), ou une durée
            de plus de cent ans.

    >>> lire_duree("3 ans")
    relativedelta(years=+3)
    >>> lire_duree("6 mois renouvelable")
    relativedelta(months=+6)
    >>> lire_duree("deux ans") == lire_duree("24 mois")
    True
    >>> lire_duree("18 mois")
    relativedelta(years=+1, months=+6)
    >>> lire_duree("un an et demi") == lire_duree("1 an et 6 mois") == lire_duree("1,5 an")
    True
    >>> lire_duree("longtemps")
    Traceback (most recent call last):
    ...
    fpt_offres.lecture.LectureImpossible: « longtemps » ne se lit pas comme une durée : aucune durée reconnue
    """

    def impossible(raison: str) -> LectureImpossible:
        return LectureImpossible(texte, "une durée", raison)

    normal = normaliser(texte)
    for prefixe in ("d'", "de ", "duree de "):
        if normal.startswith(prefixe):
            normal = normal[len(prefixe) :]
            break
    mois, jours, position, termes = Decimal(0), Decimal(0), 0, 0
    while position < len(normal):
        debut = position
        if termes:
            separateur = _SEPARATEUR.match(normal, position)
            position = separateur.end() if separateur else position
        terme = _TERME.match(normal, position)
        if terme is None:
            position = debut
            break
        nombre = terme["nombre"]
        try:
            valeur = (
                decimal_francais(nombre)
                if nombre[0].isdigit()
                else Decimal(_nombre_en_lettres(nombre))
            )
        except ValueError:
            raise impossible(f"nombre illisible : {nombre}") from None
        if terme["demi"]:
            valeur += Decimal("0.5")
        par_mois, par_jour = _UNITES_DUREE[terme["unite"][:3].rstrip("s")]
        mois += valeur * par_mois
        jours += valeur * par_jour
        if mois + jours / 30 > _MOIS_MAX:
            raise impossible("plus de cent ans")
        position, termes = terme.end(), termes + 1
    if not termes:
        raise impossible("aucune durée reconnue")
    if not _qualificatifs_seuls(normal, position):
        raise impossible(f"reste « {normal[position:].strip()} »")
    if mois != mois.to_integral_value() or jours != jours.to_integral_value():
        raise impossible("la durée ne tombe pas sur un nombre entier de mois et de jours")
    return relativedelta(months=int(mois), days=int(jours))
