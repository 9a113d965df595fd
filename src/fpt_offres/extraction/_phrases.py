"""Ce que disent les phrases, où qu'elles soient : catégorie, temps de travail, contrat,
permis, télétravail, rémunération, adresse de candidature, dates annoncées.

Ces lectures sont de rang 2 : un champ étiqueté qui dit la même chose l'emporte.
"""

from __future__ import annotations

import datetime
import re

from fpt_offres import nomenclature
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction import _lecteurs
from fpt_offres.extraction._candidature import MOTS_CANDIDATURE, lire_candidature
from fpt_offres.extraction._champs import poser_heure_limite
from fpt_offres.extraction._chiffres import MOTS_CHIFFRES, lire_chiffres
from fpt_offres.extraction._encadrement import MOTS_ENCADREMENT, lire_encadrement
from fpt_offres.extraction._libre import lieu_et_nom, organisation, recrute
from fpt_offres.extraction._organisation import MOTS_ORGANISATION, lire_organisation
from fpt_offres.extraction._precisions import MOTS_EXIGENCE, MOTS_SOUHAIT
from fpt_offres.extraction._profil import jours, lire_profil, poser_nomme
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Ligne
from fpt_offres.extraction._statut import MOTS_VOIES, lire_ouverture, lire_statut, lire_voies

__all__ = ["lire_phrase"]

_CATEGORIE = re.compile(
    r"\bcat[ée]gorie\s?:?\s?(A\+|[ABC])(?![\w+])(?:\s?(?:,|et|ou|/)\s?(A\+|[ABC])(?![\w+]))?"
    r"(?:\s?(?:,|et|ou|/)\s?(A\+|[ABC])(?![\w+]))?",
    re.I,
)
_CADRE = re.compile(r"cadres? d['’]emplois? (?:des |de |d['’])(.{4,120}?)(?:[,.;()]|$)", re.I)
_GRADE = re.compile(r"\bgrades? (?:d'|de |des )(.{4,120}?)(?:[,.;()]|$)", re.I)
_FILIERE = re.compile(r"\bfili[èe]re\s?:?\s?([a-zéèêàç-]{5,20}(?:\s(?:et\s)?sportive)?)", re.I)
_REGIME = re.compile(r"\btemps\s(non\scomplet|incomplet|complet|partiel)\b", re.I)
_ANNUALISE = re.compile(
    r"(?<!non )(?<!pas )(?<!sans )\b(?:annualis[ée](?:e|s|es)?\b|annualisation\b)", re.I
)
_MI_TEMPS = re.compile(r"\bmi-temps\b", re.I)
_QUOTITE = re.compile(r"(?<!\d)(\d{2,3})\s?%")
_PERMIS = re.compile(
    r"\b(?i:permis)\s(?:de\sconduire\s)?(?:de\s)?(?:cat[ée]gorie\s|type\s)?"
    r"(AM|A1|A2|A|B1|BE|B|C1E|C1|CE|C|D1E|D1|DE|D|VL|PL|SPL)\b"
)
# Les noms d'usage des catégories : véhicule léger, poids lourd, super poids lourd.
_USAGES = {"VL": "B", "PL": "C", "SPL": "CE"}
# Le mot qui suit la catégorie et dit l'exigence (« Permis B exigé ») fait partie de la preuve :
# sans lui, il resterait dans ce que l'extraction n'a pas lu.
_EXIGENCE_PERMIS = re.compile(rf"\s?(?:{MOTS_EXIGENCE})\b", re.I)
_SOUHAITE = re.compile(MOTS_SOUHAIT, re.I)
_JOURS = re.compile(r"(?<![\d,.])(\d(?:[.,]\d+)?|un|une|deux|trois|quatre)\s(?:jours?|j)\b", re.I)
_TT = r"t[ée]l[ée]travail"
_SANS_TELETRAVAIL = re.compile(
    rf"pas de {_TT}|non [ée]ligible|{_TT}\s?:\s?non|sans {_TT}|non {_TT}lable", re.I
)
# Ce qui dit que le poste se prête au télétravail. Le mot seul n'en dit rien : « suivi du
# télétravail », « référent télétravail », une activité, un nom de lieu.
_AVEC_TELETRAVAIL = re.compile(
    rf"[ée]ligible au {_TT}|{_TT}lable|{_TT}\s?:\s?oui|possibilit[ée] de {_TT}"
    rf"|{_TT}\s(?:est\s|sera\s)?(?:possible|autoris[ée]|envisageable|ouvert|accord[ée])"
    rf"|jours?\sde\s{_TT}|{_TT}\W{{0,3}}(?:jusqu['’]à\s)?(?:\d|un|une|deux|trois|quatre)\sj"
    rf"|(?:effectu|exerc|r[ée]alis)[ée]e?s?\sen\s{_TT}",
    re.I,
)
_ARTICLE = re.compile(
    r"\b(?P<article>L\.?\s?3[0-9]{2}-[0-9]{1,2})(?:\s?(?:,|alin[ée]a|disposition)?\s?"
    r"(?P<cas>[1-9])\s?°?(?:\s?ou\s?(?P<autre>[1-9])\s?°)?)?"
)
# « 2° de l'article L332-8 » : le cas avant l'article, comme l'écrit le code.
_CAS_DE_L_ARTICLE = re.compile(
    r"\b(?P<cas>[1-9])\s?°\s(?:ou\s(?P<autre>[1-9])\s?°\s)?de\sl['’]article\s"
    r"(?P<article>L\.?\s?3[0-9]{2}-[0-9]{1,2})\b"
)
_CANDIDATURE = re.compile(
    r"candidat|cv\b|curriculum|lettre de motivation|adress|envo|postuler", re.I
)
_LIMITE = re.compile(
    r"avant le|au plus tard|jusqu'au|jusqu’au|date limite|fin de publicit|"
    r"expire le|fin d'appel|fin de l'appel",
    re.I,
)
_PRISE = re.compile(r"[àa] pourvoir|prise de (?:poste|fonction)", re.I)
# « À pourvoir dès que possible », « … immédiatement », « … de suite » : une prise de poste
# sans date.
_AU_PLUS_TOT = re.compile(
    r"(?:[àa] pourvoir|prise de (?:poste|fonctions?))\s(?:d[èe]s que possible|imm[ée]diatement"
    r"|de suite|au plus vite|au plus t[ôo]t|(?:le )?plus rapidement possible"
    r"|dans les meilleurs d[ée]lais)",
    re.I,
)


