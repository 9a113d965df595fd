"""Les énumérations du modèle, recopiées pour les modèles concurrents du banc.

Recopiées plutôt qu"importées de :mod:`fpt_offres.modele` : importer ce module
exécuterait le ``__init__`` du paquet fpt_offres, et la mesure du temps
d"import des modèles concurrents compterait fpt_offres. Une seule copie sert
pydantic et msgspec ; ``bench_comparaison`` vérifie à chaque lancement qu"elle
est identique aux énumérations de fpt_offres.
"""

from __future__ import annotations

import enum

__all__ = [
    "ENUMERATIONS",
    "Approximation",
    "Categorie",
    "CategoriePermis",
    "DroitRgpd",
    "EmploiFonctionnel",
    "Exigence",
    "Filiere",
    "MotifRecrutement",
    "NatureContrat",
    "NatureRelation",
    "NiveauDiplome",
    "Ouverture",
    "Periode",
    "PriseDePoste",
    "Public",
    "RegimeTemps",
    "Rythme",
    "TypeAvantage",
    "TypeEmployeur",
    "TypeEtape",
    "TypePiece",
    "Versant",
]


class Approximation(enum.Enum):
    EXACT = "exact"
    PLUS_DE = "plus_de"
    PRES_DE = "pres_de"
    ENVIRON = "environ"
    MOINS_DE = "moins_de"


class Exigence(enum.Enum):
    EXIGEE = "exigee"
    SOUHAITEE = "souhaitee"


class TypeEmployeur(enum.Enum):
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


class Categorie(enum.Enum):
    A_PLUS = "A+"
    A = "A"
    B = "B"
    C = "C"


class Filiere(enum.Enum):
    ADMINISTRATIVE = "administrative"
    TECHNIQUE = "technique"
    CULTURELLE = "culturelle"
    SPORTIVE = "sportive"
    ANIMATION = "animation"
    SOCIALE = "sociale"
    MEDICO_SOCIALE = "médico-sociale"
    MEDICO_TECHNIQUE = "médico-technique"
    POLICE_MUNICIPALE = "police municipale"
    SAPEURS_POMPIERS = "sapeurs-pompiers professionnels"


class Versant(enum.Enum):
    TERRITORIALE = "territoriale"
    ETAT = "etat"
    HOSPITALIERE = "hospitaliere"
    NOUVELLE_CALEDONIE = "nouvelle-caledonie"


class EmploiFonctionnel(enum.Enum):
    DGS = "dgs"
    DGA = "dga"
    DGST = "dgst"
    DST = "dst"
    DIRECTEUR_GENERAL_ETABLISSEMENT = "dg-etablissement"
    DIRECTEUR_GENERAL_ADJOINT_ETABLISSEMENT = "dga-etablissement"
    DIRECTEUR_SDIS = "directeur-sdis"
    DIRECTEUR_ADJOINT_SDIS = "directeur-adjoint-sdis"


class Ouverture(enum.Enum):
    TITULAIRES = "titulaires"
    CONTRACTUELS = "contractuels"
    TITULAIRES_ET_CONTRACTUELS = "titulaires_et_contractuels"
    PRIORITAIREMENT_TITULAIRES = "prioritairement_titulaires"
    CONTRACTUELS_A_DEFAUT = "contractuels_a_defaut"


class NatureContrat(enum.Enum):
    CDD = "cdd"
    CDI = "cdi"


class CategoriePermis(enum.Enum):
    AM = "AM"
    A1 = "A1"
    A2 = "A2"
    A = "A"
    B1 = "B1"
    B = "B"
    BE = "BE"
    C1 = "C1"
    C1E = "C1E"
    C = "C"
    CE = "CE"
    D1 = "D1"
    D1E = "D1E"
    D = "D"
    DE = "DE"


class RegimeTemps(enum.Enum):
    COMPLET = "complet"
    NON_COMPLET = "non_complet"
    PARTIEL = "partiel"


class Rythme(enum.Enum):
    CINQ_JOURS = "cinq_jours_semaine"
    QUATRE_JOURS_ET_DEMI = "quatre_jours_et_demi_semaine"
    QUATRE_JOURS = "quatre_jours_semaine"
    NEUF_JOURS_QUINZAINE = "neuf_jours_quinzaine"


