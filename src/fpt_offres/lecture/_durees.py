"""Lire une durée de contrat : « 3 ans », « un an minimum », « 1 an et 6 mois »."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from dateutil.relativedelta import relativedelta

from fpt_offres.formatage import LOCALE
from fpt_offres.lecture._commun import LectureImpossible, normaliser

__all__ = ["lire_duree"]

_UNITES = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
}
_DIZAINES = {"dix": 10, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_MOT_NOMBRE = (
    r"(?:(?:" + "|".join(_DIZAINES) + r")(?:[- ]et[- ]un|-(?:" + "|".join(_UNITES) + r"))?"
    r"|" + "|".join(sorted(_UNITES, key=len, reverse=True)) + r")"
)


def _nombre_en_lettres(mot: str) -> int:
    """« dix-huit » → 18, « vingt et un » → 21, « trente-six » → 36 (de 0 à 69)."""
    mot = mot.replace(" ", "-")
    if mot in _UNITES:
        return _UNITES[mot]
    dizaine, _, reste = mot.partition("-")
    unite = 1 if reste == "et-un" else _UNITES.get(reste, 0)
    return _DIZAINES[dizaine] + unite


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
    chiffres (« 1,5 an ») ou en lettres jusqu'à soixante-neuf (« deux ans »,
    « dix-huit mois »), « et demi » compris (« un an et demi »).

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
