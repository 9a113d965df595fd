"""Le schéma JSON (draft 2020-12) du format JSON des offres, engendré depuis le modèle.

Rien n'y est écrit à la main : le schéma se déduit des champs des classes attrs
du modèle (types, valeurs par défaut, docstrings), de leurs validateurs
(bornes, textes non vides, SIREN, SIRET, courriels, codes postaux) et de la
nomenclature (codes des grades, cadres d'emplois, bases légales, départements).
Il décrit exactement ce qu'écrit :func:`~fpt_offres.vers_dict` et ce que lit
:func:`~fpt_offres.depuis_dict`, à quelques règles près qu'aucun schéma JSON ne
peut exprimer (clé de Luhn d'un SIRET, ordre de deux dates…) : la documentation
les énumère, et elles restent vérifiées par le convertisseur.

Un validateur du modèle que ce module ne sait pas traduire fait échouer la
génération : le schéma ne peut donc pas se désynchroniser du modèle en silence.

Sources : JSON Schema, draft 2020-12 (https://json-schema.org/draft/2020-12) ;
expressions rationnelles ECMA-262, sous-ensemble commun avec le module ``re``.

>>> schema = schema_json()
>>> schema["$schema"], schema["required"]
('https://json-schema.org/draft/2020-12/schema', ['intitule', 'employeur'])
>>> schema["$defs"]["TempsTravail"]["properties"]["heures_annuelles"]["anyOf"][0]
{'type': 'integer', 'minimum': 1, 'maximum': 1607}
"""

from __future__ import annotations

