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

from fpt_offres.extraction import _employeur, _lecteurs
from fpt_offres.extraction._candidature import heure_apres
from fpt_offres.extraction._lieux import PLACEHOLDER, lire_lieu, lire_ville, poser_valeur
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, Ligne, cle
from fpt_offres.extraction._statut import categories, filiere, grades, lire_ouverture

__all__ = ["LECTEURS", "lire_dates", "poser_heure_limite"]


def _employeur_nom(releve: Releve, bloc: Bloc) -> None:
    poser_valeur(releve, bloc, "employeur.nom")


def _rattachement(releve: Releve, bloc: Bloc) -> None:
    if not bloc.lignes:
        return
    ligne = bloc.lignes[0]
    classement, nature = _employeur.nature_du_classement(ligne.texte)
    lecture = f"champ « {bloc.titre} »"
    if "organisme" in cle(bloc.titre or ""):
        releve.poser(
            "employeur.organisme_rattachement", ligne.texte, ligne.debut, ligne.fin, lecture
        )
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
        du = _DU_DATE.search(ligne.texte)
        publiee = _lecteurs.date(du[0], None) if du is not None else None
        if du is not None and publiee is not None:
            # « Offre n° O0512… du 14/04/2025 » : le jour où le site a publié l'offre.
            releve.poser(
                "calendrier.date_publication",
                publiee[0].isoformat(),
                ligne.debut + du.start() + publiee[1],
                ligne.debut + du.start() + publiee[2],
                f"champ « {bloc.titre} », lecture.lire_date",
                2,
            )
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


