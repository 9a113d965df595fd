"""Du relevé à l'offre : un candidat par champ, un document au format JSON, une offre valide.

L'offre est construite par :func:`fpt_offres.depuis_dict` : les règles du modèle
s'appliquent à ce qui est lu comme à ce qui est écrit à la main. Un champ que
le modèle refuse (un horaire hors bornes, un ordre de dates impossible) est
retiré et devient un doute, avec le message du modèle.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from fpt_offres.conversion import VERSION_FORMAT, depuis_dict
from fpt_offres.erreurs import OffreInvalide
from fpt_offres.extraction._releve import Doute, Preuve, Releve
from fpt_offres.modele import Employeur, Offre

__all__ = ["SANS_INTITULE", "SANS_NOM", "assembler"]

SANS_INTITULE = "(sans intitulé)"
SANS_NOM = "(employeur non nommé)"
_INDICE = re.compile(r"\[\d+\]")
_ESSAIS = 25


def _poser(document: dict[str, Any], chemin: str, valeur: Any) -> None:
    *parents, feuille = chemin.split(".")
    courant = document
    for partie in parents:
        courant = courant.setdefault(partie, {})
    courant[feuille] = valeur


def _retirer(document: dict[str, Any], chemin: str) -> bool:
    parties = _INDICE.sub("", chemin).split(".")
    while parties:
        courant: Any = document
        for partie in parties[:-1]:
            courant = courant.get(partie) if isinstance(courant, dict) else None
        if isinstance(courant, dict) and parties[-1] in courant:
            del courant[parties[-1]]
            return True
        parties.pop()
    return False


def _obligatoire(champ: str) -> bool:
    """Vrai quand le modèle exige ce champ de l'employeur (le format 1 exige nom et nature)."""
    defaut: object = getattr(attrs.fields(Employeur), champ).default
    return defaut is attrs.NOTHING


def _heures(valeur: Any) -> dict[str, int]:
    minutes = round((valeur - int(valeur)) * 60)
    return {"heures": int(valeur), "minutes": minutes} if minutes else {"heures": int(valeur)}


def _doutes_de_concurrence(releve: Releve) -> None:
    limites = releve.candidats.get("calendrier.date_limite_candidature", [])
    retenu = releve.choisir("calendrier.date_limite_candidature")
    if retenu is not None and len({c.valeur for c in limites}) > 1:
        for autre in limites:
            if autre.valeur != retenu.valeur:
                p = autre.preuve
                releve.douter(
                    "calendrier.date_limite_candidature",
                    p.debut,
                    p.fin,
                    f"deux dates limites : {retenu.valeur} retenue "
                    f"({retenu.preuve.lecture}), {autre.valeur} écartée",
                )
    envoi, contact = releve.choisir("candidature"), releve.choisir("contact")
    if envoi is not None and contact is not None and envoi.valeur != contact.valeur:
        p = contact.preuve
        releve.douter(
            "candidature.courriels",
            p.debut,
            p.fin,
            f"l'adresse de contact ({contact.valeur}) diffère de l'adresse de "
            f"candidature ({envoi.valeur})",
        )


