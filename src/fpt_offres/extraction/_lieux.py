"""Le lieu de travail : son libellé, sa commune, son adresse.

Les sites donnent le lieu en une ligne (« 6 bis AVENUE DES PYRENEES 31240 L' UNION »,
« N.C 92522 NEUILLY SUR SEINE CEDEX ») et la ville à part ; le libellé reste tel
qu'écrit, la commune prend la typographie usuelle d'un nom de commune.
"""

from __future__ import annotations

import re

from fpt_offres import nomenclature
from fpt_offres._texte import sans_accents
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, Ligne

__all__ = [
    "PLACEHOLDER",
    "commune_lisible",
    "graphie_du_texte",
    "libelle_accentue",
    "lire_lieu",
    "lire_ville",
    "poser_valeur",
]

# Une valeur qui tient la place d'une autre (« N.C », « Non renseigné ») : rien n'est dit.
PLACEHOLDER = re.compile(r"^(?:n\.?\s?c\.?|non communiqu[ée]|non renseign[ée])\b", re.I)


def poser_valeur(releve: Releve, bloc: Bloc, champ: str, *, rang: int = 1) -> None:
    """La valeur d'un champ étiqueté, telle qu'écrite, sauf un tenant-lieu (« N.C »)."""
    if bloc.lignes and not PLACEHOLDER.match(bloc.valeur):
        debut, fin = bloc.lignes[0].debut, bloc.lignes[-1].fin
        releve.poser(champ, bloc.valeur, debut, fin, f"champ « {bloc.titre} »", rang)


_CODE_POSTAL = re.compile(r"(?<!\d)(\d{5})(?!\d)")
_CEDEX = re.compile(r"\s*\bcedex\b(?:\s*\d{1,3})?", re.I)


_PETITS_MOTS = frozenset(
    ("sur", "sous", "de", "du", "des", "la", "le", "les", "en", "lès", "et", "aux", "au")
)
_ABREGES = {"st": "saint", "ste": "sainte"}
_PREFECTURE = re.compile(r"^(?:sous-)?pr[ée]fecture (?:de |du |d['’])(.+)$", re.I)
_SEPARATEURS_ADRESSE = re.compile(r"\s+[-–]\s+|(?<=\w)–(?=\w)")


def commune_lisible(nom: str) -> str:
    """Un nom de commune écrit en capitales, remis à la typographie usuelle.

    >>> commune_lisible("NEUILLY SUR SEINE"), commune_lisible("LE KREMLIN BICETRE")
    ('Neuilly-sur-Seine', 'Le Kremlin-Bicetre')
    >>> commune_lisible("L' UNION"), commune_lisible("ST DENIS"), commune_lisible("Saint-Lô")
    ("L'Union", 'Saint-Denis', 'Saint-Lô')
    """
    if any(c.islower() for c in nom):
        return nom
    mots = nom.replace("' ", "'").replace("-", " ").lower().split()
    article = ""
    if mots and mots[0] in {"le", "la", "les"}:
        article, mots = mots[0].capitalize() + " ", mots[1:]
    jolis = []
    for rang, brut in enumerate(mots):
        mot = _ABREGES.get(brut, brut)
        if rang and mot in _PETITS_MOTS:
            jolis.append(mot)
        elif "'" in mot:
            avant, apres = mot.split("'", 1)
            jolis.append(f"{avant.capitalize()}'{apres.capitalize()}")
        else:
            jolis.append(mot.capitalize())
    return article + "-".join(jolis)


def _commune_possible(texte: str) -> bool:
    """Un libellé qui peut être un nom de commune : des mots qui commencent par une capitale."""
    mots = texte.split()
    return (
        0 < len(mots) <= 4
        and all(m[:1].isupper() for m in mots)
        and not any(c.isdigit() for c in texte)
    )


_COMMUNE_CODE = re.compile(r"^([^\d()]{2,60}?)\s?\((\d{5})\)$")


