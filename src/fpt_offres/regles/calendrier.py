"""Règles sur les dates : durée de publicité, date limite, prise de poste.

La règle de la date limite passée dépend du jour de la vérification : elle
n'est appliquée que si :func:`~fpt_offres.regles.verifier` reçoit
``aujourd_hui`` (la bibliothèque ne lit jamais l'horloge d'elle-même).

Sources : CGFP D311-2 (publication d'au moins un mois) ; décret n° 2018-1351
art. 3 (délai de candidature, mention obligatoire).
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator

import attrs

from fpt_offres.bornes import DATE_MIN
from fpt_offres.modele import Calendrier, MotifRecrutement, Offre
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__: list[str] = []

_LIMITE = "calendrier.date_limite_candidature"
_PLUS_ANCIENNE = DATE_MIN
"""La plus ancienne date qu'une offre peut porter : une date limite passée pour tout jour ultérieur."""


def un_mois_apres(jour: datetime.date) -> datetime.date:
    """Le même jour du mois suivant, ou le dernier jour de ce mois s'il est plus court.

    Au-delà du dernier jour que Python représente (31 décembre 9999), ce dernier jour :
    une règle ne lève jamais sur une offre qui s'est chargée.

    >>> un_mois_apres(datetime.date(2025, 1, 31))
    datetime.date(2025, 2, 28)
    >>> un_mois_apres(datetime.date(9999, 12, 1))
    datetime.date(9999, 12, 31)
    """
    if (jour.year, jour.month) == (datetime.MAXYEAR, 12):
        return datetime.date.max
    annee, mois = (jour.year + 1, 1) if jour.month == 12 else (jour.year, jour.month + 1)
    return jour.replace(
        year=annee, month=mois, day=min(jour.day, calendar.monthrange(annee, mois)[1])
    )


def _publicite_obligatoire(offre: Offre) -> bool:
    """Vrai sauf pour un remplacement, ou un besoin pourvu par un contrat de moins d'un an.

    Un remplacement laisse l'emploi occupé : ni vacance, ni déclaration, ni publicité.
    Un emploi non permanent (dit tel, ou déduit du motif ou de la base légale) n'est
    publié que pourvu pour un an ou plus (décret n° 2018-1351 art. 1), et un contrat
    annoncé pour moins d'un an ne l'est pas davantage.
    """
    if o.remplacement(offre):
        return False
    contrat = offre.conditions.contrat
    duree = contrat.duree if contrat is not None else None
    if duree is not None and not duree.minimum and duree.mois < 12:
        return False
    return o.emploi_permanent(offre) is not False or (duree is not None and duree.mois >= 12)


def _declencher_publicite(offre: Offre) -> Offre:
    offre = o.avec_poste(o.en_fpt(offre), permanent=True, motif=MotifRecrutement.VACANCE)
    offre = o.avec_contrat(offre, None)
    calendrier = attrs.evolve(
        offre.calendrier,
        date_publication=datetime.date(2025, 3, 1),
        date_limite_candidature=datetime.date(2025, 3, 15),
    )
    return o.avec_calendrier(offre, calendrier)


def _epargner_publicite(offre: Offre) -> Offre:
    publication = offre.calendrier.date_publication
    if publication is None:
        return offre
    limite = offre.calendrier.date_limite_candidature
    if limite is not None and limite >= un_mois_apres(publication):
        return offre
    return o.avec_calendrier(
        offre,
        attrs.evolve(
            offre.calendrier,
            date_limite_candidature=un_mois_apres(publication),
        ),
    )


