"""L'employeur : qui recrute, de quel versant, où, et quelques chiffres sur lui.

Sources : CGFP art. L4 (employeurs territoriaux) ; INSEE, répertoire SIRENE
(SIREN, SIRET) ; INSEE, code officiel géographique (codes des départements).
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.commun import Adresse, Chiffre, ChiffreCle, departement_connu
from fpt_offres.modele.statut import Versant

__all__ = ["Employeur", "Rang", "TypeEmployeur"]


class TypeEmployeur(enum.Enum):
    """La nature juridique de l'employeur.

    :attr:`famille` donne le regroupement grossier des tableaux de bord
    (les métropoles, communautés et syndicats y sont des ``"epci"``).
    """

    COMMUNE = "commune"
    DEPARTEMENT = "departement"
    REGION = "region"
    COLLECTIVITE_STATUT_PARTICULIER = "collectivite_statut_particulier"
    METROPOLE = "metropole"
    COMMUNAUTE_URBAINE = "communaute_urbaine"
    COMMUNAUTE_AGGLOMERATION = "communaute_agglomeration"
    COMMUNAUTE_COMMUNES = "communaute_communes"
    ETABLISSEMENT_PUBLIC_TERRITORIAL = "etablissement_public_territorial"
    SYNDICAT_COMMUNES = "syndicat_communes"
    SYNDICAT_MIXTE = "syndicat_mixte"
    PETR = "petr"
    COOPERATION_TERRITORIALE = "cooperation_territoriale"
    """Un groupement de collectivités dont l'offre ne dit pas la forme (EPCI, syndicat,
    PETR…) : le classement « Structures de coopération territoriale » des sites d'offres,
    ou un employeur « intercommunal » sans autre précision."""
    CENTRE_DE_GESTION = "cdg"
    CNFPT = "cnfpt"
    CCAS = "ccas"
    CIAS = "cias"
    CAISSE_DES_ECOLES = "caisse_des_ecoles"
    SDIS = "sdis"
    OFFICE_PUBLIC_HABITAT = "oph"
    ETABLISSEMENT_PUBLIC_LOCAL = "etablissement_public"
    SERVICE_ETAT = "etat"
    ETABLISSEMENT_PUBLIC_ETAT = "etablissement_public_etat"
    HOPITAL = "hopital"
    ETABLISSEMENT_SOCIAL_MEDICO_SOCIAL = "etablissement_social_medico_social"
    PROVINCE = "province"
    ORGANISME_TRANSFRONTALIER = "organisme_transfrontalier"
    AUTRE = "autre"

    @property
    def famille(self) -> str:
        """Le regroupement des tableaux de bord et des faits des offres d'exemple.

        >>> TypeEmployeur.METROPOLE.famille
        'epci'
        >>> TypeEmployeur.CIAS.famille
        'ccas'
        """
        return _FAMILLES.get(self, self.value)


_FAMILLES = {
    TypeEmployeur.METROPOLE: "epci",
    TypeEmployeur.COMMUNAUTE_URBAINE: "epci",
    TypeEmployeur.COMMUNAUTE_AGGLOMERATION: "epci",
    TypeEmployeur.COMMUNAUTE_COMMUNES: "epci",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_TERRITORIAL: "epci",
    TypeEmployeur.SYNDICAT_COMMUNES: "epci",
    TypeEmployeur.SYNDICAT_MIXTE: "epci",
    TypeEmployeur.PETR: "epci",
    TypeEmployeur.COOPERATION_TERRITORIALE: "epci",
    TypeEmployeur.CIAS: "ccas",
    TypeEmployeur.CNFPT: "etablissement_public",
    TypeEmployeur.CAISSE_DES_ECOLES: "etablissement_public",
    TypeEmployeur.OFFICE_PUBLIC_HABITAT: "etablissement_public",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_ETAT: "etat",
    TypeEmployeur.ETABLISSEMENT_SOCIAL_MEDICO_SOCIAL: "hopital",
    TypeEmployeur.PROVINCE: "collectivite_statut_particulier",
    TypeEmployeur.ORGANISME_TRANSFRONTALIER: "autre",
}


def _siret_du_siren(instance: Employeur, _attribut: Any, siret: str | None) -> None:
    if siret is not None and instance.siren is not None and siret[:9] != instance.siren:
        raise ValeurInvalide(
            f"le SIRET {siret} n'appartient pas au SIREN {instance.siren} (ses 9 premiers chiffres)",
            champ="siret",
            regle="siret-siren",
        )


@attrs.frozen(kw_only=True, field_transformer=typer)
class Rang:
    """La place que l'offre donne à l'employeur dans un classement.

    Attributes:
        position: le rang, 1 pour le premier.
        ensemble: ce dont il est le N-ième, tel qu'écrit après l'ordinal
            (« Communauté d'Agglomération la plus peuplée des Alpes-Maritimes »).

    >>> Rang(position=2, ensemble="Communauté d'Agglomération la plus peuplée du département")
    Rang(position=2, ensemble="Communauté d'Agglomération la plus peuplée du département")
    """

    position: int = attrs.field(validator=v.positif(maximum=bornes.CHIFFRE_MAX))
    ensemble: str = attrs.field(validator=v.texte())


@attrs.frozen(kw_only=True, field_transformer=typer)
class Employeur:
    """L'employeur qui publie l'offre.

    Attributes:
        nom: le nom tel que l'offre l'écrit (« Département de la Marne ») ;
            ``None`` quand l'offre ne le nomme pas (un paragraphe de présentation,
            une case « Employeur » vide).
        sigle: le sigle que l'offre lui donne (« C.A.C.P.L. »), tel qu'écrit.
        type: la nature juridique ; ``None`` quand l'offre ne la dit pas (rien
            n'est supposé, pas même « autre »).
        versant: la fonction publique dont il relève.
        siren: 9 chiffres, clé vérifiée.
        siret: 14 chiffres, clé vérifiée (règle de La Poste comprise).
        departement: code INSEE du département ou de la collectivité d'outre-mer.
        departement_tel_qu_ecrit: le département tel que l'offre l'écrit (« Vendée (85) »).
        adresse: l'adresse du siège ou du service.
        site_web: l'adresse de son site.
        presentation: ce que l'offre dit de lui.
        nombre_agents: le nombre d'agents que l'offre donne.
        nombre_directions: le nombre de directions ou pôles.
        nombre_communes: le nombre de communes (intercommunalités).
        nombre_habitants: le nombre d'habitants du territoire.
        nombre_metiers: le nombre de métiers exercés chez l'employeur.
        labels: les labels qu'il met en avant (« Diversité », « Égalité »).
        chiffres: ses autres chiffres (budget, kilomètres de routes, nombre de sites…).
        rang: sa place dans un classement que l'offre cite (« deuxième communauté
            d'agglomération la plus peuplée du département »).
        organisme_rattachement: l'organisme dont il relève, tel qu'écrit
            (« Ministère de l'Intérieur », ou la famille « Communes » d'un site d'offres).
        pole: le niveau au-dessus de la direction (direction générale adjointe, pôle,
            sous-direction).
        direction: la direction ou délégation où se trouve le poste.
        service: le service où se trouve le poste.
        bureau: le bureau, la section ou l'unité sous le service.
        rattachement: à qui le poste rend compte (rattachement hiérarchique).
        rattachement_fonctionnel: le rattachement fonctionnel, quand l'offre le distingue.
    """

    nom: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    sigle: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    type: TypeEmployeur | None = None
    versant: Versant = Versant.TERRITORIALE
    siren: str | None = attrs.field(default=None, validator=v.optionnel(v.siren()))
    siret: str | None = attrs.field(
        default=None, validator=[v.optionnel(v.siret()), _siret_du_siren]
    )
    departement: str | None = attrs.field(default=None, validator=v.optionnel(departement_connu))
    departement_tel_qu_ecrit: str | None = attrs.field(
        default=None, validator=v.optionnel(v.texte())
    )
    adresse: Adresse | None = None
    site_web: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    presentation: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    nombre_agents: Chiffre | None = None
    nombre_directions: Chiffre | None = None
    nombre_communes: Chiffre | None = None
    nombre_habitants: Chiffre | None = None
    nombre_metiers: Chiffre | None = None
    labels: tuple[str, ...] = attrs.field(default=(), validator=v.chaque(v.texte()))
    chiffres: tuple[ChiffreCle, ...] = ()
    rang: Rang | None = None
    organisme_rattachement: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    pole: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    direction: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    service: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    bureau: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    rattachement: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    rattachement_fonctionnel: str | None = attrs.field(
        default=None, validator=v.optionnel(v.texte())
    )
