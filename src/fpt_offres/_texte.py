"""Repliement des libellés pour comparer ce que les gens écrivent aux libellés officiels.

Le repliement ignore la casse, les accents, l'écriture inclusive (« attaché·e »,
« chargé(e) », « agent.e.s »), les pluriels et formes féminines courantes, et
les abréviations d'usage (« 1ère » → « 1re », « princ. » → « principal »).
Il est appliqué des deux côtés de la comparaison : il n'a donc pas besoin
d'être une vraie lemmatisation, seulement d'être le même partout.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["a_un_substitut", "replier", "sans_accents"]


def a_un_substitut(texte: str) -> bool:
    r"""Vrai si ``texte`` porte une demi-paire de substitution UTF-16, que l'UTF-8 ne peut écrire.

    >>> a_un_substitut("Chargé·e"), a_un_substitut("x\ud800")
    (False, True)
    """
    if texte.isascii():
        return False
    # L'encodeur UTF-8, en C, trouve une demi-paire plus vite qu'une recherche par motif.
    try:
        texte.encode()
    except UnicodeEncodeError:
        return True
    return False


_INCLUSIF = re.compile(
    r"(?<=\w)(?:\((?:e|es|s)\)s?"
    r"|[·•‧⋅.](?:e|ne|le|se|te|rice|trice|euse|eure|ice|ère|ere|ve|ienne|elle)(?:[·•‧⋅.]?s)?)(?=\W|$)"
)
_ORDINAUX = (
    (re.compile(r"\b(1|premiere|1ere|1ere|1er|1 ere|1\s*re)\b"), "1re"),
    (re.compile(r"\b(2|deuxieme|seconde|2nde|2eme|2 eme|2\s*e)\b"), "2e"),
    (re.compile(r"\b(3|troisieme|3eme|3\s*e)\b"), "3e"),
)
_ABREVIATIONS = {
    "princ": "principal",
    "ppal": "principal",
    "pal": "principal",
    "cl": "classe",
    "cat": "categorie",
    "terr": "territorial",
    "tech": "technique",
    "adm": "administratif",
    "admin": "administratif",
    "asso": "associe",
}
# Terminaisons féminines ou plurielles ramenées au masculin singulier. L'ordre compte :
# la plus longue d'abord.
_TERMINAISONS = (
    ("trices", "teur"),
    ("trice", "teur"),
    ("euses", "eur"),
    ("euse", "eur"),
    ("iennes", "ien"),
    ("ienne", "ien"),
    ("eures", "eur"),
    ("eure", "eur"),
    ("eres", "er"),
    ("ere", "er"),
    ("elles", "el"),
    ("elle", "el"),
    ("aux", "al"),
    ("ales", "al"),
    ("ale", "al"),
    ("ees", "e"),
    ("ee", "e"),
    ("ointes", "oint"),
    ("ointe", "oint"),
    ("ives", "if"),
    ("ive", "if"),
)
_MOTS_VIDES = frozenset({"territorial", "de", "des", "du", "d", "la", "le", "les", "l", "et"})


def sans_accents(texte: str) -> str:
    """Retire les diacritiques.

    >>> sans_accents("Médico-sociale, Île")
    'Medico-sociale, Ile'
    """
    # NFKD ne décompose pas les ligatures du français (« œuvre », « ex æquo »).
    texte = texte.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decompose = unicodedata.normalize("NFKD", texte)
    return "".join(c for c in decompose if not unicodedata.combining(c))


def _singulier(mot: str) -> str:
    for fin, remplacement in _TERMINAISONS:
        if mot.endswith(fin) and len(mot) > len(fin) + 2:
            return mot[: -len(fin)] + remplacement
    if len(mot) > 3 and mot[-1] in "sx" and not mot.endswith(("ss", "us")):
        return mot[:-1]
    return mot


def replier(texte: str) -> str:
    """Forme repliée d'un libellé, pour comparer sans se soucier de l'écriture.

    >>> replier("Attachés territoriaux")
    'attache'
    >>> replier("attaché·e principal·e") == replier("Attaché principal")
    True
    >>> replier("Rédacteur principal de 1ère classe")
    'redacteur principal 1re classe'
    """
    texte = _INCLUSIF.sub("", texte.casefold().replace("’", "'"))
    texte = sans_accents(texte).replace("ᵉʳ", "er").replace("ʳᵉ", "re").replace("ᵉ", "e")
    texte = re.sub(r"[^a-z0-9+]+", " ", texte)
    for motif, remplacement in _ORDINAUX:
        texte = motif.sub(remplacement, texte)
    mots = [_singulier(_ABREVIATIONS.get(mot, mot)) for mot in texte.split()]
    return " ".join(mot for mot in mots if mot not in _MOTS_VIDES)
