"""Comment candidater, au fil du texte : pièces demandées, destinataire, voie hiérarchique,
référence à rappeler, seule voie du courriel, format des fichiers, heure limite.

Les pièces se lisent sur une ligne qui parle de candidature (ou dans sa section) : un
« CV » cité ailleurs (« rédaction de CV » dans les missions d'un conseiller) n'en est pas une.
"""

from __future__ import annotations

import re

from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, Ligne

__all__ = ["MOTS_CANDIDATURE", "heure_apres", "lire_candidature", "lire_contacts"]

MOTS_CANDIDATURE = ("candidat", "adress", "envoy", "transmet", "postul", "dossier")
_PIECES = (
    (re.compile(r"\bCV\b|curriculum vit(?:ae|æ)", re.I), "cv"),
    (re.compile(r"\blettre de motivation\b", re.I), "lettre_motivation"),
    (re.compile(r"\bdernier arr[êe]t[ée]\b", re.I), "dernier_arrete"),
    (
        re.compile(
            r"\b(?:derniers?|deux derniers|trois derniers)\s(?:comptes?[- ]rendus?\sd['’])?"
            r"entretiens?\s(?:professionnels?|annuels?|d['’][ée]valuation)",
            re.I,
        ),
        "derniers_entretiens",
    ),
    (re.compile(r"\bcop(?:ie|ies) (?:des?|du|de vos) dipl[ôo]mes?\b", re.I), "diplomes"),
    (
        re.compile(
            r"\battestation de r[ée]ussite\b|\binscription sur (?:la )?liste d['’]aptitude", re.I
        ),
        "attestation_concours",
    ),
)
_DESTINATAIRE = re.compile(
    r"\b[àa] l['’]attention de\s((?:Monsieur|Madame|M\.|Mme)\s[^,.;()\n]{2,60}?)"
    r"(?=\s(?:en|par|avant|au plus|accompagn|et|ou|via|à|avec)\b|[,.;()\n]|$)",
    re.I,
)
_VOIE_HIERARCHIQUE = re.compile(r"\bpar (?:la )?voie hi[ée]rarchique\b", re.I)
_REFERENCE = re.compile(
    r"\ben (?:rappelant|pr[ée]cisant|indiquant|mentionnant) (?:imp[ée]rativement )?"
    r"(?:la |le )?(?:r[ée]f[ée]rence|num[ée]ro de l['’]offre|r[ée]f\.)(?: de l['’]offre)?"
    r"\s?:?\s?([A-Z0-9][\w/.-]{2,40}[\w])",
)
_EXCLUSIVEMENT = re.compile(
    r"\b(?:uniquement|exclusivement|seulement)\s(?:par\s)?(?:courriel|mail|e-mail|voie "
    r"[ée]lectronique)",
    re.I,
)
_FORMAT = re.compile(r"\b(?:au|en) format\s(PDF|Word|\.pdf|\.docx?)\b", re.I)
_HEURE = re.compile(r"\s?,?\s?(?:à|avant|jusqu['’]à|,)?\s?(\d{1,2})\s?(?:h|H|:)\s?(\d{2})?\b")


def heure_apres(texte: str, position: int) -> tuple[dict[str, int], int, int] | None:
    """L'heure écrite juste après une date (« 30/04/2026 à 12h00 ») : (heure, début, fin).

    >>> heure_apres("avant le 30/04/2026 à 17 h 30.", 19)
    ({'heures': 17, 'minutes': 30}, 22, 29)
    >>> heure_apres("le 30/04/2026, 35 heures", 13) is None
    True
    """
    trouve = _HEURE.match(texte, position)
    if trouve is None or int(trouve[1]) > 23:
        return None
    fin = trouve.end()
    if texte[fin : fin + 5].lstrip().startswith(("heure", "hebdo")):
        return None  # « 35 heures » : une durée, pas une heure
    heure = {"heures": int(trouve[1])}
    if trouve[2] and int(trouve[2]):
        heure["minutes"] = int(trouve[2])
    return heure, trouve.start(1), fin


