"""Le modèle d'une offre écrit avec pydantic v2, pour le banc de comparaison seulement.

Il reprend, classe par classe, :mod:`fpt_offres.modele` et son format JSON
(:func:`fpt_offres.vers_dict`) : modèles gelés, clés inconnues refusées
(``extra="forbid"``), textes, entiers et booléens stricts, montants ``Decimal``
lus depuis des chaînes, dates ISO, énumérations par valeur, grades, cadres
d'emplois et bases légales par leur code de nomenclature, valeurs par défaut
omises à l'écriture (``exclude_defaults=True``). Chaque validateur et chaque
vérification ``__attrs_post_init__`` de fpt_offres a son pendant ici, écrit
comme un utilisateur de pydantic l'écrirait : contrainte native quand pydantic
en a une (bornes, motif, longueur), fonction Python sinon.

Le module ne dépend pas de fpt_offres à l'import (ses énumérations sont
recopiées ; le banc vérifie qu'elles ont les mêmes valeurs) : son temps
d'import se compare ainsi à celui de ``import fpt_offres``. La nomenclature de
fpt_offres n'est lue qu'au premier grade, cadre d'emplois, base légale ou
département rencontré.

Quelques règles de fpt_offres demandent ici une fonction Python que pydantic
n'aurait pas sinon : dates et montants écrits strictement (pydantic lirait un
horodatage entier ou « 5e1 »), niveau de diplôme strictement entier, montants
écrits sans exposant.

Écarts connus, sans effet sur les offres du banc :

- le motif « texte non vide » (``\\S``) passe par le moteur d'expressions
  régulières de pydantic-core (Rust), pour qui les caractères de contrôle
  U+001C à U+001F ne sont pas des espaces ; ``str.strip`` les retire ;
- les erreurs d'un tuple sans doublon portent le chemin du tuple, pas du rang.
"""

import datetime
import functools
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

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
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    Strict,
    StringConstraints,
    model_validator,
)
from stdnum import exceptions as stdnum_exceptions
from stdnum.fr import siren as stdnum_siren
from stdnum.fr import siret as stdnum_siret

if TYPE_CHECKING:
    from typing import Self

    from fpt_offres.modele import BaseLegale, CadreEmplois, Grade

__all__ = ["Offre", "depuis_json"]

T = TypeVar("T")

# --- énumérations (copies de celles de fpt_offres, vérifiées par le banc) -------------------


# --- types contraints -------------------------------------------------------------------------

Texte = Annotated[str, Strict(), StringConstraints(max_length=1_000_000, pattern=r"\S")]
"""Un texte non vide, d'au plus un million de caractères (fpt_offres : crochet des textes
et validateur ``texte()``) ; pydantic refuse de lui-même les demi-paires de substitution."""

