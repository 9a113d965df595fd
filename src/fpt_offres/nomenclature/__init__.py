"""La nomenclature statutaire fournie avec le paquet, et des recherches qui pardonnent.

Les données (filières, cadres d'emplois, grades, bases légales des contrats,
départements, permis, niveaux de diplôme, emplois fonctionnels) sont des
fichiers de ``donnees/``, lus une seule fois au premier usage ; chaque entrée
porte sa source. ``donnees/SOURCES.md`` dit d'où vient chaque fichier et ce qui
a été laissé de côté faute de source.

Les recherches acceptent ce que les gens écrivent : casse, accents, pluriels,
écriture inclusive, abréviations.

>>> grade("Attaché·e principal·e").cadre_emplois.libelle
'attachés territoriaux'
>>> cadre_emplois("Attachés territoriaux").categorie
<Categorie.A: 'A'>
>>> categorie("cat. A+")
<Categorie.A_PLUS: 'A+'>
>>> str(base_legale("article 3-3 2° de la loi n° 84-53"))
'L332-8 2°'
>>> grade("Rédacteur principal de 1ère classe").code
'redacteur-principal-de-1re-classe'
>>> grade("attachée princpale")
Traceback (most recent call last):
...
fpt_offres.erreurs.NomenclatureInconnue: grade inconnu dans la nomenclature : 'attachée princpale' ; entrées les plus proches : 'attaché principal'...
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TypeVar

import attrs

from fpt_offres._texte import replier, sans_accents
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.nomenclature import _chargement as ch
from fpt_offres.nomenclature._entrees import (
    BaseLegale,
    CadreEmplois,
    Categorie,
    CategoriePermis,
    Filiere,
    Grade,
    NiveauDiplome,
    Source,
)
from fpt_offres.nomenclature._index import Index, borner

__all__ = [
    "Departement",
    "DescriptionFiliere",
    "DescriptionNiveau",
    "DescriptionPermis",
    "EmploiFonctionnelDecrit",
    "base_legale",
    "bases_legales",
    "bases_legales_par_code",
    "cadre_emplois",
    "cadres_emplois",
    "cadres_emplois_par_code",
    "categorie",
    "departement",
    "departements",
    "emplois_fonctionnels",
    "filiere",
    "filieres",
    "grade",
    "grades",
    "grades_par_code",
    "niveau_diplome",
    "niveaux_diplome",
    "permis",
    "permis_de_conduire",
]

E = TypeVar("E")


# --- filières et catégories -------------------------------------------------------------


@attrs.frozen(kw_only=True)
class DescriptionFiliere:
    """Une filière, son libellé et sa source."""

    filiere: Filiere
    libelle: str
    source: Source


@cache
def filieres() -> tuple[DescriptionFiliere, ...]:
    """Les dix filières de la FPT, avec leur source."""
    return tuple(
        DescriptionFiliere(
            filiere=Filiere(ligne["code"]), libelle=ligne["libelle"], source=ch.source(ligne)
        )
        for ligne in ch.lire_csv("filieres.csv")
    )


def _sans_prefixe(*prefixes: str) -> re.Pattern[str]:
    """Motif qui retire un mot d'introduction (« filière », « permis ») d'un texte replié."""
    replies = sorted({re.escape(replier(p)) for p in prefixes}, key=len, reverse=True)
    return re.compile(rf"^(?:(?:{'|'.join(replies)})\s+)+")


_PREFIXE_FILIERE = _sans_prefixe("filiere")
_PREFIXE_CATEGORIE = _sans_prefixe("categorie")


@cache
def _index_filieres() -> Index[Filiere]:
    return Index(
        "filière",
        ((f.value, f.value, (f.name,), f) for f in Filiere),
        replier_requete=lambda t: _PREFIXE_FILIERE.sub("", replier(t)),
    )


def filiere(texte: str) -> Filiere:
    """La filière que désigne ``texte`` (« Filière Administrative », « médico-sociale »).

    >>> filiere("Filière Administrative")
    <Filiere.ADMINISTRATIVE: 'administrative'>
    """
    return _index_filieres().trouver(texte)


@cache
def _index_categories() -> Index[Categorie]:
    formes = {Categorie.A_PLUS: ("a plus", "aplus")}
    return Index(
        "catégorie",
        ((c.value, c.value, formes.get(c, ()), c) for c in Categorie),
        replier_requete=lambda t: _PREFIXE_CATEGORIE.sub("", replier(t)),
    )


def categorie(texte: str) -> Categorie:
    """La catégorie que désigne ``texte`` (« catégorie A », « cat. A+ », « B »)."""
    return _index_categories().trouver(texte)


# --- cadres d'emplois et grades -----------------------------------------------------------


@cache
def cadres_emplois() -> tuple[CadreEmplois, ...]:
    """Les cadres d'emplois de la FPT, dans l'ordre des données (par filière)."""
    return tuple(
        CadreEmplois(
            code=ligne["code"],
            libelle=ligne["libelle"],
            filiere=Filiere(ligne["filiere"]),
            categorie=Categorie(ligne["categorie"]),
            encadrement_superieur=ch.booleen(ligne["encadrement_superieur"]),
            en_extinction=ch.booleen(ligne["en_extinction"]),
            decret=ch.texte_ou_rien(ligne["decret"]),
            en_vigueur_depuis=ch.date_ou_rien(ligne["en_vigueur_depuis"]),
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("cadres_emplois.csv")
    )


@cache
def cadres_emplois_par_code() -> Mapping[str, CadreEmplois]:
    """Les cadres d'emplois par code."""
    return _index_cadres().par_code()


