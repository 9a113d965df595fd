"""Le modèle d'une offre écrit avec msgspec, pour le banc de comparaison seulement.

Il reprend, classe par classe, :mod:`fpt_offres.modele` et son format JSON
(:func:`fpt_offres.vers_dict`) : ``Struct`` gelées, clés inconnues refusées
(``forbid_unknown_fields=True``), valeurs par défaut omises à l'écriture
(``omit_defaults=True``). msgspec est strict par défaut (un texte n'est pas un
entier, ``1`` n'est pas un booléen), lit les dates ISO et les ``Decimal``
depuis des chaînes, et les énumérations par valeur. Les contraintes qu'il sait
porter (bornes entières, motifs, longueurs) sont des ``Meta`` ; les autres
(bornes des ``Decimal``, SIREN et SIRET, départements, nomenclature, doublons,
invariants croisés) sont vérifiées dans ``__post_init__``, comme les
validateurs attrs et ``__attrs_post_init__`` de fpt_offres.

Différences de forme, non de travail :

- les grades, cadres d'emplois et bases légales restent des codes, vérifiés
  contre la nomenclature de fpt_offres : msgspec écrirait une classe attrs
  comme un objet complet, sans passer par ``enc_hook`` ;
- la prise de poste (une date ou « dès que possible ») passe par ``dec_hook`` :
  msgspec n'accepte pas une union de deux types écrits comme des chaînes ; les
  montants aussi, pour refuser comme fpt_offres « 5e1 » ou « ٥٠ » ;
- msgspec écrit un ``Decimal`` par ``str`` : « 1E-7 » là où fpt_offres écrit
  « 0.0000001 » (aucun montant du banc n'a cette forme) ;
- msgspec s'arrête à la première erreur (fpt_offres et pydantic les donnent
  toutes) ; son message porte le chemin (« at `$.employeur.type` »).

Le module ne dépend pas de fpt_offres à l'import ; la nomenclature n'est lue
qu'au premier usage.
"""

import abc
import datetime
import functools
import re
from collections.abc import Hashable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias

import msgspec
from enumerations import (
    Approximation,
    Categorie,
    CategoriePermis,
    DroitRgpd,
    EmploiFonctionnel,
    Exigence,
    Filiere,
    MotifRecrutement,
    NatureContrat,
    NatureRelation,
    NiveauDiplome,
    Ouverture,
    Periode,
    PriseDePoste,
    Public,
    RegimeTemps,
    Rythme,
    TypeAvantage,
    TypeEmployeur,
    TypeEtape,
    TypePiece,
    Versant,
)
from msgspec import Meta
from stdnum import exceptions as stdnum_exceptions
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

__all__ = ["Offre", "depuis_dict", "depuis_json", "vers_dict", "vers_json"]

# --- énumérations (copies de celles de fpt_offres, vérifiées par le banc) -------------------


# --- types contraints -------------------------------------------------------------------------

Texte = Annotated[str, Meta(max_length=1_000_000, pattern=r"\A(?!\s*\Z)[^\ud800-\udfff]*\Z")]
"""Un texte non vide, d'au plus un million de caractères, sans demi-paire de substitution
(fpt_offres : crochet des textes et validateur ``texte()``)."""

Courriel = Annotated[
    str,
    Meta(
        max_length=254,
        pattern=r"\A[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
        r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\Z",
    ),
]
CodePostal = Annotated[str, Meta(pattern=r"\A(?:0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}\Z")]
EntierPositif = Annotated[int, Meta(gt=0)]
EntierPositifOuNul = Annotated[int, Meta(ge=0)]


class _DateOuPriseDePoste(abc.ABC):  # noqa: B024  (marqueur, sans méthode abstraite)
    """Une date ou « dès que possible », que :func:`_dec_hook` lit."""


_DateOuPriseDePoste.register(datetime.date)
_DateOuPriseDePoste.register(PriseDePoste)

if TYPE_CHECKING:
    DateOuPriseDePoste: TypeAlias = datetime.date | PriseDePoste
else:
    DateOuPriseDePoste = _DateOuPriseDePoste


class _DecimalEnChiffres(abc.ABC):  # noqa: B024  (marqueur, sans méthode abstraite)
    """Un ``Decimal`` lu par :func:`_dec_hook`, qui voit le texte d'origine.

    msgspec lirait aussi « 5e1 » ou « NaN » ; fpt_offres n'accepte que des chiffres
    ASCII. À l'écriture, msgspec écrit le ``Decimal`` lui-même (``str``).
    """