_MOTIF_COURRIEL = (
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
Courriel = Annotated[str, Strict(), StringConstraints(max_length=254, pattern=_MOTIF_COURRIEL)]
CodePostal = Annotated[
    str, Strict(), StringConstraints(pattern=r"^(?:0[1-9]|[1-8][0-9]|9[0-8])[0-9]{3}$")
]
Entier = Annotated[int, Strict()]
EntierPositif = Annotated[int, Strict(), Field(gt=0)]
EntierPositifOuNul = Annotated[int, Strict(), Field(ge=0)]
Booleen = Annotated[bool, Strict()]
_DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _decimal_en_chiffres(valeur: object) -> object:
    # pydantic lirait aussi « 5e1 », « 5_0 », « ٥٠ » ou « 50 » entouré d'espaces : fpt_offres non.
    if type(valeur) is str and not _DECIMAL.fullmatch(valeur):
        raise ValueError('un nombre décimal écrit en chiffres ("17.5") attendu')
    return valeur


def _ecrire_decimal(nombre: Decimal) -> str:
    return format(nombre, "f")  # jamais « 2E+3 », comme fpt_offres


Decimal_ = Annotated[
    Decimal, BeforeValidator(_decimal_en_chiffres), PlainSerializer(_ecrire_decimal)
]
Montant = Annotated[Decimal_, Field(gt=0, allow_inf_nan=False)]

_DATE_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _texte_de_date(valeur: object) -> object:
    # pydantic lirait aussi un horodatage entier ou « 2025-01-01T00:00:00 » : fpt_offres non.
    if type(valeur) is not str or not _DATE_ISO.fullmatch(valeur):
        raise ValueError("une date AAAA-MM-JJ attendue")
    return valeur


Date = Annotated[datetime.date, BeforeValidator(_texte_de_date)]


def _entier_strict(valeur: object) -> object:
    # En mode souple, pydantic lirait "7", 7.0 et true comme le niveau 7 : fpt_offres non.
    if type(valeur) is not int:
        raise ValueError("un entier attendu")
    return valeur


Niveau = Annotated[NiveauDiplome, BeforeValidator(_entier_strict)]


def _siren(numero: str) -> str:
    return _identifiant(numero, stdnum_siren, "SIREN")


def _siret(numero: str) -> str:
    return _identifiant(numero, stdnum_siret, "SIRET")


def _identifiant(numero: str, module: Any, nom: str) -> str:
    try:
        normal = str(module.validate(numero))
    except stdnum_exceptions.ValidationError:
        raise ValueError(f"le {nom} {numero!r} est invalide") from None
    if normal != numero:
        raise ValueError(f"écrire le {nom} sans espaces ni séparateurs : {normal!r}")
    return numero


Siren = Annotated[str, Strict(), AfterValidator(_siren)]
Siret = Annotated[str, Strict(), AfterValidator(_siret)]


@functools.cache
def _departements() -> frozenset[str]:
    from fpt_offres import nomenclature  # noqa: PLC0415  (lue au premier usage)

    return frozenset(nomenclature.departements())


def _departement(code: str) -> str:
    if code not in _departements():
        raise ValueError(f"{code!r} n'est pas un code de département connu")
    return code


Departement = Annotated[str, Strict(), AfterValidator(_departement)]


@functools.cache
def _grades() -> "Mapping[str, Grade]":
    from fpt_offres import nomenclature  # noqa: PLC0415

    return nomenclature.grades_par_code()


@functools.cache
def _cadres() -> "Mapping[str, CadreEmplois]":
    from fpt_offres import nomenclature  # noqa: PLC0415

    return nomenclature.cadres_emplois_par_code()


@functools.cache
def _bases() -> "Mapping[str, BaseLegale]":
    from fpt_offres import nomenclature  # noqa: PLC0415

    return nomenclature.bases_legales_par_code()


def _entree(genre: str, par_code: Any) -> Any:
    def valider(code: object) -> object:
        if type(code) is not str:
            raise ValueError(f"le code d'un(e) {genre} attendu")
        entree = par_code().get(code)
        if entree is None:
            raise ValueError(f"{code!r} n'est pas un code de {genre}")
        return entree

    return valider


def _code(entree: Any) -> str:
    return str(entree.code)


if TYPE_CHECKING:
    GradeFpt = Grade
    CadreEmploisFpt = CadreEmplois
    BaseLegaleFpt = BaseLegale
else:
    # L'objet de la nomenclature de fpt_offres, lu et écrit par son code.
    GradeFpt = Annotated[Any, PlainValidator(_entree("grade", _grades)), PlainSerializer(_code)]
    CadreEmploisFpt = Annotated[
        Any, PlainValidator(_entree("cadre d'emplois", _cadres)), PlainSerializer(_code)
    ]
    BaseLegaleFpt = Annotated[
        Any, PlainValidator(_entree("base légale", _bases)), PlainSerializer(_code)
    ]


def _sans_doublon(valeurs: tuple[T, ...]) -> tuple[T, ...]:
    if len(set(valeurs)) != len(valeurs):
        raise ValueError("une valeur figure deux fois")
    return valeurs


def _codes_sans_doublon(valeurs: tuple[Any, ...]) -> tuple[Any, ...]:
    if len({e.code for e in valeurs}) != len(valeurs):
        raise ValueError("une entrée figure deux fois")
    return valeurs


def _ordre(debut: Any, fin: Any, message: str) -> None:
    if debut is not None and fin is not None and debut > fin:
        raise ValueError(message)


# --- le modèle ------------------------------------------------------------------------------


class _Modele(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Chiffre(_Modele):
    valeur: EntierPositifOuNul
    approximation: Approximation = Approximation.EXACT


class Fourchette(_Modele):
    minimum: Montant | None = None
    maximum: Montant | None = None

    @model_validator(mode="after")
    def _verifier(self) -> "Self":
        if self.minimum is None and self.maximum is None:
            raise ValueError("une fourchette a au moins un minimum ou un maximum")
        _ordre(self.minimum, self.maximum, "le minimum dépasse le maximum")
        return self


class Adresse(_Modele):
    lignes: tuple[Texte, ...] = ()
    code_postal: CodePostal | None = None
    commune: Texte | None = None
    cedex: Booleen = False


class Rang(_Modele):
    position: EntierPositif
    ensemble: Texte


class Employeur(_Modele):
    nom: Texte | None = None
    sigle: Texte | None = None
    type: TypeEmployeur | None = None
    versant: Versant = Versant.TERRITORIALE
    siren: Siren | None = None
    siret: Siret | None = None
    departement: Departement | None = None
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

    @model_validator(mode="after")
    def _siret_du_siren(self) -> "Self":
        if self.siret is not None and self.siren is not None and self.siret[:9] != self.siren:
            raise ValueError("le SIRET n'appartient pas au SIREN")
        return self


class Corps(_Modele):
    libelle: Texte
    versant: Versant
    categorie: Categorie | None = None

    @model_validator(mode="after")
    def _hors_fpt(self) -> "Self":
        if self.versant is Versant.TERRITORIALE:
            raise ValueError("un cadre d'emplois de la FPT se donne par la nomenclature")
        return self


class Statut(_Modele):
    categories: Annotated[tuple[Categorie, ...], AfterValidator(_sans_doublon)] = ()
    filieres: Annotated[tuple[Filiere, ...], AfterValidator(_sans_doublon)] = ()
    cadres_emplois: Annotated[tuple[CadreEmploisFpt, ...], AfterValidator(_codes_sans_doublon)] = ()
    grades: Annotated[tuple[GradeFpt, ...], AfterValidator(_codes_sans_doublon)] = ()
    corps: Annotated[tuple[Corps, ...], AfterValidator(_sans_doublon)] = ()
    emploi_fonctionnel: EmploiFonctionnel | None = None
    categories_tels_qu_ecrits: tuple[Texte, ...] = ()


class DureeContrat(_Modele):
    mois: EntierPositif
    minimum: Booleen = False


class Contrat(_Modele):
    nature: NatureContrat | None = None
    bases_legales: tuple[BaseLegaleFpt, ...] = ()
    duree: DureeContrat | None = None
    renouvelable: Booleen | None = None

    @model_validator(mode="after")
    def _cdi_sans_duree(self) -> "Self":
        if self.nature is NatureContrat.CDI and self.duree is not None:
            raise ValueError("un CDI n'a pas de durée")
        return self


class Horaire(_Modele):
    heures: Annotated[int, Strict(), Field(ge=0, le=168)]
    minutes: Annotated[int, Strict(), Field(ge=0, le=59)] = 0


class TempsTravail(_Modele):
    regimes: tuple[RegimeTemps, ...] = ()
    heures_hebdo: Horaire | None = None
    heures_annuelles: Annotated[int, Strict(), Field(ge=1, le=1607)] | None = None
    quotite: Annotated[Decimal_, Field(gt=0, le=100, allow_inf_nan=False)] | None = None

    @model_validator(mode="after")
    def _heures_non_complet(self) -> "Self":
        horaire = self.heures_hebdo
        if horaire is not None and RegimeTemps.NON_COMPLET in self.regimes:
            minutes = horaire.heures * 60 + horaire.minutes
            if not 0 < minutes < 35 * 60:
                raise ValueError("un temps non complet dure strictement entre 0 et 35 h")
        return self


class Teletravail(_Modele):
    eligible: Booleen
    jours_max: Annotated[Decimal_, Field(ge=0, le=5, allow_inf_nan=False)] | None = None
    precision: Texte | None = None

    @model_validator(mode="after")
    def _non_eligible(self) -> "Self":
        if not self.eligible and self.jours_max:
            raise ValueError("un poste non éligible au télétravail n'a pas de jours de télétravail")
        return self


class CycleTravail(_Modele):
    duree: Horaire
    jours_rtt: Annotated[int, Strict(), Field(ge=0, le=60)] | None = None


class OrganisationTravail(_Modele):
    cycles: tuple[CycleTravail, ...] = ()
    rythmes: tuple[Rythme, ...] = ()
    badgeage: Booleen | None = None
    horaires_variables: Booleen | None = None
    flexibilite_requise: Booleen | None = None
    astreintes: Booleen | None = None
    travail_week_end: Booleen | None = None
    precision: Texte | None = None


class ExigencePermis(_Modele):
    categorie: CategoriePermis
    exigence: Exigence = Exigence.EXIGEE
    motif: Texte | None = None
    tel_qu_ecrit: Texte | None = None


class Deplacements(_Modele):
    frequents: Booleen | None = None
    destinations: tuple[Texte, ...] = ()
    precision: Texte | None = None


class Conditions(_Modele):
    ouverture: Ouverture | None = None
    ouvert_laureats_concours: Booleen | None = None
    contrat: Contrat | None = None
    temps: TempsTravail | None = None
    teletravail: Teletravail | None = None
    organisation: OrganisationTravail | None = None
    permis: tuple[ExigencePermis, ...] = ()
    deplacements: Deplacements | None = None
    services_sur_site: tuple[Texte, ...] = ()
    residence_exigee_annees: EntierPositifOuNul | None = None


class LieuTravail(_Modele):
    libelle: Texte
    commune: Texte | None = None
    adresse: Adresse | None = None
    acces: tuple[Texte, ...] = ()
    a_partir_du: Date | None = None
    precisions: tuple[Texte, ...] = ()


class Metier(_Modele):
    libelle: Texte | None = None
    code: Texte | None = None
    repertoire: Texte | None = None
    famille: Texte | None = None
    domaine: Texte | None = None


class Poste(_Modele):
    nombre: EntierPositif = 1
    motif: MotifRecrutement | None = None
    permanent: Booleen | None = None
    encadrement: EntierPositifOuNul | None = None
    lieux: tuple[LieuTravail, ...] = ()
    itinerant: Booleen | None = None
    presentation: Texte | None = None
    metier: Metier | None = None
    evolution: Texte | None = None


class Indices(_Modele):
    brut_min: EntierPositif | None = None
    brut_max: EntierPositif | None = None
    majore_min: EntierPositif | None = None
    majore_max: EntierPositif | None = None

    @model_validator(mode="after")
    def _ordres(self) -> "Self":
        _ordre(self.brut_min, self.brut_max, "l'indice brut minimal dépasse le maximal")
        _ordre(self.majore_min, self.majore_max, "l'indice majoré minimal dépasse le maximal")
        return self


class Salaire(_Modele):
    montant: Fourchette
    periode: Periode = Periode.MENSUELLE
    brut: Booleen = True
    public: Public = Public.TOUS
    libelle: Texte | None = None


class PartIndemnitaire(_Modele):
    groupe: Texte | None = None
    montant: Fourchette | None = None
    periode: Periode | None = None


class RegimeIndemnitaire(_Modele):
    rifseep: Booleen | None = None
    ifse: PartIndemnitaire | None = None
    cia: PartIndemnitaire | None = None
    libelle: Texte | None = None


class Nbi(_Modele):
    points: EntierPositif | None = None
    libelle: Texte | None = None


class Avantage(_Modele):
    type: TypeAvantage
    libelle: Texte | None = None
    taux: Annotated[Decimal_, Field(gt=0, le=100, allow_inf_nan=False)] | None = None
    montant: Fourchette | None = None
    precision: Texte | None = None

    @model_validator(mode="after")
    def _autre_libelle(self) -> "Self":
        if self.type is TypeAvantage.AUTRE and self.libelle is None:
            raise ValueError("un avantage de type « autre » doit avoir un libellé")
        return self


class Remuneration(_Modele):
    statutaire: Booleen = False
    indices: Indices | None = None
    salaires: tuple[Salaire, ...] = ()
    regime_indemnitaire: RegimeIndemnitaire | None = None
    nbi: Nbi | None = None
    avantages: tuple[Avantage, ...] = ()
    precision: Texte | None = None


class Activite(_Modele):
    texte: Texte
    verbes: tuple[Texte, ...] = ()

    @model_validator(mode="after")
    def _verbes_dans_texte(self) -> "Self":
        for verbe in self.verbes:
            if verbe not in self.texte:
                raise ValueError(f"le verbe {verbe!r} ne figure pas dans le texte de l'activité")
        return self


class ThemeMissions(_Modele):
    intitule: Texte | None = None
    activites: tuple[Activite, ...] = ()


class Relation(_Modele):
    texte: Texte
    nature: NatureRelation | None = None


class Missions(_Modele):
    finalite: Texte | None = None
    themes: tuple[ThemeMissions, ...] = ()
    relations: tuple[Relation, ...] = ()


class Experience(_Modele):
    exigence: Exigence | None = None
    annees_min: EntierPositif | None = None
    domaine: Texte | None = None
    debutant_accepte: Booleen | None = None


class Profil(_Modele):
    niveau_diplome: Niveau | None = None
    niveau_diplome_tel_qu_ecrit: Texte | None = None
    diplomes: tuple[Texte, ...] = ()
    diplomes_souhaites: tuple[Texte, ...] = ()
    exigence_diplome: Exigence | None = None
    experience: Experience | None = None
    connaissances: tuple[Texte, ...] = ()
    savoir_faire: tuple[Texte, ...] = ()
    qualites: tuple[Texte, ...] = ()


class Calendrier(_Modele):
    date_publication: Date | None = None
    date_limite_candidature: Date | None = None
    prise_de_poste: Date | PriseDePoste | None = Field(default=None, union_mode="left_to_right")

    @model_validator(mode="after")
    def _dates_ordre(self) -> "Self":
        _ordre(
            self.date_publication,
            self.date_limite_candidature,
            "la date limite précède la publication",
        )
        return self


class Piece(_Modele):
    type: TypePiece
    libelle: Texte | None = None


class EtapeRecrutement(_Modele):
    type: TypeEtape
    libelle: Texte | None = None


class Contact(_Modele):
    nom: Texte | None = None
    fonction: Texte | None = None
    telephone: Texte | None = None
    courriel: Courriel | None = None


class Candidature(_Modele):
    courriels: tuple[Courriel, ...] = ()
    url: Texte | None = None
    adresse: Adresse | None = None
    destinataire: Texte | None = None
    pieces: tuple[Piece, ...] = ()
    etapes: tuple[EtapeRecrutement, ...] = ()
    reponse_promise: Booleen | None = None
    contacts: tuple[Contact, ...] = ()


class MentionRgpd(_Modele):
    finalite: Texte | None = None
    responsable: Texte | None = None
    duree_conservation_mois: EntierPositif | None = None
    droits: tuple[DroitRgpd, ...] = ()
    contacts: tuple[Courriel, ...] = ()
    texte_de_reference: Texte | None = None


class Mentions(_Modele):
    rgpd: MentionRgpd | None = None
    accessibilite: Texte | None = None
    non_discrimination: Texte | None = None
    confidentialite: Texte | None = None


def _version(valeur: object) -> object:
    # La version est toujours écrite, comme vers_dict : son défaut (None) devient 2,
    # et exclude_defaults ne l'omet donc jamais.
    return 2 if valeur is None else valeur


class Offre(_Modele):
    version: Annotated[Literal[2], BeforeValidator(_version)] = Field(
        default=None, validate_default=True
    )
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


TAILLE_MAX = 1_000_000
"""Comme fpt_offres : un document plus long n'est pas une offre."""


def depuis_json(texte: bytes | str) -> Offre:
    """L'offre que décrit le document JSON ``texte`` (refusé au-delà de ``TAILLE_MAX``)."""
    if len(texte) > TAILLE_MAX:
        raise ValueError("document trop long pour une offre")
    return Offre.model_validate_json(texte)
