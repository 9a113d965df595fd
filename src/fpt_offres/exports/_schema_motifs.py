"""Les expressions rationnelles du schéma JSON : textes non vides, entiers, décimaux, années.

Des motifs écrits dans le sous-ensemble d'ECMA-262 que comprend aussi le module
``re`` de Python, pour :mod:`fpt_offres.exports.schema`.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from functools import cache
from typing import Any

from fpt_offres import bornes

__all__ = [
    "MOTIF_ZERO",
    "Schema",
    "complet",
    "entier_exact",
    "motif_annees",
    "motif_texte",
    "schema_decimal",
]

Schema = dict[str, Any]

# --- expressions rationnelles -------------------------------------------------------------
#
# Les motifs suivent le sous-ensemble d'ECMA-262 que comprend aussi le module ``re`` de
# Python : classes explicites ([0-9] et non \d, qui en Python accepte tous les chiffres
# Unicode), et fin ancrée par « $(?!\n) » : en Python, « $ » accepte aussi une fin de
# texte suivie d'un saut de ligne, ce que refuse ECMA-262 ; l'assertion ajoutée rend les
# deux moteurs d'accord.


def complet(corps: str) -> str:
    """Un motif qui doit couvrir toute la chaîne."""
    return f"^(?:{corps})$(?!\\n)"


def _echapper(code: int) -> str:
    if code > 0xFFFF:  # ECMA-262 écrit \u{…}, Python \U… : pas de forme commune
        msg = f"caractère U+{code:X} hors du plan multilingue de base : non traduit en motif"
        raise NotImplementedError(msg)
    return f"\\u{code:04x}"


def _classe_caracteres(codes: list[int], *, niee: bool) -> str:
    """Une classe ``[...]`` de caractères donnés par leur code, en plages ``\\uXXXX``."""
    morceaux: list[str] = []
    debut = precedent = codes[0]
    for code in [*codes[1:], -2]:
        if code != precedent + 1:
            morceaux.append(
                _echapper(debut)
                if debut == precedent
                else f"{_echapper(debut)}-{_echapper(precedent)}"
            )
            debut = code
        precedent = code
    return f"[{'^' if niee else ''}{''.join(morceaux)}]"


@cache
def motif_texte() -> str:
    """« Au moins un caractère qui n'est pas un blanc » au sens de ``str.strip``.

    Le validateur ``texte()`` du modèle refuse un texte que
    ``strip()`` vide ; les blancs de Python (``str.isspace``) diffèrent de ceux
    d'ECMA-262 (« \\s » : U+FEFF en plus, U+001C à U+001F et U+0085 en moins).
    La classe est donc calculée et écrite en clair.
    """
    blancs = [code for code in range(sys.maxunicode + 1) if not chr(code).strip()]
    return _classe_caracteres(blancs, niee=True)


# La grammaire des décimaux du convertisseur (``_crochets.nombre_decimal``) : chiffres
# ASCII, point décimal, sans exposant ; et au plus DECIMALES_MAX décimales à la valeur
# (« 12.500 » en a deux : au-delà, rien que des zéros).
_D = bornes.DECIMALES_MAX
_FRACTION = rf"(?:\.[0-9]{{1,{_D}}}0*)?"
_FRACTION_NULLE = r"(?:\.0+)?"
_FRACTION_NON_NULLE = rf"\.(?=[0-9]{{0,{_D - 1}}}[1-9])[0-9]{{1,{_D}}}0*"
_MANTISSE = rf"[0-9]+{_FRACTION}"
_MANTISSE_NULLE = rf"0+{_FRACTION_NULLE}"


def _plage_meme_longueur(bas: str, haut: str) -> list[str]:
    """Motifs des entiers écrits avec autant de chiffres que ``bas`` et ``haut`` (bas <= haut)."""
    if bas == haut:
        return [bas]
    commun = 0
    while bas[commun] == haut[commun]:
        commun += 1
    prefixe, bas, haut = bas[:commun], bas[commun:], haut[commun:]
    reste = len(bas) - 1

    def chiffres(de: str, a: str) -> str:
        return de if de == a else f"[{de}-{a}]"

    if reste == 0:
        return [prefixe + chiffres(bas, haut)]
    queue = f"[0-9]{{{reste}}}" if reste > 1 else "[0-9]"
    motifs: list[str] = []
    premier, dernier = bas[0], haut[0]
    if set(bas[1:]) != {"0"}:
        motifs += [prefixe + bas[0] + m for m in _plage_meme_longueur(bas[1:], "9" * reste)]
        premier = chr(ord(premier) + 1)
    haut_plein = set(haut[1:]) == {"9"}
    fin_milieu = dernier if haut_plein else chr(ord(dernier) - 1)
    if premier <= fin_milieu:
        motifs.append(prefixe + chiffres(premier, fin_milieu) + queue)
    if not haut_plein:
        motifs += [prefixe + haut[0] + m for m in _plage_meme_longueur("0" * reste, haut[1:])]
    return motifs


def _plage_entiers(bas: int, haut: int | None) -> str:
    """Motif des entiers naturels de ``bas`` à ``haut`` inclus (sans fin si ``None``), zéros de tête admis."""
    motifs: list[str] = []
    debut = bas
    if haut is None:
        # Au-delà des nombres à len(bas) chiffres, tout nombre plus long convient.
        longueur = len(str(bas))
        motifs.append(f"[1-9][0-9]{{{longueur},}}")
        limite = 10**longueur - 1
    else:
        limite = haut
    while debut <= limite:
        fin = min(limite, 10 ** len(str(debut)) - 1)
        motifs += _plage_meme_longueur(str(debut), str(fin))
        debut = fin + 1
    sans_zero = [m for m in motifs if m != "0"]
    alternatives = [f"0*(?:{'|'.join(sans_zero)})"] if sans_zero else []
    if bas == 0:
        alternatives.append("0+")
    return "|".join(alternatives)


def motif_annees(bas: int, haut: int) -> str:
    """Motif des années de ``bas`` à ``haut``, écrites sur quatre chiffres."""
    return "|".join(_plage_meme_longueur(f"{bas:04d}", f"{haut:04d}"))


def entier_exact(valeur: Decimal) -> int:
    if valeur != valeur.to_integral_value():
        msg = f"borne décimale non entière {valeur} : non traduite en motif"
        raise NotImplementedError(msg)
    return int(valeur)


def _motif_decimal(bas: tuple[Decimal, bool] | None, haut: tuple[Decimal, bool] | None) -> str:
    """Motif d'une chaîne décimale dans l'intervalle donné (bornes entières, minimum >= 0).

    La notation scientifique (« 1E+2 ») n'en est pas : le convertisseur la refuse, et
    ``vers_json`` ne l'écrit jamais.
    """
    if bas is None and haut is None:
        return complet(f"-?{_MANTISSE}")
    if bas is None or bas[0] < 0:
        msg = "intervalle sans minimum positif ou nul : non traduit en motif"
        raise NotImplementedError(msg)
    minimum, min_inclus = entier_exact(bas[0]), bas[1]
    maximum = None if haut is None else entier_exact(haut[0])
    max_inclus = haut is not None and haut[1]
    ordinaire: list[str] = []
    if maximum is None:
        ordinaire.append(f"(?:{_plage_entiers(minimum + 1, None)}){_FRACTION}")
    elif minimum + 1 <= maximum - 1:
        ordinaire.append(f"(?:{_plage_entiers(minimum + 1, maximum - 1)}){_FRACTION}")
    if maximum is None or minimum < maximum:
        ordinaire.append(
            f"(?:{_plage_entiers(minimum, minimum)})"
            + (_FRACTION if min_inclus else _FRACTION_NON_NULLE)
        )
    elif min_inclus and max_inclus:
        ordinaire.append(f"(?:{_plage_entiers(minimum, minimum)}){_FRACTION_NULLE}")
    if maximum is not None and max_inclus and minimum < maximum:
        ordinaire.append(f"(?:{_plage_entiers(maximum, maximum)}){_FRACTION_NULLE}")
    if minimum == 0 and min_inclus:
        ordinaire.append(f"-{_MANTISSE_NULLE}")  # « -0 » vaut 0
    return complet("|".join(ordinaire))


MOTIF_ZERO = complet(rf"-?{_MANTISSE_NULLE}")


def _nombre_json(valeur: Decimal) -> int | float:
    return int(valeur) if valeur == valeur.to_integral_value() else float(valeur)


def schema_decimal(bas: tuple[Decimal, bool] | None, haut: tuple[Decimal, bool] | None) -> Schema:
    """Un décimal : chaîne décimale (la forme écrite) ou nombre JSON (accepté en lecture)."""
    nombre: Schema = {"type": "number"}
    if bas is not None:
        nombre["minimum" if bas[1] else "exclusiveMinimum"] = _nombre_json(bas[0])
    if haut is not None:
        nombre["maximum" if haut[1] else "exclusiveMaximum"] = _nombre_json(haut[0])
    return {
        "anyOf": [
            {
                "type": "string",
                "description": "nombre décimal écrit en chiffres, point décimal (« 17.5 »)",
                "pattern": _motif_decimal(bas, haut),
            },
            nombre,
        ]
    }
