"""Règles sur le versant : l'employeur et sa fonction publique, les bases territoriales hors FPT.

Le type d'employeur implique souvent son versant : un hôpital relève de la
fonction publique hospitalière, un ministère ou une université de celle de
l'État, une commune de la territoriale. Les bases légales de la nomenclature
(L332-8 et suivantes, L343-1, L352-4) ne valent que pour des agents
territoriaux.

Sources : CGFP, chapitre liminaire (articles L1 à L9 : champ d'application de
chaque fonction publique) ; loi n° 86-33 art. 2 (établissements de la
fonction publique hospitalière) ; CGFP L332-8 (agents contractuels
territoriaux).
"""

from __future__ import annotations

from collections.abc import Iterator

from fpt_offres.modele import Employeur, Offre, TypeEmployeur, Versant
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []

_NOMS = {
    Versant.TERRITORIALE: "la fonction publique territoriale",
    Versant.ETAT: "la fonction publique de l'État",
    Versant.HOSPITALIERE: "la fonction publique hospitalière",
    Versant.NOUVELLE_CALEDONIE: "les statuts de Nouvelle-Calédonie",
}

# Le versant qu'implique chaque type d'employeur, quand il n'y en a qu'un possible. Un
# établissement social ou médico-social peut être territorial (géré par un CCAS) ou
# hospitalier (loi n° 86-33 art. 2) ; une commune ou une province peut relever des
# statuts de Nouvelle-Calédonie : ceux-là ne sont pas jugés.
_FPE = frozenset({TypeEmployeur.SERVICE_ETAT, TypeEmployeur.ETABLISSEMENT_PUBLIC_ETAT})
_FPH = frozenset({TypeEmployeur.HOPITAL})
_FPT_OU_NC = frozenset(
    {
        TypeEmployeur.COMMUNE,
        TypeEmployeur.PROVINCE,
        TypeEmployeur.SYNDICAT_COMMUNES,
        TypeEmployeur.SYNDICAT_MIXTE,
        TypeEmployeur.COOPERATION_TERRITORIALE,
    }
)
_FPT = frozenset(
    {
        TypeEmployeur.DEPARTEMENT,
        TypeEmployeur.REGION,
        TypeEmployeur.COLLECTIVITE_STATUT_PARTICULIER,
        TypeEmployeur.METROPOLE,
        TypeEmployeur.COMMUNAUTE_URBAINE,
        TypeEmployeur.COMMUNAUTE_AGGLOMERATION,
        TypeEmployeur.COMMUNAUTE_COMMUNES,
        TypeEmployeur.ETABLISSEMENT_PUBLIC_TERRITORIAL,
        TypeEmployeur.PETR,
        TypeEmployeur.CENTRE_DE_GESTION,
        TypeEmployeur.CNFPT,
        TypeEmployeur.CCAS,
        TypeEmployeur.CIAS,
        TypeEmployeur.CAISSE_DES_ECOLES,
        TypeEmployeur.SDIS,
        TypeEmployeur.OFFICE_PUBLIC_HABITAT,
        TypeEmployeur.ETABLISSEMENT_PUBLIC_LOCAL,
    }
)


def versants_possibles(type_: TypeEmployeur | None) -> frozenset[Versant]:
    """Les versants dont peut relever un employeur de ce type (tous si le type n'en dit rien).

    >>> sorted(v.value for v in versants_possibles(TypeEmployeur.HOPITAL))
    ['hospitaliere']
    >>> sorted(v.value for v in versants_possibles(TypeEmployeur.COMMUNE))
    ['nouvelle-caledonie', 'territoriale']
    """
    if type_ in _FPE:
        return frozenset({Versant.ETAT})
    if type_ in _FPH:
        return frozenset({Versant.HOSPITALIERE})
    if type_ in _FPT_OU_NC:
        return frozenset({Versant.TERRITORIALE, Versant.NOUVELLE_CALEDONIE})
    if type_ in _FPT:
        return frozenset({Versant.TERRITORIALE})
    return frozenset(Versant)


