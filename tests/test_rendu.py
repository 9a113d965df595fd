"""L'offre entière en annonce (fpt_offres.rendu.formater) : tout y est, rien n'y est inventé, rien n'y est actif."""

from __future__ import annotations

import datetime
import enum
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fpt_offres
from fpt_offres import (
    Activite,
    Adresse,
    BaseLegale,
    CadreEmplois,
    Calendrier,
    Candidature,
    Chiffre,
    ChiffreCle,
    Contact,
    Employeur,
    ErreurFptOffres,
    Grade,
    Metier,
    Missions,
    Offre,
    Source,
    ThemeMissions,
    TypeEmployeur,
)
from fpt_offres._texte import replier, sans_accents
from fpt_offres.formatage import formater_date, formater_duree, formater_nombre
from fpt_offres.rendu import FormatRendu, _libelles, formater
from fpt_offres.rendu._document import adresse, contient, dit_le_nombre, typographie
from fpt_offres.rendu._sections import chiffres_non_dits
from fpt_offres.strategies import offres

FORMATS: tuple[FormatRendu, ...] = ("texte", "markdown", "html")
# Les entrées de la nomenclature sont des faits de la nomenclature, pas de l'offre :
# l'annonce en donne le libellé (et, pour une base légale, l'article).
ATOMES = (Grade, CadreEmplois, BaseLegale, Source)
# Engendrer une offre entière coûte plusieurs millisecondes : les propriétés sur des offres
# ont moins d'exemples que le profil (et pas de délai), celles qui rendent chaque offre
# de nombreuses fois encore moins.
MOYEN = min(settings().max_examples, 250)
LENT = min(settings().max_examples, 100)
CHEMINS_DUREES = {"mois", "duree_conservation_mois"}
CHEMINS_ANNEES = {"annees_min", "residence_exigee_annees"}

# --- lire ce qui est rendu ----------------------------------------------------------------

_LIGNE = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# Les caractères de contrôle hors tabulation, les demi-codets isolés et les non-caractères
# Unicode (U+FDD0 à U+FDEF, et les deux derniers points de code de chaque plan).
_NON_CARACTERES = "".join(
    chr(plan * 0x10000 + fin) for plan in range(17) for fin in (0xFFFE, 0xFFFF)
)
_INTERDIT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef{_NON_CARACTERES}]")


def _plat(texte: str) -> str:
    """Ce qu'un lecteur voit d'un texte : contrôles remplacés par �, blancs ramenés à une espace."""
    texte = _INTERDIT.sub("\ufffd", _LIGNE.sub(" ", texte))
    return re.sub(r"\s+", " ", texte).strip()


EN_LIGNE = frozenset({"strong", "a"})


class _Lecteur(HTMLParser):
    """Le texte d'un fragment HTML, et ses balises avec leurs attributs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.morceaux: list[str] = []
        self.balises: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.balises.append((tag, attrs))
        if tag not in EN_LIGNE:
            self.morceaux.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag not in EN_LIGNE:
            self.morceaux.append(" ")

    def handle_data(self, data: str) -> None:
        self.morceaux.append(data)


def _lire_html(rendu: str) -> _Lecteur:
    lecteur = _Lecteur()
    lecteur.feed(rendu)
    lecteur.close()
    return lecteur


def _lire_markdown(rendu: str) -> str:
    """Le texte qu'affiche un Markdown : échappements défaits, marques de gras ôtées, une
    barre oblique inverse en fin de ligne lue comme le saut de ligne qu'elle marque."""
    sortie, rang = [], 0
    while rang < len(rendu):
        if rendu.startswith("\\\n", rang):
            sortie.append("\n")
            rang += 2
        elif rendu[rang] == "\\" and rang + 1 < len(rendu) and rendu[rang + 1] in _PONCTUATION:
            sortie.append(rendu[rang + 1])
            rang += 2
        elif rendu.startswith("**", rang):
            rang += 2
        else:
            sortie.append(rendu[rang])
            rang += 1
    return "".join(sortie)


_PONCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _visible(rendu: str, format: str) -> str:
    if format in ("html", "html_simple"):
        return _plat("".join(_lire_html(rendu).morceaux))
    if format == "markdown":
        return _plat(_lire_markdown(rendu))
    return _plat(rendu)


