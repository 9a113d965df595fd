"""Conversion entre :class:`~fpt_offres.Offre` et JSON, par un convertisseur cattrs strict.

Le modèle ignore tout de JSON : la conversion vit ici, en bordure. Le
convertisseur refuse les clés inconnues (rien n'est perdu en silence), refuse
les types approximatifs (``"12"`` pour un entier, ``1`` pour un booléen), écrit
les montants en chaînes décimales exactes, les dates en ISO 8601, les entrées
de nomenclature par leur code, et omet les valeurs par défaut.

Toute entrée fautive lève :class:`~fpt_offres.OffreInvalide`, qui porte tous
les problèmes trouvés avec leur chemin JSON, un message en français et la règle.

>>> from fpt_offres import exemples
>>> offre = exemples()[0]
>>> depuis_json(vers_json(offre)) == offre
True
>>> depuis_dict({"version": 1, "intitule": 12, "employeur": {"nom": "X", "type": "mairie"}})
Traceback (most recent call last):
...
fpt_offres.erreurs.OffreInvalide: offre invalide (2 problèmes)
- intitule : un texte attendu(e), reçu un entier (12) [type]
- employeur.type : valeur inconnue 'mairie' ; valeurs permises : 'commune', 'departement', ... [valeur-inconnue]
"""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import cache
from types import ModuleType
from typing import Any

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from fpt_offres import modele, nomenclature
from fpt_offres.conversion import _crochets as crochets
from fpt_offres.conversion import _doublons
from fpt_offres.conversion import _ecriture as ecriture
from fpt_offres.conversion._json_fr import charger
from fpt_offres.conversion._structure import est_optionnel, est_tuple_variable, structureur
from fpt_offres.conversion.migrations import VERSION_FORMAT, en_cours, probleme_de_version
from fpt_offres.erreurs import OffreInvalide, Probleme, ValeurInvalide
from fpt_offres.modele import BaseLegale, CadreEmplois, Grade, Offre, PriseDePoste

__all__ = [
    "TAILLE_MAX",
    "VERSION_FORMAT",
    "Convertisseur",
    "configure_converter",
    "depuis_dict",
    "depuis_json",
    "make_converter",
    "vers_dict",
    "vers_json",
]

TAILLE_MAX = 1_000_000
"""La taille maximale d'un document JSON d'offre, en caractères ou octets (les offres
réelles font quelques dizaines de kilo-octets) : au-delà, refus immédiat."""

_orjson: ModuleType | None
try:
    import orjson as _orjson
except ImportError:  # pragma: no cover - PyPy, sans roue orjson : json de la bibliothèque standard
    _orjson = None


def configure_converter(converter: cattrs.Converter) -> None:
    """Règle ``converter`` pour le format JSON de fpt_offres (types stricts, codes, ISO)."""
    _configurer(converter, textes_surs=False)