_DecimalEnChiffres.register(Decimal)

if TYPE_CHECKING:
    DecimalEnChiffres: TypeAlias = Decimal
else:
    DecimalEnChiffres = _DecimalEnChiffres

_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")

_DATE_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _dec_hook(type_: type, valeur: Any) -> Any:
    if type_ is _DateOuPriseDePoste:
        if valeur == "des_que_possible":
            return PriseDePoste.DES_QUE_POSSIBLE
        if type(valeur) is str and _DATE_ISO.fullmatch(valeur):
            try:
                return datetime.date.fromisoformat(valeur)
            except ValueError:
                raise ValueError(f"la date {valeur!r} n'existe pas") from None
        raise ValueError('une date AAAA-MM-JJ ou "des_que_possible" attendue')
    if type_ is _DecimalEnChiffres:
        if type(valeur) is str:
            if not _DECIMAL.fullmatch(valeur):
                raise ValueError('un nombre décimal écrit en chiffres ("17.5") attendu')
            return Decimal(valeur)
        if type(valeur) is int:
            return Decimal(valeur)
        if type(valeur) is float:
            return Decimal(repr(valeur))
        raise ValueError("un nombre décimal attendu")
    raise TypeError(f"type non pris en charge : {type_!r}")


def _borne(
    valeur: Decimal | None,
    nom: str,
    *,
    minimum: int,
    maximum: int | None = None,
    min_inclus: bool = False,
) -> None:
    if valeur is None:
        return
    if not valeur.is_finite():
        raise ValueError(f"{nom} : {valeur} n'est pas un nombre fini")
    if (
        valeur < minimum
        or (not min_inclus and valeur == minimum)
        or (maximum is not None and valeur > maximum)
    ):
        raise ValueError(f"{nom} : {valeur} est hors des bornes")


def _ordre(debut: Any, fin: Any, message: str) -> None:
    if debut is not None and fin is not None and debut > fin:
        raise ValueError(message)


def _sans_doublon(valeurs: tuple[Hashable, ...], nom: str) -> None:
    if len(set(valeurs)) != len(valeurs):
        raise ValueError(f"{nom} : une valeur figure deux fois")


def _identifiant(numero: str, module: Any, nom: str) -> None:
    try:
        normal = str(module.validate(numero))
    except stdnum_exceptions.ValidationError:
        raise ValueError(f"le {nom} {numero!r} est invalide") from None
    if normal != numero:
        raise ValueError(f"écrire le {nom} sans espaces ni séparateurs : {normal!r}")


@functools.cache
def _departements() -> frozenset[str]:
    from fpt_offres import nomenclature  # noqa: PLC0415  (lue au premier usage)

    return frozenset(nomenclature.departements())


@functools.cache
def _grades() -> Mapping[str, object]:
    from fpt_offres import nomenclature  # noqa: PLC0415

    return nomenclature.grades_par_code()


@functools.cache
def _cadres() -> Mapping[str, object]:
    from fpt_offres import nomenclature  # noqa: PLC0415

    return nomenclature.cadres_emplois_par_code()


@functools.cache
def _bases() -> Mapping[str, object]:
    from fpt_offres import nomenclature  # noqa: PLC0415

    return nomenclature.bases_legales_par_code()


def _codes_connus(codes: tuple[str, ...], connus: Mapping[str, object], nom: str) -> None:
    for rang, code in enumerate(codes):
        if code not in connus:
            raise ValueError(f"{nom}[{rang}] : {code!r} n'est pas une entrée de la nomenclature")


# --- le modèle ------------------------------------------------------------------------------


class _Struct(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True):
    pass


class Chiffre(_Struct, frozen=True):
    valeur: EntierPositifOuNul
    approximation: Approximation = Approximation.EXACT


class Fourchette(_Struct, frozen=True):
    minimum: DecimalEnChiffres | None = None
    maximum: DecimalEnChiffres | None = None

    def __post_init__(self) -> None:
        _borne(self.minimum, "minimum", minimum=0)
        _borne(self.maximum, "maximum", minimum=0)
        if self.minimum is None and self.maximum is None:
            raise ValueError("une fourchette a au moins un minimum ou un maximum")
        _ordre(self.minimum, self.maximum, "le minimum dépasse le maximum")


class Adresse(_Struct, frozen=True):
    lignes: tuple[Texte, ...] = ()
    code_postal: CodePostal | None = None
    commune: Texte | None = None
    cedex: bool = False


class Rang(_Struct, frozen=True):
    position: EntierPositif
    ensemble: Texte


