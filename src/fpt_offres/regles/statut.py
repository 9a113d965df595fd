"""Règles sur le statut : catégories, grades, filières, emplois fonctionnels, versant.

Sources : CGFP L411-2 (catégories) ; décret n° 2018-1351 art. 3 (catégorie et
grade dans l'avis de vacance) ; décrets n° 87-1101 et n° 90-128 (seuils des
emplois fonctionnels) ; loi n° 2023-1380 (secrétaire général de mairie).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

import attrs

from fpt_offres import nomenclature
from fpt_offres.modele import (
    Categorie,
    EmploiFonctionnel,
    Filiere,
    Grade,
    Offre,
    Source,
    Statut,
    TypeEmployeur,
    Versant,
)
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []


def _grade(code: str) -> Grade:
    return nomenclature.grades_par_code()[code]


# --- catégories et grades -------------------------------------------------------------------------


def _declencher_categorie_grade(offre: Offre) -> Offre:
    statut = Statut(categories=(Categorie.C,), grades=(_grade("attache"),))
    return o.avec_statut(offre, statut)


def _epargner_categories(offre: Offre) -> Offre:
    return o.avec_statut(
        offre, attrs.evolve(offre.statut, categories=(), categories_tels_qu_ecrits=())
    )


@enregistrer(
    code="STATUT-CATEGORIE-GRADE",
    severite=Severite.ERREUR,
    versants=o.TOUS,
    titre="Grade, cadre d'emplois ou corps hors des catégories annoncées",
    source=o.S.categories,
    correction="ajouter la catégorie du grade, ou retirer le grade qui n'y appartient pas",
    declencher=_declencher_categorie_grade,
    epargner=_epargner_categories,
)
def categorie_grade(offre: Offre) -> Iterator[Constat]:
    """Chaque cadre d'emplois est classé par son statut particulier dans la catégorie A, B ou C (CGFP L411-2) ; un grade ou un cadre nommé par l'offre doit relever d'une des catégories qu'elle annonce (« A+ » compte comme A)."""
    statut = offre.statut
    annoncees = {c.legale for c in statut.categories}
    if not annoncees:
        return
    lus: list[tuple[str, str, Categorie]] = [
        *(("cadres_emplois", c.libelle, c.categorie) for c in statut.cadres_emplois),
        *(("grades", g.libelle, g.categorie) for g in statut.grades),
        *(("corps", c.libelle, c.categorie) for c in statut.corps if c.categorie is not None),
    ]
    rangs = {"cadres_emplois": 0, "grades": 0, "corps": 0}
    texte = o.nommer("catégorie", "catégories", sorted(c.value for c in annoncees))
    for champ, libelle, categorie in lus:
        rang = rangs[champ]
        rangs[champ] += 1
        if categorie.legale not in annoncees:
            yield Constat(
                chemin=f"statut.{champ}[{rang}]",
                message=f"« {libelle} » est de catégorie {categorie.legale.value}, "
                f"l'offre annonce {texte}",
            )


def _declencher_sans_grade(offre: Offre) -> Offre:
    return o.avec_statut(o.sous_cgfp(offre), Statut(categories=(Categorie.A,)))


@enregistrer(
    code="STATUT-SANS-GRADE",
    severite=Severite.INFORMATION,
    versants=o.CGFP,
    titre="Catégorie annoncée sans cadre d'emplois (ou corps) ni grade",
    source=o.S.decret_2018_1351,
    correction="nommer le ou les cadres d'emplois (ou corps) et grades ouverts",
    declencher=_declencher_sans_grade,
)
def sans_grade(offre: Offre) -> Iterator[Constat]:
    """L'avis de vacance donne la catégorie statutaire et, s'il y a lieu, le grade de l'emploi (décret n° 2018-1351 art. 3) ; une catégorie seule ne dit pas quels fonctionnaires peuvent candidater."""
    statut = offre.statut
    if not statut.categories:
        return
    if not (statut.cadres_emplois or statut.grades or statut.corps):
        texte = o.nommer("catégorie", "catégories", [c.value for c in statut.categories])
        yield Constat(
            chemin="statut.grades",
            message=f"l'offre annonce {texte} sans nommer de {o.cadre_ou_corps(offre)} ni de grade",
        )


