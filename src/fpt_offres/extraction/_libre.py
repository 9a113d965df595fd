"""L'annonce libre, sans champ étiqueté : son titre, son employeur, son lieu.

Une annonce d'employeur dit souvent « Le Département de la Marne recrute son
futur … », met son nom seul sur une ligne, écrit son titre en capitales ou
son lieu « Chaumont (52) » en tête de liste. Ces lectures sont de rang 3 ou 4 :
un champ étiqueté l'emporte toujours.
"""

from __future__ import annotations

import re

from fpt_offres import nomenclature
from fpt_offres.extraction._employeur import nature
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Ligne

__all__ = [
    "en_capitales",
    "intitule_en_phrase",
    "lieu_et_nom",
    "organisation",
    "recrute",
    "titre_lisible",
]

_RECRUTE = re.compile(
    r"^(?:L[ea]\s|L['’])?(.{3,90}?)\s(?:recrute|recherche)\b(?:\s(?:son|sa|ses|"
    r"un|une|des)\s(?:futur|futures?|nouvel|nouvelle|nouveau)?\s?([^.]{3,120}))?",
    re.I,
)
_CALEDONIE = re.compile(r"\bnouvelle[- ]cal[ée]donie\b", re.I)
# « Chaumont (52) » : une commune suivie du code de son département, seule sur sa ligne.
_VILLE_CODE = re.compile(r"^([A-ZÀ-Ý][\w'’ -]{1,40}) \((\d[\dAB]|97\d)\)$")


def lieu_et_nom(releve: Releve, ligne: Ligne) -> None:
    """Une ligne courte qui est un lieu (« Chaumont (52) ») ou un nom d'employeur
    (« Le Département de la Seine-Saint-Denis »), et la Nouvelle-Calédonie nommée."""
    texte = ligne.texte
    ville = _VILLE_CODE.match(texte)
    if ville:
        releve.poser("poste.lieu", texte, ligne.debut, ligne.fin, "ligne « commune (code) »", 3)
        if ville[2] in nomenclature.departements():
            releve.poser(
                "employeur.departement",
                ville[2],
                ligne.debut + ville.start(2),
                ligne.debut + ville.end(2),
                "ligne « commune (code) »",
                3,
            )
    localisation = _LOCALISATION.match(texte)
    if localisation:
        releve.poser(
            "poste.lieu",
            localisation[1],
            ligne.debut + localisation.start(1),
            ligne.fin,
            "ligne « Localisation … »",
            3,
        )
    caledonie = _CALEDONIE.search(texte)
    if caledonie:
        releve.poser(
            "employeur.departement",
            "988",
            ligne.debut + caledonie.start(),
            ligne.debut + caledonie.end(),
            "phrase, nomenclature.departement",
            4,
        )
    mots = texte.split()
    if 2 <= len(mots) <= 8 and not texte.endswith((".", ":")):
        nom = _ARTICLE_INITIAL.sub("", texte)
        if nom[:1].isupper() and nature(nom) is not None:
            releve.poser(
                "employeur.nom",
                nom,
                ligne.fin - len(nom),
                ligne.fin,
                "ligne au nom d'un employeur",
                4,
            )


_CRI = re.compile(r"^(?:UN·E|UN\.E|UN\(E\)|UNE|UN|LE|LA|LES|SON|SA)\s+")
_H_F = re.compile(r"\b([HF])/([HF])\b", re.I)
_PARENTHESE = re.compile(r"\(\s+|\s+\)")
_H_F_FINAL = re.compile(r"\s[–-]\s?([HF]/[HF])$")


def titre_lisible(titre: str) -> str:
    """Un titre écrit tout en capitales, remis en casse de phrase (« H/F » gardé).

    >>> titre_lisible("UN·E CHARGÉ·E DE MISSION H/F ( MI-TEMPS )")
    'Chargé·e de mission H/F (mi-temps)'
    >>> titre_lisible("Agent d'accueil (F/H)")
    "Agent d'accueil (F/H)"
    >>> titre_lisible("SON JURISTE – F/H")
    'Juriste (F/H)'
    """
    if any(c.islower() for c in titre) or sum(c.isalpha() for c in titre) < 3:
        return titre
    texte = _PARENTHESE.sub(lambda m: m[0].strip(), _CRI.sub("", titre).lower())
    texte = _H_F.sub(lambda m: f"{m[1].upper()}/{m[2].upper()}", texte)
    texte = _H_F_FINAL.sub(r" (\1)", texte)
    return texte[:1].upper() + texte[1:]