class Employeur(_Struct, frozen=True):
    nom: Texte | None = None
    sigle: Texte | None = None
    type: TypeEmployeur | None = None
    versant: Versant = Versant.TERRITORIALE
    siren: str | None = None
    siret: str | None = None
    departement: str | None = None
    adresse: Adresse | None = None
    site_web: Texte | None = None
    presentation: Texte | None = None
    nombre_agents: Chiffre | None = None
    nombre_directions: Chiffre | None = None
    nombre_communes: Chiffre | None = None
    nombre_habitants: Chiffre | None = None
    nombre_metiers: Chiffre | None = None
    labels: tuple[Texte, ...] = ()
    rang: Rang | None = None
    direction: Texte | None = None
    service: Texte | None = None
    rattachement: Texte | None = None

    def __post_init__(self) -> None:
        if self.siren is not None:
            _identifiant(self.siren, stdnum_siren, "SIREN")
        if self.siret is not None:
            _identifiant(self.siret, stdnum_siret, "SIRET")
            if self.siren is not None and self.siret[:9] != self.siren:
                raise ValueError("le SIRET n'appartient pas au SIREN")
        if self.departement is not None and self.departement not in _departements():
            raise ValueError(f"{self.departement!r} n'est pas un code de département connu")


class Corps(_Struct, frozen=True):
    libelle: Texte
    versant: Versant
    categorie: Categorie | None = None

    def __post_init__(self) -> None:
        if self.versant is Versant.TERRITORIALE:
            raise ValueError("un cadre d'emplois de la FPT se donne par la nomenclature")


class Statut(_Struct, frozen=True):
    categories: tuple[Categorie, ...] = ()
    filieres: tuple[Filiere, ...] = ()
    cadres_emplois: tuple[str, ...] = ()
    grades: tuple[str, ...] = ()
    corps: tuple[Corps, ...] = ()
    emploi_fonctionnel: EmploiFonctionnel | None = None
    categories_tels_qu_ecrits: tuple[Texte, ...] = ()

    def __post_init__(self) -> None:
        _sans_doublon(self.categories, "categories")
        _sans_doublon(self.filieres, "filieres")
        _sans_doublon(self.cadres_emplois, "cadres_emplois")
        _sans_doublon(self.grades, "grades")
        _sans_doublon(self.corps, "corps")
        if self.cadres_emplois:
            _codes_connus(self.cadres_emplois, _cadres(), "cadres_emplois")
        if self.grades:
            _codes_connus(self.grades, _grades(), "grades")


class DureeContrat(_Struct, frozen=True):
    mois: EntierPositif
    minimum: bool = False


class Contrat(_Struct, frozen=True):
    nature: NatureContrat | None = None
    bases_legales: tuple[str, ...] = ()
    duree: DureeContrat | None = None
    renouvelable: bool | None = None

    def __post_init__(self) -> None:
        if self.bases_legales:
            _codes_connus(self.bases_legales, _bases(), "bases_legales")
        if self.nature is NatureContrat.CDI and self.duree is not None:
            raise ValueError("un CDI n'a pas de durée")


class Horaire(_Struct, frozen=True):
    heures: Annotated[int, Meta(ge=0, le=168)]
    minutes: Annotated[int, Meta(ge=0, le=59)] = 0


class TempsTravail(_Struct, frozen=True):
    regimes: tuple[RegimeTemps, ...] = ()
    heures_hebdo: Horaire | None = None
    heures_annuelles: Annotated[int, Meta(ge=1, le=1607)] | None = None
    quotite: DecimalEnChiffres | None = None

    def __post_init__(self) -> None:
        _borne(self.quotite, "quotite", minimum=0, maximum=100)
        horaire = self.heures_hebdo
        if horaire is not None and RegimeTemps.NON_COMPLET in self.regimes:
            minutes = horaire.heures * 60 + horaire.minutes
            if not 0 < minutes < 35 * 60:
                raise ValueError("un temps non complet dure strictement entre 0 et 35 h")


class Teletravail(_Struct, frozen=True):
    eligible: bool
    jours_max: DecimalEnChiffres | None = None
    precision: Texte | None = None

    def __post_init__(self) -> None:
        _borne(self.jours_max, "jours_max", minimum=0, maximum=5, min_inclus=True)
        if not self.eligible and self.jours_max:
            raise ValueError("un poste non éligible au télétravail n'a pas de jours de télétravail")


class CycleTravail(_Struct, frozen=True):
    duree: Horaire
    jours_rtt: Annotated[int, Meta(ge=0, le=60)] | None = None


