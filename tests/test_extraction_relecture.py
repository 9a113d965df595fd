"""La bibliothèque lit ce qu'elle écrit : ``extraire(formater(offre))`` redonne la ligne.

Pour toute offre engendrée, dans chaque format d'annonce (texte, Markdown, HTML, HTML
simple), chaque colonne de :func:`~fpt_offres.ligne` que l'annonce énonce se relit à
l'identique. Chaque colonne est soit relue (:data:`RELUES`), soit exclue avec sa raison
(:data:`EXCLUES`) ; une colonne nouvelle de ``ligne`` doit prendre place dans l'une des deux.

« Énoncer » a trois limites, écrites dans :func:`_enoncee` et :func:`_forme_ecrite` :

- une valeur vide (``None``, ``[]``) n'est pas énoncée : l'annonce n'a pas de ligne pour
  dire qu'une offre ne dit rien ;
- un texte s'écrit à la typographie française de l'annonce (apostrophe ’, espaces
  insécables, blancs réduits, caractères de contrôle remplacés) : c'est cette forme que
  l'annonce énonce, ses blancs comptés comme des espaces ; et l'extraction lit tout texte
  comme du Markdown, où une barre oblique inverse échappe la ponctuation qui la suit, et
  le « ? » d'une apostrophe perdue comme une apostrophe ;
- les grades et cadres d'emplois s'écrivent sous leur libellé officiel (``libelles="officiels"``),
  pas sous les mots de l'offre d'origine.
"""

from __future__ import annotations

import re
from typing import Any, get_args

import pytest
from hypothesis import given, settings

from fpt_offres import ligne
from fpt_offres.exports.ligne import COLONNES
from fpt_offres.extraction import extraire
from fpt_offres.extraction._entree import _MOJIBAKE
from fpt_offres.extraction._segments import ETIQUETTES, cle
from fpt_offres.modele import Offre, TypeEmployeur
from fpt_offres.rendu import FormatRendu, formater
from fpt_offres.rendu._document import adresse, contient, typographie
from fpt_offres.rendu._sections import section_missions
from fpt_offres.strategies import offres

RELUES = {
    "employeur_type": "« Type d’employeur : commune » (sauf « autre employeur », que l'annonce tait)",
    "departement_code": "« Département : Marne (51) », « Département du poste : Var (83) »",
    "lieu_travail": "« Lieu de travail : … », daté ou non (sauf libellé remplacé : voir _enoncee)",
    "intitule": "le titre (sauf en HTML simple, ou s'il est une étiquette : voir _enoncee)",
    "categories": "« Poste de catégorie B, C ou A+ »",
    "filiere": "« Filières : sportive ou animation »",
    "cadres_emplois": "« Cadres d’emplois : … ou … » (sans corps : voir _enoncee)",
    "grades": "« Grades : … ou … », libellés officiels",
    "ouvert_contractuels": "l'ouverture écrite, ou un contrat (« Contrat : … »)",
    "article_contrat": "« 1° de l’article L332-23 du code général… », une ligne par base",
    "duree_contrat_mois": "« d’une durée de 18 mois »",
    "temps_travail": "« Temps de travail : temps complet »",
    "quotite_pourcent": "« Quotité : 94,4 % »",
    "heures_hebdo": "« 35 h par semaine », ou le cycle qui la dit",
    "missions_count": "les activités listées sous « Missions » (sans section, rien : voir _enoncee)",
    "teletravail_jours_max": "« Télétravail possible, jusqu’à 3,5 jours par semaine »",
    "date_publication": "« Date de publication : … »",
    "date_limite_candidature": "« Date limite de candidature : … »",
    "date_prise_poste": "« Prise de poste : … »",
    "permis_requis": "« Permis C exigé » (chaque catégorie une fois : voir _forme_ecrite)",
    "contact_email": "la première adresse de candidature",
    "reference": "« Référence : … »",
}
"""Les colonnes relues, et ce que l'annonce en écrit."""

EXCLUES = {
    "employeur_nom": (
        "écrit sans étiquette, seul en tête de l'annonce (en gras en Markdown et HTML) : "
        "l'extraction ne prend pas pour un nom la ligne qui suit le titre, que rien ne "
        "distingue d'un sous-titre dans une annonce quelconque (un nom qui dit sa nature, "
        "« Commune de … », est lu)"
    ),
    "remuneration_mentions": (
        "une colonne de synthèse, écrite avec perte à dessein : l'annonce écrit chaque "
        "avantage en toutes lettres (« Nouvelle bonification indiciaire (NBI) : 15 points », "
        "un libellé, un taux, une précision), la colonne n'en garde qu'un nom court"
    ),
}
"""Les colonnes que la propriété ne relit pas, et pourquoi."""


