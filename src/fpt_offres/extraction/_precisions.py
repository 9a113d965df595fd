"""Les précisions du format 2 : préfixe de l'intitulé, mots et fourchette du niveau de
diplôme, poids que l'offre donne aux savoirs.

Elles se lisent une fois les autres champs relevés : le préfixe dans l'intitulé retenu,
les mots du niveau autour du niveau retenu, le poids d'une liste seulement quand la liste
est lue.
"""

from __future__ import annotations

import bisect
import itertools
import re

from fpt_offres import nomenclature
from fpt_offres._texte import sans_accents
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, Ligne

__all__ = ["MOTS_EXIGENCE", "lire_precisions"]

# « RRF 75 - Chargé(e)… », « SGAMI EST (SG) - Mécanicien… » : des sigles et des numéros
# (de département) devant un tiret entouré d'espaces.
_SIGLE = r"(?:\(?[A-Z][A-Z0-9²&]{1,6}\)?|\d{1,3}[AB]?)"
_PREFIXE_SIGLES = re.compile(rf"({_SIGLE}(?: {_SIGLE}){{0,4}}) [-–] (?=\S.{{2}})")
# « Préfecture de la Loire-Atlantique - Chauffeur » : un service nommé par sa nature.
_PREFIXE_SERVICE = re.compile(
    r"((?:Préfecture|Sous-préfecture|Direction|Délégation|Rectorat|Université|Ministère)"
    r"\b[^\n]{0,50}?) [-–] (?=\S.{2})"
)
# Les petits mots d'un intitulé en capitales (« CHEF DE GROUPE ») : un sigle n'en a pas.
_MOTS_OUTILS = frozenset(["DE", "DU", "DES", "LA", "LE", "LES", "ET", "AU", "AUX", "EN"])

# « bac +3 à bac +5 », « BAC+3 à 5 », « bac +4/5 », « bac +4 / bac +5 ».
_FOURCHETTE = re.compile(
    r"\bbac\s?\+\s?([2-8])\s?(?:à|a|/|-|ou)\s?(?:bac\s?)?\+?\s?([2-8])\b", re.IGNORECASE
)
# Les mots d'un niveau écrit « Niveau II (licence, maîtrise…) » : la parenthèse qui suit.
_PARENTHESE = re.compile(r"\s?\([^()\n]{1,80}\)")

_POIDS = {
    "requis": "exigee",
    "indispensable": "exigee",
    "exige": "exigee",
    "obligatoire": "exigee",
    "necessaire": "exigee",
    "souhaite": "souhaitee",
    "apprecie": "souhaitee",
    "souhaitable": "souhaitee",
}
# « des qualités requises », « les compétences indispensables suivantes », « connaissances
# appréciées » : le nom d'une liste du profil suivi de son poids.
MOTS_EXIGENCE = (
    r"requise?s?|indispensables?|exig[ée]e?s?|obligatoires?|n[ée]cessaires?|souhait[ée]e?s?"
    r"|appr[ée]ci[ée]e?s?|souhaitables?"
)
"""Les mots qui disent le poids d'une liste du profil ou d'un permis (ceux de ``_POIDS``)."""
MOTS_SOUHAIT = r"souhait|appr[ée]ci|(?:serait )?un plus|id[ée]alement|un atout|bienvenu"
"""Les débuts de mots qui disent une condition seulement souhaitée (« souhaitable »,
« appréciée », « serait un plus »), pour un permis comme pour un diplôme."""
_EXIGENCE = re.compile(
    r"\b(connaissances|savoirs|comp[ée]tences|savoir-faire|qualit[ée]s|savoir-[êe]tre)\s"
    rf"({MOTS_EXIGENCE})\b",
    re.IGNORECASE,
)
_LISTES = {
    "connaissances": ("profil.connaissances",),
    "savoirs": ("profil.connaissances",),
    # Les compétences couvrent savoirs et savoir-faire.
    "competences": ("profil.connaissances", "profil.savoir_faire"),
    "savoir-faire": ("profil.savoir_faire",),
    "qualites": ("profil.qualites",),
    "savoir-etre": ("profil.qualites",),
}


def _prefixe(releve: Releve) -> None:
    intitule = releve.choisir("intitule")
    if intitule is None:
        return
    titre = intitule.valeur
    trouve = _PREFIXE_SIGLES.match(titre) or _PREFIXE_SERVICE.match(titre)
    if trouve is None or (
        trouve.re is _PREFIXE_SIGLES and _MOTS_OUTILS & set(trouve[1].replace("(", " ").split())
    ):
        return
    p = intitule.preuve
    debut = p.debut + max(0, p.texte.find(trouve[1]))
    fin = debut + len(trouve[1]) if trouve[1] in p.texte else p.fin
    releve.poser("prefixe_intitule", trouve[1], debut, fin, "intitulé, sigles avant le tiret", 1)