class OrganisationTravail(_Struct, frozen=True):
    cycles: tuple[CycleTravail, ...] = ()
    rythmes: tuple[Rythme, ...] = ()
    badgeage: bool | None = None
    horaires_variables: bool | None = None
    flexibilite_requise: bool | None = None
    astreintes: bool | None = None
    travail_week_end: bool | None = None
    precision: Texte | None = None


class ExigencePermis(_Struct, frozen=True):
    categorie: CategoriePermis
    exigence: Exigence = Exigence.EXIGEE
    motif: Texte | None = None
    tel_qu_ecrit: Texte | None = None


class Deplacements(_Struct, frozen=True):
    frequents: bool | None = None
    destinations: tuple[Texte, ...] = ()
    precision: Texte | None = None


class Conditions(_Struct, frozen=True):
    ouverture: Ouverture | None = None
    ouvert_laureats_concours: bool | None = None
    contrat: Contrat | None = None
    temps: TempsTravail | None = None
    teletravail: Teletravail | None = None
    organisation: OrganisationTravail | None = None
    permis: tuple[ExigencePermis, ...] = ()
    deplacements: Deplacements | None = None
    services_sur_site: tuple[Texte, ...] = ()
    residence_exigee_annees: EntierPositifOuNul | None = None


class LieuTravail(_Struct, frozen=True):
    libelle: Texte
    commune: Texte | None = None
    adresse: Adresse | None = None
    acces: tuple[Texte, ...] = ()
    a_partir_du: datetime.date | None = None
    precisions: tuple[Texte, ...] = ()


class Metier(_Struct, frozen=True):
    libelle: Texte | None = None
    code: Texte | None = None
    repertoire: Texte | None = None
    famille: Texte | None = None
    domaine: Texte | None = None


class Poste(_Struct, frozen=True):
    nombre: EntierPositif = 1
    motif: MotifRecrutement | None = None
    permanent: bool | None = None
    encadrement: EntierPositifOuNul | None = None
    lieux: tuple[LieuTravail, ...] = ()
    itinerant: bool | None = None
    presentation: Texte | None = None
    metier: Metier | None = None
    evolution: Texte | None = None


class Indices(_Struct, frozen=True):
    brut_min: EntierPositif | None = None
    brut_max: EntierPositif | None = None
    majore_min: EntierPositif | None = None
    majore_max: EntierPositif | None = None

    def __post_init__(self) -> None:
        _ordre(self.brut_min, self.brut_max, "l'indice brut minimal dépasse le maximal")
        _ordre(self.majore_min, self.majore_max, "l'indice majoré minimal dépasse le maximal")


class Salaire(_Struct, frozen=True):
    montant: Fourchette
    periode: Periode = Periode.MENSUELLE
    brut: bool = True
    public: Public = Public.TOUS
    libelle: Texte | None = None


class PartIndemnitaire(_Struct, frozen=True):
    groupe: Texte | None = None
    montant: Fourchette | None = None
    periode: Periode | None = None


class RegimeIndemnitaire(_Struct, frozen=True):
    rifseep: bool | None = None
    ifse: PartIndemnitaire | None = None
    cia: PartIndemnitaire | None = None
    libelle: Texte | None = None


class Nbi(_Struct, frozen=True):
    points: EntierPositif | None = None
    libelle: Texte | None = None


class Avantage(_Struct, frozen=True):
    type: TypeAvantage
    libelle: Texte | None = None
    taux: DecimalEnChiffres | None = None
    montant: Fourchette | None = None
    precision: Texte | None = None

    def __post_init__(self) -> None:
        _borne(self.taux, "taux", minimum=0, maximum=100)
        if self.type is TypeAvantage.AUTRE and self.libelle is None:
            raise ValueError("un avantage de type « autre » doit avoir un libellé")


class Remuneration(_Struct, frozen=True):
    statutaire: bool = False
    indices: Indices | None = None
    salaires: tuple[Salaire, ...] = ()
    regime_indemnitaire: RegimeIndemnitaire | None = None
    nbi: Nbi | None = None
    avantages: tuple[Avantage, ...] = ()
    precision: Texte | None = None


class Activite(_Struct, frozen=True):
    texte: Texte
    verbes: tuple[Texte, ...] = ()

    def __post_init__(self) -> None:
        for verbe in self.verbes:
            if verbe not in self.texte:
                raise ValueError(f"le verbe {verbe!r} ne figure pas dans le texte de l'activité")


class ThemeMissions(_Struct, frozen=True):
    intitule: Texte | None = None
    activites: tuple[Activite, ...] = ()