def _statut(releve: Releve, ligne: Ligne) -> None:
    texte = ligne.texte
    categorie = _CATEGORIE.search(texte)
    if categorie:
        valeurs = [v.upper() for v in categorie.groups() if v]
        releve.poser(
            "statut.categories",
            list(dict.fromkeys(valeurs)),
            ligne.debut + categorie.start(),
            ligne.debut + categorie.end(),
            "phrase, nomenclature.categorie",
            releve.rang_phrase,
        )
    poser_nomme(releve, ligne, _FILIERE, 1, "statut.filieres", nomenclature.filiere, en_liste=True)
    # « cadre d'emplois des … » se cherche d'abord parmi les cadres, « grade de … » parmi les grades.
    for motif, cadre_d_abord in ((_CADRE, True), (_GRADE, False)):
        trouve = motif.search(texte)
        if trouve:
            lire_statut(
                releve,
                trouve[1],
                ligne.debut + trouve.start(1),
                "phrase",
                2,
                cadre_d_abord=cadre_d_abord,
                prefixes=True,
            )


def _temps(releve: Releve, ligne: Ligne) -> None:
    texte = ligne.texte
    mi_temps = _MI_TEMPS.search(texte)
    if mi_temps:
        releve.poser(
            "conditions.temps.quotite",
            "50",
            ligne.debut + mi_temps.start(),
            ligne.debut + mi_temps.end(),
            "phrase « mi-temps »",
            3,
        )
    # Le libellé d'une base légale citée (« L332-8 5° … emploi à temps non complet ») décrit
    # l'article, pas le poste.
    regimes = [] if _ARTICLE.search(texte) else list(_REGIME.finditer(texte))
    if regimes:
        mots = [(r[1] or "partiel").casefold().replace("incomplet", "non complet") for r in regimes]
        releve.poser(
            "conditions.temps.regimes",
            list(dict.fromkeys(" ".join(mot.split()).replace(" ", "_") for mot in mots)),
            ligne.debut + regimes[0].start(),
            ligne.debut + regimes[-1].end(),
            "phrase",
            releve.rang_phrase,
        )
        quotite = _QUOTITE.search(texte)
        if quotite and 0 < int(quotite[1]) <= 100:
            releve.poser(
                "conditions.temps.quotite",
                quotite[1],
                ligne.debut + quotite.start(),
                ligne.debut + quotite.end(),
                "phrase",
                releve.rang_phrase,
            )
    lu = _lecteurs.heures(texte)
    if lu is not None:
        valeur, debut, fin, doute = lu
        if doute is not None:
            releve.douter(
                "conditions.temps.heures_hebdo", ligne.debut + debut, ligne.debut + fin, doute
            )
        elif valeur is not None:
            releve.poser(
                "conditions.temps.heures_hebdo",
                valeur,
                ligne.debut + debut,
                ligne.debut + fin,
                "phrase, lecture.lire_heures",
                releve.rang_phrase,
            )


