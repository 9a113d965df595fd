"""Règles sur les mentions : données personnelles, handicap, intitulé ouvert aux deux sexes.

Ces règles tiennent au droit métropolitain (RGPD, code du travail, CGFP) : elles
ne s'appliquent pas aux offres de Nouvelle-Calédonie, dont les statuts sont locaux.

Sources : règlement (UE) 2016/679 art. 13 ; CGFP
L131-1 et L131-2.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from fpt_offres.modele import DroitRgpd, MentionRgpd, Offre
from fpt_offres.regles import _outils as o
from fpt_offres.regles._registre import Constat, Severite, enregistrer

__all__ = ["intitule_ouvert_aux_deux_sexes"]


def _avec_mentions(offre: Offre, **changements: Any) -> Offre:
    mentions = attrs.evolve(offre.mentions, **changements)
    return attrs.evolve(o.sous_cgfp(offre), mentions=mentions)


_RGPD_COMPLETE = MentionRgpd(
    finalite="étudier votre candidature",
    responsable="la collectivité",
    duree_conservation_mois=24,
    droits=(DroitRgpd.ACCES, DroitRgpd.RECTIFICATION, DroitRgpd.EFFACEMENT),
)


def _epargner_rgpd(offre: Offre) -> Offre:
    return attrs.evolve(offre, mentions=attrs.evolve(offre.mentions, rgpd=_RGPD_COMPLETE))


# --- RGPD -------------------------------------------------------------------------------------------


def _declencher_rgpd_absente(offre: Offre) -> Offre:
    return _avec_mentions(offre, rgpd=None)


@enregistrer(
    code="RGPD-ABSENTE",
    severite=Severite.INFORMATION,
    versants=o.CGFP,
    titre="Pas de notice sur les données personnelles des candidats",
    source=o.S.rgpd_13,
    correction="ajouter la notice : responsable, finalité, durée de conservation, droits et où les exercer",
    declencher=_declencher_rgpd_absente,
    epargner=_epargner_rgpd,
)
def rgpd_absente(offre: Offre) -> Iterator[Constat]:
    """Qui collecte des données personnelles en informe la personne au moment de la collecte : responsable, finalité, durée de conservation, droits (RGPD art. 13). L'information peut être donnée ailleurs que dans l'offre (sur la plateforme de candidature), d'où une simple information, comme pour une notice incomplète (RGPD-DUREE, RGPD-INCOMPLETE)."""
    if offre.mentions.rgpd is None:
        yield Constat(
            chemin="mentions.rgpd",
            message="l'offre ne dit pas comment les données des candidats sont traitées",
        )


def _declencher_rgpd_duree(offre: Offre) -> Offre:
    return _avec_mentions(offre, rgpd=attrs.evolve(_RGPD_COMPLETE, duree_conservation_mois=None))


@enregistrer(
    code="RGPD-DUREE",
    severite=Severite.INFORMATION,
    versants=o.CGFP,
    titre="Notice RGPD sans durée de conservation",
    source=o.S.rgpd_13,
    correction="dire combien de temps les candidatures sont conservées (par exemple 2 ans)",
    declencher=_declencher_rgpd_duree,
    epargner=_epargner_rgpd,
)
def rgpd_duree(offre: Offre) -> Iterator[Constat]:
    """La notice donnée lors de la collecte indique la durée de conservation des données, ou les critères qui la fixent (RGPD art. 13, paragraphe 2, a)."""
    rgpd = offre.mentions.rgpd
    if rgpd is not None and rgpd.duree_conservation_mois is None:
        yield Constat(
            chemin="mentions.rgpd.duree_conservation_mois",
            message="la notice sur les données personnelles ne dit pas combien de temps "
            "elles sont conservées",
        )


def _declencher_rgpd_incomplete(offre: Offre) -> Offre:
    return _avec_mentions(offre, rgpd=MentionRgpd(duree_conservation_mois=24))


@enregistrer(
    code="RGPD-INCOMPLETE",
    severite=Severite.INFORMATION,
    versants=o.CGFP,
    titre="Notice RGPD sans responsable, finalité ou droits",
    source=o.S.rgpd_13,
    correction="compléter la notice : qui traite les données, pour quoi faire, et quels droits "
    "le candidat peut exercer",
    declencher=_declencher_rgpd_incomplete,
    epargner=_epargner_rgpd,
)
def rgpd_incomplete(offre: Offre) -> Iterator[Constat]:
    """La notice donne l'identité du responsable du traitement et la finalité (RGPD art. 13, paragraphe 1, a et c) et rappelle les droits d'accès, de rectification, d'effacement, de limitation et d'opposition (paragraphe 2, b)."""
    rgpd = offre.mentions.rgpd
    if rgpd is None:
        return
    manques = [
        nom
        for nom, present in (
            ("le responsable du traitement", rgpd.responsable is not None),
            ("la finalité", rgpd.finalite is not None),
            ("les droits des candidats", bool(rgpd.droits)),
        )
        if not present
    ]
    if manques:
        yield Constat(
            chemin="mentions.rgpd",
            message="la notice sur les données personnelles ne donne "
            + ", ".join(f"ni {m}" for m in manques),
        )


