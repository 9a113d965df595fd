"""Le JSON-LD dans une page : balise ``<script>`` sûre, date de publication, formes schema.org et Google.

La balise est relue par deux vrais analyseurs HTML (html5lib, qui suit l'algorithme
du WHATWG comme les navigateurs, et ``html.parser`` de la bibliothèque standard) :
le texte de l'élément ``<script>`` doit être exactement le JSON écrit, et ce JSON
doit redonner le document. Les documents sont ensuite lus en RDF (rdflib, avec un
contexte local : aucun accès au réseau) et validés par les formes SHACL de
``tests/donnees/jobposting.shacl.ttl``, écrites d'après schema.org et la liste
des propriétés exigées et recommandées par Google.
"""

from __future__ import annotations

import datetime
import json
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import attrs
import html5lib
import pyshacl
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from fpt_offres import (
    Calendrier,
    Employeur,
    Offre,
    TypeEmployeur,
    ValeurInvalide,
    balise_jsonld,
    exemples,
    jsonld,
    proprietes_manquantes,
)
from fpt_offres.exports.jsonld_page import EXIGEES_GOOGLE, json_pour_script
from fpt_offres.strategies import offres

# rdflib 7 avertit de sa propre classe interne, que son lecteur JSON-LD emploie encore.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")

DONNEES = Path(__file__).parent / "donnees"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
SCHEMA = rdflib.Namespace("http://schema.org/")

# Des morceaux qui, recopiés tels quels dans un <script>, le fermeraient, ouvriraient un
# commentaire qui avale la fin de page, ou couperaient une chaîne JavaScript.
HOSTILES = ["</script>", "</SCRIPT >", "</script", "<!--", "-->", "<script>", "<script", "&lt;"]
HOSTILES += ["\u2028", "\u2029", "<", ">", "&", '"', "\\", "/", "]]>", "<![CDATA["]


def textes_hostiles() -> st.SearchStrategy[str]:
    morceaux = st.one_of(st.sampled_from(HOSTILES), st.text(min_size=1, max_size=5))
    return st.lists(morceaux, min_size=1, max_size=8).map("".join)


def _offre(intitule: str = "Agent (F/H)", **champs: Any) -> Offre:
    employeur = Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE, departement="51")
    return Offre(intitule=intitule, employeur=employeur, **champs)


# --- la balise relue par de vrais analyseurs HTML -----------------------------------------------