def test_chaque_colonne_est_relue_ou_exclue() -> None:
    assert set(RELUES) | set(EXCLUES) == set(COLONNES)
    assert not set(RELUES) & set(EXCLUES)


def _enoncee(offre: Offre, format_: FormatRendu, colonne: str) -> bool:
    """Vrai quand l'annonce de ``offre`` dans ``format_`` énonce la colonne."""
    if colonne == "intitule":
        # Le HTML simple n'a pas de titre : il va dans son propre champ du site. Un titre qui
        # est une étiquette de section (« Missions », « Filière ») se lit comme elle.
        return format_ != "html_simple" and cle(offre.intitule) not in ETIQUETTES
    if colonne == "missions_count":
        # Une offre sans missions n'a pas de section « Missions » : l'annonce n'écrit pas
        # qu'il y en a zéro, et l'extraction prend alors pour missions la liste qui décrit le
        # poste, comme dans les offres qui y listent leurs activités. Et une finalité, un
        # renvoi ou un titre de thème écrit comme une liste se lit comme les activités que
        # les offres écrivent ainsi.
        missions = offre.missions
        textes = [missions.finalite, missions.renvoi, *(t.intitule for t in missions.themes)]
        lignes = [ligne for texte in textes if texte is not None for ligne in texte.splitlines()]
        return bool(section_missions(offre).blocs) and not any(map(_comme_une_liste, lignes))
    if colonne == "employeur_type":
        return offre.employeur.type is not TypeEmployeur.AUTRE
    if colonne == "lieu_travail" and offre.poste.lieux:
        # L'adresse qui contient le libellé du lieu s'écrit à sa place (l'annonce ne dit pas
        # deux fois la même chose) : le libellé seul n'est plus écrit.
        lieu = offre.poste.lieux[0]
        return lieu.adresse is None or not contient(adresse(lieu.adresse), lieu.libelle)
    if colonne == "cadres_emplois":
        # Un corps (hors fonction publique territoriale) n'a pas de libellé de nomenclature :
        # l'extraction ne lit que les cadres d'emplois territoriaux.
        return not offre.statut.corps
    return True


def _comme_une_liste(ligne: str) -> bool:
    """Vrai pour une ligne qu'une offre écrirait dans une liste : une marque en tête
    (« - », « • », « o »), ou en fin « ; » qui la continue, « : » ou « … » qui l'annonce."""
    ligne = ligne.strip()
    return bool(ligne) and (
        not ligne[0].isalnum() or ligne[:2] == "o " or ligne.endswith((";", ":", "…", "..."))
    )


_ECHAPPEMENT = re.compile(r"\\([!-/:-@\[-`{-~])")


def _texte_ecrit(texte: str) -> str:
    # L'espace est une espace : ordinaire, insécable ou fine, selon la typographie de l'annonce.
    # Un texte est lu comme du Markdown, qui échappe la ponctuation : « \= » s'y lit « = » ;
    # et le « ? » d'une apostrophe perdue (« l?accueil », même « c?a@x.fr ») comme elle.
    texte = _MOJIBAKE.sub(r"\1'", _ECHAPPEMENT.sub(r"\1", texte))
    return " ".join(typographie(texte).split())


def _forme_ecrite(colonne: str, valeur: Any) -> Any:
    """La valeur de la colonne telle que l'annonce l'écrit, ``None`` si elle ne l'énonce pas."""
    if isinstance(valeur, str):
        valeur = _texte_ecrit(valeur)
    elif isinstance(valeur, list):
        valeur = [_texte_ecrit(v) if isinstance(v, str) else v for v in valeur]
    if colonne == "permis_requis":
        # Le modèle admet un permis deux fois (souhaité puis exigé) ; l'annonce l'écrit deux
        # fois, l'extraction en garde un par catégorie.
        valeur = sorted(set(valeur))
    return None if valeur in ("", []) else valeur


@pytest.mark.parametrize("format_", get_args(FormatRendu))
@settings(deadline=None)
@given(offre=offres())
def test_l_annonce_se_relit(format_: FormatRendu, offre: Offre) -> None:
    attendu = ligne(offre, libelles="officiels")
    obtenu = ligne(extraire(formater(offre, format_)), libelles="officiels")
    for colonne in RELUES:
        valeur = _forme_ecrite(colonne, attendu[colonne])
        if valeur is None or not _enoncee(offre, format_, colonne):
            continue
        assert _forme_ecrite(colonne, obtenu[colonne]) == valeur, colonne