# --- handicap ------------------------------------------------------------------------------------------


def _declencher_accessibilite(offre: Offre) -> Offre:
    return _avec_mentions(offre, accessibilite=None)


def _epargner_accessibilite(offre: Offre) -> Offre:
    texte = "Poste ouvert aux personnes en situation de handicap."
    return attrs.evolve(offre, mentions=attrs.evolve(offre.mentions, accessibilite=texte))


@enregistrer(
    code="ACCESSIBILITE-ABSENTE",
    severite=Severite.INFORMATION,
    versants=o.CGFP,
    titre="Pas de mention d'ouverture aux personnes en situation de handicap",
    source=o.S.cgfp_l131,
    correction="ajouter « poste ouvert aux personnes en situation de handicap » (dans la FPT, "
    "avec le recrutement possible par la voie contractuelle, CGFP L352-4)",
    declencher=_declencher_accessibilite,
    epargner=_epargner_accessibilite,
)
def accessibilite_absente(offre: Offre) -> Iterator[Constat]:
    """Aucune distinction ne peut être faite entre agents publics en raison de leur handicap (CGFP L131-1), et, dans la FPT, une personne handicapée peut être recrutée par contrat en vue de sa titularisation (L352-4) ; les offres publiques le disent d'usage, sans que la mention soit obligatoire."""
    if offre.mentions.accessibilite is None:
        yield Constat(
            chemin="mentions.accessibilite",
            message="l'offre ne dit pas qu'elle est ouverte aux personnes en situation de handicap",
        )


# --- intitulé ouvert aux deux sexes -------------------------------------------------------------------

_SUFFIXES = (
    r"(?:e|ne|le|te|ve|fe|se|ère|ere|euse|rice|trice|ice|ale|ante|ente|inte|ienne|enne|esse)s?"
)
_FH = re.compile(r"\b[FH]\s*[/\-–]\s*[HF]\b")  # F/H, H/F, F-H
_MARQUES = re.compile(
    rf"(?<=\w)[·•‧⋅.]{_SUFFIXES}\b"  # Chargé·e, Chargé.e, technicien·ne
    rf"|\(\s*{_SUFFIXES}\s*\)"  # Chargé(e)
    rf"|(?<=\w)\s*/\s*{_SUFFIXES}\b"  # Chargé/e
    rf"|(?<=\w)-{_SUFFIXES}\b",  # Opérateur-trice
    re.IGNORECASE,
)
_MOT = re.compile(r"\w+")
_MOTS = re.compile(r"[\w'’-]+|[^\w\s]")
_COMPLEMENTS = frozenset(
    {"de", "du", "des", "d'", "d’", "à", "au", "aux", "auprès", "pour", "en", "chez", "sur"}
    | {"dans", "par", "avec", "et", "ou", "sans"}
)
_DETERMINANTS_GENRES = frozenset({"un", "une", "le", "la"})
_FEMININS = (
    "ée", "rice", "euse", "esse", "ère", "ienne", "enne", "elle", "ive", "ette", "onne",
    "ante", "ente", "inte", "ale", "eure", "ffe",
)  # fmt: skip
_EPICENES = frozenset({"médecin", "personne"})
_SIGLES = frozenset(
    {"atsem", "dgs", "dga", "dgst", "dst", "drh", "rh", "ccas", "cias", "sig", "dsi"}
)


def _epicene(mot: str, tout_en_capitales: bool) -> bool:
    """Vrai pour un mot de même forme au masculin et au féminin (« responsable », « DRH »)."""
    minuscule = mot.lower()
    if any(c.isdigit() for c in mot) or (mot.isupper() and not tout_en_capitales):
        return True  # sigle ou numéro
    if minuscule in _EPICENES or minuscule in _SIGLES:
        return True
    return minuscule.endswith("e") and not minuscule.endswith(_FEMININS)