# --- les faits d'une offre ----------------------------------------------------------------


def _feuilles(
    objet: Any, chemin: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Chaque valeur simple de l'objet, avec son chemin (les valeurs par défaut comprises)."""
    if objet is None:
        return
    if isinstance(objet, ATOMES) or not (attrs.has(type(objet)) or isinstance(objet, tuple)):
        yield chemin, objet
        return
    if isinstance(objet, tuple):
        for rang, valeur in enumerate(objet):
            yield from _feuilles(valeur, (*chemin, rang))
        return
    for champ in attrs.fields(type(objet)):
        yield from _feuilles(getattr(objet, champ.name), (*chemin, champ.name))


def _faits(offre: Offre) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Les valeurs que l'offre tient vraiment : ni ``None``, ni la valeur par défaut de leur champ."""
    for chemin, valeur in _feuilles(offre):
        parent: Any = offre
        for etape in chemin[:-1]:
            parent = parent[etape] if isinstance(etape, int) else getattr(parent, etape)
        if isinstance(chemin[-1], str) and attrs.has(type(parent)):
            champ = attrs.fields_dict(type(parent))[chemin[-1]]
            if champ.default is not attrs.NOTHING and valeur == champ.default:
                continue
        yield chemin, valeur


def _formes(chemin: tuple[Any, ...], valeur: Any) -> list[str]:
    """Les formes sous lesquelles une valeur doit se lire dans l'annonce (l'une d'elles suffit)."""
    nom = next((e for e in reversed(chemin) if isinstance(e, str)), "")
    if "tel_qu_ecrit" in nom or "tels_qu_ecrits" in nom:
        return []  # l'annonce écrit le libellé officiel, pas les mots de l'offre
    if isinstance(valeur, (Grade, CadreEmplois)):
        return [valeur.libelle]
    if isinstance(valeur, BaseLegale):
        article = (
            f"article {valeur.article}"
            if valeur.cas is None
            else f"{valeur.cas} de l’article {valeur.article}"
        )
        return [f"{article} du code général de la fonction publique : {valeur.libelle}"]
    if isinstance(valeur, str):
        return [valeur]
    if isinstance(valeur, datetime.date):
        return [formater_date(valeur)]
    if nom in CHEMINS_DUREES:
        return [formater_duree(valeur)]
    if nom in CHEMINS_ANNEES:
        # « au moins 5 ans », « de 5 à 10 ans » ; sans minimum, « aucune » ou « au plus 1 an ».
        return [formater_duree(valeur * 12), f"de {valeur} à"] if valeur else ["aucune", "au plus"]
    if nom == "encadrement" and valeur == 0:
        return ["Sans encadrement"]
    if isinstance(valeur, (int, Decimal)) and not isinstance(valeur, (bool, enum.Enum)):
        return [formater_nombre(valeur)]
    return []


def _attendus(offre: Offre) -> list[tuple[str, list[str]]]:
    """Chaque fait de l'offre (son chemin) et les formes lisibles sous lesquelles le chercher."""
    attendus = []
    for chemin, valeur in _faits(offre):
        formes = [_plat(f) for f in _formes(chemin, valeur)]
        if formes:
            attendus.append((f"{'.'.join(map(str, chemin))} = {valeur!r}", formes))
    return attendus


def _mots(texte: str) -> str:
    """Les mots d'un texte, pour y chercher un fait : sans casse, accents, ponctuation ni
    typographie (l'annonce écrit « l’agent » là où l'offre écrit « l'agent », et n'écrit
    qu'une fois un lieu que l'offre donne en capitales puis en minuscules)."""
    mots = re.sub(r"[\W_]+", " ", sans_accents(texte).casefold())
    return f" {mots.strip()} "


def _lu(forme: str, visible: str) -> bool:
    """Vrai quand la forme se lit dans le texte visible : à la lettre (typographie de
    l'annonce appliquée), ou mot pour mot."""
    if _plat(typographie(forme)) in visible:
        return True
    if not _mots(forme).strip():
        # Un texte sans mot (« /: ») : ses espaces typographiques dépendent de ce qui le suit.
        return re.sub(r"\s", "", typographie(forme)) in re.sub(r"\s", "", visible)
    return _mots(forme) in _mots(visible)


def _manquants(offre: Offre, rendu: str, format: str) -> list[str]:
    """Les faits de l'offre qu'on ne lit pas dans le rendu."""
    visible = _visible(rendu, format)
    return [fait for fait, formes in _attendus(offre) if not any(_lu(f, visible) for f in formes)]


def _remplacer(objet: Any, chemin: tuple[Any, ...], valeur: Any) -> Any:
    if not chemin:
        return valeur
    tete, reste = chemin[0], chemin[1:]
    if isinstance(tete, int):
        copie = list(objet)
        copie[tete] = _remplacer(objet[tete], reste, valeur)
        return tuple(copie)
    return attrs.evolve(objet, **{tete: _remplacer(getattr(objet, tete), reste, valeur)})


def _sans_effet(offre: Offre, chemin: tuple[Any, ...]) -> bool:
    """Vrai pour une valeur que l'annonce n'écrit pas exprès : le type d'un avantage, d'une
    pièce ou d'une étape que l'offre nomme (ses mots sont écrits, sans glose) ; un chiffre de
    l'employeur que sa présentation dit déjà, ou des missions que leurs textes disent (il n'est
    pas répété)."""
    parent: Any = offre
    for etape in chemin[:-1]:
        parent = parent[etape] if isinstance(etape, int) else getattr(parent, etape)
    if chemin[-1] == "type":
        return getattr(parent, "libelle", None) is not None and not isinstance(parent, Employeur)
    if isinstance(parent, ChiffreCle) and chemin[0] == "missions":
        return parent not in chiffres_non_dits(offre.missions)  # les missions le disent déjà
    return isinstance(parent, Chiffre) and dit_le_nombre(
        offre.employeur.presentation or "", parent.valeur
    )


def _autres_valeurs(valeur: Any) -> list[Any]:
    if isinstance(valeur, bool):
        return [not valeur]
    if isinstance(valeur, enum.Enum):
        return [m for m in type(valeur) if m is not valeur]
    return []


# --- les exemples -------------------------------------------------------------------------


@pytest.fixture(params=range(5), ids=lambda rang: f"exemple-{rang + 1}")
def exemple(request: pytest.FixtureRequest) -> Offre:
    """Une des cinq offres d'exemple."""
    offre: Offre = fpt_offres.exemples()[request.param]
    return offre


class TestExemples:
    """Chaque offre d'exemple s'écrit dans les trois formats, avec tous ses faits."""

    @pytest.mark.parametrize("format", FORMATS)
    def test_tous_les_faits_figurent(self, exemple: Offre, format: FormatRendu) -> None:
        """Chaque texte, nombre et date de l'offre se lit dans l'annonce."""
        rendu = formater(exemple, format, aujourd_hui=datetime.date(2025, 4, 1))
        assert _manquants(exemple, rendu, format) == []

    def test_ordre_des_sections(self, exemple: Offre) -> None:
        """Les sections suivent l'ordre des vraies annonces."""
        ordre = [
            "L’employeur",
            "Le poste",
            "Missions",
            "Profil recherché",
            "Conditions d’emploi",
            "Rémunération et avantages",
            "Engagements de l’employeur",
            "Candidater",
            "Données personnelles",
        ]
        titres = re.findall(r"^## (.+)$", formater(exemple, "markdown"), re.MULTILINE)
        assert titres == [t for t in ordre if t in titres]

    def test_html_bien_forme(self, exemple: Offre) -> None:
        """Le fragment HTML se lit comme du XML (une seule racine ``article``)."""
        racine = ET.fromstring(formater(exemple, "html"))
        assert racine.tag == "article"
        assert racine.attrib == {"class": "offre", "lang": "fr"}

    def test_verbes_en_gras(self) -> None:
        """Les verbes mis en avant par l'offre sont en gras en Markdown et en HTML."""
        marne = fpt_offres.exemples()[0]
        assert "- **Préparer** et **suivre** les réunions de direction" in formater(
            marne, "markdown"
        )
        assert "<li><strong>Préparer</strong> et <strong>suivre</strong> les" in formater(
            marne, "html"
        )

    def test_marne_en_texte(self) -> None:
        """Quelques lignes de l'annonce de la Marne, telles qu'un lecteur les lit."""
        rendu = formater(
            fpt_offres.exemples()[0], aujourd_hui=datetime.date(2026, 4, 18), espaces="simples"
        )
        for ligne in (
            "Secrétaire général auprès de la Directrice générale des services (F/H)",
            "- Candidature par courriel : recrutement@marne.fr",
            "- Poste de catégorie A ou A+",
            "- Permis B exigé",
            "- Date limite de candidature : jeudi 30 avril 2026 (clôture dans 12 jours)",
            "- Durée de conservation : 2 ans",
            "- Droits : accès, rectification, effacement, limitation du traitement et opposition",
            "- Pour exercer ces droits : recrutement@marne.fr ou dpo@marne.fr",
        ):
            assert ligne in rendu.splitlines()
        # Les chiffres de l'employeur sont déjà dans sa présentation : pas de redite.
        assert "plus de 2 000 agents répartis dans 8 directions" in rendu
        assert "En chiffres" not in rendu

    def test_poum_en_texte(self) -> None:
        """Les dates et la durée du contrat de Poum s'écrivent en toutes lettres."""
        rendu = formater(fpt_offres.exemples()[2], espaces="simples")
        assert "- Date de publication : vendredi 28 mars 2025" in rendu
        assert "- Prise de poste : mardi 1er juillet 2025" in rendu
        assert (
            "- Contrat : à durée déterminée (CDD), d’une durée de 1 an minimum, renouvelable"
            in rendu
        )
        assert "- Durée de résidence exigée pour le recrutement sur titre : aucune" in rendu

    def test_mel_cycles_et_avantages(self) -> None:
        """Les cycles de travail au choix et les avantages de la MEL."""
        rendu = formater(fpt_offres.exemples()[3], "markdown", espaces="simples")
        assert (
            "- **Cycles hebdomadaires au choix** : 35 h, 37 h 30 "
            "(15 jours de RTT) ou 39 h (23 jours de RTT)"
        ) in rendu
        assert (
            "- **Remboursement des frais de transport** : à hauteur de 75 %, frais de transport collectif"
            in rendu
        )
        assert "- **Prise de poste** : dès que possible" in rendu

    def test_seine_saint_denis_quotite(self) -> None:
        """La quotité de 50 % s'écrit « mi-temps »."""
        rendu = formater(fpt_offres.exemples()[4], "html", espaces="simples")
        assert "<li><strong>Quotité</strong> : mi-temps (50 %)</li>" in rendu
        assert "Lieu de travail à partir du 1er janvier 2026" in rendu


class TestRienNEstInvente:
    """Une partie vide ne donne rien : ni section, ni « non précisé »."""

    OFFRE = Offre(
        intitule="Agent d’accueil (F/H)",
        employeur=Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE),
    )

    def test_offre_minimale_en_texte(self) -> None:
        """L'intitulé, l'employeur, son type et son versant : rien d'autre."""
        assert formater(self.OFFRE, espaces="simples") == (
            "Agent d’accueil (F/H)\n"
            "=====================\n"
            "\n"
            "Commune de Poum\n"
            "\n"
            "L’employeur\n"
            "-----------\n"
            "\n"
            "- Type d’employeur : commune\n"
            "- Versant : fonction publique territoriale\n"
        )

    def test_offre_minimale_en_markdown(self) -> None:
        """Le même contenu en Markdown."""
        assert formater(self.OFFRE, "markdown", espaces="simples") == (
            "# Agent d’accueil (F/H)\n"
            "\n"
            "**Commune de Poum**\n"
            "\n"
            "## L’employeur\n"
            "\n"
            "- **Type d’employeur** : commune\n"
            "- **Versant** : fonction publique territoriale\n"
        )

    def test_offre_minimale_en_html(self) -> None:
        """Le même contenu en HTML."""
        assert formater(self.OFFRE, "html", espaces="simples") == (
            '<article class="offre" lang="fr">\n'
            "<h1>Agent d’accueil (F/H)</h1>\n"
            "<p><strong>Commune de Poum</strong></p>\n"
            "<section>\n"
            "<h2>L’employeur</h2>\n"
            "<ul>\n"
            "<li><strong>Type d’employeur</strong> : commune</li>\n"
            "<li><strong>Versant</strong> : fonction publique territoriale</li>\n"
            "</ul>\n"
            "</section>\n"
            "</article>\n"
        )

    def test_theme_vide_sans_titre(self) -> None:
        """Un thème sans intitulé ni activité n'ouvre pas de section « Missions »."""
        offre = attrs.evolve(self.OFFRE, missions=Missions(themes=(ThemeMissions(),)))
        assert "Missions" not in formater(offre)