_SIMPLES = (
    "intitule",
    "reference",
    "employeur.nom",
    "employeur.sigle",
    "employeur.type",
    "employeur.versant",
    "employeur.departement",
    "employeur.presentation",
    "employeur.direction",
    "employeur.service",
    "employeur.pole",
    "employeur.bureau",
    "poste.metier.libelle",
    "poste.metier.code",
    "poste.metier.famille",
    "poste.nombre",
    "poste.permanent",
    "poste.motif_precision",
    "poste.region",
    "poste.departement",
    "poste.departement_tel_qu_ecrit",
    "poste.evolution",
    "employeur.organisme_rattachement",
    "employeur.nombre_agents",
    "employeur.nombre_habitants",
    "employeur.nombre_communes",
    "calendrier.debut_diffusion",
    "calendrier.fin_diffusion",
    "calendrier.date_vacance",
    "missions.renvoi",
    "poste.motif",
    "poste.encadrement",
    "poste.management",
    "poste.effectif_equipe",
    "statut.categories",
    "statut.filieres",
    "statut.cadres_emplois",
    "statut.grades",
    "statut.cadres_emplois_tels_qu_ecrits",
    "statut.grades_tels_qu_ecrits",
    "conditions.ouverture",
    "conditions.contrat.nature",
    "conditions.contrat.duree",
    "conditions.temps.regimes",
    "conditions.temps.quotite",
    "conditions.temps.annualise",
    "conditions.voies",
    "conditions.teletravail",
    "conditions.organisation.astreintes",
    "conditions.organisation.astreintes_eventuelles",
    "conditions.organisation.travail_week_end",
    "conditions.organisation.flexibilite_requise",
    "conditions.organisation.horaires_variables",
    "conditions.organisation.rythmes",
    "calendrier.date_publication",
    "calendrier.date_limite_candidature",
    "calendrier.prise_de_poste",
    "missions.finalite",
    "missions.themes",
    "missions.relations",
    "profil.connaissances",
    "profil.savoir_faire",
    "profil.qualites",
    "profil.niveau_diplome",
    "profil.niveau_diplome_tel_qu_ecrit",
    "profil.niveau_diplome_max",
    "profil.exigence_connaissances",
    "profil.exigence_savoir_faire",
    "profil.exigence_qualites",
    "prefixe_intitule",
    "profil.diplomes",
    "profil.diplomes_souhaites",
    "profil.experience",
    "employeur.rattachement",
    "remuneration",
    "candidature.destinataire",
    "candidature.contacts",
    "candidature.reference_a_rappeler",
    "candidature.formats",
    "candidature.voie_hierarchique",
    "candidature.exclusivement_courriel",
)
# L'heure limite n'est gardée que collée à la date limite retenue (quelques caractères après).
_ECART_HEURE = 12


def _bases_legales(releve: Releve) -> tuple[list[str], list[Preuve]] | None:
    """Les bases légales du rang retenu, toutes : un contrat en cite souvent plusieurs,
    une par ligne (« 1° de l'article L332-23 », puis « article L332-13 »)."""
    retenu = releve.choisir("conditions.contrat.bases_legales")
    if retenu is None:
        return None
    memes = [
        c for c in releve.candidats["conditions.contrat.bases_legales"] if c.rang == retenu.rang
    ]
    memes.sort(key=lambda c: c.preuve.debut)
    codes = list(dict.fromkeys(code for c in memes for code in c.valeur))
    return codes, [c.preuve for c in memes]


def _poser_lieu(releve: Releve, document: dict[str, Any], preuves: list[Preuve]) -> None:
    """Le lieu retenu, avec sa commune et son adresse quand le texte les donne."""
    lieu = releve.choisir("poste.lieu")
    if lieu is None:
        return
    entree = {"libelle": lieu.valeur}
    preuves.append(attrs.evolve(lieu.preuve, champ="poste.lieux.libelle"))
    for partie in ("commune", "adresse"):
        candidat = releve.choisir(f"poste.lieu.{partie}")
        if candidat is not None:
            entree[partie] = candidat.valeur
            preuves.append(attrs.evolve(candidat.preuve, champ=f"poste.lieux.{partie}"))
    _poser(document, "poste.lieux", [entree])


def _poser_heure_limite(releve: Releve, document: dict[str, Any], preuves: list[Preuve]) -> None:
    """L'heure limite, seulement collée à la date limite retenue."""
    limite = releve.choisir("calendrier.date_limite_candidature")
    heure = releve.choisir("calendrier.heure_limite")
    if limite is not None and heure is not None:
        ecart = heure.preuve.debut - limite.preuve.fin
        if 0 <= ecart <= _ECART_HEURE:
            _poser(document, "calendrier.heure_limite", heure.valeur)
            preuves.append(heure.preuve)