@enregistrer(
    code="CALENDRIER-PUBLICITE-COURTE",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Moins d'un mois entre la publication et la date limite",
    source=o.S.cgfp_d311_2,
    correction="reporter la date limite à un mois au moins après la publication, "
    "ou indiquer l'urgence qui justifie un délai plus court",
    declencher=_declencher_publicite,
    epargner=_epargner_publicite,
)
def publicite_courte(offre: Offre) -> Iterator[Constat]:
    """Sauf urgence, l'avis de création ou de vacance reste publié au moins un mois (CGFP D311-2) ; l'obligation vaut pour les emplois permanents et ceux pourvus par contrat d'un an ou plus, dans les trois versants. Elle ne vaut pas pour un remplacement (CGFP L332-13), qui laisse l'emploi occupé, ni pour un besoin pourvu moins d'un an ; un emploi est non permanent quand le poste, son motif (accroissement d'activité, projet) ou sa base légale (L332-23, L332-24) le dit. Avertissement : l'offre n'est pas l'avis, et l'urgence est permise."""
    publication = offre.calendrier.date_publication
    limite = offre.calendrier.date_limite_candidature
    if publication is None or limite is None:
        return
    if _publicite_obligatoire(offre) and limite < un_mois_apres(publication):
        ecart = (limite - publication).days
        yield Constat(
            chemin=_LIMITE,
            message=f"du {o.date(publication)} au {o.date(limite)}, l'offre reste ouverte "
            f"{ecart} jour{'s' if ecart > 1 else ''}, moins d'un mois",
        )


def _declencher_passee(offre: Offre) -> Offre:
    publication = offre.calendrier.date_publication
    calendrier = attrs.evolve(
        offre.calendrier,
        date_publication=None if publication is None else _PLUS_ANCIENNE,
        date_limite_candidature=_PLUS_ANCIENNE,
    )
    return o.avec_calendrier(offre, calendrier)


@enregistrer(
    code="CALENDRIER-DATE-LIMITE-PASSEE",
    severite=Severite.AVERTISSEMENT,
    versants=o.TOUS,
    titre="Date limite de candidature passée",
    source=o.S.decret_2018_1351,
    correction="retirer l'offre, ou la republier avec une nouvelle date limite",
    declencher=_declencher_passee,
    du_jour=True,
)
def date_limite_passee(offre: Offre, aujourd_hui: datetime.date) -> Iterator[Constat]:
    """Le délai de candidature est une mention obligatoire de l'avis (décret n° 2018-1351 art. 3) : passé ce délai, l'offre ne reçoit plus de candidature. Règle du jour : appliquée seulement quand la vérification reçoit la date du jour."""
    limite = offre.calendrier.date_limite_candidature
    if limite is not None and limite < aujourd_hui:
        yield Constat(
            chemin=_LIMITE,
            message=f"la date limite du {o.date(limite)} est passée au {o.date(aujourd_hui)}",
        )


def _declencher_prise(offre: Offre) -> Offre:
    calendrier = Calendrier(
        date_publication=datetime.date(2025, 5, 1),
        date_limite_candidature=datetime.date(2025, 6, 30),
        prise_de_poste=datetime.date(2025, 6, 1),
    )
    return o.avec_calendrier(offre, calendrier)


@enregistrer(
    code="CALENDRIER-PRISE-AVANT-LIMITE",
    severite=Severite.INFORMATION,
    versants=o.TOUS,
    titre="Prise de poste avant la date limite de candidature",
    source=o.S.cgfp_d311_2,
    correction="reporter la prise de poste après la date limite et le temps du recrutement",
    declencher=_declencher_prise,
    epargner=lambda offre: o.avec_calendrier(
        offre, attrs.evolve(offre.calendrier, prise_de_poste=None)
    ),
)
def prise_avant_limite(offre: Offre) -> Iterator[Constat]:
    """Le poste ne se pourvoit qu'au terme de sa publication (CGFP D311-2) : une prise de poste antérieure à la date limite de candidature, ou à défaut à la publication, ne peut pas être tenue."""
    prise = offre.calendrier.prise_de_poste
    limite = offre.calendrier.date_limite_candidature
    publication = offre.calendrier.date_publication
    if not isinstance(prise, datetime.date):
        return
    if limite is not None and prise < limite:
        borne = f"la date limite de candidature du {o.date(limite)}"
    elif limite is None and publication is not None and prise < publication:
        borne = f"la publication du {o.date(publication)}"
    else:
        return
    yield Constat(
        chemin="calendrier.prise_de_poste",
        message=f"la prise de poste du {o.date(prise)} précède {borne}",
    )


_UN_AN = 366


def _declencher_lointaine(offre: Offre) -> Offre:
    calendrier = Calendrier(
        date_publication=datetime.date(2025, 3, 1),
        date_limite_candidature=datetime.date(2026, 4, 1),
    )
    return o.avec_calendrier(offre, calendrier)


