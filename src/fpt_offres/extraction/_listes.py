"""Les listes d'une section : les missions par thème, les items d'un profil.

Une liste s'écrit avec des puces, ou sans : des lignes qui finissent par « ; »,
ou les lignes courtes qui suivent une ligne d'annonce finie par « : ». Une ligne
sans puce qui finit par « : » ou « … » juste avant des puces est le titre d'un thème,
comme une puce suivie des puces d'une sous-liste (« · Thème » puis « o activité »).
"""

from __future__ import annotations

import attrs

from fpt_offres.extraction._segments import Ligne

__all__ = ["Item", "Theme", "sans_fin", "themes"]

# Au-delà, une ligne sans puce est un paragraphe, pas un item.
_LONGUEUR_ITEM = 250


_ABREVIATIONS = ("etc.", "...", "…")


def sans_fin(texte: str) -> str:
    """Un item de liste sans sa ponctuation finale (« ; », « , », le point d'une phrase),
    sauf le point d'une abréviation (« etc. »).

    >>> sans_fin("Accueillir le public ;"), sans_fin("Respecte les normes."), sans_fin("Plans, etc.")
    ('Accueillir le public', 'Respecte les normes', 'Plans, etc.')
    """
    texte = texte.strip().rstrip(" ;,")
    if texte.endswith(".") and not texte.endswith(_ABREVIATIONS):
        texte = texte[:-1].rstrip(" ;,")
    return texte


@attrs.frozen
class Item:
    ligne: Ligne

    @property
    def texte(self) -> str:
        # Un item fait de sa seule ponctuation (« - . ») reste un item : il la garde.
        return sans_fin(self.ligne.texte) or self.ligne.texte


@attrs.frozen
class Theme:
    titre: Ligne | None
    items: tuple[Item, ...]


# Le titre court d'un groupe de puces : « Activités principales », « 2) Accueillir le public ».
_MOTS_TITRE = 12


def _annonce(ligne: Ligne, suivante: Ligne | None) -> bool:
    texte = ligne.texte.rstrip()
    if ligne.puce:
        return False
    if texte.endswith((":", "...", "…")):
        return True
    court = len(texte.split()) <= _MOTS_TITRE and not texte.endswith((".", ";", ","))
    return court and suivante is not None and suivante.puce and " vous " not in f" {texte} "


def _suite(item: Item, ligne: Ligne) -> Item:
    """Une puce coupée en deux lignes (« … en saisissant » / « informatiquement … »)."""
    return Item(Ligne(item.ligne.debut, ligne.fin, f"{item.ligne.texte} {ligne.texte}", puce=True))


def themes(lignes: tuple[Ligne, ...]) -> tuple[list[Theme], list[Ligne]]:
    """Les thèmes et leurs items ; les lignes qui n'en sont pas (paragraphes).

    >>> from fpt_offres.extraction._segments import decouper
    >>> bloc = decouper("Missions\\nActivités :\\n- Accueillir\\n- Orienter\\nFin.")[0]
    >>> trouves, reste = themes(bloc.lignes)
    >>> [(t.titre.texte, [i.texte for i in t.items]) for t in trouves], [l.texte for l in reste]
    ([('Activités :', ['Accueillir', 'Orienter'])], ['Fin.'])
    """
    trouves: list[Theme] = []
    reste: list[Ligne] = []
    titre: Ligne | None = None
    items: list[Item] = []
    sans_puce = not any(ligne.puce for ligne in lignes)

    def fermer() -> None:
        nonlocal titre, items
        if items:
            trouves.append(Theme(titre, tuple(items)))
        elif titre is not None:
            reste.append(titre)
        titre, items = None, []

    en_liste = False
    for rang, ligne in enumerate(lignes):
        suivante = lignes[rang + 1] if rang + 1 < len(lignes) else None
        if ligne.puce and not ligne.sous_puce and suivante is not None and suivante.sous_puce:
            fermer()  # « · Thème » puis ses « o activité » : une liste à deux niveaux
            titre = ligne
            continue
        if ligne.puce:
            items.append(Item(ligne))
            continue
        if items and items[-1].ligne.puce and not ligne.apres_vide and ligne.texte[:1].islower():
            items[-1] = _suite(items[-1], ligne)
            continue
        if (
            sans_puce
            and len(ligne.texte) <= _LONGUEUR_ITEM
            and (
                (en_liste and not ligne.apres_vide)
                or ligne.texte.rstrip().endswith(";")
                or (items and items[-1].ligne.texte.rstrip().endswith(";") and not ligne.apres_vide)
            )
        ):
            items.append(Item(ligne))
            continue
        fermer()
        en_liste = False
        if (
            _annonce(ligne, suivante)
            and suivante is not None
            and (suivante.puce or (sans_puce and not suivante.apres_vide))
        ):
            titre = ligne
            en_liste = sans_puce
            continue
        reste.append(ligne)
    fermer()
    return trouves, reste