def _type_texte(type_: TypeEmployeur | None) -> str:
    # Un employeur sans type (l'offre ne le dit pas) ne contredit jamais son versant.
    return type_.value if type_ is not None else "non précisé"


def _versant_contredit(employeur: Employeur) -> bool:
    return employeur.versant not in versants_possibles(employeur.type)


def _declencher_employeur(offre: Offre) -> Offre:
    return o.avec_employeur(offre, type=TypeEmployeur.HOPITAL, versant=Versant.TERRITORIALE)


def _epargner_employeur(offre: Offre) -> Offre:
    if not _versant_contredit(offre.employeur):
        return offre
    return o.avec_employeur(offre, type=TypeEmployeur.AUTRE)


@enregistrer(
    code="VERSANT-EMPLOYEUR",
    severite=Severite.AVERTISSEMENT,
    versants=o.TOUS,
    titre="Versant qui contredit le type d'employeur",
    source=o.S.cgfp_champ,
    correction="corriger le versant (un hôpital relève de la fonction publique hospitalière, "
    "un service ou un établissement public de l'État de celle de l'État) ou le type d'employeur",
    declencher=_declencher_employeur,
    epargner=_epargner_employeur,
)
def employeur(offre: Offre) -> Iterator[Constat]:
    """Chaque fonction publique a ses employeurs (CGFP, chapitre liminaire) : l'État et ses établissements publics pour la fonction publique de l'État, les collectivités territoriales et leurs établissements pour la territoriale, les établissements publics de santé et ceux que liste l'article 2 de la loi n° 86-33 pour l'hospitalière. Un versant que le type d'employeur exclut fait juger l'offre sur les règles d'une autre fonction publique. Un établissement social ou médico-social, territorial ou hospitalier selon qui le gère, n'est pas jugé."""
    employeur = offre.employeur
    if not _versant_contredit(employeur):
        return
    attendus = sorted(versants_possibles(employeur.type), key=list(Versant).index)
    yield Constat(
        chemin="employeur.versant",
        message=f"l'employeur est de type « {_type_texte(employeur.type)} », qui relève de "
        + o.liste([_NOMS[v] for v in attendus]).replace(" et ", " ou ")
        + f", mais l'offre le range dans {_NOMS[employeur.versant]}",
    )


def _declencher_base(offre: Offre) -> Offre:
    offre = o.avec_employeur(offre, type=TypeEmployeur.HOPITAL, versant=Versant.HOSPITALIERE)
    return o.avec_contrat(offre, o.cdd("L332-8-2"))


@enregistrer(
    code="VERSANT-BASE-TERRITORIALE",
    severite=Severite.ERREUR,
    versants=frozenset({Versant.ETAT, Versant.HOSPITALIERE}),
    titre="Base légale territoriale citée par une offre de l'État ou d'un hôpital",
    source=o.S.cgfp_l332_8,
    correction="citer la base du recrutement contractuel de ce versant, ou retirer la base "
    "territoriale",
    declencher=_declencher_base,
)
def base_territoriale(offre: Offre) -> Iterator[Constat]:
    """Les articles L332-8 et suivants, L343-1 et L352-4 du CGFP fondent le recrutement d'agents contractuels territoriaux : ils ne valent pas pour un employeur de l'État ou un hôpital, qui recrutent sur les bases de leur propre versant (que la nomenclature ne contient pas encore)."""
    citees = o.bases(offre)
    if citees:
        yield Constat(
            chemin="conditions.contrat.bases_legales",
            message=f"une offre de {_NOMS[offre.employeur.versant]} cite "
            + o.liste([str(b) for b in citees])
            + ", base"
            + ("s" if len(citees) > 1 else "")
            + " du recrutement d'agents contractuels territoriaux",
        )
