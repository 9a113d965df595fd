"""Les champs étiquetés : chaque genre de bloc a son lecteur, qui pose des candidats.

Rangs (voir :class:`~fpt_offres.extraction._releve.Candidat`) : un champ d'un site
(l'étiquette seule sur sa ligne) est de rang 1 ; « Étiquette : valeur » au fil
du texte de l'employeur est de rang 0 pour les dates et l'ouverture (une
précision de l'employeur l'emporte sur la case du site), 1 sinon.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from fpt_offres import nomenclature
from fpt_offres.erreurs import NomenclatureInconnue
from fpt_offres.extraction import _employeur, _lecteurs
from fpt_offres.extraction._lieux import lire_lieu, lire_ville, poser_valeur
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, cle
from fpt_offres.extraction._statut import lire_statut

__all__ = ["LECTEURS", "lire_dates", "lire_ouverture"]


def _employeur_nom(releve: Releve, bloc: Bloc) -> None:
    poser_valeur(releve, bloc, "employeur.nom")


def _rattachement(releve: Releve, bloc: Bloc) -> None:
    if not bloc.lignes:
        return
    ligne = bloc.lignes[0]
    classement, nature = _employeur.nature_du_classement(ligne.texte)
    lecture = f"champ « {bloc.titre} »"
    ecrite = _employeur.nature_ecrite(ligne.texte)
    if ecrite is not None:  # la nature même (« Type d'employeur : commune ») : rien ne la passe
        releve.poser("employeur.type", ecrite, ligne.debut, ligne.fin, lecture, 0)
    elif classement:
        if nature is not None:
            releve.poser("employeur.type", nature, ligne.debut, ligne.fin, lecture, 2)
        else:
            releve.lire(ligne.debut, ligne.fin)
        return
    # Un organisme nommé (« Ministère de l'Intérieur ») : le nom, faute d'un champ Employeur.
    releve.poser("employeur.nom", ligne.texte, ligne.debut, ligne.fin, lecture, 3)


_DU_DATE = re.compile(r"\s+du\s+\d.*$")


def _reference(releve: Releve, bloc: Bloc) -> None:
    if bloc.lignes:
        ligne = bloc.lignes[0]
        valeur = _DU_DATE.sub("", ligne.texte).strip(" ")
        if valeur:
            releve.poser(
                "reference",
                valeur,
                ligne.debut,
                ligne.debut + len(valeur),
                f"champ « {bloc.titre} »",
                0 if bloc.en_ligne else 1,
            )


def lire_dates(
    releve: Releve, bloc: Bloc, champ: str, rang: int, reference: datetime.date | None
) -> None:
    """La première date d'un champ de date ; une valeur sans date (« dès que possible »)
    est lue comme structure."""
    for ligne in bloc.lignes[:2]:
        trouvee = _lecteurs.date(ligne.texte, reference)
        if trouvee is not None:
            valeur, debut, fin = trouvee
            releve.poser(
                champ,
                valeur.isoformat(),
                ligne.debut + debut,
                ligne.debut + fin,
                f"champ « {bloc.titre} », lecture.lire_date",
                rang,
            )
            return


def _categories(releve: Releve, bloc: Bloc) -> None:
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


def _filiere(releve: Releve, bloc: Bloc) -> None:
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


def _grades(releve: Releve, bloc: Bloc) -> None:
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


def _nature(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        lecture = f"champ « {bloc.titre} »"
        if not lire_ouverture(releve, ligne.texte, ligne.debut, lecture, 1) and (
            cle(bloc.titre or "") == "contrat"
        ):
            # « Contrat : renouvelable », « Contrat : jusqu'au … » : un recrutement par contrat.
            releve.poser("conditions.ouverture", "contractuels", ligne.debut, ligne.fin, lecture, 3)
        nature = (
            "cdi"
            if re.search(r"\bCDI\b|ind[ée]termin[ée]e", ligne.texte)
            else "cdd"
            if re.search(r"\bCDD\b|dur[ée]e d[ée]termin[ée]e", ligne.texte)
            else None
        )
        if nature is not None:
            releve.poser("conditions.contrat.nature", nature, ligne.debut, ligne.fin, lecture)


def _ouvert_contractuels(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        reponse = cle(ligne.texte)
        valeur = (
            "titulaires_et_contractuels"
            if reponse.startswith("oui")
            else ("titulaires" if reponse.startswith("non") else None)
        )
        if valeur:
            releve.poser(
                "conditions.ouverture", valeur, ligne.debut, ligne.fin, f"champ « {bloc.titre} »"
            )


def _departement(champ: str) -> Callable[[Releve, Bloc], None]:
    def lire(releve: Releve, bloc: Bloc) -> None:
        for ligne in bloc.lignes[:1]:
            trouve = _employeur.departement(ligne.texte)
            if trouve:
                code, debut, fin = trouve
                releve.poser(
                    champ,
                    code,
                    ligne.debut + debut,
                    ligne.debut + fin,
                    f"champ « {bloc.titre} », nomenclature.departement",
                )

    return lire


def _versant(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        valeur = _employeur.versant(ligne.texte)
        if valeur:
            releve.poser(
                "employeur.versant", valeur, ligne.debut, ligne.fin, f"champ « {bloc.titre} »"
            )


_MOTIFS = (
    ("vacan", "vacance"),
    ("creation", "creation"),
    ("remplacement", "remplacement"),
    ("accroissement", "accroissement_temporaire"),
    ("saison", "accroissement_saisonnier"),
    ("projet", "projet"),
)


def _motif(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        replie = cle(ligne.texte)
        for mot, valeur in _MOTIFS:
            if mot in replie:
                releve.poser(
                    "poste.motif", valeur, ligne.debut, ligne.fin, f"champ « {bloc.titre} »"
                )
                return


def _contact(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes:
        for adresse, debut, fin in _lecteurs.courriels(ligne.texte):
            releve.poser(
                "contact",
                adresse,
                ligne.debut + debut,
                ligne.debut + fin,
                f"champ « {bloc.titre} »",
            )


_POURCENTAGE = re.compile(r"(?<![\d,.])(\d{1,3}(?:[.,]\d+)?)\s?%")


def _quotite(releve: Releve, bloc: Bloc) -> None:
    """« Quotité : 80 % », « Quotité : 94,4 % » : le pourcentage de la valeur."""
    for ligne in bloc.lignes[:1]:
        trouve = _POURCENTAGE.search(ligne.texte)
        if trouve and 0 < float(valeur := trouve[1].replace(",", ".")) <= 100:
            releve.poser(
                "conditions.temps.quotite",
                valeur,
                ligne.debut + trouve.start(),
                ligne.debut + trouve.end(),
                f"champ « {bloc.titre} »",
            )


def _duree_hebdomadaire(releve: Releve, bloc: Bloc) -> None:
    """« Durée hebdomadaire : 35 h » : l'horaire de la valeur, sans autre mot de la semaine ;
    « Quotité : 80 % » : le pourcentage."""
    if cle(bloc.titre or "").startswith("quotite"):
        _quotite(releve, bloc)
    if "hebdo" not in cle(bloc.titre or ""):
        return
    for ligne in bloc.lignes[:1]:
        lu = _lecteurs.heures(ligne.texte, hebdomadaire=True)
        if lu is not None and lu[0] is not None:
            releve.poser(
                "conditions.temps.heures_hebdo",
                lu[0],
                ligne.debut + lu[1],
                ligne.debut + lu[2],
                f"champ « {bloc.titre} », lecture.lire_heures",
            )


def _simple(champ: str, rang: int = 1) -> Callable[[Releve, Bloc], None]:
    def lire(releve: Releve, bloc: Bloc) -> None:
        poser_valeur(releve, bloc, champ, rang=rang)

    return lire


LECTEURS: dict[str, Callable[[Releve, Bloc], None]] = {
    "employeur": _employeur_nom,
    "rattachement": _rattachement,
    "reference": _reference,
    "categorie": _categories,
    "filiere": _filiere,
    "grades": _grades,
    "nature": _nature,
    "ouverture": _ouvert_contractuels,
    "departement": _departement("employeur.departement"),
    "departement_poste": _departement("poste.departement"),
    "versant": _versant,
    "motif": _motif,
    "lieu": lire_lieu,
    "ville": lire_ville,
    "contact": _contact,
    "temps": _duree_hebdomadaire,
    "intitule": _simple("intitule"),
    "metier": _simple("poste.metier.libelle"),
    "direction": _simple("employeur.direction"),
}