def _declencher_grade_sans_categorie(offre: Offre) -> Offre:
    return o.avec_statut(o.sous_cgfp(offre), Statut(grades=(_grade("attache"),)))


@enregistrer(
    code="STATUT-GRADE-SANS-CATEGORIE",
    severite=Severite.INFORMATION,
    versants=o.CGFP,
    titre="Grades ou cadres d'emplois nommés sans catégorie",
    source=o.S.decret_2018_1351,
    correction="annoncer la catégorie (déduite ici des grades)",
    declencher=_declencher_grade_sans_categorie,
    epargner=lambda offre: o.avec_statut(
        offre,
        attrs.evolve(
            offre.statut,
            cadres_emplois=(),
            cadres_emplois_tels_qu_ecrits=(),
            grades=(),
            grades_tels_qu_ecrits=(),
        ),
    ),
)
def grade_sans_categorie(offre: Offre) -> Iterator[Constat]:
    """La catégorie statutaire est une mention obligatoire de l'avis de vacance (décret n° 2018-1351 art. 3), même quand les grades permettent de la déduire."""
    statut = offre.statut
    if statut.categories:
        return
    deduites = {c.categorie for c in statut.cadres_emplois} | {g.categorie for g in statut.grades}
    if deduites:
        valeurs = sorted(c.value for c in deduites)
        texte = o.nommer("catégorie", "catégories", valeurs, article=False)
        yield Constat(
            chemin="statut.categories",
            message=f"l'offre nomme des grades ou cadres d'emplois ({texte}) "
            "sans annoncer de catégorie",
        )


def _statut_vide(statut: Statut) -> bool:
    return not (
        statut.categories
        or statut.cadres_emplois
        or statut.grades
        or statut.corps
        or statut.emploi_fonctionnel
    )


def _declencher_absent(offre: Offre) -> Offre:
    return o.avec_statut(o.sous_cgfp(offre), Statut())


def _epargner_absent(offre: Offre) -> Offre:
    if not _statut_vide(offre.statut):
        return offre
    return o.avec_statut(offre, Statut(categories=(Categorie.A,), grades=(_grade("attache"),)))


@enregistrer(
    code="STATUT-ABSENT",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Ni catégorie, ni cadre d'emplois (ou corps), ni grade",
    source=o.S.decret_2018_1351,
    correction="annoncer la catégorie et le ou les grades ouverts",
    declencher=_declencher_absent,
    epargner=_epargner_absent,
)
def absent(offre: Offre) -> Iterator[Constat]:
    """La catégorie statutaire et, s'il y a lieu, le grade sont des mentions obligatoires de l'avis de vacance (décret n° 2018-1351 art. 3)."""
    if _statut_vide(offre.statut):
        yield Constat(
            chemin="statut",
            message=f"l'offre ne donne ni catégorie, ni {o.cadre_ou_corps(offre)}, ni grade",
        )


# --- filières --------------------------------------------------------------------------------------

_MEDICO_SOCIALES = frozenset({Filiere.SOCIALE, Filiere.MEDICO_SOCIALE, Filiere.MEDICO_TECHNIQUE})
"""Filières que les sources regroupent parfois : pas de signalement entre elles."""


def _filiere_admise(filiere: Filiere, annoncees: set[Filiere]) -> bool:
    if filiere in annoncees:
        return True
    return filiere in _MEDICO_SOCIALES and bool(annoncees & _MEDICO_SOCIALES)


def _declencher_filiere(offre: Offre) -> Offre:
    return o.avec_statut(offre, Statut(filieres=(Filiere.TECHNIQUE,), grades=(_grade("attache"),)))


