"""Les vérifications consultatives : registre, diagnostics, chaque règle, offres d'exemple."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import fpt_offres
from fpt_offres import (
    Calendrier,
    Candidature,
    Categorie,
    Chiffre,
    Conditions,
    Contrat,
    Corps,
    CycleTravail,
    DroitRgpd,
    DureeContrat,
    EmploiFonctionnel,
    Employeur,
    Filiere,
    Horaire,
    MentionRgpd,
    Mentions,
    MotifRecrutement,
    NatureContrat,
    Offre,
    OrganisationTravail,
    Ouverture,
    Poste,
    RegimeTemps,
    Remuneration,
    Source,
    Statut,
    Teletravail,
    TempsTravail,
    TypeEmployeur,
    Versant,
    nomenclature,
)
from fpt_offres.modele import Avantage, TypeAvantage
from fpt_offres.regles import (
    FAMILLES,
    REGLES,
    Diagnostic,
    RegleInconnue,
    Severite,
    intitule_ouvert_aux_deux_sexes,
    regle,
    regles,
    verifier,
)
from fpt_offres.regles import _outils as outils
from fpt_offres.regles.calendrier import un_mois_apres
from fpt_offres.strategies import offres

JOUR = datetime.date(2025, 3, 1)
"""Le jour des vérifications : avant toutes les dates limites des offres d'exemple."""

MINIMALE = Offre(
    intitule="Agent d'accueil (F/H)",
    employeur=Employeur(nom="Commune de Test", type=TypeEmployeur.COMMUNE),
)
"""La plus petite offre : un intitulé ouvert aux deux sexes et un employeur."""

CODES = tuple(r.code for r in REGLES)


def codes(offre: Offre, aujourd_hui: datetime.date | None = JOUR) -> list[str]:
    """Les codes des diagnostics de ``offre``, dans l'ordre de :func:`verifier`."""
    return [d.code for d in verifier(offre, aujourd_hui=aujourd_hui)]


# --- petites offres, une paire par règle ------------------------------------------------------


def _offre(**champs: Any) -> Offre:
    return attrs.evolve(MINIMALE, **champs)


def _grade(code: str) -> fpt_offres.Grade:
    return nomenclature.grades_par_code()[code]


def _bases(*codes_bases: str) -> tuple[fpt_offres.BaseLegale, ...]:
    return tuple(nomenclature.bases_legales_par_code()[c] for c in codes_bases)


def _cdd(*codes_bases: str, mois: int | None = None, **contrat: Any) -> Conditions:
    duree = DureeContrat(mois=mois) if mois is not None else None
    return Conditions(
        contrat=Contrat(
            nature=NatureContrat.CDD, bases_legales=_bases(*codes_bases), duree=duree, **contrat
        )
    )


def _cdi(*codes_bases: str) -> Conditions:
    return Conditions(contrat=Contrat(nature=NatureContrat.CDI, bases_legales=_bases(*codes_bases)))


def _temps(*regimes: RegimeTemps, **champs: Any) -> Conditions:
    return Conditions(temps=TempsTravail(regimes=regimes, **champs))


def _non_complet(heures: int, minutes: int = 0) -> Conditions:
    return _temps(RegimeTemps.NON_COMPLET, heures_hebdo=Horaire(heures=heures, minutes=minutes))


def _commune(habitants: int, **champs: Any) -> Employeur:
    return Employeur(
        nom="Commune de Test",
        type=TypeEmployeur.COMMUNE,
        nombre_habitants=Chiffre(valeur=habitants),
        **champs,
    )


def _teletravail(jours: str, quotite: int) -> Conditions:
    return Conditions(
        temps=TempsTravail(regimes=(RegimeTemps.NON_COMPLET,), quotite=Decimal(quotite)),
        teletravail=Teletravail(eligible=True, jours_max=Decimal(jours)),
    )


def _cycle(heures: int, rtt: int) -> Conditions:
    cycle = CycleTravail(duree=Horaire(heures=heures), jours_rtt=rtt)
    return Conditions(organisation=OrganisationTravail(cycles=(cycle,)))


def _dates(publication: str | None, limite: str | None, prise: str | None = None) -> Calendrier:
    def lire(texte: str | None) -> datetime.date | None:
        return None if texte is None else datetime.date.fromisoformat(texte)

    return Calendrier(
        date_publication=lire(publication),
        date_limite_candidature=lire(limite),
        prise_de_poste=lire(prise),
    )


RGPD_COMPLETE = MentionRgpd(
    finalite="étudier votre candidature",
    responsable="Commune de Test",
    duree_conservation_mois=24,
    droits=(DroitRgpd.ACCES, DroitRgpd.RECTIFICATION),
)