def _niveau(releve: Releve, lignes: list[Ligne]) -> None:
    niveau = releve.choisir("profil.niveau_diplome")
    if niveau is not None:
        p = niveau.preuve
        suite = _PARENTHESE.match(releve.texte, p.fin)
        fin = suite.end() if suite else p.fin
        releve.poser(
            "profil.niveau_diplome_tel_qu_ecrit",
            releve.texte[p.debut : fin],
            p.debut,
            fin,
            "mots du niveau de diplôme",
            niveau.rang,
        )
    for ligne in lignes:
        trouve = _FOURCHETTE.search(ligne.texte)
        if trouve is None:
            continue
        try:
            bas = nomenclature.niveau_diplome(f"bac+{trouve[1]}").value
            haut = nomenclature.niveau_diplome(f"bac+{trouve[2]}").value
        except NomenclatureInconnue:
            continue
        if haut > bas:
            releve.poser_phrase(
                "profil.niveau_diplome_max",
                haut,
                ligne.debut,
                trouve,
                "phrase « bac +N à M », nomenclature.niveau_diplome",
            )
            return


def _exigences(releve: Releve, lignes: list[Ligne]) -> None:
    for ligne in lignes:
        for trouve in _EXIGENCE.finditer(ligne.texte):
            poids = sans_accents(trouve[2]).casefold()
            exigence = next((v for k, v in _POIDS.items() if poids.startswith(k[:5])), None)
            for liste in _LISTES.get(sans_accents(trouve[1]).casefold(), ()):
                champ = liste.replace("profil.", "profil.exigence_")
                if exigence is not None and releve.a(liste):
                    releve.poser_phrase(
                        champ, exigence, ligne.debut, trouve, "phrase « X requises »"
                    )


def _particulieres(releve: Releve, blocs: list[Bloc]) -> None:
    """La liste à puces qui ouvre « Conditions particulières d'exercice » (ou « Contraintes
    du poste »…) : chaque puce qu'aucun autre lecteur n'a prise. Une section qui commence
    par une ligne sans puce (niveau, expérience, renvoi à la fiche) ne se lit pas ainsi :
    ses lignes ne se distinguent pas d'une mission ou d'un savoir."""
    # Les portions déjà prises, triées par début, et la fin la plus lointaine de chaque
    # préfixe : une ligne en recoupe une si une portion commencée avant sa fin finit après
    # son début (une recherche par ligne, pas un parcours de toutes les portions).
    pris = sorted(
        (c.preuve.debut, c.preuve.fin) for candidats in releve.candidats.values() for c in candidats
    )
    debuts = [debut for debut, _ in pris]
    fins = list(itertools.accumulate((fin for _, fin in pris), max))
    for bloc in blocs:
        if bloc.genre != "conditions":
            continue
        for ligne in itertools.takewhile(lambda ligne: ligne.puce, bloc.lignes):
            avant = bisect.bisect_left(debuts, ligne.fin)
            if avant and fins[avant - 1] > ligne.debut:
                continue
            releve.poser(
                "conditions.particulieres",
                ligne.texte,
                ligne.debut,
                ligne.fin,
                f"liste « {bloc.titre} »",
                1,
            )


def lire_precisions(releve: Releve, blocs: list[Bloc]) -> None:
    """Les précisions du format 2 que disent l'intitulé retenu et les ``blocs`` du texte.

    >>> texte = "RRF 75 - Technicien (H/F)\\nNiveau II (licence, master)\\nBac +3 à bac +5."
    >>> releve = Releve(texte)
    >>> releve.poser("intitule", "RRF 75 - Technicien (H/F)", 0, 25, "première ligne")
    >>> releve.poser("profil.niveau_diplome", 6, 26, 35, "phrase")
    >>> lignes = [Ligne(53, 69, texte[53:69], puce=False)]
    >>> lire_precisions(releve, [Bloc(None, None, 53, 69, tuple(lignes))])
    >>> [(c, releve.choisir(c).valeur) for c in releve.candidats if "niveau" in c or "pre" in c]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('profil.niveau_diplome', 6), ('prefixe_intitule', 'RRF 75'),
     ('profil.niveau_diplome_tel_qu_ecrit', 'Niveau II (licence, master)'),
     ('profil.niveau_diplome_max', 7)]
    """
    lignes = [ligne for bloc in blocs for ligne in bloc.lignes]
    _prefixe(releve)
    _niveau(releve, lignes)
    # « Qualités exigées » peut être le titre d'une section (un sous-titre HTML) : il pèse
    # comme une ligne.
    titres = [
        Ligne(bloc.debut, bloc.fin, releve.texte[bloc.debut : bloc.fin], puce=False)
        for bloc in blocs
        if bloc.titre is not None
    ]
    _exigences(releve, [*titres, *lignes])
    _particulieres(releve, blocs)