def _adresse(texte: str) -> dict[str, object] | None:
    """« 6 bis AVENUE DES PYRENEES 31240 L' UNION » : lignes, code postal, commune, cedex ;
    « CHALONS EN CHAMPAGNE (51000) » : la commune et son code postal."""
    commune_code = _COMMUNE_CODE.match(texte)
    if commune_code is not None:
        return {"code_postal": commune_code[2], "commune": commune_lisible(commune_code[1])}
    code = _CODE_POSTAL.search(texte)
    if code is None:
        return None
    avant = texte[: code.start()].strip(" ,-")
    apres = texte[code.end() :].strip(" ,-")
    adresse: dict[str, object] = {"code_postal": code[1]}
    if avant and not PLACEHOLDER.match(avant):
        adresse["lignes"] = [m for m in _SEPARATEURS_ADRESSE.split(avant) if m]
    commune = _CEDEX.sub("", apres).strip(" ,-")
    if commune:
        adresse["commune"] = commune_lisible(commune)
    if _CEDEX.search(apres):
        adresse["cedex"] = True
    return adresse


# Un lieu dit dans une phrase (« poste situé au centre de Lille, 2 boulevard des Cités
# Unies. Excellente accessibilité… ») : la voie et la commune nommées.
_VOIE = re.compile(
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|boulevard|bd|place|all[ée]e|chemin|quai"
    r"|cours|impasse|route|square|esplanade|parvis)\b[^,.;:()\n]{2,60}",
    re.I,
)
_COMMUNE_PHRASE = re.compile(
    r"\b(?:à|au centre de|en centre-ville de|dans le centre de|sur la commune de|ville de)"
    r"\s([A-ZÀ-Ý][\w'’-]{1,40}(?:[ -](?:sur|sous|en|lès|[A-ZÀ-Ý][\w'’-]{1,40})){0,3})"
)


def _en_phrase(texte: str) -> bool:
    return len(texte) > 60 and (". " in texte or texte[:1].islower())


def _lieu_en_phrase(releve: Releve, ligne: Ligne, lecture: str) -> None:
    voie, commune = _VOIE.search(ligne.texte), _COMMUNE_PHRASE.search(ligne.texte)
    morceaux = [m for m in (voie, commune) if m is not None]
    if not morceaux:
        return
    debut = ligne.debut + min(m.start() for m in morceaux)
    fin = ligne.debut + max(m.end() for m in morceaux)
    libelle = ", ".join(m[0] if m is voie else m[1] for m in morceaux)
    lecture = f"{lecture}, voie et commune d'une phrase"
    releve.poser("poste.lieu", libelle.strip(), debut, fin, lecture)
    adresse: dict[str, object] = {}
    if voie is not None:
        adresse["lignes"] = [voie[0].strip()]
    if commune is not None:
        adresse["commune"] = commune[1]
        releve.poser("poste.lieu.commune", commune[1], debut, fin, lecture, 2)
    releve.poser("poste.lieu.adresse", adresse, debut, fin, lecture)


def lire_lieu(releve: Releve, bloc: Bloc) -> None:
    if bloc.lignes and _en_phrase(bloc.lignes[0].texte):
        _lieu_en_phrase(releve, bloc.lignes[0], f"champ « {bloc.titre} »")
        return
    poser_valeur(releve, bloc, "poste.lieu")
    if not bloc.lignes:
        return
    ligne, lecture = bloc.lignes[0], f"champ « {bloc.titre} »"
    adresse = _adresse(ligne.texte)
    if adresse is not None:
        releve.poser("poste.lieu.adresse", adresse, ligne.debut, ligne.fin, lecture)
        if "commune" in adresse:
            releve.poser(
                "poste.lieu.commune", adresse["commune"], ligne.debut, ligne.fin, lecture, 2
            )
    elif _SEPARATEURS_ADRESSE.search(ligne.texte) and any(c.isdigit() for c in ligne.texte):
        lignes = [m for m in _SEPARATEURS_ADRESSE.split(ligne.texte) if m]
        releve.poser("poste.lieu.adresse", {"lignes": lignes}, ligne.debut, ligne.fin, lecture)
    elif (prefecture := _PREFECTURE.match(ligne.texte)) is not None:
        _commune_d_une_prefecture(releve, prefecture[1], ligne, lecture)
    elif not PLACEHOLDER.match(ligne.texte) and _commune_possible(ligne.texte):
        releve.poser(
            "poste.lieu.commune", commune_lisible(ligne.texte), ligne.debut, ligne.fin, lecture, 3
        )


