"""La nomenclature fournie : cohérence des données, sources, recherches qui pardonnent."""

from __future__ import annotations

import difflib
import pickle
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fpt_offres import (
    CadreEmplois,
    Categorie,
    CategoriePermis,
    Filiere,
    Grade,
    NiveauDiplome,
    NomenclatureInconnue,
    nomenclature,
)
from fpt_offres._texte import replier
from fpt_offres.nomenclature._index import Index
from fpt_offres.strategies import cadres_emplois, grades

# --- cohérence des données ----------------------------------------------------------------


def test_chaque_grade_appartient_a_un_seul_cadre_d_emplois() -> None:
    """Chaque grade désigne exactement un cadre d'emplois de la nomenclature, le même objet."""
    cadres = nomenclature.cadres_emplois()
    for grade in nomenclature.grades():
        memes = [c for c in cadres if c.code == grade.cadre_emplois.code]
        assert len(memes) == 1, grade.code
        assert memes[0] == grade.cadre_emplois


def test_chaque_cadre_d_emplois_a_au_moins_un_grade() -> None:
    """Aucun cadre d'emplois n'est sans grade."""
    avec_grade = {g.cadre_emplois.code for g in nomenclature.grades()}
    sans_grade = [c.code for c in nomenclature.cadres_emplois() if c.code not in avec_grade]
    assert sans_grade == []


def test_ordres_des_grades_distincts_dans_un_cadre() -> None:
    """Dans un cadre d'emplois, deux grades n'ont pas le même rang, et le rang part de 1."""
    par_cadre: dict[str, list[int]] = {}
    for grade in nomenclature.grades():
        par_cadre.setdefault(grade.cadre_emplois.code, []).append(grade.ordre)
    for code, ordres in par_cadre.items():
        assert len(ordres) == len(set(ordres)), code
        assert min(ordres) >= 1, code


@pytest.mark.parametrize(
    "entrees",
    [
        nomenclature.grades,
        nomenclature.cadres_emplois,
        nomenclature.bases_legales,
        nomenclature.emplois_fonctionnels,
    ],
    ids=lambda f: f.__name__,
)
def test_codes_uniques(entrees: Callable[[], tuple[Any, ...]]) -> None:
    """Les codes d'une nomenclature sont uniques."""
    doublons = [c for c, n in Counter(e.code for e in entrees()).items() if n > 1]
    assert doublons == []


def test_codes_uniques_des_enumerations_decrites() -> None:
    """Filières, permis et niveaux sont décrits une fois chacun."""
    for decrits in (
        [d.filiere for d in nomenclature.filieres()],
        [d.categorie for d in nomenclature.permis_de_conduire()],
        [d.niveau for d in nomenclature.niveaux_diplome()],
    ):
        assert len(decrits) == len(set(decrits))


@pytest.mark.parametrize(
    "entrees",
    [
        nomenclature.grades,
        nomenclature.cadres_emplois,
        nomenclature.bases_legales,
        nomenclature.filieres,
        nomenclature.permis_de_conduire,
        nomenclature.niveaux_diplome,
        nomenclature.emplois_fonctionnels,
        lambda: tuple(nomenclature.departements().values()),
    ],
    ids=[
        "grades",
        "cadres_emplois",
        "bases_legales",
        "filieres",
        "permis",
        "niveaux",
        "emplois_fonctionnels",
        "departements",
    ],
)
def test_chaque_entree_a_une_source_http(entrees: Callable[[], tuple[Any, ...]]) -> None:
    """Chaque entrée porte une source dont l'adresse commence par http."""
    sans_source = [e for e in entrees() if not e.source.url.startswith("http")]
    assert sans_source == []


def test_reformes_refletees() -> None:
    """Auxiliaires de puériculture et aides-soignants sont en catégorie B depuis leur réforme."""
    assert nomenclature.cadre_emplois("auxiliaires de puériculture").categorie is Categorie.B
    assert nomenclature.cadre_emplois("aides-soignants territoriaux").categorie is Categorie.B