def _configurer(converter: cattrs.Converter, *, textes_surs: bool) -> None:
    """:func:`configure_converter` ; avec ``textes_surs``, pour un dict lu par orjson
    d'un document de taille permise, dont les textes n'ont pas à être revérifiés."""
    converter.register_structure_hook(str, crochets.texte(TAILLE_MAX))
    for type_, attendu in ((bool, "un booléen"), (int, "un entier")):
        converter.register_structure_hook(type_, crochets.strict(type_, attendu))
    converter.register_structure_hook(Decimal, crochets.nombre_decimal)
    # Jamais de notation scientifique (« 2E+3 ») : la forme que crochets.nombre_decimal relit.
    converter.register_unstructure_hook(Decimal, lambda d: format(d, "f"))
    converter.register_structure_hook(datetime.date, crochets.date_iso)
    converter.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    converter.register_structure_hook(datetime.date | PriseDePoste | None, crochets.prise_de_poste)
    # Enregistré aussi sur IntEnum, qui précède int dans l'ordre de résolution d'un
    # IntEnum (NiveauDiplome) : sans cela, le crochet strict des entiers le prendrait.
    for base in (enum.Enum, enum.IntEnum):
        converter.register_structure_hook(base, lambda v, t: crochets.enumeration(t)(v, t))
    # Et, pour chaque énumération du modèle, son crochet lié une fois pour toutes
    # (la classe exacte passe avant ses bases) ; écrite par ``_value_``, sans la
    # propriété ``value`` d'enum, lente.
    for classe in vars(modele).values():
        if isinstance(classe, type) and issubclass(classe, enum.Enum):
            converter.register_structure_hook(classe, crochets.enumeration(classe))
            converter.register_unstructure_hook(classe, ecriture.VALEUR)
    for classe, genre, par_code, chercher in (
        (Grade, "grade", nomenclature.grades_par_code, nomenclature.grade),
        (
            CadreEmplois,
            "cadre d'emplois",
            nomenclature.cadres_emplois_par_code,
            nomenclature.cadre_emplois,
        ),
        (BaseLegale, "base légale", nomenclature.bases_legales_par_code, nomenclature.base_legale),
    ):
        converter.register_structure_hook(classe, crochets.par_code(genre, par_code, chercher))
        converter.register_unstructure_hook(classe, lambda e: e.code)
    converter.register_structure_hook_factory(
        est_tuple_variable, lambda t: crochets.tuple_liste(converter, t)
    )
    converter.register_unstructure_hook_factory(
        est_tuple_variable, lambda t: ecriture.liste_de_tuple(converter, t)
    )
    converter.register_structure_hook_factory(
        est_optionnel, lambda t: crochets.optionnel(converter, t)
    )
    converter.register_unstructure_hook_factory(
        est_optionnel, lambda t: ecriture.optionnel_brut(converter, t)
    )
    converter.register_structure_hook_factory(
        attrs.has,
        lambda t: structureur(
            converter, t, TAILLE_MAX, crochets.pas_un_objet, textes_surs=textes_surs
        ),
    )
    converter.register_unstructure_hook_factory(
        attrs.has, lambda t: ecriture.destructureur(converter, t)
    )


class Convertisseur(cattrs.Converter):
    """Le convertisseur cattrs de fpt_offres ; il se sérialise avec pickle.

    Ses crochets sont des fonctions générées, que pickle ne sait pas copier : on
    transmet à la place la recette (:func:`make_converter`), pour que des
    processus de calcul (multiprocessing, Dask, Spark) reçoivent le leur.
    """

    def __reduce__(self) -> tuple[Callable[[], cattrs.Converter], tuple[()]]:
        return (make_converter, ())


def make_converter() -> cattrs.Converter:
    """Un nouveau convertisseur cattrs réglé pour fpt_offres.

    >>> import pickle
    >>> from fpt_offres import DureeContrat
    >>> convertisseur = pickle.loads(pickle.dumps(make_converter()))
    >>> convertisseur.structure({"mois": 12}, DureeContrat)
    DureeContrat(mois=12, minimum=False)
    """
    converter = Convertisseur(forbid_extra_keys=True, omit_if_default=True)
    configure_converter(converter)
    return converter


@cache
def _convertisseur() -> cattrs.Converter:
    return make_converter()


# --- traduction des erreurs ---------------------------------------------------------------


def _chemin(parent: str, note: object) -> str:
    if isinstance(note, AttributeValidationNote):
        return f"{parent}.{note.name}" if parent else note.name
    if isinstance(note, IterableValidationNote):
        return f"{parent}[{note.index}]"
    return parent


def _joindre(parent: str, champ: str | None) -> str:
    if not champ:
        return parent
    return f"{parent}{champ}" if champ.startswith("[") or not parent else f"{parent}.{champ}"


def _cle_citee(cle: object) -> str:
    return cle if isinstance(cle, str) else crochets.citer(cle)