import copy
import datetime
import enum
import inspect
import re
import sys
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import identifiants, nomenclature
from fpt_offres.convert import VERSION_FORMAT, make_converter
from fpt_offres.modele import (
    Activite,
    Avantage,
    BaseLegale,
    CadreEmplois,
    Calendrier,
    Contrat,
    Corps,
    Employeur,
    Fourchette,
    Grade,
    Indices,
    NatureContrat,
    Offre,
    RegimeTemps,
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

__all__ = ["NON_EXPRIMEES", "SCHEMA_ID", "schema_json"]

SCHEMA_ID = f"https://fpt-offres.example/schema/offre-v{VERSION_FORMAT}.json"
"""L'identifiant (``$id``) du schéma ; le domaine ``.example`` est réservé (RFC 2606)."""

_DRAFT = "https://json-schema.org/draft/2020-12/schema"

Schema = dict[str, Any]

# --- expressions rationnelles -------------------------------------------------------------
#
# Les motifs suivent le sous-ensemble d'ECMA-262 que comprend aussi le module ``re`` de
# Python : classes explicites ([0-9] et non \d, qui en Python accepte tous les chiffres
# Unicode), et fin ancrée par « $(?!\n) » : en Python, « $ » accepte aussi une fin de
# texte suivie d'un saut de ligne, ce que refuse ECMA-262 ; l'assertion ajoutée rend les
# deux moteurs d'accord.


def _complet(corps: str) -> str:
    """Un motif qui doit couvrir toute la chaîne."""
    return f"^(?:{corps})$(?!\\n)"


def _echapper(code: int) -> str:
    if code > 0xFFFF:  # ECMA-262 écrit \u{…}, Python \U… : pas de forme commune
        msg = f"caractère U+{code:X} hors du plan multilingue de base : non traduit en motif"
        raise NotImplementedError(msg)
    return f"\\u{code:04x}"


def _classe_caracteres(codes: list[int], *, niee: bool) -> str:
    """Une classe ``[...]`` de caractères donnés par leur code, en plages ``\\uXXXX``."""
    morceaux: list[str] = []
    debut = precedent = codes[0]
    for code in [*codes[1:], -2]:
        if code != precedent + 1:
            morceaux.append(
                _echapper(debut)
                if debut == precedent
                else f"{_echapper(debut)}-{_echapper(precedent)}"
            )
            debut = code
        precedent = code
    return f"[{'^' if niee else ''}{''.join(morceaux)}]"


@cache
def _motif_texte() -> str:
    """« Au moins un caractère qui n'est pas un blanc » au sens de ``str.strip``.

    Le validateur ``texte()`` du modèle refuse un texte que
    ``strip()`` vide ; les blancs de Python (``str.isspace``) diffèrent de ceux
    d'ECMA-262 (« \\s » : U+FEFF en plus, U+001C à U+001F et U+0085 en moins).
    La classe est donc calculée et écrite en clair.
    """
    blancs = [code for code in range(sys.maxunicode + 1) if not chr(code).strip()]
    return _classe_caracteres(blancs, niee=True)


_FRACTION = r"(?:\.[0-9]+)?"
_FRACTION_NULLE = r"(?:\.0+)?"
_FRACTION_NON_NULLE = r"\.[0-9]*[1-9][0-9]*"
_MANTISSE = rf"[0-9]+{_FRACTION}"
_MANTISSE_NULLE = rf"0+{_FRACTION_NULLE}"
_MANTISSE_NON_NULLE = rf"(?:[0-9]*[1-9][0-9]*{_FRACTION}|[0-9]+{_FRACTION_NON_NULLE})"
_EXPOSANT = r"[eE][+-]?[0-9]+"


def _plage_meme_longueur(bas: str, haut: str) -> list[str]:
    """Motifs des entiers écrits avec autant de chiffres que ``bas`` et ``haut`` (bas <= haut)."""
    if bas == haut:
        return [bas]
    commun = 0
    while bas[commun] == haut[commun]:
        commun += 1
    prefixe, bas, haut = bas[:commun], bas[commun:], haut[commun:]
    reste = len(bas) - 1

    def chiffres(de: str, a: str) -> str:
        return de if de == a else f"[{de}-{a}]"

    if reste == 0:
        return [prefixe + chiffres(bas, haut)]
    queue = f"[0-9]{{{reste}}}" if reste > 1 else "[0-9]"
    motifs: list[str] = []
    premier, dernier = bas[0], haut[0]
    if set(bas[1:]) != {"0"}:
        motifs += [prefixe + bas[0] + m for m in _plage_meme_longueur(bas[1:], "9" * reste)]
        premier = chr(ord(premier) + 1)
    haut_plein = set(haut[1:]) == {"9"}
    fin_milieu = dernier if haut_plein else chr(ord(dernier) - 1)
    if premier <= fin_milieu:
        motifs.append(prefixe + chiffres(premier, fin_milieu) + queue)
    if not haut_plein:
        motifs += [prefixe + haut[0] + m for m in _plage_meme_longueur("0" * reste, haut[1:])]
    return motifs


def _plage_entiers(bas: int, haut: int | None) -> str:
    """Motif des entiers naturels de ``bas`` à ``haut`` inclus (sans fin si ``None``), zéros de tête admis."""
    motifs: list[str] = []
    debut = bas
    limite = haut
    if haut is None:
        # Au-delà des nombres à len(bas) chiffres, tout nombre plus long convient.
        longueur = len(str(bas))
        motifs.append(f"[1-9][0-9]{{{longueur},}}")
        limite = 10**longueur - 1
    assert limite is not None
    while debut <= limite:
        fin = min(limite, 10 ** len(str(debut)) - 1)
        motifs += _plage_meme_longueur(str(debut), str(fin))
        debut = fin + 1
    sans_zero = [m for m in motifs if m != "0"]
    alternatives = [f"0*(?:{'|'.join(sans_zero)})"] if sans_zero else []
    if bas == 0:
        alternatives.append("0+")
    return "|".join(alternatives)


def _entier_exact(valeur: Decimal) -> int:
    if valeur != valeur.to_integral_value():
        msg = f"borne décimale non entière {valeur} : non traduite en motif"
        raise NotImplementedError(msg)
    return int(valeur)


def _motif_decimal(bas: tuple[Decimal, bool] | None, haut: tuple[Decimal, bool] | None) -> str:
    """Motif d'une chaîne décimale dans l'intervalle donné (bornes entières, minimum >= 0).

    La notation ordinaire (« 17.5 », « 0.50 ») est vérifiée exactement. La notation
    scientifique, que ``str(Decimal)`` emploie pour certains nombres (« 1E+2 »),
    n'est vérifiée que pour le signe : aucune expression rationnelle ne peut comparer
    une mantisse de longueur quelconque à son exposant.
    """
    if bas is None and haut is None:
        return _complet(f"-?{_MANTISSE}(?:{_EXPOSANT})?")
    if bas is None or bas[0] < 0:
        msg = "intervalle sans minimum positif ou nul : non traduit en motif"
        raise NotImplementedError(msg)
    minimum, min_inclus = _entier_exact(bas[0]), bas[1]
    maximum = None if haut is None else _entier_exact(haut[0])
    max_inclus = haut is not None and haut[1]
    ordinaire: list[str] = []
    if maximum is None:
        ordinaire.append(f"(?:{_plage_entiers(minimum + 1, None)}){_FRACTION}")
    elif minimum + 1 <= maximum - 1:
        ordinaire.append(f"(?:{_plage_entiers(minimum + 1, maximum - 1)}){_FRACTION}")
    if maximum is None or minimum < maximum:
        ordinaire.append(
            f"(?:{_plage_entiers(minimum, minimum)})"
            + (_FRACTION if min_inclus else _FRACTION_NON_NULLE)
        )
    elif min_inclus and max_inclus:
        ordinaire.append(f"(?:{_plage_entiers(minimum, minimum)}){_FRACTION_NULLE}")
    if maximum is not None and max_inclus and minimum < maximum:
        ordinaire.append(f"(?:{_plage_entiers(maximum, maximum)}){_FRACTION_NULLE}")
    zero_admis = minimum == 0 and min_inclus
    if zero_admis:
        ordinaire.append(f"-{_MANTISSE_NULLE}")  # « -0 » vaut 0
    if minimum == 0 and not min_inclus:
        scientifique = f"{_MANTISSE_NON_NULLE}{_EXPOSANT}"
    elif minimum == 0:
        scientifique = f"(?:{_MANTISSE}|-{_MANTISSE_NULLE}){_EXPOSANT}"
    else:
        scientifique = f"{_MANTISSE_NON_NULLE}{_EXPOSANT}"
    return _complet("|".join([*ordinaire, scientifique]))


_MOTIF_ZERO = _complet(rf"-?{_MANTISSE_NULLE}(?:{_EXPOSANT})?")


def _nombre_json(valeur: Decimal) -> int | float:
    return int(valeur) if valeur == valeur.to_integral_value() else float(valeur)


def _decimal(bas: tuple[Decimal, bool] | None, haut: tuple[Decimal, bool] | None) -> Schema:
    """Un décimal : chaîne décimale (la forme écrite) ou nombre JSON (accepté en lecture)."""
    nombre: Schema = {"type": "number"}
    if bas is not None:
        nombre["minimum" if bas[1] else "exclusiveMinimum"] = _nombre_json(bas[0])
    if haut is not None:
        nombre["maximum" if haut[1] else "exclusiveMaximum"] = _nombre_json(haut[0])
    return {
        "anyOf": [
            {
                "type": "string",
                "description": "nombre décimal écrit en chiffres, point décimal (« 17.5 »)",
                "pattern": _motif_decimal(bas, haut),
            },
            nombre,
        ]
    }


# --- validateurs du modèle ----------------------------------------------------------------


def _sans_optionnel(validateurs: list[Any]) -> list[Any]:
    """Ce qui s'applique à la valeur non nulle d'un champ facultatif."""
    return [x.validateur if isinstance(x, v._Optionnel) else x for x in validateurs]


def _bornes(
    validateurs: list[Any],
) -> tuple[tuple[Decimal, bool] | None, tuple[Decimal, bool] | None]:
    """L'intervalle qu'imposent les validateurs ``positif`` et ``borne``."""
    bas: tuple[Decimal, bool] | None = None
    haut: tuple[Decimal, bool] | None = None
    for validateur in validateurs:
        if isinstance(validateur, v._Positif):
            bas = (Decimal(0), not validateur.strict)
        elif isinstance(validateur, v._Borne):
            bas = (validateur.minimum, validateur.min_inclus)
            haut = (validateur.maximum, validateur.max_inclus)
    return bas, haut


_COURRIEL: Schema = {
    "type": "string",
    "format": "email",
    "maxLength": 254,
    "pattern": _complet(identifiants._COURRIEL.pattern),
}


def _chiffres(nombre: int, nom: str) -> Schema:
    return {
        "type": "string",
        "minLength": nombre,
        "maxLength": nombre,
        "pattern": _complet(f"[0-9]{{{nombre}}}"),
        "$comment": f"{nom} : la clé de contrôle n'est vérifiée que par le convertisseur",
    }


_IDENTIFIANTS: dict[Callable[[str], str], Callable[[], Schema]] = {
    identifiants.verifier_siren: lambda: _chiffres(9, "SIREN"),
    identifiants.verifier_siret: lambda: _chiffres(14, "SIRET (règle de La Poste comprise)"),
    identifiants.verifier_courriel: lambda: dict(_COURRIEL),
}


def _code_postal(_defs: dict[str, Schema]) -> Schema:
    # Le motif du modèle, avec [0-9] pour \d : voir la note sur les motifs plus haut.
    motif = _commun._CODE_POSTAL.pattern.replace(r"\d", "[0-9]")
    return {"minLength": 5, "maxLength": 5, "pattern": _complet(motif)}


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
_CONTRAINTES_VALEUR: dict[Any, Callable[[dict[str, Schema]], Schema]] = {
    _commun._verifier_code_postal: _code_postal,
    _employeur._departement_connu: _departement,
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
# _INVARIANTS_CLASSES), ou impossibles à exprimer (voir NON_EXPRIMEES).
_CROISES = frozenset(
    {
        _commun._verifier_fourchette,
        _temps._heures_non_complet,
        _employeur._siret_du_siren,
        _missions._verbes_dans_texte,
    }
)

NON_EXPRIMEES: dict[str, str] = {
    "dates-ordre": "la date limite de candidature ne précède pas la date de publication",
    "fourchette-ordre": "le minimum d'une fourchette ou d'indices ne dépasse pas le maximum",
    "siret-siren": "un SIRET donné avec un SIREN commence par ce SIREN",
    "verbe-absent": "chaque verbe mis en avant figure dans le texte de son activité",
    "siren": "la clé de Luhn d'un SIREN",
    "siret": "la clé de Luhn d'un SIRET, ou la règle propre à La Poste",
    "nombre-fini": "un nombre fini : ni infini ni NaN, que le JSON standard n'a pas",
    "caractere-invalide": "un texte sans demi-paire de substitution UTF-16 (« \\ud800 » seul)",
}
"""Les règles du convertisseur qu'aucun schéma JSON ne peut exprimer, par code de règle."""


def _non_nul(champ: str) -> Schema:
    return {"required": [champ], "properties": {champ: {"not": {"type": "null"}}}}


def _si_vaut(champ: str, valeur: object) -> Schema:
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
            "if": _si_vaut("eligible", False),  # noqa: FBT003
            "then": {
                "properties": {
                    "jours_max": {
                        "anyOf": [
                            {"type": "null"},
                            {"type": "string", "pattern": _MOTIF_ZERO},
                            {"type": "number", "const": 0},
                        ]
                    }
                }
            },
        }
    ]