@enregistrer(
    code="STATUT-FILIERE-GRADE",
    severite=Severite.INFORMATION,
    versants=o.TOUS,
    titre="Grade ou cadre d'emplois hors des filières annoncées",
    source=o.S.filieres,
    correction="ajouter la filière du grade, ou retirer le grade",
    declencher=_declencher_filiere,
    epargner=lambda offre: o.avec_statut(offre, attrs.evolve(offre.statut, filieres=())),
)
def filiere_grade(offre: Offre) -> Iterator[Constat]:
    """Chaque cadre d'emplois relève d'une filière ; la filière n'a pas de valeur juridique (c'est un regroupement d'usage, d'où une simple information) mais un grade hors des filières annoncées trahit une offre incohérente. Les filières sociale, médico-sociale et médico-technique, que les sources regroupent parfois, ne sont pas distinguées."""
    statut = offre.statut
    annoncees = set(statut.filieres)
    if not annoncees:
        return
    texte = o.nommer("filière", "filières", [f.value for f in statut.filieres])
    lus = [
        *(
            (f"statut.cadres_emplois[{r}]", c.libelle, c.filiere)
            for r, c in enumerate(statut.cadres_emplois)
        ),
        *((f"statut.grades[{r}]", g.libelle, g.filiere) for r, g in enumerate(statut.grades)),
    ]
    for chemin, libelle, filiere in lus:
        if not _filiere_admise(filiere, annoncees):
            yield Constat(
                chemin=chemin,
                message=f"« {libelle} » relève de la filière {filiere.value}, l'offre annonce "
                + texte,
            )


def _declencher_extinction(offre: Offre) -> Offre:
    statut = attrs.evolve(
        offre.statut,
        grades=(_grade("directeur-territorial"),),
        grades_tels_qu_ecrits=(),
        cadres_emplois=(),
        cadres_emplois_tels_qu_ecrits=(),
    )
    return o.avec_statut(offre, statut)


@enregistrer(
    code="STATUT-GRADE-EXTINCTION",
    severite=Severite.INFORMATION,
    versants=o.TOUS,
    titre="Grade ou cadre d'emplois en extinction",
    source=o.S.extinction,
    correction="préciser que seuls les agents déjà titulaires de ce grade peuvent candidater, "
    "ou nommer le grade qui le remplace",
    declencher=_declencher_extinction,
    epargner=lambda offre: o.avec_statut(
        offre,
        attrs.evolve(
            offre.statut,
            cadres_emplois=(),
            cadres_emplois_tels_qu_ecrits=(),
            grades=(),
            grades_tels_qu_ecrits=(),
        ),
    ),
)
def grade_extinction(offre: Offre) -> Iterator[Constat]:
    """On ne recrute plus dans un grade ou un cadre d'emplois mis en extinction (par exemple le cadre des secrétaires de mairie depuis 2001, le grade de directeur territorial depuis 2017) : seuls les agents qui le détiennent déjà peuvent être mutés sur le poste."""
    statut = offre.statut
    lus: list[tuple[str, str, Source, bool]] = [
        *(
            (f"statut.cadres_emplois[{r}]", c.libelle, c.source, c.en_extinction)
            for r, c in enumerate(statut.cadres_emplois)
        ),
        *(
            (
                f"statut.grades[{r}]",
                g.libelle,
                g.source,
                g.en_extinction or g.cadre_emplois.en_extinction,
            )
            for r, g in enumerate(statut.grades)
        ),
    ]
    for chemin, libelle, source, eteint in lus:
        if eteint:
            yield Constat(
                chemin=chemin,
                message=f"« {libelle} » est en extinction : on n'y recrute plus",
                source=source,
            )


# --- emplois fonctionnels ------------------------------------------------------------------------

# (emploi, famille d'employeur) → code de la nomenclature des emplois fonctionnels, et
# vrai quand le seuil est « et plus » (sinon « plus de »).
_EMPLOIS = {
    (EmploiFonctionnel.DGS, "commune"): ("dgs-commune", True),
    (EmploiFonctionnel.DGA, "commune"): ("dga-commune", False),
    (EmploiFonctionnel.DST, "commune"): ("dst-commune", True),
    (EmploiFonctionnel.DGST, "commune"): ("dgst-commune", False),
    (EmploiFonctionnel.DGS, "epci"): ("dg-epci", False),
    (EmploiFonctionnel.DGA, "epci"): ("dga-epci", False),
    (EmploiFonctionnel.DGST, "epci"): ("dgst-epci", False),
}