_SGM = {
    "intitule": "Secrétaire général de mairie (F/H)",
    "statut": Statut(categories=(Categorie.C,)),
}

_HOPITAL = Employeur(nom="CHU de Test", type=TypeEmployeur.HOPITAL, versant=Versant.HOSPITALIERE)

_SGM_2026 = {
    "intitule": "Secrétaire général de mairie (F/H)",
    "employeur": _commune(900),
    "calendrier": _dates(None, None, "2026-03-01"),
}
_CONTRACTUELS_NBI = attrs.evolve(_cdd("L332-8-2"), ouverture=Ouverture.CONTRACTUELS)

CAS: dict[str, tuple[Offre, Offre]] = {
    "CONTRAT-BASE-POSTE": (
        _offre(intitule="Agent d'entretien (F/H)", conditions=_cdd("L332-8-7")),
        _offre(intitule="Secrétaire général de mairie (F/H)", conditions=_cdd("L332-8-7")),
    ),
    "CONTRAT-MOTIF-BASE": (
        _offre(poste=Poste(motif=MotifRecrutement.VACANCE), conditions=_cdd("L332-13")),
        _offre(poste=Poste(motif=MotifRecrutement.REMPLACEMENT), conditions=_cdd("L332-13")),
    ),
    "CONTRAT-L332-8-2-SANS-FONCTIONNAIRE": (
        _offre(conditions=attrs.evolve(_cdd("L332-8-2"), ouverture=Ouverture.CONTRACTUELS)),
        _offre(
            conditions=attrs.evolve(
                _cdd("L332-8-2"), ouverture=Ouverture.TITULAIRES_ET_CONTRACTUELS
            )
        ),
    ),
    "CONTRAT-CDI-DIRECT": (
        _offre(conditions=_cdi("L332-8-2")),
        _offre(conditions=_cdd("L332-8-2", mois=36)),
    ),
    "STATUT-EMPLOI-FONCTIONNEL-CATEGORIE": (
        _offre(statut=Statut(categories=(Categorie.B,), emploi_fonctionnel=EmploiFonctionnel.DGS)),
        _offre(
            statut=Statut(
                categories=(Categorie.A, Categorie.B), emploi_fonctionnel=EmploiFonctionnel.DGS
            )
        ),
    ),
    "STATUT-SECRETAIRE-MAIRIE-C1": (
        _offre(statut=Statut(grades=(_grade("adjoint-administratif"),)), **_SGM_2026),
        _offre(
            statut=Statut(grades=(_grade("adjoint-administratif-principal-de-2e-classe"),)),
            **_SGM_2026,
        ),
    ),
    "REMUNERATION-NBI-CONTRACTUEL": (
        _offre(
            conditions=_CONTRACTUELS_NBI,
            remuneration=Remuneration(nbi=fpt_offres.Nbi(points=15)),
        ),
        _offre(
            conditions=attrs.evolve(
                _CONTRACTUELS_NBI, ouverture=Ouverture.TITULAIRES_ET_CONTRACTUELS
            ),
            remuneration=Remuneration(nbi=fpt_offres.Nbi(points=15)),
        ),
    ),
    "CALENDRIER-LIMITE-LOINTAINE": (
        _offre(calendrier=_dates("2025-03-01", "2026-03-03")),
        _offre(calendrier=_dates("2025-03-01", "2026-03-02")),
    ),
    "CANDIDATURE-COURRIEL-PROCHE": (
        _offre(
            candidature=Candidature(
                courriels=("rh@ville.fr",),
                contacts=(fpt_offres.Contact(courriel="rhh@ville.fr"),),
            )
        ),
        _offre(
            candidature=Candidature(
                courriels=("rh@ville.fr",),
                contacts=(fpt_offres.Contact(courriel="drh@ville.org"),),
            )
        ),
    ),
    "VERSANT-EMPLOYEUR": (
        _offre(employeur=attrs.evolve(_HOPITAL, versant=Versant.TERRITORIALE)),
        _offre(employeur=_HOPITAL),
    ),
    "VERSANT-BASE-TERRITORIALE": (
        _offre(employeur=_HOPITAL, conditions=_cdd("L332-8-2")),
        _offre(employeur=_HOPITAL, conditions=Conditions(contrat=Contrat())),
    ),
    "CONTRAT-DUREE-MAX": (
        _offre(conditions=_cdd("L332-23-2", mois=7)),
        _offre(conditions=_cdd("L332-23-2", mois=6)),
    ),
    "CONTRAT-DUREE-MIN": (
        _offre(conditions=_cdd("L332-24", mois=11)),
        _offre(conditions=_cdd("L332-24", mois=12)),
    ),
    "CONTRAT-RENOUVELLEMENT": (
        _offre(conditions=_cdd("L332-23-1", mois=12, renouvelable=True)),
        _offre(conditions=_cdd("L332-23-1", mois=6, renouvelable=True)),
    ),
    "CONTRAT-CDI-IMPOSSIBLE": (
        _offre(conditions=_cdi("L332-24")),
        _offre(conditions=_cdi("L332-8-2")),
    ),
    "CONTRAT-BESOIN-TEMPORAIRE-CDI": (
        _offre(poste=Poste(motif=MotifRecrutement.REMPLACEMENT), conditions=_cdi()),
        _offre(poste=Poste(motif=MotifRecrutement.VACANCE), conditions=_cdi()),
    ),
    "CONTRAT-NATURE-EMPLOI": (
        _offre(poste=Poste(permanent=False), conditions=_cdd("L332-8-2")),
        _offre(poste=Poste(permanent=False), conditions=_cdd("L332-23-1")),
    ),
    "CONTRAT-SANS-BASE": (
        _offre(conditions=Conditions(ouverture=Ouverture.TITULAIRES_ET_CONTRACTUELS)),
        _offre(conditions=attrs.evolve(_cdd("L332-8-2"), ouverture=Ouverture.CONTRACTUELS)),
    ),
    "CONTRAT-CONTRACTUELS-SEULS": (
        _offre(conditions=Conditions(ouverture=Ouverture.CONTRACTUELS)),
        _offre(
            poste=Poste(motif=MotifRecrutement.REMPLACEMENT),
            conditions=Conditions(ouverture=Ouverture.CONTRACTUELS),
        ),
    ),
    "CONTRAT-OUVERTURE-TITULAIRES": (
        _offre(conditions=Conditions(ouverture=Ouverture.TITULAIRES, contrat=Contrat())),
        _offre(conditions=Conditions(ouverture=Ouverture.TITULAIRES)),
    ),
    "CONTRAT-TNC-50": (
        _offre(conditions=attrs.evolve(_cdd("L332-8-5"), temps=_non_complet(17, 30).temps)),
        _offre(conditions=attrs.evolve(_cdd("L332-8-5"), temps=_non_complet(17, 29).temps)),
    ),
    "CONTRAT-SEUIL-HABITANTS": (
        _offre(employeur=_commune(1000), conditions=_cdd("L332-8-3")),
        _offre(employeur=_commune(999), conditions=_cdd("L332-8-3")),
    ),
    "CONTRAT-EMPLOI-FONCTIONNEL-DIRECT": (
        _offre(
            employeur=_commune(40000),
            statut=Statut(emploi_fonctionnel=EmploiFonctionnel.DGS),
            conditions=_cdd("L343-1-2"),
        ),
        _offre(
            employeur=_commune(40001),
            statut=Statut(emploi_fonctionnel=EmploiFonctionnel.DGS),
            conditions=_cdd("L343-1-2"),
        ),
    ),
    "TEMPS-PARTIEL-POSTE": (
        _offre(conditions=_temps(RegimeTemps.PARTIEL)),
        _offre(conditions=_temps(RegimeTemps.COMPLET, RegimeTemps.PARTIEL)),
    ),
    "TEMPS-PARTIEL-QUOTITE": (
        _offre(
            conditions=_temps(RegimeTemps.COMPLET, RegimeTemps.PARTIEL, quotite=Decimal("49.9"))
        ),
        _offre(conditions=_temps(RegimeTemps.COMPLET, RegimeTemps.PARTIEL, quotite=Decimal(50))),
    ),
    "TEMPS-COMPLET-INCOHERENT": (
        _offre(conditions=_temps(RegimeTemps.COMPLET, quotite=Decimal(90))),
        _offre(conditions=_temps(RegimeTemps.COMPLET, quotite=Decimal(100))),
    ),
    "TEMPS-NON-COMPLET-SANS-DUREE": (
        _offre(conditions=_temps(RegimeTemps.NON_COMPLET)),
        _offre(conditions=_non_complet(30)),
    ),
    "TEMPS-CNRACL": (
        _offre(conditions=_non_complet(27, 59)),
        _offre(conditions=_non_complet(28)),
    ),
    "TELETRAVAIL-MAX": (
        _offre(
            conditions=Conditions(teletravail=Teletravail(eligible=True, jours_max=Decimal("3.5")))
        ),
        _offre(conditions=Conditions(teletravail=Teletravail(eligible=True, jours_max=Decimal(3)))),
    ),
    "TELETRAVAIL-PRESENCE": (
        _offre(conditions=_teletravail("3", quotite=90)),
        _offre(conditions=_teletravail("2", quotite=80)),
    ),
    "TEMPS-RTT-SANS-DEPASSEMENT": (
        _offre(conditions=_cycle(35, rtt=1)),
        _offre(conditions=_cycle(36, rtt=6)),
    ),
    "STATUT-CATEGORIE-GRADE": (
        _offre(statut=Statut(categories=(Categorie.B,), grades=(_grade("attache"),))),
        _offre(statut=Statut(categories=(Categorie.A_PLUS,), grades=(_grade("attache"),))),
    ),
    "STATUT-SANS-GRADE": (
        _offre(statut=Statut(categories=(Categorie.A,))),
        _offre(statut=Statut(categories=(Categorie.A,), grades=(_grade("attache"),))),
    ),
    "STATUT-GRADE-SANS-CATEGORIE": (
        _offre(statut=Statut(grades=(_grade("attache"),))),
        _offre(statut=Statut(categories=(Categorie.A,), grades=(_grade("attache"),))),
    ),
    "STATUT-ABSENT": (
        _offre(statut=Statut()),
        _offre(statut=Statut(emploi_fonctionnel=EmploiFonctionnel.DGS)),
    ),
    "STATUT-FILIERE-GRADE": (
        _offre(statut=Statut(filieres=(Filiere.TECHNIQUE,), grades=(_grade("attache"),))),
        _offre(
            statut=Statut(
                filieres=(Filiere.SOCIALE,),
                grades=(_grade("auxiliaire-de-puericulture-de-classe-normale"),),
            )
        ),
    ),
    "STATUT-GRADE-EXTINCTION": (
        _offre(statut=Statut(grades=(_grade("directeur-territorial"),))),
        _offre(statut=Statut(grades=(_grade("attache-hors-classe"),))),
    ),
    "STATUT-EMPLOI-FONCTIONNEL-SEUIL": (
        _offre(employeur=_commune(1999), statut=Statut(emploi_fonctionnel=EmploiFonctionnel.DGS)),
        _offre(employeur=_commune(2000), statut=Statut(emploi_fonctionnel=EmploiFonctionnel.DGS)),
    ),
    "STATUT-NC-CGFP": (
        _offre(
            employeur=Employeur(
                nom="Commune de Poum",
                type=TypeEmployeur.COMMUNE,
                versant=Versant.NOUVELLE_CALEDONIE,
            ),
            conditions=_cdd("L332-8-2"),
        ),
        _offre(
            employeur=Employeur(
                nom="Commune de Poum",
                type=TypeEmployeur.COMMUNE,
                versant=Versant.NOUVELLE_CALEDONIE,
            ),
            statut=Statut(corps=(Corps(libelle="Attaché", versant=Versant.NOUVELLE_CALEDONIE),)),
        ),
    ),
    "STATUT-SECRETAIRE-MAIRIE-2028": (
        _offre(calendrier=_dates(None, None, "2028-01-01"), **_SGM),
        _offre(calendrier=_dates(None, None, "2027-12-31"), **_SGM),
    ),
    "CALENDRIER-PUBLICITE-COURTE": (
        _offre(calendrier=_dates("2025-01-31", "2025-02-27")),
        _offre(calendrier=_dates("2025-01-31", "2025-02-28")),
    ),
    "CALENDRIER-DVE": (
        _offre(poste=Poste(permanent=True, motif=MotifRecrutement.VACANCE)),
        _offre(poste=Poste(permanent=True, motif=MotifRecrutement.REMPLACEMENT)),
    ),
    "CALENDRIER-DATE-LIMITE-PASSEE": (
        _offre(calendrier=_dates(None, "2025-02-28")),
        _offre(calendrier=_dates(None, "2025-03-01")),
    ),
    "CALENDRIER-PRISE-AVANT-LIMITE": (
        _offre(calendrier=_dates(None, "2025-04-30", "2025-04-29")),
        _offre(calendrier=_dates(None, "2025-04-30", "2025-04-30")),
    ),
    "CALENDRIER-SANS-DATE-LIMITE": (
        _offre(calendrier=Calendrier()),
        _offre(calendrier=_dates(None, "2025-04-30")),
    ),
    "REMUNERATION-ABSENTE": (
        _offre(remuneration=Remuneration(avantages=(Avantage(type=TypeAvantage.CNAS),))),
        _offre(remuneration=Remuneration(statutaire=True)),
    ),
    "RGPD-ABSENTE": (
        _offre(mentions=Mentions()),
        _offre(mentions=Mentions(rgpd=RGPD_COMPLETE)),
    ),
    "RGPD-DUREE": (
        _offre(mentions=Mentions(rgpd=attrs.evolve(RGPD_COMPLETE, duree_conservation_mois=None))),
        _offre(mentions=Mentions(rgpd=RGPD_COMPLETE)),
    ),
    "RGPD-INCOMPLETE": (
        _offre(mentions=Mentions(rgpd=attrs.evolve(RGPD_COMPLETE, droits=()))),
        _offre(mentions=Mentions(rgpd=RGPD_COMPLETE)),
    ),
    "ACCESSIBILITE-ABSENTE": (
        _offre(mentions=Mentions()),
        _offre(
            mentions=Mentions(accessibilite="Poste ouvert aux personnes en situation de handicap.")
        ),
    ),
    "INTITULE-GENRE": (
        _offre(intitule="Secrétaire général"),
        _offre(intitule="Secrétaire général (F/H)"),
    ),
    "CANDIDATURE-SANS-MOYEN": (
        _offre(candidature=Candidature(destinataire="Monsieur le Maire")),
        _offre(candidature=Candidature(url="https://www.example.fr/postuler")),
    ),
}
"""Pour chaque règle : la plus petite offre qui la déclenche, et sa voisine qui ne la déclenche pas."""


