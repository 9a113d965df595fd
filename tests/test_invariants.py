"""Les invariants du modèle : ce qui est valide se construit, ce qui est perturbé est refusé.

Chaque invariant est vérifié deux fois, par propriété :

- en Python, en construisant la classe : une valeur valide passe, une valeur
  perturbée lève :class:`~fpt_offres.ValeurInvalide` avec le bon champ et la bonne règle ;
- en JSON, par :func:`fpt_offres.depuis_dict` sur le dict d'une offre valide où
  l'on a posé la valeur : valide, l'offre se lit ; perturbée, :class:`~fpt_offres.OffreInvalide`
  signale exactement ce problème, à son chemin JSON et avec sa règle.

Des tests nommés fixent ensuite les bornes, et ce qui est contraire au droit
mais possible, qui doit rester représentable.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fpt_offres import (
    Activite,
    Adresse,
    Avantage,
    Calendrier,
    Candidature,
    Categorie,
    Chiffre,
    Conditions,
    Contact,
    Contrat,
    Corps,
    CycleTravail,
    DureeContrat,
    EmploiFonctionnel,
    Employeur,
    Experience,
    Filiere,
    Fourchette,
    Horaire,
    Indices,
    MentionRgpd,
    NatureContrat,
    Nbi,
    NiveauDiplome,
    Offre,
    OffreInvalide,
    OrganisationTravail,
    Poste,
    PriseDePoste,
    Profil,
    RegimeTemps,
    Remuneration,
    Source,
    Statut,
    Teletravail,
    TempsTravail,
    TypeAvantage,
    TypeEmployeur,
    ValeurInvalide,
    Versant,
    bornes,
    depuis_dict,
    nomenclature,
    vers_dict,
)
from fpt_offres.identifiants import est_courriel_valide, est_siret_valide
from fpt_offres.strategies import (
    bases_legales,
    cadres_emplois,
    categories,
    courriels,
    departements,
    grades,
    offres,
    sirens,
    sirets,
    textes,
)

LA_POSTE = "356000000"

# Les propriétés qui passent par une offre entière coûtent une offre engendrée par
# exemple, pour plus de cinquante invariants : elles prennent le dixième du profil
# (50 en ci, 20 au moins en dev), soit quelque 2 500 offres perturbées en ci.
PAR_OFFRE = settings(max_examples=max(20, settings().max_examples // 10))
# Les propriétés en Python ne tirent que des valeurs simples : la moitié du profil suffit.
PAR_VALEUR = settings(max_examples=max(50, settings().max_examples // 2))


def _employeur(**champs: Any) -> Employeur:
    return Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE, **champs)


def _json(valeur: Any) -> Any:
    """La forme JSON d'une valeur simple (Decimal en chaîne, date ISO, membre par sa valeur)."""
    if isinstance(valeur, Decimal):
        return str(valeur)
    if isinstance(valeur, datetime.date):
        return valeur.isoformat()
    if isinstance(valeur, enum.Enum):
        return valeur.value
    if isinstance(valeur, tuple | list):
        return [_json(v) for v in valeur]
    return valeur


def _noeud(donnees: dict[str, Any], chemin: str) -> dict[str, Any]:
    """Le dict au chemin ``chemin`` (« conditions.temps ») de ``donnees``, créé au besoin."""
    for cle in chemin.split("."):
        donnees = donnees.setdefault(cle, {})
    return donnees


def _poser(
    chemin: str, cle: str, *, sans: tuple[str, ...] = ()
) -> Callable[[dict[str, Any], Any], None]:
    """Un placeur qui écrit la forme JSON de la valeur à ``chemin.cle`` (et retire les clés
    ``sans``, que la valeur posée pourrait contredire)."""

    def placer(donnees: dict[str, Any], valeur: Any) -> None:
        noeud = _noeud(donnees, chemin)
        noeud[cle] = _json(valeur)
        for autre in sans:
            noeud.pop(autre, None)

    return placer


# --- stratégies de valeurs ------------------------------------------------------------------

BLANCS = st.text(" \t\n\r\u00a0\u2003\u3000\u2028", max_size=4)
"""Des textes vides ou blancs (espaces, tabulations, espaces insécables)."""


def _decimaux(minimum: Decimal | None = None, maximum: Decimal | None = None) -> Any:
    return st.decimals(minimum, maximum, allow_nan=False, allow_infinity=False, places=2)


def _hors(
    minimum: Decimal, maximum: Decimal, *, min_exclu: bool = False
) -> st.SearchStrategy[Decimal]:
    """Des Decimal hors de [minimum ; maximum] (ou de ]minimum ; maximum])."""
    bas = minimum if min_exclu else minimum - Decimal("0.01")
    return st.one_of(_decimaux(maximum=bas), _decimaux(minimum=maximum + Decimal("0.01")))


def _entiers_hors(minimum: int, maximum: int) -> st.SearchStrategy[int]:
    return st.one_of(st.integers(max_value=minimum - 1), st.integers(min_value=maximum + 1))


def _chiffre_change(numero: str, rang: int, ecart: int) -> str:
    return numero[:rang] + str((int(numero[rang]) + ecart) % 10) + numero[rang + 1 :]


@st.composite
def _sirens_faux(draw: st.DrawFn) -> str:
    siren = draw(sirens())
    return _chiffre_change(siren, draw(st.integers(0, 8)), draw(st.integers(1, 9)))


@st.composite
def _sirets_faux(draw: st.DrawFn) -> str:
    siret = draw(sirets().filter(lambda s: not s.startswith(LA_POSTE)))
    faux = _chiffre_change(siret, draw(st.integers(0, 13)), draw(st.integers(1, 9)))
    return faux if not est_siret_valide(faux) else "12345678901234"


def _espace(numero: str) -> str:
    """Le numéro écrit par groupes de trois chiffres (forme non compacte)."""
    return " ".join(numero[i : i + 3] for i in range(0, 9, 3)) + (
        " " + numero[9:] if len(numero) > 9 else ""
    )


@st.composite
def _siren_et_siret_d_un_autre(draw: st.DrawFn) -> tuple[str, str]:
    siren = draw(sirens())
    siret = draw(sirets().filter(lambda s: s[:9] != siren))
    return siren, siret


@st.composite
def _siren_et_son_siret(draw: st.DrawFn) -> tuple[str | None, str | None]:
    siren = draw(st.none() | sirens())
    siret = draw(st.none() | sirets(siren=siren))
    return siren, siret


COURRIELS_FAUX = st.one_of(
    st.sampled_from(["drh@ville", "@marne.fr", "recrutement", "a b@marne.fr", "a..b@marne.fr", ""]),
    st.text(max_size=12).filter(lambda t: not est_courriel_valide(t)),
)
CODES_POSTAUX = st.integers(1000, 98999).map(lambda n: f"{n:05d}")
CODES_POSTAUX_FAUX = st.one_of(
    st.integers(0, 999).map(lambda n: f"{n:05d}"),
    st.integers(99000, 99999).map(str),
    st.sampled_from(["2A000", "1234", "123456", "", "ABCDE", " 51000", "51000 ", "51 000"]),
)
DEPARTEMENTS_INCONNUS = st.one_of(
    st.sampled_from(["20", "96", "00", "2C", "970", "999", "2a", " 51", "51 "]),
    st.text(max_size=4).filter(lambda t: t not in nomenclature.departements()),
)


@st.composite
def _uniques_et_doublon(draw: st.DrawFn, elements: st.SearchStrategy[Any]) -> tuple[Any, ...]:
    """Un tuple sans doublon suivi d'une répétition de l'un de ses éléments."""
    uniques = draw(st.lists(elements, min_size=1, max_size=3, unique=True))
    return (*uniques, draw(st.sampled_from(uniques)))


@st.composite
def _sans_doublon(draw: st.DrawFn, elements: st.SearchStrategy[Any]) -> tuple[Any, ...]:
    return tuple(draw(st.lists(elements, max_size=3, unique=True)))


def _hors_nomenclature(entree: Any) -> Any:
    return attrs.evolve(entree, code=entree.code + "-inconnu")