@pytest.mark.parametrize(
    "code",
    [
        "administrateurs-territoriaux",
        "ingenieurs-en-chef-territoriaux",
        "conservateurs-territoriaux-du-patrimoine",
        "conservateurs-territoriaux-de-bibliotheques",
    ],
)
def test_cadres_a_plus_marques_encadrement_superieur(code: str) -> None:
    """Les quatre cadres d'emplois dits « A+ » sont marqués encadrement supérieur."""
    cadre = nomenclature.cadres_emplois_par_code()[code]
    assert cadre.encadrement_superieur
    assert cadre.categorie is Categorie.A


def test_encadrement_superieur_seulement_en_categorie_a() -> None:
    """Un cadre d'encadrement supérieur est de catégorie légale A."""
    for cadre in nomenclature.cadres_emplois():
        if cadre.encadrement_superieur:
            assert cadre.categorie is Categorie.A, cadre.code


def test_toutes_les_filieres_decrites() -> None:
    """Chaque membre de Filiere figure dans filieres()."""
    assert {d.filiere for d in nomenclature.filieres()} == set(Filiere)


def test_tous_les_permis_decrits() -> None:
    """Chaque membre de CategoriePermis figure dans permis_de_conduire()."""
    assert {d.categorie for d in nomenclature.permis_de_conduire()} == set(CategoriePermis)


def test_tous_les_niveaux_decrits() -> None:
    """Chaque niveau de diplôme figure dans niveaux_diplome()."""
    assert {d.niveau for d in nomenclature.niveaux_diplome()} == set(NiveauDiplome)


@pytest.mark.parametrize("code", ["01", "2A", "2B", "95", "971", "976", "988"])
def test_departement_connu(code: str) -> None:
    """Métropole, Corse, outre-mer et Nouvelle-Calédonie sont connus par leur code INSEE."""
    assert code in nomenclature.departements()
    assert nomenclature.departement(code).code == code


@pytest.mark.parametrize("code", ["20", "96", "00", "99", "970"])
def test_departement_inexistant_absent(code: str) -> None:
    """Les codes qui n'existent pas (20, 96…) ne sont pas des départements."""
    assert code not in nomenclature.departements()
    with pytest.raises(NomenclatureInconnue):
        nomenclature.departement(code)


@pytest.mark.parametrize(
    "lecture",
    [
        nomenclature.grades,
        nomenclature.cadres_emplois,
        nomenclature.bases_legales,
        nomenclature.grades_par_code,
        nomenclature.cadres_emplois_par_code,
        nomenclature.bases_legales_par_code,
        nomenclature.departements,
        nomenclature.filieres,
        nomenclature.permis_de_conduire,
        nomenclature.niveaux_diplome,
        nomenclature.emplois_fonctionnels,
    ],
    ids=lambda f: f.__name__,
)
def test_lectures_en_cache(lecture: Callable[[], object]) -> None:
    """Deux appels rendent le même objet : les données sont lues une seule fois."""
    assert lecture() is lecture()


# --- recherches des libellés officiels -----------------------------------------------------


def _verifier_libelle_officiel(
    entree: Grade | CadreEmplois, toutes: tuple[Any, ...], chercher: Callable[[str], Any]
) -> None:
    """La recherche du libellé officiel rend l'entrée, sauf libellé partagé."""
    partagent = [e for e in toutes if replier(e.libelle) == replier(entree.libelle)]
    if len(partagent) == 1:
        assert chercher(entree.libelle) is entree
        return
    vivantes = [e for e in partagent if not e.en_extinction]
    if len(vivantes) == 1:
        # Le libellé est partagé avec une entrée en extinction : la vivante l'emporte.
        assert chercher(entree.libelle) is vivantes[0]
        return
    with pytest.raises(NomenclatureInconnue) as erreur:
        chercher(entree.libelle)
    assert {e.code for e in partagent} <= set(erreur.value.suggestions)


@given(grades())
def test_libelle_officiel_de_grade_retrouve(grade: Grade) -> None:
    """Chercher le libellé officiel d'un grade rend ce grade (ou lève s'il est partagé)."""
    _verifier_libelle_officiel(grade, nomenclature.grades(), nomenclature.grade)


