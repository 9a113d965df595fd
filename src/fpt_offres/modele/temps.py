"""Le temps de travail : régime, heures, quotité, télétravail, cycles.

Sources :

- durée légale 35 h par semaine, 1 607 h par an : décret n° 2000-815 art. 1,
  appliqué à la FPT par le décret n° 2001-623 ;
- temps non complet : emploi créé pour une durée hebdomadaire inférieure au
  temps complet (décret n° 91-298) ;
- télétravail : décret n° 2016-151 art. 3 (au plus 3 jours par semaine,
  au moins 2 jours sur site ; une semaine compte au plus 5 jours ouvrés).

L'invariant ne retient que ce qui ne peut pas être vrai (une quotité de 0 ou de
120 %, 40 h de temps non complet, 6 jours de télétravail par semaine). Une
quotité de temps partiel sous le mi-temps (le plancher du décret n° 2004-777
art. 1) ou 4 jours de télétravail restent représentables : les vérifications
consultatives (:func:`fpt_offres.verifier`) les signalent.
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from fpt_offres import _validateurs as v
from fpt_offres import bornes
from fpt_offres._typage import typer
from fpt_offres.erreurs import ValeurInvalide
from fpt_offres.modele.commun import HeureJour

__all__ = [
    "CycleTravail",
    "Horaire",
    "OrganisationTravail",
    "PlageHoraire",
    "RegimeTemps",
    "Rythme",
    "Teletravail",
    "TempsTravail",
]

HEURES_TEMPS_COMPLET = 35


class RegimeTemps(enum.Enum):
    """Temps complet, temps non complet (une caractéristique du poste) ou temps partiel."""

    COMPLET = "complet"
    NON_COMPLET = "non_complet"
    PARTIEL = "partiel"


@attrs.frozen(kw_only=True, field_transformer=typer, order=True)
class Horaire:
    """Une durée hebdomadaire en heures et minutes, exacte (17 h 33 = 17,55 h).

    Attributes:
        heures: les heures (0 à 48 : le maximum hebdomadaire, :data:`fpt_offres.bornes.HEURES_HEBDO_MAX`).
        minutes: les minutes (0 à 59).

    >>> Horaire(heures=17, minutes=33).en_heures()
    Decimal('17.55')
    >>> Horaire(heures=17, minutes=75)
    Traceback (most recent call last):
    ...
    fpt_offres.erreurs.ValeurInvalide: minutes : 75 n'est pas dans [0 ; 59]
    """

    heures: int = attrs.field(
        validator=v.borne(0, bornes.HEURES_HEBDO_MAX, regle="heures-semaine", unite="h")
    )
    minutes: int = attrs.field(default=0, validator=v.borne(0, 59, regle="minutes"))

    def en_minutes(self) -> int:
        """La durée en minutes."""
        return self.heures * 60 + self.minutes

    def en_heures(self) -> Decimal:
        """La durée en heures décimales ; exacte quand les minutes tombent juste."""
        return Decimal(self.heures) + Decimal(self.minutes) / 60


def _heures_non_complet(instance: TempsTravail, _attribut: object, horaire: Horaire | None) -> None:
    if horaire is None or RegimeTemps.NON_COMPLET not in instance.regimes:
        return
    if not 0 < horaire.en_minutes() < HEURES_TEMPS_COMPLET * 60:
        raise ValeurInvalide(
            f"un temps non complet dure strictement entre 0 et 35 h par semaine, pas "
            f"{horaire.heures} h {horaire.minutes:02d}",
            champ="heures_hebdo",
            regle="heures-non-complet",
        )


@attrs.frozen(kw_only=True, field_transformer=typer)
class TempsTravail:
    """Le temps de travail du poste.

    Une offre peut annoncer deux régimes à la fois (« temps complet ou temps
    partiel ») ; ``regimes`` garde l'ordre du texte. La quotité n'est donnée
    que quand l'offre écrit un pourcentage.

    Attributes:
        regimes: les régimes annoncés.
        heures_hebdo: la durée hebdomadaire du poste (temps non complet : < 35 h).
        heures_annuelles: un volume annuel (temps non complet annualisé).
        quotite: la quotité en pourcentage, dans ]0 ; 100].
        annualise: vrai quand le temps de travail est annualisé.
        maximum_cite: une durée maximale que l'offre cite (« 48 h maximum par semaine »).
    """

    regimes: tuple[RegimeTemps, ...] = ()
    heures_hebdo: Horaire | None = attrs.field(default=None, validator=_heures_non_complet)
    heures_annuelles: int | None = attrs.field(
        default=None, validator=v.optionnel(v.borne(1, 1607, regle="heures-annuelles", unite="h"))
    )
    quotite: Decimal | None = attrs.field(
        default=None,
        validator=v.optionnel(v.borne(0, 100, min_inclus=False, regle="quotite", unite="%")),
    )
    annualise: bool | None = None
    maximum_cite: Horaire | None = None


@attrs.frozen(kw_only=True, field_transformer=typer)
class Teletravail:
    """Le télétravail que permet le poste.

    Attributes:
        eligible: vrai quand le poste y est éligible.
        jours_max: le nombre maximal de jours par semaine (entre 0 et 5).
        precision: les conditions citées (« selon le règlement intérieur »).
    """

    eligible: bool
    jours_max: Decimal | None = attrs.field(
        default=None,
        validator=v.optionnel(v.borne(0, 5, regle="teletravail-jours", unite="jour(s)")),
    )
    precision: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))

    def __attrs_post_init__(self) -> None:
        if not self.eligible and self.jours_max:
            raise ValeurInvalide(
                "un poste non éligible au télétravail n'a pas de jours de télétravail",
                champ="jours_max",
                regle="teletravail-non-eligible",
            )


@attrs.frozen(kw_only=True, field_transformer=typer)
class CycleTravail:
    """Un cycle hebdomadaire et les jours de RTT qu'il génère selon l'offre.

    Le nombre de jours de RTT dépend d'une délibération locale : aucune table
    officielle ne le fixe (voir la documentation).

    Attributes:
        duree: la durée hebdomadaire du cycle (37 h 30).
        jours_rtt: les jours de RTT par an que l'offre annonce.
    """

    duree: Horaire
    jours_rtt: int | None = attrs.field(
        default=None, validator=v.optionnel(v.borne(0, 60, regle="jours-rtt"))
    )


@attrs.frozen(kw_only=True, field_transformer=typer)
class PlageHoraire:
    """Une plage de l'emploi du temps hebdomadaire que donne l'offre.

    Attributes:
        jours: les jours, tels qu'écrits (« du lundi au vendredi », « samedi »).
        debut: l'heure de début.
        fin: l'heure de fin.
        pause: la pause, telle qu'écrite (« pause méridienne de 12 h à 13 h 30 »).
    """

    jours: str = attrs.field(validator=v.texte())
    debut: HeureJour | None = None
    fin: HeureJour | None = None
    pause: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))


class Rythme(enum.Enum):
    """La répartition des jours travaillés."""

    CINQ_JOURS = "cinq_jours_semaine"
    QUATRE_JOURS_ET_DEMI = "quatre_jours_et_demi_semaine"
    QUATRE_JOURS = "quatre_jours_semaine"
    NEUF_JOURS_QUINZAINE = "neuf_jours_quinzaine"


@attrs.frozen(kw_only=True, field_transformer=typer)
class OrganisationTravail:
    """Comment le travail s'organise.

    Attributes:
        cycles: les cycles au choix (35 h, 37 h 30, 39 h…).
        rythmes: les répartitions au choix (5 jours, 4,5 jours, 9 jours par quinzaine).
        badgeage: vrai quand le temps est badgé.
        horaires_variables: vrai quand les horaires sont variables.
        flexibilite_requise: vrai quand l'offre demande de la disponibilité horaire.
        astreintes: vrai quand le poste comporte des astreintes.
        astreintes_eventuelles: vrai quand l'offre ne les dit que possibles
            (« éventuellement des astreintes », « astreintes possibles ») ;
            ``astreintes`` vaut alors vrai.
        travail_week_end: vrai quand le poste comporte du travail le week-end.
        plages: l'emploi du temps hebdomadaire, plage par plage.
        precision: ce que l'offre ajoute (« pics d'activité selon les obligations de l'entité »).
    """

    cycles: tuple[CycleTravail, ...] = ()
    rythmes: tuple[Rythme, ...] = ()
    badgeage: bool | None = None
    horaires_variables: bool | None = None
    flexibilite_requise: bool | None = None
    astreintes: bool | None = None
    astreintes_eventuelles: bool = False
    travail_week_end: bool | None = None
    plages: tuple[PlageHoraire, ...] = ()
    precision: str | None = attrs.field(default=None, validator=v.optionnel(v.texte()))

    def __attrs_post_init__(self) -> None:
        if self.astreintes_eventuelles and self.astreintes is not True:
            raise ValeurInvalide(
                "des astreintes éventuelles supposent astreintes à vrai",
                champ="astreintes_eventuelles",
                regle="astreintes-eventuelles",
            )