def _contrat(releve: Releve, ligne: Ligne) -> None:
    texte = ligne.texte
    duree = _lecteurs.duree(texte)
    if duree is not None:
        valeur, debut, fin = duree
        mois = valeur.years * 12 + valeur.months
        if mois > 0:
            releve.poser(
                "conditions.contrat.duree",
                {"mois": mois, "minimum": "minimum" in texte[fin - 10 : fin + 12].casefold()},
                ligne.debut + debut,
                ligne.debut + fin,
                "phrase, lecture.lire_duree",
                releve.rang_phrase,
            )
    article = _CAS_DE_L_ARTICLE.search(texte) or _ARTICLE.search(texte)
    if article:
        numero = article["article"].replace(".", "").replace(" ", "")
        cas = [c for c in (article["cas"], article["autre"]) if c]
        codes = []
        for un_cas in cas or [None]:
            try:
                base = nomenclature.base_legale(f"{numero} {un_cas}°" if un_cas else numero)
            except NomenclatureInconnue:
                continue
            codes.append(base.code)
        if codes:
            releve.poser(
                "conditions.contrat.bases_legales",
                codes,
                ligne.debut + article.start(),
                ligne.debut + article.end(),
                "phrase, nomenclature.base_legale",
                releve.rang_phrase,
            )
    lire_ouverture(releve, texte, ligne.debut, "phrase", releve.rang_phrase)


def _permis(releve: Releve, ligne: Ligne) -> None:
    for trouve in _PERMIS.finditer(ligne.texte):
        suite = ligne.texte[trouve.end() : trouve.end() + 40].split(",")[0]
        exigence = "souhaitee" if _SOUHAITE.search(suite) else "exigee"
        qualifie = _EXIGENCE_PERMIS.match(ligne.texte, trouve.end())
        releve.poser(
            "conditions.permis",
            {"categorie": _USAGES.get(trouve[1], trouve[1]), "exigence": exigence},
            ligne.debut + trouve.start(),
            ligne.debut + (qualifie.end() if qualifie else trouve.end()),
            "phrase, nomenclature.permis",
            releve.rang_phrase,
        )


def _teletravail(releve: Releve, ligne: Ligne) -> None:
    texte = ligne.texte
    if _SANS_TELETRAVAIL.search(texte):
        releve.poser(
            "conditions.teletravail", {"eligible": False}, ligne.debut, ligne.fin, "phrase", 2
        )
        return
    if not _AVEC_TELETRAVAIL.search(texte):
        return
    nombre = _JOURS.search(texte)
    valeur: dict[str, object] = {"eligible": True}
    if nombre:
        mot = nombre[1].replace(",", ".")  # « 3,5 jours » : une demi-journée comptée
        valeur["jours_max"] = mot if mot[0].isdigit() else str(jours(mot))
    releve.poser(
        "conditions.teletravail", valeur, ligne.debut, ligne.fin, "phrase", releve.rang_phrase
    )


def _candidature(releve: Releve, ligne: Ligne, section: str | None) -> None:
    for adresse, debut, fin in _lecteurs.courriels(ligne.texte):
        envoi = section == "candidature" or bool(_CANDIDATURE.search(ligne.texte))
        releve.poser(
            "candidature" if envoi else "courriel",
            adresse,
            ligne.debut + debut,
            ligne.debut + fin,
            "phrase",
            0 if envoi else 2,
        )


def _prise_au_plus_tot(releve: Releve, ligne: Ligne) -> None:
    trouve = _AU_PLUS_TOT.search(ligne.texte)
    if trouve is not None:
        releve.poser(
            "calendrier.prise_de_poste",
            "des_que_possible",
            ligne.debut + trouve.start(),
            ligne.debut + trouve.end(),
            "phrase « à pourvoir dès que possible »",
            releve.rang_phrase + 1,  # une date dite ailleurs l'emporte
        )


