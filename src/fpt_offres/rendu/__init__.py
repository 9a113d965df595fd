"""Une offre entière, écrite comme une annonce française : en texte, en Markdown ou en HTML.

L'annonce suit l'ordre des vraies offres : l'employeur et son contexte, le
poste, les missions par thème, le profil, les conditions d'emploi et le temps
de travail, la rémunération et les avantages, les engagements de l'employeur,
la façon de candidater et la date limite, enfin la notice sur les données
personnelles.

Deux règles tiennent l'annonce honnête :

- **tout ce que l'offre contient y figure** : chaque texte, nombre, date,
  booléen renseigné et valeur d'énumération, sous une forme lisible ;
- **rien n'y figure que l'offre ne contienne** : une partie vide ne donne ni
  titre de section ni « non précisé ». Les libellés (« Date limite de
  candidature ») ne font que nommer ce que l'offre dit.

Le résultat ne dépend que de l'offre et de ``aujourd_hui`` : la clôture
relative (« clôture dans 12 jours ») n'est écrite que si ce jour est donné.

Les textes de l'offre sont des données, jamais du balisage : le HTML est
échappé (``html.escape``) et bien formé, le Markdown est échappé là où un
caractère serait lu comme une marque. Les caractères de contrôle (hors
tabulation et fins de ligne) et les non-caractères Unicode, qu'aucun de ces
formats n'accepte, deviennent « � » (U+FFFD) ; les fins de ligne d'un texte
deviennent des espaces, une ligne vide sépare deux paragraphes.

L'annonce parle comme un rédacteur : elle ne se répète pas (un libellé que la
valeur dit déjà est omis, un lieu n'est écrit qu'une fois), ne glose pas (le
libellé que l'offre donne à un avantage, à une pièce ou à une étape est écrit
seul), ne force pas ce que l'offre nuance (« Astreintes éventuelles »), garde
les lignes et les listes que l'offre a écrites dans ses textes, et suit une
seule typographie (apostrophe ’, espaces insécables du français), appliquée en
un seul endroit à tous ses textes, ceux de la nomenclature compris.

>>> from fpt_offres import exemples
>>> print(formater(exemples()[2]).splitlines()[0])
Secrétaire général
"""

from __future__ import annotations

import datetime
from typing import Literal

from fpt_offres import formatage as fm
from fpt_offres.modele import Offre
from fpt_offres.rendu._formats import RENDUS
from fpt_offres.rendu._sections import document

__all__ = ["FormatRendu", "formater"]

FormatRendu = Literal["texte", "markdown", "html", "html_simple"]
"""Les formats de l'annonce."""


def formater(
    offre: Offre,
    format: FormatRendu = "texte",
    *,
    aujourd_hui: datetime.date | None = None,
    espaces: fm.Espaces = "insecables",
) -> str:
    """L'offre entière, écrite comme une annonce.

    Args:
        offre: l'offre.
        format: ``"texte"`` (texte brut, titres soulignés), ``"markdown"``
            (titres ``#``, listes, verbes en gras), ``"html"`` (un fragment
            ``<article>`` bien formé, chaque texte échappé) ou ``"html_simple"``
            (le HTML que lisent les moteurs de recherche d'emploi : ``<p>``,
            ``<ul>``, ``<li>``, ``<br>`` et ``<strong>`` seulement, sans
            l'intitulé ni liens ; c'est la ``description`` du JSON-LD).
        aujourd_hui: le jour d'où l'on lit l'offre ; donné, la date limite est
            suivie de la clôture relative (« clôture dans 12 jours ») ; absent,
            rien de relatif n'est écrit.
        espaces: ``"simples"`` remplace les espaces insécables (celles de la
            typographie comme celles des textes de l'offre) par des espaces
            ordinaires, pour les systèmes qui ne les acceptent pas.

    Returns:
        L'annonce, terminée par une fin de ligne.

    Raises:
        ValueError: un format inconnu.

    >>> import datetime
    >>> from fpt_offres import Employeur, Offre, TypeEmployeur, Calendrier
    >>> offre = Offre(
    ...     intitule="Chargé·e de mission <numérique>",
    ...     employeur=Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE),
    ...     calendrier=Calendrier(date_limite_candidature=datetime.date(2026, 4, 30)),
    ... )
    >>> print(formater(offre, aujourd_hui=datetime.date(2026, 4, 18), espaces="simples"))
    Chargé·e de mission <numérique>
    ===============================
    <BLANKLINE>
    Commune de Poum
    <BLANKLINE>
    L’employeur
    -----------
    <BLANKLINE>
    - Type d’employeur : commune
    - Versant : fonction publique territoriale
    <BLANKLINE>
    Candidater
    ----------
    <BLANKLINE>
    - Date limite de candidature : jeudi 30 avril 2026 (clôture dans 12 jours)
    <BLANKLINE>
    >>> print(formater(offre, "html").splitlines()[1])
    <h1>Chargé·e de mission &lt;numérique&gt;</h1>
    >>> print(formater(offre, "markdown").splitlines()[0])
    # Chargé·e de mission \\<numérique\\>
    """
    if format not in RENDUS:
        noms = ", ".join(f"« {f} »" for f in RENDUS)
        message = f"format doit valoir l'un de {noms}, pas {format!r}"
        raise ValueError(message)
    if espaces not in ("insecables", "simples"):
        message = f"espaces doit valoir « insecables » ou « simples », pas {espaces!r}"
        raise ValueError(message)
    rendu = RENDUS[format](document(offre, aujourd_hui))
    if espaces == "simples":
        rendu = rendu.replace(fm.ESPACE_INSECABLE, " ").replace(fm.ESPACE_FINE, " ")
    return rendu