# --- le registre ---------------------------------------------------------------------------------


class TestRegistre:
    """Le catalogue : au moins 25 règles, codes stables, sources et corrections."""

    def test_au_moins_25_regles(self) -> None:
        """Le catalogue compte au moins 25 règles, aux codes uniques."""
        assert len(regles()) >= 25
        assert len(set(CODES)) == len(CODES)

    def test_chaque_regle_a_son_cas(self) -> None:
        """Chaque règle a sa paire d'offres dans ``CAS`` (ajouter une règle, c'est ajouter son test)."""
        assert set(CAS) == set(CODES)

    @pytest.mark.parametrize("code", CODES)
    def test_regle_decrite(self, code: str) -> None:
        """Chaque règle a un code en majuscules, un titre, une explication, une source et une correction."""
        r = regle(code)
        assert r.code == code.upper()
        assert r.famille in FAMILLES
        assert r.titre
        assert r.correction
        assert len(r.explication) > 40
        assert r.source.url.startswith(("http://", "https://"))
        assert r.source.titre

    def test_ordre_par_famille(self) -> None:
        """Les règles sont rangées par famille, dans l'ordre du catalogue."""
        rangs = [FAMILLES.index(r.famille) for r in REGLES]
        assert rangs == sorted(rangs)

    def test_regle_inconnue(self) -> None:
        """Un code inconnu lève RegleInconnue, un LookupError, avec les codes proches."""
        with pytest.raises(LookupError) as erreur:
            regle("contrat-duree-max")
        assert isinstance(erreur.value, RegleInconnue)
        assert "CONTRAT-DUREE-MAX" in erreur.value.suggestions

    def test_seules_les_regles_du_jour_dependent_du_jour(self) -> None:
        """La seule règle qui dépend du jour est celle de la date limite passée."""
        assert [r.code for r in REGLES if r.du_jour] == ["CALENDRIER-DATE-LIMITE-PASSEE"]


