"""Lire une offre publiée : du texte (brut, Markdown, HTML) au modèle, avec les preuves.

>>> from fpt_offres import ligne
>>> texte = '''Agent d'accueil (F/H)
... Employeur : Mairie de Poum
... Catégorie : C
... Temps de travail : Temps complet
... Date limite de candidature : 30/04/2026
... Candidatures à rh@poum.nc'''
>>> extraction = extraire(texte)
>>> rangee = ligne(extraction)
>>> rangee["employeur_type"], rangee["categories"], rangee["date_limite_candidature"]
('commune', ['C'], '2026-04-30')
>>> [(p.champ, p.texte) for p in extraction.preuves if p.champ == "statut.categories"]
[('statut.categories', 'C')]
"""

from __future__ import annotations

import datetime

import attrs

from fpt_offres.extraction import _champs, _employeur, _libre, _phrases, _profil
from fpt_offres.extraction._assemblage import assembler
from fpt_offres.extraction._candidature import lire_contacts
from fpt_offres.extraction._chiffres_missions import lire_chiffres_missions
from fpt_offres.extraction._entree import mettre_a_plat
from fpt_offres.extraction._lieux import graphie_du_texte, libelle_accentue
from fpt_offres.extraction._precisions import lire_precisions
from fpt_offres.extraction._releve import Doute, Portion, Preuve, Releve
from fpt_offres.extraction._remuneration import lire_remuneration
from fpt_offres.extraction._sections import lire_sections
from fpt_offres.extraction._segments import SECTIONS, Bloc, Ligne, decouper
from fpt_offres.modele import Offre

__all__ = ["Doute", "Extraction", "Portion", "Preuve", "extraire"]


@attrs.frozen
class Extraction:
    """Ce qu'une offre publiée établit, et d'où.

    Attributes:
        offre: l'offre valide qui tient tout ce que le texte établit.
        texte: le texte lu (l'entrée mise à plat) auquel renvoient les positions.
        preuves: pour chaque champ rempli, son chemin, sa portion, sa lecture.
        non_place: les portions du texte que l'extraction n'a placées nulle part.
        doutes: ce qui est lu sans certitude, chacun avec sa raison.
    """

    offre: Offre
    texte: str
    preuves: tuple[Preuve, ...] = ()
    non_place: tuple[Portion, ...] = ()
    doutes: tuple[Doute, ...] = ()


# Les champs de date, et les champs qu'ils renseignent : la fin de diffusion tient lieu de
# date limite (rang 4) quand l'offre n'en dit pas d'autre.
_DATES = {
    "publication": (("calendrier.date_publication", 1),),
    "date_limite": (("calendrier.date_limite_candidature", 1),),
    "fin_diffusion": (
        ("calendrier.fin_diffusion", 1),
        ("calendrier.date_limite_candidature", 4),
    ),
    "debut_diffusion": (("calendrier.debut_diffusion", 1),),
    "vacance": (("calendrier.date_vacance", 1),),
    "prise_poste": (("calendrier.prise_de_poste", 1),),
}


def _reference(blocs: list[Bloc], defaut: datetime.date | None) -> datetime.date | None:
    if defaut is not None:
        return defaut
    releve = Releve("")
    for bloc in blocs:
        if bloc.genre == "publication":
            _champs.lire_dates(releve, bloc, "publication", 1, None)
    choisi = releve.choisir("publication")
    return datetime.date.fromisoformat(choisi.valeur) if choisi else None


