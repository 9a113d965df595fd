"""Les phrases du profil et de la place du poste : expérience demandée, niveau de diplôme,
autorité et rattachement, équipe."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

from fpt_offres import nomenclature
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Ligne

__all__ = ["jours", "lire_experience", "lire_profil", "poser_nomme"]

_EXPERIENCE = re.compile(
    r"\bexp[ée]riences?(?: professionnelles?)?\s?(souhait[ée]e?s?|exig[ée]e?s?|requises?|"
    r"indispensables?|appr[ée]ci[ée]e?s?|obligatoires?|significatives?|confirm[ée]e?s?)?\s?:?\s?"
    r"(moins )?(?:de |d'au moins |minimum |d'|au moins )?(\d{1,2}|un|une|deux|trois|quatre|cinq)?"
    r"(?:\s(?:à|a)\s(\d{1,2}))?\s?(ans?|ann[ée]es?)?",
    re.I,
)
_NIVEAU = re.compile(r"\bniveau\s(VIII|VII|VI|IV|V|III|II|I|[1-8])\b|\bbac\s?\+\s?[2-8]\b", re.I)
_DIPLOME_DIT = re.compile(
    r"dipl[ôo]m|formation|[ée]tudes|licence|master|ma[iî]trise|\bbac\b|\bbac\s?\+|\bcap\b|\bbts\b"
    r"|\bdut\b|\bbep\b|qualification",
    re.I,
)
_AUTORITE = re.compile(
    r"(?:sous (?:l['’]autorit[ée]|la responsabilit[ée]) (?:hi[ée]rarchique |directe )?"
    r"(?:du |de la |de l['’]|des )|"
    r"rattach[ée]\(?e?\)? (?:au |à la |à l'|aux |directement au |directement à la ))"
    r"(.{3,80}?)(?=,|\.|;|$| vous| il | elle )",
    re.I,
)
_UNITE = re.compile(r"(service|p[ôo]le|direction|bureau)\s?:\s?(.{2,80})", re.I)
# « au sein d'une équipe de 4 agents » : l'effectif de l'équipe où le poste s'insère.
_EQUIPE = re.compile(
    r"\b(?:au sein d['’]une|dans une|int[ée]gr[ée]\S* (?:à|dans) une) [ée]quipe de (\d{1,3}) (?:agents|personnes|collaborateurs|collègues)",
    re.I,
)
_NOMBRES = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def jours(mot: str) -> int:
    return int(mot) if mot.isdigit() else _NOMBRES[mot.casefold()]


def poser_nomme(  # noqa: PLR0917  (la ligne, le motif et son groupe, le champ, la nomenclature)
    releve: Releve,
    ligne: Ligne,
    motif: re.Pattern[str],
    groupe: int,
    champ: str,
    nommer: Callable[[str], enum.Enum],
    *,
    en_liste: bool = False,
) -> None:
    """Pose l'entrée que ``nommer`` reconnaît dans le ``groupe`` du ``motif`` trouvé sur la ligne.

    Un mot que la nomenclature ignore ne dit rien du champ : mieux vaut ne rien poser qu'une
    valeur hors nomenclature, que le modèle refuserait.
    """
    trouve = motif.search(ligne.texte)
    if trouve is None:
        return
    try:
        valeur = nommer(trouve[groupe]).value
    except NomenclatureInconnue:
        return
    releve.poser(
        champ,
        [valeur] if en_liste else valeur,
        ligne.debut + trouve.start(),
        ligne.debut + trouve.end(),
        f"phrase, nomenclature.{nommer.__name__}",
        releve.rang_phrase,
    )


def lire_experience(releve: Releve, texte: str, debut: int, rang: int) -> None:
    """L'expérience demandée (exigence, années, fourchette) d'un texte qui commence à ``debut``.
    Un champ « Expérience souhaitée : de 1 à 3 ans » se lit étiquette comprise."""
    experience = _EXPERIENCE.search(texte)
    if experience and (experience[1] or experience[5]):
        valeur: dict[str, object] = {}
        if experience[1]:
            exigence = experience[1].casefold()
            souhaitee = exigence.startswith(("souhait", "appr"))
            valeur["exigence"] = "souhaitee" if souhaitee else "exigee"
        if experience[3] and experience[5]:
            annees = jours(experience[3])
            if experience[2]:  # « moins de 1 an » : une fourchette qui part de zéro
                valeur["annees_min"], valeur["annees_max"] = 0, annees
            elif annees > 0:
                valeur["annees_min"] = annees
                if experience[4] and int(experience[4]) >= annees:  # « de 1 à 3 ans »
                    valeur["annees_max"] = int(experience[4])
        if valeur:
            releve.poser(
                "profil.experience",
                valeur,
                debut + experience.start(),
                debut + experience.end(),
                "phrase",
                rang,
            )


def lire_profil(releve: Releve, ligne: Ligne) -> None:
    """L'expérience, le niveau de diplôme, l'autorité et l'équipe d'une ligne."""
    texte = ligne.texte
    lire_experience(releve, texte, ligne.debut, releve.rang_phrase)
    niveau = _NIVEAU.search(texte)
    # « dysfonctionnements de niveau 2 » : un niveau qui n'est pas celui d'un diplôme.
    if niveau and (niveau.start() == 0 or _DIPLOME_DIT.search(texte)):
        poser_nomme(releve, ligne, _NIVEAU, 0, "profil.niveau_diplome", nomenclature.niveau_diplome)
    equipe = _EQUIPE.search(texte)
    if equipe is not None and int(equipe[1]) > 0:
        releve.poser_phrase(
            "poste.effectif_equipe",
            int(equipe[1]),
            ligne.debut,
            equipe,
            "phrase « équipe de N agents »",
        )
    autorite = _AUTORITE.search(texte)
    unite = _UNITE.match(autorite[1]) if autorite else None
    if autorite and unite:
        # « Rattaché au service : Piscine Municipale » : l'unité, pas une personne.
        releve.poser(
            f"employeur.{unite[1].casefold().replace('ô', 'o')}",
            unite[2].strip(),
            ligne.debut + autorite.start(1) + unite.start(2),
            ligne.debut + autorite.end(1),
            "phrase « rattaché au service »",
            releve.rang_phrase,
        )
    elif autorite:
        releve.poser(
            "employeur.rattachement",
            autorite[1].strip(),
            ligne.debut + autorite.start(1),
            ligne.debut + autorite.end(1),
            "phrase « sous l'autorité »",
            releve.rang_phrase,
        )
