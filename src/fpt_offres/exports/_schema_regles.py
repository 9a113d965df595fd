"""Les validateurs et les règles croisées du modèle, traduits en morceaux de schéma JSON.

Pour :mod:`fpt_offres.exports.schema` ; les règles qu'aucun schéma ne peut
exprimer sont énumérées dans :data:`~fpt_offres.exports.schema.NON_EXPRIMEES`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from fpt_offres import _validateurs as v
from fpt_offres import identifiants, nomenclature
from fpt_offres.exports._schema_motifs import MOTIF_ZERO, Schema, complet
from fpt_offres.modele import (
    Activite,
    Adresse,
    Avantage,
    Calendrier,
    Contrat,
    Corps,
    Employeur,
    Experience,
    Fourchette,
    Indices,
    NatureContrat,
    Offre,
    OrganisationTravail,
    Profil,
    RegimeTemps,
    Remuneration,
    Statut,
    Teletravail,
    TempsTravail,
    TypeAvantage,
    Versant,
)
from fpt_offres.modele import commun as _commun
from fpt_offres.modele import contrat as _contrat
from fpt_offres.modele import employeur as _employeur
from fpt_offres.modele import missions as _missions
from fpt_offres.modele import statut as _statut
from fpt_offres.modele import temps as _temps

__all__ = [
    "CONTRAINTES_VALEUR",
    "CROISES",
    "IDENTIFIANTS",
    "INVARIANTS_CLASSES",
    "bornes",
    "connu",
    "sans_optionnel",
]

# --- validateurs du modèle ----------------------------------------------------------------


def sans_optionnel(validateurs: list[Any]) -> list[Any]:
    """Ce qui s'applique à la valeur non nulle d'un champ facultatif."""
    return [x.validateur if isinstance(x, v._Optionnel) else x for x in validateurs]


def bornes(
    validateurs: list[Any],
) -> tuple[tuple[Decimal, bool] | None, tuple[Decimal, bool] | None]:
    """L'intervalle qu'imposent les validateurs ``positif`` et ``borne``."""
    bas: tuple[Decimal, bool] | None = None
    haut: tuple[Decimal, bool] | None = None
    for validateur in validateurs:
        if isinstance(validateur, v._Positif):
            bas = (Decimal(0), not validateur.strict)
            if validateur.maximum is not None:
                haut = (validateur.maximum, True)
        elif isinstance(validateur, v._Borne):
            bas = (validateur.minimum, validateur.min_inclus)
            haut = (validateur.maximum, validateur.max_inclus)
    return bas, haut


_COURRIEL: Schema = {
    "type": "string",
    "format": "idn-email",
    "maxLength": 254,
    "pattern": complet(identifiants.FORME_COURRIEL.pattern),
}


def _chiffres(nombre: int, nom: str) -> Schema:
    return {
        "type": "string",
        "minLength": nombre,
        "maxLength": nombre,
        "pattern": complet(f"[0-9]{{{nombre}}}"),
        "$comment": f"{nom} : la clé de contrôle n'est vérifiée que par le convertisseur",
    }


IDENTIFIANTS: dict[Callable[[str], str], Callable[[], Schema]] = {
    identifiants.verifier_siren: lambda: _chiffres(9, "SIREN"),
    identifiants.verifier_siret: lambda: _chiffres(14, "SIRET (règle de La Poste comprise)"),
    identifiants.verifier_courriel: lambda: dict(_COURRIEL),
}


def _code_postal(_defs: dict[str, Schema]) -> Schema:
    # Le motif du modèle, avec [0-9] pour \d : voir la note en tête de _schema_motifs.
    motif = _commun._CODE_POSTAL.pattern.replace(r"\d", "[0-9]")
    return {"minLength": 5, "maxLength": 5, "pattern": complet(motif)}


def _departement(defs: dict[str, Schema]) -> Schema:
    defs.setdefault(
        "Departement",
        {
            "title": "Departement",
            "description": "Code INSEE d'un département ou d'une collectivité d'outre-mer "
            "(fpt_offres.nomenclature.departements).",
            "type": "string",
            "enum": list(nomenclature.departements()),
        },
    )
    return {"$ref": "#/$defs/Departement"}


# Validateurs-fonctions d'un seul champ, qui contraignent la valeur elle-même ; chacun
# rend les mots-clés à ajouter au schéma d'une chaîne (et complète les $defs au besoin).
CONTRAINTES_VALEUR: dict[Any, Callable[[dict[str, Schema]], Schema]] = {
    _commun._verifier_code_postal: _code_postal,
    _commun.departement_connu: _departement,
}

# Validateurs déjà exprimés par le type du champ (un grade s'écrit par un code de la
# nomenclature : l'énumération des codes suffit) ou par le tableau (« uniqueItems »).
_EXPRIMES_PAR_LE_TYPE = frozenset(
    {
        _statut._dans_nomenclature,
        _contrat._bases_connues,
        _statut._sans_doublon,
    }
)

# Validateurs croisés rattachés à un champ : traduits au niveau de la classe (voir
# INVARIANTS_CLASSES), ou impossibles à exprimer (voir schema.NON_EXPRIMEES).
CROISES = frozenset(
    {
        _commun._verifier_fourchette,
        _temps._heures_non_complet,
        _employeur._siret_du_siren,
        _missions._verbes_dans_texte,
        _commun._numero_avec_cedex,
    }
)


def _non_nul(champ: str) -> Schema:
    return {"required": [champ], "properties": {champ: {"not": {"type": "null"}}}}


def _si_vaut(champ: str, *, valeur: object) -> Schema:
    return {"required": [champ], "properties": {champ: {"const": valeur}}}


def _regle_fourchette() -> list[Schema]:
    return [
        {
            "$comment": "règle fourchette-vide",
            "anyOf": [_non_nul("minimum"), _non_nul("maximum")],
        }
    ]


def _regle_temps() -> list[Schema]:
    # Un temps non complet dure strictement entre 0 et 35 h par semaine.
    heures_max = _temps.HEURES_TEMPS_COMPLET - 1
    return [
        {
            "$comment": "règle heures-non-complet",
            "if": {
                "required": ["regimes"],
                "properties": {"regimes": {"contains": {"const": RegimeTemps.NON_COMPLET.value}}},
            },
            "then": {
                "properties": {
                    "heures_hebdo": {
                        "anyOf": [
                            {"type": "null"},
                            {
                                "properties": {"heures": {"maximum": heures_max}},
                                "not": {
                                    "properties": {
                                        "heures": {"const": 0},
                                        "minutes": {"const": 0},
                                    }
                                },
                            },
                        ]
                    }
                }
            },
        }
    ]


def _regle_teletravail() -> list[Schema]:
    return [
        {
            "$comment": "règle teletravail-non-eligible",
            "if": _si_vaut("eligible", valeur=False),
            "then": {
                "properties": {
                    "jours_max": {
                        "anyOf": [
                            {"type": "null"},
                            {"type": "string", "pattern": MOTIF_ZERO},
                            {"type": "number", "const": 0},
                        ]
                    }
                }
            },
        }
    ]


def _regle_astreintes() -> list[Schema]:
    return [
        {
            "$comment": "règle astreintes-eventuelles",
            "if": _si_vaut("astreintes_eventuelles", valeur=True),
            "then": _si_vaut("astreintes", valeur=True),
        }
    ]


def _regle_contrat() -> list[Schema]:
    return [
        {
            "$comment": "règle cdi-sans-duree",
            "if": _si_vaut("nature", valeur=NatureContrat.CDI.value),
            "then": {"properties": {"duree": {"type": "null"}}},
        }
    ]


def _regle_statutaire() -> list[Schema]:
    return [
        {
            "$comment": "règle statutaire-tel-qu-ecrit",
            "if": _non_nul("statutaire_tel_qu_ecrit"),
            "then": _si_vaut("statutaire", valeur=True),
        }
    ]


def _regle_avantage() -> list[Schema]:
    return [
        {
            "$comment": "règle avantage-autre-libelle",
            "if": _si_vaut("type", valeur=TypeAvantage.AUTRE.value),
            "then": _non_nul("libelle"),
        }
    ]


def _regle_corps() -> list[Schema]:
    return [
        {
            "$comment": "règle corps-hors-fpt",
            "if": {"not": _si_vaut("administrations_parisiennes", valeur=True)},
            "then": {"properties": {"versant": {"not": {"const": Versant.TERRITORIALE.value}}}},
        }
    ]


def _regle_adresse() -> list[Schema]:
    return [
        {
            "$comment": "règle cedex-numero",
            "if": _non_nul("numero_cedex"),
            "then": _si_vaut("cedex", valeur=True),
        }
    ]


# Les invariants croisés d'une classe (validateurs croisés et __attrs_post_init__) : les
# fragments qui les expriment ; ceux qui ne s'expriment pas sont dans schema.NON_EXPRIMEES.
INVARIANTS_CLASSES: dict[type, Callable[[], list[Schema]]] = {
    Fourchette: _regle_fourchette,  # fourchette-vide ; fourchette-ordre non exprimable
    Adresse: _regle_adresse,
    Experience: list,  # experience-ordre : non exprimable
    Profil: list,  # niveau-diplome-ordre : non exprimable
    Offre: list,  # prefixe-intitule : non exprimable
    Statut: list,  # tels-qu-ecrits-alignes : non exprimable
    Contrat: _regle_contrat,  # tels-qu-ecrits-alignes : non exprimable
    TempsTravail: _regle_temps,
    Teletravail: _regle_teletravail,
    OrganisationTravail: _regle_astreintes,
    Avantage: _regle_avantage,
    Remuneration: _regle_statutaire,
    Corps: _regle_corps,
    Calendrier: list,  # dates-ordre : non exprimable
    Indices: list,  # fourchette-ordre : non exprimable
    Employeur: list,  # siret-siren : non exprimable
    Activite: list,  # verbe-absent : non exprimable
}


def connu(validateur: Any) -> bool:
    """Vrai pour un validateur que la génération sait traduire (ou sait ne pas pouvoir traduire)."""
    objets = (v._Texte, v._Positif, v._Borne, v._Identifiant, v._Optionnel, v._Chaque)
    if isinstance(validateur, v._Optionnel | v._Chaque):
        return connu(validateur.validateur)
    if isinstance(validateur, _commun.AligneSur):
        return True  # tels-qu-ecrits-alignes : non exprimable (schema.NON_EXPRIMEES)
    if isinstance(validateur, v._Identifiant):
        return validateur.verifier in IDENTIFIANTS
    return (
        isinstance(validateur, objets)
        or v.est_type(validateur)  # le type annoté : exprimé par le type du schéma
        or validateur in CONTRAINTES_VALEUR
        or validateur in _EXPRIMES_PAR_LE_TYPE
        or validateur in CROISES
    )