def _problemes(erreur: BaseException, chemin: str) -> Iterator[Probleme]:
    for note in getattr(erreur, "__notes__", ()):
        chemin = _chemin(chemin, note)
    if isinstance(erreur, ClassValidationError | IterableValidationError):
        for sous_erreur in erreur.exceptions:
            yield from _problemes(sous_erreur, chemin)
    elif isinstance(erreur, ForbiddenExtraKeysError):
        # Une clé d'un dict Python peut n'être pas un texte (un entier, un tuple) : elle est
        # citée, et les clés triées par leur citation.
        for cle in sorted(map(_cle_citee, erreur.extra_fields)):
            yield Probleme(
                _joindre(chemin, cle), "clé inconnue (rien n'est ignoré en silence)", "cle-inconnue"
            )
    elif isinstance(erreur, KeyError):
        yield Probleme(chemin, "champ obligatoire manquant", "champ-manquant")
    elif isinstance(erreur, ValeurInvalide):
        yield Probleme(_joindre(chemin, erreur.champ), erreur.message, erreur.regle)
    elif isinstance(erreur, crochets.TypeInattendu):
        yield Probleme(chemin, str(erreur), "type")
    elif isinstance(erreur, TypeError | AttributeError):
        # cattrs reçoit une valeur d'une forme qu'il ne sait pas lire (un objet à la place d'un texte…)
        yield Probleme(
            chemin, "valeur de forme inattendue (objet, liste ou scalaire mal placé)", "type"
        )
    elif isinstance(erreur, RecursionError):
        yield Probleme(chemin, "imbrication trop profonde", "profondeur")
    else:
        # Rien d'autre ne doit s'échapper des points d'entrée : on le dit, avec son type.
        yield Probleme(chemin, f"valeur illisible ({type(erreur).__name__} : {erreur})", "type")


def depuis_dict(donnees: object) -> Offre:
    """L'offre que décrit ``donnees``, un dict de forme JSON.

    Raises:
        OffreInvalide: avec tous les problèmes trouvés.
    """
    if not isinstance(donnees, dict):
        raise OffreInvalide(
            [Probleme("", f"un objet JSON attendu, reçu {crochets.decrire(donnees)}", "type")]
        )
    return _lire_offre(dict(donnees), textes_surs=False)


def _lire_offre(corps: dict[str, Any], *, textes_surs: bool) -> Offre:
    """L'offre que décrit ``corps``, dont la clé ``"version"`` est retirée (il est modifié).

    ``textes_surs`` : ``corps`` vient d'orjson, qui refuse les demi-paires de
    substitution, et d'un document d'au plus :data:`TAILLE_MAX` caractères.
    """
    version = corps.pop("version", VERSION_FORMAT)
    probleme = probleme_de_version(version)
    if probleme is not None:
        raise OffreInvalide([probleme])
    if version != VERSION_FORMAT:
        corps = en_cours(version, corps)
    try:
        offre: Offre = _structurer_offre(textes_surs)(corps, Offre)
        return offre
    except (ClassValidationError, IterableValidationError, ValeurInvalide) as erreur:
        # from None : l'arbre d'exceptions de cattrs, imprimé avant la liste en français,
        # la noierait ; il reste dans __context__ pour qui veut le déboguer.
        raise OffreInvalide(_problemes(erreur, "")) from None
    except RecursionError:
        raise OffreInvalide([Probleme("", "imbrication trop profonde", "profondeur")]) from None


@cache
def _structurer_offre(textes_surs: bool) -> Callable[[Any, Any], Any]:
    # Appelé directement, sans la répartition de cattrs par type.
    if not textes_surs:
        return _convertisseur().get_structure_hook(Offre)
    converter = Convertisseur(forbid_extra_keys=True, omit_if_default=True)
    _configurer(converter, textes_surs=True)
    return converter.get_structure_hook(Offre)


def vers_dict(offre: Offre) -> dict[str, Any]:
    """La forme JSON de ``offre`` : un dict de types JSON, valeurs par défaut omises."""
    return {"version": VERSION_FORMAT, **_convertisseur().unstructure(offre)}


def depuis_json(texte: str | bytes) -> Offre:
    """L'offre que décrit le document JSON ``texte`` (``str`` ou ``bytes`` UTF-8).

    Une marque d'ordre des octets (BOM) en tête, qu'écrivent des outils Windows, est
    ignorée : elle n'est pas du contenu.

    Raises:
        OffreInvalide: document illisible ou offre invalide, avec tous les problèmes trouvés.
    """
    return lire_document(sans_bom(texte), premiere_ligne=1)