@st.composite
def _fourchettes_ordonnees(draw: st.DrawFn) -> tuple[Decimal | None, Decimal | None]:
    premier = draw(st.none() | _decimaux(Decimal("0.01"), Decimal(10**6)))
    second = draw(st.none() | _decimaux(Decimal("0.01"), Decimal(10**6)))
    if premier is None and second is None:
        return Decimal(1), None
    if premier is not None and second is not None and premier > second:
        return second, premier
    return premier, second


@st.composite
def _fourchettes_inversees(draw: st.DrawFn) -> tuple[Decimal, Decimal]:
    minimum = draw(_decimaux(Decimal("0.02"), Decimal(10**6)))
    maximum = draw(_decimaux(Decimal("0.01"), minimum - Decimal("0.01")))
    return minimum, maximum


@st.composite
def _indices_ordonnes(draw: st.DrawFn) -> tuple[int | None, int | None]:
    premier = draw(st.none() | st.integers(1, 1000))
    second = draw(st.none() | st.integers(1, 1000))
    if premier is not None and second is not None and premier > second:
        return second, premier
    return premier, second


@st.composite
def _indices_inverses(draw: st.DrawFn) -> tuple[int, int]:
    minimum = draw(st.integers(2, 1000))
    return minimum, draw(st.integers(1, minimum - 1))


@st.composite
def _activites(draw: st.DrawFn, *, verbe_absent: bool) -> tuple[str, tuple[str, ...], str]:
    """Un texte, des verbes qui y figurent, et un dernier verbe présent ou absent."""
    texte = draw(textes())
    extrait = st.integers(0, len(texte) - 1).flatmap(
        lambda debut: st.integers(debut + 1, len(texte)).map(lambda fin: texte[debut:fin])
    )
    presents = draw(st.lists(extrait.filter(str.strip), max_size=2))
    if verbe_absent:
        dernier = draw(textes().filter(lambda v: v not in texte))
    else:
        dernier = draw(extrait.filter(str.strip))
    return texte, tuple(presents), dernier


def _placer_activite(donnees: dict[str, Any], valeur: tuple[str, tuple[str, ...], str]) -> None:
    texte, presents, dernier = valeur
    activite = {"texte": texte, "verbes": [*presents, dernier]}
    _noeud(donnees, "missions")["themes"] = [{"activites": [activite]}]


DATES = st.dates(datetime.date(2000, 1, 1), datetime.date(2035, 12, 31))
PRISES = st.none() | st.just(PriseDePoste.DES_QUE_POSSIBLE) | DATES


@st.composite
def _calendriers(
    draw: st.DrawFn, *, inverse: bool
) -> tuple[datetime.date, datetime.date, datetime.date | PriseDePoste | None]:
    """Publication, date limite (avant la publication si ``inverse``), prise de poste libre."""
    premiere, seconde = sorted(draw(st.lists(DATES, min_size=2, max_size=2, unique=True)))
    if inverse:
        return seconde, premiere, draw(PRISES)
    return premiere, draw(st.sampled_from((premiere, seconde))), draw(PRISES)


def _placer_calendrier(donnees: dict[str, Any], valeur: tuple[Any, Any, Any]) -> None:
    publication, limite, prise = valeur
    calendrier = {"date_publication": _json(publication), "date_limite_candidature": _json(limite)}
    if prise is not None:
        calendrier["prise_de_poste"] = _json(prise)
    donnees["calendrier"] = calendrier


# --- la table des invariants --------------------------------------------------------------


@attrs.frozen
class Invariant:
    """Un invariant : comment construire sa classe et poser sa valeur dans le JSON d'une offre.

    Attributes:
        nom: l'identifiant du cas de test.
        construire: construit directement la classe à partir de la valeur.
        valides: des valeurs qui respectent l'invariant.
        invalides: des valeurs qui l'enfreignent.
        champ: le champ attendu de ValeurInvalide (fonction de la valeur invalide, ou texte).
        regle: la règle attendue.
        chemin: le chemin JSON attendu dans OffreInvalide (fonction de la valeur, ou texte).
        placer: écrit la valeur dans le dict d'une offre.
    """

    nom: str
    construire: Callable[[Any], object]
    valides: st.SearchStrategy[Any]
    invalides: st.SearchStrategy[Any]
    champ: str | Callable[[Any], str]
    regle: str
    chemin: str | Callable[[Any], str]
    placer: Callable[[dict[str, Any], Any], None]

    def champ_de(self, valeur: Any) -> str:
        """Le champ attendu pour cette valeur invalide."""
        return self.champ if isinstance(self.champ, str) else self.champ(valeur)

    def chemin_de(self, valeur: Any) -> str:
        """Le chemin JSON attendu pour cette valeur invalide."""
        return self.chemin if isinstance(self.chemin, str) else self.chemin(valeur)


def _dernier(prefixe: str) -> Callable[[tuple[Any, ...]], str]:
    """Le chemin du dernier élément d'un tuple : ``prefixe[n]``."""
    return lambda valeurs: f"{prefixe}[{len(valeurs) - 1}]"


def _placer_identifiants(siren: str | None, siret: str | None, donnees: dict[str, Any]) -> None:
    employeur = donnees["employeur"]
    for cle, valeur in (("siren", siren), ("siret", siret)):
        if valeur is None:
            employeur.pop(cle, None)
        else:
            employeur[cle] = valeur


def _placer_liste(chemin: str, cle: str, enveloppe: Callable[[Any], Any] = _json) -> Any:
    def placer(donnees: dict[str, Any], valeurs: tuple[Any, ...]) -> None:
        noeud = _noeud(donnees, chemin)
        noeud[cle] = [enveloppe(v) for v in valeurs]
        # Les mots de l'offre vont un à un avec les codes remplacés : ils partent avec eux.
        noeud.pop(f"{cle}_tels_qu_ecrits", None)

    return placer


def _avec_prefixe(
    valides: st.SearchStrategy[Any], dernier: st.SearchStrategy[Any]
) -> st.SearchStrategy[tuple[Any, ...]]:
    """Quelques valeurs valides suivies d'une dernière (valide ou non)."""
    return st.tuples(st.lists(valides, max_size=2), dernier).map(lambda p: (*p[0], p[1]))


def _placer_contrat(donnees: dict[str, Any], valeur: tuple[Any, Any]) -> None:
    nature, duree = valeur
    contrat: dict[str, Any] = {}
    if nature is not None:
        contrat["nature"] = nature.value
    if duree is not None:
        contrat["duree"] = {"mois": duree.mois, "minimum": duree.minimum}
    _noeud(donnees, "conditions")["contrat"] = contrat


def _placer_avantage(donnees: dict[str, Any], valeur: tuple[TypeAvantage, str | None]) -> None:
    type_, libelle = valeur
    avantage = {"type": type_.value} | ({"libelle": libelle} if libelle is not None else {})
    _noeud(donnees, "remuneration")["avantages"] = [avantage]


def _placer_salaire(donnees: dict[str, Any], valeur: tuple[Any, Any]) -> None:
    minimum, maximum = valeur
    montant = {
        cle: str(v) for cle, v in (("minimum", minimum), ("maximum", maximum)) if v is not None
    }
    _noeud(donnees, "remuneration")["salaires"] = [{"montant": montant}]


def _placer_horaire(donnees: dict[str, Any], horaire: tuple[int, int]) -> None:
    heures, minutes = horaire
    cycle = {"duree": {"heures": heures, "minutes": minutes}}
    _noeud(donnees, "conditions.organisation")["cycles"] = [cycle]


