"""Les trois formats de l'annonce : le document écrit en texte, en Markdown ou en HTML."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from fpt_offres.rendu._document import (
    Bloc,
    Document,
    Fort,
    Lien,
    Ligne,
    Lignes,
    Paragraphe,
    SousTitre,
    net,
    typographie,
)

__all__ = ["RENDUS"]


def _texte(morceau: str | Fort | Lien) -> str:
    """Le texte d'un morceau : typographié, sauf une adresse (web ou courriel), gardée telle quelle."""
    if isinstance(morceau, Lien):
        return net(morceau.texte)
    return typographie(morceau if isinstance(morceau, str) else morceau.texte)


_MD_PARTOUT = re.compile(r"([\\`*\[\]<>#|~])")
_MD_SOULIGNE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_MD_ENTITE = re.compile(r"&(?=#?\w+;)")
_MD_DEBUT_SIGNE = re.compile(r"^([-+=])")
_MD_DEBUT_NUMERO = re.compile(r"^(\d+)([.)])")


def _md(texte: str) -> str:
    """Un texte échappé pour Markdown (CommonMark, GFM) : rien n'y est lu comme une marque."""
    texte = _MD_PARTOUT.sub(r"\\\1", texte)
    texte = _MD_SOULIGNE.sub(r"\\_", texte)
    return _MD_ENTITE.sub(r"\\&", texte)


def _md_debut(ligne: str) -> str:
    """Une ligne dont le début ne se lit pas comme une liste, un titre ou un filet."""
    return _MD_DEBUT_NUMERO.sub(r"\1\\\2", _MD_DEBUT_SIGNE.sub(r"\\\1", ligne))


def _ligne_texte(ligne: Ligne) -> str:
    return "".join(_texte(m) for m in ligne).strip()


def _ligne_markdown(ligne: Ligne) -> str:
    morceaux = []
    for morceau in ligne:
        texte = _md(_texte(morceau))
        if isinstance(morceau, Fort):
            morceaux.append(f"**{texte}**" if texte.strip() == texte and texte else texte)
        else:
            morceaux.append(texte)
    return _md_debut("".join(morceaux).strip())


def _echapper(texte: str) -> str:
    """Un texte HTML : « & », « < » et « > » échappés (les guillemets ne comptent que dans un attribut)."""
    return html.escape(texte, quote=False)


def _ligne_html(ligne: Ligne, *, liens: bool = True) -> str:
    morceaux = []
    for morceau in ligne:
        texte = _echapper(_texte(morceau))
        if isinstance(morceau, Fort):
            morceaux.append(f"<strong>{texte}</strong>")
        elif isinstance(morceau, Lien) and liens:
            cible = html.escape(net(morceau.cible), quote=True)
            morceaux.append(f'<a href="{cible}">{texte}</a>')
        else:
            morceaux.append(texte)
    return "".join(morceaux).strip()


def _en_texte(document: Document) -> str:
    def bloc(b: Bloc) -> list[str]:
        if isinstance(b, Paragraphe):
            return [_ligne_texte(b.ligne), ""]
        if isinstance(b, Lignes):
            return [*(_ligne_texte(ligne) for ligne in b.lignes), ""]
        if isinstance(b, SousTitre):
            return [typographie(b.texte).strip(), ""]
        lignes = []
        for element in b.elements:
            lignes.append(f"- {_ligne_texte(element.ligne)}")
            lignes.extend(f"  - {_ligne_texte(s)}" for s in element.sous)
        return [*lignes, ""]

    titre = typographie(document.titre).strip()
    lignes = [titre, "=" * len(titre), ""]
    for b in document.chapeau:
        lignes.extend(bloc(b))
    for section in document.sections:
        lignes.extend((section.titre, "-" * len(section.titre), ""))
        for b in section.blocs:
            lignes.extend(bloc(b))
    return "\n".join(lignes).rstrip("\n") + "\n"


def _en_markdown(document: Document) -> str:
    def bloc(b: Bloc) -> list[str]:
        if isinstance(b, Paragraphe):
            return [_ligne_markdown(b.ligne), ""]
        if isinstance(b, Lignes):
            # Une barre oblique inverse en fin de ligne est le saut de ligne de CommonMark.
            return ["\\\n".join(_ligne_markdown(ligne) for ligne in b.lignes), ""]
        if isinstance(b, SousTitre):
            return [f"### {_md(typographie(b.texte)).strip()}", ""]
        lignes = []
        for element in b.elements:
            lignes.append(f"- {_ligne_markdown(element.ligne)}")
            lignes.extend(f"  - {_ligne_markdown(s)}" for s in element.sous)
        return [*lignes, ""]

    lignes = [f"# {_md(typographie(document.titre)).strip()}", ""]
    for b in document.chapeau:
        lignes.extend(bloc(b))
    for section in document.sections:
        lignes.extend((f"## {_md(section.titre)}", ""))
        for b in section.blocs:
            lignes.extend(bloc(b))
    return "\n".join(lignes).rstrip("\n") + "\n"


def _blocs_html(blocs: Iterable[Bloc], *, simple: bool) -> list[str]:
    """Les blocs en HTML ; ``simple`` : sans titre ni lien, les sous-titres en gras."""
    lignes = []
    for b in blocs:
        if isinstance(b, Paragraphe):
            lignes.append(f"<p>{_ligne_html(b.ligne, liens=not simple)}</p>")
        elif isinstance(b, Lignes):
            contenu = "<br/>".join(_ligne_html(ligne, liens=not simple) for ligne in b.lignes)
            lignes.append(f"<p>{contenu}</p>")
        elif isinstance(b, SousTitre):
            texte = _echapper(typographie(b.texte).strip())
            lignes.append(f"<p><strong>{texte}</strong></p>" if simple else f"<h3>{texte}</h3>")
        else:
            lignes.append("<ul>")
            for element in b.elements:
                ligne = _ligne_html(element.ligne, liens=not simple)
                if element.sous:
                    sous = "".join(
                        f"<li>{_ligne_html(s, liens=not simple)}</li>" for s in element.sous
                    )
                    ligne += f"<ul>{sous}</ul>"
                lignes.append(f"<li>{ligne}</li>")
            lignes.append("</ul>")
    return lignes


def _en_html(document: Document) -> str:
    titre = _echapper(typographie(document.titre).strip())
    lignes = ['<article class="offre" lang="fr">', f"<h1>{titre}</h1>"]
    lignes.extend(_blocs_html(document.chapeau, simple=False))
    for section in document.sections:
        lignes.extend(("<section>", f"<h2>{_echapper(section.titre)}</h2>"))
        lignes.extend(_blocs_html(section.blocs, simple=False))
        lignes.append("</section>")
    lignes.append("</article>")
    return "\n".join(lignes) + "\n"


def _en_html_simple(document: Document) -> str:
    """Le HTML que lisent les moteurs de recherche d'emploi : paragraphes, listes, sauts, gras.

    L'intitulé n'y est pas : là où ce HTML sert (la ``description`` d'un JobPosting),
    il a sa propre propriété. Les titres de section sont des paragraphes en gras.
    """
    lignes = _blocs_html(document.chapeau, simple=True)
    for section in document.sections:
        lignes.append(f"<p><strong>{_echapper(section.titre)}</strong></p>")
        lignes.extend(_blocs_html(section.blocs, simple=True))
    return "\n".join(lignes) + "\n"


RENDUS = {
    "texte": _en_texte,
    "markdown": _en_markdown,
    "html": _en_html,
    "html_simple": _en_html_simple,
}
