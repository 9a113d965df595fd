"""L'annonce qu'un rédacteur signerait : sorties de référence des exemples, propriétés sur toute offre.

Les sorties de référence (``tests/annonces/``) sont l'annonce entière de chaque offre
d'exemple dans chaque format, relue ligne à ligne. Après un changement voulu du rendu,
on les réécrit puis on relit le diff :

    make annonces

(c'est-à-dire ``REECRIRE_ANNONCES=1 .venv/bin/pytest tests/test_annonces.py``).
"""

from __future__ import annotations

import html
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from fpt_offres import (
    ChiffreCle,
    Conditions,
    Contrat,
    Employeur,
    Exigence,
    LieuTravail,
    Missions,
    NiveauDiplome,
    Offre,
    OrganisationTravail,
    Poste,
    Profil,
    Rythme,
    TypeEmployeur,
    Versant,
    nomenclature,
)
from fpt_offres._exemples import exemples_nommes
from fpt_offres.rendu import FormatRendu, formater
from fpt_offres.rendu._document import typographie
from fpt_offres.strategies import offres

DOSSIER = Path(__file__).parent / "annonces"
EXTENSIONS: dict[FormatRendu, str] = {
    "texte": "txt",
    "markdown": "md",
    "html": "html",
    "html_simple": "simple.html",
}
FORMATS: tuple[FormatRendu, ...] = tuple(EXTENSIONS)
REECRIRE = os.environ.get("REECRIRE_ANNONCES") == "1"
MOYEN = min(settings().max_examples, 200)


@pytest.mark.parametrize("format", FORMATS)
@pytest.mark.parametrize(("nom", "offre"), exemples_nommes(), ids=[n for n, _ in exemples_nommes()])
def test_sortie_de_reference(nom: str, offre: Offre, format: FormatRendu) -> None:
    """L'annonce de chaque exemple est, au caractère près, celle qui a été relue."""
    fichier = DOSSIER / f"{nom}.{EXTENSIONS[format]}"
    rendu = formater(offre, format)
    if REECRIRE:
        DOSSIER.mkdir(exist_ok=True)
        fichier.write_text(rendu, encoding="utf-8")
    assert rendu == fichier.read_text(encoding="utf-8"), f"relire puis `make annonces` : {fichier}"


# --- propriétés sur toute offre ---------------------------------------------------------------

# Un mot suivi de lui-même (« semaine semaine »), un mot repris entre parenthèses (« CV (CV »).
_MOT_DOUBLE = re.compile(r"(?<!\w)([^\W\d_]{3,})[ \u00a0\u202f]+\1(?!\w)", re.IGNORECASE)
_REPRIS = re.compile(
    r"(?<!\w)([^\W\d_]+)[\s\u00a0\u202f]*\([\s\u00a0\u202f]*\1(?!\w)", re.IGNORECASE
)
_PUCE_VIDE = re.compile(r"^[ \t]*-[ \t\u00a0\u202f]*$|<li>\s*</li>|<p>\s*</p>", re.MULTILINE)
# Une espace ordinaire là où le français veut une espace insécable.
# (Un texte qui n'est qu'une ponctuation, « ! », suit tel quel le deux-points d'un libellé,
# la puce d'une liste ou le croisillon d'un titre Markdown : « # : » est la syntaxe du titre.)
_ESPACE_ORDINAIRE = re.compile(
    r"(?<=[^\s:;!?])(?<!^-)(?<!^  -)(?<!^#)(?<!^##)(?<!^###)[ \t](?=[:;!?](?:\s|$)|»)"
    r"|«[ \t]|(?<=\d)[ \t](?=[%€])",
    re.MULTILINE,
)
_BALISES_SIMPLES = {"p", "ul", "li", "br", "strong"}


def _textes(objet: Any) -> list[str]:
    """Chaque texte de l'offre, tel que l'annonce l'écrit (typographie appliquée)."""
    if isinstance(objet, str):
        return [typographie(objet)]
    if isinstance(objet, tuple):
        return [t for element in objet for t in _textes(element)]
    if attrs.has(type(objet)):
        return [
            t for champ in attrs.fields(type(objet)) for t in _textes(getattr(objet, champ.name))
        ]
    return []