def _regle_contrat() -> list[Schema]:
    return [
        {
            "$comment": "règle cdi-sans-duree",
            "if": _si_vaut("nature", NatureContrat.CDI.value),
            "then": {"properties": {"duree": {"type": "null"}}},
        }
    ]


def _regle_avantage() -> list[Schema]:
    return [
        {
            "$comment": "règle avantage-autre-libelle",
            "if": _si_vaut("type", TypeAvantage.AUTRE.value),
            "then": _non_nul("libelle"),
        }
    ]


def _regle_corps() -> list[Schema]:
    return [
        {
            "$comment": "règle corps-hors-fpt",
            "properties": {"versant": {"not": {"const": Versant.TERRITORIALE.value}}},
        }
    ]


# Les invariants croisés d'une classe (validateurs croisés et __attrs_post_init__) : les
# fragments qui les expriment ; ceux qui ne s'expriment pas sont dans NON_EXPRIMEES.
_INVARIANTS_CLASSES: dict[type, Callable[[], list[Schema]]] = {
    Fourchette: _regle_fourchette,  # fourchette-vide ; fourchette-ordre non exprimable
    TempsTravail: _regle_temps,
    Teletravail: _regle_teletravail,
    Contrat: _regle_contrat,
    Avantage: _regle_avantage,
    Corps: _regle_corps,
    Calendrier: list,  # dates-ordre : non exprimable
    Indices: list,  # fourchette-ordre : non exprimable
    Employeur: list,  # siret-siren : non exprimable
    Activite: list,  # verbe-absent : non exprimable
}