def lire_candidature(releve: Releve, ligne: Ligne, section: str | None) -> None:
    """Les pièces, le destinataire et les modalités qu'une ligne dit de la candidature.

    >>> releve = Releve("")
    >>> texte = "Envoyez CV et lettre de motivation par la voie hiérarchique."
    >>> lire_candidature(releve, Ligne(0, len(texte), texte, puce=False), None)
    >>> [c.valeur for c in releve.candidats["candidature.pieces"]]
    [{'type': 'cv', 'libelle': 'CV'}, {'type': 'lettre_motivation', 'libelle': 'lettre de motivation'}]
    """
    texte = ligne.texte
    if section != "candidature" and not any(mot in texte.casefold() for mot in MOTS_CANDIDATURE):
        return
    for motif, type_ in _PIECES:
        trouve = motif.search(texte)
        if trouve is not None:
            piece = {"type": type_, "libelle": trouve[0]}
            releve.poser_phrase("candidature.pieces", piece, ligne.debut, trouve)
    for motif, champ in (
        (_DESTINATAIRE, "candidature.destinataire"),
        (_REFERENCE, "candidature.reference_a_rappeler"),
        (_FORMAT, "candidature.formats"),
    ):
        trouve = motif.search(texte)
        if trouve is not None:
            releve.poser_phrase(champ, trouve[1].strip(), ligne.debut, trouve)
    for motif, champ in (
        (_VOIE_HIERARCHIQUE, "candidature.voie_hierarchique"),
        (_EXCLUSIVEMENT, "candidature.exclusivement_courriel"),
    ):
        trouve = motif.search(texte)
        if trouve is not None:
            releve.poser_phrase(champ, valeur=True, origine=ligne.debut, trouve=trouve)


# Un numéro français : « 05-62-89-22-94 », « 03 26 69 51 51 », « +33 3 26 69 51 51 ».
_TELEPHONE = re.compile(r"(?<![\d+])(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)")
_CIVILITE = re.compile(r"\b(?:M\.|Mme|Monsieur|Madame)\s[A-ZÉÈ][\w'’-]+(?:\s[A-ZÉÈ][\w'’-]+)?")


def _nom_avant(lignes: tuple[Ligne, ...], rang: int) -> str | None:
    """Le nom d'un bloc de coordonnées : la ligne sans chiffre ni adresse qui précède."""
    for ligne in reversed(lignes[max(0, rang - 4) : rang]):
        texte = ligne.texte
        if any(c.isdigit() for c in texte) or "@" in texte or len(texte) > 60:
            continue
        return texte if texte[:1].isupper() and not texte.endswith(":") else None
    return None


def lire_contacts(releve: Releve, blocs: list[Bloc]) -> None:
    """Les numéros de téléphone donnés pour se renseigner, chacun avec le nom qui
    l'accompagne : une civilité sur la même ligne (« contacter Mme Durand au 03 … »), ou
    la ligne de coordonnées qui le précède (« Mairie de L'Union »)."""
    contacts: list[dict[str, str]] = []
    debut = fin = 0
    for bloc in blocs:
        for rang, ligne in enumerate(bloc.lignes):
            for numero in _TELEPHONE.finditer(ligne.texte):
                contact = {}
                civilites = list(_CIVILITE.finditer(ligne.texte, 0, numero.start()))
                nom = civilites[-1][0] if civilites else None
                if nom is None and ligne.texte.strip(" .") == numero[0]:
                    nom = _nom_avant(bloc.lignes, rang)
                if nom is not None:
                    contact["nom"] = nom
                contact["telephone"] = numero[0]
                if not contacts:
                    debut = ligne.debut + numero.start()
                fin = ligne.debut + numero.end()
                contacts.append(contact)
    if contacts:
        releve.poser("candidature.contacts", contacts, debut, fin, "numéros de téléphone")
