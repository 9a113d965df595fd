"""Le texte d'entrée mis à plat : HTML lu par un vrai analyseur, puces et mojibake unifiés.

Tout ce qui suit l'entrée travaille sur des lignes : une page HTML devient un
texte où chaque bloc est une ligne, un titre ``<hN>`` une ligne « # … » marquée de
N dièses, comme en Markdown (un sous-titre ``<h3>`` reste sous la section ``<h2>``
qui le contient), et un élément de liste une ligne « - … ». Les puces des textes copiés (tabulations,
« • », « ▪ », « o », caractères d'une police de symboles) deviennent « - ».
Le texte ainsi obtenu est celui auquel renvoient les positions des preuves ;
pour un texte brut sans entité HTML, c'est l'entrée caractère pour caractère.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

__all__ = ["mettre_a_plat"]

_BLOCS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "header",
        "hr",
        "html",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "br",
    ]
)
_TITRES = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_IGNORES = frozenset(("script", "style", "head", "title", "template", "noscript"))
# Une page ou un fragment HTML commence par une balise (ou déclare son type) ; une balise
# citée au milieu d'un texte brut (« <ul> » dans une référence) n'en fait pas du HTML.
# Les balises ne sont jamais analysées par motif, seulement reconnues pour choisir le lecteur.
_HTML = re.compile(
    r"\s*(?:<!doctype|<html|<body|<(?:p|div|br|li|ul|ol|h[1-6]|table|span|strong"
    r"|b|em|section|article|header|main)\b)",
    re.IGNORECASE,
)


# Les blancs de HTML (espace, tabulation, fins de ligne, saut de page) se réduisent à une
# espace ; les autres caractères, même blancs pour Python, sont du texte.
_BLANCS_HTML = re.compile(r"[ \t\n\r\f]+")


class _Lecteur(HTMLParser):
    """Le texte d'une page, un bloc par ligne ; titres en « # » (« ## » pour ``<h2>``…),
    éléments de liste en « - »."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.morceaux: list[str] = []
        self._ignore = 0

    def _ligne(self, prefixe: str = "") -> None:
        self.morceaux.append("\n" + prefixe)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in _IGNORES:
            self._ignore += 1
        elif tag in _TITRES:
            self._ligne("#" * int(tag[1]) + " ")
        elif tag == "li":
            self._ligne("- ")
        elif tag in _BLOCS:
            self._ligne()

    def handle_endtag(self, tag: str) -> None:
        if tag in _IGNORES:
            self._ignore = max(0, self._ignore - 1)
        elif tag in _TITRES or tag in _BLOCS or tag == "li":
            self._ligne()

    def handle_data(self, data: str) -> None:
        if not self._ignore:
            self.morceaux.append(_BLANCS_HTML.sub(" ", data))


_MARQUE_SEULE = re.compile(r"#{0,6}|-")


def _depuis_html(texte: str) -> str:
    lecteur = _Lecteur()
    lecteur.feed(texte)
    lecteur.close()
    lignes = (
        _BLANCS_HTML.sub(" ", ligne).strip(" ") for ligne in "".join(lecteur.morceaux).split("\n")
    )
    # Un titre ou un élément vide n'est que sa marque ; un titre « # » ou un élément « - » a
    # un texte, qu'il garde.
    return "\n".join(ligne for ligne in lignes if not _MARQUE_SEULE.fullmatch(ligne))


# Les puces des textes copiés : symboles, zone d'usage privé (polices Symbol, Wingdings).
_PUCES = frozenset("•▪●■□►▶➢➤✓✔❖◆◇·–—*")
# Les puces d'une sous-liste (« o », « ◦ », « ○ » sous « · » ou « • ») : « ␣␣- texte ».
_SOUS_PUCES = frozenset("◦○")
# Markdown : l'emphase forte se retire, les échappements se lisent (« \\| » est « | »).
_GRAS = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ECHAPPEMENT = re.compile(r"\\([!-/:-@\[-`{-~])")
_MOJIBAKE = re.compile(r"(?<![^\W\d_])([ldjnmstcLDJNMSTC]|qu|Qu|jusqu|lorsqu|puisqu)\?(?=[^\W\d_])")


def _puce(ligne: str) -> str:
    """« - texte » pour une ligne qui commence par une puce, « ␣␣- texte » pour une puce de
    sous-liste, la ligne sinon."""
    contenu = ligne.lstrip(" \t")
    if not contenu:
        return ""
    premier = contenu[0]
    if premier in _SOUS_PUCES:
        return "  - " + contenu[1:].strip(" \t")
    prive = "\ue000" <= premier <= "\uf8ff"
    tiret = premier == "-" and (contenu[1:2] in (" ", "\t") or contenu[1:2].isalpha())
    if prive or premier in _PUCES or tiret:
        return "- " + contenu[1:].strip(" \t")
    if premier == "o" and contenu[1:2] in (" ", "\t") and contenu[2:3].isalpha():
        return "  - " + contenu[2:].strip(" \t")
    if ligne[:1] == "\t" and contenu[:1].isalpha():
        return "- " + contenu.strip(" \t")
    return ligne.rstrip(" \t")


def mettre_a_plat(texte: str) -> str:
    """Le texte d'une offre, lignes unifiées.

    >>> mettre_a_plat("<h2>Missions</h2><ul><li>Accueillir</li><li>Orienter</li></ul>")
    '## Missions\\n- Accueillir\\n- Orienter'
    >>> mettre_a_plat("Gestion de l?accueil\\n•\\tClasser")
    "Gestion de l'accueil\\n- Classer"
    """
    texte = texte.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    if _HTML.match(texte):
        texte = _depuis_html(texte)
    elif "&" in texte:
        texte = html.unescape(texte)
    texte = texte.replace("\u00a0", " ").replace("\u202f", " ")
    texte = _MOJIBAKE.sub(r"\1'", texte)
    if "**" in texte:
        texte = _GRAS.sub(r"\1", texte)
    if "\\" in texte:
        texte = _ECHAPPEMENT.sub(r"\1", texte)
    return "\n".join(_puce(ligne) for ligne in _titres_soulignes(texte.split("\n")))


_SOULIGNE = re.compile(r"(=+|-{3,})[ \t]*")
_PUCE_OU_TITRE = re.compile(r"\s*(?:[-*•]\s|#{1,6}\s)")


def _titres_soulignes(lignes: list[str]) -> list[str]:
    """« Titre » souligné de « === » ou « --- » (texte brut, Markdown) : un titre « # »,
    comme ceux du HTML ; ligne à ligne, sans motif qui reviendrait en arrière.

    >>> _titres_soulignes(["Agent", "=====", "", "Missions", "--------", "- Accueillir"])
    ['# Agent', '', '## Missions', '- Accueillir']
    """
    sortie: list[str] = []
    for ligne in lignes:
        precedente = sortie[-1] if sortie else ""
        titre = precedente.strip() and not _PUCE_OU_TITRE.match(precedente)
        if titre and _SOULIGNE.fullmatch(ligne):
            sortie[-1] = ("# " if ligne.startswith("=") else "## ") + precedente.strip()
        else:
            sortie.append(ligne)
    return sortie
