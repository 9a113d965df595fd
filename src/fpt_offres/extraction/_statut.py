"""Le statut et l'ouverture : catégories, filière, grades et cadres d'emplois (par les
recherches de la nomenclature), à qui le poste est ouvert."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from fpt_offres import nomenclature
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, Ligne, cle

__all__ = [
    "MOTS_VOIES",
    "categories",
    "filiere",
    "grades",
    "lire_ouverture",
    "lire_statut",
    "lire_voies",
]


def categories(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        trouvees = []
        for morceau in re.split(r"\s*(?:,|/|\bet\b|\bou\b)\s*", ligne.texte):
            try:
                trouvees.append(nomenclature.categorie(morceau.strip()).value)
            except NomenclatureInconnue:
                continue
        if trouvees:
            releve.poser(
                "statut.categories",
                trouvees,
                ligne.debut,
                ligne.fin,
                f"champ « {bloc.titre} », nomenclature.categorie",
            )


def _filieres(texte: str) -> list[str]:
    """La filière de ``texte``, ou chacune de celles qu'il énumère (« sportive ou animation »)."""
    for morceaux in ([texte], re.split(r"\s*(?:,|/|\bet\b|\bou\b)\s*", texte)):
        trouvees = []
        for morceau in morceaux:
            try:
                trouvees.append(nomenclature.filiere(morceau.strip()).value)
            except NomenclatureInconnue:
                continue
        if trouvees:
            return list(dict.fromkeys(trouvees))
    return []


