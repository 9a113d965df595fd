"""Les bases légales des contrats dans la nomenclature, et leur recherche par article tel que
les offres le citent (numérotation du CGFP ou ancienne loi n° 84-53, cas « 2° », « disposition 3 »,
« 3 ou 4 »)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from fpt_offres._texte import sans_accents
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.nomenclature import _chargement as ch
from fpt_offres.nomenclature._entrees import BaseLegale
from fpt_offres.nomenclature._index import borner

__all__ = ["base_legale", "bases_legales", "bases_legales_par_code"]


@cache
def bases_legales() -> tuple[BaseLegale, ...]:
    """Les bases légales du recrutement de contractuels (CGFP), avec l'ancienne numérotation."""
    return tuple(
        BaseLegale(
            code=b["code"],
            article=b["article"],
            cas=b["cas"],
            libelle=b["libelle"],
            emploi_permanent=b["emploi_permanent"],
            duree_max_mois=b["duree_max_mois"],
            duree_totale_max_mois=b["duree_totale_max_mois"],
            duree_min_mois=b["duree_min_mois"],
            renouvellement=b["renouvellement"],
            cdi_possible=b["cdi_possible"],
            anciens_articles=tuple(b["anciens_articles"]),
            en_vigueur_depuis=ch.date_ou_rien(b["en_vigueur_depuis"]),
            source=ch.source(b),
        )
        for b in ch.lire_json("bases_legales.json")
    )


@cache
def bases_legales_par_code() -> Mapping[str, BaseLegale]:
    """Les bases légales par code."""
    return {b.code: b for b in bases_legales()}


_BRUIT_ARTICLE = re.compile(
    r"\b(?:articles?|art\.?|du|de|la|le|code general de la fonction publique|cgfp|alinea)\b",
    re.IGNORECASE,
)
_LOI_84_53 = re.compile(
    r"(?:loi\s*)?(?:n\s*[°o]?\s*)?84\s*-\s*53(?:\s*du\s*26\s*janvier\s*1984)?|loi\s+du\s+26\s+janvier\s+1984"
)


def _cle_article(texte: str) -> str:
    texte = re.sub(r"\bL\s*\.?\s*(?=\d)", "L", " ".join(texte.upper().split()))
    texte = re.sub(r"(?<=\d)\s*(?:°|ER|E)\b", "", texte.replace("°", " "))
    return " ".join(re.split(r"[\s.,;:/-]+", texte)).strip()


@cache
def _bases_par_cle() -> dict[tuple[bool, str], list[BaseLegale]]:
    """Clé d'article → bases ; une ancienne numérotation peut couvrir plusieurs cas (art. 47)."""
    cles: dict[tuple[bool, str], list[BaseLegale]] = {}
    for b in bases_legales():
        cles.setdefault((False, _cle_article(f"{b.article} {b.cas or ''}")), []).append(b)
        for ancien in b.anciens_articles:
            cles.setdefault((True, _cle_article(ancien)), []).append(b)
    return cles


# « Art. L332-8 disposition 3 » : le cas s'écrit aussi « disposition » ; « 3 (ou 4) » hésite.
_DISPOSITION = re.compile(r"\bdisposition\s+(\d+)")
_ALTERNATIVE = re.compile(r"(\d+)\s*°?\s*\(?\s*\bou\s+(\d+)\s*°?\s*\)?")


def base_legale(texte: str) -> BaseLegale:
    """La base légale que désigne ``texte``, en numérotation CGFP ou de la loi n° 84-53.

    >>> base_legale("L. 332-23, 1°").code
    'L332-23-1'
    >>> base_legale("L332-24").cas is None
    True
    >>> base_legale("Art. L332-8 disposition 3 du code général de la fonction publique").code
    'L332-8-3'
    >>> base_legale("Art. L332-8 disposition 3 (ou 4) du code général de la fonction publique")
    Traceback (most recent call last):
    ...
    fpt_offres.erreurs.NomenclatureInconnue: base légale (l'offre hésite entre plusieurs cas : les citer chacun) inconnue dans la nomenclature : 'Art. L332-8 disposition 3 (ou 4) du code général de la fonction publique' ; entrées les plus proches : 'L332-8 3°', 'L332-8 4°'
    >>> base_legale("art. 47 de la loi 84-53")
    Traceback (most recent call last):
    ...
    fpt_offres.erreurs.NomenclatureInconnue: base légale (l'ancien article couvre plusieurs cas : préciser) inconnue dans la nomenclature : 'art. 47 de la loi 84-53' ; entrées les plus proches : 'L343-1 1°', 'L343-1 2°', 'L343-1 3°'

    Raises:
        NomenclatureInconnue: l'article ou le cas n'est pas dans la nomenclature.
    """
    par_code = bases_legales_par_code()
    if borner(texte, "base légale") in par_code:
        return par_code[texte]
    # Les blancs ramenés à une espace : les motifs ne peuvent plus hésiter entre deux façons
    # de lire une suite de blancs, et leur temps reste linéaire.
    replie = " ".join(sans_accents(texte).lower().split())
    replie = _DISPOSITION.sub(r" \1° ", replie)
    alternative = _ALTERNATIVE.search(replie)
    if alternative:
        cas = [_ALTERNATIVE.sub(f" {n}° ", replie, count=1) for n in alternative.groups()]
        raise NomenclatureInconnue(
            texte,
            "base légale (l'offre hésite entre plusieurs cas : les citer chacun)",
            [str(base_legale(c)) for c in cas],
        )
    ancienne = bool(_LOI_84_53.search(replie))
    utile = _BRUIT_ARTICLE.sub(" ", _LOI_84_53.sub(" ", replie))
    cle = _cle_article(utile)
    if not ancienne and not cle.startswith("L"):
        ancienne = (
            True  # « article 3-3 2° » sans la loi : seule l'ancienne numérotation s'écrit ainsi
        )
    trouvees = _bases_par_cle().get((ancienne, cle), [])
    if len(trouvees) == 1:
        return trouvees[0]
    if trouvees:
        raise NomenclatureInconnue(
            texte,
            "base légale (l'ancien article couvre plusieurs cas : préciser)",
            map(str, trouvees),
        )
    article = cle.split(" ")[0] if cle else ""
    proches = [
        str(b)
        for (vieille, c), bases in _bases_par_cle().items()
        for b in bases
        if not vieille and c.split(" ")[0] == article.replace(" ", "")
    ] or [str(b) for b in bases_legales()]
    raise NomenclatureInconnue(texte, "base légale", dict.fromkeys(proches))
