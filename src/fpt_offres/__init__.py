"""fpt_offres : le modèle typé et validé des offres d'emploi de la fonction publique.

>>> import fpt_offres
>>> offre = fpt_offres.exemples()[2]
>>> offre.employeur.nom, offre.statut.corps[0].libelle
('Commune de POUM', 'Attaché')
"""

import importlib
from typing import TYPE_CHECKING, Any

from fpt_offres import nomenclature
from fpt_offres._exemples import exemples
from fpt_offres.conversion import (
    VERSION_FORMAT,
    depuis_dict,
    depuis_json,
    iterer_jsonl,
    lire_jsonl,
    vers_dict,
    vers_json,
)
from fpt_offres.erreurs import (
    ErreurFptOffres,
    NomenclatureInconnue,
    OffreInvalide,
    Probleme,
    ValeurInvalide,
)
from fpt_offres.exports.ligne import COLONNES, TYPES_COLONNES, ligne
from fpt_offres.exports.tableau import ecrire_csv
from fpt_offres.modele import (
    Activite,
    Adresse,
    Approximation,
    Avantage,
    BaseLegale,
    CadreEmplois,
    Calendrier,
    Candidature,
    Categorie,
    CategoriePermis,
    Chiffre,
    ChiffreCle,
    Conditions,
    Contact,
    Contrat,
    Corps,
    CycleTravail,
    Deplacements,
    DroitRgpd,
    DureeContrat,
    EmploiFonctionnel,
    Employeur,
    EtapeRecrutement,
    Exigence,
    ExigencePermis,
    Experience,
    Filiere,
    Fourchette,
    Grade,
    HeureJour,
    Horaire,
    Indices,
    LieuTravail,
    MentionRgpd,
    Mentions,
    Metier,
    Missions,
    MotifRecrutement,
    NatureContrat,
    NatureRelation,
    Nbi,
    NiveauDiplome,
    NiveauExperience,
    Offre,
    OrganisationTravail,
    Ouverture,
    PartIndemnitaire,
    Periode,
    Piece,
    PlageHoraire,
    Poste,
    PriseDePoste,
    Profil,
    Public,
    Rang,
    RegimeIndemnitaire,
    RegimeTemps,
    Relation,
    Remuneration,
    Rythme,
    Salaire,
    Source,
    Statut,
    Teletravail,
    TempsTravail,
    ThemeMissions,
    TypeAvantage,
    TypeEmployeur,
    TypeEtape,
    TypePiece,
    Versant,
    VoieRecrutement,
)

if TYPE_CHECKING:
    from fpt_offres import formatage, lecture, regles, titres
    from fpt_offres.exports.jsonld import jsonld
    from fpt_offres.exports.jsonld_page import balise_jsonld, proprietes_manquantes
    from fpt_offres.exports.schema import schema_json
    from fpt_offres.exports.tables import (
        ecrire_parquet,
        lots_arrow,
        vers_arrow,
        vers_pandas,
        vers_polars,
    )
    from fpt_offres.extraction import Extraction, extraire
    from fpt_offres.lecture import (
        LectureImpossible,
        lire_date,
        lire_date_heure,
        lire_duree,
        lire_heures,
    )
    from fpt_offres.regles import Diagnostic, Severite, verifier
    from fpt_offres.rendu import formater
    from fpt_offres.titres import est_meme_titre, formater_titre, normaliser_titre

    __version__: str

# Chargés au premier usage : le modèle, sa nomenclature et sa conversion suffisent à la
# plupart des programmes, qui n'ont pas à payer à l'import le rendu, les règles, les
# exports pour le web ni la lecture du français (ni importlib.metadata pour la version).
_PARESSEUX = {
    "formatage": "fpt_offres.formatage",
    "lecture": "fpt_offres.lecture",
    "regles": "fpt_offres.regles",
    "titres": "fpt_offres.titres",
    "jsonld": "fpt_offres.exports.jsonld",
    "balise_jsonld": "fpt_offres.exports.jsonld_page",
    "proprietes_manquantes": "fpt_offres.exports.jsonld_page",
    "schema_json": "fpt_offres.exports.schema",
    "ecrire_parquet": "fpt_offres.exports.tables",
    "lots_arrow": "fpt_offres.exports.tables",
    "vers_arrow": "fpt_offres.exports.tables",
    "vers_pandas": "fpt_offres.exports.tables",
    "vers_polars": "fpt_offres.exports.tables",
    "LectureImpossible": "fpt_offres.lecture",
    "lire_date": "fpt_offres.lecture",
    "lire_date_heure": "fpt_offres.lecture",
    "lire_duree": "fpt_offres.lecture",
    "lire_heures": "fpt_offres.lecture",
    "Diagnostic": "fpt_offres.regles",
    "Severite": "fpt_offres.regles",
    "verifier": "fpt_offres.regles",
    "formater": "fpt_offres.rendu",
    "extraire": "fpt_offres.extraction",
    "Extraction": "fpt_offres.extraction",
    "est_meme_titre": "fpt_offres.titres",
    "formater_titre": "fpt_offres.titres",
    "normaliser_titre": "fpt_offres.titres",
}


