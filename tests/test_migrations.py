"""La migration du format 1 au format 2 : tout document de version 1 se lit, avec les mêmes faits."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import given

from fpt_offres import (
    Employeur,
    Metier,
    Offre,
    OffreInvalide,
    Poste,
    depuis_dict,
    depuis_json,
    exemples,
    vers_dict,
)
from fpt_offres.conversion.migrations import VERSION_FORMAT, VERSIONS_LUES, migrer
from fpt_offres.strategies import offres


def _en_version_1(offre: Offre) -> dict[str, Any]:
    """Le document de version 1 d'une offre que la version 1 sait dire (métier réduit à un libellé)."""
    document = vers_dict(offre)
    document["version"] = 1
    metier = document.get("poste", {}).get("metier")
    if metier is not None:
        document["poste"]["metier"] = metier["libelle"]
    return document


def _dicible_en_version_1(offre: Offre) -> Offre:
    """L'offre, son métier réduit à un libellé (la seule forme de la version 1)."""
    metier = offre.poste.metier
    if metier is None:
        return offre
    libelle = metier.libelle or metier.code or metier.famille or "métier"
    return attrs.evolve(offre, poste=attrs.evolve(offre.poste, metier=Metier(libelle=libelle)))


@given(offres())
def test_un_document_de_version_1_se_lit_avec_les_memes_faits(offre: Offre) -> None:
    """Écrite en version 1, une offre se relit identique (par la migration)."""
    offre = _dicible_en_version_1(offre)
    assert depuis_dict(_en_version_1(offre)) == offre


def test_le_metier_en_texte_devient_un_libelle() -> None:
    """« metier » de la version 1 (un texte) devient le libellé du métier."""
    document = {
        "version": 1,
        "intitule": "Agent",
        "employeur": {},
        "poste": {"metier": "Jardinier"},
    }
    offre = depuis_dict(document)
    assert offre.poste == Poste(metier=Metier(libelle="Jardinier"))


def test_migrer_ne_modifie_pas_le_document_recu() -> None:
    """migrer rend un nouveau dict et laisse celui qu'il reçoit intact."""
    document = {"version": 1, "intitule": "Agent", "poste": {"metier": "Jardinier"}}
    avant = copy.deepcopy(document)
    assert migrer(document)["poste"] == {"metier": {"libelle": "Jardinier"}}
    assert document == avant


def test_un_document_courant_passe_tel_quel() -> None:
    """Un document de la version courante, ou sans version, n'est pas changé."""
    document = vers_dict(exemples()[0])
    assert migrer(document) == document
    sans_version = {k: v for k, v in document.items() if k != "version"}
    assert migrer(sans_version) == sans_version


@pytest.mark.parametrize("version", [0, 3, "1", None, 1.0])
def test_une_version_inconnue_est_refusee(version: object) -> None:
    """migrer refuse une version qu'il ne lit pas, avec la règle version-format."""
    with pytest.raises(OffreInvalide) as erreur:
        migrer({"version": version})
    assert [p.regle for p in erreur.value.problemes] == ["version-format"]


def test_les_versions_lues() -> None:
    """La version 1 et la version courante (2) se lisent."""
    assert VERSIONS_LUES == (1, VERSION_FORMAT) == (1, 2)


def test_une_erreur_de_version_1_est_dite_au_chemin_de_la_version_2() -> None:
    """Un métier vide en version 1 est refusé au chemin qu'il prend en version 2."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_json('{"version": 1, "intitule": "A", "employeur": {}, "poste": {"metier": " "}}')
    assert [(p.chemin, p.regle) for p in erreur.value.problemes] == [
        ("poste.metier.libelle", "texte-vide")
    ]


def test_un_employeur_vide_de_version_1_se_lit() -> None:
    """Le nom et le type, obligatoires en version 1, sont facultatifs en version 2."""
    offre = depuis_dict({"version": 1, "intitule": "A", "employeur": {}})
    assert offre.employeur == Employeur()