_PLAFOND_DST = 40000
"""Le DST est l'emploi des communes de 10 000 à 40 000 habitants (décret n° 90-128 art. 1)."""


def _famille(type_: TypeEmployeur | None) -> str | None:
    if type_ is TypeEmployeur.COMMUNE:
        return "commune"
    return "epci" if type_ in o.EPCI_FISCALITE_PROPRE else None


def _declencher_emploi_fonctionnel(offre: Offre) -> Offre:
    offre = o.commune_de(offre, 500)
    return o.avec_statut(
        offre, attrs.evolve(offre.statut, emploi_fonctionnel=EmploiFonctionnel.DGS)
    )


@enregistrer(
    code="STATUT-EMPLOI-FONCTIONNEL-SEUIL",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Emploi fonctionnel d'une commune ou d'un EPCI sous son seuil de population",
    source=o.S.decret_87_1101,
    correction="vérifier la population de l'employeur, ou ne pas présenter le poste comme un emploi fonctionnel",
    declencher=_declencher_emploi_fonctionnel,
)
def emploi_fonctionnel_seuil(offre: Offre) -> Iterator[Constat]:
    """Les emplois fonctionnels de direction n'existent qu'au-dessus d'un seuil : DGS des communes de 2 000 habitants et plus, DGA des communes de plus de 10 000, DST des communes de 10 000 à 40 000, DGST des communes de plus de 40 000, DG, DGA et DGST des EPCI à fiscalité propre de plus de 10 000 (décret n° 87-1101 art. 1, décret n° 90-128 art. 1)."""
    emploi = offre.statut.emploi_fonctionnel
    famille = _famille(offre.employeur.type)
    entree = _EMPLOIS.get((emploi, famille)) if emploi and famille else None
    if entree is None:
        return
    code, inclus = entree
    decrit = {e.code: e for e in nomenclature.emplois_fonctionnels()}[code]
    libelle = f"{decrit.libelle[0].lower()}{decrit.libelle[1:]}"
    maximum = o.habitants_max(offre.employeur)
    minimum = o.habitants_min(offre.employeur)
    seuil = decrit.seuil_habitants
    if emploi is EmploiFonctionnel.DST and minimum is not None and minimum > _PLAFOND_DST:
        yield Constat(
            chemin="statut.emploi_fonctionnel",
            message=f"emploi fonctionnel de {libelle}, or {offre.employeur.nom or 'l’employeur'} compte "
            f"{o.nombre(minimum)} habitants au moins : au-delà de 40\u202f000, l'emploi est "
            "celui de directeur général des services techniques",
            source=decrit.source,
        )
    elif (
        seuil is not None
        and maximum is not None
        and (maximum < seuil or (not inclus and maximum == seuil))
    ):
        yield Constat(
            chemin="statut.emploi_fonctionnel",
            message=f"emploi fonctionnel de {libelle}, "
            f"or {offre.employeur.nom or 'l’employeur'} compte {o.nombre(maximum)} habitants au plus",
            source=decrit.source,
        )


# --- versant -------------------------------------------------------------------------------------


def _declencher_nc(offre: Offre) -> Offre:
    offre = o.avec_employeur(offre, versant=Versant.NOUVELLE_CALEDONIE)
    return o.avec_statut(
        offre, attrs.evolve(offre.statut, grades=(_grade("attache"),), grades_tels_qu_ecrits=())
    )