@given(cadres_emplois())
def test_libelle_officiel_de_cadre_retrouve(cadre: CadreEmplois) -> None:
    """Chercher le libellé officiel d'un cadre d'emplois le rend (ou lève s'il est partagé)."""
    _verifier_libelle_officiel(cadre, nomenclature.cadres_emplois(), nomenclature.cadre_emplois)


def test_tous_les_libelles_officiels_retrouves() -> None:
    """Chaque libellé officiel de grade et de cadre d'emplois est retrouvé (exhaustif)."""
    for grade in nomenclature.grades():
        _verifier_libelle_officiel(grade, nomenclature.grades(), nomenclature.grade)
    for cadre in nomenclature.cadres_emplois():
        _verifier_libelle_officiel(cadre, nomenclature.cadres_emplois(), nomenclature.cadre_emplois)


def test_tous_les_codes_retrouves() -> None:
    """Chaque code de grade, de cadre et de base légale désigne son entrée."""
    for grade in nomenclature.grades():
        assert nomenclature.grade(grade.code) is grade
    for cadre in nomenclature.cadres_emplois():
        assert nomenclature.cadre_emplois(cadre.code) is cadre
    for base in nomenclature.bases_legales():
        assert nomenclature.base_legale(base.code) is base
        assert nomenclature.base_legale(str(base)) is base


def test_toutes_les_anciennes_numerotations_retrouvees() -> None:
    """Chaque ancien article propre à une base légale mène à cette base du CGFP."""
    par_ancien: dict[str, list[str]] = {}
    for base in nomenclature.bases_legales():
        for ancien in base.anciens_articles:
            par_ancien.setdefault(ancien, []).append(base.code)
    for ancien, codes in par_ancien.items():
        if len(codes) == 1:
            trouvee = nomenclature.base_legale(f"article {ancien} de la loi n° 84-53")
            assert trouvee.code == codes[0]


def test_ancien_article_partage_ne_choisit_pas_en_silence() -> None:
    """Un ancien article partagé par plusieurs bases (art. 47 : L343-1 1° à 3°) lève en les listant."""
    par_ancien: dict[str, list[str]] = {}
    for base in nomenclature.bases_legales():
        for ancien in base.anciens_articles:
            par_ancien.setdefault(ancien, []).append(str(base))
    partages = {ancien: libelles for ancien, libelles in par_ancien.items() if len(libelles) > 1}
    assert "47" in partages
    for ancien, libelles in partages.items():
        with pytest.raises(NomenclatureInconnue) as erreur:
            nomenclature.base_legale(f"article {ancien} de la loi n° 84-53")
        assert set(libelles) <= set(erreur.value.suggestions)


def test_libelle_partage_leve_en_listant_les_deux() -> None:
    """Un libellé porté par deux entrées vivantes lève en listant les deux codes."""
    for toutes, chercher in (
        (nomenclature.grades(), nomenclature.grade),
        (nomenclature.cadres_emplois(), nomenclature.cadre_emplois),
    ):
        groupes: dict[str, list[Any]] = {}
        for entree in toutes:
            groupes.setdefault(replier(entree.libelle), []).append(entree)
        for entrees in groupes.values():
            if len(entrees) > 1 and sum(not e.en_extinction for e in entrees) != 1:
                with pytest.raises(NomenclatureInconnue) as erreur:
                    chercher(entrees[0].libelle)
                assert {e.code for e in entrees} <= set(erreur.value.suggestions)


def test_index_libelle_ambigu_leve_en_listant_les_deux() -> None:
    """L'index de recherche lève sur un libellé ambigu en listant les deux codes."""
    index = Index("grade", [("a-1", "attaché", (), 1), ("a-2", "Attachée", (), 2)])
    with pytest.raises(NomenclatureInconnue) as erreur:
        index.trouver("attaché")
    assert set(erreur.value.suggestions) == {"a-1", "a-2"}
    assert "ambigu" in erreur.value.genre