def _lire_blocs(releve: Releve, blocs: list[Bloc], reference: datetime.date | None) -> None:
    for bloc in blocs:
        releve.lire(bloc.debut, bloc.fin)
        for champ, rang in _DATES.get(bloc.genre or "", ()):
            texte_employeur = (bloc.en_ligne and rang == 1) or (
                bloc.genre == "fin_diffusion" and (bloc.en_ligne)
            )
            _champs.lire_dates(releve, bloc, champ, 0 if texte_employeur else rang, reference)
        lecteur = _champs.LECTEURS.get(bloc.genre or "")
        if lecteur is not None:
            lecteur(releve, bloc)
        if bloc.genre == "experience" and bloc.lignes:
            # La valeur seule (« de 1 à 3 ans ») ne dit pas qu'il s'agit d'expérience : elle
            # se lit avec son étiquette, telle que le texte les écrit.
            texte = releve.texte[bloc.debut : bloc.lignes[0].fin]
            _profil.lire_experience(releve, texte, bloc.debut, 1)
        section = bloc.genre if bloc.genre in SECTIONS else None
        # Dans un champ « Corps », « (catégorie B) » est la catégorie du corps, pas celle du
        # poste : une phrase, qui ne passe pas « Poste de catégorie A » écrit avant.
        genres_sans_rang = (None, "titre", "grades")
        releve.rang_phrase = 2 if section is not None or bloc.genre in genres_sans_rang else 1
        for ligne in bloc.lignes:
            _phrases.lire_phrase(releve, ligne, section, reference)
        releve.rang_phrase = 2


def _premiere_ligne(releve: Releve, blocs: list[Bloc]) -> None:
    """Le titre d'une annonce sans champ « Intitulé » : sa première ligne (hors provenance)."""
    for bloc in blocs[:3]:
        candidats = [] if bloc.genre is not None and bloc.genre != "titre" else list(bloc.lignes)
        # Le titre tel qu'écrit, sa marque seule ôtée : « # Agent : » garde ses deux-points.
        ecrit = releve.texte[bloc.debut : bloc.fin].lstrip().removeprefix("#").lstrip("#").strip()
        if bloc.genre == "titre" and ecrit:
            releve.poser("intitule", ecrit, bloc.debut, bloc.fin, "premier titre", 3)
            return
        for rang, ligne in enumerate(candidats[:4]):
            if ligne.puce or ligne.texte.casefold().startswith("source:"):
                continue
            if _libre.recrute(releve, ligne, premiere=True):
                continue  # « X recrute » : l'intitulé est dans la phrase ou sur la ligne suivante
            titre = [ligne, *_suite_du_titre(ligne, candidats[rang + 1 : rang + 3])]
            texte = " ".join(morceau.texte for morceau in titre)
            if len(texte) <= 150:
                releve.poser(
                    "intitule",
                    _libre.titre_lisible(texte),
                    ligne.debut,
                    titre[-1].fin,
                    "première ligne" if len(titre) == 1 else f"{len(titre)} premières lignes",
                    3,
                )
            return


def _suite_du_titre(premiere: Ligne, suivantes: list[Ligne]) -> list[Ligne]:
    """Un titre en capitales coupé sur plusieurs lignes : les lignes qui suivent, en
    capitales elles aussi, sans puce, tant que le titre reste court."""
    if not _libre.en_capitales(premiere.texte):
        return []
    suite = []
    for ligne in suivantes:
        if ligne.puce or not _libre.en_capitales(ligne.texte) or len(ligne.texte) > 80:
            break
        suite.append(ligne)
    return suite


def _nature(releve: Releve) -> None:
    """La nature de l'employeur que dit son nom, ou à défaut un autre nom lu (l'organisme
    de rattachement quand le champ « Employeur » nomme un service)."""
    noms = sorted(releve.candidats.get("employeur.nom", []), key=lambda c: (c.rang, c.preuve.debut))
    if not noms and not releve.a("employeur.type"):
        sans_nom = _employeur.nature_sans_nom(releve.texte)
        if sans_nom is not None:
            lecture = "« le Département » et son conseil départemental, sans nom"
            releve.poser("employeur.type", sans_nom[0], sans_nom[1], sans_nom[2], lecture, 3)
        return
    for rang, nom in enumerate(noms):
        nature = _employeur.nature(nom.valeur)
        if nature is None:
            continue
        p = nom.preuve
        releve.poser(
            "employeur.type", nature, p.debut, p.fin, "nom de l'employeur", 1 + min(rang, 1)
        )
        if not releve.a("employeur.departement") and nature == "departement" and rang == 0:
            trouve = _employeur.departement(nom.valeur)
            if trouve:
                releve.poser(
                    "employeur.departement",
                    trouve[0],
                    p.debut,
                    p.fin,
                    "nom de l'employeur, nomenclature.departement",
                    2,
                )
        return


