"""Règle sur la façon de candidater : l'offre dit-elle où envoyer sa candidature ?

Source : décret n° 2018-1351 art. 3 (l'autorité à qui adresser les
candidatures, mention obligatoire de l'avis de vacance).
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from fpt_offres.modele import Candidature, Offre
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