def _dans_l_adresse_de_candidature(offre: Offre) -> bool:
    """L'adresse de l'employeur que celle où candidater écrit déjà (« CEDEX » dans « CEDEX 9 »)."""
    siege, candidature = offre.employeur.adresse, offre.candidature.adresse
    if siege is None or candidature is None:
        return False
    return contient(adresse(candidature), adresse(siege))


def _dits_ailleurs(offre: Offre) -> tuple[str, ...]:
    """Les faits que l'annonce ne redit pas : le rang que la présentation de l'employeur
    dit déjà, la famille du site d'offres qui nomme le type déjà écrit (« Communes »)."""
    employeur, omis = offre.employeur, []
    if employeur.rang is not None and contient(
        employeur.presentation or "", employeur.rang.ensemble
    ):
        omis.append("employeur.rang.")
    organisme = employeur.organisme_rattachement
    if (
        organisme is not None
        and employeur.type is not None
        and replier(organisme) == replier(_libelles.TYPES_EMPLOYEUR[employeur.type])
    ):
        omis.append("employeur.organisme_rattachement ")
    return tuple(omis)


class TestProprietes:
    """Sur des offres de toutes les formes."""

    @settings(max_examples=MOYEN, deadline=None)
    @given(offres())
    def test_tous_les_faits_et_rien_d_autre(self, offre: Offre) -> None:
        """Dans chaque format : chaque texte, nombre et date de l'offre se lit dans l'annonce,
        rien d'absent n'est écrit (« non précisé », « None ») et le HTML est un fragment XML
        bien formé aux seules balises attendues."""
        textes = " ".join(v for _, v in _feuilles(offre) if isinstance(v, str))
        attendus = _attendus(offre)
        if _dans_l_adresse_de_candidature(offre):
            attendus = [(f, formes) for f, formes in attendus if not f.startswith("employeur.adr")]
        attendus = [
            (f, formes) for f, formes in attendus if not f.startswith(_dits_ailleurs(offre))
        ]
        rendus = {format: formater(offre, format) for format in FORMATS}
        for format, rendu in rendus.items():
            visible = _visible(rendu, format)
            assert [
                fait for fait, formes in attendus if not any(_lu(f, visible) for f in formes)
            ] == []
            for mot in ("non précisé", "None", "inconnu"):
                assert visible.count(mot) <= textes.count(mot)
        ET.fromstring(rendus["html"])
        balises = {balise for balise, _ in _lire_html(rendus["html"]).balises}
        assert balises <= {
            "article",
            "h1",
            "h2",
            "h3",
            "section",
            "p",
            "ul",
            "li",
            "strong",
            "a",
            "br",
        }

    @settings(max_examples=LENT, deadline=None)
    @given(offres())
    def test_chaque_booleen_et_enumeration_compte(self, offre: Offre) -> None:
        """Changer un booléen ou une énumération de l'offre change l'annonce ; la même offre
        donne la même annonce."""
        rendu = formater(offre)
        assert formater(offre) == rendu
        for chemin, valeur in _feuilles(offre):
            if isinstance(valeur, ATOMES) or _sans_effet(offre, chemin):
                continue
            for autre in _autres_valeurs(valeur):
                try:
                    modifiee = _remplacer(offre, chemin, autre)
                except ErreurFptOffres:
                    continue  # l'autre valeur enfreint un invariant
                if chemin[:2] == ("employeur", "adresse") and (
                    _dans_l_adresse_de_candidature(modifiee)
                    or (
                        _dans_l_adresse_de_candidature(offre)
                        and modifiee.employeur.adresse == Adresse()
                    )
                ):
                    # Devenue l'adresse où candidater, elle n'est écrite qu'une fois ; ou elle
                    # y était (donc tue) et, vidée, elle n'a rien à écrire.
                    continue
                assert formater(modifiee) != rendu, (
                    f"{'.'.join(map(str, chemin))} : {valeur!r} → {autre!r}"
                )

    @settings(max_examples=LENT, deadline=None)
    @given(offres(), st.dates(datetime.date(1990, 1, 1), datetime.date(2040, 12, 31)))
    def test_cloture_relative_seulement_avec_aujourd_hui(
        self, offre: Offre, aujourd_hui: datetime.date
    ) -> None:
        """La clôture relative n'apparaît qu'avec ``aujourd_hui`` et une date limite."""
        sans, avec = formater(offre), formater(offre, aujourd_hui=aujourd_hui)
        textes = " ".join(v for _, v in _feuilles(offre) if isinstance(v, str))
        assert sans.count("clôtur") == textes.count("clôtur")
        if offre.calendrier.date_limite_candidature is None:
            assert avec == sans
        else:
            assert avec.count("clôtur") == textes.count("clôtur") + 1


