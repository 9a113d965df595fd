"""Les sections d'une annonce : missions par thème, profil, présentation, finalité."""

from __future__ import annotations

import re

from fpt_offres.extraction._listes import Theme, themes
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, Ligne

__all__ = ["lire_sections"]

_QUALITE = re.compile(
    r"^(?:sens|esprit|qualit|capacit|aptitude|rigueur|autonomie|discr[ée]tion|dynami|disponib"
    r"|ponctualit|organis|go[uû]t|r[ée]activit|curiosit|polyvalen|adaptab|bon relationnel"
    r"|être|etre|savoir[- ][eê]tre|d'une|de qualit|du sens|force de|motiv|patience|diplomatie)",
    re.I,
)


def _texte(lignes: list[Ligne]) -> str:
    paragraphes: list[str] = []
    for ligne in lignes:
        if paragraphes and not ligne.apres_vide:
            paragraphes[-1] += "\n" + ligne.texte
        else:
            paragraphes.append(ligne.texte)
    return "\n\n".join(paragraphes)


def _poser_texte(releve: Releve, champ: str, lignes: list[Ligne], lecture: str) -> None:
    if lignes:
        releve.poser(champ, _texte(lignes), lignes[0].debut, lignes[-1].fin, lecture)


def _missions(releve: Releve, blocs: list[Bloc]) -> bool:
    trouves: list[tuple[Bloc, Theme]] = []
    reste: list[Ligne] = []
    for bloc in blocs:
        themes_bloc, reste_bloc = themes(bloc.lignes)
        trouves.extend((bloc, t) for t in themes_bloc)
        reste.extend(reste_bloc)
    if not trouves:
        return False
    valeur = []
    for _bloc, theme in trouves:
        entree: dict[str, object] = {
            "activites": [{"texte": item.texte} for item in theme.items if item.texte]
        }
        if theme.titre is not None:
            entree["intitule"] = theme.titre.texte.rstrip(" :.…")
        valeur.append(entree)
    debut = min(t.items[0].ligne.debut for _b, t in trouves)
    fin = max(t.items[-1].ligne.fin for _b, t in trouves)
    titre = trouves[0][0].titre
    releve.poser("missions.themes", valeur, debut, fin, f"section « {titre} », listes")
    return True


def _profil(releve: Releve, blocs: list[Bloc]) -> None:
    connaissances: list[Ligne] = []
    qualites: list[Ligne] = []
    for bloc in blocs:
        themes_bloc, reste = themes(bloc.lignes)
        items = [i.ligne for t in themes_bloc for i in t.items] or [
            ligne for ligne in reste if len(ligne.texte) <= 120 and not ligne.texte.endswith(":")
        ]
        for ligne in items:
            (qualites if _QUALITE.match(ligne.texte) else connaissances).append(ligne)
    for champ, lignes in (("profil.connaissances", connaissances), ("profil.qualites", qualites)):
        if lignes:
            releve.poser(
                champ,
                [ligne.texte.rstrip(" ;,.") for ligne in lignes],
                lignes[0].debut,
                lignes[-1].fin,
                "section du profil, listes",
            )


def lire_sections(releve: Releve, blocs: list[Bloc]) -> None:
    """Missions, profil, présentation de l'employeur et finalité du poste."""
    par_genre: dict[str, list[Bloc]] = {}
    for bloc in blocs:
        if bloc.genre is not None and not bloc.en_ligne:
            par_genre.setdefault(bloc.genre, []).append(bloc)
    missions = par_genre.get("missions", [])
    postes = par_genre.get("poste", [])
    if not _missions(releve, missions) and not _missions(releve, postes):
        _missions(releve, par_genre.get("conditions", []))
    for bloc in postes:
        _themes, reste = themes(bloc.lignes)
        if reste:
            _poser_texte(releve, "missions.finalite", reste, f"section « {bloc.titre} »")
            break
    for bloc in par_genre.get("presentation", []):
        _poser_texte(
            releve, "employeur.presentation", list(bloc.lignes), f"section « {bloc.titre} »"
        )
    _profil(releve, par_genre.get("profil", []))