def _adresses(offre: Offre) -> list[str]:
    """Les adresses web et courriels de l'offre, écrits tels quels (ni apostrophe ni espace changées)."""
    candidature, rgpd = offre.candidature, offre.mentions.rgpd
    adresses = [offre.url, offre.employeur.site_web, candidature.url, *candidature.courriels]
    adresses += [c.courriel for c in candidature.contacts]
    adresses += [] if rgpd is None else list(rgpd.contacts)
    return sorted((a for a in adresses if a), key=len, reverse=True)


def _compte(motif: re.Pattern[str], textes: list[str]) -> int:
    return sum(len(motif.findall(t)) for t in textes)


@settings(max_examples=MOYEN, deadline=None)
@given(offres())
def test_rien_de_repete_ni_de_vide(offre: Offre) -> None:
    """Dans chaque format, l'annonce n'ajoute ni mot doublé, ni « X (X) », ni puce vide, ni
    « autre employeur » : ce qu'on y trouve de tel est déjà dans les textes de l'offre."""
    textes = _textes(offre)
    for format in FORMATS:
        rendu = formater(offre, format)
        assert _compte(_MOT_DOUBLE, [rendu]) <= _compte(_MOT_DOUBLE, textes), format
        assert _compte(_REPRIS, [rendu]) <= _compte(_REPRIS, textes), format
        assert not _PUCE_VIDE.search(rendu), format
        autre = re.compile("autre employeur", re.IGNORECASE)
        assert _compte(autre, [rendu]) <= _compte(autre, textes), format


@settings(max_examples=MOYEN, deadline=None)
@given(offres())
def test_une_apostrophe_une_espace(offre: Offre) -> None:
    """Une seule apostrophe (’) et, pour chaque usage, une seule espace : insécable par défaut
    (avant « : », « % », dans les guillemets…), ordinaire partout avec ``espaces="simples"``.
    Les adresses web et les courriels seuls restent tels que l'offre les écrit."""
    for format in FORMATS:
        rendu = formater(offre, format)
        # Défaire les échappements, qui coupent les adresses.
        rendu = rendu.replace("\\", "") if format == "markdown" else html.unescape(rendu)
        for adresse in _adresses(offre):
            rendu = rendu.replace(adresse, "")
        assert "'" not in rendu, format
        assert not _ESPACE_ORDINAIRE.search(rendu), format
        simple = formater(offre, format, espaces="simples")
        assert "\u00a0" not in simple, format
        assert "\u202f" not in simple, format


@settings(max_examples=MOYEN, deadline=None)
@given(offres())
def test_html_simple(offre: Offre) -> None:
    """Le HTML simple n'a que les balises que lit Google, et dit tout ce que dit le HTML,
    intitulé à part."""
    simple = formater(offre, "html_simple")
    assert set(re.findall(r"</?([a-z0-9]+)", simple)) <= _BALISES_SIMPLES

    def visible(html: str) -> str:
        en_ligne = re.sub(r"</?(?:a|strong)\b[^>]*>", "", html)
        return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", en_ligne)).strip()

    complet = formater(offre, "html").split("\n", 2)[2]  # sans <article> ni <h1>
    assert visible(simple) == visible(complet)


# --- cas nommés ---------------------------------------------------------------------------------

_OFFRE = Offre(
    intitule="Agent d’accueil (F/H)",
    employeur=Employeur(
        nom="Commune de Poum",
        type=TypeEmployeur.COMMUNE,
        presentation="Nos atouts :\n- un cadre agréable\n• une équipe soudée\nÀ bientôt\nLa mairie",
    ),
)


def test_lignes_et_listes_de_l_offre_gardees() -> None:
    """Les lignes à puce d'un texte de l'offre forment une liste, les autres lignes restent
    l'une sous l'autre, dans chaque format."""
    texte = formater(_OFFRE, espaces="simples")
    assert "Nos atouts :\n\n- un cadre agréable\n- une équipe soudée\n\nÀ bientôt\nLa mairie\n" in (
        texte
    )
    markdown = formater(_OFFRE, "markdown", espaces="simples")
    assert "- un cadre agréable\n- une équipe soudée\n\nÀ bientôt\\\nLa mairie\n" in markdown
    html = formater(_OFFRE, "html", espaces="simples")
    assert "<ul>\n<li>un cadre agréable</li>\n<li>une équipe soudée</li>\n</ul>" in html
    assert "<p>À bientôt<br/>La mairie</p>" in html