# --- les diagnostics ------------------------------------------------------------------------------


class TestDiagnostic:
    """La forme d'un diagnostic : texte français, dictionnaire JSON."""

    def _un(self) -> Diagnostic:
        return verifier(CAS["CONTRAT-DUREE-MAX"][0])[0]

    def test_texte(self) -> None:
        """``str`` donne « chemin : message [CODE] »."""
        assert str(self._un()) == (
            "conditions.contrat.duree : un contrat de 7 mois dépasse les 6 mois que permet "
            "L332-23 2° [CONTRAT-DUREE-MAX]"
        )

    def test_source_de_la_base_citee(self) -> None:
        """Une règle qui porte sur une base légale cite la source de cette base."""
        base = nomenclature.bases_legales_par_code()["L332-23-2"]
        assert self._un().source == base.source

    def test_vers_dict_json(self) -> None:
        """``vers_dict`` ne contient que des types JSON, et toutes les informations."""
        donnees = self._un().vers_dict()
        assert json.loads(json.dumps(donnees)) == donnees
        assert donnees["severite"] == "erreur"
        assert set(donnees) == {"code", "severite", "chemin", "message", "correction", "source"}
        assert donnees["source"]["url"].startswith("https://")

    def test_racine(self) -> None:
        """Un chemin vide s'écrit « (racine) »."""
        d = Diagnostic(
            code="X",
            severite=Severite.INFORMATION,
            chemin="",
            message="m",
            source=Source(url="https://example.org"),
            correction="c",
        )
        assert str(d) == "(racine) : m [X]"


