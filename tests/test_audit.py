"""Les cas reproduits par l'audit de décembre 2026 (``shared/reference/audit-2026-12.md``).

Chaque cas part de l'offre de base de l'audit : une commune de 5 000 habitants,
un emploi permanent de catégorie C, des dates valables, les mentions RGPD et
handicap ; seule, elle ne donne aucun diagnostic. Les faux positifs (section
3.2) ne doivent rien donner ; les manques (section 3.3) doivent donner le bon
diagnostic.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from fpt_offres import Offre, depuis_dict, nomenclature, verifier

JOUR = datetime.date(2025, 3, 1)

BASE: dict[str, Any] = {
    "intitule": "Agent d'entretien (F/H)",
    "reference": "O07725030001",  # le numéro de la déclaration de vacance (CALENDRIER-DVE)
    "employeur": {
        "nom": "Commune de Test",
        "type": "commune",
        "nombre_habitants": {"valeur": 5000},
    },
    "poste": {"permanent": True, "motif": "vacance"},
    "statut": {"categories": ["C"], "grades": ["adjoint-technique"]},
    "conditions": {"ouverture": "titulaires", "temps": {"regimes": ["complet"]}},
    "remuneration": {"statutaire": True},
    "calendrier": {"date_publication": "2025-03-01", "date_limite_candidature": "2025-04-15"},
    "candidature": {"courriels": ["recrutement@example.fr"]},
    "mentions": {
        "rgpd": {
            "finalite": "étudier votre candidature",
            "responsable": "la commune",
            "duree_conservation_mois": 24,
            "droits": ["acces", "rectification"],
        },
        "accessibilite": "Poste ouvert aux personnes en situation de handicap.",
    },
}


def _fusion(base: dict[str, Any], changements: dict[str, Any]) -> dict[str, Any]:
    sortie = dict(base)
    for cle, valeur in changements.items():
        if isinstance(valeur, dict) and isinstance(sortie.get(cle), dict):
            sortie[cle] = _fusion(sortie[cle], valeur)
        else:
            sortie[cle] = valeur
    return sortie


def offre(**changements: Any) -> Offre:
    """L'offre de base de l'audit, avec ces champs changés (les dictionnaires se fusionnent)."""
    return depuis_dict(_fusion(BASE, changements))


def codes(o: Offre) -> list[str]:
    return [d.code for d in verifier(o, aujourd_hui=JOUR)]


def _contrat(*bases: str, **champs: Any) -> dict[str, Any]:
    return {
        "ouverture": "titulaires_et_contractuels",
        "contrat": {"nature": "cdd", "bases_legales": list(bases), **champs},
    }


def test_offre_de_base_sans_diagnostic() -> None:
    """L'offre de base de l'audit ne donne aucun diagnostic."""
    assert codes(offre()) == []


# --- 3.2 faux positifs ----------------------------------------------------------------------------

FAUX_POSITIFS: dict[str, Any] = {
    # FP1 : « article 3-3 5° » est l'autorité extérieure (L332-8 6°), légal à 1 500 habitants et 35 h.
    "FP1-ancien-3-3-5": lambda: offre(
        employeur={"nombre_habitants": {"valeur": 1500}},
        conditions=_contrat(nomenclature.base_legale("article 3-3 5° de la loi 84-53").code),
    ),
    # FP2 : un remplacement laisse l'emploi occupé : pas de publicité d'un mois.
    "FP2-remplacement": lambda: offre(
        poste={"motif": "remplacement"},
        conditions=_contrat("L332-13", duree={"mois": 6}),
        calendrier={"date_limite_candidature": "2025-03-11"},
    ),
    # FP3 : L332-23 1° pourvoit un emploi non permanent, que le poste le dise ou non.
    "FP3-non-permanent-par-la-base": lambda: offre(
        poste={"permanent": None, "motif": None},
        conditions=_contrat("L332-23-1", duree={"mois": 6}),
        calendrier={"date_limite_candidature": "2025-03-08"},
    ),
    # FP4 : le temps complet d'un professeur d'enseignement artistique est de 16 h…
    "FP4-PEA-16h": lambda: offre(
        statut={
            "categories": ["A"],
            "grades": ["professeur-d-enseignement-artistique-de-classe-normale"],
        },
        conditions={"temps": {"regimes": ["complet"], "heures_hebdo": {"heures": 16}}},
    ),
    # … et celui d'un assistant d'enseignement artistique de 20 h.
    "FP4-AEA-20h": lambda: offre(
        statut={"categories": ["B"], "grades": ["assistant-d-enseignement-artistique"]},
        conditions={"temps": {"regimes": ["complet"], "heures_hebdo": {"heures": 20}}},
    ),
    # FP5 : infirmier de nuit à l'hôpital, temps complet de 32 h 30.
    "FP5-nuit-FPH": lambda: offre(
        intitule="Infirmier de nuit (F/H)",
        employeur={"type": "hopital", "versant": "hospitaliere", "nombre_habitants": None},
        statut={
            "categories": ["A"],
            "grades": [],
            "corps": [{"libelle": "infirmier en soins généraux", "versant": "hospitaliere"}],
        },
        conditions={
            "temps": {"regimes": ["complet"], "heures_hebdo": {"heures": 32, "minutes": 30}},
        },
    ),
    # FP6 : 40 % est la part du poste à temps non complet, pas un temps partiel.
    "FP6-part-du-temps-non-complet": lambda: offre(
        conditions={"temps": {"regimes": ["non_complet", "partiel"], "quotite": "40"}},
    ),
    # Temps partiel sur un poste à temps non complet : légal depuis 2025 (décret n° 2024-1263).
    "temps-partiel-sur-temps-non-complet": lambda: offre(
        conditions={
            "temps": {
                "regimes": ["non_complet", "partiel"],
                "heures_hebdo": {"heures": 30},
                "quotite": "80",
            }
        },
    ),
    # Bord : un DGS de 60 000 habitants, réservé aux titulaires, avec un contrat L343-1.
    "bord-DGS-L343-1-titulaires": lambda: offre(
        intitule="Directeur ou directrice général des services",
        employeur={"nombre_habitants": {"valeur": 60000}},
        statut={
            "categories": ["A"],
            "grades": ["attache-hors-classe"],
            "emploi_fonctionnel": "dgs",
        },
        conditions={**_contrat("L343-1-2"), "ouverture": "titulaires"},
    ),
    # « Prioritairement par voie statutaire » : le contractuel ne viendrait qu'à défaut.
    "prioritairement-statutaire": lambda: offre(
        conditions={"ouverture": "prioritairement_titulaires"},
    ),
    # Un intitulé inclusif écrit avec un trait d'union ou une barre oblique.
    "intitule-trait-d-union": lambda: offre(intitule="Opérateur-trice de vidéoprotection"),
    "intitule-barre-oblique": lambda: offre(intitule="Agent/Agente d'entretien"),
}


ATTENDUS_FAUX_POSITIFS = {
    # 14 h par semaine : sous le seuil de 28 h de la CNRACL, une information juste.
    "FP6-part-du-temps-non-complet": ["TEMPS-CNRACL"],
}


@pytest.mark.parametrize("cas", FAUX_POSITIFS)
def test_faux_positif_de_l_audit(cas: str) -> None:
    """Chaque offre légale de la section 3.2 ne donne aucun diagnostic (ou le seul juste)."""
    assert codes(FAUX_POSITIFS[cas]()) == ATTENDUS_FAUX_POSITIFS.get(cas, [])


# --- 3.3 manques ----------------------------------------------------------------------------------

MANQUES: dict[str, tuple[Any, str]] = {
    # M1 : un employeur de l'État cite la base territoriale L332-8 2°.
    "M1-Etat-base-territoriale": (
        lambda: offre(
            employeur={"type": "etat", "versant": "etat", "nombre_habitants": None},
            conditions=_contrat("L332-8-2", duree={"mois": 36}),
        ),
        "VERSANT-BASE-TERRITORIALE",
    ),
    # M2 : un hôpital dont le versant, omis, vaut « territoriale ».
    "M2-hopital-sans-versant": (
        lambda: offre(
            employeur={"type": "hopital", "nombre_habitants": None},
            conditions=_contrat("L332-8-2"),
        ),
        "VERSANT-EMPLOYEUR",
    ),
    # M3 : L332-8 7° (secrétaire général de mairie) pour un agent d'entretien.
    "M3-7-hors-SGM": (
        lambda: offre(
            employeur={"nombre_habitants": {"valeur": 1500}}, conditions=_contrat("L332-8-7")
        ),
        "CONTRAT-BASE-POSTE",
    ),
    # M4 : L332-8 4° (communes nouvelles) cité par un département.
    "M4-4-departement": (
        lambda: offre(
            employeur={"type": "departement", "nombre_habitants": None},
            conditions=_contrat("L332-8-4"),
        ),
        "CONTRAT-SEUIL-HABITANTS",
    ),
    # M5 : L343-1 2° pour un chargé de mission, qui n'est pas un emploi fonctionnel.
    "M5-L343-1-sans-emploi-fonctionnel": (
        lambda: offre(
            intitule="Chargé de mission (F/H)",
            employeur={"nombre_habitants": {"valeur": 60000}},
            statut={"categories": ["A"], "grades": ["attache"]},
            conditions=_contrat("L343-1-2"),
        ),
        "CONTRAT-BASE-POSTE",
    ),
    # M6 : L332-13 (remplacement) pour une vacance.
    "M6-remplacement-pour-vacance": (
        lambda: offre(conditions=_contrat("L332-13")),
        "CONTRAT-MOTIF-BASE",
    ),
    # M9 : CDI d'emblée sur L332-8 2° pour un nouveau venu.
    "M9-CDI-direct": (
        lambda: offre(
            conditions={
                "ouverture": "titulaires_et_contractuels",
                "contrat": {"nature": "cdi", "bases_legales": ["L332-8-2"]},
            }
        ),
        "CONTRAT-CDI-DIRECT",
    ),
    # M14 : contrat de projet (L332-24) pour une vacance.
    "M14-projet-pour-vacance": (
        lambda: offre(
            poste={"permanent": None}, conditions=_contrat("L332-24", duree={"mois": 24})
        ),
        "CONTRAT-MOTIF-BASE",
    ),
    # M16 : NBI de 15 points dans une offre réservée aux contractuels (L332-8 2°).
    "M16-NBI-contractuels": (
        lambda: offre(
            conditions={**_contrat("L332-8-2"), "ouverture": "contractuels"},
            remuneration={"nbi": {"points": 15}},
        ),
        "REMUNERATION-NBI-CONTRACTUEL",
    ),
    # M17 : secrétaire général de mairie en 2026, 900 habitants, grade C1.
    "M17-SGM-C1": (
        lambda: offre(
            intitule="Secrétaire général de mairie (F/H)",
            employeur={"nombre_habitants": {"valeur": 900}},
            statut={"categories": ["C"], "grades": ["adjoint-administratif"]},
            calendrier={"prise_de_poste": "2026-06-01"},
        ),
        "STATUT-SECRETAIRE-MAIRIE-C1",
    ),
    # M18 : emploi fonctionnel de DGS offert à la catégorie B.
    "M18-DGS-categorie-B": (
        lambda: offre(
            intitule="Directeur ou directrice général des services",
            statut={"categories": ["B"], "grades": ["redacteur"], "emploi_fonctionnel": "dgs"},
        ),
        "STATUT-EMPLOI-FONCTIONNEL-CATEGORIE",
    ),
    # M19 : L332-8 2° dans une offre réservée aux contractuels.
    "M19-2-contractuels": (
        lambda: offre(conditions={**_contrat("L332-8-2"), "ouverture": "contractuels"}),
        "CONTRAT-L332-8-2-SANS-FONCTIONNAIRE",
    ),
    # M20 : intitulé au féminin malgré « (F/H) ».
    "M20-intitule-feminin-FH": (
        lambda: offre(intitule="Assistante de direction (F/H)"),
        "INTITULE-GENRE",
    ),
    # M21 : DST d'une commune de 60 000 habitants (décret n° 90-128 : 10 000 à 40 000).
    "M21-DST-60000": (
        lambda: offre(
            intitule="Directeur ou directrice des services techniques",
            employeur={"nombre_habitants": {"valeur": 60000}},
            statut={
                "categories": ["A"],
                "grades": ["ingenieur-principal"],
                "emploi_fonctionnel": "dst",
            },
        ),
        "STATUT-EMPLOI-FONCTIONNEL-SEUIL",
    ),
    # Item 4 de l'issue : une offre qui ne propose qu'un contrat, sans base légale.
    "contrat-seul-sans-base": (
        lambda: offre(
            conditions={"ouverture": None, "contrat": {"nature": "cdd", "duree": {"mois": 36}}}
        ),
        "CONTRAT-CONTRACTUELS-SEULS",
    ),
    # Des dates qui ne peuvent pas être justes : prise de poste avant la publication…
    "prise-avant-publication": (
        lambda: offre(calendrier={"date_limite_candidature": None, "prise_de_poste": "2025-02-01"}),
        "CALENDRIER-PRISE-AVANT-LIMITE",
    ),
    # … date limite plus d'un an après la publication…
    "limite-lointaine": (
        lambda: offre(calendrier={"date_limite_candidature": "2026-04-15"}),
        "CALENDRIER-LIMITE-LOINTAINE",
    ),
    # … courriel du contact à un caractère de celui de la candidature.
    "courriel-proche": (
        lambda: offre(
            candidature={
                "courriels": ["recrutement@example.fr"],
                "contacts": [{"nom": "Mme X", "courriel": "recrutemen@example.fr"}],
            }
        ),
        "CANDIDATURE-COURRIEL-PROCHE",
    ),
    # M8 : L332-8 5° pour un assistant d'enseignement artistique à 12 h sur 20 (60 %).
    "M8-AEA-12h-sur-20": (
        lambda: offre(
            statut={"categories": ["B"], "grades": ["assistant-d-enseignement-artistique"]},
            conditions={
                **_contrat("L332-8-5"),
                "temps": {"regimes": ["non_complet"], "heures_hebdo": {"heures": 12}},
            },
        ),
        "CONTRAT-TNC-50",
    ),
    # M11 : temps partiel à 75 % sur un poste à temps non complet (50, 60, 70, 80 ou 90 % seulement).
    "M11-temps-partiel-75-sur-TNC": (
        lambda: offre(
            conditions={
                "temps": {
                    "regimes": ["non_complet", "partiel"],
                    "heures_hebdo": {"heures": 30},
                    "quotite": "75",
                }
            },
        ),
        "TEMPS-PARTIEL-QUOTITE",
    ),
}


@pytest.mark.parametrize("cas", MANQUES)
def test_manque_de_l_audit(cas: str) -> None:
    """Chaque offre fautive de la section 3.3 reçoit le diagnostic qui lui manquait."""
    fabrique, code = MANQUES[cas]
    assert code in codes(fabrique())
