"""Ce que l'offre ne dit pas reste absent : ni « autre », ni 0, ni nom inventé, en aval non plus."""

from __future__ import annotations

import attrs
from hypothesis import given

from fpt_offres import (
    Avantage,
    Conditions,
    Contrat,
    Employeur,
    Missions,
    Offre,
    RegimeIndemnitaire,
    Remuneration,
    TypeAvantage,
    exemples,
    formater,
    jsonld,
    ligne,
    nomenclature,
)
from fpt_offres.exports.jsonld_page import proprietes_manquantes
from fpt_offres.strategies import offres


def _sans_employeur_dit(offre: Offre) -> Offre:
    return attrs.evolve(offre, employeur=attrs.evolve(offre.employeur, nom=None, type=None))


@given(offres())
def test_employeur_ni_nomme_ni_qualifie_reste_absent_partout(offre: Offre) -> None:
    """Sans nom ni type, la ligne dit None, l'annonce ne qualifie pas l'employeur, le JSON-LD dit le manque."""
    offre = _sans_employeur_dit(offre)
    rangee = ligne(offre)
    assert rangee["employeur_nom"] is None
    assert rangee["employeur_type"] is None
    assert "Type d’employeur" not in formater(offre, "texte")
    assert "hiringOrganization.name" in proprietes_manquantes(jsonld(offre))


def test_type_seul_absent_n_est_pas_autre() -> None:
    """Un employeur nommé dont le type n'est pas dit n'est pas rangé en « autre »."""
    offre = exemples()[0]
    offre = attrs.evolve(offre, employeur=attrs.evolve(offre.employeur, type=None))
    assert ligne(offre)["employeur_type"] is None
    texte = formater(offre, "texte")
    assert offre.employeur.nom is not None
    assert offre.employeur.nom in texte
    assert "Type d’employeur" not in texte


def test_missions_renvoyees_ailleurs_ne_se_comptent_pas() -> None:
    """« Voir fiche de poste jointe » : le nombre de missions est inconnu (None), pas 0."""
    offre = attrs.evolve(exemples()[0], missions=Missions(renvoi="Voir fiche de poste jointe"))
    assert ligne(offre)["missions_count"] is None
    assert "Voir fiche de poste jointe" in formater(offre, "texte")


def test_missions_vides_sans_renvoi_comptent_zero() -> None:
    """Une offre sans missions ni renvoi en compte 0 : elle n'en donne aucune."""
    offre = Offre(intitule="Agent (F/H)", employeur=Employeur())
    assert ligne(offre)["missions_count"] == 0


def test_article_que_l_offre_n_ecrit_pas_n_est_pas_dit() -> None:
    """Une base que l'offre ne fait qu'évoquer (« les conditions du décret n° 96-1087 »)
    n'a pas d'article dit ; écrite (« Art. L352-4 », « article 38 »), elle en a un."""
    base = nomenclature.base_legale("L352-4")

    def article(mots: tuple[str, ...]) -> object:
        contrat = Contrat(bases_legales=(base,), bases_legales_tels_qu_ecrits=mots)
        return ligne(attrs.evolve(exemples()[0], conditions=Conditions(contrat=contrat)))[
            "article_contrat"
        ]

    assert article(("décret n° 96-1087 du 10 décembre 1996",)) is None
    assert article(("Art. L. 352-4 du code général de la fonction publique",)) == "L352-4"
    assert article(("article 38 de la loi n° 84-53",)) == "L352-4"
    assert article(()) == "L352-4"  # sans les mots de l'offre, la base est tenue pour écrite


def test_remuneration_dans_les_mots_de_l_offre_ou_de_la_bibliotheque() -> None:
    """Les éléments de la rémunération : les mots de l'offre par défaut (initiale d'une puce
    en minuscule, sigle gardé), les noms de la bibliothèque sur demande."""
    remuneration = Remuneration(
        statutaire=True,
        statutaire_tel_qu_ecrit="Grille indiciaire",
        regime_indemnitaire=RegimeIndemnitaire(
            libelle="Régime indemnitaire", precision="Ministère de l'Intérieur"
        ),
        avantages=(
            Avantage(type=TypeAvantage.TITRES_RESTAURANT, libelle="Titres de restaurant"),
            Avantage(type=TypeAvantage.RTT, libelle="ARTT"),
            Avantage(type=TypeAvantage.AUTRE, libelle="contrat collectif MNT"),
        ),
    )
    offre = attrs.evolve(exemples()[0], remuneration=remuneration)
    assert ligne(offre)["remuneration_mentions"] == [
        "grille indiciaire",
        "régime indemnitaire",
        "titres de restaurant",
        "ARTT",
        "contrat collectif MNT",
    ]
    assert ligne(offre, libelles="officiels")["remuneration_mentions"] == [
        "rémunération statutaire",
        "régime indemnitaire",
        "titres-restaurant",
        "RTT",
        "contrat collectif MNT",
    ]
    assert "Régime indemnitaire\u00a0: Ministère de l’Intérieur" in formater(offre, "texte")