def en_capitales(texte: str) -> bool:
    """Vrai pour une ligne écrite en capitales (au moins trois lettres, aucune minuscule)."""
    return not any(c.islower() for c in texte) and sum(c.isalpha() for c in texte) >= 3


_ARTICLE_INITIAL = re.compile(r"^(?:Le |La |L'|L’)")
_LOCALISATION = re.compile(r"^(?:Localisation|Lieu de travail|Lieu)\s+([A-ZÀ-Ý][\w'’ -]{1,40})$")


def recrute(releve: Releve, ligne: Ligne, *, premiere: bool = False) -> bool:
    """« Le Département de la Marne recrute son futur … » : l'employeur et l'intitulé.

    Hors des premières lignes, le nom doit dire une nature d'employeur (« La recherche
    recrute » n'en nomme pas).
    """
    trouve = _RECRUTE.match(ligne.texte)
    if trouve is None or not trouve[1][:1].isupper():
        return False
    if not premiere and nature(trouve[1]) is None:
        return False
    releve.poser(
        "employeur.nom",
        trouve[1],
        ligne.debut + trouve.start(1),
        ligne.debut + trouve.end(1),
        "phrase « … recrute »",
        2,
    )
    if trouve[2]:
        intitule = trouve[2].rstrip(" .")
        releve.poser(
            "intitule",
            intitule[0].upper() + intitule[1:],
            ligne.debut + trouve.start(2),
            ligne.debut + trouve.start(2) + len(intitule),
            "phrase « … recrute »",
            2,
        )
    return True


_SEIN = re.compile(
    r"\bau sein (?:de la |du |de l['’]|des )((?:sous-direction|direction|d[ée]l[ée]gation|p[ôo]le"
    r"|service|bureau|cellule|section|unit[ée]|division)\b[^,.;]{0,80}?)(?=\s+(?:et|qui|vous|il|elle)\s|[,.;]|$)",
    re.I,
)
_DIRECTIONS = ("sous-direction", "direction", "délégation", "delegation", "pôle", "pole")


def organisation(releve: Releve, ligne: Ligne) -> None:
    """« Au sein de la Direction des systèmes d'information » : la direction ou le service."""
    for trouve in _SEIN.finditer(ligne.texte):
        nom = trouve[1].strip()
        champ = (
            "employeur.direction"
            if nom.casefold().startswith(_DIRECTIONS)
            else ("employeur.service")
        )
        releve.poser(
            champ,
            nom,
            ligne.debut + trouve.start(1),
            ligne.debut + trouve.start(1) + len(nom),
            "phrase « au sein de »",
            releve.rang_phrase + 1,
        )


# « le/la responsable du projet … est chargé(e) de … » : le poste se nomme dans une phrase.
_ROLE = re.compile(
    r"\b(?:[Ll]e/la|[Ll]e ou la|[Ll]a ou le|[Ll]e\.la|[Ll]a/le) ([^.;:,()\n]{3,80}?) (?:est|sera)"
    r" (?:charg|amen|plac|rattach|positionn|affect)"
)
_ROLES_GENERIQUES = frozenset(("titulaire", "titulaire du poste", "agent", "candidat", "candidate"))


def intitule_en_phrase(releve: Releve, lignes: list[Ligne]) -> None:
    """L'intitulé d'une annonce sans titre (tronquée en tête) : le rôle que nomme la
    phrase « le/la X est chargé(e) », s'il n'est pas générique (« le/la titulaire »)."""
    for ligne in lignes:
        if "/la" not in ligne.texte and " ou l" not in ligne.texte and ".la" not in ligne.texte:
            continue
        trouve = _ROLE.search(ligne.texte)
        if trouve is not None and trouve[1].casefold() not in _ROLES_GENERIQUES:
            role = trouve[1]
            releve.poser(
                "intitule",
                role[:1].upper() + role[1:],
                ligne.debut + trouve.start(1),
                ligne.debut + trouve.end(1),
                "phrase « le/la … est chargé(e) »",
                4,
            )
            return
