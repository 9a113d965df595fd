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

import functools
import re
import unicodedata
from typing import Literal

import attrs

__all__ = ["FormatTitre", "est_meme_titre", "formater_titre", "normaliser_titre"]

FormatTitre = Literal["point_median", "fh", "hf", "doublet", "feminin", "masculin"]
"""« Chargé·e de mission », « … (F/H) », « … (H/F) », « Chargé ou chargée de
mission », « Chargée de mission », « Chargé de mission »."""

_POINT_MEDIAN = "·"

# Les terminaisons régulières : masculin, féminin, ce qui suit le point médian, et si la
# terminaison est aussi celle d'un adjectif (elle s'accorde alors après le nom principal).
_REGLES: tuple[tuple[str, str, str, bool], ...] = (
    ("teur", "trice", "rice", True),  # directeur·rice, médecin coordinateur·rice
    ("eur", "euse", "euse", True),  # contrôleur·euse, agent recenseur·euse
    ("ien", "ienne", "ne", True),  # technicien·ne
    ("eux", "euse", "se", True),
    ("el", "elle", "le", True),  # culturel·le
    ("er", "ère", "ère", True),  # conseiller·ère, financier·ère
    ("if", "ive", "ve", True),  # administratif·ve
    ("al", "ale", "e", True),  # général·e
    ("é", "ée", "e", True),  # chargé·e
    ("ant", "ante", "e", True),  # assistant·e, polyvalent·e
    ("ent", "ente", "e", True),
    ("int", "inte", "e", True),  # adjoint·e
    ("ert", "erte", "e", False),  # expert·e
    ("ond", "onde", "e", False),  # second·e
    ("on", "onne", "ne", False),  # maçon·ne
    ("et", "ette", "te", False),  # cadet·te
    ("ain", "aine", "e", False),
    ("in", "ine", "e", False),
)
# Du plus long au plus court féminin, pour ramener un féminin à son masculin.
_REGLES_PAR_FEMININ = tuple(sorted(_REGLES, key=lambda regle: -len(regle[1])))

# Formes irrégulières : masculin → (féminin, ce qui suit le point médian).
_IRREGULIERS: dict[str, tuple[str, str]] = {
    "un": ("une", "e"),
    "le": ("la", "la"),
    "son": ("sa", "sa"),
    "futur": ("future", "e"),
    "nouveau": ("nouvelle", "elle"),
    "public": ("publique", "que"),
    "chef": ("cheffe", "fe"),
    # -u et -i : rares dans les titres, et confondus avec « -ué », « -ié » écrits sans accent.
    "élu": ("élue", "e"),
    "apprenti": ("apprentie", "e"),
    "maître": ("maîtresse", "sse"),
    "contremaître": ("contremaîtresse", "sse"),
    # -eur devenu -eure (Académie française, 2019).
    "ingénieur": ("ingénieure", "e"),
    "professeur": ("professeure", "e"),
    "docteur": ("docteure", "e"),
    "procureur": ("procureure", "e"),
    "assesseur": ("assesseure", "e"),
    "supérieur": ("supérieure", "e"),
    "inférieur": ("inférieure", "e"),
    "extérieur": ("extérieure", "e"),
    "intérieur": ("intérieure", "e"),
    "majeur": ("majeure", "e"),
    "mineur": ("mineure", "e"),
    "meilleur": ("meilleure", "e"),
    # -teur d'un verbe en -ter : -teuse (acheter, porter, monter…).
    "acheteur": ("acheteuse", "euse"),
    "porteur": ("porteuse", "euse"),
    "transporteur": ("transporteuse", "euse"),
    "rapporteur": ("rapporteuse", "euse"),
    "visiteur": ("visiteuse", "euse"),
    "monteur": ("monteuse", "euse"),
    "ajusteur": ("ajusteuse", "euse"),
    "chanteur": ("chanteuse", "euse"),
    "metteur": ("metteuse", "euse"),
    "sauveteur": ("sauveteuse", "euse"),
    "auteur": ("autrice", "rice"),
    "ambassadeur": ("ambassadrice", "rice"),
}
_FEMININS_IRREGULIERS = {feminin: masculin for masculin, (feminin, _) in _IRREGULIERS.items()}

