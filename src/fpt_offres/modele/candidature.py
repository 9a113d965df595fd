"""Le calendrier, la façon de candidater et les mentions (RGPD, accessibilité, confidentialité).

Sources : durée minimale de publication d'un mois (CGFP art. D311-2) ;
information des personnes dont on collecte les données (RGPD art. 13) ;
non-discrimination (CGFP L131-1 et suivants).
"""

from __future__ import annotations

import datetime
import enum

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.modele.commun import Adresse, Exigence, HeureJour

__all__ = [
    "Calendrier",
    "Candidature",
    "Contact",
    "DroitRgpd",
    "EtapeRecrutement",
    "MentionRgpd",
    "Mentions",
    "Piece",
    "PriseDePoste",
    "TypeEtape",
    "TypePiece",
]


class PriseDePoste(enum.Enum):
    """Une prise de poste qui n'est pas une date."""

    DES_QUE_POSSIBLE = "des_que_possible"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Calendrier:
    """Les dates de l'offre.

    La date limite ne peut précéder la publication. Une prise de poste antérieure
    à la date limite se voit dans les vraies offres et reste représentable.

    Attributes:
        date_publication: la date de dépôt ou de publication.
        date_limite_candidature: la date limite (ou de fin de publicité).
        heure_limite: l'heure de la date limite (« avant le 3 novembre à 12 h »).
        prise_de_poste: une date, ou « dès que possible ».
        debut_diffusion: le début de diffusion sur le site d'offres, distinct de la publication.
        fin_diffusion: la fin de diffusion sur le site d'offres, distincte de la date limite.
        date_vacance: la date de vacance de l'emploi, distincte de la prise de poste.
    """

    date_publication: datetime.date | None = None
    date_limite_candidature: datetime.date | None = None
    heure_limite: HeureJour | None = None
    prise_de_poste: datetime.date | PriseDePoste | None = None
    debut_diffusion: datetime.date | None = None
    fin_diffusion: datetime.date | None = None
    date_vacance: datetime.date | None = None

    def __attrs_post_init__(self) -> None:
        v.verifier_ordre(
            self.date_publication,
            self.date_limite_candidature,
            champ="date_limite_candidature",
            regle="dates-ordre",
            message="la date limite {fin} précède la publication {debut}",
        )


class TypePiece(enum.Enum):
    """Les pièces qu'une candidature demande."""

    CV = "cv"
    LETTRE_MOTIVATION = "lettre_motivation"
    DERNIER_ARRETE = "dernier_arrete"
    DERNIERS_ENTRETIENS = "derniers_entretiens"
    DIPLOMES = "diplomes"
    ATTESTATION_CONCOURS = "attestation_concours"
    AUTRE = "autre"


@attrs.frozen(kw_only=True, field_transformer=typer)
class Piece:
    """Une pièce demandée.

    Attributes:
        type: la nature de la pièce.
        libelle: les mots de l'offre (« CV détaillé »).
        exigence: exigée ou facultative (souhaitée), quand l'offre le dit.
    """

    type: TypePiece
    libelle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    exigence: Exigence | None = None


class TypeEtape(enum.Enum):
    """Les étapes du recrutement qu'une offre annonce."""

    PRESELECTION = "preselection"
    ENTRETIEN_VISIOCONFERENCE = "entretien_visioconference"
    ENTRETIEN_PRESENTIEL = "entretien_presentiel"
    CAS_PRATIQUE = "cas_pratique"
    TEST = "test"
    JURY = "jury"
    AUTRE = "autre"


@attrs.frozen(kw_only=True, field_transformer=typer)
class EtapeRecrutement:
    """Une étape du recrutement.

    Attributes:
        type: la nature de l'étape.
        libelle: les mots de l'offre ; obligatoire en pratique pour ``AUTRE``.
    """

    type: TypeEtape
    libelle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Contact:
    """Une personne à contacter pour des renseignements.

    Attributes:
        nom: son nom.
        fonction: sa fonction (« responsable du service recrutement »).
        telephone: son numéro, tel qu'écrit.
        courriel: son adresse électronique.
    """

    nom: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    fonction: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    telephone: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    courriel: str | None = attrs.field(default=None, validator=v.optionnel(v.courriel()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Candidature:
    """Comment candidater.

    Attributes:
        courriels: les adresses où envoyer la candidature.
        url: le lien de candidature en ligne.
        adresse: l'adresse postale.
        destinataire: à l'attention de qui (« Monsieur le Président »).
        pieces: les pièces demandées.
        etapes: les étapes annoncées du recrutement.
        reponse_promise: vrai quand l'offre promet une réponse à chacun.
        contacts: les personnes à contacter pour des renseignements.
        site: le site de l'employeur ou le portail de candidature, quand l'offre y
            renvoie sans lien de candidature direct.
        voie_hierarchique: vrai quand la candidature passe « par la voie hiérarchique ».
        exclusivement_courriel: vrai quand l'offre n'accepte que les candidatures par courriel.
        reference_a_rappeler: la référence à citer dans la candidature.
        formats: le format de fichier demandé, tel qu'écrit (« PDF »).
    """

    courriels: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.courriel()))
    url: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    adresse: Adresse | None = None
    destinataire: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    pieces: tuple[Piece, ...] = ()
    etapes: tuple[EtapeRecrutement, ...] = ()
    reponse_promise: bool | None = None
    contacts: tuple[Contact, ...] = ()
    site: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    voie_hierarchique: bool | None = None
    exclusivement_courriel: bool | None = None
    reference_a_rappeler: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    formats: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


class DroitRgpd(enum.Enum):
    """Les droits des personnes (RGPD art. 15 à 22)."""

    ACCES = "acces"
    RECTIFICATION = "rectification"
    EFFACEMENT = "effacement"
    LIMITATION = "limitation"
    OPPOSITION = "opposition"
    PORTABILITE = "portabilite"


@attrs.frozen(kw_only=True, field_transformer=typer)
class MentionRgpd:
    """La notice d'information sur le traitement des données des candidats.

    Attributes:
        finalite: à quoi servent les données.
        responsable: qui les traite.
        duree_conservation_mois: combien de temps elles sont gardées.
        droits: les droits rappelés.
        contacts: les adresses où exercer ces droits.
        texte_de_reference: la loi citée (« loi Informatique et Libertés du 6 janvier 1978 »).
    """

    finalite: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    responsable: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    duree_conservation_mois: int | None = attrs.field(
        default=None, validator=v.optionnel(v.positif(maximum=bornes.MOIS_MAX))
    )
    droits: tuple[DroitRgpd, ...] = ()
    contacts: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.courriel()))
    texte_de_reference: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


@attrs.frozen(kw_only=True, field_transformer=typer)
class Mentions:
    """Les mentions qui accompagnent l'offre.

    Attributes:
        rgpd: la notice sur les données personnelles.
        accessibilite: la déclaration d'ouverture aux personnes en situation de handicap.
        non_discrimination: l'engagement contre les discriminations.
        confidentialite: le devoir de confidentialité ou de discrétion demandé.
    """

    rgpd: MentionRgpd | None = None
    accessibilite: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    non_discrimination: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    confidentialite: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