# --- génération ---------------------------------------------------------------------------


_NOMENCLATURE: dict[type, tuple[str, Callable[[], Any]]] = {
    Grade: ("Code d'un grade de la FPT", nomenclature.grades_par_code),
    CadreEmplois: ("Code d'un cadre d'emplois de la FPT", nomenclature.cadres_emplois_par_code),
    BaseLegale: (
        "Code d'une base légale du recrutement d'un contractuel",
        nomenclature.bases_legales_par_code,
    ),
}


_ROLE_RST = re.compile(r":\w+:`~?([^`<]+?)(?:\s*<[^>]*>)?`|``([^`]+)``")


def _nettoyer(texte: str) -> str:
    """Le texte d'une docstring sans le balisage reST (rôles, littéraux) ni retours à la ligne."""
    return " ".join(_ROLE_RST.sub(lambda m: m.group(1) or m.group(2), texte).split())


def _premier_paragraphe(classe: type) -> str:
    return _nettoyer((inspect.getdoc(classe) or classe.__name__).split("\n\n")[0])


def _descriptions(classe: type) -> dict[str, str]:
    """Les descriptions des champs, tirées de la section « Attributes: » de la docstring."""
    doc = inspect.getdoc(classe) or ""
    if "Attributes:" not in doc:
        return {}
    descriptions: dict[str, str] = {}
    en_attente: list[str] = []
    courants: list[str] = []
    for ligne in doc.split("Attributes:", 1)[1].splitlines():
        if ligne.strip() and not ligne.startswith(" "):
            break
        entree = re.fullmatch(r" {4}([\w, ]+):\s*(.*)", ligne)
        suite_noms = re.fullmatch(r" {4}([\w, ]+,)\s*", ligne)
        if suite_noms:
            en_attente += [n.strip() for n in suite_noms.group(1).split(",") if n.strip()]
        elif entree:
            courants = en_attente + [n.strip() for n in entree.group(1).split(",")]
            en_attente = []
            for nom in courants:
                descriptions[nom] = entree.group(2).strip()
        elif ligne.strip() and courants:
            for nom in courants:
                descriptions[nom] = f"{descriptions[nom]} {ligne.strip()}"
    return descriptions