# --- textes hostiles ------------------------------------------------------------------------

HOSTILES = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "&amp; &lt;b&gt; &#60;i&#62;",
    "\x1b[31mrouge\x00\x07\x7f\x85fin",
    "]]><!-- -->",
    "javascript:alert(1)",
    'http://exemple.fr" onmouseover="alert(1)',
    "**gras** _it_ [lien](http://x.fr) `code` # titre | a | b ~~barré~~",
    "- liste\n\n1. numéro\n> citation\n---\n    code",
    # (sans demi-paire de substitution : le modèle la refuse, règle caractere-invalide)
    "\ufeff\u202eà l’envers\ufffe\U0010ffff",
    "<![CDATA[x]]> <?php ?> <!DOCTYPE x>",
)
# Les champs dont la valeur a une syntaxe imposée (courriel, SIREN…) gardent la leur.
CONTRAINTS = {
    (Employeur, "siren"),
    (Employeur, "siret"),
    (Employeur, "departement"),
    (fpt_offres.Poste, "departement"),
    (Adresse, "code_postal"),
    (Contact, "courriel"),
    (Candidature, "courriels"),
    (fpt_offres.MentionRgpd, "contacts"),
}


def _empoisonner(objet: Any, poison: str, rang: Iterator[int] | None = None) -> Any:
    """L'objet dont chaque texte libre commence par ``poison`` (suivi d'un numéro, pour
    que deux textes d'un même tuple restent distincts)."""
    rang = itertools.count() if rang is None else rang
    if objet is None or isinstance(objet, ATOMES):
        return objet
    if isinstance(objet, str):
        return f"{poison} {next(rang)}"
    if isinstance(objet, tuple):
        return tuple(_empoisonner(v, poison, rang) for v in objet)
    if not attrs.has(type(objet)):
        return objet
    changements = {
        champ.name: _empoisonner(getattr(objet, champ.name), poison, rang)
        for champ in attrs.fields(type(objet))
        if (type(objet), champ.name) not in CONTRAINTS
    }
    if isinstance(objet, Activite):
        changements["verbes"] = (poison,) if objet.verbes else ()
    if isinstance(objet, Offre) and objet.prefixe_intitule is not None:
        changements["prefixe_intitule"] = poison  # le début de l'intitulé empoisonné
    return attrs.evolve(objet, **changements)