# --- recherches qui pardonnent ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("chercher", "texte", "attendu"),
    [
        (nomenclature.cadre_emplois, "Attachés territoriaux", "attaches-territoriaux"),
        (nomenclature.cadre_emplois, "ATTACHÉS TERRITORIAUX", "attaches-territoriaux"),
        (nomenclature.grade, "attaché·e principal·e", "attache-principal"),
        (nomenclature.grade, "ATTACHÉE PRINCIPALE", "attache-principal"),
        (nomenclature.grade, "Attaché(e) principal(e)", "attache-principal"),
        (
            nomenclature.grade,
            "Rédacteur principal de 1ère classe",
            "redacteur-principal-de-1re-classe",
        ),
        (
            nomenclature.grade,
            "Rédactrice principale de première classe",
            "redacteur-principal-de-1re-classe",
        ),
        (
            nomenclature.grade,
            "adjoint technique principal 2ème classe",
            "adjoint-technique-principal-de-2e-classe",
        ),
        (nomenclature.base_legale, "article 3-3 2° de la loi n° 84-53", "L332-8-2"),
        (nomenclature.base_legale, "L. 332-23, 1°", "L332-23-1"),
        (nomenclature.base_legale, "article L332-8 2° du CGFP", "L332-8-2"),
        (nomenclature.base_legale, "L332-24", "L332-24"),
        (nomenclature.departement, "Haute-Marne", "52"),
        (nomenclature.departement, "2a", "2A"),
    ],
)
def test_recherche_qui_pardonne(chercher: Callable[[str], Any], texte: str, attendu: str) -> None:
    """Casse, accents, pluriel, écriture inclusive et ancienne numérotation sont pardonnés."""
    assert chercher(texte).code == attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [("cat. A+", Categorie.A_PLUS), ("catégorie B", Categorie.B), ("A plus", Categorie.A_PLUS)],
)
def test_categorie_pardonne(texte: str, attendu: Categorie) -> None:
    """« cat. A+ », « catégorie B » désignent leur catégorie."""
    assert nomenclature.categorie(texte) is attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Filière Administrative", Filiere.ADMINISTRATIVE),
        ("médico-sociale", Filiere.MEDICO_SOCIALE),
        ("Police municipale", Filiere.POLICE_MUNICIPALE),
    ],
)
def test_filiere_pardonne(texte: str, attendu: Filiere) -> None:
    """« Filière Administrative » désigne la filière administrative."""
    assert nomenclature.filiere(texte) is attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("permis B", CategoriePermis.B),
        ("PL", CategoriePermis.C),
        ("permis VL", CategoriePermis.B),
        ("super lourd", CategoriePermis.CE),
        ("C1E", CategoriePermis.C1E),
    ],
)
def test_permis_pardonne(texte: str, attendu: CategoriePermis) -> None:
    """« permis B », « PL » (poids lourd, soit C) désignent leur catégorie."""
    assert nomenclature.permis(texte) is attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("bac +5", NiveauDiplome.NIVEAU_7),
        ("niveau II", NiveauDiplome.NIVEAU_6),
        ("Bac", NiveauDiplome.NIVEAU_4),
        ("bac+3", NiveauDiplome.NIVEAU_6),
        ("bac + 2", NiveauDiplome.NIVEAU_5),
        ("niveau 4", NiveauDiplome.NIVEAU_4),
        ("Bac +8", NiveauDiplome.NIVEAU_8),
    ],
)
def test_niveau_diplome_pardonne(texte: str, attendu: NiveauDiplome) -> None:
    """« bac +5 » est le niveau 7, « niveau II » le niveau 6."""
    assert nomenclature.niveau_diplome(texte) is attendu


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("Ingénieure principale", "ingenieur-principal"),
        ("Conseillère socio-éducative", "conseiller-socio-educatif"),
    ],
)
def test_grade_ecrit_au_feminin_retrouve(texte: str, attendu: str) -> None:
    """Un grade écrit au féminin, comme dans les offres, désigne le grade officiel."""
    assert nomenclature.grade(texte).code == attendu