class Relation(_Struct, frozen=True):
    texte: Texte
    nature: NatureRelation | None = None


class Missions(_Struct, frozen=True):
    finalite: Texte | None = None
    themes: tuple[ThemeMissions, ...] = ()
    relations: tuple[Relation, ...] = ()


class Experience(_Struct, frozen=True):
    exigence: Exigence | None = None
    annees_min: EntierPositif | None = None
    domaine: Texte | None = None
    debutant_accepte: bool | None = None


class Profil(_Struct, frozen=True):
    niveau_diplome: NiveauDiplome | None = None
    niveau_diplome_tel_qu_ecrit: Texte | None = None
    diplomes: tuple[Texte, ...] = ()
    diplomes_souhaites: tuple[Texte, ...] = ()
    exigence_diplome: Exigence | None = None
    experience: Experience | None = None
    connaissances: tuple[Texte, ...] = ()
    savoir_faire: tuple[Texte, ...] = ()
    qualites: tuple[Texte, ...] = ()


class Calendrier(_Struct, frozen=True):
    date_publication: datetime.date | None = None
    date_limite_candidature: datetime.date | None = None
    prise_de_poste: DateOuPriseDePoste | None = None

    def __post_init__(self) -> None:
        _ordre(
            self.date_publication,
            self.date_limite_candidature,
            "la date limite précède la publication",
        )


class Piece(_Struct, frozen=True):
    type: TypePiece
    libelle: Texte | None = None


class EtapeRecrutement(_Struct, frozen=True):
    type: TypeEtape
    libelle: Texte | None = None


class Contact(_Struct, frozen=True):
    nom: Texte | None = None
    fonction: Texte | None = None
    telephone: Texte | None = None
    courriel: Courriel | None = None


class Candidature(_Struct, frozen=True):
    courriels: tuple[Courriel, ...] = ()
    url: Texte | None = None
    adresse: Adresse | None = None
    destinataire: Texte | None = None
    pieces: tuple[Piece, ...] = ()
    etapes: tuple[EtapeRecrutement, ...] = ()
    reponse_promise: bool | None = None
    contacts: tuple[Contact, ...] = ()


class MentionRgpd(_Struct, frozen=True):
    finalite: Texte | None = None
    responsable: Texte | None = None
    duree_conservation_mois: EntierPositif | None = None
    droits: tuple[DroitRgpd, ...] = ()
    contacts: tuple[Courriel, ...] = ()
    texte_de_reference: Texte | None = None


class Mentions(_Struct, frozen=True):
    rgpd: MentionRgpd | None = None
    accessibilite: Texte | None = None
    non_discrimination: Texte | None = None
    confidentialite: Texte | None = None


def _deux() -> Literal[2]:
    return 2


class Offre(_Struct, frozen=True, kw_only=True):
    # Une fabrique, et non un défaut : omit_defaults n'omet alors jamais la version.
    version: Literal[2] = msgspec.field(default_factory=_deux)
    intitule: Texte
    employeur: Employeur
    reference: Texte | None = None
    url: Texte | None = None
    poste: Poste = Poste()
    statut: Statut = Statut()
    conditions: Conditions = Conditions()
    remuneration: Remuneration = Remuneration()
    missions: Missions = Missions()
    profil: Profil = Profil()
    calendrier: Calendrier = Calendrier()
    candidature: Candidature = Candidature()
    mentions: Mentions = Mentions()


# --- conversions ----------------------------------------------------------------------------

_DECODEUR = msgspec.json.Decoder(Offre, dec_hook=_dec_hook)
_ENCODEUR = msgspec.json.Encoder()


TAILLE_MAX = 1_000_000
"""Comme fpt_offres : un document plus long n'est pas une offre."""


def depuis_json(texte: bytes | str) -> Offre:
    """L'offre que décrit le document JSON ``texte``."""
    if len(texte) > TAILLE_MAX:
        raise ValueError("document trop long pour une offre")
    return _DECODEUR.decode(texte)


def vers_json(offre: Offre) -> bytes:
    """Le document JSON de ``offre``, valeurs par défaut omises."""
    return _ENCODEUR.encode(offre)


def depuis_dict(donnees: object) -> Offre:
    """L'offre que décrit ``donnees``, un dict de forme JSON."""
    return msgspec.convert(donnees, Offre, dec_hook=_dec_hook)


def vers_dict(offre: Offre) -> Any:
    """La forme JSON de ``offre`` (dicts, listes, textes, nombres)."""
    return msgspec.to_builtins(offre)