def _document(releve: Releve) -> tuple[dict[str, Any], list[Preuve]]:
    document: dict[str, Any] = {"version": VERSION_FORMAT}
    preuves: list[Preuve] = []
    for chemin in _SIMPLES:
        candidat = releve.choisir(chemin)
        if candidat is not None:
            _poser(document, chemin, candidat.valeur)
            preuves.append(candidat.preuve)
    bases = _bases_legales(releve)
    if bases:
        _poser(document, "conditions.contrat.bases_legales", bases[0])
        preuves.extend(bases[1])
    heures = releve.choisir("conditions.temps.heures_hebdo")
    if heures is not None:
        _poser(document, "conditions.temps.heures_hebdo", _heures(heures.valeur))
        preuves.append(heures.preuve)
    _poser_lieu(releve, document, preuves)
    permis: dict[str, Any] = {}
    for candidat in releve.candidats.get("conditions.permis", []):
        categorie = candidat.valeur["categorie"]
        if categorie not in permis or candidat.valeur["exigence"] == "exigee":
            permis[categorie] = candidat.valeur
            preuves.append(candidat.preuve)
    if permis:
        _poser(document, "conditions.permis", list(permis.values()))
    pieces: dict[str, Any] = {}
    for candidat in releve.candidats.get("candidature.pieces", []):
        if candidat.valeur["type"] not in pieces:
            pieces[candidat.valeur["type"]] = candidat.valeur
            preuves.append(candidat.preuve)
    if pieces:
        _poser(document, "candidature.pieces", list(pieces.values()))
    # Les listes dont chaque élément a sa propre preuve, dans l'ordre du texte.
    for chemin in ("missions.chiffres", "conditions.particulieres"):
        elements: list[Any] = []
        for candidat in releve.candidats.get(chemin, []):
            if candidat.valeur not in elements:
                elements.append(candidat.valeur)
                preuves.append(candidat.preuve)
        if elements:
            _poser(document, chemin, elements)
    _poser_heure_limite(releve, document, preuves)
    courriel = (
        releve.choisir("candidature") or releve.choisir("contact") or releve.choisir("courriel")
    )
    if courriel is not None:
        _poser(document, "candidature.courriels", [courriel.valeur])
        preuves.append(attrs.evolve(courriel.preuve, champ="candidature.courriels"))
    return document, preuves


def assembler(releve: Releve) -> tuple[Offre, list[Preuve]]:
    """L'offre valide que le relevé établit, et les preuves de ce qu'elle contient."""
    _doutes_de_concurrence(releve)
    document, preuves = _document(releve)
    if "intitule" not in document:
        document["intitule"] = SANS_INTITULE
        releve.douter("intitule", 0, 0, "aucun intitulé trouvé")
    employeur = document.setdefault("employeur", {})
    if "nom" not in employeur:
        releve.douter("employeur.nom", 0, 0, "le texte ne nomme pas l'employeur")
        if _obligatoire("nom"):
            employeur["nom"] = SANS_NOM
    if "type" not in employeur and _obligatoire("type"):
        employeur["type"] = "autre"
    for _ in range(_ESSAIS):
        try:
            offre = depuis_dict(document)
        except OffreInvalide as erreur:
            retire = False
            for probleme in erreur.problemes:
                retire = _retirer(document, probleme.chemin) or retire
                releve.doutes.append(Doute(probleme.chemin, 0, 0, "", f"écarté : {probleme}"))
            if not retire:
                break
            continue
        gardes = [p for p in preuves if _present(document, p.champ)]
        return offre, gardes
    minimal = {
        "version": VERSION_FORMAT,
        "intitule": document.get("intitule", SANS_INTITULE),
        "employeur": {"nom": SANS_NOM, "type": "autre"},
    }
    return depuis_dict(minimal), []


def _present(document: dict[str, Any], chemin: str) -> bool:
    courant: Any = document
    for partie in chemin.split("."):
        if isinstance(courant, list):
            return bool(courant)
        if not isinstance(courant, dict) or partie not in courant:
            return False
        courant = courant[partie]
    return True