class _Scripts(HTMLParser):
    """Les éléments <script> d'une page, selon l'analyseur HTML de la bibliothèque standard."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.dans_script = False
        self.paragraphes = 0

    def handle_starttag(self, tag: str, attributs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self.scripts.append((dict(attributs), ""))
            self.dans_script = True
        elif tag == "p":
            self.paragraphes += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.dans_script = False

    def handle_data(self, data: str) -> None:
        if self.dans_script:
            attributs, texte = self.scripts[-1]
            self.scripts[-1] = (attributs, texte + data)


def _page(balise: str) -> str:
    return f"<!DOCTYPE html><html><head>{balise}</head><body><p>fin</p></body></html>"


def _verifier_balise(balise: str, document: dict[str, Any]) -> None:
    """Chaque analyseur voit un seul <script> JSON-LD, dont le texte redonne le document."""
    attendu = json_pour_script(document)
    arbre = html5lib.parse(_page(balise), namespaceHTMLElements=False)
    scripts = arbre.findall(".//script")
    assert len(scripts) == 1
    assert scripts[0].get("type") == "application/ld+json"
    assert scripts[0].text == attendu
    assert [p.text for p in arbre.findall("./body/p")] == ["fin"]
    assert json.loads(scripts[0].text) == document

    analyseur = _Scripts()
    analyseur.feed(_page(balise))
    analyseur.close()
    assert analyseur.scripts == [({"type": "application/ld+json"}, attendu)]
    assert analyseur.paragraphes == 1


@given(textes_hostiles())
def test_intitule_hostile_reste_dans_la_balise(intitule: str) -> None:
    """Un intitulé qui contient </script>, <!--, <script ou U+2028 ne sort pas de la balise."""
    try:
        offre = _offre(intitule)
    except ValeurInvalide:  # texte vide ou blanc : refusé par le modèle, hors sujet ici
        return
    balise = balise_jsonld(offre)
    for danger in ("</", "<!--", "<script", "\u2028", "\u2029", "&"):
        assert danger not in balise.removeprefix('<script type="application/ld+json">')[:-9]
    _verifier_balise(balise, jsonld(offre))


documents_json = st.recursive(
    st.none() | st.booleans() | st.integers() | textes_hostiles() | st.text(),
    lambda enfants: (
        st.lists(enfants, max_size=4)
        | st.dictionaries(textes_hostiles() | st.text(), enfants, max_size=4)
    ),
    max_leaves=20,
)


@given(st.dictionaries(textes_hostiles() | st.text(), documents_json, max_size=5))
def test_tout_document_json_reste_dans_la_balise(document: dict[str, Any]) -> None:
    """Clés et valeurs quelconques, à toute profondeur : le JSON relu est le document."""
    _verifier_balise(balise_jsonld(document), document)


def test_caracteres_echappes() -> None:
    texte = json_pour_script({"t": "a<b>c&d\u2028e\u2029f é"})
    assert texte == '{"t":"a\\u003cb\\u003ec\\u0026d\\u2028e\\u2029f é"}'


def test_nombre_non_fini_refuse() -> None:
    """NaN n'est pas du JSON : la balise n'en écrit pas."""
    with pytest.raises(ValueError, match="JSON compliant"):
        json_pour_script({"v": float("nan")})


@pytest.mark.parametrize("rang", range(5))
def test_balise_des_exemples(rang: int) -> None:
    offre = exemples()[rang]
    _verifier_balise(balise_jsonld(offre), jsonld(offre))


# --- date de publication ----------------------------------------------------------------------

PUBLIEE = datetime.date(2026, 4, 1)


def _publiee(offre: Offre) -> datetime.date:
    """Une date de mise en ligne possible : au plus tard la date limite de l'offre."""
    limite = offre.calendrier.date_limite_candidature
    return PUBLIEE if limite is None else min(PUBLIEE, limite)


@pytest.mark.parametrize("rang", range(5))
def test_date_de_publication_a_defaut_de_celle_de_l_offre(rang: int) -> None:
    offre = exemples()[rang]
    propre = offre.calendrier.date_publication
    document = jsonld(offre, date_publication=_publiee(offre))
    assert document["datePosted"] == (propre or _publiee(offre)).isoformat()
    assert "datePosted" not in proprietes_manquantes(document)
    sans = jsonld(offre)
    assert {k: v for k, v in document.items() if k != "datePosted"} == {
        k: v for k, v in sans.items() if k != "datePosted"
    }
    assert ("datePosted" in sans) == (propre is not None)
    assert balise_jsonld(offre, date_publication=_publiee(offre)) == balise_jsonld(document)


def test_date_de_publication_apres_la_date_limite_refusee() -> None:
    offre = _offre(calendrier=Calendrier(date_limite_candidature=datetime.date(2026, 3, 1)))
    with pytest.raises(ValeurInvalide, match="date_limite_candidature"):
        jsonld(offre, date_publication=PUBLIEE)


@pytest.mark.parametrize("valeur", ["2026-04-01", 20260401])
def test_date_de_publication_d_un_autre_type_refusee(valeur: object) -> None:
    with pytest.raises(ValeurInvalide, match="date_publication") as erreur:
        jsonld(_offre(), date_publication=valeur)  # type: ignore[arg-type]
    assert erreur.value.regle == "type"


def test_publication_a_la_datetime() -> None:
    """Un instant de mise en ligne date l'offre de son jour : le calendrier tient des jours."""
    moment = datetime.datetime(2026, 4, 1, 9, 30, tzinfo=datetime.UTC)
    assert jsonld(_offre(), date_publication=moment)["datePosted"] == "2026-04-01"


# --- formes schema.org et Google, hors ligne --------------------------------------------------

FORMES = rdflib.Graph().parse(DONNEES / "jobposting.shacl.ttl", format="turtle")
CONTEXTE_LOCAL = json.loads((DONNEES / "contexte-schemaorg.jsonld").read_text())["@context"]


@attrs.frozen
class Rapport:
    conforme: bool
    manquantes: frozenset[str]  # propriétés exigées absentes de l'offre elle-même
    texte: str