def _offre_pleine() -> Offre:
    """Une offre où chaque partie a au moins un texte : les cinq exemples réunis."""
    marne, haute_marne, poum, mel, seine_saint_denis = fpt_offres.exemples()
    return attrs.evolve(
        marne,
        reference="réf",
        url="https://exemple.fr/offre",
        statut=poum.statut,
        conditions=attrs.evolve(mel.conditions, deplacements=haute_marne.conditions.deplacements),
        remuneration=mel.remuneration,
        missions=haute_marne.missions,
        calendrier=Calendrier(prise_de_poste=datetime.date(2025, 7, 1)),
        candidature=attrs.evolve(
            mel.candidature,
            url="https://exemple.fr/candidater",
            contacts=(Contact(nom="Mme Dupont", fonction="DRH", telephone="03 26 69 51 51"),),
        ),
        mentions=attrs.evolve(
            marne.mentions, accessibilite="handicap", non_discrimination="égalité"
        ),
        employeur=attrs.evolve(
            seine_saint_denis.employeur, site_web="https://exemple.fr", service="service"
        ),
        poste=attrs.evolve(mel.poste, metier=Metier(libelle="métier")),
        profil=attrs.evolve(seine_saint_denis.profil, connaissances=("savoir",)),
    )


class TestTextesHostiles:
    """Un texte hostile dans chaque champ libre reste du texte : inerte en HTML et en Markdown."""

    def _verifier_html(self, offre: Offre, poison: str) -> None:
        rendu = formater(offre, "html")
        ET.fromstring(rendu)
        lecteur = _lire_html(rendu)
        for balise, attributs in lecteur.balises:
            assert balise in {
                "article",
                "h1",
                "h2",
                "h3",
                "section",
                "p",
                "ul",
                "li",
                "strong",
                "a",
                "br",
            }
            for nom, valeur in attributs:
                assert (balise, nom) in {("article", "class"), ("article", "lang"), ("a", "href")}
                if nom == "href":
                    assert valeur is not None
                    assert re.fullmatch(r"(https?://|mailto:)[^\s\"<>]+", valeur)
        assert _plat(poison) in _plat("".join(lecteur.morceaux))

    def _verifier_markdown(self, offre: Offre, poison: str) -> None:
        rendu = formater(offre, "markdown")
        assert re.search(r"(?<!\\)[<>`\[\]]", rendu) is None
        assert "\x1b" not in rendu
        assert _plat(poison) in _plat(_lire_markdown(rendu))

    @pytest.mark.parametrize("poison", HOSTILES)
    def test_offre_pleine(self, poison: str) -> None:
        """L'offre où tout est renseigné, chaque texte libre remplacé par le texte hostile."""
        offre = _empoisonner(_offre_pleine(), poison)
        self._verifier_html(offre, poison)
        self._verifier_markdown(offre, poison)
        texte = formater(offre)
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", texte)
        assert _manquants(offre, texte, "texte") == []

    @settings(max_examples=LENT, deadline=None)
    @given(offres(), st.sampled_from(HOSTILES))
    def test_toute_offre(self, offre: Offre, poison: str) -> None:
        """Toute offre, chaque texte libre remplacé par un texte hostile."""
        offre = _empoisonner(offre, poison)
        self._verifier_html(offre, poison)
        self._verifier_markdown(offre, poison)

    def test_lien_seulement_pour_http(self) -> None:
        """Une adresse ``javascript:`` reste du texte ; une adresse web devient un lien échappé."""
        offre = attrs.evolve(TestRienNEstInvente.OFFRE, url="javascript:alert(1)")
        assert "href" not in formater(offre, "html")
        offre = attrs.evolve(offre, url="https://exemple.fr/?a=1&b=2")
        assert '<a href="https://exemple.fr/?a=1&amp;b=2">' in formater(offre, "html")


