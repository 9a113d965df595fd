"""Qui recrute : le nom, la nature juridique, le versant, le département.

La nature se lit de ce que le texte écrit : le nom (« Mairie de … »,
« Communauté d'agglomération … », « Ministère … ») ou le classement du site
(« Organisme de rattachement : Communes »). Aucun nom n'est déduit de la nature.
"""

from __future__ import annotations

import re

from fpt_offres import nomenclature
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction._segments import cle
from fpt_offres.modele import TypeEmployeur
from fpt_offres.rendu._libelles import TYPES_EMPLOYEUR

__all__ = [
    "departement",
    "nature",
    "nature_du_classement",
    "nature_ecrite",
    "nature_sans_nom",
    "sigle",
    "versant",
]

# Le début du nom (replié par ``cle``) et la nature qu'il dit, du plus précis au plus large.
_NATURES_DU_NOM = (
    ("communaute d'agglomeration", "communaute_agglomeration"),
    ("communaute de communes", "communaute_communes"),
    ("communaute urbaine", "communaute_urbaine"),
    ("metropole", "metropole"),
    ("etablissement public territorial", "etablissement_public_territorial"),
    ("syndicat mixte", "syndicat_mixte"),
    ("s m ", "syndicat_mixte"),
    ("syndicat intercommunal", "syndicat_communes"),
    ("centre communal d'action sociale", "ccas"),
    ("ccas", "ccas"),
    ("centre intercommunal d'action sociale", "cias"),
    ("cias", "cias"),
    ("centre de gestion", "cdg"),
    ("service departemental d'incendie", "sdis"),
    ("sdis", "sdis"),
    ("conseil departemental", "departement"),
    ("departement", "departement"),
    ("conseil regional", "region"),
    ("region", "region"),
    ("mairie", "commune"),
    ("commune", "commune"),
    ("ville de", "commune"),
    ("ministere", "etat"),
    ("prefecture", "etat"),
    ("sous prefecture", "etat"),
    ("centre hospitalier", "hopital"),
    ("chu ", "hopital"),
    ("hopital", "hopital"),
    ("caisse des ecoles", "caisse_des_ecoles"),
    ("province", "province"),
)

# Le classement des sites (« Organisme de rattachement ») : une nature, pas un nom.
_CLASSEMENTS = {
    "communes": "commune",
    "departements": "departement",
    "regions": "region",
    "structures de cooperation territoriale": "cooperation_territoriale",
    "etablissements publics": "etablissement_public",
    "centres de gestion": "cdg",
    "sdis": "sdis",
    "ccas cias": "ccas",
    "etablissements hospitaliers": "hopital",
}


def nature(nom: str) -> str | None:
    """La nature que dit le nom, ou ``None``.

    >>> nature("Mairie de L'Union"), nature("Communauté d'Agglomération Cannes Pays de Lérins")
    ('commune', 'communaute_agglomeration')
    >>> nature("Grand Paris Sud") is None
    True
    """
    replie = cle(nom) + " "
    for debut, valeur in _NATURES_DU_NOM:
        if replie.startswith(debut):
            return valeur
    return None


# La nature écrite au singulier (« Type d'employeur : commune »), avec les mots de l'annonce
# que la bibliothèque écrit : elle relit ce qu'elle écrit.
_TYPES_ECRITS = {
    cle(libelle): type_.value
    for type_, libelle in TYPES_EMPLOYEUR.items()
    if type_ is not TypeEmployeur.AUTRE
}


def nature_du_classement(classement: str) -> tuple[bool, str | None]:
    """(est un classement, nature) pour la valeur de « Organisme de rattachement »."""
    replie = cle(classement)
    if replie in _CLASSEMENTS:
        return True, _CLASSEMENTS[replie]
    return False, None


def nature_ecrite(texte: str) -> str | None:
    """La nature que ``texte`` nomme au singulier, comme l'annonce l'écrit, ou ``None``.

    >>> nature_ecrite("centre communal d’action sociale"), nature_ecrite("Communes")
    ('ccas', None)
    """
    return _TYPES_ECRITS.get(cle(texte))