def poser_heure_limite(releve: Releve, ligne: Ligne, position: int, rang: int) -> None:
    """L'heure limite écrite juste après la date limite (« 30/04/2026 à 12h00 »)."""
    trouvee = heure_apres(ligne.texte, position)
    if trouvee is not None:
        heure, debut, fin = trouvee
        releve.poser(
            "calendrier.heure_limite",
            heure,
            ligne.debut + debut,
            ligne.debut + fin,
            "heure après la date limite",
            rang,
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
            if champ == "calendrier.date_limite_candidature":
                poser_heure_limite(releve, ligne, fin, rang)
            return


_PERMANENT = re.compile(r"\b(?:(non )?permanent|temporaire)\b", re.I)


def _nature(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        lecture = f"champ « {bloc.titre} »"
        if not lire_ouverture(releve, ligne.texte, ligne.debut, lecture, 1) and (
            cle(bloc.titre or "") == "contrat"
        ):
            # « Contrat : renouvelable », « Contrat : jusqu'au … » : un recrutement par contrat.
            releve.poser("conditions.ouverture", "contractuels", ligne.debut, ligne.fin, lecture, 3)
        permanent = _PERMANENT.search(ligne.texte)
        if permanent is not None:
            # « Emploi permanent - vacance d'emploi » (emploi-territorial) : la nature et le motif.
            releve.poser(
                "poste.permanent",
                permanent[0].casefold() == "permanent",
                ligne.debut + permanent.start(),
                ligne.debut + permanent.end(),
                f"champ « {bloc.titre} »",
            )
            _motif(releve, bloc, precision=False, rang=2)  # le champ « Motif » l'emporte
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


def _departement_du_poste(releve: Releve, bloc: Bloc) -> None:
    """« Département du poste : Var (83) » : dit pour le poste, il passe tout autre."""
    _departement(releve, bloc, rang=0)


def _departement(releve: Releve, bloc: Bloc, rang: int = 1) -> None:
    """Le département du champ des sites, qui est celui du poste (sous « Localisation du
    poste » ou « Lieu de travail ») : l'employeur peut siéger ailleurs (un ministère)."""
    for ligne in bloc.lignes[:1]:
        trouve = _employeur.departement(ligne.texte)
        if trouve:
            code, debut, fin = trouve
            lecture = f"champ « {bloc.titre} »"
            releve.poser(
                "poste.departement",
                code,
                ligne.debut + debut,
                ligne.debut + fin,
                f"{lecture}, nomenclature.departement",
                rang,
            )
            releve.poser(
                "poste.departement_tel_qu_ecrit", ligne.texte, ligne.debut, ligne.fin, lecture, rang
            )


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


def _motif(releve: Releve, bloc: Bloc, *, precision: bool = True, rang: int = 1) -> None:
    for ligne in bloc.lignes[:1]:
        replie = cle(ligne.texte)
        for mot, valeur in _MOTIFS:
            if mot in replie:
                lecture = f"champ « {bloc.titre} »"
                releve.poser("poste.motif", valeur, ligne.debut, ligne.fin, lecture, rang)
                if precision and replie not in {"vacant", "vacance d'emploi", "creation"}:
                    # Le motif tel qu'écrit, quand il dit plus que le code.
                    releve.poser(
                        "poste.motif_precision", ligne.texte, ligne.debut, ligne.fin, lecture
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


_REGIME_SEUL = re.compile(r"(non complet|incomplet|complet|partiel)\b", re.I)


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
    « Temps de travail : Complet, 35h00 hebdomadaire » : le régime, premier mot de la valeur."""
    for ligne in bloc.lignes[:1]:
        regime = _REGIME_SEUL.match(ligne.texte)
        if regime is not None:
            mot = regime[1].casefold().replace("incomplet", "non complet").replace(" ", "_")
            releve.poser(
                "conditions.temps.regimes",
                [mot],
                ligne.debut,
                ligne.debut + regime.end(),
                f"champ « {bloc.titre} »",
            )
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


# « Libellé (FPT - C5C/06) » : le code d'un répertoire des métiers entre parenthèses, à la fin.
_CODE_METIER = re.compile(r"\s*\(((?:FP[ETH]|RMFP|RIME)\s?-\s?[A-Z0-9][A-Z0-9/.\-]{1,20})\)\s*$")


def _metier(releve: Releve, bloc: Bloc) -> None:
    """Le métier d'un champ « Domaine / Métier », et son code de répertoire s'il est écrit."""
    if not bloc.lignes or PLACEHOLDER.match(bloc.valeur):
        return
    ligne = bloc.lignes[0]
    lecture = f"champ « {bloc.titre} »"
    code = _CODE_METIER.search(ligne.texte)
    libelle = ligne.texte[: code.start()] if code else ligne.texte
    if libelle:
        releve.poser(
            "poste.metier.libelle", libelle, ligne.debut, ligne.debut + len(libelle), lecture
        )
    if code:
        releve.poser(
            "poste.metier.code",
            code[1],
            ligne.debut + code.start(1),
            ligne.debut + code.end(1),
            lecture,
        )


def _nombre(releve: Releve, bloc: Bloc) -> None:
    for ligne in bloc.lignes[:1]:
        if ligne.texte.isdigit() and 0 < int(ligne.texte) < 1000:
            releve.poser(
                "poste.nombre", int(ligne.texte), ligne.debut, ligne.fin, f"champ « {bloc.titre} »"
            )


def _simple(champ: str, rang: int = 1) -> Callable[[Releve, Bloc], None]:
    def lire(releve: Releve, bloc: Bloc) -> None:
        poser_valeur(releve, bloc, champ, rang=rang)

    return lire


LECTEURS: dict[str, Callable[[Releve, Bloc], None]] = {
    "employeur": _employeur_nom,
    "rattachement": _rattachement,
    "reference": _reference,
    "categorie": categories,
    "filiere": filiere,
    "grades": grades,
    "nature": _nature,
    "ouverture": _ouvert_contractuels,
    "departement": _departement,
    "departement_poste": _departement_du_poste,
    "versant": _versant,
    "motif": _motif,
    "lieu": lire_lieu,
    "ville": lire_ville,
    "contact": _contact,
    "temps": _duree_hebdomadaire,
    "intitule": _simple("intitule"),
    "metier": _metier,
    "region": _simple("poste.region"),
    "famille": _simple("poste.metier.famille"),
    "nombre": _nombre,
    "direction": _simple("employeur.direction"),
}