# Noms épicènes ou noms accolés sans préposition dont la terminaison ressemble à
# celle d'un adjectif : ils ne s'accordent pas.
_INVARIABLES = frozenset(
    {
        "médecin",
        "manager",
        "leader",
        "designer",
        "témoin",
        # noms accolés (« Agent courrier », « Technicien entretien », « Chargé qualité »)
        "courrier",
        "chantier",
        "atelier",
        "dossier",
        "fichier",
        "quartier",
        "foyer",
        "métier",
        "papier",
        "calendrier",
        "entretien",
        "soutien",
        "maintien",
        "lien",
        "secteur",
        "vecteur",
        "moteur",
        "compteur",
        "capteur",
        "personnel",
        "journal",
        "dispositif",
        "objectif",
        "effectif",
        "tarif",
        "motif",
        "talent",
        "marché",
        "comité",
        "congé",
        "santé",
        "propreté",
        "sûreté",
        "société",
        "musée",
        "lycée",
        "filière",
        "carrière",
        "matière",
    }
)
_DETERMINANTS = frozenset({"un", "une", "le", "la", "son", "sa", "futur", "future"})
_COMPLEMENTS = frozenset(
    {
        "de",
        "des",
        "du",
        "d",
        "l",
        "en",
        "auprès",
        "aupres",
        "à",
        "a",
        "au",
        "aux",
        "pour",
        "sur",
        "chez",
        "dans",
        "avec",
        "par",
        "ou",
    }
)

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
_JETON = re.compile(r"(\s*)(\S+)")
# Le groupe du nom qu'un doublet répète (« Conseillère ou conseiller ») tient en quelques
# mots : seuls les premiers séparateurs, au début du titre, sont essayés, ce qui garde la
# recherche linéaire sur un titre fait de milliers de « / ».
_GROUPE_MAX = 200
_SEPARATEURS_MAX = 8