# --- verifier --------------------------------------------------------------------------------------


class TestVerifier:
    """L'ordre des diagnostics, et la date du jour."""

    def test_tri(self) -> None:
        """Les diagnostics sont triés par sévérité, puis chemin, puis code."""
        offre = _offre(
            intitule="Secrétaire général",
            conditions=_cdd("L332-23-2", mois=7),
            mentions=Mentions(rgpd=MentionRgpd()),
        )
        trouves = verifier(offre, aujourd_hui=JOUR)
        cles = [(d.severite.rang, d.chemin, d.code) for d in trouves]
        assert cles == sorted(cles)
        assert trouves[0].severite is Severite.ERREUR
        assert trouves[-1].severite is Severite.INFORMATION

    def test_sans_jour_regle_du_jour_sautee(self) -> None:
        """Sans ``aujourd_hui``, la règle de la date limite passée n'est pas appliquée."""
        offre = CAS["CALENDRIER-DATE-LIMITE-PASSEE"][0]
        assert "CALENDRIER-DATE-LIMITE-PASSEE" in codes(offre)
        assert "CALENDRIER-DATE-LIMITE-PASSEE" not in codes(offre, aujourd_hui=None)

    def test_deterministe(self) -> None:
        """Deux vérifications de la même offre rendent les mêmes diagnostics."""
        for offre in fpt_offres.exemples():
            assert verifier(offre, aujourd_hui=JOUR) == verifier(offre, aujourd_hui=JOUR)