def __getattr__(nom: str) -> Any:
    if nom == "__version__":
        from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

        try:
            valeur: Any = version("fpt-offres")
        except PackageNotFoundError:  # pragma: no cover  (paquet non installé)
            valeur = "0+inconnue"
    elif nom in _PARESSEUX:
        module = importlib.import_module(_PARESSEUX[nom])
        valeur = module if module.__name__ == f"{__name__}.{nom}" else getattr(module, nom)
    else:
        message = f"le module {__name__!r} n'a pas d'attribut {nom!r}"
        raise AttributeError(message)
    globals()[nom] = valeur
    return valeur


__all__ = [
    "COLONNES",
    "TYPES_COLONNES",
    "VERSION_FORMAT",
    "Activite",
    "Adresse",
    "Approximation",
    "Avantage",
    "BaseLegale",
    "CadreEmplois",
    "Calendrier",
    "Candidature",
    "Categorie",
    "CategoriePermis",
    "Chiffre",
    "ChiffreCle",
    "Conditions",
    "Contact",
    "Contrat",
    "Corps",
    "CycleTravail",
    "Deplacements",
    "Diagnostic",
    "DroitRgpd",
    "DureeContrat",
    "EmploiFonctionnel",
    "Employeur",
    "ErreurFptOffres",
    "EtapeRecrutement",
    "Exigence",
    "ExigencePermis",
    "Experience",
    "Extraction",
    "Filiere",
    "Fourchette",
    "Grade",
    "HeureJour",
    "Horaire",
    "Indices",
    "LectureImpossible",
    "LieuTravail",
    "MentionRgpd",
    "Mentions",
    "Metier",
    "Missions",
    "MotifRecrutement",
    "NatureContrat",
    "NatureRelation",
    "Nbi",
    "NiveauDiplome",
    "NiveauExperience",
    "NomenclatureInconnue",
    "Offre",
    "OffreInvalide",
    "OrganisationTravail",
    "Ouverture",
    "PartIndemnitaire",
    "Periode",
    "Piece",
    "PlageHoraire",
    "Poste",
    "PriseDePoste",
    "Probleme",
    "Profil",
    "Public",
    "Rang",
    "RegimeIndemnitaire",
    "RegimeTemps",
    "Relation",
    "Remuneration",
    "Rythme",
    "Salaire",
    "Severite",
    "Source",
    "Statut",
    "Teletravail",
    "TempsTravail",
    "ThemeMissions",
    "TypeAvantage",
    "TypeEmployeur",
    "TypeEtape",
    "TypePiece",
    "ValeurInvalide",
    "Versant",
    "VoieRecrutement",
    "__version__",
    "balise_jsonld",
    "depuis_dict",
    "depuis_json",
    "ecrire_csv",
    "ecrire_parquet",
    "est_meme_titre",
    "exemples",
    "extraire",
    "formatage",
    "formater",
    "formater_titre",
    "iterer_jsonl",
    "jsonld",
    "lecture",
    "ligne",
    "lire_date",
    "lire_date_heure",
    "lire_duree",
    "lire_heures",
    "lire_jsonl",
    "lots_arrow",
    "nomenclature",
    "normaliser_titre",
    "proprietes_manquantes",
    "regles",
    "schema_json",
    "titres",
    "verifier",
    "vers_arrow",
    "vers_dict",
    "vers_json",
    "vers_pandas",
    "vers_polars",
]