def _placer_non_complet(donnees: dict[str, Any], minutes: int) -> None:
    temps = _noeud(donnees, "conditions.temps")
    temps["regimes"] = ["non_complet"]
    temps["heures_hebdo"] = {"heures": minutes // 60, "minutes": minutes % 60}


def _placer_teletravail(eligible: bool) -> Callable[[dict[str, Any], Any], None]:
    def placer(donnees: dict[str, Any], jours: Decimal | None) -> None:
        teletravail: dict[str, Any] = {"eligible": eligible}
        if jours is not None:
            teletravail["jours_max"] = str(jours)
        _noeud(donnees, "conditions")["teletravail"] = teletravail

    return placer


def _placer_astreintes(donnees: dict[str, Any], astreintes: bool | None) -> None:
    organisation: dict[str, Any] = {"astreintes_eventuelles": True}
    if astreintes is not None:
        organisation["astreintes"] = astreintes
    _noeud(donnees, "conditions")["organisation"] = organisation


def _placer_statutaire(donnees: dict[str, Any], statutaire: bool) -> None:
    donnees["remuneration"] = {"statutaire": statutaire, "statutaire_tel_qu_ecrit": "grille"}


def _placer_indices(champ: str) -> Callable[[dict[str, Any], tuple[Any, Any]], None]:
    def placer(donnees: dict[str, Any], bornes: tuple[Any, Any]) -> None:
        indices = {f"{champ}_min": bornes[0], f"{champ}_max": bornes[1]}
        _noeud(donnees, "remuneration")["indices"] = {
            c: v for c, v in indices.items() if v is not None
        }

    return placer


def _textes_et_blanc(
    construire: Callable[[tuple[str, ...]], object], champ: str, chemin: str, cle: str
) -> Invariant:
    """L'invariant « texte non vide » d'un tuple de textes (validateur chaque(texte()))."""
    return Invariant(
        nom=f"texte-vide {chemin}.{cle}",
        construire=construire,
        valides=_avec_prefixe(textes(), textes()),
        invalides=_avec_prefixe(textes(), BLANCS),
        champ=_dernier(champ),
        regle="texte-vide",
        chemin=_dernier(f"{chemin}.{cle}"),
        placer=_placer_liste(chemin, cle),
    )


def _doublon(
    nom: str, elements: st.SearchStrategy[Any], enveloppe: Callable[[Any], Any] = _json
) -> Invariant:
    return Invariant(
        nom=f"doublon statut.{nom}",
        construire=lambda valeurs: Statut(**{nom: valeurs}),
        valides=_sans_doublon(elements),
        invalides=_uniques_et_doublon(elements),
        champ=_dernier(nom),
        regle="doublon",
        chemin=_dernier(f"statut.{nom}"),
        placer=_placer_liste("statut", nom, enveloppe),
    )


def _nomenclature_inconnue(
    nom: str, elements: st.SearchStrategy[Any], construire: Callable[[Any], object], chemin: str
) -> Invariant:
    return Invariant(
        nom=f"nomenclature-inconnue {chemin}",
        construire=construire,
        valides=_sans_doublon(elements),
        invalides=_avec_prefixe(elements, elements.map(_hors_nomenclature)).filter(
            lambda t: len({e.code for e in t}) == len(t)
        ),
        champ=_dernier(nom),
        regle="nomenclature-inconnue",
        chemin=_dernier(chemin),
        placer=_placer_liste(chemin.rsplit(".", 1)[0], nom, lambda e: e.code),
    )


def _corps(versant: Versant) -> Corps:
    return Corps(libelle="Attaché", versant=versant)


INVARIANTS = [
    # --- textes non vides ---
    Invariant(
        nom="texte-vide intitule",
        construire=lambda v: Offre(intitule=v, employeur=_employeur()),
        valides=textes(),
        invalides=BLANCS,
        champ="intitule",
        regle="texte-vide",
        chemin="intitule",
        # Un autre intitulé ne commence pas forcément par le préfixe de l'offre : il part.
        placer=lambda d, v: d.update(intitule=v, prefixe_intitule=None),
    ),
    Invariant(
        nom="texte-vide employeur.nom",
        construire=lambda v: Employeur(nom=v, type=TypeEmployeur.REGION),
        valides=textes(),
        invalides=BLANCS,
        champ="nom",
        regle="texte-vide",
        chemin="employeur.nom",
        placer=_poser("employeur", "nom"),
    ),
    Invariant(
        nom="texte-vide employeur.presentation",
        construire=lambda v: _employeur(presentation=v),
        valides=textes(),
        invalides=BLANCS,
        champ="presentation",
        regle="texte-vide",
        chemin="employeur.presentation",
        placer=_poser("employeur", "presentation"),
    ),
    Invariant(
        nom="texte-vide poste.presentation",
        construire=lambda v: Poste(presentation=v),
        valides=textes(),
        invalides=BLANCS,
        champ="presentation",
        regle="texte-vide",
        chemin="poste.presentation",
        placer=_poser("poste", "presentation"),
    ),
    _textes_et_blanc(lambda v: _employeur(labels=v), "labels", "employeur", "labels"),
    _textes_et_blanc(
        lambda v: Conditions(services_sur_site=v),
        "services_sur_site",
        "conditions",
        "services_sur_site",
    ),
    # --- nombres positifs ---
    Invariant(
        nom="nombre-positif poste.nombre",
        construire=lambda v: Poste(nombre=v),
        valides=st.integers(1, bornes.POSTES_MAX),
        invalides=st.integers(max_value=0),
        champ="nombre",
        regle="nombre-positif",
        chemin="poste.nombre",
        placer=_poser("poste", "nombre"),
    ),
    Invariant(
        nom="nombre-positif poste.encadrement",
        construire=lambda v: Poste(encadrement=v),
        valides=st.integers(0, bornes.ENCADRES_MAX),
        invalides=st.integers(max_value=-1),
        champ="encadrement",
        regle="nombre-positif",
        chemin="poste.encadrement",
        placer=_poser("poste", "encadrement"),
    ),
    Invariant(
        nom="nombre-positif employeur.nombre_agents.valeur",
        construire=lambda v: Chiffre(valeur=v),
        valides=st.integers(0, 10**7),
        invalides=st.integers(max_value=-1),
        champ="valeur",
        regle="nombre-positif",
        chemin="employeur.nombre_agents.valeur",
        placer=_poser("employeur.nombre_agents", "valeur"),
    ),
    Invariant(
        nom="nombre-positif conditions.contrat.duree.mois",
        construire=lambda v: DureeContrat(mois=v),
        valides=st.integers(1, 600),
        invalides=st.integers(max_value=0),
        champ="mois",
        regle="nombre-positif",
        chemin="conditions.contrat.duree.mois",
        placer=lambda d, v: _noeud(d, "conditions").update(contrat={"duree": {"mois": v}}),
    ),
    Invariant(
        nom="nombre-positif remuneration.salaires[0].montant.minimum",
        construire=lambda v: Fourchette(minimum=v),
        valides=_decimaux(Decimal("0.01"), bornes.MONTANT_MAX),
        invalides=_decimaux(maximum=Decimal(0)),
        champ="minimum",
        regle="nombre-positif",
        chemin="remuneration.salaires[0].montant.minimum",
        placer=lambda d, v: _placer_salaire(d, (v, None)),
    ),
    Invariant(
        nom="nombre-positif remuneration.salaires[0].montant.maximum",
        construire=lambda v: Fourchette(maximum=v),
        valides=_decimaux(Decimal("0.01"), bornes.MONTANT_MAX),
        invalides=_decimaux(maximum=Decimal(0)),
        champ="maximum",
        regle="nombre-positif",
        chemin="remuneration.salaires[0].montant.maximum",
        placer=lambda d, v: _placer_salaire(d, (None, v)),
    ),
    Invariant(
        nom="nombre-positif profil.experience.annees_min",
        construire=lambda v: Experience(annees_min=v),
        valides=st.integers(0, 50),
        invalides=st.integers(max_value=-1),
        champ="annees_min",
        regle="nombre-positif",
        chemin="profil.experience.annees_min",
        placer=_poser("profil.experience", "annees_min", sans=("annees_max",)),
    ),
    Invariant(
        nom="nombre-positif remuneration.nbi.points",
        construire=lambda v: Nbi(points=v),
        valides=st.integers(1, 200),
        invalides=st.integers(max_value=0),
        champ="points",
        regle="nombre-positif",
        chemin="remuneration.nbi.points",
        placer=_poser("remuneration.nbi", "points"),
    ),
    Invariant(
        nom="nombre-positif mentions.rgpd.duree_conservation_mois",
        construire=lambda v: MentionRgpd(duree_conservation_mois=v),
        valides=st.integers(1, 240),
        invalides=st.integers(max_value=0),
        champ="duree_conservation_mois",
        regle="nombre-positif",
        chemin="mentions.rgpd.duree_conservation_mois",
        placer=_poser("mentions.rgpd", "duree_conservation_mois"),
    ),
    Invariant(
        nom="nombre-positif remuneration.indices.majore_max",
        construire=lambda v: Indices(majore_max=v),
        valides=st.integers(1, bornes.INDICE_MAJORE_MAX),
        invalides=st.integers(max_value=0),
        champ="majore_max",
        regle="nombre-positif",
        chemin="remuneration.indices.majore_max",
        placer=lambda d, v: _noeud(d, "remuneration").update(indices={"majore_max": v}),
    ),
    Invariant(
        nom="nombre-positif conditions.residence_exigee_annees",
        construire=lambda v: Conditions(residence_exigee_annees=v),
        valides=st.integers(0, 30),
        invalides=st.integers(max_value=-1),
        champ="residence_exigee_annees",
        regle="nombre-positif",
        chemin="conditions.residence_exigee_annees",
        placer=_poser("conditions", "residence_exigee_annees"),
    ),
    # --- bornes ---
    Invariant(
        nom="quotite ]0 ; 100]",
        construire=lambda v: TempsTravail(quotite=v),
        valides=_decimaux(Decimal("0.01"), Decimal(100)),
        invalides=_hors(Decimal(0), Decimal(100), min_exclu=True),
        champ="quotite",
        regle="quotite",
        chemin="conditions.temps.quotite",
        placer=_poser("conditions.temps", "quotite"),
    ),
    Invariant(
        nom="teletravail-jours [0 ; 5]",
        construire=lambda v: Teletravail(eligible=True, jours_max=v),
        valides=_decimaux(Decimal(0), Decimal(5)),
        invalides=_hors(Decimal(0), Decimal(5)),
        champ="jours_max",
        regle="teletravail-jours",
        chemin="conditions.teletravail.jours_max",
        placer=_placer_teletravail(eligible=True),
    ),
    Invariant(
        nom="heures-non-complet ]0 ; 35[",
        construire=lambda m: TempsTravail(
            regimes=(RegimeTemps.NON_COMPLET,), heures_hebdo=Horaire(heures=m // 60, minutes=m % 60)
        ),
        valides=st.integers(1, 35 * 60 - 1),
        invalides=st.just(0) | st.integers(35 * 60, 48 * 60 + 59),
        champ="heures_hebdo",
        regle="heures-non-complet",
        chemin="conditions.temps.heures_hebdo",
        placer=_placer_non_complet,
    ),
    Invariant(
        nom="minutes [0 ; 59]",
        construire=lambda v: Horaire(heures=v[0], minutes=v[1]),
        valides=st.tuples(st.integers(0, 48), st.integers(0, 59)),
        invalides=st.tuples(st.integers(0, 48), _entiers_hors(0, 59)),
        champ="minutes",
        regle="minutes",
        chemin="conditions.organisation.cycles[0].duree.minutes",
        placer=_placer_horaire,
    ),
    Invariant(
        nom="heures-semaine [0 ; 48]",
        construire=lambda v: Horaire(heures=v[0], minutes=v[1]),
        valides=st.tuples(st.integers(0, 48), st.integers(0, 59)),
        invalides=st.tuples(_entiers_hors(0, 48), st.integers(0, 59)),
        champ="heures",
        regle="heures-semaine",
        chemin="conditions.organisation.cycles[0].duree.heures",
        placer=_placer_horaire,
    ),
    Invariant(
        nom="heures-annuelles [1 ; 1607]",
        construire=lambda v: TempsTravail(heures_annuelles=v),
        valides=st.integers(1, 1607),
        invalides=_entiers_hors(1, 1607),
        champ="heures_annuelles",
        regle="heures-annuelles",
        chemin="conditions.temps.heures_annuelles",
        placer=_poser("conditions.temps", "heures_annuelles"),
    ),
    Invariant(
        nom="jours-rtt [0 ; 60]",
        construire=lambda v: CycleTravail(duree=Horaire(heures=39), jours_rtt=v),
        valides=st.integers(0, 60),
        invalides=_entiers_hors(0, 60),
        champ="jours_rtt",
        regle="jours-rtt",
        chemin="conditions.organisation.cycles[0].jours_rtt",
        placer=lambda d, v: _noeud(d, "conditions.organisation").update(
            cycles=[{"duree": {"heures": 39}, "jours_rtt": v}]
        ),
    ),
    Invariant(
        nom="taux ]0 ; 100]",
        construire=lambda v: Avantage(type=TypeAvantage.REMBOURSEMENT_TRANSPORT, taux=v),
        valides=_decimaux(Decimal("0.01"), Decimal(100)),
        invalides=_hors(Decimal(0), Decimal(100), min_exclu=True),
        champ="taux",
        regle="taux",
        chemin="remuneration.avantages[0].taux",
        placer=lambda d, v: _noeud(d, "remuneration").update(
            avantages=[{"type": "remboursement_transport", "taux": str(v)}]
        ),
    ),
    # --- fourchettes et indices ---
    Invariant(
        nom="fourchette-ordre",
        construire=lambda v: Fourchette(minimum=v[0], maximum=v[1]),
        valides=_fourchettes_ordonnees(),
        invalides=_fourchettes_inversees(),
        champ="minimum",
        regle="fourchette-ordre",
        chemin="remuneration.salaires[0].montant.minimum",
        placer=_placer_salaire,
    ),
    Invariant(
        nom="fourchette-vide",
        construire=lambda v: Fourchette(minimum=v[0], maximum=v[1]),
        valides=_fourchettes_ordonnees(),
        invalides=st.just((None, None)),
        champ="minimum",
        regle="fourchette-vide",
        chemin="remuneration.salaires[0].montant.minimum",
        placer=_placer_salaire,
    ),
    Invariant(
        nom="fourchette-ordre indices bruts",
        construire=lambda v: Indices(brut_min=v[0], brut_max=v[1]),
        valides=_indices_ordonnes(),
        invalides=_indices_inverses(),
        champ="brut_min",
        regle="fourchette-ordre",
        chemin="remuneration.indices.brut_min",
        placer=_placer_indices("brut"),
    ),
    Invariant(
        nom="fourchette-ordre indices majorés",
        construire=lambda v: Indices(majore_min=v[0], majore_max=v[1]),
        valides=_indices_ordonnes(),
        invalides=_indices_inverses(),
        champ="majore_min",
        regle="fourchette-ordre",
        chemin="remuneration.indices.majore_min",
        placer=_placer_indices("majore"),
    ),
    # --- identifiants ---
    Invariant(
        nom="siren clé",
        construire=lambda v: _employeur(siren=v),
        valides=sirens(),
        invalides=_sirens_faux(),
        champ="siren",
        regle="siren",
        chemin="employeur.siren",
        placer=lambda d, v: _placer_identifiants(v, None, d),
    ),
    Invariant(
        nom="siren forme",
        construire=lambda v: _employeur(siren=v),
        valides=sirens(),
        invalides=sirens().map(_espace),
        champ="siren",
        regle="siren-forme",
        chemin="employeur.siren",
        placer=lambda d, v: _placer_identifiants(v, None, d),
    ),
    Invariant(
        nom="siret clé",
        construire=lambda v: _employeur(siret=v),
        valides=sirets(),
        invalides=_sirets_faux(),
        champ="siret",
        regle="siret",
        chemin="employeur.siret",
        placer=lambda d, v: _placer_identifiants(None, v, d),
    ),
    Invariant(
        nom="siret forme",
        construire=lambda v: _employeur(siret=v),
        valides=sirets(),
        invalides=sirets().map(_espace),
        champ="siret",
        regle="siret-forme",
        chemin="employeur.siret",
        placer=lambda d, v: _placer_identifiants(None, v, d),
    ),
    Invariant(
        nom="siret-siren",
        construire=lambda v: _employeur(siren=v[0], siret=v[1]),
        valides=_siren_et_son_siret(),
        invalides=_siren_et_siret_d_un_autre(),
        champ="siret",
        regle="siret-siren",
        chemin="employeur.siret",
        placer=lambda d, v: _placer_identifiants(v[0], v[1], d),
    ),
    Invariant(
        nom="courriel candidature.courriels",
        construire=lambda v: Candidature(courriels=v),
        valides=_avec_prefixe(courriels(), courriels()),
        invalides=_avec_prefixe(courriels(), COURRIELS_FAUX),
        champ=_dernier("courriels"),
        regle="courriel",
        chemin=_dernier("candidature.courriels"),
        placer=_placer_liste("candidature", "courriels"),
    ),
    Invariant(
        nom="courriel candidature.contacts[0].courriel",
        construire=lambda v: Contact(courriel=v),
        valides=courriels(),
        invalides=COURRIELS_FAUX,
        champ="courriel",
        regle="courriel",
        chemin="candidature.contacts[0].courriel",
        placer=lambda d, v: _noeud(d, "candidature").update(contacts=[{"courriel": v}]),
    ),
    Invariant(
        nom="courriel mentions.rgpd.contacts",
        construire=lambda v: MentionRgpd(contacts=v),
        valides=_avec_prefixe(courriels(), courriels()),
        invalides=_avec_prefixe(courriels(), COURRIELS_FAUX),
        champ=_dernier("contacts"),
        regle="courriel",
        chemin=_dernier("mentions.rgpd.contacts"),
        placer=_placer_liste("mentions.rgpd", "contacts"),
    ),
    Invariant(
        nom="code-postal",
        construire=lambda v: Adresse(code_postal=v),
        valides=CODES_POSTAUX,
        invalides=CODES_POSTAUX_FAUX,
        champ="code_postal",
        regle="code-postal",
        chemin="candidature.adresse.code_postal",
        placer=_poser("candidature.adresse", "code_postal"),
    ),
    Invariant(
        nom="departement-inconnu",
        construire=lambda v: _employeur(departement=v),
        valides=departements(),
        invalides=DEPARTEMENTS_INCONNUS,
        champ="departement",
        regle="departement-inconnu",
        chemin="employeur.departement",
        placer=_poser("employeur", "departement"),
    ),
    # --- nomenclature ---
    _nomenclature_inconnue("grades", grades(), lambda v: Statut(grades=v), "statut.grades"),
    _nomenclature_inconnue(
        "cadres_emplois",
        cadres_emplois(),
        lambda v: Statut(cadres_emplois=v),
        "statut.cadres_emplois",
    ),
    _nomenclature_inconnue(
        "bases_legales",
        bases_legales(),
        lambda v: Contrat(bases_legales=v),
        "conditions.contrat.bases_legales",
    ),
    # --- doublons ---
    _doublon("categories", categories()),
    _doublon("filieres", st.sampled_from(Filiere)),
    _doublon("grades", grades(), lambda g: g.code),
    _doublon("cadres_emplois", cadres_emplois(), lambda c: c.code),
    _doublon(
        "corps",
        st.builds(
            Corps, libelle=textes(), versant=st.sampled_from([Versant.ETAT, Versant.HOSPITALIERE])
        ),
        lambda c: {"libelle": c.libelle, "versant": c.versant.value},
    ),
    # --- invariants croisés ---
    Invariant(
        nom="corps-hors-fpt",
        construire=_corps,
        valides=st.sampled_from([v for v in Versant if v is not Versant.TERRITORIALE]),
        invalides=st.just(Versant.TERRITORIALE),
        champ="versant",
        regle="corps-hors-fpt",
        chemin="statut.corps[0].versant",
        placer=lambda d, v: _noeud(d, "statut").update(
            corps=[{"libelle": "Attaché", "versant": v.value}]
        ),
    ),
    Invariant(
        nom="cdi-sans-duree",
        construire=lambda v: Contrat(nature=v[0], duree=v[1]),
        valides=st.one_of(
            st.tuples(
                st.sampled_from((None, NatureContrat.CDD)),
                st.none() | st.builds(DureeContrat, mois=st.integers(1, 72)),
            ),
            st.just((NatureContrat.CDI, None)),
        ),
        invalides=st.tuples(
            st.just(NatureContrat.CDI),
            st.builds(DureeContrat, mois=st.integers(1, 72), minimum=st.booleans()),
        ),
        champ="duree",
        regle="cdi-sans-duree",
        chemin="conditions.contrat.duree",
        placer=_placer_contrat,
    ),
    Invariant(
        nom="teletravail-non-eligible",
        construire=lambda v: Teletravail(eligible=False, jours_max=v),
        valides=st.sampled_from((None, Decimal(0), Decimal("0.00"))),
        invalides=_decimaux(Decimal("0.01"), Decimal(5)),
        champ="jours_max",
        regle="teletravail-non-eligible",
        chemin="conditions.teletravail.jours_max",
        placer=_placer_teletravail(eligible=False),
    ),
    Invariant(
        nom="astreintes-eventuelles",
        construire=lambda v: OrganisationTravail(astreintes=v, astreintes_eventuelles=True),
        valides=st.just(True),  # noqa: FBT003
        invalides=st.sampled_from((None, False)),
        champ="astreintes_eventuelles",
        regle="astreintes-eventuelles",
        chemin="conditions.organisation.astreintes_eventuelles",
        placer=_placer_astreintes,
    ),
    Invariant(
        nom="statutaire-tel-qu-ecrit",
        construire=lambda v: Remuneration(statutaire=v, statutaire_tel_qu_ecrit="grille"),
        valides=st.just(True),  # noqa: FBT003
        invalides=st.just(False),  # noqa: FBT003
        champ="statutaire_tel_qu_ecrit",
        regle="statutaire-tel-qu-ecrit",
        chemin="remuneration.statutaire_tel_qu_ecrit",
        placer=_placer_statutaire,
    ),
    Invariant(
        nom="avantage-autre-libelle",
        construire=lambda v: Avantage(type=v[0], libelle=v[1]),
        valides=st.one_of(
            st.tuples(st.just(TypeAvantage.AUTRE), textes()),
            st.tuples(st.sampled_from(TypeAvantage), textes()),
            st.tuples(
                st.sampled_from([t for t in TypeAvantage if t is not TypeAvantage.AUTRE]),
                st.none(),
            ),
        ),
        invalides=st.just((TypeAvantage.AUTRE, None)),
        champ="libelle",
        regle="avantage-autre-libelle",
        chemin="remuneration.avantages[0].libelle",
        placer=_placer_avantage,
    ),
    Invariant(
        nom="verbe-absent",
        construire=lambda v: Activite(texte=v[0], verbes=(*v[1], v[2])),
        valides=_activites(verbe_absent=False),
        invalides=_activites(verbe_absent=True),
        champ=lambda v: f"verbes[{len(v[1])}]",
        regle="verbe-absent",
        chemin=lambda v: f"missions.themes[0].activites[0].verbes[{len(v[1])}]",
        placer=_placer_activite,
    ),
    Invariant(
        nom="dates-ordre",
        construire=lambda v: Calendrier(
            date_publication=v[0], date_limite_candidature=v[1], prise_de_poste=v[2]
        ),
        valides=_calendriers(inverse=False),
        invalides=_calendriers(inverse=True),
        champ="date_limite_candidature",
        regle="dates-ordre",
        chemin="calendrier.date_limite_candidature",
        placer=_placer_calendrier,
    ),
]
PAR_NOM = {invariant.nom: invariant for invariant in INVARIANTS}


def _regles(erreur: OffreInvalide) -> set[tuple[str, str]]:
    return {(p.chemin, p.regle) for p in erreur.problemes}


@pytest.mark.parametrize("nom", PAR_NOM)
@PAR_VALEUR
@given(data=st.data())
def test_invariant_en_python(nom: str, data: st.DataObject) -> None:
    """Une valeur valide construit la classe ; une valeur perturbée lève ValeurInvalide (champ, règle)."""
    invariant = PAR_NOM[nom]
    invariant.construire(data.draw(invariant.valides, label="valide"))
    invalide = data.draw(invariant.invalides, label="invalide")
    with pytest.raises(ValeurInvalide) as erreur:
        invariant.construire(invalide)
    assert (erreur.value.champ, erreur.value.regle) == (
        invariant.champ_de(invalide),
        invariant.regle,
    )
    assert erreur.value.message


@pytest.mark.parametrize("nom", PAR_NOM)
@PAR_OFFRE
@given(offre=offres(), data=st.data())
def test_invariant_par_depuis_dict(nom: str, offre: Offre, data: st.DataObject) -> None:
    """Posée dans le JSON d'une offre valide, une valeur valide se lit et une perturbée est signalée."""
    invariant = PAR_NOM[nom]
    donnees = vers_dict(offre)
    invariant.placer(donnees, data.draw(invariant.valides, label="valide"))
    depuis_dict(donnees)

    donnees = vers_dict(offre)
    invalide = data.draw(invariant.invalides, label="invalide")
    invariant.placer(donnees, invalide)
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(donnees)
    assert _regles(erreur.value) == {(invariant.chemin_de(invalide), invariant.regle)}


def test_chaque_regle_du_modele_a_son_invariant() -> None:
    """La table couvre chaque règle d'invariant levée par le modèle."""
    regles = {invariant.regle for invariant in INVARIANTS}
    assert regles >= {
        "texte-vide",
        "nombre-positif",
        "quotite",
        "teletravail-jours",
        "heures-non-complet",
        "minutes",
        "heures-semaine",
        "heures-annuelles",
        "jours-rtt",
        "taux",
        "fourchette-ordre",
        "fourchette-vide",
        "siren",
        "siren-forme",
        "siret",
        "siret-forme",
        "siret-siren",
        "courriel",
        "code-postal",
        "departement-inconnu",
        "nomenclature-inconnue",
        "doublon",
        "corps-hors-fpt",
        "cdi-sans-duree",
        "teletravail-non-eligible",
        "astreintes-eventuelles",
        "statutaire-tel-qu-ecrit",
        "avantage-autre-libelle",
        "verbe-absent",
        "dates-ordre",
    }


# --- tests nommés : bornes et cas d'école ----------------------------------------------------


def _refus(construire: Callable[[], object], champ: str, regle: str) -> None:
    """Vérifie que ``construire`` lève ValeurInvalide sur ``champ`` avec ``regle``."""
    with pytest.raises(ValeurInvalide) as erreur:
        construire()
    assert (erreur.value.champ, erreur.value.regle) == (champ, regle)


def _refus_json(donnees: dict[str, Any], chemin: str, regle: str) -> None:
    """Vérifie que ``depuis_dict`` signale ``regle`` au chemin ``chemin``."""
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(donnees)
    assert (chemin, regle) in _regles(erreur.value)


def _offre_json(**parties: Any) -> dict[str, Any]:
    """Le dict JSON d'une petite offre, complété par ``parties``."""
    return {
        "version": 1,
        "intitule": "Secrétaire général (F/H)",
        "employeur": {"nom": "Commune de Poum", "type": "commune"},
        **parties,
    }


def test_quotite_superieure_a_100_refusee() -> None:
    """Une quotité de 100,01 % est refusée, en Python comme en JSON."""
    _refus(lambda: TempsTravail(quotite=Decimal("100.01")), "quotite", "quotite")
    _refus_json(
        _offre_json(conditions={"temps": {"quotite": "120"}}), "conditions.temps.quotite", "quotite"
    )


def test_quotite_nulle_refusee() -> None:
    """Une quotité de 0 % est refusée (l'intervalle est ouvert à gauche)."""
    _refus(lambda: TempsTravail(quotite=Decimal(0)), "quotite", "quotite")


def test_quotite_de_100_acceptee() -> None:
    """Une quotité de 100 % est acceptée (l'intervalle est fermé à droite)."""
    assert TempsTravail(quotite=Decimal(100)).quotite == 100


def test_teletravail_de_6_jours_refuse() -> None:
    """Six jours de télétravail par semaine sont refusés ; cinq sont acceptés."""
    _refus(
        lambda: Teletravail(eligible=True, jours_max=Decimal(6)), "jours_max", "teletravail-jours"
    )
    assert Teletravail(eligible=True, jours_max=Decimal(5)).jours_max == 5


def test_teletravail_negatif_refuse() -> None:
    """Un nombre négatif de jours de télétravail est refusé ; zéro est accepté."""
    _refus(
        lambda: Teletravail(eligible=True, jours_max=Decimal("-0.5")),
        "jours_max",
        "teletravail-jours",
    )
    assert Teletravail(eligible=True, jours_max=Decimal(0)).jours_max == 0


def test_non_complet_de_35_heures_refuse() -> None:
    """Un temps non complet de 35 h est refusé ; 34 h 59 est accepté."""
    non_complet = (RegimeTemps.NON_COMPLET,)
    _refus(
        lambda: TempsTravail(regimes=non_complet, heures_hebdo=Horaire(heures=35)),
        "heures_hebdo",
        "heures-non-complet",
    )
    accepte = TempsTravail(regimes=non_complet, heures_hebdo=Horaire(heures=34, minutes=59))
    assert accepte.heures_hebdo == Horaire(heures=34, minutes=59)


def test_non_complet_nul_refuse() -> None:
    """Un temps non complet de 0 h est refusé ; 0 h 01 est accepté."""
    non_complet = (RegimeTemps.NON_COMPLET, RegimeTemps.PARTIEL)
    _refus(
        lambda: TempsTravail(regimes=non_complet, heures_hebdo=Horaire(heures=0)),
        "heures_hebdo",
        "heures-non-complet",
    )
    temps = TempsTravail(regimes=non_complet, heures_hebdo=Horaire(heures=0, minutes=1))
    assert temps.heures_hebdo == Horaire(heures=0, minutes=1)


def test_non_complet_en_json_refuse_avec_chemin() -> None:
    """En JSON, 17 h 75 est refusé sur les minutes et 40 h de non complet sur heures_hebdo."""
    temps = {"regimes": ["non_complet"], "heures_hebdo": {"heures": 17, "minutes": 75}}
    _refus_json(
        _offre_json(conditions={"temps": temps}), "conditions.temps.heures_hebdo.minutes", "minutes"
    )
    temps = {"regimes": ["non_complet"], "heures_hebdo": {"heures": 40}}
    _refus_json(
        _offre_json(conditions={"temps": temps}),
        "conditions.temps.heures_hebdo",
        "heures-non-complet",
    )


def test_minutes_60_refusees() -> None:
    """Soixante minutes sont refusées ; 59 sont acceptées."""
    _refus(lambda: Horaire(heures=17, minutes=60), "minutes", "minutes")
    assert Horaire(heures=17, minutes=59).en_minutes() == 17 * 60 + 59


def test_heures_annuelles_1608_refusees() -> None:
    """1 608 heures annuelles sont refusées ; 1 607 (durée légale) sont acceptées."""
    _refus(lambda: TempsTravail(heures_annuelles=1608), "heures_annuelles", "heures-annuelles")
    _refus(lambda: TempsTravail(heures_annuelles=0), "heures_annuelles", "heures-annuelles")
    assert TempsTravail(heures_annuelles=1607).heures_annuelles == 1607


def test_jours_rtt_61_refuses() -> None:
    """Soixante et un jours de RTT sont refusés ; 60 sont acceptés."""
    _refus(lambda: CycleTravail(duree=Horaire(heures=39), jours_rtt=61), "jours_rtt", "jours-rtt")
    assert CycleTravail(duree=Horaire(heures=39), jours_rtt=60).jours_rtt == 60


def test_taux_nul_refuse() -> None:
    """Un taux de prise en charge de 0 % est refusé ; 100 % est accepté."""
    _refus(lambda: Avantage(type=TypeAvantage.CNAS, taux=Decimal(0)), "taux", "taux")
    assert Avantage(type=TypeAvantage.CNAS, taux=Decimal(100)).taux == 100


def test_decimal_non_fini_refuse() -> None:
    """Un montant, une quotité ou un taux NaN ou infini est refusé avec la règle nombre-fini."""
    _refus(lambda: Fourchette(minimum=Decimal("NaN")), "minimum", "nombre-fini")
    _refus(lambda: TempsTravail(quotite=Decimal("Infinity")), "quotite", "nombre-fini")
    _refus(
        lambda: Avantage(type=TypeAvantage.CNAS, taux=Decimal("-Infinity")), "taux", "nombre-fini"
    )


def test_decimal_non_fini_refuse_en_json() -> None:
    """En JSON, « NaN » et « Infinity » ne sont pas des montants."""
    for texte in ("NaN", "Infinity", "-inf", "sNaN"):
        salaires = [{"montant": {"minimum": texte}}]
        _refus_json(
            _offre_json(remuneration={"salaires": salaires}),
            "remuneration.salaires[0].montant.minimum",
            "type",
        )


def test_fourchette_inversee_refusee() -> None:
    """Un minimum supérieur au maximum est refusé ; un montant unique est accepté."""
    _refus(
        lambda: Fourchette(minimum=Decimal("3000"), maximum=Decimal("2999.99")),
        "minimum",
        "fourchette-ordre",
    )
    assert Fourchette.montant(Decimal("2461.39")).maximum == Decimal("2461.39")


def test_fourchette_vide_refusee() -> None:
    """Une fourchette sans minimum ni maximum est refusée ; un seul des deux suffit."""
    _refus(Fourchette, "minimum", "fourchette-vide")
    assert Fourchette(maximum=Decimal(500)).minimum is None
    assert Fourchette(minimum=Decimal(500)).maximum is None


def test_indices_inverses_refuses() -> None:
    """Un indice minimal supérieur au maximal est refusé ; des indices égaux sont acceptés."""
    _refus(lambda: Indices(brut_min=500, brut_max=400), "brut_min", "fourchette-ordre")
    _refus(lambda: Indices(majore_min=500, majore_max=400), "majore_min", "fourchette-ordre")
    assert Indices(brut_min=444, brut_max=444, majore_min=390, majore_max=390).brut_min == 444


def test_siren_a_cle_fausse_refuse() -> None:
    """Un SIREN à clé fausse est refusé avec la règle siren."""
    _refus(lambda: _employeur(siren="356000001"), "siren", "siren")


def test_siren_avec_espaces_refuse_dans_le_modele() -> None:
    """Le modèle veut un SIREN compact : « 356 000 000 » est refusé (siren-forme)."""
    _refus(lambda: _employeur(siren="356 000 000"), "siren", "siren-forme")


def test_siret_d_un_autre_siren_refuse() -> None:
    """Un SIRET dont les neuf premiers chiffres ne sont pas le SIREN est refusé."""
    _refus(lambda: _employeur(siren="356000000", siret="73282932000074"), "siret", "siret-siren")
    _refus_json(
        _offre_json(
            employeur={
                "nom": "Commune de Poum",
                "type": "commune",
                "siren": "356000000",
                "siret": "73282932000074",
            }
        ),
        "employeur.siret",
        "siret-siren",
    )


def test_siret_de_la_poste_accepte() -> None:
    """Un établissement de La Poste (somme des chiffres multiple de 5) est accepté."""
    employeur = _employeur(siren="356000000", siret="35600000000024")
    assert employeur.siret == "35600000000024"


def test_courriel_sans_domaine_refuse() -> None:
    """Une adresse sans domaine est refusée, avec le rang de l'élément fautif."""
    _refus(lambda: Candidature(courriels=("drh@marne.fr", "drh@ville")), "courriels[1]", "courriel")
    _refus_json(
        _offre_json(candidature={"courriels": ["drh@marne.fr", "drh@ville"]}),
        "candidature.courriels[1]",
        "courriel",
    )


@pytest.mark.parametrize("code", ["00100", "00999", "99000", "2A004", "5100", "510000"])
def test_code_postal_hors_plage_refuse(code: str) -> None:
    """Un code postal hors de 01000 à 98999 ou qui n'a pas cinq chiffres est refusé."""
    _refus(lambda: Adresse(code_postal=code), "code_postal", "code-postal")


@pytest.mark.parametrize("code", ["01000", "20000", "97400", "98800", "98999"])
def test_code_postal_valide_accepte(code: str) -> None:
    """Les codes postaux de 01000 à 98999 (Corse 20, outre-mer 97 et 98) sont acceptés."""
    assert Adresse(code_postal=code).code_postal == code


@pytest.mark.parametrize("code", ["51٠٠٠", "51０００", "5١000"])
def test_code_postal_en_chiffres_non_latins_refuse(code: str) -> None:
    """Un code postal écrit avec des chiffres non latins (arabes, pleine chasse) est refusé."""
    _refus(lambda: Adresse(code_postal=code), "code_postal", "code-postal")


@pytest.mark.parametrize("code", ["20", "96", "00", "2a"])
def test_departement_inconnu_refuse(code: str) -> None:
    """Les codes 20, 96, 00 et « 2a » (minuscule) ne sont pas des départements."""
    _refus(lambda: _employeur(departement=code), "departement", "departement-inconnu")


@pytest.mark.parametrize("champ", ["libelle", "ordre", "en_extinction", "code"])
def test_grade_modifie_hors_nomenclature_refuse(champ: str) -> None:
    """Un grade qui diffère de son entrée de la nomenclature (même code ou non) est refusé."""
    grade = nomenclature.grade("attaché principal")
    faux = {
        "libelle": attrs.evolve(grade, libelle="attaché très principal"),
        "ordre": attrs.evolve(grade, ordre=9),
        "en_extinction": attrs.evolve(grade, en_extinction=not grade.en_extinction),
        "code": attrs.evolve(grade, code="attache-tres-principal"),
    }[champ]
    _refus(lambda: Statut(grades=(grade, faux)), "grades[1]", "nomenclature-inconnue")


def test_cadre_et_base_modifies_hors_nomenclature_refuses() -> None:
    """Un cadre d'emplois ou une base légale qui n'est pas l'entrée de la nomenclature est refusé."""
    cadre = nomenclature.cadre_emplois("attachés territoriaux")
    _refus(
        lambda: Statut(cadres_emplois=(attrs.evolve(cadre, categorie=Categorie.B),)),
        "cadres_emplois[0]",
        "nomenclature-inconnue",
    )
    base = nomenclature.base_legale("L332-14")
    _refus(
        lambda: Contrat(bases_legales=(attrs.evolve(base, duree_max_mois=60),)),
        "bases_legales[0]",
        "nomenclature-inconnue",
    )


def test_codes_inconnus_refuses_en_json() -> None:
    """En JSON, un code de grade, de cadre ou de base légale inconnu est signalé à son rang."""
    donnees = _offre_json(
        statut={"grades": ["attache", "attache-tres-principal"], "cadres_emplois": ["mairies"]},
        conditions={"contrat": {"bases_legales": ["L332-99"]}},
    )
    with pytest.raises(OffreInvalide) as erreur:
        depuis_dict(donnees)
    assert _regles(erreur.value) == {
        ("statut.grades[1]", "nomenclature-inconnue"),
        ("statut.cadres_emplois[0]", "nomenclature-inconnue"),
        ("conditions.contrat.bases_legales[0]", "nomenclature-inconnue"),
    }


def test_doublon_de_categorie_refuse() -> None:
    """Une catégorie citée deux fois est refusée au rang du doublon."""
    _refus(
        lambda: Statut(categories=(Categorie.A, Categorie.B, Categorie.A)),
        "categories[2]",
        "doublon",
    )


def test_corps_territorial_refuse() -> None:
    """Un corps de la fonction publique territoriale est refusé : c'est un cadre d'emplois."""
    _refus(lambda: _corps(Versant.TERRITORIALE), "versant", "corps-hors-fpt")
    assert _corps(Versant.NOUVELLE_CALEDONIE).versant is Versant.NOUVELLE_CALEDONIE


def test_cdi_avec_duree_refuse() -> None:
    """Un CDI avec une durée est refusé ; un CDD de même durée est accepté."""
    _refus(
        lambda: Contrat(nature=NatureContrat.CDI, duree=DureeContrat(mois=12)),
        "duree",
        "cdi-sans-duree",
    )
    assert Contrat(nature=NatureContrat.CDD, duree=DureeContrat(mois=12)).duree is not None


def test_teletravail_non_eligible_avec_jours_refuse() -> None:
    """Un poste non éligible au télétravail avec deux jours est refusé ; avec zéro, accepté."""
    _refus(
        lambda: Teletravail(eligible=False, jours_max=Decimal(2)),
        "jours_max",
        "teletravail-non-eligible",
    )
    assert Teletravail(eligible=False, jours_max=Decimal(0)).jours_max == 0


def test_astreintes_eventuelles_sans_astreintes_refusees() -> None:
    """Des astreintes éventuelles sans astreintes sont refusées ; avec, acceptées."""
    _refus(
        lambda: OrganisationTravail(astreintes_eventuelles=True),
        "astreintes_eventuelles",
        "astreintes-eventuelles",
    )
    assert OrganisationTravail(astreintes=True, astreintes_eventuelles=True).astreintes


def test_mots_de_la_remuneration_statutaire_sans_elle_refuses() -> None:
    """« Grille indiciaire » sans rémunération statutaire est refusé ; avec, accepté."""
    _refus(
        lambda: Remuneration(statutaire_tel_qu_ecrit="grille indiciaire"),
        "statutaire_tel_qu_ecrit",
        "statutaire-tel-qu-ecrit",
    )
    assert Remuneration(statutaire=True, statutaire_tel_qu_ecrit="grille indiciaire").statutaire


def test_avantage_autre_sans_libelle_refuse() -> None:
    """Un avantage « autre » sans libellé est refusé ; avec libellé, accepté."""
    _refus(lambda: Avantage(type=TypeAvantage.AUTRE), "libelle", "avantage-autre-libelle")
    assert Avantage(type=TypeAvantage.AUTRE, libelle="Crèche d'entreprise").libelle


def test_verbe_absent_refuse() -> None:
    """Un verbe mis en avant qui ne figure pas dans le texte est refusé à son rang."""
    _refus(
        lambda: Activite(texte="Préparer et suivre les réunions", verbes=("Préparer", "Animer")),
        "verbes[1]",
        "verbe-absent",
    )


def test_texte_blanc_refuse() -> None:
    """Un texte fait d'espaces (même insécables) est refusé, à la racine comme dans un tuple."""
    _refus(lambda: Offre(intitule=" \u00a0\t", employeur=_employeur()), "intitule", "texte-vide")
    _refus(lambda: Source(url=""), "url", "texte-vide")
    _refus(lambda: Poste(lieux=(), presentation="\n"), "presentation", "texte-vide")


def test_date_limite_avant_publication_refusee() -> None:
    """Une date limite antérieure à la publication est refusée ; le même jour est accepté."""
    jour = datetime.date(2025, 3, 1)
    _refus(
        lambda: Calendrier(
            date_publication=jour, date_limite_candidature=jour - datetime.timedelta(days=1)
        ),
        "date_limite_candidature",
        "dates-ordre",
    )
    assert Calendrier(date_publication=jour, date_limite_candidature=jour).date_publication == jour


# --- contraire au droit mais représentable ---------------------------------------------------


def _aller_retour(offre: Offre) -> None:
    assert depuis_dict(vers_dict(offre)) == offre


def test_prise_de_poste_avant_date_limite_valide() -> None:
    """Une prise de poste antérieure à la date limite, voire à la publication, reste valide."""
    calendrier = Calendrier(
        date_publication=datetime.date(2025, 3, 1),
        date_limite_candidature=datetime.date(2025, 3, 31),
        prise_de_poste=datetime.date(2025, 2, 1),
    )
    _aller_retour(Offre(intitule="Agent (F/H)", employeur=_employeur(), calendrier=calendrier))


def test_contrat_de_60_mois_sur_l332_14_representable() -> None:
    """Un contrat de 60 mois sur L332-14 (au plus 1 an, 2 ans au total) reste représentable."""
    base = nomenclature.base_legale("L332-14")
    assert base.duree_max_mois is not None
    assert base.duree_max_mois < 60
    contrat = Contrat(nature=NatureContrat.CDD, bases_legales=(base,), duree=DureeContrat(mois=60))
    _aller_retour(
        Offre(
            intitule="Agent (F/H)", employeur=_employeur(), conditions=Conditions(contrat=contrat)
        )
    )


def test_cdi_sur_une_base_sans_cdi_representable() -> None:
    """Un CDI sur une base qui n'en permet pas (contrat de projet L332-24) reste représentable."""
    base = nomenclature.base_legale("L332-24")
    assert not base.cdi_possible
    contrat = Contrat(nature=NatureContrat.CDI, bases_legales=(base,))
    _aller_retour(
        Offre(
            intitule="Agent (F/H)", employeur=_employeur(), conditions=Conditions(contrat=contrat)
        )
    )


def test_quotite_de_75_pourcent_representable() -> None:
    """Une quotité de temps partiel de 75 % (hors 50 à 90 % par dizaine) reste représentable."""
    temps = TempsTravail(regimes=(RegimeTemps.PARTIEL,), quotite=Decimal(75))
    _aller_retour(
        Offre(intitule="Agent (F/H)", employeur=_employeur(), conditions=Conditions(temps=temps))
    )


def test_teletravail_de_4_jours_representable() -> None:
    """Quatre jours de télétravail par semaine (au-delà des 3 du décret) restent représentables."""
    teletravail = Teletravail(eligible=True, jours_max=Decimal(4))
    _aller_retour(
        Offre(
            intitule="Agent (F/H)",
            employeur=_employeur(),
            conditions=Conditions(teletravail=teletravail),
        )
    )


def test_categorie_c_avec_un_grade_a_representable() -> None:
    """Une offre de catégorie C qui cite un grade de catégorie A reste représentable."""
    attache = nomenclature.grade("attaché")
    assert attache.categorie is Categorie.A
    statut = Statut(categories=(Categorie.C,), grades=(attache,))
    _aller_retour(Offre(intitule="Agent (F/H)", employeur=_employeur(), statut=statut))


def test_temps_complet_de_39_heures_representable() -> None:
    """Un temps complet annoncé à 39 h par semaine reste représentable (pas de borne à 35 h)."""
    temps = TempsTravail(regimes=(RegimeTemps.COMPLET,), heures_hebdo=Horaire(heures=39))
    _aller_retour(
        Offre(intitule="Agent (F/H)", employeur=_employeur(), conditions=Conditions(temps=temps))
    )


def test_emploi_fonctionnel_dans_une_petite_commune_representable() -> None:
    """Un DGS recruté dans une commune de 500 habitants reste représentable."""
    employeur = _employeur(nombre_habitants=Chiffre(valeur=500))
    statut = Statut(emploi_fonctionnel=EmploiFonctionnel.DGS)
    _aller_retour(Offre(intitule="DGS (F/H)", employeur=employeur, statut=statut))


def test_grade_en_extinction_representable() -> None:
    """Un grade en extinction de la nomenclature reste citable."""
    eteints = [g for g in nomenclature.grades() if g.en_extinction]
    if not eteints:
        pytest.skip("aucun grade en extinction dans la nomenclature")
    _aller_retour(
        Offre(intitule="Agent (F/H)", employeur=_employeur(), statut=Statut(grades=(eteints[0],)))
    )


def test_fourchette_de_niveaux_de_diplome_a_l_envers_refusee() -> None:
    """« Bac +5 à bac +3 » est refusé ; « bac +3 à bac +5 » et le haut seul sont acceptés."""
    bas, haut = NiveauDiplome.NIVEAU_6, NiveauDiplome.NIVEAU_7
    _refus(
        lambda: Profil(niveau_diplome=haut, niveau_diplome_max=bas),
        "niveau_diplome_max",
        "niveau-diplome-ordre",
    )
    assert Profil(niveau_diplome=bas, niveau_diplome_max=haut).niveau_diplome_max is haut
    assert Profil(niveau_diplome_max=haut).niveau_diplome is None


@given(st.text(min_size=1), st.text(min_size=1))
def test_prefixe_qui_ne_commence_pas_l_intitule_refuse(debut: str, suite: str) -> None:
    """Le préfixe de l'intitulé en est le début : ailleurs, il est refusé."""
    intitule = f"RRF 75 - {debut}{suite}"
    assert Offre(intitule=intitule, employeur=_employeur(), prefixe_intitule="RRF 75").intitule
    if not intitule.startswith(f"{suite}X"):
        _refus(
            lambda: Offre(intitule=intitule, employeur=_employeur(), prefixe_intitule=f"{suite}X"),
            "prefixe_intitule",
            "prefixe-intitule",
        )