@cache
def grades() -> tuple[Grade, ...]:
    """Les grades de la FPT, chacun rattaché à son cadre d'emplois."""
    cadres = cadres_emplois_par_code()
    return tuple(
        Grade(
            code=ligne["code"],
            libelle=ligne["libelle"],
            cadre_emplois=cadres[ligne["cadre_emplois"]],
            ordre=int(ligne["ordre"]),
            en_extinction=ch.booleen(ligne["en_extinction"]),
            en_vigueur_depuis=ch.date_ou_rien(ligne["en_vigueur_depuis"]),
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("grades.csv")
    )


@cache
def grades_par_code() -> Mapping[str, Grade]:
    """Les grades par code."""
    return _index_grades().par_code()


def _hors_extinction(entrees: list[E]) -> E | None:
    vivantes = [e for e in entrees if not getattr(e, "en_extinction", False)]
    return vivantes[0] if len(vivantes) == 1 else None


# Les sigles d'usage des offres et des plateformes : chaque libellé qui contient la forme
# longue est aussi retrouvé par sa forme courte (« ATSEM principal de 1re classe »).
_SIGLES = (
    (
        re.compile(r"\bagents? (?:territoriaux )?spécialisés? (.*?)\s*des écoles maternelles"),
        r"ATSEM \1",
    ),
    (re.compile(r"\béducateurs? (?:territoriaux )?des activités physiques et sportives"), "ETAPS"),
    (re.compile(r"\bactivités physiques et sportives"), "APS"),
    (re.compile(r"\bsapeurs-pompiers professionnels"), "SPP"),
)


# Un libellé repliant deux fois de la même façon (« conservateur (en chef) » et les
# parenthèses) garde aussi sa forme sans parenthèses.
def _formes(libelle: str) -> tuple[str, ...]:
    sans_parentheses = re.sub(r"\s*\([^)]*\)", "", libelle)
    formes = [sans_parentheses] if sans_parentheses != libelle else []
    formes += [motif.sub(sigle, libelle) for motif, sigle in _SIGLES if motif.search(libelle)]
    return tuple(formes)


def _formes_grade(grade: Grade) -> tuple[str, ...]:
    """Les formes d'un grade, et pour un grade de sapeur-pompier, « … de SPP » (« colonel hors classe de SPP »)."""
    formes = _formes(grade.libelle)
    if grade.filiere is Filiere.SAPEURS_POMPIERS and "sapeurs-pompiers" not in grade.libelle:
        formes += tuple(
            f"{grade.libelle} {qualite}"
            for qualite in ("de SPP", "de sapeurs-pompiers professionnels")
        )
    return formes


_PREFIXE_CADRE = _sans_prefixe("cadre d'emplois", "cadres d'emplois", "cadre d'emploi")


@cache
def _index_cadres() -> Index[CadreEmplois]:
    return Index(
        "cadre d'emplois",
        ((c.code, c.libelle, _formes(c.libelle), c) for c in cadres_emplois()),
        preferer=_hors_extinction,
        replier_requete=lambda t: _PREFIXE_CADRE.sub("", replier(t)),
    )


@cache
def _index_grades() -> Index[Grade]:
    return Index(
        "grade",
        ((g.code, g.libelle, _formes_grade(g), g) for g in grades()),
        preferer=_hors_extinction,
    )


def cadre_emplois(texte: str) -> CadreEmplois:
    """Le cadre d'emplois que désigne ``texte`` (code, ou libellé écrit librement).

    >>> cadre_emplois("Cadre d'emploi des ETAPS").code
    'educateurs-territoriaux-des-activites-physiques-et-sportives'

    Raises:
        NomenclatureInconnue: aucun cadre ne correspond ; ``suggestions`` donne les plus proches.
    """
    return _index_cadres().trouver(texte)


def grade(texte: str) -> Grade:
    """Le grade que désigne ``texte`` (code, ou libellé écrit librement).

    >>> grade("ATSEM principal de 1ère classe").code
    'agent-specialise-principal-de-1re-classe-des-ecoles-maternelles'
    >>> grade("Colonel hors classe de SPP").code
    'colonel-hors-classe'

    Raises:
        NomenclatureInconnue: aucun grade ne correspond ; ``suggestions`` donne les plus proches.
    """
    return _index_grades().trouver(texte)


# --- bases légales des contrats -----------------------------------------------------------


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


# --- départements, permis, niveaux, emplois fonctionnels ----------------------------------


@attrs.frozen(kw_only=True)
class Departement:
    """Un département ou une collectivité d'outre-mer, avec son code INSEE."""

    code: str
    nom: str
    type: str
    source: Source


@cache
def departements() -> Mapping[str, Departement]:
    """Les départements et collectivités d'outre-mer, par code INSEE."""
    return {
        ligne["code"]: Departement(
            code=ligne["code"], nom=ligne["nom"], type=ligne["type"], source=ch.source(ligne)
        )
        for ligne in ch.lire_csv("departements.csv")
    }


@cache
def _index_departements() -> Index[Departement]:
    return Index("département", ((d.code, d.nom, (), d) for d in departements().values()))


def departement(texte: str) -> Departement:
    """Le département de code ou de nom ``texte`` (« 2A », « 988 », « Haute-Marne »).

    >>> departement("Haute-Marne").code
    '52'
    >>> departement("Vendée (85)").code
    '85'

    Raises:
        NomenclatureInconnue: aucun département ne correspond, ou le nom et le code
            entre parenthèses désignent deux départements différents.
    """
    texte = borner(texte, "département")
    nom_code = _NOM_CODE.match(texte)
    if nom_code:
        par_nom = _index_departements().trouver(nom_code.group(1))
        par_code = _index_departements().trouver(nom_code.group(2).upper())
        if par_nom is not par_code:
            raise NomenclatureInconnue(
                texte, "département (le nom et le code diffèrent)", (par_nom.nom, par_code.nom)
            )
        return par_code
    return _index_departements().trouver(
        texte.strip().upper() if len(texte.strip()) <= 3 else texte
    )


_NOM_CODE = re.compile(r"^\s*(.+?)\s*\(\s*(\d{2,3}|2[ABab])\s*\)\s*$")


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
_PREFIXE_PERMIS = _sans_prefixe("permis", "categorie", "permis categorie", "permis de conduire")
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


@attrs.frozen(kw_only=True)
class EmploiFonctionnelDecrit:
    """Un emploi fonctionnel de direction, son seuil et son texte."""

    code: str
    libelle: str
    sigle: str | None
    seuil_habitants: int | None
    texte: str | None
    source: Source


@cache
def emplois_fonctionnels() -> tuple[EmploiFonctionnelDecrit, ...]:
    """Les emplois fonctionnels de direction et leurs seuils de population."""
    return tuple(
        EmploiFonctionnelDecrit(
            code=ligne["code"],
            libelle=ligne["libelle"],
            sigle=ch.texte_ou_rien(ligne["sigle"]),
            seuil_habitants=ch.entier_ou_rien(ligne["seuil_habitants"]),
            texte=ch.texte_ou_rien(ligne["texte"]),
            source=ch.source(ligne),
        )
        for ligne in ch.lire_csv("emplois_fonctionnels.csv")
    )
