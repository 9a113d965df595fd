"""L'encadrement que le poste exerce, dit dans une mission : « Encadrer l'équipe du
bureau », « le management de 5 agents placés sous votre responsabilité ».

Une mission qui encadre des personnes (une équipe, des agents, un service) dit que le
poste encadre (``poste.management``, le fait sans nombre) ; un nombre exact d'agents
(« de 5 agents ») en donne l'effectif à sa place (``poste.encadrement``), un nombre
approché (« plus de 60 ») ne le donne pas. Ce que le profil demande (« expérience du management », « savoir
manager ») est une compétence du candidat, pas un fait du poste : ni la section du
profil ni une ligne qui parle de savoir, d'expérience ou d'aptitude n'est lue.
"""

from __future__ import annotations

import re

from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Ligne

__all__ = ["MOTS_ENCADREMENT", "lire_encadrement"]

# Les mots sans lesquels aucun motif de ce module ne peut trouver.
MOTS_ENCADREMENT = ("encadr", "manag", "dirig", "anim")
_PERSONNES = (
    r"\b(?:[ée]quipes?|agents?|personnels?|collaborat(?:eurs|rices)|service|bureau|unit[ée]"
    r"|p[ôo]le|section|cellule|division|subordonn[ée]s)\b"
)
# Entre le déterminant et les personnes : « l'ensemble des », un ou deux adjectifs
# (« une petite équipe »), pas un complément (« de l'information du service »).
_ENTRE = r"(?:ensemble (?:des|du|de la|de l['’]) ?)?(?:(?!d[eu]s?\b|d['’])[\w'’-]+ ){0,2}?"
_MANAGEMENT = re.compile(
    # « Encadrer le personnel du bureau », « Gérer et animer l'équipe du service »,
    # « Encadrement, animation et contrôle de l'activité des agents »
    r"^\W*(?:encadrer|manager|diriger|animer et (?:encadrer|g[ée]rer)|(?:encadrer|g[ée]rer)"
    r" et animer|(?:management|encadrement)(?=,| et | ?/))\b[^.;:«»]{0,80}?" + _PERSONNES +
    # « le management de ses équipes », « l'encadrement des agents », « Encadrant une équipe »
    r"|\b(?:management|encadrement)(?: direct| op[ée]rationnel| hi[ée]rarchique)? (?:de (?:ses"
    r"|son|sa|la|\d+)|de l['’]|des|du|d['’]une) ?"
    + _ENTRE
    + _PERSONNES
    + r"|\bencadrant (?:une|l['’]|les|des) ?"
    + _ENTRE
    + _PERSONNES,
    re.I,
)
_NOMBRE = re.compile(
    r"\b(?:management|encadrement|encadrer|diriger|manager)\b[^.;:]{0,50}?"
    r"(?<!plus de )(?<!moins de )(?<!environ )(?<!près de )"
    r"\b(\d{1,3}) (?:agents|personnes|collaborat(?:eurs|rices)|personnels|ETP)\b",
    re.I,
)
# Une ligne du profil écrite parmi les missions : une compétence demandée au candidat.
_COMPETENCE = re.compile(
    r"exp[ée]rience|savoir|aptitude|comp[ée]tence|capacit[ée]|qualit[ée]s|ma[iî]tris"
    r"|connaissance|sens d",
    re.I,
)


def lire_encadrement(releve: Releve, ligne: Ligne) -> None:
    """Le poste encadre-t-il, et combien d'agents, d'après une ligne de missions.

    >>> releve = Releve("- Assurer le management de 5 agents du service")
    >>> lire_encadrement(releve, Ligne(2, len(releve.texte), releve.texte[2:], puce=True))
    >>> releve.a("poste.management"), releve.choisir("poste.encadrement").valeur
    (False, 5)
    """
    texte = ligne.texte
    if _COMPETENCE.search(texte):
        return
    management = _MANAGEMENT.search(texte)
    if management is None:
        return
    nombre = _NOMBRE.search(texte)
    if nombre is not None and int(nombre[1]) > 0:
        releve.poser_phrase(
            "poste.encadrement", int(nombre[1]), ligne.debut, nombre, "mission « de N agents »"
        )
    else:
        releve.poser_phrase(
            "poste.management",
            valeur=True,
            origine=ligne.debut,
            trouve=management,
            lecture="mission",
        )