def _commune_d_une_prefecture(releve: Releve, nom: str, ligne: Ligne, lecture: str) -> None:
    """« Sous-préfecture de Saint-Nazaire » : une commune ; « Préfecture de l'Isère » : non."""
    try:
        nomenclature.departement(nom)
    except NomenclatureInconnue:
        releve.poser("poste.lieu.commune", nom, ligne.fin - len(nom), ligne.fin, lecture, 3)


def lire_ville(releve: Releve, bloc: Bloc) -> None:
    poser_valeur(releve, bloc, "poste.lieu", rang=2)
    if bloc.lignes:
        ligne = bloc.lignes[0]
        commune = commune_lisible(_CEDEX.sub("", ligne.texte).strip())
        if commune:
            releve.poser(
                "poste.lieu.commune", commune, ligne.debut, ligne.fin, f"champ « {bloc.titre} »"
            )


# Chaque caractère latin vers sa lettre de base en minuscule, traits d'union et apostrophes
# vers l'espace : un caractère pour un caractère, les positions restent celles du texte.
_PLAT = {
    code: (sans_accents(chr(code)).casefold() or chr(code))[:1]
    for code in range(0x250)
    if chr(code).isalpha()
} | {ord(c): " " for c in "-'’"}


def libelle_accentue(texte: str, libelle: str) -> str:
    """« CHALONS EN CHAMPAGNE (51000) » écrit avec les accents que le texte donne ailleurs à
    la commune (« Châlons-en-Champagne (51000) ») ; le libellé tel quel sinon.

    >>> libelle_accentue("… 51038 Châlons-en-Champagne cedex", "CHALONS EN CHAMPAGNE (51000)")
    'Châlons-en-Champagne (51000)'
    """
    trouve = _COMMUNE_CODE.match(libelle)
    if trouve is None or any(c.islower() for c in libelle):
        return libelle
    lisible = commune_lisible(trouve[1])
    graphie = graphie_du_texte(texte, lisible)
    return libelle if graphie == lisible else f"{graphie} ({trouve[2]})"


def graphie_du_texte(texte: str, commune: str) -> str:
    """La commune telle que le texte l'écrit ailleurs avec ses accents, s'il le fait
    (« CHALONS EN CHAMPAGNE » au lieu de travail, « Châlons-en-Champagne » dans l'adresse) ;
    ``commune`` sinon.

    >>> graphie_du_texte("Lieu : BESANCON ; 25000 Besançon", "Besancon")
    'Besançon'
    >>> graphie_du_texte("Lieu : BLOIS", "Blois")
    'Blois'
    """
    aiguille = commune.translate(_PLAT)
    if len(aiguille) < 3:
        return commune
    plat = texte.translate(_PLAT)
    position = plat.find(aiguille)
    while position != -1:
        fin = position + len(aiguille)
        ecrit = texte[position:fin]
        bornee = (position == 0 or not plat[position - 1].isalnum()) and (
            fin == len(plat) or not plat[fin].isalnum()
        )
        # Seule une graphie qui rend des accents vaut mieux que celle tirée des capitales.
        if bornee and ecrit[:1].isupper() and not ecrit.isascii() and commune.isascii():
            return ecrit
        position = plat.find(aiguille, fin)
    return commune
