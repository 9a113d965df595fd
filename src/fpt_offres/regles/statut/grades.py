"""Règles sur l'accord de ce que l'offre nomme du statut : chaque grade et cadre d'emplois dans
les catégories et filières annoncées, une catégorie sans grade ou l'inverse, un statut absent,
un grade en extinction.

Sources : CGFP L411-2 (catégories) ; décret n° 2018-1351 art. 3 (catégorie et grade dans
l'avis de vacance).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from fpt_offres.modele import Categorie, Filiere, Offre, Source, Statut
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer
from fpt_offres.regles.statut._commun import grade, sans_grades

__all__: list[str] = []


# --- catégories et grades -------------------------------------------------------------------------


def _declencher_categorie_grade(offre: Offre) -> Offre:
    statut = Statut(categories=(Categorie.C,), grades=(grade("attache"),))
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
    return o.avec_statut(o.sous_cgfp(offre), Statut(grades=(grade("attache"),)))


@enregistrer(
    code="STATUT-GRADE-SANS-CATEGORIE",
    severite=Severite.INFORMATION,
    versants=o.CGFP,
    titre="Grades ou cadres d'emplois nommés sans catégorie",
    source=o.S.decret_2018_1351,
    correction="annoncer la catégorie (déduite ici des grades)",
    declencher=_declencher_grade_sans_categorie,
    epargner=sans_grades,
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
    return o.avec_statut(offre, Statut(categories=(Categorie.A,), grades=(grade("attache"),)))


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
    return o.avec_statut(offre, Statut(filieres=(Filiere.TECHNIQUE,), grades=(grade("attache"),)))


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
        grades=(grade("directeur-territorial"),),
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
    epargner=sans_grades,
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