# --- chaque règle ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_plus_petite_offre_declenche(code: str) -> None:
    """La plus petite offre du cas de la règle la déclenche."""
    assert code in codes(CAS[code][0])


@pytest.mark.parametrize("code", CODES)
def test_offre_voisine_epargnee(code: str) -> None:
    """L'offre voisine, qui respecte la règle, ne la déclenche pas."""
    assert code not in codes(CAS[code][1])


@pytest.mark.parametrize("code", CODES)
def test_declencher_offre_minimale(code: str) -> None:
    """``declencher`` fait de l'offre minimale une offre qui déclenche la règle."""
    assert code in codes(regle(code).declencher(MINIMALE))


def _profil() -> settings:
    """Le profil hypothesis chargé par conftest.py."""
    profil = settings.default
    assert profil is not None
    return profil


def _exemples_par_regle() -> int:
    """Un cinquantième des exemples du profil par règle : la propriété d'ensemble fait le reste."""
    return max(5, _profil().max_examples // 50)


@pytest.mark.parametrize("code", CODES)
@settings(max_examples=_exemples_par_regle())
@given(offre=offres())
def test_declencher_toute_offre(code: str, offre: Offre) -> None:
    """``declencher`` fait de toute offre valide une offre valide qui déclenche la règle."""
    assert code in codes(regle(code).declencher(offre))


@given(offre=offres())
def test_declencher_toutes_les_regles(offre: Offre) -> None:
    """Sur une même offre, chaque ``declencher`` déclenche sa règle, chaque ``epargner`` l'évite."""
    for r in REGLES:
        assert r.code in codes(r.declencher(offre)), r.code
        if r.epargner is not None:
            assert r.code not in codes(r.epargner(offre)), r.code


@pytest.mark.parametrize("code", [r.code for r in REGLES if r.epargner is not None])
@settings(max_examples=_exemples_par_regle())
@given(offre=offres())
def test_epargner_toute_offre(code: str, offre: Offre) -> None:
    """``epargner`` fait de toute offre valide une offre qui ne déclenche pas la règle."""
    epargner = regle(code).epargner
    assert epargner is not None
    assert code not in codes(epargner(offre))


@given(offre=offres())
def test_verifier_ne_leve_jamais(offre: Offre) -> None:
    """``verifier`` rend un tuple de diagnostics pour toute offre, avec ou sans jour."""
    for jour in (None, JOUR):
        for d in verifier(offre, aujourd_hui=jour):
            assert d.code in CODES
            assert json.dumps(d.vers_dict())


# --- les offres d'exemple --------------------------------------------------------------------------

# Ce qu'un lecteur attentif du texte de chaque offre source (shared/corpus/seeds/*.txt) relève,
# vérifié au 1er mars 2025 (avant chacune des dates limites), dans l'ordre de verifier :
# avertissements puis informations, chacun par chemin.
ATTENDUS = {
    "01-marne-secretaire-general": [
        # « ouvert aux titulaires ou aux contractuels » : sur quelle base, l'offre ne le dit pas.
        "CONTRAT-SANS-BASE",
        # Rien sur l'ouverture aux personnes en situation de handicap. La notice RGPD est
        # complète (finalité, responsable, 2 ans, droits, adresses), l'intitulé porte « F/H ».
        "ACCESSIBILITE-ABSENTE",
        # « Poste de catégorie A et A+ » : aucun cadre d'emplois ni grade nommé.
        "STATUT-SANS-GRADE",
    ],
    "02-haute-marne-maisons-departementales": [
        # « Contrat de 3 ans » sans le moindre moyen de candidater (ni courriel, ni adresse).
        "CANDIDATURE-SANS-MOYEN",
        # Un contrat de 3 ans, rien pour les fonctionnaires, et sans base légale (projet ?
        # L332-8 ?) : un avertissement, comme pour toute offre qui ne propose qu'un contrat.
        "CONTRAT-CONTRACTUELS-SEULS",
        # Ni catégorie, ni grade : le texte n'en dit rien.
        "STATUT-ABSENT",
        "ACCESSIBILITE-ABSENTE",
        "RGPD-ABSENTE",
        # Aucun mot sur la rémunération. L'intitulé « Responsable du projet » est épicène.
        "REMUNERATION-ABSENTE",
    ],
    "03-poum-secretaire-general": [
        # Aucun courriel, lien ni adresse pour candidater.
        "CANDIDATURE-SANS-MOYEN",
        # Rien sur la rémunération. Le reste (publicité de 3 semaines, intitulé au masculin,
        # RGPD, CDD sans base) relève du droit métropolitain, qui ne s'applique pas aux
        # communes de Nouvelle-Calédonie (statut local) : non signalé.
        "REMUNERATION-ABSENTE",
    ],
    "04-mel-charge-mission-dgs": [
        # Pas de date limite de candidature dans le texte.
        "CALENDRIER-SANS-DATE-LIMITE",
        # « à l'attention de Monsieur le Président », sans adresse ni courriel.
        "CANDIDATURE-SANS-MOYEN",
        # « Chargé de mission », au masculin, sans F/H.
        "INTITULE-GENRE",
        # « fonctionnaire … ou contractuel », sans base légale.
        "CONTRAT-SANS-BASE",
        "RGPD-ABSENTE",
        # Des avantages (CET, CNAS, transport) mais aucune rémunération.
        "REMUNERATION-ABSENTE",
        # « catégorie A+ ou A de la filière administrative » : aucun grade nommé. Le handicap
        # est mentionné (« Tous nos postes sont ouverts… »).
        "STATUT-SANS-GRADE",
    ],
    "05-seine-saint-denis-affaires-institutionnelles": [
        "CALENDRIER-SANS-DATE-LIMITE",
        # « Postuler » est un bouton dont le texte ne donne pas la cible.
        "CANDIDATURE-SANS-MOYEN",
        # 50 % = 2,5 jours ; « jusqu'à un jour de télétravail » laisse 1,5 jour sur site.
        "TELETRAVAIL-PRESENCE",
        # Un mi-temps est un temps non complet de 17 h 30, sous le seuil CNRACL de 28 h.
        "TEMPS-CNRACL",
        # Le bâtiment est dit « 100 % inclusif », mais rien n'ouvre le poste aux personnes
        # en situation de handicap.
        "ACCESSIBILITE-ABSENTE",
        "RGPD-ABSENTE",
        "REMUNERATION-ABSENTE",
        # « Catégorie A, Filière Administrative » sans grade. L'intitulé est inclusif.
        "STATUT-SANS-GRADE",
    ],
}


@pytest.mark.parametrize(("nom", "offre"), fpt_offres._exemples.exemples_nommes())
def test_exemple(nom: str, offre: Offre) -> None:
    """Chaque offre d'exemple reçoit exactement les diagnostics qu'un lecteur de son texte relève."""
    assert codes(offre) == ATTENDUS[nom]


def test_exemple_date_limite_passee() -> None:
    """Vérifiée après sa date limite (30 avril 2026), l'offre de la Marne le signale."""
    marne = fpt_offres.exemples()[0]
    trouves = verifier(marne, aujourd_hui=datetime.date(2026, 5, 1))
    attendu = (
        "calendrier.date_limite_candidature : la date limite du 30/04/2026 est passée au "
        "01/05/2026 [CALENDRIER-DATE-LIMITE-PASSEE]"
    )
    assert [str(d) for d in trouves if d.code == "CALENDRIER-DATE-LIMITE-PASSEE"] == [attendu]


def test_aucune_erreur_dans_les_exemples() -> None:
    """Les offres d'exemple, publiées, n'enfreignent aucune règle de sévérité erreur."""
    for offre in fpt_offres.exemples():
        assert all(d.severite is not Severite.ERREUR for d in verifier(offre, aujourd_hui=JOUR))


# --- détails des règles ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intitule", "ouvert"),
    [
        ("Secrétaire général (F/H)", True),
        ("Chargé·e de mission H/F", True),
        ("UN·E CHARGÉ·E DE MISSION", True),
        ("Chargé(e) de communication", True),
        ("Animateur/trice jeunesse", True),
        ("Directeur ou directrice des finances", True),
        ("Responsable du projet « maisons départementales »", True),
        ("Gestionnaire RH", True),
        ("Responsable technique", True),
        ("ATSEM", True),
        ("Secrétaire général", False),
        ("Chargé de mission auprès du Directeur général des services", False),
        ("Un chargé de mission", False),
        ("Assistante de direction", False),
        ("Infirmier", False),
        ("SECRÉTAIRE GÉNÉRAL", False),
    ],
)
def test_intitule_ouvert_aux_deux_sexes(intitule: str, ouvert: bool) -> None:
    """L'heuristique reconnaît les marques, les doublets et les intitulés épicènes."""
    assert intitule_ouvert_aux_deux_sexes(intitule) is ouvert