def sans_bom(texte: str | bytes) -> str | bytes:
    """``texte`` sans la marque d'ordre des octets UTF-8 qui peut le précéder."""
    if isinstance(texte, bytes):
        return texte.removeprefix(b"\xef\xbb\xbf")
    return texte.removeprefix("\ufeff")


def lire_document(texte: str | bytes, *, premiere_ligne: int) -> Offre:
    """:func:`depuis_json`, les lignes des erreurs comptées depuis ``premiere_ligne`` (JSON Lines)."""
    if len(texte) > TAILLE_MAX:
        raise OffreInvalide(
            [
                Probleme(
                    "",
                    f"document de {crochets.milliers(len(texte))} caractères : au-delà de "
                    f"{crochets.milliers(TAILLE_MAX)}, ce n'est pas une offre",
                    "taille",
                )
            ]
        )
    return _lire(texte, premiere_ligne)


def _lire(texte: str | bytes, premiere_ligne: int = 1) -> Offre:
    """:func:`depuis_json` sans la borne de taille (pour un texte que ce module a écrit)."""
    if _orjson is not None:
        offre = _lire_par_orjson(_orjson, texte)
        if offre is not None:
            return offre
    return _lire_par_json(texte, premiere_ligne)


def _lire_par_orjson(module: ModuleType, texte: str | bytes) -> Offre | None:
    """L'offre lue par orjson, ou ``None`` si json doit relire le document.

    json relit tout document qu'orjson refuse (pour les mêmes messages d'erreur, et
    parce que json lit aussi les entiers de plus de 64 bits), et tout document dont
    un nombre, lu en float par orjson, sert de valeur décimale ou fait une erreur
    (pour la valeur décimale exacte, ou l'erreur exacte).
    """
    try:
        donnees = module.loads(texte)
    except module.JSONDecodeError:
        return None
    if type(donnees) is not dict or _doublons.doublon_possible(module, texte, donnees):
        # json le relit et dit pourquoi ce n'est pas une offre, ou quelle clé est en double
        return None
    jeton = crochets.LU_PAR_ORJSON.set(True)
    try:
        return _lire_offre(donnees, textes_surs=True)  # le dict d'orjson peut être modifié
    except crochets.Flottant:
        return None
    finally:
        crochets.LU_PAR_ORJSON.reset(jeton)


def _lire_par_json(texte: str | bytes, premiere_ligne: int) -> Offre:
    donnees = charger(texte, premiere_ligne)
    doublons = _doublons.problemes(donnees)
    if doublons:
        raise OffreInvalide(doublons)
    return depuis_dict(donnees)


def _octets_orjson(offre: Offre, option: int = 0) -> bytes | None:
    """Le JSON de ``offre`` écrit par orjson, ou ``None`` sans orjson ou s'il faut json."""
    if _orjson is None:
        return None
    # orjson écrit lui-même tuples, énumérations et dates : l'écrivain natif les lui laisse.
    donnees = {
        "version": VERSION_FORMAT,
        **ecriture.destructureur_natif(_convertisseur(), Offre)(offre),
    }
    try:
        octets: bytes = _orjson.dumps(donnees, option=option)
    except _orjson.JSONEncodeError:
        return None  # un entier de plus de 64 bits : json l'écrit
    return octets


def vers_json(offre: Offre, *, indent: int | None = 2) -> str:
    """Le document JSON de ``offre`` (UTF-8 lisible, clés dans l'ordre du modèle).

    Indenté de ``indent`` espaces, ou compact (sans espace) si ``indent`` est ``None``.
    """
    if _orjson is not None and indent in (None, 2):
        octets = _octets_orjson(offre, _orjson.OPT_INDENT_2 if indent else 0)
        if octets is not None:
            return octets.decode()
    # check_circular : un dict écrit par vers_dict ne peut pas se contenir lui-même.
    separateurs = (",", ": ") if indent is not None else (",", ":")
    return json.dumps(
        vers_dict(offre),
        ensure_ascii=False,
        indent=indent,
        separators=separateurs,
        check_circular=False,
    )