class MotifRecrutement(enum.Enum):
    CREATION = "creation"
    VACANCE = "vacance"
    REMPLACEMENT = "remplacement"
    ACCROISSEMENT_TEMPORAIRE = "accroissement_temporaire"
    ACCROISSEMENT_SAISONNIER = "accroissement_saisonnier"
    PROJET = "projet"
    FIN_DE_CONTRAT = "fin_de_contrat"
    MUTATION = "mutation"
    DISPONIBILITE = "disponibilite"
    RETRAITE = "retraite"
    CESSATION_DE_FONCTIONS = "cessation_de_fonctions"
    MOBILITE_INTERNE = "mobilite_interne"
    CHANGEMENT_TEMPS_TRAVAIL = "changement_temps_travail"
    BESOIN_TEMPORAIRE = "besoin_temporaire"


class NiveauDiplome(enum.IntEnum):
    NIVEAU_1 = 1
    NIVEAU_2 = 2
    NIVEAU_3 = 3
    NIVEAU_4 = 4
    NIVEAU_5 = 5
    NIVEAU_6 = 6
    NIVEAU_7 = 7
    NIVEAU_8 = 8


class NatureRelation(enum.Enum):
    INTERNE = "interne"
    EXTERNE = "externe"


class Periode(enum.Enum):
    HORAIRE = "horaire"
    MENSUELLE = "mensuelle"
    ANNUELLE = "annuelle"


class Public(enum.Enum):
    TOUS = "tous"
    TITULAIRES = "titulaires"
    CONTRACTUELS = "contractuels"


class TypeAvantage(enum.Enum):
    CNAS = "cnas"
    COS = "cos"
    AMICALE = "amicale"
    COMITE_ACTION_SOCIALE = "comite_action_sociale"
    RESTAURATION = "restauration"
    TITRES_RESTAURANT = "titres_restaurant"
    PARTICIPATION_SANTE = "participation_sante"
    PARTICIPATION_PREVOYANCE = "participation_prevoyance"
    CET = "cet"
    RTT = "rtt"
    CHEQUES_VACANCES = "cheques_vacances"
    CESU = "cesu"
    REMBOURSEMENT_TRANSPORT = "remboursement_transport"
    FORFAIT_MOBILITES_DURABLES = "forfait_mobilites_durables"
    PRIME_ANNUELLE = "prime_annuelle"
    CONCIERGERIE = "conciergerie"
    LOGEMENT = "logement"
    VEHICULE = "vehicule"
    AUTRE = "autre"


class PriseDePoste(enum.Enum):
    DES_QUE_POSSIBLE = "des_que_possible"


class TypePiece(enum.Enum):
    CV = "cv"
    LETTRE_MOTIVATION = "lettre_motivation"
    DERNIER_ARRETE = "dernier_arrete"
    DERNIERS_ENTRETIENS = "derniers_entretiens"
    DIPLOMES = "diplomes"
    ATTESTATION_CONCOURS = "attestation_concours"
    AUTRE = "autre"


class TypeEtape(enum.Enum):
    PRESELECTION = "preselection"
    ENTRETIEN_VISIOCONFERENCE = "entretien_visioconference"
    ENTRETIEN_PRESENTIEL = "entretien_presentiel"
    CAS_PRATIQUE = "cas_pratique"
    TEST = "test"
    JURY = "jury"
    AUTRE = "autre"


class DroitRgpd(enum.Enum):
    ACCES = "acces"
    RECTIFICATION = "rectification"
    EFFACEMENT = "effacement"
    LIMITATION = "limitation"
    OPPOSITION = "opposition"
    PORTABILITE = "portabilite"


ENUMERATIONS: tuple[type[enum.Enum], ...] = (
    Approximation,
    Exigence,
    TypeEmployeur,
    Categorie,
    Filiere,
    Versant,
    EmploiFonctionnel,
    Ouverture,
    NatureContrat,
    CategoriePermis,
    RegimeTemps,
    Rythme,
    MotifRecrutement,
    NiveauDiplome,
    NatureRelation,
    Periode,
    Public,
    TypeAvantage,
    PriseDePoste,
    TypePiece,
    TypeEtape,
    DroitRgpd,
)
"""Toutes les énumérations recopiées, que le banc compare à celles de fpt_offres."""