def versant(texte: str) -> str | None:
    """« Fonction publique Territoriale » → ``territoriale``…"""
    replie = cle(texte)
    for mot, valeur in (
        ("territorial", "territoriale"),
        ("etat", "etat"),
        ("hospitali", "hospitaliere"),
        ("caledonie", "nouvelle-caledonie"),
    ):
        if mot in replie:
            return valeur
    return None


_CODE = re.compile(r"\((\d[\dAB]|\d{3})\)")
_CODE_POSTAL = re.compile(r"(?<!\d)(\d{5})(?!\d)")


def departement(texte: str) -> tuple[str, int, int] | None:
    """Le code du département qu'écrit ``texte`` : « Haute Garonne (31) », « Marne »,
    un code postal ; avec sa portion.

    >>> departement("Haute Garonne (31)")
    ('31', 14, 18)
    >>> departement("Département de la Marne")[0]
    '51'
    """
    connus = nomenclature.departements()
    code = _CODE.search(texte)
    if code and code[1] in connus:
        return code[1], code.start(), code.end()
    nom = re.sub(
        r"^(?:d[ée]partement|conseil d[ée]partemental)\s(?:de la |de l'|du |des |de )?",
        "",
        texte.strip(),
        flags=re.IGNORECASE,
    )
    try:
        return nomenclature.departement(nom).code, texte.find(nom), texte.find(nom) + len(nom)
    except NomenclatureInconnue:
        pass
    postal = _CODE_POSTAL.search(texte)
    if postal:
        chiffres = postal[1]
        candidat = chiffres[:3] if chiffres.startswith(("97", "98")) else (chiffres[:2])
        if candidat == "20":
            return None  # la Corse (2A, 2B) ne se lit pas du code postal
        if candidat in connus:
            return candidat, postal.start(), postal.end()
    return None


# « Le Département » (capitale, sans complément de nom) : la collectivité qui parle d'elle-même.
_SOI_DEPARTEMENT = re.compile(r"\b(?:[Dd]u|[Ll]e|[Aa]u) Département\b(?!\s(?:de |du |des |d['’]))")
_CONSEIL_DEPARTEMENTAL = re.compile(r"\b[Cc]onseil départemental\b")


def nature_sans_nom(texte: str) -> tuple[str, int, int] | None:
    """La nature d'un employeur que le texte ne nomme pas : un département qui se dit « le
    Département » (deux fois au moins) et parle de son conseil départemental. Un service
    de l'État appelé « département » n'a pas de conseil départemental.

    >>> nature_sans_nom("Les antennes du Département… le lien du Département avec "
    ...                 "ses partenaires… politiques du Conseil départemental 52")[0]
    'departement'
    >>> nature_sans_nom("Au sein du Département, … les autres secteurs du Département") is None
    True
    """
    if "Département" not in texte:  # le cas de presque tous les textes : pas de recherche
        return None
    soi = list(_SOI_DEPARTEMENT.finditer(texte))
    conseil = _CONSEIL_DEPARTEMENTAL.search(texte)
    if len(soi) < 2 or conseil is None:
        return None
    return "departement", soi[0].start(), soi[0].end()


# Les capitales d'un sigle, points, esperluette ou trait d'union entre elles (« C.A.C.P.L. »,
# « SDIS », « CA-PL ») ; pas de chiffres : « Essonne (91) » donne un code, pas un sigle.
_SIGLE = r"\s*\(((?:[A-ZÀ-Ý][.&-]?){2,12})\)"
# Un nom d'employeur tient en une ligne ; au-delà, la recherche coûterait nom × texte.
_NOM_MAX = 200


def sigle(texte: str, nom: str) -> tuple[str, int, int] | None:
    """Le sigle que ``texte`` donne entre parenthèses juste après le nom de l'employeur,
    avec sa portion.

    >>> sigle("La Communauté d'Agglomération du Pays (C.A.P.), deuxième…",
    ...       "Communauté d’agglomération du Pays")
    ('C.A.P.', 39, 45)
    >>> sigle("La Ville de Sens (89) recrute", "Ville de Sens") is None
    True
    """
    mots = ["".join("['’]" if c in "'’" else re.escape(c) for c in mot) for mot in nom.split()]
    if not mots or len(nom) > _NOM_MAX:
        return None
    trouve = re.search(r"(?i:" + r"\s+".join(mots) + ")" + _SIGLE, texte)
    return (trouve[1], trouve.start(1), trouve.end(1)) if trouve else None