# --- recherches inconnues -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chercher", "texte", "proche"),
    [
        (nomenclature.grade, "attachée princpale", "attaché principal"),
        (nomenclature.cadre_emplois, "rédacteurs teritoriaux", "rédacteurs territoriaux"),
        (nomenclature.base_legale, "L332-8 9°", "L332-8 2°"),
        (nomenclature.filiere, "filière adminstrative", "administrative"),
        (nomenclature.departement, "Hte Marne", "Haute-Marne"),
        (nomenclature.permis, "permis Z", "D"),
        (nomenclature.niveau_diplome, "niveau 9", "niveau 8"),
    ],
)
def test_recherche_inconnue_suggere_le_plus_proche(
    chercher: Callable[[str], Any], texte: str, proche: str
) -> None:
    """Une recherche sans réponse lève NomenclatureInconnue avec l'entrée la plus proche."""
    with pytest.raises(NomenclatureInconnue) as erreur:
        chercher(texte)
    assert isinstance(erreur.value, LookupError)
    assert erreur.value.recherche == texte
    assert erreur.value.suggestions
    assert proche in erreur.value.suggestions
    assert texte in str(erreur.value)


def test_suggestion_la_plus_proche_en_tete() -> None:
    """La suggestion la plus proche d'une faute de frappe vient en premier."""
    with pytest.raises(NomenclatureInconnue) as erreur:
        nomenclature.grade("attachée princpale")
    assert erreur.value.suggestions[0] == "attaché principal"


@given(grades(), st.integers(0, 200))
def test_faute_de_frappe_suggere_le_grade(grade: Grade, graine: int) -> None:
    """Un libellé de grade amputé d'une lettre est retrouvé ou suggéré."""
    libelle = grade.libelle
    rang = graine % len(libelle)
    tronque = libelle[:rang] + libelle[rang + 1 :]
    suggestions: tuple[str, ...] = ("trouvé",)
    try:
        nomenclature.grade(tronque)
    except NomenclatureInconnue as erreur:
        suggestions = erreur.suggestions
    assert suggestions


# --- corrections de l'audit de décembre 2026 (shared/reference/audit-2026-12.md) ------------------


@pytest.mark.parametrize(
    ("ancien", "code"),
    [
        ("article 3-3 1° de la loi n° 84-53", "L332-8-1"),
        ("article 3-3 3° de la loi n° 84-53", "L332-8-3"),
        ("article 3-3 3° bis de la loi n° 84-53", "L332-8-4"),
        ("article 3-3, 3°bis", "L332-8-4"),
        ("article 3-3 4°", "L332-8-5"),
        ("article 3-3 5° de la loi du 26 janvier 1984", "L332-8-6"),
    ],
)
def test_ancienne_numerotation_de_l_article_3_3(ancien: str, code: str) -> None:
    """E4 : L332-8 4°, 5° et 6° étaient les 3° bis, 4° et 5° de l'article 3-3 (loi n° 84-53)."""
    assert nomenclature.base_legale(ancien).code == code


def test_l_article_3_3_n_a_pas_de_6() -> None:
    """E4 : l'ancien article 3-3 n'a jamais eu de 6° ; la recherche le refuse."""
    with pytest.raises(NomenclatureInconnue):
        nomenclature.base_legale("article 3-3 6° de la loi n° 84-53")


@pytest.mark.parametrize(
    "code", ["assistants-territoriaux-socio-educatifs", "educateurs-territoriaux-de-jeunes-enfants"]
)
def test_ase_et_eje_en_categorie_a_au_1er_fevrier_2019(code: str) -> None:
    """E2 : le passage en catégorie A date du 1er février 2019 (décret n° 2017-1736)."""
    cadre = nomenclature.cadres_emplois_par_code()[code]
    assert cadre.categorie is Categorie.A
    assert cadre.en_vigueur_depuis is not None
    assert cadre.en_vigueur_depuis.isoformat() == "2019-02-01"


def test_decret_des_puericultrices_cadres_de_sante() -> None:
    """E3 : le statut des puéricultrices cadres territoriaux de santé est le décret n° 92-857."""
    cadre = nomenclature.cadre_emplois("puéricultrices cadres territoriaux de santé")
    assert cadre.decret == "92-857"


