"""Les intitulés de poste en écriture inclusive, écrits et reconnus.

Une offre d'emploi public s'adresse aux femmes comme aux hommes (CGFP
art. L131-1 et suivants) ; son intitulé le dit de l'une des façons que les
offres emploient : le point médian (« Chargé·e de mission »), la mention
« (F/H) » ou « H/F », le doublet (« Chargé ou chargée de mission »), la forme
féminine seule ou les parenthèses (« Chargé(e) de mission »).
:func:`formater_titre` écrit ces formes à partir du titre au masculin ;
:func:`normaliser_titre` ramène chacune d'elles au masculin, et
:func:`est_meme_titre` dit si deux intitulés désignent le même titre.

>>> formater_titre("Chargé de mission", "point_median")
'Chargé·e de mission'
>>> formater_titre("Directeur général adjoint des services", "doublet")
'Directeur général adjoint ou directrice générale adjointe des services'
>>> est_meme_titre("UN·E CHARGÉ·E DE MISSION H/F", "Un chargé de mission")
True

**Ce qui s'accorde.** Seul le groupe du nom principal s'accorde : le nom (le
premier mot après un déterminant éventuel) et les adjectifs qui le suivent,
jusqu'au premier complément (« de », « d’ », « des », « du », « en »,
« auprès », « à », « pour »…), à une ponctuation ou à un nombre. Les
compléments gardent leur forme (« Directrice *des services* »,
« Chargée *de mission* »).

**Comment.** Par les terminaisons régulières du français (é/ée, eur/euse,
teur/trice, if/ive, er/ère, ien/ienne, el/elle, al/ale, ent/ente…), les mots
terminés par « e » étant épicènes (« secrétaire », « responsable »). Un petit
lexique donne les formes irrégulières (« chef » → « cheffe », « maître » →
« maîtresse », « ingénieur » → « ingénieure », « acheteur » → « acheteuse »)
et écarte les noms qu'on accole sans préposition et qui ont une terminaison
d'adjectif (« Technicien *entretien* », « Chargé *qualité* ») : après le nom
principal, seules les terminaisons d'adjectif s'accordent.

Sources : Haut Conseil à l'égalité entre les femmes et les hommes, *Guide
pratique pour une communication publique sans stéréotype de sexe* (2015,
2022) ; CNRS-INaLF, *Femme, j'écris ton nom… Guide d'aide à la féminisation
des noms de métiers, titres, grades et fonctions* (La Documentation
française, 1999) ; Académie française, rapport sur la féminisation des noms
de métiers et de fonctions (28 février 2019).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from fpt_offres.titres._lexique import DETERMINANTS
from fpt_offres.titres._mots import (
    au_masculin,
    casse,
    decouper,
    feminin_du_mot,
    masculin_du_mot,
    plier,
    recoller,
)

__all__ = ["FormatTitre", "est_meme_titre", "formater_titre", "normaliser_titre"]

FormatTitre = Literal["point_median", "fh", "hf", "doublet", "feminin", "masculin"]
"""« Chargé·e de mission », « … (F/H) », « … (H/F) », « Chargé ou chargée de
mission », « Chargée de mission », « Chargé de mission »."""


_MENTION_FH = re.compile(
    r"\s*[-–—:]?\s*[(\[]?\s*(?<![\w/])(?:f\s*[/-]\s*h|h\s*[/-]\s*f)(?![\w/])\s*[)\]]?",
    re.IGNORECASE,
)
_FRAGMENTS = (
    "e|ne|le|se|te|fe|sse|ère|ere|euse|rice|trice|ice|ive|ve|ienne|elle|ale|ée|ee|eure|esse|es|que"
)
_MARQUE_INCLUSIVE = re.compile(
    # « chargé(e) », « directeur(trice) »
    rf"(?<=\w)(?:\((?:{_FRAGMENTS})\)s?"
    # « chargé·e », « sapeur·euse-pompier·ère », « un·e », « le·la », « agent·e·s »
    rf"|[·•‧⋅](?:{_FRAGMENTS}|la|sa)(?:[·•‧⋅]s)?(?=[\s,;:)»\"'’/-]|$)"
    # « chargé.e », « chargé-e », « chargé/e » : en fin de mot seulement, pour ne pas
    # toucher aux noms composés (« Bourg-la-Reine »)
    rf"|[./-](?:{_FRAGMENTS})(?:\.s)?(?=[\s,;:)»\"'’/]|$))",
    re.IGNORECASE,
)
_DOUBLET = re.compile(r"\s+ou\s+|\s*/\s*", re.IGNORECASE)
# Le groupe du nom qu'un doublet répète (« Conseillère ou conseiller ») tient en quelques
# mots : seuls les premiers séparateurs, au début du titre, sont essayés, ce qui garde la
# recherche linéaire sur un titre fait de milliers de « / ».
_GROUPE_MAX = 200
_SEPARATEURS_MAX = 8


def _nettoyer(titre: str) -> str:
    titre = re.sub(r"\s+", " ", unicodedata.normalize("NFC", titre)).strip()
    titre = _MENTION_FH.sub(" ", titre)
    return re.sub(r"\s+", " ", titre).strip(" -–—:,")


def _sans_doublet(titre: str) -> str:
    """« Chargé ou chargée de mission », « Directrice / Directeur » : le masculin seul."""
    for rang, separateur in enumerate(_DOUBLET.finditer(titre)):
        if separateur.start() > _GROUPE_MAX or rang >= _SEPARATEURS_MAX:
            break
        gauche, droite = titre[: separateur.start()], titre[separateur.end() :]
        mots_gauche = decouper(gauche)
        if not mots_gauche or any(m.role == "complement" for m in mots_gauche):
            continue
        nombre = len(mots_gauche)
        masculin_droite = [
            masculin_du_mot(m.coeur.lower(), m.role) for m in decouper(droite, nombre)
        ]
        attendus = [plier(masculin_du_mot(m.coeur.lower(), m.role)) for m in mots_gauche]
        if [plier(c) for c in masculin_droite] == attendus:
            reste = decouper(droite)[nombre:]
            return au_masculin(gauche) + recoller(reste, [m.coeur for m in reste])
    return titre


def normaliser_titre(titre: str) -> str:
    """Le titre au masculin, sans mention F/H ni marque inclusive.

    Reconnaît le point médian (et ses variantes « . », « - », « / »), les
    parenthèses, le doublet (« ou », « / »), la mention « F/H » ou « H/F »
    avec ou sans parenthèses ou tiret, et la forme féminine. La casse des mots
    est gardée ; les espaces sont ramenées à une seule.

    Args:
        titre: l'intitulé tel qu'une offre l'écrit.

    Returns:
        Le même titre au masculin.

    >>> normaliser_titre("Chargée de mission")
    'Chargé de mission'
    >>> normaliser_titre("Chargé·e de mission affaires institutionnelles H/F (mi-temps)")
    'Chargé de mission affaires institutionnelles (mi-temps)'
    >>> normaliser_titre("Directrice générale adjointe des services – F/H")
    'Directeur général adjoint des services'
    >>> normaliser_titre("Technicien(ne) territorial(e)")
    'Technicien territorial'
    >>> normaliser_titre("Conseillère ou conseiller numérique")
    'Conseiller numérique'
    """
    titre = _MARQUE_INCLUSIVE.sub("", _nettoyer(titre))
    return au_masculin(_sans_doublet(titre))


def est_meme_titre(premier: str, second: str) -> bool:
    """Vrai quand deux intitulés désignent le même titre, au genre et à l'écriture près.

    La comparaison ignore aussi la casse, les accents, la forme des apostrophes,
    les espaces à l'intérieur des parenthèses et les déterminants en tête
    (« Un·e », « Son », « le/la ») : l'annonce « Le Département recrute son
    secrétaire général » parle du titre « Secrétaire général ».

    >>> est_meme_titre("Chargé de mission (F/H)", "Chargée de mission")
    True
    >>> est_meme_titre("Technicien·ne territorial·e", "TECHNICIENNE TERRITORIALE")
    True
    >>> est_meme_titre("UN·E CHARGÉ·E DE MISSION H/F ( MI-TEMPS )", "Chargé de mission (mi-temps)")
    True
    >>> est_meme_titre("Chargé de mission", "Chargé de projet")
    False
    """

    def cle(titre: str) -> str:
        mots = plier(normaliser_titre(titre)).replace("’", "'").split()
        while len(mots) > 1 and mots[0] in DETERMINANTS:
            mots.pop(0)
        return re.sub(r"\(\s+|\s+\)", lambda m: m[0].strip(), " ".join(mots))

    return cle(premier) == cle(second)


def formater_titre(titre: str, format: FormatTitre = "point_median") -> str:
    """Un intitulé sous l'une des formes inclusives des offres.

    Le titre est d'abord ramené au masculin (:func:`normaliser_titre`) : une
    forme féminine ou déjà inclusive est donc acceptée.

    Args:
        titre: l'intitulé, au masculin de préférence.
        format: ``"point_median"`` (« Chargé·e de mission »), ``"fh"``
            (« Chargé de mission (F/H) »), ``"hf"`` (« … (H/F) »),
            ``"doublet"`` (« Chargé ou chargée de mission »), ``"feminin"``
            ou ``"masculin"``.

    Raises:
        ValueError: un format inconnu.

    >>> formater_titre("Chargé de mission", "fh")
    'Chargé de mission (F/H)'
    >>> formater_titre("Chargé de mission", "doublet")
    'Chargé ou chargée de mission'
    >>> for titre in ("Directeur territorial", "Contrôleur", "Conseiller technique",
    ...               "Technicien principal", "Agent social", "Assistant administratif"):
    ...     print(formater_titre(titre), "/", formater_titre(titre, "feminin"))
    Directeur·rice territorial·e / Directrice territoriale
    Contrôleur·euse / Contrôleuse
    Conseiller·ère technique / Conseillère technique
    Technicien·ne principal·e / Technicienne principale
    Agent·e social·e / Agente sociale
    Assistant·e administratif·ve / Assistante administrative
    >>> formater_titre("Secrétaire général", "feminin")
    'Secrétaire générale'
    >>> formater_titre("Chef de projet", "point_median")
    'Chef·fe de projet'
    """
    formats = ("point_median", "fh", "hf", "doublet", "feminin", "masculin")
    if format not in formats:
        noms = ", ".join(f"« {f} »" for f in formats)
        message = f"format doit valoir l'un de {noms}, pas {format!r}"
        raise ValueError(message)
    masculin = normaliser_titre(titre)
    if format == "masculin":
        return masculin
    if format in ("fh", "hf"):
        return f"{masculin} ({'F/H' if format == 'fh' else 'H/F'})"
    mots = decouper(masculin)
    feminins, medians = [], []
    for mot in mots:
        forme = feminin_du_mot(mot.coeur.lower(), mot.role)
        if forme is None:
            feminins.append(mot.coeur)
            medians.append(mot.coeur)
            continue
        feminin, median = forme
        feminins.append(casse(mot.coeur, feminin))
        medians.append(casse(mot.coeur, median))
    if format == "feminin":
        return recoller(mots, feminins)
    if format == "point_median":
        return recoller(mots, medians)
    # Le doublet va jusqu'au dernier mot qui s'accorde : « Technicien ou technicienne voirie ».
    changes = [rang for rang, mot in enumerate(mots) if feminins[rang] != mot.coeur]
    if not changes:
        return masculin  # un titre épicène n'a pas de doublet
    nombre = changes[-1] + 1
    groupe = mots[:nombre]
    feminin_groupe = recoller(groupe, feminins[:nombre]).strip()
    if not masculin.isupper():
        feminin_groupe = feminin_groupe[:1].lower() + feminin_groupe[1:]
    ou = " OU " if masculin.isupper() else " ou "
    reste = mots[nombre:]
    return (
        recoller(groupe, [m.coeur for m in groupe])
        + ou
        + feminin_groupe
        + recoller(reste, [m.coeur for m in reste])
    )
