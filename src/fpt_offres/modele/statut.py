"""Le statut du poste : catégorie, filière, cadre d'emplois, grade, corps, emploi fonctionnel.

Les grades et cadres d'emplois de la fonction publique territoriale viennent de
la nomenclature fournie (:mod:`fpt_offres.nomenclature`) : un :class:`Grade`
connaît donc par construction son cadre d'emplois, sa catégorie et sa filière.
Les corps des autres fonctions publiques (État, hospitalière, Nouvelle-Calédonie)
et les emplois fonctionnels se représentent à part, sans se faire passer pour
des grades de la FPT.

Sources : CGFP art. L411-2 (catégories), L412-5 à L412-7 (emplois fonctionnels).
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import nomenclature
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.commun import AligneSur
from fpt_offres.nomenclature._entrees import CadreEmplois, Categorie, Filiere, Grade

__all__ = [
    "CadreEmplois",
    "Categorie",
    "Corps",
    "EmploiFonctionnel",
    "Filiere",
    "Grade",
    "Statut",
    "Versant",
]


class Versant(enum.Enum):
    """La fonction publique dont relève l'employeur ou un corps."""

    TERRITORIALE = "territoriale"
    ETAT = "etat"
    HOSPITALIERE = "hospitaliere"
    NOUVELLE_CALEDONIE = "nouvelle-caledonie"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Corps:
    """Un corps, cadre ou grade d'une autre fonction publique que la FPT.

    Exemple : le corps « Attaché » des communes de Nouvelle-Calédonie, qui relève
    d'un statut local (délibération n° 486 du 10 août 1994) et non du CGFP.
    Le libellé est gardé tel que l'offre l'écrit.

    Attributes:
        libelle: le corps ou grade tel qu'écrit (« Attaché »).
        versant: sa fonction publique ; la territoriale seulement pour les corps
            des administrations parisiennes (les autres cadres d'emplois de la FPT
            viennent de la nomenclature).
        categorie: sa catégorie, quand l'offre la donne.
        administrations_parisiennes: vrai pour un corps des administrations
            parisiennes (Ville de Paris : fonction publique territoriale organisée en
            corps, décret n° 94-415 du 24 mai 1994).
    """

    libelle: str = attrs.field(validator=v.texte())
    versant: Versant
    categorie: Categorie | None = None
    administrations_parisiennes: bool = False

    def __attrs_post_init__(self) -> None:
        if self.versant is Versant.TERRITORIALE and not self.administrations_parisiennes:
            raise ValeurInvalide(
                "un cadre d'emplois de la FPT se donne par la nomenclature "
                "(champ cadres_emplois), pas comme un corps",
                champ="versant",
                regle="corps-hors-fpt",
            )


class EmploiFonctionnel(enum.Enum):
    """Emploi fonctionnel de direction (CGFP L412-6 ; décrets 87-1101 et 90-128)."""

    DGS = "dgs"
    DGA = "dga"
    DGST = "dgst"
    DST = "dst"
    DIRECTEUR_GENERAL_ETABLISSEMENT = "dg-etablissement"
    DIRECTEUR_GENERAL_ADJOINT_ETABLISSEMENT = "dga-etablissement"
    DIRECTEUR_SDIS = "directeur-sdis"
    DIRECTEUR_ADJOINT_SDIS = "directeur-adjoint-sdis"


def _dans_nomenclature(
    _instance: object, attribut: attrs.Attribute[Any], valeurs: tuple[Any, ...]
) -> None:
    if not valeurs:
        return
    connus = (
        nomenclature.grades_par_code()
        if attribut.name == "grades"
        else nomenclature.cadres_emplois_par_code()
    )
    for rang, entree in enumerate(valeurs):
        connu = connus.get(entree.code)
        if connu is not entree and connu != entree:
            raise ValeurInvalide(
                f"{entree.libelle!r} ({entree.code}) n'est pas une entrée de la nomenclature FPT ; "
                "obtenir l'entrée par fpt_offres.nomenclature",
                champ=f"{attribut.name}[{rang}]",
                regle="nomenclature-inconnue",
            )


def _sans_doublon(
    _instance: object, attribut: attrs.Attribute[Any], valeurs: tuple[Any, ...]
) -> None:
    if len(valeurs) < 2:
        return
    vus: set[Any] = set()
    for rang, valeur in enumerate(valeurs):
        if valeur in vus:
            raise ValeurInvalide(
                f"{getattr(valeur, 'value', valeur)} figure deux fois",
                champ=f"{attribut.name}[{rang}]",
                regle="doublon",
            )
        vus.add(valeur)


@attrs.frozen(kw_only=True, field_transformer=typer)
class Statut:
    """Ce que l'offre dit du statut : catégories, filières, cadres, grades, corps.

    Chaque tuple garde l'ordre du texte. Une offre peut ouvrir plusieurs grades
    de cadres, filières et catégories différents.

    Attributes:
        categories: les catégories annoncées (« A et A+ »).
        filieres: les filières annoncées.
        cadres_emplois: les cadres d'emplois FPT nommés.
        grades: les grades FPT nommés.
        corps: les corps ou grades d'une autre fonction publique.
        emploi_fonctionnel: l'emploi fonctionnel de direction, s'il y en a un.
        emplois_contractuels: les emplois de contractuel que l'offre range parmi les
            grades (« emploi contractuel de catégorie A+ »), tels qu'écrits.
        categories_tels_qu_ecrits: les mots de l'offre pour chaque catégorie
            (« Catégorie A+ (Encadrement supérieur) »), un par catégorie ; vide si non gardés.
        cadres_emplois_tels_qu_ecrits: les mots de l'offre pour chaque cadre
            d'emplois (« Cadre d'emplois des adjoints techniques territoriaux »).
        grades_tels_qu_ecrits: les mots de l'offre pour chaque grade
            (« Adjoint technique principal de 2ème classe »).
    """

    categories: tuple[Categorie, ...] = attrs.field(default=(), validator=_sans_doublon)
    filieres: tuple[Filiere, ...] = attrs.field(default=(), validator=_sans_doublon)
    cadres_emplois: tuple[CadreEmplois, ...] = attrs.field(
        default=(), validator=[_sans_doublon, _dans_nomenclature]
    )
    grades: tuple[Grade, ...] = attrs.field(
        default=(), validator=[_sans_doublon, _dans_nomenclature]
    )
    corps: tuple[Corps, ...] = attrs.field(default=(), validator=_sans_doublon)
    emploi_fonctionnel: EmploiFonctionnel | None = None
    emplois_contractuels: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    categories_tels_qu_ecrits: tuple[str, ...] = attrs.field(
        default=(), validator=[v.chaque(v.texte()), AligneSur("categories")]
    )
    cadres_emplois_tels_qu_ecrits: tuple[str, ...] = attrs.field(
        default=(), validator=[v.chaque(v.texte()), AligneSur("cadres_emplois")]
    )
    grades_tels_qu_ecrits: tuple[str, ...] = attrs.field(
        default=(), validator=[v.chaque(v.texte()), AligneSur("grades")]
    )