def filiere(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        valeurs = _filieres(ligne.texte)
        if valeurs:
            releve.poser(
                "statut.filieres",
                valeurs,
                ligne.debut,
                ligne.fin,
                f"champ « {bloc.titre} », nomenclature.filiere",
            )


_LOOKUPS_STATUT: dict[str, Callable[[str], object]] = {
    "statut.grades": nomenclature.grade,
    "statut.cadres_emplois": nomenclature.cadre_emplois,
}
_SEPARATEURS_GRADES = re.compile(r"\s*(?:[,;]|\bou\b|\bet\b)\s*")


# Une phrase prolonge souvent le nom (« rédacteurs territoriaux d'Ile-de-France Mobilités ») :
# ses premiers mots sont essayés, du plus long au plus court, jusqu'à ce nombre de mots.
_MOTS_ESSAYES = 8
_MOTS_VIDES = frozenset(("de", "du", "des", "la", "le", "les", "l'", "d'", "à", "au", "aux", "en"))
_ARTICLE = re.compile(r"^(?:des|de|du|les|aux|d['’])\s?", re.I)


def _chercher(
    morceau: str, lookups: list[tuple[str, Callable[[str], object]]], *, prefixes: bool
) -> tuple[str, str, str] | None:
    """(champ, code, mots lus) du premier nom reconnu, le morceau entier d'abord."""
    mots = morceau.split()
    longueurs = range(min(len(mots), _MOTS_ESSAYES), 0, -1) if prefixes else [len(mots)]
    for longueur in longueurs:
        if prefixes and mots[longueur - 1].casefold() in _MOTS_VIDES:
            continue  # « rédacteurs territoriaux de la » : le nom ne finit pas sur un article
        essai = morceau if longueur == len(mots) else " ".join(mots[:longueur])
        for champ, lookup in lookups:
            try:
                entree = lookup(essai)
            except NomenclatureInconnue:
                continue
            return champ, getattr(entree, "code"), essai  # noqa: B009  (Grade, CadreEmplois)
    return None


@cache
def _composes() -> tuple[int, frozenset[str], frozenset[str]]:
    """Les libellés de grade ou de cadre d'emplois faits de plusieurs morceaux (« biologiste,
    vétérinaire et pharmacien de classe normale ») : le plus grand nombre de morceaux, le
    premier morceau de chacun et chacun entier (repliés)."""
    libelles = [g.libelle for g in nomenclature.grades()]
    libelles += [c.libelle for c in nomenclature.cadres_emplois()]
    composes = [(x, m) for x in libelles if len(m := _SEPARATEURS_GRADES.split(x)) > 1]
    return (
        max(len(m) for _, m in composes),
        frozenset(cle(m[0]) for _, m in composes),
        frozenset(cle(libelle) for libelle, _ in composes),
    )


def _compose(
    texte: str,
    bornes: list[tuple[int, int]],
    premier: int,
    lookups: list[tuple[str, Callable[[str], object]]],
) -> tuple[int, tuple[str, str, str]] | None:
    """(rang du morceau suivant, trouvé) du libellé composé qui commence au morceau
    ``premier``, le plus long d'abord ; seul un libellé connu est soumis à la nomenclature
    (un échec y coûte une recherche de suggestions)."""
    morceaux_max, debuts, formes = _composes()
    if cle(texte[slice(*bornes[premier])]) not in debuts:
        return None
    for dernier in range(min(len(bornes), premier + morceaux_max), premier + 1, -1):
        morceau = texte[bornes[premier][0] : bornes[dernier - 1][1]].strip(" ./")
        if cle(morceau) in formes:
            trouve = _chercher(morceau, lookups, prefixes=False)
            if trouve is not None:
                return dernier, trouve
    return None


def lire_statut(
    releve: Releve,
    texte: str,
    debut: int,
    lecture: str,
    rang: int,
    *,
    cadre_d_abord: bool,
    prefixes: bool = False,
) -> bool:
    """Les grades et cadres d'emplois d'une valeur (séparés par virgules, « ou », « et ») ;
    avec ``prefixes`` (une phrase), le nom peut être suivi d'autres mots."""
    lus: dict[str, dict[str, str]] = {"statut.grades": {}, "statut.cadres_emplois": {}}
    lookups = list(_LOOKUPS_STATUT.items())
    if cadre_d_abord:
        lookups.reverse()
    bornes, position = [], 0
    for separateur in _SEPARATEURS_GRADES.finditer(texte):
        bornes.append((position, separateur.start()))
        position = separateur.end()
    bornes.append((position, len(texte)))
    rang_morceau = 0
    while rang_morceau < len(bornes):
        compose = _compose(texte, bornes, rang_morceau, lookups)
        if compose is not None:
            rang_morceau, (champ, code, mots) = compose
            lus[champ].setdefault(code, mots)
            continue
        morceau = texte[slice(*bornes[rang_morceau])].strip(" ./")
        rang_morceau += 1
        if prefixes:  # « … ou des corps équivalents » : l'article de la phrase n'est pas du nom
            morceau = _ARTICLE.sub("", morceau)
        if not morceau or len(morceau) > 90:
            continue
        trouve = _chercher(morceau, lookups, prefixes=prefixes)
        if trouve is not None:
            champ, code, mots = trouve
            lus[champ].setdefault(code, mots)
    fin = debut + len(texte)
    for champ, codes in lus.items():
        if codes:
            source = f"nomenclature.{_LOOKUPS_STATUT[champ].__name__}"
            releve.poser(champ, list(codes), debut, fin, f"{lecture}, {source}", rang)
            # Les mots de l'offre, alignés sur les codes (même portion, même rang).
            releve.poser(f"{champ}_tels_qu_ecrits", list(codes.values()), debut, fin, lecture, rang)
    grades, cadres = lus.values()
    return bool(grades or cadres)


def grades(releve: Releve, bloc: Bloc) -> None:
    cadre = "cadre" in cle(bloc.titre or "") or "corps" in cle(bloc.titre or "")
    for ligne in bloc.lignes:
        lire_statut(
            releve, ligne.texte, ligne.debut, f"champ « {bloc.titre} »", 1, cadre_d_abord=cadre
        )


_TITULAIRES_SEULS = re.compile(
    r"uniquement (?:aux|des) (?:titulaires|fonctionnaires)|r[ée]serv[ée]e? aux (?:titulaires|"
    r"fonctionnaires)|exclusivement (?:aux|des) (?:titulaires|fonctionnaires)"
    r"|ouvert(?:e)? aux (?:seuls )?(?:agents )?(?:titulaires|fonctionnaires)(?! et| ou)"
    r"|pas ouvert aux contractuels|non ouvert aux contractuels",
    re.I,
)
_PRIORITAIRE = re.compile(
    r"prioritairement (?:aux|des|par des) (?:titulaires|fonctionnaires)|contractuels? en cas de "
    r"recrutement infructueux",
    re.I,
)
# « aux titulaires et, à défaut, aux contractuels » : l'ouverture que le modèle nomme ainsi.
_A_DEFAUT = re.compile(r"[àa] d[ée]faut,? (?:par |un |aux |d'un )?(?:agent )?contractuel", re.I)
_LES_DEUX = re.compile(
    r"titulaires?\s?(?:et|ou|et/ou)\s?(?:aux |un |une |des )?contractuel|fonctionnaires?\s?(?:et|ou|"
    r"et/ou)\s?(?:aux |un |une |des )?contractuel|statutaire ou contractuel|ouvert aux contractuels"
    r"|fonctionnaires?\b[^.;]{0,150}?\bou (?:un |une |des |aux |par un )?contractuel"
    r"|voie contractuelle",
    re.I,
)
_CONTRAT = re.compile(
    r"\bCDD\b|contrat [àa] dur[ée]e d[ée]termin[ée]e|sous contrat|"
    r"emploi contractuel|recrutement par contrat",
    re.I,
)


def lire_ouverture(releve: Releve, texte: str, debut: int, lecture: str, rang: int) -> bool:
    """À qui le poste est ouvert, d'après une phrase ; vrai si elle le dit."""
    for motif, valeur, ajout in (
        (_TITULAIRES_SEULS, "titulaires", -1),
        (_A_DEFAUT, "contractuels_a_defaut", -1),
        (_PRIORITAIRE, "prioritairement_titulaires", -1),
        (_LES_DEUX, "titulaires_et_contractuels", 0),
        (_CONTRAT, "contractuels", 2),
    ):
        trouve = motif.search(texte)
        if trouve:
            releve.poser(
                "conditions.ouverture",
                valeur,
                debut + trouve.start(),
                debut + trouve.end(),
                lecture,
                max(0, rang + ajout),
            )
            return True
    return False


# Les voies de recrutement, nommées dans une phrase qui parle du recrutement : « gérer les
# mutations des agents » (une mission d'un poste RH) n'en nomme pas.
MOTS_VOIES = ("voie", "ouvert", "recrut")
_VOIES = (
    (re.compile(r"\bmutations?\b", re.I), "mutation"),
    (re.compile(r"\bd[ée]tachements?\b", re.I), "detachement"),
    (re.compile(r"\bint[ée]gration directe\b", re.I), "integration_directe"),
    (re.compile(r"\blistes? d['’]aptitude\b", re.I), "liste_aptitude"),
    (re.compile(r"\brecrutement direct\b", re.I), "recrutement_direct"),
    (re.compile(r"\bapprentissage\b|\bapprenti(?:e)?s?\b", re.I), "apprentissage"),
)
_MISSION = re.compile(r"^[a-zà-ÿ]+(?:er|ir|re)\s")


def lire_voies(releve: Releve, ligne: Ligne) -> None:
    """Les voies de recrutement qu'une phrase sur le recrutement nomme, dans leur ordre.

    >>> releve = Releve("")
    >>> texte = "Recrutement par voie de mutation, détachement ou liste d'aptitude."
    >>> lire_voies(releve, Ligne(0, len(texte), texte, puce=False))
    >>> releve.candidats["conditions.voies"][0].valeur
    ['mutation', 'detachement', 'liste_aptitude']
    """
    if ligne.puce and _MISSION.match(ligne.texte):
        return
    trouvees = sorted(
        (trouve.start(), trouve.end(), voie)
        for motif, voie in _VOIES
        if (trouve := motif.search(ligne.texte)) is not None
    )
    if trouvees:
        releve.poser(
            "conditions.voies",
            [voie for _, _, voie in trouvees],
            ligne.debut + trouvees[0][0],
            ligne.debut + trouvees[-1][1],
            "phrase, voies de recrutement",
            releve.rang_phrase,
        )