def _doublet(intitule: str) -> bool:
    """Vrai pour deux mots voisins de même début (trois lettres au moins) joints par « ou », « et », « / ».

    Un balayage des mots plutôt que le motif ``\\b(\\w{3,})\\w*\\s*(?:ou|/|et)\\s*\\1`` :
    celui-ci revient en arrière sur chaque longueur de début possible, en un temps
    quadratique sur un long mot.
    """
    mots = [(m.start(), m.end(), m[0].lower()) for m in _MOT.finditer(intitule)]
    for rang, (_, fin, premier) in enumerate(mots[:-1]):
        debut_suivant, fin_suivant, suivant = mots[rang + 1]
        entre = intitule[fin:debut_suivant]
        if entre.strip() == "/":
            second = suivant
        elif suivant in ("ou", "et") and entre.isspace() and rang + 2 < len(mots):
            if not intitule[fin_suivant : mots[rang + 2][0]].isspace():
                continue
            second = mots[rang + 2][2]
        else:
            continue
        if len(premier) >= 3 and second[:3] == premier[:3]:
            return True
    return False


def intitule_ouvert_aux_deux_sexes(intitule: str) -> bool:
    """Vrai quand l'intitulé s'adresse aux femmes comme aux hommes.

    C'est le cas d'un intitulé marqué (« F/H » après un masculin générique, point
    médian, parenthèses, barre oblique, trait d'union), d'un doublet (« directeur ou directrice ») ou d'un nom et
    d'adjectifs épicènes jusqu'au premier complément (« Responsable du projet »,
    « Secrétaire de mairie »).

    >>> intitule_ouvert_aux_deux_sexes("Chargé de mission (F/H)")
    True
    >>> intitule_ouvert_aux_deux_sexes("UN·E CHARGÉ·E DE MISSION")
    True
    >>> intitule_ouvert_aux_deux_sexes("Responsable du projet « maisons départementales »")
    True
    >>> intitule_ouvert_aux_deux_sexes("Secrétaire général")
    False
    >>> intitule_ouvert_aux_deux_sexes("Directeur ou directrice des finances")
    True
    >>> intitule_ouvert_aux_deux_sexes("Assistante de direction (F/H)")
    False
    """
    if _MARQUES.search(intitule) or _doublet(intitule):
        return True
    mots = _MOTS.findall(intitule)
    if mots and mots[0].lower() in _DETERMINANTS_GENRES:
        return False
    tete = _tete(mots)
    if _FH.search(intitule):
        # « F/H » ouvre un intitulé au masculin générique, pas un intitulé au féminin.
        return not any(_feminin(m) for m in tete)
    capitales = intitule.isupper()
    return bool(tete) and all(_epicene(m, capitales) for m in tete)


def _feminin(mot: str) -> bool:
    minuscule = mot.lower()
    return minuscule not in _EPICENES and minuscule.endswith(_FEMININS)


def _tete(mots: list[str]) -> list[str]:
    """Les mots de l'intitulé jusqu'au premier complément (« Chargé de mission » : « Chargé »)."""
    tete: list[str] = []
    for mot in mots:
        minuscule = mot.lower()
        if (
            not mot[0].isalnum()
            or minuscule in _COMPLEMENTS
            or minuscule.startswith(("d'", "d’", "l'", "l’"))
        ):
            break
        tete.append(mot)
    return tete


def _declencher_intitule(offre: Offre) -> Offre:
    return attrs.evolve(o.sous_cgfp(offre), intitule="Chargé de mission", prefixe_intitule=None)


def _epargner_intitule(offre: Offre) -> Offre:
    if intitule_ouvert_aux_deux_sexes(offre.intitule):
        return offre
    marque = f"{offre.intitule.strip()} (F/H)"
    # Un intitulé au féminin ne s'ouvre pas par « F/H » : un intitulé épicène le remplace.
    intitule = marque if intitule_ouvert_aux_deux_sexes(marque) else "Responsable (F/H)"
    prefixe = offre.prefixe_intitule
    garde = prefixe is not None and intitule.startswith(prefixe)
    return attrs.evolve(offre, intitule=intitule, prefixe_intitule=prefixe if garde else None)


@enregistrer(
    code="INTITULE-GENRE",
    severite=Severite.AVERTISSEMENT,
    versants=o.CGFP,
    titre="Intitulé qui ne s'adresse pas aux deux sexes",
    source=o.S.cgfp_l131,
    correction="ajouter « (F/H) », écrire le doublet (« directeur ou directrice ») ou un "
    "intitulé épicène",
    declencher=_declencher_intitule,
    epargner=_epargner_intitule,
)
def intitule_genre(offre: Offre) -> Iterator[Constat]:
    """Aucune distinction ne peut être faite entre les agents publics en raison de leur sexe (CGFP L131-2), règle que le code du travail (L1142-1) pose pour les offres d'emploi privées : l'intitulé au masculin (ou au féminin) seul est à compléter. La détection est une heuristique : marques « F/H », point médian, parenthèses, doublet, ou mots épicènes."""
    if not intitule_ouvert_aux_deux_sexes(offre.intitule):
        yield Constat(
            chemin="intitule",
            message=f"l'intitulé « {offre.intitule} » ne s'adresse pas aux deux sexes",
        )
