"""Les trois formats de l'annonce : le document écrit en texte, en Markdown ou en HTML."""

from __future__ import annotations

import html
import re

from fpt_offres.rendu._document import Bloc, Document, Fort, Lien, Ligne, Paragraphe, SousTitre, net

__all__ = ["RENDUS"]


_MD_PARTOUT = re.compile(r"([\\`*\[\]<>#|~])")
_MD_SOULIGNE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
_MD_ENTITE = re.compile(r"&(?=#?\w+;)")
_MD_DEBUT_SIGNE = re.compile(r"^([-+=])")
_MD_DEBUT_NUMERO = re.compile(r"^(\d+)([.)])")


def _md(texte: str) -> str:
    """Un texte échappé pour Markdown (CommonMark, GFM) : rien n'y est lu comme une marque."""
    texte = _MD_PARTOUT.sub(r"\\\1", net(texte))
    texte = _MD_SOULIGNE.sub(r"\\_", texte)
    return _MD_ENTITE.sub(r"\\&", texte)


def _md_debut(ligne: str) -> str:
    """Une ligne dont le début ne se lit pas comme une liste, un titre ou un filet."""
    return _MD_DEBUT_NUMERO.sub(r"\1\\\2", _MD_DEBUT_SIGNE.sub(r"\\\1", ligne))


def _ligne_texte(ligne: Ligne) -> str:
    return "".join(net(m) if isinstance(m, str) else net(m.texte) for m in ligne).strip()


def _ligne_markdown(ligne: Ligne) -> str:
    morceaux = []
    for morceau in ligne:
        if isinstance(morceau, Fort):
            texte = _md(morceau.texte)
            morceaux.append(f"**{texte}**" if texte.strip() == texte and texte else texte)
        else:
            morceaux.append(_md(morceau.texte if isinstance(morceau, Lien) else morceau))
    return _md_debut("".join(morceaux).strip())


def _echapper(texte: str) -> str:
    """Un texte HTML : « & », « < » et « > » échappés (les guillemets ne comptent que dans un attribut)."""
    return html.escape(net(texte), quote=False)


def _ligne_html(ligne: Ligne) -> str:
    morceaux = []
    for morceau in ligne:
        if isinstance(morceau, Fort):
            morceaux.append(f"<strong>{_echapper(morceau.texte)}</strong>")
        elif isinstance(morceau, Lien):
            cible = html.escape(net(morceau.cible), quote=True)
            morceaux.append(f'<a href="{cible}">{_echapper(morceau.texte)}</a>')
        else:
            morceaux.append(_echapper(morceau))
    return "".join(morceaux).strip()


def _en_texte(document: Document) -> str:
    def bloc(b: Bloc) -> list[str]:
        if isinstance(b, Paragraphe):
            return [_ligne_texte(b.ligne), ""]
        if isinstance(b, SousTitre):
            return [net(b.texte).strip(), ""]
        lignes = []
        for element in b.elements:
            lignes.append(f"- {_ligne_texte(element.ligne)}")
            lignes.extend(f"  - {_ligne_texte(s)}" for s in element.sous)
        return [*lignes, ""]

    titre = net(document.titre).strip()
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
        if isinstance(b, SousTitre):
            return [f"### {_md(b.texte).strip()}", ""]
        lignes = []
        for element in b.elements:
            lignes.append(f"- {_ligne_markdown(element.ligne)}")
            lignes.extend(f"  - {_ligne_markdown(s)}" for s in element.sous)
        return [*lignes, ""]

    lignes = [f"# {_md(document.titre).strip()}", ""]
    for b in document.chapeau:
        lignes.extend(bloc(b))
    for section in document.sections:
        lignes.extend((f"## {_md(section.titre)}", ""))
        for b in section.blocs:
            lignes.extend(bloc(b))
    return "\n".join(lignes).rstrip("\n") + "\n"


def _en_html(document: Document) -> str:
    def bloc(b: Bloc) -> list[str]:
        if isinstance(b, Paragraphe):
            return [f"<p>{_ligne_html(b.ligne)}</p>"]
        if isinstance(b, SousTitre):
            return [f"<h3>{_echapper(b.texte)}</h3>"]
        lignes = ["<ul>"]
        for element in b.elements:
            if element.sous:
                sous = "".join(f"<li>{_ligne_html(s)}</li>" for s in element.sous)
                lignes.append(f"<li>{_ligne_html(element.ligne)}<ul>{sous}</ul></li>")
            else:
                lignes.append(f"<li>{_ligne_html(element.ligne)}</li>")
        return [*lignes, "</ul>"]

    lignes = ['<article class="offre" lang="fr">', f"<h1>{_echapper(document.titre)}</h1>"]
    for b in document.chapeau:
        lignes.extend(bloc(b))
    for section in document.sections:
        lignes.extend(("<section>", f"<h2>{_echapper(section.titre)}</h2>"))
        for b in section.blocs:
            lignes.extend(bloc(b))
        lignes.append("</section>")
    lignes.append("</article>")
    return "\n".join(lignes) + "\n"


RENDUS = {"texte": _en_texte, "markdown": _en_markdown, "html": _en_html}