@enregistrer(
    code="CALENDRIER-LIMITE-LOINTAINE",
    severite=Severite.AVERTISSEMENT,
    versants=o.TOUS,
    titre="Date limite de candidature plus d'un an après la publication",
    source=o.S.decret_2018_1351,
    correction="vérifier l'année de la date limite de candidature",
    declencher=_declencher_lointaine,
    epargner=lambda offre: o.avec_calendrier(
        offre, attrs.evolve(offre.calendrier, date_limite_candidature=None)
    ),
)
def limite_lointaine(offre: Offre) -> Iterator[Constat]:
    """Le délai de candidature est une mention de l'avis de vacance (décret n° 2018-1351 art. 3) ; un poste vacant se pourvoit en quelques semaines ou mois, et une date limite plus d'un an après la publication trahit presque toujours une erreur d'année."""
    publication = offre.calendrier.date_publication
    limite = offre.calendrier.date_limite_candidature
    if publication is not None and limite is not None and (limite - publication).days > _UN_AN:
        yield Constat(
            chemin=_LIMITE,
            message=f"la date limite du {o.date(limite)} tombe plus d'un an après la publication "
            f"du {o.date(publication)}",
        )


def _declencher_sans_limite(offre: Offre) -> Offre:
    calendrier = attrs.evolve(offre.calendrier, date_limite_candidature=None)
    return o.avec_calendrier(o.sous_cgfp(offre), calendrier)


def _epargner_sans_limite(offre: Offre) -> Offre:
    if offre.calendrier.date_limite_candidature is not None:
        return offre
    publication = offre.calendrier.date_publication or datetime.date(2025, 3, 1)
    calendrier = attrs.evolve(offre.calendrier, date_limite_candidature=un_mois_apres(publication))
    return o.avec_calendrier(offre, calendrier)


@enregistrer(
    code="CALENDRIER-SANS-DATE-LIMITE",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Pas de date limite de candidature",
    source=o.S.decret_2018_1351,
    correction="donner la date limite de candidature",
    declencher=_declencher_sans_limite,
    epargner=_epargner_sans_limite,
)
def sans_date_limite(offre: Offre) -> Iterator[Constat]:
    """L'avis de vacance donne l'autorité à qui adresser les candidatures et le délai de candidature (décret n° 2018-1351 art. 3)."""
    if offre.calendrier.date_limite_candidature is None:
        yield Constat(
            chemin=_LIMITE,
            message="l'offre ne donne pas de date limite de candidature",
        )


# --- la déclaration de vacance --------------------------------------------------------------------


def _declencher_dve(offre: Offre) -> Offre:
    offre = o.avec_poste(o.en_fpt(offre), permanent=True, motif=MotifRecrutement.VACANCE)
    return attrs.evolve(o.avec_contrat(offre, None), reference=None)


@enregistrer(
    code="CALENDRIER-DVE",
    severite=Severite.INFORMATION,
    versants=o.FPT,
    titre="Emploi permanent sans numéro de déclaration de vacance",
    source=o.S.cgfp_l313_4,
    correction="indiquer le numéro de la déclaration de création ou de vacance d'emploi "
    "(celui de l'offre sur emploi-territorial)",
    declencher=_declencher_dve,
    epargner=lambda offre: attrs.evolve(offre, reference="O07725012345"),
)
def declaration_vacance(offre: Offre) -> Iterator[Constat]:
    """Un emploi permanent territorial créé ou vacant est déclaré au centre de gestion, qui en assure la publicité (CGFP L313-4) ; le numéro de cette déclaration est repris dans l'arrêté de nomination. L'offre n'est pas la déclaration : une simple information, quand l'offre est celle d'un emploi permanent (dit tel, ou déduit du motif ou de la base légale), hors remplacement (l'emploi reste occupé), et ne porte aucune référence."""
    if offre.reference is None and o.emploi_permanent(offre) is True and not o.remplacement(offre):
        yield Constat(
            chemin="reference",
            message="emploi permanent : le numéro de la déclaration de vacance n'est pas indiqué",
        )