def test_cadres_de_sante_de_spp() -> None:
    """E1 : le cadre des cadres de santé de SPP existe (A, 2 grades) ; son décret, non vérifié, est vide."""
    cadre = nomenclature.cadre_emplois("cadres de santé de sapeurs-pompiers professionnels")
    assert (cadre.categorie, cadre.filiere, cadre.decret) == (
        Categorie.A,
        Filiere.SAPEURS_POMPIERS,
        None,
    )
    assert [g.libelle for g in nomenclature.grades() if g.cadre_emplois == cadre] == [
        "cadre de santé de sapeurs-pompiers professionnels",
        "cadre supérieur de santé de sapeurs-pompiers professionnels",
    ]


# --- les formes des plateformes d'offres (issue 12, point 4) ---------------------------------------


@pytest.mark.parametrize(
    ("texte", "code"),
    [
        (
            "ATSEM principal de 1ère classe",
            "agent-specialise-principal-de-1re-classe-des-ecoles-maternelles",
        ),
        ("Colonel hors classe de SPP", "colonel-hors-classe"),
        (
            "Cadre supérieur de santé de SPP",
            "cadre-superieur-de-sante-de-sapeurs-pompiers-professionnels",
        ),
        (
            "ETAPS principal de 2e classe",
            "educateur-des-activites-physiques-et-sportives-principal-de-2e-classe",
        ),
        (
            "Adjoint technique territorial principal de 2ème classe",
            "adjoint-technique-principal-de-2e-classe",
        ),
    ],
)
def test_grade_sous_ses_formes_d_usage(texte: str, code: str) -> None:
    """Sigles (ATSEM, SPP, ETAPS) et qualificatifs (« de SPP », « territorial ») mènent au grade."""
    assert nomenclature.grade(texte).code == code


def test_sigle_spp_seulement_pour_les_sapeurs_pompiers() -> None:
    """« de SPP » n'est ajouté qu'aux grades des sapeurs-pompiers : « attaché de SPP » n'existe pas."""
    with pytest.raises(NomenclatureInconnue):
        nomenclature.grade("attaché de SPP")


@pytest.mark.parametrize(
    ("texte", "code"),
    [
        ("Cadre d'emplois des attachés territoriaux", "attaches-territoriaux"),
        ("Cadre d'emploi des rédacteurs", "redacteurs-territoriaux"),
        ("Cadres d'emplois des ATSEM", "agents-territoriaux-specialises-des-ecoles-maternelles"),
    ],
)
def test_cadre_d_emplois_prefixe(texte: str, code: str) -> None:
    """« Cadre d'emploi(s) des … » mène au cadre d'emplois."""
    assert nomenclature.cadre_emplois(texte).code == code


def test_departement_nom_et_code() -> None:
    """« Vendée (85) » mène à la Vendée ; un nom et un code discordants sont refusés."""
    assert nomenclature.departement("Vendée (85)").code == "85"
    assert nomenclature.departement("Corse-du-Sud (2A)").code == "2A"
    with pytest.raises(NomenclatureInconnue) as erreur:
        nomenclature.departement("Vendée (52)")
    assert erreur.value.suggestions == ("Vendée", "Haute-Marne")


@pytest.mark.parametrize("texte", ["Permis B obligatoire", "permis B exigé", "Permis B souhaité"])
def test_permis_avec_son_exigence(texte: str) -> None:
    """L'exigence (« obligatoire », « exigé », « souhaité ») n'empêche pas de lire la catégorie."""
    assert nomenclature.permis(texte) is CategoriePermis.B


@pytest.mark.parametrize(
    ("texte", "niveau"),
    [
        ("CAP", 3), ("BEP", 3), ("BAC PRO", 4), ("baccalauréat", 4), ("BTS", 5), ("DUT", 5),
        ("Licence", 6), ("Master", 7), ("Doctorat", 8), ("Niveau V", 3), ("Niveau III", 5),
        ("Niveau II : Bac + 3/4", 6),
    ],
)  # fmt: skip
def test_niveau_par_diplome(texte: str, niveau: int) -> None:
    """Un diplôme nommé se range au niveau dont l'INSEE le donne en exemple (décret n° 2019-14)."""
    assert nomenclature.niveau_diplome(texte) is NiveauDiplome(niveau)


