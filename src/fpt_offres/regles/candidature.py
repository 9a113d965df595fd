"""Règle sur la façon de candidater : l'offre dit-elle où envoyer sa candidature ?

Source : décret n° 2018-1351 art. 3 (l'autorité à qui adresser les
candidatures, mention obligatoire de l'avis de vacance).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from fpt_offres.modele import Candidature, Contact, Offre
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []


def _sans_moyen(candidature: Candidature) -> bool:
    return not (candidature.courriels or candidature.url or candidature.adresse)


def _declencher(offre: Offre) -> Offre:
    candidature = attrs.evolve(offre.candidature, courriels=(), url=None, adresse=None)
    return attrs.evolve(offre, candidature=candidature)


def _epargner(offre: Offre) -> Offre:
    if not _sans_moyen(offre.candidature):
        return offre
    candidature = attrs.evolve(offre.candidature, courriels=("recrutement@example.fr",))
    return attrs.evolve(offre, candidature=candidature)


@enregistrer(
    code="CANDIDATURE-SANS-MOYEN",
    severite=Severite.AVERTISSEMENT,
    versants=o.TOUS,
    titre="Ni courriel, ni lien, ni adresse pour candidater",
    source=o.S.decret_2018_1351,
    correction="donner l'adresse électronique, le lien de candidature ou l'adresse postale "
    "où envoyer la candidature",
    declencher=_declencher,
    epargner=_epargner,
)
def sans_moyen(offre: Offre) -> Iterator[Constat]:
    """L'avis de vacance désigne l'autorité à qui adresser les candidatures (décret n° 2018-1351 art. 3) ; une offre sans courriel, lien ni adresse ne peut pas recevoir de candidature (pratique valable aussi hors du CGFP, en Nouvelle-Calédonie)."""
    if _sans_moyen(offre.candidature):
        destinataire = offre.candidature.destinataire
        precision = f" (seul le destinataire est nommé : {destinataire})" if destinataire else ""
        yield Constat(
            chemin="candidature",
            message="l'offre ne dit pas où envoyer la candidature : ni courriel, ni lien, "
            "ni adresse" + precision,
        )


def _a_un_caractere_pres(a: str, b: str) -> bool:
    """Vrai quand ``a`` et ``b`` diffèrent d'un seul caractère (changé, ajouté ou retiré)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    debut = 0
    while debut < min(len(a), len(b)) and a[debut] == b[debut]:
        debut += 1
    if len(a) == len(b):
        return a[debut + 1 :] == b[debut + 1 :]
    court, long_ = (a, b) if len(a) < len(b) else (b, a)
    return court[debut:] == long_[debut + 1 :]


def _signatures(texte: str) -> set[str]:
    """Le texte et ses formes à un caractère retiré : deux textes à un caractère près en partagent une."""
    return {texte} | {texte[:i] + texte[i + 1 :] for i in range(len(texte))}


def _courriels_proches(candidature: Candidature) -> Iterator[tuple[int, str, str]]:
    # Un index des signatures évite de comparer chaque contact à chaque adresse : le coût
    # croît avec le nombre d'adresses, les adresses étant bornées en longueur.
    index: dict[str, list[str]] = {}
    for autre in candidature.courriels:
        for signature in _signatures(autre.casefold()):
            index.setdefault(signature, []).append(autre)
    envoi = {c.casefold() for c in candidature.courriels}
    for rang, contact in enumerate(candidature.contacts):
        courriel = contact.courriel
        if courriel is None or courriel.casefold() in envoi:
            continue
        vus: set[str] = set()
        for signature in _signatures(courriel.casefold()):
            for autre in index.get(signature, ()):
                if autre not in vus and _a_un_caractere_pres(courriel.casefold(), autre.casefold()):
                    vus.add(autre)
                    yield rang, courriel, autre


def _declencher_proche(offre: Offre) -> Offre:
    candidature = attrs.evolve(
        offre.candidature,
        courriels=("recrutement@mairie-test.fr",),
        contacts=(Contact(nom="Service RH", courriel="recrutment@mairie-test.fr"),),
    )
    return attrs.evolve(offre, candidature=candidature)


@enregistrer(
    code="CANDIDATURE-COURRIEL-PROCHE",
    severite=Severite.AVERTISSEMENT,
    versants=o.TOUS,
    titre="Courriel d'un contact à un caractère près de celui de la candidature",
    source=o.S.decret_2018_1351,
    correction="vérifier l'orthographe des deux adresses : l'une est sans doute une coquille",
    declencher=_declencher_proche,
    epargner=lambda offre: attrs.evolve(
        offre, candidature=attrs.evolve(offre.candidature, contacts=())
    ),
)
def courriel_proche(offre: Offre) -> Iterator[Constat]:
    """L'avis désigne à qui adresser les candidatures (décret n° 2018-1351 art. 3) ; deux adresses de la même offre qui ne diffèrent que d'un caractère (« recrutement@ », « recrutment@ ») trahissent une coquille, et l'une des deux ne reçoit rien."""
    for rang, courriel, autre in _courriels_proches(offre.candidature):
        yield Constat(
            chemin=f"candidature.contacts[{rang}].courriel",
            message=f"le courriel du contact « {courriel} » diffère d'un caractère de celui "
            f"de la candidature « {autre} »",
        )
