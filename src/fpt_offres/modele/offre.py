"""L'offre d'emploi, racine du modèle."""

from __future__ import annotations

import attrs

from fpt_offres import _validateurs as v
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.candidature import Calendrier, Candidature, Mentions
from fpt_offres.modele.conditions import Conditions
from fpt_offres.modele.employeur import Employeur
from fpt_offres.modele.missions import Missions
from fpt_offres.modele.poste import Poste
from fpt_offres.modele.profil import Profil
from fpt_offres.modele.remuneration import Remuneration
from fpt_offres.modele.statut import Statut

__all__ = ["Offre"]


@attrs.frozen(kw_only=True, field_transformer=typer)
class Offre:
    """Une offre d'emploi public, immuable : on la change avec :func:`attrs.evolve`.

    Seuls l'intitulé et l'employeur sont obligatoires ; chaque partie a une
    valeur par défaut vide, pour qu'une offre se construise au fil de la lecture.

    Attributes:
        intitule: l'intitulé tel qu'écrit, « (F/H) » compris.
        prefixe_intitule: le préfixe de l'intitulé qui nomme un service sans le développer
            (« RRF 75 », « SGAMI EST (SG) ») ; l'intitulé commence par lui.
        employeur: qui recrute.
        reference: la référence de l'offre (celle du site d'offres quand il y en a deux).
        reference_employeur: la référence propre de l'employeur, à côté de celle du site.
        url: l'adresse où l'offre est publiée.
        poste: le poste.
        statut: catégories, filières, cadres d'emplois, grades, corps.
        conditions: ouverture, contrat, temps, télétravail, permis.
        remuneration: rémunération et avantages.
        missions: les missions par thème.
        profil: le profil recherché.
        calendrier: publication, date limite, prise de poste.
        candidature: comment candidater.
        mentions: RGPD, accessibilité, non-discrimination, confidentialité.

    >>> from fpt_offres import Employeur, TypeEmployeur
    >>> offre = Offre(
    ...     intitule="Secrétaire général (F/H)",
    ...     employeur=Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE),
    ... )
    >>> attrs.evolve(offre, reference="3134-25-0482/SR").reference
    '3134-25-0482/SR'
    """

    intitule: str = attrs.field(validator=v.texte())
    prefixe_intitule: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    employeur: Employeur
    reference: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    reference_employeur: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    url: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))
    poste: Poste = Poste()
    statut: Statut = Statut()
    conditions: Conditions = Conditions()
    remuneration: Remuneration = Remuneration()
    missions: Missions = Missions()
    profil: Profil = Profil()
    calendrier: Calendrier = Calendrier()
    candidature: Candidature = Candidature()
    mentions: Mentions = Mentions()

    def __attrs_post_init__(self) -> None:
        if self.prefixe_intitule is not None and not self.intitule.startswith(
            self.prefixe_intitule
        ):
            raise ValeurInvalide(
                f"l'intitulé ne commence pas par son préfixe {self.prefixe_intitule!r}",
                champ="prefixe_intitule",
                regle="prefixe-intitule",
            )
