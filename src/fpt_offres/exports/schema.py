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
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes as limites
from fpt_offres import nomenclature
from fpt_offres.conversion import VERSION_FORMAT, make_converter
from fpt_offres.exports._schema_motifs import (
    Schema,
    complet,
    entier_exact,
    motif_annees,
    motif_texte,
    schema_decimal,
)
from fpt_offres.exports._schema_regles import (
    CONTRAINTES_VALEUR,
    CROISES,
    IDENTIFIANTS,
    INVARIANTS_CLASSES,
    bornes,
    connu,
    sans_optionnel,
)
from fpt_offres.modele import BaseLegale, CadreEmplois, Grade, Offre
from fpt_offres.modele import statut as _statut

__all__ = ["NON_EXPRIMEES", "SCHEMA_ID", "schema_json"]

SCHEMA_ID = f"https://fpt-offres.example/schema/offre-v{VERSION_FORMAT}.json"
"""L'identifiant (``$id``) du schéma ; le domaine ``.example`` est réservé (RFC 2606)."""

_DRAFT = "https://json-schema.org/draft/2020-12/schema"


def _motif_date() -> str:
    """Une date AAAA-MM-JJ dans les années de :mod:`fpt_offres.bornes`."""
    debut, fin = limites.DATE_MIN, limites.DATE_MAX
    if (debut.month, debut.day, fin.month, fin.day) != (1, 1, 12, 31):
        msg = "bornes de dates qui ne sont pas des années entières : non traduites en motif"
        raise NotImplementedError(msg)
    return complet(f"(?:{motif_annees(debut.year, fin.year)})-[0-9]{{2}}-[0-9]{{2}}")


NON_EXPRIMEES: dict[str, str] = {
    "dates-ordre": "la date limite de candidature ne précède pas la date de publication",
    "fourchette-ordre": "le minimum d'une fourchette ou d'indices ne dépasse pas le maximum",
    "siret-siren": "un SIRET donné avec un SIREN commence par ce SIREN",
    "verbe-absent": "chaque verbe mis en avant figure dans le texte de son activité",
    "siren": "la clé de Luhn d'un SIREN",
    "siret": "la clé de Luhn d'un SIRET, ou la règle propre à La Poste",
    "nombre-fini": "un nombre fini : ni infini ni NaN, que le JSON standard n'a pas",
    "caractere-invalide": "un texte sans demi-paire de substitution UTF-16 (« \\ud800 » seul)",
    "courriel": "la syntaxe complète d'une adresse (email-validator : RFC 5321 et 6531) ; le "
    "schéma n'en dit que la forme nom@domaine.ext",
    "decimales": "au plus deux décimales pour un nombre JSON (une chaîne décimale le dit par "
    "son motif ; « multipleOf » se tromperait en virgule flottante)",
    "experience-ordre": "le maximum d'années d'expérience ne précède pas le minimum",
    "niveau-diplome-ordre": "le haut de la fourchette de niveaux de diplôme ne précède pas le bas",
    "prefixe-intitule": "l'intitulé commence par son préfixe",
    "tels-qu-ecrits-alignes": "les mots de l'offre (*_tels_qu_ecrits) vont un à un avec les codes voisins",
}
"""Les règles du convertisseur qu'aucun schéma JSON ne peut exprimer, par code de règle."""


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
            return schema_decimal(*bornes(validateurs))
        if type_ is datetime.date:
            return {
                "type": "string",
                "format": "date",
                "minLength": 10,
                "maxLength": 10,
                "pattern": _motif_date(),
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
                    membre, sans_optionnel(validateurs) if facultatif else validateurs, champ
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
        bas, haut = bornes(validateurs)
        if bas is not None:
            # Pour un entier, « > 0 » s'écrit « >= 1 ».
            schema["minimum"] = entier_exact(bas[0]) + (0 if bas[1] else 1)
        if haut is not None:
            schema["maximum"] = entier_exact(haut[0]) - (0 if haut[1] else 1)
        return schema

    def texte(self, validateurs: list[Any], champ: str) -> Schema:
        schema: Schema = {"type": "string", "maxLength": limites.TEXTE_MAX}
        for validateur in validateurs:
            if isinstance(validateur, v._Texte):
                schema.update(minLength=1, pattern=motif_texte())
            elif isinstance(validateur, v._Identifiant):
                schema.update(IDENTIFIANTS[validateur.verifier]())
            elif validateur in CONTRAINTES_VALEUR:
                schema.update(CONTRAINTES_VALEUR[validateur](self.defs))
            elif not connu(validateur):
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
                if not connu(validateur):
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
        croises = any(x in CROISES for c in attrs.fields(classe) for x in v.a_plat(c.validator))
        if croises or hasattr(classe, "__attrs_post_init__"):
            if classe not in INVARIANTS_CLASSES:
                msg = f"invariants croisés de {classe.__name__} : non traduits en schéma JSON"
                raise NotImplementedError(msg)
            fragments = INVARIANTS_CLASSES[classe]()
            if fragments:
                schema["allOf"] = fragments
        return schema


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
    """Le schéma JSON (draft 2020-12) du format JSON des offres, version :data:`~fpt_offres.conversion.VERSION_FORMAT`.

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
