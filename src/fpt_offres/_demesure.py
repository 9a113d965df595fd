"""Les nombres trop grands ou trop fins pour s'écrire en chiffres : « 1,5 × 10⁴⁰ ».

Le convertisseur lit un nombre JSON exactement (``1e400`` est un ``Decimal``) ; babel,
lui, l'arrondit dans le contexte décimal par défaut (28 chiffres) et lève au-delà, et
l'écriture en chiffres de ``1e999999999999`` ne tiendrait pas en mémoire. Un nombre de
plus de 40 chiffres avant ou après la virgule s'écrit donc en notation scientifique, et
les autres sont mis en forme dans un contexte assez précis pour ne jamais être arrondis.
"""

from __future__ import annotations

import decimal
from contextlib import AbstractContextManager
from decimal import Decimal

__all__ = ["CHIFFRES_MAX", "contexte_exact", "demesure", "nombre_natif", "scientifique"]

CHIFFRES_MAX = 40
_EXPOSANTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def demesure(valeur: Decimal | int) -> bool:
    """Vrai pour un nombre de plus de 40 chiffres avant ou après la virgule.

    >>> demesure(10**40), demesure(10**39), demesure(Decimal("1e-41")), demesure(Decimal("0.5"))
    (True, False, True, False)
    """
    if isinstance(valeur, int):
        # Sans conversion en texte : un entier de plus de 4 300 chiffres ne s'y prête pas.
        return valeur.bit_length() > 132  # 2**132 > 10**39
    if not valeur.is_finite():
        return False
    exposant = valeur.as_tuple().exponent
    return valeur.adjusted() >= CHIFFRES_MAX or (
        isinstance(exposant, int) and exposant < -CHIFFRES_MAX
    )


def contexte_exact() -> AbstractContextManager[decimal.Context]:
    """Un contexte décimal où un nombre mesuré se calcule sans arrondi.

    babel quantifie dans le contexte courant (28 chiffres par défaut).
    """
    return decimal.localcontext(decimal.Context(prec=4 * CHIFFRES_MAX))


def scientifique(valeur: Decimal | int) -> str:
    """L'écriture scientifique d'un nombre, à la française, sans arrondi.

    >>> scientifique(Decimal("1.50e400")), scientifique(-(10**45)), scientifique(Decimal("2e-5000"))
    ('1,5 × 10⁴⁰⁰', '-1 × 10⁴⁵', '2 × 10⁻⁵⁰⁰⁰')
    """
    signe, chiffres, exposant = Decimal(valeur).as_tuple()
    if not isinstance(exposant, int):  # infini ou NaN : ce que Decimal en écrit
        return str(valeur)
    liste = list(chiffres)
    while len(liste) > 1 and liste[-1] == 0:
        liste.pop()
        exposant += 1
    puissance = exposant + len(liste) - 1
    mantisse = str(liste[0]) + ("," + "".join(map(str, liste[1:])) if len(liste) > 1 else "")
    return f"{'-' if signe else ''}{mantisse} × 10{str(puissance).translate(_EXPOSANTS)}"


def nombre_natif(valeur: Decimal) -> int | float:
    """Le nombre Python d'une valeur exacte pour les exports : entier si elle l'est.

    Un nombre démesuré devient un flottant (``inf`` au-delà de 1,8 × 10³⁰⁸) : l'entier
    exact de ``1e999999999999`` ne tiendrait pas en mémoire.

    >>> nombre_natif(Decimal("2000.00")), nombre_natif(Decimal("17.5")), nombre_natif(Decimal("1e400"))
    (2000, 17.5, inf)
    """
    if demesure(valeur):
        return float(valeur)
    return int(valeur) if valeur == valeur.to_integral_value() else float(valeur)
