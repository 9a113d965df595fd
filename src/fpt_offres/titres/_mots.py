"""Les mots d'un intitulé : découpage, groupe du nom principal, féminin et masculin de chaque mot.

Tout ce qui lit un mot ou l'accorde, à partir du lexique de :mod:`._lexique` ; les formes
d'un titre entier (doublet, point médian, mention F/H) sont dans :mod:`fpt_offres.titres`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Literal

import attrs

from fpt_offres.titres._lexique import (
    COMPLEMENTS,
    DETERMINANTS,
    FEMININS_IRREGULIERS,
    INVARIABLES,
    IRREGULIERS,
    POINT_MEDIAN,
    REGLES,
    REGLES_PAR_FEMININ,
)

_JETON = re.compile(r"(\s*)(\S+)")


def plier(texte: str) -> str:
    """Sans accents et en minuscules, lettre pour lettre (la longueur ne change pas)."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in texte.casefold())


# Les terminaisons et formes irrégulières, pliées une fois : chaque mot d'un titre les
# compare toutes.
_plier_constante = functools.cache(plier)


@functools.cache
def _masculins_plies() -> dict[str, str]:
    plies: dict[str, str] = {}
    for feminin, masculin in FEMININS_IRREGULIERS.items():
        plies.setdefault(plier(feminin), masculin)
    return plies


@attrs.frozen
class Mot:
    """Un mot de l'intitulé, avec ce qui l'entoure, et son rôle dans le groupe du nom."""

    espace: str
    avant: str
    coeur: str
    apres: str
    role: Literal["determinant", "tete", "adjectif", "complement"]


def _de_mot(caractere: str) -> bool:
    """Vrai pour un caractère que ``\\w`` reconnaît."""
    return caractere.isalnum() or caractere == "_"


def _bords(jeton: str) -> tuple[str, str, str]:
    """(ponctuation d'avant, cœur, ponctuation d'après) d'un jeton.

    Écrit à la main : le motif équivalent, ``^(\\W*)(.*?)(\\W*)$``, revient en arrière
    sur chaque suite de ponctuation et prend un temps quadratique (« a---…---a »).
    """
    debut, fin = 0, len(jeton)
    while debut < fin and not _de_mot(jeton[debut]):
        debut += 1
    while fin > debut and not _de_mot(jeton[fin - 1]):
        fin -= 1
    return jeton[:debut], jeton[debut:fin], jeton[fin:]


def decouper(titre: str, limite: int | None = None) -> list[Mot]:
    """Les mots de ``titre`` (les ``limite`` premiers au plus), le groupe du nom principal repéré."""
    mots: list[Mot] = []
    dans_le_groupe, tete_vue = True, False
    tout_majuscules = titre.isupper()
    for correspondance in _JETON.finditer(titre):
        if limite is not None and len(mots) >= limite:
            break
        avant, coeur, apres = _bords(correspondance[2])
        plie = plier(coeur)
        if (
            not coeur
            or avant
            or plie in COMPLEMENTS
            or re.match(r"[dl]['’]", plie)
            or any(c.isdigit() for c in coeur)
            or (mots and mots[-1].apres)
        ):
            dans_le_groupe = False
        role: Literal["determinant", "tete", "adjectif", "complement"] = "complement"
        if dans_le_groupe and not tete_vue and plie in DETERMINANTS:
            role = "determinant"
        elif dans_le_groupe and not tete_vue:
            role, tete_vue = "tete", True
        elif dans_le_groupe:
            role = "adjectif"
        if role != "complement" and coeur.isupper() and len(coeur) > 1 and not tout_majuscules:
            role, dans_le_groupe = "complement", False  # un sigle (« RH », « DGS ») clôt le groupe
        mots.append(Mot(correspondance[1], avant, coeur, apres, role))
    return mots


def casse(modele: str, mot: str) -> str:
    if modele.isupper():
        return mot.upper()
    if modele[:1].isupper():
        return mot[:1].upper() + mot[1:]
    return mot


def feminin_du_mot(mot: str, role: str) -> tuple[str, str] | None:
    """(féminin, forme au point médian) d'un mot en minuscules, ou ``None`` s'il ne change pas.

    Un mot composé s'accorde partie par partie (« sapeur-pompier » → « sapeuse-pompière »).
    """
    parties = mot.split("-")
    formes = [_feminin_simple(p, role) for p in parties]
    if all(f is None for f in formes):
        return None
    feminin = "-".join(p if f is None else f[0] for p, f in zip(parties, formes, strict=True))
    median = "-".join(
        p if f is None else p + POINT_MEDIAN + f[1] for p, f in zip(parties, formes, strict=True)
    )
    return feminin, median


def _feminin_simple(mot: str, role: str) -> tuple[str, str] | None:
    """(féminin, suffixe du point médian) d'un mot simple, ou ``None`` s'il ne change pas."""
    if role == "complement" or mot in INVARIABLES:
        return None
    if mot in IRREGULIERS:
        return IRREGULIERS[mot]
    if role == "determinant" or mot.endswith("e"):
        return None
    for masculin, feminin, suffixe, adjectif in REGLES:
        if not mot.endswith(masculin) or (role == "adjectif" and not adjectif):
            continue
        if (masculin == "ent" and mot.endswith("ment")) or (
            masculin == "on" and mot.endswith("ion")
        ):
            continue  # des noms (« recrutement », « mission »), pas des adjectifs
        if masculin == "é" and role == "adjectif" and mot.endswith("ité"):
            continue  # « qualité », « mobilité », « sécurité » : des noms
        return mot[: -len(masculin)] + feminin, suffixe
    return None


def masculin_du_mot(mot: str, role: str) -> str:
    """Le masculin d'un mot en minuscules (lui-même s'il l'est déjà ou s'il est épicène)."""
    return "-".join(_masculin_simple(partie, role) for partie in mot.split("-"))


def _masculin_simple(mot: str, role: str) -> str:
    if role == "complement" or mot in INVARIABLES:
        return mot
    plie = plier(mot)
    if plie in _masculins_plies():
        return _masculins_plies()[plie]
    sans_accent = plie == mot
    for masculin, feminin, _, _ in REGLES_PAR_FEMININ:
        exact = mot.endswith(feminin)
        # Un mot écrit sans accents (« CHARGEE ») peut porter une terminaison accentuée (« ée »).
        if not exact and not (sans_accent and plie.endswith(_plier_constante(feminin))):
            continue
        candidat = mot[: -len(feminin)] + masculin
        forme = _feminin_simple(candidat, role)
        if forme is not None and (forme[0] == mot or (not exact and plier(forme[0]) == plie)):
            return candidat
    return mot


def recoller(mots: list[Mot], coeurs: list[str]) -> str:
    return "".join(f"{m.espace}{m.avant}{c}{m.apres}" for m, c in zip(mots, coeurs, strict=True))


def au_masculin(texte: str) -> str:
    mots = decouper(texte)
    coeurs = []
    for mot in mots:
        masculin = masculin_du_mot(mot.coeur.lower(), mot.role)
        coeurs.append(mot.coeur if masculin == mot.coeur.lower() else casse(mot.coeur, masculin))
    return recoller(mots, coeurs)