class TestLibelles:
    """Chaque valeur d'énumération du modèle a ses mots dans l'annonce."""

    @pytest.mark.parametrize(
        ("libelles", "enumeration"),
        [
            (_libelles.TYPES_EMPLOYEUR, fpt_offres.TypeEmployeur),
            (_libelles.VERSANTS, fpt_offres.Versant),
            (_libelles.APPROXIMATIONS, fpt_offres.Approximation),
            (_libelles.MOTIFS, fpt_offres.MotifRecrutement),
            (_libelles.EMPLOIS_FONCTIONNELS, fpt_offres.EmploiFonctionnel),
            (_libelles.OUVERTURES, fpt_offres.Ouverture),
            (_libelles.NATURES_CONTRAT, fpt_offres.NatureContrat),
            (_libelles.REGIMES, fpt_offres.RegimeTemps),
            (_libelles.RYTHMES, fpt_offres.Rythme),
            (_libelles.PERIODES, fpt_offres.Periode),
            (_libelles.PERIODICITES, fpt_offres.Periode),
            (_libelles.PUBLICS, fpt_offres.Public),
            (_libelles.AVANTAGES, fpt_offres.TypeAvantage),
            (_libelles.EXIGENCES, fpt_offres.Exigence),
            (_libelles.RELATIONS, fpt_offres.NatureRelation),
            (_libelles.PIECES, fpt_offres.TypePiece),
            (_libelles.ETAPES, fpt_offres.TypeEtape),
            (_libelles.DROITS, fpt_offres.DroitRgpd),
        ],
        ids=lambda valeur: getattr(valeur, "__name__", ""),
    )
    def test_tous_les_membres_ont_leurs_mots(
        self, libelles: dict[Any, str], enumeration: type[enum.Enum]
    ) -> None:
        """Les mots couvrent exactement les membres, et deux membres ne s'écrivent pas pareil."""
        assert set(libelles) == set(enumeration)
        assert len(set(libelles.values())) == len(libelles)