@pytest.mark.parametrize(
    ("jour", "attendu"),
    [
        (datetime.date(2025, 1, 31), datetime.date(2025, 2, 28)),
        (datetime.date(2024, 1, 31), datetime.date(2024, 2, 29)),
        (datetime.date(2025, 12, 15), datetime.date(2026, 1, 15)),
    ],
)
def test_un_mois_apres(jour: datetime.date, attendu: datetime.date) -> None:
    """Un mois plus tard : même jour, ou dernier jour d'un mois plus court."""
    assert un_mois_apres(jour) == attendu


@pytest.mark.parametrize(
    ("chiffre", "minimum", "maximum"),
    [
        (Chiffre(valeur=1000), 1000, 1000),
        (Chiffre(valeur=1000, approximation=fpt_offres.Approximation.PLUS_DE), 1001, None),
        (Chiffre(valeur=1000, approximation=fpt_offres.Approximation.MOINS_DE), None, 999),
        (Chiffre(valeur=1000, approximation=fpt_offres.Approximation.ENVIRON), 1000, 1000),
    ],
)
def test_bornes_de_population(chiffre: Chiffre, minimum: int | None, maximum: int | None) -> None:
    """« plus de », « moins de » et « environ » bornent la population comme on le lit."""
    employeur = _commune(1).__class__(nom="X", type=TypeEmployeur.COMMUNE, nombre_habitants=chiffre)
    assert outils.habitants_min(employeur) == minimum
    assert outils.habitants_max(employeur) == maximum