def _valider(document: dict[str, Any]) -> Rapport:
    """Le document lu en RDF (contexte schema.org local) et validé par les formes SHACL."""
    assert document["@context"] == "https://schema.org"
    donnees = rdflib.Graph().parse(
        data=json.dumps({**document, "@context": CONTEXTE_LOCAL}), format="json-ld"
    )
    assert (None, rdflib.RDF.type, SCHEMA.JobPosting) in donnees
    conforme, resultats, texte = pyshacl.validate(donnees, shacl_graph=FORMES, inference="none")
    assert isinstance(resultats, rdflib.Graph)
    manquantes = set()
    for resultat in resultats.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = resultats.value(resultat, SH.focusNode)
        composant = resultats.value(resultat, SH.sourceConstraintComponent)
        chemin = resultats.value(resultat, SH.resultPath)
        est_offre = (focus, rdflib.RDF.type, SCHEMA.JobPosting) in donnees
        if composant != SH.MinCountConstraintComponent or chemin is None:
            continue
        if est_offre:
            manquantes.add(str(chemin).removeprefix(str(SCHEMA)))
        elif (None, SCHEMA.hiringOrganization, focus) in donnees and chemin == SCHEMA.name:
            manquantes.add("hiringOrganization.name")  # un employeur que l'offre ne nomme pas
    return Rapport(bool(conforme), frozenset(manquantes), str(texte))


@pytest.mark.parametrize("rang", range(5))
def test_exemples_conformes_avec_leur_date_de_publication(rang: int) -> None:
    offre = exemples()[rang]
    rapport = _valider(jsonld(offre, date_publication=_publiee(offre)))
    assert rapport.conforme, rapport.texte


@pytest.mark.parametrize("rang", range(5))
def test_sans_date_les_formes_et_la_fonction_disent_le_meme_manque(rang: int) -> None:
    document = jsonld(exemples()[rang])
    rapport = _valider(document)
    assert rapport.manquantes == set(proprietes_manquantes(document))
    assert rapport.conforme is (not proprietes_manquantes(document))


@settings(deadline=None)
@given(offres(), st.booleans())
def test_offres_engendrees_conformes(offre: Offre, datee: bool) -> None:
    """Toute offre : conforme aux formes dès qu'elle est datée et que son employeur est nommé ;
    sinon seules datePosted et le nom de l'employeur manquent, et proprietes_manquantes le dit."""
    document = jsonld(offre, date_publication=_publiee(offre) if datee else None)
    rapport = _valider(document)
    assert rapport.manquantes == set(proprietes_manquantes(document)), rapport.texte
    sans_nom = {"hiringOrganization.name"} if offre.employeur.nom is None else set()
    assert rapport.manquantes - {"datePosted"} == sans_nom
    assert rapport.conforme is (not rapport.manquantes), rapport.texte


@pytest.mark.parametrize(
    ("changement", "motif"),
    [
        ({"jobLocationType": "Hybrid"}, "jobLocationType"),
        ({"employmentType": "CDD"}, "employmentType"),
        ({"jobBenefit": "CNAS"}, "jobBenefit"),
        ({"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": 2000}}, "value"),
        ({"validThrough": "30/04/2026"}, "validThrough"),
        ({"hiringOrganization": {"@type": "Organization"}}, "name"),
        ({"jobLocation": {"@type": "Place", "name": "Poum"}}, "address"),
    ],
)
def test_les_formes_refusent_ce_que_google_refuse(changement: dict[str, Any], motif: str) -> None:
    """Les formes ne sont pas complaisantes : chaque écart connu est signalé."""
    document = {**jsonld(exemples()[2]), **changement}
    rapport = _valider(document)
    assert not rapport.conforme
    assert motif in rapport.texte


def test_manquantes_de_google() -> None:
    document = jsonld(exemples()[0])
    assert proprietes_manquantes(document) == ("datePosted",)
    vide: dict[str, Any] = {"@type": "JobPosting"}
    assert proprietes_manquantes(vide) == EXIGEES_GOOGLE
    a_distance = {
        **{k: "x" for k in EXIGEES_GOOGLE if k != "jobLocation"},
        "jobLocationType": "TELECOMMUTE",
        "applicantLocationRequirements": {"@type": "Country", "name": "FR"},
    }
    assert proprietes_manquantes(a_distance) == ()
    assert "validThrough" in proprietes_manquantes(a_distance, recommandees=True)