class TestArguments:
    """Les arguments de formater."""

    def test_format_inconnu(self) -> None:
        """Un format inconnu lève une ValueError qui nomme les formats connus."""
        with pytest.raises(ValueError, match="« texte », « markdown », « html »"):
            formater(TestRienNEstInvente.OFFRE, "pdf")  # type: ignore[arg-type]

    def test_espaces_inconnues(self) -> None:
        """Un réglage d'espaces inconnu lève une ValueError."""
        with pytest.raises(ValueError, match="espaces"):
            formater(TestRienNEstInvente.OFFRE, espaces="fines")  # type: ignore[arg-type]

    def test_espaces_insecables_par_defaut(self) -> None:
        """Par défaut, l'espace avant le deux-points est insécable ; « simples » la rend ordinaire."""
        assert "employeur\u00a0: commune" in formater(TestRienNEstInvente.OFFRE)
        simples = formater(exemple_marne := fpt_offres.exemples()[0], espaces="simples")
        assert "\u00a0" not in simples
        assert "\u202f" not in simples
        assert formater(exemple_marne).replace("\u00a0", " ").replace("\u202f", " ") == simples


def test_plage_aux_signes_que_la_precision_n_ecrit_pas() -> None:
    """Une plage dont les mots sont dans la précision, mais pas un de ses signes (une pause
    « { »), est écrite : le repli des mots ne la fait pas disparaître."""
    organisation = fpt_offres.OrganisationTravail(
        plages=(fpt_offres.PlageHoraire(jours="DU", pause="{"),),
        precision="Responsable du service",
    )
    offre = Offre(
        intitule="Agent (H/F)",
        employeur=Employeur(),
        conditions=fpt_offres.Conditions(organisation=organisation),
    )
    assert "DU ({)" in formater(offre, "texte")
    redite = attrs.evolve(organisation, precision="Accueil DU lundi ({) au vendredi")
    deja = attrs.evolve(offre, conditions=fpt_offres.Conditions(organisation=redite))
    assert "Horaires" not in formater(deja, "texte")


def test_une_lettre_hors_ascii_compte() -> None:
    """« 0Ø » n'est pas « 0 » : la commune d'un lieu dont l'adresse dit « 0 » est écrite."""
    lieu = fpt_offres.LieuTravail(
        libelle="Commune de Poum", commune="0Ø", adresse=Adresse(lignes=("0",))
    )
    offre = Offre(
        intitule="Agent (H/F)", employeur=Employeur(), poste=fpt_offres.Poste(lieux=(lieu,))
    )
    assert "Commune : 0Ø" in formater(offre, "texte").replace("\xa0", " ")
    assert contient("0", "0Ø") is False
    assert contient("Rue de l’Église", "rue de l'eglise")


@given(st.text(alphabet=st.sampled_from(list("0a :;!?«»%€'’\u00a0\u202f\t1h.,-")), max_size=16))
def test_la_typographie_est_idempotente(texte: str) -> None:
    """Ce que l'annonce écrit ne change plus sous une seconde typographie (« 0:» »)."""
    une_fois = typographie(texte)
    assert typographie(une_fois) == une_fois


def test_deux_points_devant_un_guillemet() -> None:
    assert typographie("0:»") == "0\u00a0:\u00a0»"