def test_nouvelle_caledonie_hors_cgfp() -> None:
    """Une offre de Nouvelle-Calédonie n'est pas jugée sur le CGFP (publicité, contrat, RGPD)."""
    poum = _offre(
        intitule="Secrétaire général",
        employeur=Employeur(
            nom="Commune de Poum", type=TypeEmployeur.COMMUNE, versant=Versant.NOUVELLE_CALEDONIE
        ),
        conditions=Conditions(ouverture=Ouverture.CONTRACTUELS),
        calendrier=_dates("2025-03-28", "2025-04-18"),
    )
    assert codes(poum) == ["CANDIDATURE-SANS-MOYEN", "REMUNERATION-ABSENTE"]


def test_cnracl_enseignement_artistique() -> None:
    """Pour un professeur d'enseignement artistique, le seuil est de 12 h (sur 16), pas de 28 h."""
    professeur = Statut(grades=(_grade("professeur-d-enseignement-artistique-de-classe-normale"),))
    dix_heures = _offre(statut=professeur, conditions=_non_complet(10))
    quatorze_heures = _offre(statut=professeur, conditions=_non_complet(14))
    assert "TEMPS-CNRACL" in codes(dix_heures)
    assert "TEMPS-CNRACL" not in codes(quatorze_heures)


def test_duree_max_plusieurs_bases() -> None:
    """Quand l'offre hésite entre deux bases, la plus permissive fixe la durée maximale."""
    hesitante = _offre(conditions=_cdd("L332-23-2", "L332-14", mois=12))
    assert "CONTRAT-DUREE-MAX" not in codes(hesitante)
    assert "CONTRAT-DUREE-MAX" in codes(_offre(conditions=_cdd("L332-23-2", "L332-14", mois=13)))


def test_seuil_habitants_autre_employeur() -> None:
    """L332-8 3° n'est jamais ouvert à un département, quelle que soit sa population."""
    departement = _offre(
        employeur=Employeur(nom="Département de la Marne", type=TypeEmployeur.DEPARTEMENT),
        conditions=_cdd("L332-8-3"),
    )
    assert "CONTRAT-SEUIL-HABITANTS" in codes(departement)
