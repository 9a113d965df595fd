"""Les mots des énumérations : comment l'annonce écrit chaque valeur d'énumération du modèle."""

from __future__ import annotations

from fpt_offres.modele import (
    Approximation,
    DroitRgpd,
    EmploiFonctionnel,
    Exigence,
    MotifRecrutement,
    NatureContrat,
    NatureRelation,
    NiveauExperience,
    Ouverture,
    Periode,
    Public,
    RegimeTemps,
    Rythme,
    TypeAvantage,
    TypeEmployeur,
    TypeEtape,
    TypePiece,
    Versant,
    VoieRecrutement,
)

__all__ = [
    "APPROXIMATIONS",
    "AVANTAGES",
    "DROITS",
    "EMPLOIS_FONCTIONNELS",
    "ETAPES",
    "EXIGENCES",
    "MOTIFS",
    "NATURES_CONTRAT",
    "NIVEAUX_EXPERIENCE",
    "OUVERTURES",
    "PERIODES",
    "PERIODICITES",
    "PIECES",
    "PUBLICS",
    "REGIMES",
    "RELATIONS",
    "RYTHMES",
    "TYPES_EMPLOYEUR",
    "VERSANTS",
    "VOIES",
]


TYPES_EMPLOYEUR = {
    TypeEmployeur.COMMUNE: "commune",
    TypeEmployeur.DEPARTEMENT: "département",
    TypeEmployeur.REGION: "région",
    TypeEmployeur.COLLECTIVITE_STATUT_PARTICULIER: "collectivité à statut particulier",
    TypeEmployeur.METROPOLE: "métropole",
    TypeEmployeur.COMMUNAUTE_URBAINE: "communauté urbaine",
    TypeEmployeur.COMMUNAUTE_AGGLOMERATION: "communauté d’agglomération",
    TypeEmployeur.COMMUNAUTE_COMMUNES: "communauté de communes",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_TERRITORIAL: "établissement public territorial",
    TypeEmployeur.SYNDICAT_COMMUNES: "syndicat de communes",
    TypeEmployeur.SYNDICAT_MIXTE: "syndicat mixte",
    TypeEmployeur.PETR: "pôle d’équilibre territorial et rural",
    TypeEmployeur.COOPERATION_TERRITORIALE: "structure de coopération territoriale",
    TypeEmployeur.CENTRE_DE_GESTION: "centre de gestion",
    TypeEmployeur.CNFPT: "Centre national de la fonction publique territoriale",
    TypeEmployeur.CCAS: "centre communal d’action sociale",
    TypeEmployeur.CIAS: "centre intercommunal d’action sociale",
    TypeEmployeur.CAISSE_DES_ECOLES: "caisse des écoles",
    TypeEmployeur.SDIS: "service départemental d’incendie et de secours",
    TypeEmployeur.OFFICE_PUBLIC_HABITAT: "office public de l’habitat",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_LOCAL: "établissement public local",
    TypeEmployeur.SERVICE_ETAT: "service de l’État",
    TypeEmployeur.ETABLISSEMENT_PUBLIC_ETAT: "établissement public de l’État",
    TypeEmployeur.HOPITAL: "établissement public de santé",
    TypeEmployeur.ETABLISSEMENT_SOCIAL_MEDICO_SOCIAL: "établissement social ou médico-social",
    TypeEmployeur.PROVINCE: "province",
    TypeEmployeur.ORGANISME_TRANSFRONTALIER: "organisme transfrontalier",
    TypeEmployeur.AUTRE: "autre employeur",
}
VERSANTS = {
    Versant.TERRITORIALE: "fonction publique territoriale",
    Versant.ETAT: "fonction publique de l’État",
    Versant.HOSPITALIERE: "fonction publique hospitalière",
    Versant.NOUVELLE_CALEDONIE: "fonction publique de Nouvelle-Calédonie",
}
APPROXIMATIONS = {
    Approximation.EXACT: "",
    Approximation.PLUS_DE: "plus de ",
    Approximation.PRES_DE: "près de ",
    Approximation.ENVIRON: "environ ",
    Approximation.MOINS_DE: "moins de ",
}
MOTIFS = {
    MotifRecrutement.CREATION: "création de poste",
    MotifRecrutement.VACANCE: "vacance de poste",
    MotifRecrutement.REMPLACEMENT: "remplacement",
    MotifRecrutement.ACCROISSEMENT_TEMPORAIRE: "accroissement temporaire d’activité",
    MotifRecrutement.ACCROISSEMENT_SAISONNIER: "accroissement saisonnier d’activité",
    MotifRecrutement.PROJET: "contrat de projet",
    MotifRecrutement.FIN_DE_CONTRAT: "vacance après une fin de contrat",
    MotifRecrutement.MUTATION: "vacance après une mutation",
    MotifRecrutement.DISPONIBILITE: "vacance après une mise en disponibilité",
    MotifRecrutement.RETRAITE: "départ à la retraite",
    MotifRecrutement.CESSATION_DE_FONCTIONS: "cessation de fonctions",
    MotifRecrutement.MOBILITE_INTERNE: "mobilité interne",
    MotifRecrutement.CHANGEMENT_TEMPS_TRAVAIL: "changement de temps de travail",
    MotifRecrutement.BESOIN_TEMPORAIRE: "besoin temporaire",
}
EMPLOIS_FONCTIONNELS = {
    EmploiFonctionnel.DGS: "directeur général des services (DGS)",
    EmploiFonctionnel.DGA: "directeur général adjoint des services (DGA)",
    EmploiFonctionnel.DGST: "directeur général des services techniques (DGST)",
    EmploiFonctionnel.DST: "directeur des services techniques (DST)",
    EmploiFonctionnel.DIRECTEUR_GENERAL_ETABLISSEMENT: "directeur général d’établissement public",
    EmploiFonctionnel.DIRECTEUR_GENERAL_ADJOINT_ETABLISSEMENT: (
        "directeur général adjoint d’établissement public"
    ),
    EmploiFonctionnel.DIRECTEUR_SDIS: "directeur départemental des services d’incendie et de secours",
    EmploiFonctionnel.DIRECTEUR_ADJOINT_SDIS: (
        "directeur départemental adjoint des services d’incendie et de secours"
    ),
}
OUVERTURES = {
    Ouverture.TITULAIRES: "poste ouvert aux titulaires",
    Ouverture.CONTRACTUELS: "poste ouvert aux contractuels",
    Ouverture.TITULAIRES_ET_CONTRACTUELS: "poste ouvert aux titulaires et aux contractuels",
    Ouverture.PRIORITAIREMENT_TITULAIRES: "poste ouvert prioritairement aux titulaires",
    Ouverture.CONTRACTUELS_A_DEFAUT: "poste ouvert aux titulaires et, à défaut, aux contractuels",
}
VOIES = {
    VoieRecrutement.MUTATION: "mutation",
    VoieRecrutement.DETACHEMENT: "détachement",
    VoieRecrutement.INTEGRATION_DIRECTE: "intégration directe",
    VoieRecrutement.LISTE_APTITUDE: "liste d’aptitude",
    VoieRecrutement.RECRUTEMENT_DIRECT: "recrutement direct sans concours",
    VoieRecrutement.CONTRAT: "contrat",
    VoieRecrutement.CONTRAT_AIDE: "contrat aidé",
    VoieRecrutement.APPRENTISSAGE: "apprentissage",
}
NIVEAUX_EXPERIENCE = {
    NiveauExperience.DEBUTANT: "débutant",
    NiveauExperience.CONFIRME: "confirmé",
    NiveauExperience.EXPERT: "expert",
}
NATURES_CONTRAT = {
    NatureContrat.CDD: "à durée déterminée (CDD)",
    NatureContrat.CDI: "à durée indéterminée (CDI)",
}
REGIMES = {
    RegimeTemps.COMPLET: "temps complet",
    RegimeTemps.NON_COMPLET: "temps non complet",
    RegimeTemps.PARTIEL: "temps partiel",
}
RYTHMES = {
    Rythme.CINQ_JOURS: "5 jours par semaine",
    Rythme.QUATRE_JOURS_ET_DEMI: "4,5 jours par semaine",
    Rythme.QUATRE_JOURS: "4 jours par semaine",
    Rythme.NEUF_JOURS_QUINZAINE: "9 jours par quinzaine",
}
PERIODES = {
    Periode.HORAIRE: "de l’heure",
    Periode.MENSUELLE: "par mois",
    Periode.ANNUELLE: "par an",
}
PERIODICITES = {
    Periode.HORAIRE: "versement horaire",
    Periode.MENSUELLE: "versement mensuel",
    Periode.ANNUELLE: "versement annuel",
}
PUBLICS = {
    Public.TOUS: "",
    Public.TITULAIRES: " (titulaires)",
    Public.CONTRACTUELS: " (contractuels)",
}
AVANTAGES = {
    TypeAvantage.CNAS: "CNAS (Comité national d’action sociale)",
    TypeAvantage.COS: "COS (comité des œuvres sociales)",
    TypeAvantage.AMICALE: "amicale du personnel",
    TypeAvantage.COMITE_ACTION_SOCIALE: "comité d’action sociale",
    TypeAvantage.RESTAURATION: "restauration collective",
    TypeAvantage.TITRES_RESTAURANT: "titres-restaurant",
    TypeAvantage.PARTICIPATION_SANTE: "participation à la complémentaire santé",
    TypeAvantage.PARTICIPATION_PREVOYANCE: "participation à la prévoyance",
    TypeAvantage.CET: "compte épargne-temps (CET)",
    TypeAvantage.RTT: "jours de RTT",
    TypeAvantage.CHEQUES_VACANCES: "chèques-vacances",
    TypeAvantage.CESU: "chèques CESU",
    TypeAvantage.REMBOURSEMENT_TRANSPORT: "remboursement des frais de transport",
    TypeAvantage.FORFAIT_MOBILITES_DURABLES: "forfait mobilités durables",
    TypeAvantage.PRIME_ANNUELLE: "prime annuelle",
    TypeAvantage.CONCIERGERIE: "conciergerie",
    TypeAvantage.LOGEMENT: "logement",
    TypeAvantage.VEHICULE: "véhicule",
    TypeAvantage.AUTRE: "autre avantage",
}
EXIGENCES = {Exigence.EXIGEE: "exigé", Exigence.SOUHAITEE: "souhaité"}
RELATIONS = {
    NatureRelation.INTERNE: "Relations internes",
    NatureRelation.EXTERNE: "Relations externes",
}
PIECES = {
    TypePiece.CV: "CV",
    TypePiece.LETTRE_MOTIVATION: "lettre de motivation",
    TypePiece.DERNIER_ARRETE: "dernier arrêté de situation administrative",
    TypePiece.DERNIERS_ENTRETIENS: "derniers comptes rendus d’entretien professionnel",
    TypePiece.DIPLOMES: "copie des diplômes",
    TypePiece.ATTESTATION_CONCOURS: "attestation de réussite au concours",
    TypePiece.AUTRE: "autre pièce",
}
ETAPES = {
    TypeEtape.PRESELECTION: "présélection",
    TypeEtape.ENTRETIEN_VISIOCONFERENCE: "entretien en visioconférence",
    TypeEtape.ENTRETIEN_PRESENTIEL: "entretien en présentiel",
    TypeEtape.CAS_PRATIQUE: "cas pratique",
    TypeEtape.TEST: "test",
    TypeEtape.JURY: "jury",
    TypeEtape.AUTRE: "autre étape",
}
DROITS = {
    DroitRgpd.ACCES: "accès",
    DroitRgpd.RECTIFICATION: "rectification",
    DroitRgpd.EFFACEMENT: "effacement",
    DroitRgpd.LIMITATION: "limitation du traitement",
    DroitRgpd.OPPOSITION: "opposition",
    DroitRgpd.PORTABILITE: "portabilité",
}