@enregistrer(
    code="STATUT-NC-CGFP",
    severite=Severite.AVERTISSEMENT,
    versants=o.NOUVELLE_CALEDONIE,
    titre="Offre de Nouvelle-Calédonie qui cite le CGFP ou la nomenclature de la FPT",
    source=o.S.nouvelle_caledonie,
    correction="nommer le corps du statut local (champ corps) et le texte calédonien qui fonde le contrat",
    declencher=_declencher_nc,
    epargner=lambda offre: o.avec_statut(
        o.avec_contrat(offre, None),
        attrs.evolve(
            offre.statut,
            cadres_emplois=(),
            cadres_emplois_tels_qu_ecrits=(),
            grades=(),
            grades_tels_qu_ecrits=(),
        ),
    ),
)
def nc_cgfp(offre: Offre) -> Iterator[Constat]:
    """Les fonctionnaires des communes de Nouvelle-Calédonie relèvent d'un statut local (délibération n° 486 du 10 août 1994), pas du CGFP : ni ses bases légales de recrutement, ni les cadres d'emplois et grades de la FPT ne s'y appliquent."""
    if o.bases(offre):
        yield Constat(
            chemin="conditions.contrat.bases_legales",
            message="une offre de Nouvelle-Calédonie cite des bases légales du CGFP : "
            + o.liste([str(b) for b in o.bases(offre)]),
        )
    nommes = [c.libelle for c in offre.statut.cadres_emplois] + [
        g.libelle for g in offre.statut.grades
    ]
    if nommes:
        champ = "grades" if offre.statut.grades else "cadres_emplois"
        yield Constat(
            chemin=f"statut.{champ}",
            message="une offre de Nouvelle-Calédonie nomme des grades ou cadres d'emplois de la FPT : "
            + o.liste([f"« {n} »" for n in nommes]),
        )


# --- secrétaire général de mairie ------------------------------------------------------------------

_DEPUIS_2028 = datetime.date(2028, 1, 1)
_SEUIL_CATEGORIE_A = 2000


def _categories_offertes(statut: Statut) -> set[Categorie]:
    return (
        {c.legale for c in statut.categories}
        | {c.categorie for c in statut.cadres_emplois}
        | {g.categorie for g in statut.grades}
    )


def _declencher_sgm(offre: Offre) -> Offre:
    offre = attrs.evolve(o.en_fpt(offre), intitule="Secrétaire général de mairie (F/H)")
    offre = o.avec_employeur(offre, type=TypeEmployeur.COMMUNE)
    calendrier = attrs.evolve(offre.calendrier, prise_de_poste=datetime.date(2028, 3, 1))
    offre = o.avec_calendrier(offre, calendrier)
    return o.avec_statut(offre, Statut(categories=(Categorie.C,)))


@enregistrer(
    code="STATUT-SECRETAIRE-MAIRIE-2028",
    severite=Severite.AVERTISSEMENT,
    versants=o.FPT,
    titre="Secrétaire général de mairie de catégorie C (ou B au-delà de 2 000 habitants) à partir de 2028",
    source=o.S.loi_2023_1380,
    correction="ouvrir le poste en catégorie B (communes de moins de 2 000 habitants) ou A",
    declencher=_declencher_sgm,
)
def secretaire_mairie_2028(offre: Offre) -> Iterator[Constat]:
    """À partir du 1er janvier 2028, le secrétaire général de mairie relève au moins de la catégorie B dans les communes de moins de 2 000 habitants, de la catégorie A au-delà (CGCT L2122-19-1, loi n° 2023-1380). La date retenue est la prise de poste, sinon la date limite, sinon la publication."""
    if offre.employeur.type is not TypeEmployeur.COMMUNE:
        return
    if not o.secretaire_general_de_mairie(offre.intitule):
        return
    quand = o.date_recrutement(offre.calendrier)
    offertes = _categories_offertes(offre.statut)
    if quand is None or quand < _DEPUIS_2028 or not offertes:
        return
    minimum = o.habitants_min(offre.employeur)
    grande = minimum is not None and minimum >= _SEUIL_CATEGORIE_A
    admises = {Categorie.A} if grande else {Categorie.A, Categorie.B}
    if not offertes & admises:
        attendu = "A" if grande else "B ou A"
        yield Constat(
            chemin="statut.categories",
            message=f"un secrétaire général de mairie recruté le {o.date(quand)} relève de la "
            f"catégorie {attendu} ; l'offre annonce "
            + o.nommer("catégorie", "catégories", sorted(c.value for c in offertes)),
        )