def _plier(texte: str) -> str:
    """Sans accents et en minuscules, lettre pour lettre (la longueur ne change pas)."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in texte.casefold())


# Les terminaisons et formes irrégulières, pliées une fois : chaque mot d'un titre les
# compare toutes.
_plier_constante = functools.cache(_plier)


@functools.cache
def _masculins_plies() -> dict[str, str]:
    plies: dict[str, str] = {}
    for feminin, masculin in _FEMININS_IRREGULIERS.items():
        plies.setdefault(_plier(feminin), masculin)
    return plies


@attrs.frozen
class _Mot:
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


def _decouper(titre: str, limite: int | None = None) -> list[_Mot]:
    """Les mots de ``titre`` (les ``limite`` premiers au plus), le groupe du nom principal repéré."""
    mots: list[_Mot] = []
    dans_le_groupe, tete_vue = True, False
    tout_majuscules = titre.isupper()
    for correspondance in _JETON.finditer(titre):
        if limite is not None and len(mots) >= limite:
            break
        avant, coeur, apres = _bords(correspondance[2])
        plie = _plier(coeur)
        if (
            not coeur
            or avant
            or plie in _COMPLEMENTS
            or re.match(r"[dl]['’]", plie)
            or any(c.isdigit() for c in coeur)
            or (mots and mots[-1].apres)
        ):
            dans_le_groupe = False
        role: Literal["determinant", "tete", "adjectif", "complement"] = "complement"
        if dans_le_groupe and not tete_vue and plie in _DETERMINANTS:
            role = "determinant"
        elif dans_le_groupe and not tete_vue:
            role, tete_vue = "tete", True
        elif dans_le_groupe:
            role = "adjectif"
        if role != "complement" and coeur.isupper() and len(coeur) > 1 and not tout_majuscules:
            role, dans_le_groupe = "complement", False  # un sigle (« RH », « DGS ») clôt le groupe
        mots.append(_Mot(correspondance[1], avant, coeur, apres, role))
    return mots


def _casse(modele: str, mot: str) -> str:
    if modele.isupper():
        return mot.upper()
    if modele[:1].isupper():
        return mot[:1].upper() + mot[1:]
    return mot


def _feminin(mot: str, role: str) -> tuple[str, str] | None:
    """(féminin, forme au point médian) d'un mot en minuscules, ou ``None`` s'il ne change pas.

    Un mot composé s'accorde partie par partie (« sapeur-pompier » → « sapeuse-pompière »).
    """
    parties = mot.split("-")
    formes = [_feminin_simple(p, role) for p in parties]
    if all(f is None for f in formes):
        return None
    feminin = "-".join(p if f is None else f[0] for p, f in zip(parties, formes, strict=True))
    median = "-".join(
        p if f is None else p + _POINT_MEDIAN + f[1] for p, f in zip(parties, formes, strict=True)
    )
    return feminin, median


def _feminin_simple(mot: str, role: str) -> tuple[str, str] | None:
    """(féminin, suffixe du point médian) d'un mot simple, ou ``None`` s'il ne change pas."""
    if role == "complement" or mot in _INVARIABLES:
        return None
    if mot in _IRREGULIERS:
        return _IRREGULIERS[mot]
    if role == "determinant" or mot.endswith("e"):
        return None
    for masculin, feminin, suffixe, adjectif in _REGLES:
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


def _masculin(mot: str, role: str) -> str:
    """Le masculin d'un mot en minuscules (lui-même s'il l'est déjà ou s'il est épicène)."""
    return "-".join(_masculin_simple(partie, role) for partie in mot.split("-"))


def _masculin_simple(mot: str, role: str) -> str:
    if role == "complement" or mot in _INVARIABLES:
        return mot
    plie = _plier(mot)
    if plie in _masculins_plies():
        return _masculins_plies()[plie]
    sans_accent = plie == mot
    for masculin, feminin, _, _ in _REGLES_PAR_FEMININ:
        exact = mot.endswith(feminin)
        # Un mot écrit sans accents (« CHARGEE ») peut porter une terminaison accentuée (« ée »).
        if not exact and not (sans_accent and plie.endswith(_plier_constante(feminin))):
            continue
        candidat = mot[: -len(feminin)] + masculin
        forme = _feminin_simple(candidat, role)
        if forme is not None and (forme[0] == mot or (not exact and _plier(forme[0]) == plie)):
            return candidat
    return mot


def _recoller(mots: list[_Mot], coeurs: list[str]) -> str:
    return "".join(f"{m.espace}{m.avant}{c}{m.apres}" for m, c in zip(mots, coeurs, strict=True))


def _au_masculin(texte: str) -> str:
    mots = _decouper(texte)
    coeurs = []
    for mot in mots:
        masculin = _masculin(mot.coeur.lower(), mot.role)
        coeurs.append(mot.coeur if masculin == mot.coeur.lower() else _casse(mot.coeur, masculin))
    return _recoller(mots, coeurs)


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
        mots_gauche = _decouper(gauche)
        if not mots_gauche or any(m.role == "complement" for m in mots_gauche):
            continue
        nombre = len(mots_gauche)
        masculin_droite = [_masculin(m.coeur.lower(), m.role) for m in _decouper(droite, nombre)]
        attendus = [_plier(_masculin(m.coeur.lower(), m.role)) for m in mots_gauche]
        if [_plier(c) for c in masculin_droite] == attendus:
            reste = _decouper(droite)[nombre:]
            return _au_masculin(gauche) + _recoller(reste, [m.coeur for m in reste])
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
    return _au_masculin(_sans_doublet(titre))


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
        mots = _plier(normaliser_titre(titre)).replace("’", "'").split()
        while len(mots) > 1 and mots[0] in _DETERMINANTS:
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
    mots = _decouper(masculin)
    feminins, medians = [], []
    for mot in mots:
        forme = _feminin(mot.coeur.lower(), mot.role)
        if forme is None:
            feminins.append(mot.coeur)
            medians.append(mot.coeur)
            continue
        feminin, median = forme
        feminins.append(_casse(mot.coeur, feminin))
        medians.append(_casse(mot.coeur, median))
    if format == "feminin":
        return _recoller(mots, feminins)
    if format == "point_median":
        return _recoller(mots, medians)
    # Le doublet va jusqu'au dernier mot qui s'accorde : « Technicien ou technicienne voirie ».
    changes = [rang for rang, mot in enumerate(mots) if feminins[rang] != mot.coeur]
    if not changes:
        return masculin  # un titre épicène n'a pas de doublet
    nombre = changes[-1] + 1
    groupe = mots[:nombre]
    feminin_groupe = _recoller(groupe, feminins[:nombre]).strip()
    if not masculin.isupper():
        feminin_groupe = feminin_groupe[:1].lower() + feminin_groupe[1:]
    ou = " OU " if masculin.isupper() else " ou "
    reste = mots[nombre:]
    return (
        _recoller(groupe, [m.coeur for m in groupe])
        + ou
        + feminin_groupe
        + _recoller(reste, [m.coeur for m in reste])
    )
