"""Ce que la nomenclature dit du candidat attendu : les catégories du permis de conduire et les
niveaux de diplôme (cadre national des certifications, anciens niveaux I à V, « bac +n »)."""

from __future__ import annotations

import re
from functools import cache

import attrs

from fpt_offres._texte import replier, sans_accents
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.nomenclature import _chargement as ch
from fpt_offres.nomenclature._entrees import CategoriePermis, NiveauDiplome, Source
from fpt_offres.nomenclature._index import Index, borner, sans_prefixe

__all__ = [
    "DescriptionNiveau",
    "DescriptionPermis",
    "niveau_diplome",
    "niveaux_diplome",
    "permis",
    "permis_de_conduire",
]


@attrs.frozen(kw_only=True)
class DescriptionPermis:
    """Une catégorie de permis de conduire, décrite."""

    categorie: CategoriePermis
    libelle: str
    source: Source


@cache
def permis_de_conduire() -> tuple[DescriptionPermis, ...]:
    """Les catégories de permis de conduire, décrites et sourcées."""
    return tuple(
        DescriptionPermis(
            categorie=CategoriePermis(ligne["code"]),
            libelle=ligne["libelle"],
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("permis.csv")
    )


# Appellations d'usage : « permis VL » (véhicule léger), « PL » (poids lourd, soit C),
# « super lourd » (ensemble articulé, soit CE), « transport en commun » (D).
_PERMIS_USUELS = {
    CategoriePermis.B: ("VL", "vehicule leger"),
    CategoriePermis.C: ("PL", "poids lourd"),
    CategoriePermis.CE: ("SPL", "super lourd", "super poids lourd"),
    CategoriePermis.D: ("transport en commun",),
}
_PREFIXE_PERMIS = sans_prefixe("permis", "categorie", "permis categorie", "permis de conduire")
# « Permis B obligatoire », « exigé », « souhaité » : l'exigence n'est pas la catégorie.
_EXIGENCE_PERMIS = re.compile(
    r"\s+(?:obligatoire|exige|requis|indispensable|souhaite|souhaitable|apprecie|demande)$"
)


@cache
def _index_permis() -> Index[CategoriePermis]:
    return Index(
        "permis",
        ((p.value, p.value, _PERMIS_USUELS.get(p, ()), p) for p in CategoriePermis),
        replier_requete=lambda t: _EXIGENCE_PERMIS.sub("", _PREFIXE_PERMIS.sub("", replier(t))),
    )


def permis(texte: str) -> CategoriePermis:
    """La catégorie de permis que désigne ``texte`` (« permis B », « PL », « super lourd »).

    >>> permis("permis B")
    <CategoriePermis.B: 'B'>
    >>> permis("PL")
    <CategoriePermis.C: 'C'>
    >>> permis("Permis B obligatoire")
    <CategoriePermis.B: 'B'>
    """
    return _index_permis().trouver(texte)


@attrs.frozen(kw_only=True)
class DescriptionNiveau:
    """Un niveau du cadre national des certifications professionnelles."""

    niveau: NiveauDiplome
    libelle: str
    ancien_niveau: str | None
    bac_plus: int | None
    exemples: str | None
    source: Source


@cache
def niveaux_diplome() -> tuple[DescriptionNiveau, ...]:
    """Les huit niveaux de diplôme (décret n° 2019-14), décrits et sourcés."""
    return tuple(
        DescriptionNiveau(
            niveau=NiveauDiplome(int(ligne["niveau"])),
            libelle=ligne["libelle"],
            ancien_niveau=ch.texte_ou_rien(ligne["ancien_niveau"]),
            bac_plus=ch.entier_ou_rien(ligne["bac_plus"]),
            exemples=ch.texte_ou_rien(ligne["exemples"]),
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("niveaux_diplome.csv")
    )


_BAC_PLUS = re.compile(r"^(?:niveau\s*)?bac\s*(?:\+\s*(\d))?$")
_NIVEAU = re.compile(r"^(?:niveau\s*)?(\d|[ivx]+)$")


@cache
def _niveaux_par_diplome() -> dict[str, NiveauDiplome]:
    """Chaque diplôme cité en exemple par l'INSEE (« BTS », « master ») → son niveau."""
    par_diplome: dict[str, NiveauDiplome] = {}
    for d in niveaux_diplome():
        for exemple in (d.exemples or "").split(","):
            par_diplome.setdefault(replier(exemple), d.niveau)
    # Les formes courtes des exemples de l'INSEE : « bac », « bac pro », « baccalauréat ».
    for court in ("bac", "bac pro", "baccalaureat", "baccalaureat professionnel"):
        par_diplome.setdefault(replier(court), NiveauDiplome(4))
    par_diplome.pop("", None)
    return par_diplome


def niveau_diplome(texte: str) -> NiveauDiplome:
    """Le niveau que désigne ``texte`` : « bac +5 », « niveau 6 », « niveau II », « Bac ».

    >>> niveau_diplome("bac +5")
    <NiveauDiplome.NIVEAU_7: 7>
    >>> niveau_diplome("niveau II")
    <NiveauDiplome.NIVEAU_6: 6>
    >>> niveau_diplome("Niveau II : Bac + 3/4")
    <NiveauDiplome.NIVEAU_6: 6>
    >>> niveau_diplome("BTS"), niveau_diplome("Master")
    (<NiveauDiplome.NIVEAU_5: 5>, <NiveauDiplome.NIVEAU_7: 7>)

    Les diplômes nommés (CAP, BEP, baccalauréat, BTS, DUT, DEUG, licence,
    maîtrise, master, doctorat…) se rangent au niveau dont l'INSEE les donne en
    exemple (définition c2296, colonne ``exemples`` des données).
    """
    replie = " ".join(sans_accents(borner(texte, "niveau de diplôme")).lower().split())
    # « Niveau II : Bac + 3/4 » : le niveau avant les deux-points suffit.
    replie = (
        replie.split(":", 1)[0].strip()
        if _NIVEAU.match(replie.split(":", 1)[0].strip())
        else replie
    )
    descriptions = niveaux_diplome()
    diplome = _niveaux_par_diplome().get(replier(replie))
    if diplome is not None:
        return diplome
    bac = _BAC_PLUS.match(replie)
    if bac:
        annees = int(bac.group(1) or 0)
        # bac+4 se range avec la licence (niveau 6), bac+6 et bac+7 avec le master.
        for d in sorted(
            descriptions, key=lambda d: -(d.bac_plus if d.bac_plus is not None else -1)
        ):
            if d.bac_plus is not None and d.bac_plus <= annees:
                return d.niveau
    niveau = _NIVEAU.match(replie)
    if niveau:
        valeur = niveau.group(1)
        if valeur.isdigit() and 1 <= int(valeur) <= 8:
            return NiveauDiplome(int(valeur))
        for d in descriptions:
            if d.ancien_niveau and d.ancien_niveau.lower() == valeur:
                return d.niveau
    raise NomenclatureInconnue(
        texte, "niveau de diplôme", [f"niveau {d.niveau.value}" for d in descriptions]
    )