class _Generateur:
    """Parcourt le modèle depuis :class:`~fpt_offres.Offre` et remplit les ``$defs``."""

    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}
        self.convertisseur = make_converter()

    def reference(self, nom: str) -> Schema:
        return {"$ref": f"#/$defs/{nom}"}

    def enumeration(self, classe: type[enum.Enum]) -> Schema:
        if classe.__name__ not in self.defs:
            valeurs = [membre.value for membre in classe]
            self.defs[classe.__name__] = {
                "title": classe.__name__,
                "description": _premier_paragraphe(classe),
                "type": "integer" if all(type(x) is int for x in valeurs) else "string",
                "enum": valeurs,
            }
        return self.reference(classe.__name__)

    def entree_nomenclature(self, classe: type) -> Schema:
        if classe.__name__ not in self.defs:
            description, par_code = _NOMENCLATURE[classe]
            self.defs[classe.__name__] = {
                "title": classe.__name__,
                "description": f"{description} (fpt_offres.nomenclature)",
                "type": "string",
                "enum": list(par_code()),
            }
        return self.reference(classe.__name__)

    def type_(self, type_: Any, validateurs: list[Any], champ: str) -> Schema:
        """Le schéma d'une valeur de type ``type_`` soumise aux ``validateurs``."""
        origine = typing.get_origin(type_)
        if origine in (types.UnionType, typing.Union):
            return self.union(typing.get_args(type_), validateurs, champ)
        if origine is tuple:
            return self.tableau(type_, validateurs, champ)
        if type_ in _NOMENCLATURE:
            return self.entree_nomenclature(type_)
        if isinstance(type_, type) and issubclass(type_, enum.Enum):
            return self.enumeration(type_)
        if attrs.has(type_):
            return self.classe(type_)
        if type_ is bool:
            return {"type": "boolean"}
        if type_ is int:
            return self.entier(validateurs)
        if type_ is Decimal:
            return _decimal(*_bornes(validateurs))
        if type_ is datetime.date:
            return {
                "type": "string",
                "format": "date",
                "minLength": 10,
                "maxLength": 10,
                "pattern": _complet("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
            }
        if type_ is str:
            return self.texte(validateurs, champ)
        msg = f"type {type_!r} du champ {champ} : non traduit en schéma JSON"
        raise NotImplementedError(msg)

    def union(self, membres: tuple[Any, ...], validateurs: list[Any], champ: str) -> Schema:
        facultatif = type(None) in membres
        choix: list[Schema] = []
        for membre in membres:
            if membre is not type(None):
                schema = self.type_(
                    membre, _sans_optionnel(validateurs) if facultatif else validateurs, champ
                )
                # Un décimal est déjà un choix (chaîne ou nombre) : ses branches rejoignent celles-ci.
                choix += schema["anyOf"] if list(schema) == ["anyOf"] else [schema]
        if facultatif:
            choix.append({"type": "null"})
        return {"anyOf": choix}

    def tableau(self, type_: Any, validateurs: list[Any], champ: str) -> Schema:
        arguments = typing.get_args(type_)
        if len(arguments) != 2 or arguments[1] is not Ellipsis:
            msg = f"tuple {type_!r} du champ {champ} : seul tuple[X, ...] est traduit"
            raise NotImplementedError(msg)
        elements = [x.validateur for x in validateurs if isinstance(x, v._Chaque)]
        schema: Schema = {"type": "array", "items": self.type_(arguments[0], elements, champ)}
        if _statut._sans_doublon in validateurs:
            schema["uniqueItems"] = True
        return schema

    def entier(self, validateurs: list[Any]) -> Schema:
        schema: Schema = {"type": "integer"}
        bas, haut = _bornes(validateurs)
        if bas is not None:
            # Pour un entier, « > 0 » s'écrit « >= 1 ».
            schema["minimum"] = _entier_exact(bas[0]) + (0 if bas[1] else 1)
        if haut is not None:
            schema["maximum"] = _entier_exact(haut[0]) - (0 if haut[1] else 1)
        return schema

    def texte(self, validateurs: list[Any], champ: str) -> Schema:
        schema: Schema = {"type": "string"}
        for validateur in validateurs:
            if isinstance(validateur, v._Texte):
                schema.update(minLength=1, pattern=_motif_texte())
            elif isinstance(validateur, v._Identifiant):
                schema.update(_IDENTIFIANTS[validateur.verifier]())
            elif validateur in _CONTRAINTES_VALEUR:
                schema.update(_CONTRAINTES_VALEUR[validateur](self.defs))
            elif not _connu(validateur):
                msg = f"validateur {validateur!r} du champ {champ} : non traduit en schéma JSON"
                raise NotImplementedError(msg)
        return schema

    def classe(self, classe: type) -> Schema:
        nom = classe.__name__
        if nom not in self.defs:
            self.defs[nom] = {}  # réservé avant la descente (classes récursives)
            self.defs[nom] = self.objet(classe)
        return self.reference(nom)

    def objet(self, classe: type) -> Schema:
        types_ = typing.get_type_hints(classe)
        descriptions = _descriptions(classe)
        proprietes: dict[str, Schema] = {}
        obligatoires: list[str] = []
        for champ in attrs.fields(classe):
            validateurs = v.a_plat(champ.validator)
            for validateur in validateurs:
                if not _connu(validateur):
                    msg = f"validateur {validateur!r} de {classe.__name__}.{champ.name} : non traduit en schéma JSON"
                    raise NotImplementedError(msg)
            propriete = self.type_(
                types_[champ.name], validateurs, f"{classe.__name__}.{champ.name}"
            )
            if champ.name in descriptions:
                propriete = {"description": _nettoyer(descriptions[champ.name]), **propriete}
            if champ.default is attrs.NOTHING:
                obligatoires.append(champ.name)
            else:
                propriete["default"] = self.convertisseur.unstructure(
                    champ.default, unstructure_as=types_[champ.name]
                )
            proprietes[champ.name] = propriete
        schema: Schema = {
            "title": classe.__name__,
            "description": _premier_paragraphe(classe),
            "type": "object",
            "properties": proprietes,
        }
        if obligatoires:
            schema["required"] = obligatoires
        schema["additionalProperties"] = False
        croises = any(x in _CROISES for c in attrs.fields(classe) for x in v.a_plat(c.validator))
        if croises or hasattr(classe, "__attrs_post_init__"):
            if classe not in _INVARIANTS_CLASSES:
                msg = f"invariants croisés de {classe.__name__} : non traduits en schéma JSON"
                raise NotImplementedError(msg)
            fragments = _INVARIANTS_CLASSES[classe]()
            if fragments:
                schema["allOf"] = fragments
        return schema


def _connu(validateur: Any) -> bool:
    """Vrai pour un validateur que la génération sait traduire (ou sait ne pas pouvoir traduire)."""
    objets = (v._Texte, v._Positif, v._Borne, v._Identifiant, v._Optionnel, v._Chaque)
    if isinstance(validateur, v._Optionnel | v._Chaque):
        return _connu(validateur.validateur)
    if isinstance(validateur, v._Identifiant):
        return validateur.verifier in _IDENTIFIANTS
    return (
        isinstance(validateur, objets)
        or validateur in _CONTRAINTES_VALEUR
        or validateur in _EXPRIMES_PAR_LE_TYPE
        or validateur in _CROISES
    )


@cache
def _schema() -> Schema:
    generateur = _Generateur()
    racine = generateur.objet(Offre)
    proprietes = {
        "version": {
            "description": "la version du format ; absente, c'est la version courante",
            "const": VERSION_FORMAT,
        },
        **racine["properties"],
    }
    non_exprimees = " ; ".join(f"{code} ({texte})" for code, texte in NON_EXPRIMEES.items())
    return {
        "$schema": _DRAFT,
        "$id": SCHEMA_ID,
        "title": f"Offre d'emploi public (format JSON de fpt_offres, version {VERSION_FORMAT})",
        "description": racine["description"],
        "$comment": (
            "Engendré par fpt_offres.schema_json() depuis le modèle et la nomenclature : "
            "ne pas modifier à la main. Vérifié par le convertisseur seulement : "
            f"{non_exprimees}. Les dates ne sont vérifiées (date inexistante) que par un "
            "validateur qui fait valoir le mot-clé « format »."
        ),
        "type": "object",
        "properties": proprietes,
        "required": racine["required"],
        "additionalProperties": False,
        "$defs": generateur.defs,
    }


def schema_json() -> dict[str, Any]:
    """Le schéma JSON (draft 2020-12) du format JSON des offres, version :data:`~fpt_offres.convert.VERSION_FORMAT`.

    Le schéma est engendré depuis le modèle et la nomenclature à la première
    demande, puis gardé ; chaque appel en rend une copie, que l'appelant peut
    modifier sans risque. Il se sérialise tel quel avec ``json.dumps``.

    Returns:
        Le schéma : un ``dict`` de types JSON, avec une entrée de ``$defs`` par
        classe du modèle et par énumération.

    Raises:
        NotImplementedError: un validateur ou un type du modèle n'a pas de
            traduction connue (le modèle a changé sans ce module).

    >>> schema = schema_json()
    >>> schema["$defs"]["Teletravail"]["properties"]["jours_max"]["anyOf"][1]
    {'type': 'number', 'minimum': 0, 'maximum': 5}
    >>> schema["$defs"]["Employeur"]["properties"]["siren"]["anyOf"][0]["pattern"]
    '^(?:[0-9]{9})$(?!\\\\n)'
    >>> schema_json() is schema_json()
    False

    .. versionadded:: 0.1.0
    """
    return copy.deepcopy(_schema())