def test_intitule_fait_de_ponctuation() -> None:
    """Un intitulé qui n'est qu'une ponctuation reste un titre Markdown : l'espace qui suit
    « # » est de la syntaxe, elle ne devient pas insécable devant « : »."""
    markdown = formater(attrs.evolve(_OFFRE, intitule=":"), "markdown")
    assert markdown.startswith("# :\n")
    assert not _ESPACE_ORDINAIRE.search(markdown)


def test_mots_justes() -> None:
    """La Nouvelle-Calédonie est un territoire ; « autre employeur » n'est pas écrit ; une base
    légale s'écrit en français ; des astreintes éventuelles ne deviennent pas certaines."""
    offre = attrs.evolve(
        _OFFRE,
        employeur=Employeur(
            nom="Commune de Poum",
            type=TypeEmployeur.AUTRE,
            versant=Versant.NOUVELLE_CALEDONIE,
            departement="988",
        ),
        conditions=Conditions(
            contrat=Contrat(bases_legales=(nomenclature.base_legale("L332-14"),)),
            organisation=OrganisationTravail(astreintes=True, astreintes_eventuelles=True),
        ),
    )
    texte = formater(offre, espaces="simples")
    assert "- Territoire : Nouvelle-Calédonie (988)" in texte
    assert "Département" not in texte
    assert "autre" not in texte
    assert (
        "  - Article L332-14 du code général de la fonction publique : vacance temporaire "
        "d’emploi dans l’attente du recrutement d’un fonctionnaire\n"
    ) in texte
    assert "- Astreintes éventuelles\n" in texte


def test_sans_redite_de_periode_ni_de_lieu() -> None:
    """La semaine n'est dite qu'une fois pour des rythmes au choix ; la commune que le libellé
    du lieu abrège (« ST DENIS ») n'est pas répétée."""
    offre = attrs.evolve(
        _OFFRE,
        conditions=Conditions(
            organisation=OrganisationTravail(rythmes=(Rythme.QUATRE_JOURS, Rythme.CINQ_JOURS))
        ),
        poste=Poste(lieux=(LieuTravail(libelle="93205 ST DENIS CEDEX", commune="Saint-Denis"),)),
    )
    texte = formater(offre, espaces="simples")
    assert "- Rythmes au choix : 4 jours ou 5 jours par semaine\n" in texte
    assert "- Lieu de travail : 93205 ST DENIS CEDEX\n" in texte
    assert "Commune :" not in texte


def test_faits_du_format_2_ecrits_sans_redite() -> None:
    """Une fourchette de niveaux, l'exigence d'un savoir accordée à son titre, les conditions
    particulières sous leur titre ; un chiffre que les missions disent déjà n'est pas répété,
    un autre l'est."""
    offre = attrs.evolve(
        _OFFRE,
        conditions=Conditions(particulieres=("Travail en équipe et en réseaux",)),
        missions=Missions(
            finalite="Maintenance des serveurs (15) et du réseau informatique.",
            chiffres=(
                ChiffreCle(libelle="serveurs", valeur=Decimal(15)),
                ChiffreCle(libelle="copieurs", valeur=Decimal(45)),
            ),
        ),
        profil=Profil(
            niveau_diplome=NiveauDiplome.NIVEAU_6,
            niveau_diplome_max=NiveauDiplome.NIVEAU_7,
            savoir_faire=("Maîtriser le langage informatique",),
            qualites=("rigueur",),
            exigence_savoir_faire=Exigence.EXIGEE,
            exigence_qualites=Exigence.SOUHAITEE,
        ),
    )
    texte = formater(offre, espaces="simples")
    assert "- Niveau de diplôme : niveau 6 (bac +3) à niveau 7 (bac +5)\n" in texte
    assert "Savoir-faire exigés\n" in texte
    assert "Qualités souhaitées\n" in texte
    assert "Conditions particulières d’exercice\n" in texte
    assert "- Travail en équipe et en réseaux\n" in texte
    assert "- copieurs : 45\n" in texte
    assert texte.count("15") == 1