def test_base_legale_disposition_et_alternative() -> None:
    """« disposition 3 » est le 3° ; « 3 (ou 4) » hésite : refusé en donnant les deux cas."""
    cgfp = "du code général de la fonction publique"
    assert nomenclature.base_legale(f"Art. L332-8 disposition 3 {cgfp}").code == "L332-8-3"
    with pytest.raises(NomenclatureInconnue) as erreur:
        nomenclature.base_legale(f"Art. L332-8 disposition 3 (ou 4) {cgfp}")
    assert erreur.value.suggestions == ("L332-8 3°", "L332-8 4°")


@pytest.mark.parametrize(
    ("appel", "debut"),
    [
        (lambda: nomenclature.grade("zorglub"), "grade inconnu dans"),
        (lambda: nomenclature.categorie("Z"), "catégorie inconnue dans"),
        (lambda: nomenclature.filiere("zorglub"), "filière inconnue dans"),
        (lambda: nomenclature.base_legale("L999-1"), "base légale inconnue dans"),
    ],
)
def test_messages_accordes(appel: Callable[[], Any], debut: str) -> None:
    """Le message s'accorde au genre de la nomenclature : « grade inconnu », « catégorie inconnue »."""
    with pytest.raises(NomenclatureInconnue) as erreur:
        appel()
    assert str(erreur.value).startswith(debut)


_RECHERCHES = (
    "grade",
    "cadre_emplois",
    "filiere",
    "categorie",
    "permis",
    "departement",
    "base_legale",
    "niveau_diplome",
)


@pytest.mark.parametrize("recherche", _RECHERCHES)
@pytest.mark.parametrize("valeur", [None, 3, b"attache", ["attache"]])
def test_une_recherche_sans_texte_leve_type_error(recherche: str, valeur: object) -> None:
    """Une recherche qui ne reçoit pas un texte lève TypeError et dit ce qu'elle a reçu.

    (Revue de fiabilité 2026-12 : ``AttributeError`` sur ``casefold`` auparavant.)
    """
    with pytest.raises(TypeError, match=f"un texte est attendu, pas {type(valeur).__name__}"):
        getattr(nomenclature, recherche)(valeur)


def test_une_erreur_de_recherche_se_transmet_par_pickle() -> None:
    """Une recherche manquée renvoyée par un processus de calcul garde sa recherche, son genre,
    ses suggestions et son message."""
    with pytest.raises(NomenclatureInconnue) as erreur:
        nomenclature.grade("adjoint techniqe")
    relue = pickle.loads(pickle.dumps(erreur.value))
    assert (relue.recherche, relue.genre) == ("adjoint techniqe", "grade")
    assert relue.suggestions == erreur.value.suggestions
    assert "adjoint technique" in relue.suggestions
    assert str(relue) == str(erreur.value)


def test_les_suggestions_ne_se_cherchent_qu_a_la_lecture(monkeypatch: pytest.MonkeyPatch) -> None:
    """Qui attrape l'erreur pour essayer autre chose ne paie pas la recherche des plus proches
    (l'extraction essaie des milliers de morceaux) ; qui la lit l'obtient, une fois."""
    appels = Counter[str]()
    cherche = difflib.get_close_matches

    def compter(*args: Any, **kwargs: Any) -> list[str]:
        appels["difflib"] += 1
        return cherche(*args, **kwargs)

    monkeypatch.setattr(difflib, "get_close_matches", compter)
    for _ in range(100):
        with pytest.raises(NomenclatureInconnue) as erreur:
            nomenclature.grade("adjoint techniqe")
    assert appels["difflib"] == 0
    assert "adjoint technique" in erreur.value.suggestions
    assert "adjoint technique" in str(erreur.value)
    assert appels["difflib"] == 1