def _dates(releve: Releve, ligne: Ligne, reference: datetime.date | None) -> None:
    for motif, champ in (
        (_LIMITE, "calendrier.date_limite_candidature"),
        (_PRISE, "calendrier.prise_de_poste"),
    ):
        annonce = motif.search(ligne.texte)
        if annonce is None:
            continue
        trouvee = _lecteurs.date(ligne.texte[annonce.start() :], reference)
        if trouvee is not None:
            valeur, debut, fin = trouvee
            decalage = ligne.debut + annonce.start()
            releve.poser(
                champ,
                valeur.isoformat(),
                decalage + debut,
                decalage + fin,
                "phrase, lecture.lire_date",
                releve.rang_phrase,
            )
            if champ == "calendrier.date_limite_candidature":
                poser_heure_limite(releve, ligne, annonce.start() + fin, releve.rang_phrase)


def _contient(bas: str, mots: tuple[str, ...]) -> bool:
    return any(mot in bas for mot in mots)


# Les mots sans lesquels un lecteur ne peut rien trouver : une ligne qui n'en a aucun
# n'est pas soumise à ses motifs (le temps d'une ligne reste celui de quelques « in »).
_MOTS_STATUT = ("catégorie", "categorie", "filière", "filiere", "cadre", "grade")
_MOTS_CONTRAT = (
    "contrat",
    "cdd",
    "recrut",
    "mission",
    "engagement",
    "d’une durée",
    "d'une durée",
    "termin",
    "l3",
    "l.3",
    "l 3",
    "titulaire",
    "fonctionnaire",
    "contractuel",
    "statutaire",
)
_MOTS_PROFIL = (
    "expérience",
    "experience",
    "niveau",
    "bac",
    "autorit",
    "responsabilit",
    "rattach",
    "au sein",
    "équipe de",
)
# L'encadrement se lit dans ce que le poste fait, pas dans le profil qu'il demande.
_SECTIONS_ENCADREMENT = (None, "missions", "poste")
_MOTS_TELETRAVAIL = ("télétravail", "teletravail")
_CHIFFRE = re.compile(r"\d")


def lire_phrase(
    releve: Releve, ligne: Ligne, section: str | None, reference: datetime.date | None
) -> None:
    """Toutes les lectures de phrase sur une ligne."""
    bas = ligne.texte.casefold()
    chiffre = _CHIFFRE.search(ligne.texte) is not None
    if _contient(bas, _MOTS_STATUT):
        _statut(releve, ligne)
    if chiffre or "temps" in bas:
        _temps(releve, ligne)
    if _contient(bas, _MOTS_CONTRAT):
        _contrat(releve, ligne)
    if "permis" in bas:
        _permis(releve, ligne)
    if _contient(bas, _MOTS_PROFIL):
        lire_profil(releve, ligne)
        if "au sein" in bas:
            organisation(releve, ligne)
    if _contient(bas, _MOTS_TELETRAVAIL):
        _teletravail(releve, ligne)
    if "@" in bas:
        _candidature(releve, ligne, section)
    if "recrute" in bas or "recherche" in bas:
        recrute(releve, ligne)
    libre = releve.rang_phrase == 2  # une ligne de texte libre, pas la valeur d'un champ
    if libre and (len(ligne.texte) <= 120 or "caledonie" in bas or "calédonie" in bas):
        lieu_et_nom(releve, ligne)
    if chiffre:
        _dates(releve, ligne, reference)
    if "pourvoir" in bas or "prise de" in bas:
        _prise_au_plus_tot(releve, ligne)
    if chiffre and _contient(bas, MOTS_CHIFFRES):
        lire_chiffres(releve, ligne)
    if _contient(bas, MOTS_VOIES):
        lire_voies(releve, ligne)
    if "annualis" in bas:
        annualise = _ANNUALISE.search(ligne.texte)
        if annualise is not None:
            releve.poser_phrase(
                "conditions.temps.annualise", valeur=True, origine=ligne.debut, trouve=annualise
            )
    if _contient(bas, MOTS_ORGANISATION):
        lire_organisation(releve, ligne)
    if section in _SECTIONS_ENCADREMENT and _contient(bas, MOTS_ENCADREMENT):
        lire_encadrement(releve, ligne)
    if section == "candidature" or _contient(bas, MOTS_CANDIDATURE):
        lire_candidature(releve, ligne, section)
