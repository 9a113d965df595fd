"""Ce que l'offre ne dit pas reste absent : ni « autre », ni 0, ni nom inventé, en aval non plus."""

from __future__ import annotations

import attrs
from hypothesis import given

from fpt_offres import Employeur, Missions, Offre, exemples, formater, jsonld, ligne
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