def _sigle(releve: Releve) -> None:
    """Le sigle écrit entre parenthèses après le nom de l'employeur retenu."""
    nom = releve.choisir("employeur.nom")
    trouve = None if nom is None else _employeur.sigle(releve.texte, nom.valeur)
    if trouve is not None:
        lecture = "entre parenthèses après le nom de l'employeur"
        releve.poser("employeur.sigle", trouve[0], trouve[1], trouve[2], lecture)


def _graphies(releve: Releve) -> None:
    """Les communes lues en capitales reprennent les accents que le texte leur donne ailleurs."""
    lieux = releve.candidats.get("poste.lieu", [])
    lieux[:] = [attrs.evolve(c, valeur=libelle_accentue(releve.texte, c.valeur)) for c in lieux]
    communes = releve.candidats.get("poste.lieu.commune", [])
    communes[:] = [
        attrs.evolve(c, valeur=graphie_du_texte(releve.texte, c.valeur)) for c in communes
    ]
    for candidat in releve.candidats.get("poste.lieu.adresse", []):
        if "commune" in candidat.valeur:
            candidat.valeur["commune"] = graphie_du_texte(releve.texte, candidat.valeur["commune"])


def _non_place(texte: str, lus: list[tuple[int, int]]) -> tuple[Portion, ...]:
    lus = sorted(lus)
    portions, position, fusion = [], 0, 0
    for debut, fin in [*lus, (len(texte), len(texte))]:
        if debut > position:
            morceau = texte[position:debut]
            if morceau.strip(" \n\t-:#*•"):
                gauche = position + len(morceau) - len(morceau.lstrip())
                portions.append(Portion(gauche, gauche + len(morceau.strip()), morceau.strip()))
        fusion = max(fusion, fin)
        position = max(position, fusion)
    return tuple(portions)


def extraire(texte: str, *, reference: datetime.date | None = None) -> Extraction:
    """L'offre qu'établit ``texte``, avec ses preuves, ses doutes et ce qui n'a pas été placé.

    Args:
        texte: l'offre publiée, en texte brut, Markdown ou HTML.
        reference: le jour qui donne l'année des dates qui n'en ont pas ; par défaut
            la date de publication trouvée dans le texte.
    """
    lu = mettre_a_plat(texte)
    blocs = decouper(lu)
    reference = _reference(blocs, reference)
    releve = Releve(lu)
    _lire_blocs(releve, blocs, reference)
    _premiere_ligne(releve, blocs)
    if not releve.a("intitule"):
        _libre.intitule_en_phrase(releve, [ligne for bloc in blocs for ligne in bloc.lignes])
    lire_sections(releve, blocs)
    lire_remuneration(releve, [ligne for bloc in blocs for ligne in bloc.lignes])
    lire_contacts(releve, blocs)
    _nature(releve)
    _sigle(releve)
    _graphies(releve)
    lire_precisions(releve, blocs)
    lire_chiffres_missions(releve, blocs)
    offre, preuves = assembler(releve)
    for candidats in releve.candidats.values():
        releve.lus.extend((c.preuve.debut, c.preuve.fin) for c in candidats)
    return Extraction(
        offre=offre,
        texte=lu,
        preuves=tuple(sorted(preuves, key=lambda p: (p.debut, p.champ))),
        non_place=_non_place(lu, releve.lus),
        doutes=tuple(releve.doutes),
    )
