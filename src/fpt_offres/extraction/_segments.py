"""Le texte découpé en blocs : un champ étiqueté ou une section sous son titre.

Deux mises en page se rencontrent, souvent dans la même offre : les champs des
sites d'offres (« Date limite de candidature » seul sur sa ligne, la valeur
dessous ; ou « Référence : 2021-528023 » sur une ligne) et les sections d'une
annonce libre sous leurs titres (« Vos missions », « Profil recherché »). Les
deux donnent un :class:`Bloc` : son genre (une clé de :data:`ETIQUETTES`), son
titre et ses lignes, chacune avec sa position dans le texte.
"""

from __future__ import annotations

import re

import attrs

from fpt_offres._texte import sans_accents

__all__ = ["ETIQUETTES", "Bloc", "Ligne", "cle", "decouper"]

_PONCTUATION = re.compile(r"[^\w' ]+")
_ESPACES = re.compile(r"\s+")


def cle(texte: str) -> str:
    """Une étiquette comparable : minuscules sans accents, « (s) » et ponctuation ôtés.

    >>> cle("Grade(s) recherché(s) :"), cle("Domaine / Métier"), cle("Offre n°")
    ('grades recherches', 'domaine metier', 'offre n')
    """
    texte = sans_accents(texte.casefold()).replace("’", "'").replace("(s)", "s")
    texte = _PONCTUATION.sub(" ", texte.replace("°", " "))
    return _ESPACES.sub(" ", texte).strip(" '")


def _table(**genres: str) -> dict[str, str]:
    return {
        cle(etiquette): genre for genre, liste in genres.items() for etiquette in liste.split("|")
    }


# Les étiquettes des sites (emploi-territorial, Place de l'emploi public, Choisir le service
# public) et les titres courants des annonces libres, par genre de bloc.
ETIQUETTES = _table(
    employeur="Employeur|Collectivité|Nom de l'employeur|Organisme|Structure|Établissement"
    "|Établissement d'emploi|Etablissement d'emploi",
    rattachement="Organisme de rattachement|Type d'employeur|Type de collectivité",
    presentation="Descriptif de l'employeur|Présentation de l'employeur|Qui sommes-nous ?"
    "|Contexte|La collectivité|L'employeur|Présentation de la collectivité|Environnement",
    reference="Référence|Offre n°|N° de l'offre|Réf|Référence de l'offre|Numéro de l'offre",
    publication="Date de première publication|Date de publication|Date de dépôt de l'offre"
    "|Publiée le|Date de l'offre|Date de parution",
    debut_diffusion="Date de début de diffusion",
    fin_diffusion="Date de fin de diffusion|Fin de publicité|Fin de publication|Fin de diffusion",
    date_limite="Date limite de candidature|Date limite de dépôt des candidatures|Date limite"
    "|Date limite de candidatures|Candidatures avant le|Fin d'appel à candidatures"
    "|Fin de l'appel à candidatures|Fin de l'appel à candidature"
    "|Date limite de réception des candidatures|Date limite de dépôt",
    prise_poste="Poste à pourvoir|Date de prise de poste|Prise de poste|Poste à pourvoir le"
    "|Date prévisionnelle de recrutement|À pourvoir|Date de prise de fonction"
    "|Date d'embauche|Date de recrutement",
    vacance="Date de vacance de l'emploi|Date de vacance",
    versant="Versant|Fonction publique",
    categorie="Catégorie|Catégorie statutaire|Catégorie de l'emploi",
    filiere="Filière|Filières",
    metier="Domaine / Métier|Métier|Métier(s)|Métier de référence|Emploi-type|Domaine",
    famille="Famille de métiers|Famille de métier|Famille de métier(s)",
    nombre="Nombre de postes|Nombre de poste(s)|Nombre de poste|Postes à pourvoir",
    motif="Statut du poste|Motif du poste|Motif de recrutement|Type de recrutement|Motif du CDD"
    "|Motif du contrat",
    nature="Nature de l'emploi|Type d'emploi|Type de contrat|Nature du contrat|Contrat",
    intitule="Intitulé du poste|Intitulé|Intitulé de l'offre|Titre de l'offre",
    poste="Description du poste|Descriptif du poste|Détails de l'offre|Raison d'être du poste"
    "|Le poste|Présentation du poste|Contexte du poste|Descriptif de l'emploi"
    "|Missions du service|Positionnement du poste|Finalité du poste",
    missions="Missions|Vos missions|Missions principales|Activités|Activités principales"
    "|Tâches confiées|Missions du poste|Missions et activités|Vos principales missions"
    "|Missions / activités|Principales missions|Activités et tâches|Descriptif des missions",
    profil="Description du profil recherché|Profil recherché|Profil|Votre profil"
    "|Profil du candidat|Profil du poste|Compétences|Compétences requises|Savoir-être"
    "|Savoir-faire|Savoirs|Qualités requises|Connaissances|Formations souhaitées"
    "|Savoir / Connaissance / Diplôme exigé|Compétences et qualités requises|Profil souhaité",
    conditions="Conditions particulières d'exercice|Conditions d'exercice"
    "|Caractéristiques particulières de l'emploi|Contraintes du poste|Conditions de travail"
    "|Spécificités du poste|Contraintes particulières",
    infos="Informations complémentaires|Infos pratiques|Informations pratiques"
    "|Conditions|Conditions d'emploi|Ce que nous vous offrons|Pourquoi nous rejoindre"
    "|Engagements de l'employeur|Données personnelles",
    remuneration="Rémunération|Rémunération et avantages|Avantages|Conditions de rémunération"
    "|Avantages sociaux|Salaire",
    candidature="Modalités de candidature|Pour postuler|Candidature|Candidatures"
    "|Comment postuler|Envoi des candidatures|Modalités de recrutement|Pour candidater"
    "|Contact et informations complémentaires|Candidater",
    temps="Temps de travail|Temps de travail hebdomadaire|Durée hebdomadaire|Quotité"
    "|Quotité de travail|Durée du temps de travail|Temps de travail / quotité",
    localisation="Localisation du poste",
    region="Région",
    # (« Territoire », « Collectivité d'outre-mer » : ce que l'annonce écrit hors des départements)
    departement="Département|Département de travail|Territoire|Collectivité d'outre-mer|Collectivité d’outre-mer",
    departement_poste="Département du poste|Territoire du poste"
    "|Collectivité d'outre-mer du poste|Collectivité d’outre-mer du poste",
    lieu="Lieu d'affectation|Lieu de travail|Localisation|Lieu|Résidence administrative"
    "|Adresse du lieu de travail|Lieu d'exercice",
    ville="Ville",
    contact="Contact|Personne à contacter|Courriel|E-mail|Email|Contacts",
    grades="Grade(s) recherché(s)|Grade|Grades|Grade(s)|Cadre d'emplois|Cadres d'emplois"
    "|Cadre d'emploi|Corps|Corps /Domaine|Corps / Grade|Grade / Cadre d'emplois",
    ouverture="Ouvert aux contractuels|Emploi ouvert aux contractuels",
    direction="Direction|Service|Direction / Service|Pôle|Affectation",
    teletravail="Télétravail",
    experience="Expérience|Expérience souhaitée|Expérience requise",
    diplome="Diplôme|Niveau d'études|Niveau de diplôme|Diplôme requis|Niveau de diplôme requis",
    emploi="Emploi RESPNC",
    informations_generales="Informations générales",
    duree="Durée du contrat|Durée de la mission|Durée",
)

# Les blocs qui contiennent une section entière : leur corps court jusqu'au titre suivant.
SECTIONS = frozenset(
    [
        "presentation",
        "poste",
        "missions",
        "profil",
        "conditions",
        "infos",
        "remuneration",
        "candidature",
    ]
)
_TITRE_MD = re.compile(r"#{1,6} ")
_NUMERO = re.compile(r"((?:Offre|Annonce|Référence|Réf\.?)\s?n°)\s?", re.I)
_TIRET_TITRE = re.compile(r"\s[–—-]\s")


@attrs.frozen
class Ligne:
    """Une ligne non vide : sa position dans le texte, son contenu sans puce, sa puce,
    si une ligne vide la précède (un nouveau paragraphe) et si sa puce est celle d'une
    sous-liste (« o », « ◦ »)."""

    debut: int
    fin: int
    texte: str
    puce: bool
    apres_vide: bool = False
    sous_puce: bool = False


@attrs.frozen
class Bloc:
    """Un champ étiqueté ou une section.

    Attributes:
        genre: la clé de :data:`ETIQUETTES` (``None`` pour le texte d'avant tout titre).
        titre: l'étiquette ou le titre tel qu'écrit (``None`` pour le début).
        debut, fin: la position de l'étiquette dans le texte.
        lignes: le contenu, dans l'ordre ; la valeur en ligne vient en premier.
        en_ligne: vrai pour « Étiquette : valeur » sur une seule ligne.
    """

    genre: str | None
    titre: str | None
    debut: int
    fin: int
    lignes: tuple[Ligne, ...]
    en_ligne: bool = False

    @property
    def valeur(self) -> str:
        """Les lignes jointes par un espace."""
        return " ".join(ligne.texte for ligne in self.lignes)


def _lignes(texte: str) -> list[Ligne]:
    lignes, debut, vide = [], 0, False
    for brute in texte.split("\n"):
        fin = debut + len(brute)
        contenu = brute.strip()
        puce = contenu.startswith("- ")
        if puce:
            contenu = contenu[2:].lstrip()
        if contenu:
            gauche = debut + len(brute.rstrip()) - len(contenu)
            sous_puce = puce and brute.startswith(" ")
            lignes.append(Ligne(gauche, gauche + len(contenu), contenu, puce, vide, sous_puce))
        vide = not contenu
        debut = fin + 1
    return lignes


def _titre_seul(ligne: Ligne) -> str | None:
    """Le genre d'une ligne qui n'est qu'une étiquette ou un titre connu."""
    texte = _TITRE_MD.sub("", ligne.texte) if ligne.texte.startswith("#") else ligne.texte
    if ligne.puce or len(texte) > 80:
        return None
    genre = ETIQUETTES.get(cle(texte))
    if genre is None and (tiret := _TIRET_TITRE.search(texte)) is not None:
        # « Missions du service – positionnement de l'agent » : le titre connu, précisé.
        genre = ETIQUETTES.get(cle(texte[: tiret.start()]))
        return genre if genre in SECTIONS else None
    return genre


def _niveau(ligne: Ligne) -> int | None:
    """Le niveau d'un titre Markdown (« ## Titre » : 2), ``None`` pour une autre ligne."""
    titre = _TITRE_MD.match(ligne.texte)
    return None if titre is None else len(titre[0]) - 1


_DATEE = re.compile(r" a partir du .*$")


def _etiquette_en_ligne(ligne: Ligne) -> tuple[str, int] | None:
    """(genre, position de la valeur) pour « Étiquette : valeur »."""
    deux_points = ligne.texte.find(":", 0, 70)
    if deux_points <= 0:
        numero = _NUMERO.match(ligne.texte)
        if numero is None:
            return None
        # « Offre n° O0512… du 14/04/2025 » : le numéro suit « n° » sans deux-points.
        genre = ETIQUETTES.get(cle(numero[1]))
        return (genre, numero.end()) if genre is not None else None
    etiquette = cle(ligne.texte[:deux_points].lstrip("#").strip())
    # « Lieu de travail à partir du 1er mars 2026 : … » : l'étiquette, datée.
    genre = ETIQUETTES.get(etiquette) or ETIQUETTES.get(_DATEE.sub("", etiquette))
    if genre is None:
        return None
    valeur = deux_points + 1
    while valeur < len(ligne.texte) and ligne.texte[valeur] == " ":
        valeur += 1
    return genre, valeur


def decouper(texte: str) -> list[Bloc]:
    """Les blocs du texte, dans l'ordre.

    >>> [(b.genre, b.valeur) for b in decouper("Catégorie\\nB\\nRéférence : X-1\\nFin")]
    [('categorie', 'B'), ('reference', 'X-1'), (None, 'Fin')]
    """
    blocs: list[Bloc] = []
    genre: str | None = None
    titre: str | None = None
    debut = fin = 0
    corps: list[Ligne] = []
    # Le niveau du titre Markdown (« ## ») qui a ouvert le bloc : un titre inconnu du même
    # niveau ou au-dessus ouvre une autre section ; plus bas, c'est un sous-titre du bloc.
    niveau: int | None = None

    def fermer() -> None:
        if genre is not None or corps:
            blocs.append(Bloc(genre, titre, debut, fin, tuple(corps)))

    for ligne in _lignes(texte):
        seul = _titre_seul(ligne)
        inline = None if seul is not None else _etiquette_en_ligne(ligne)
        if inline is not None and ligne.puce and inline[0] in SECTIONS:
            inline = None  # « - Missions : … » dans une liste reste un item
        if inline is not None and inline[1] >= len(ligne.texte):
            seul, inline = inline[0], None  # « Étiquette : » seule, la valeur suit
        deux_points = ligne.texte.endswith(":") and not ligne.texte.startswith("#")
        sous_liste = deux_points and seul == "missions" and genre in {"poste", "conditions"}
        if seul is not None and seul in SECTIONS and (seul == genre or sous_liste):
            # Un sous-titre dans une section (« Activités principales : » sous « Description
            # du poste ») : le titre d'un thème, pas une section nouvelle.
            corps.append(ligne)
            continue
        if inline is not None:
            genre_en_ligne, position = inline
            valeur = ligne.debut + position
            contenu = ligne.texte[position:]
            bloc = Bloc(
                genre_en_ligne,
                ligne.texte[: ligne.texte.find(":")].lstrip("# ").rstrip(),
                ligne.debut,
                valeur,
                (Ligne(valeur, ligne.fin, contenu, puce=False),) if contenu else (),
                en_ligne=True,
            )
            if genre in {"poste", "conditions"} and genre_en_ligne == "missions":
                corps.append(ligne)  # « Activités principales : entretien » : un sous-titre
                continue
            if genre in SECTIONS or genre == "titre":
                blocs.append(bloc)  # la section continue après le champ
                continue
            fermer()
            blocs.append(bloc)
            genre, titre, debut, fin, corps, niveau = None, None, ligne.fin, ligne.fin, [], None
            continue
        niveau_ligne = _niveau(ligne)
        meme_niveau = niveau is not None and niveau_ligne is not None and niveau_ligne <= niveau
        if seul is None and niveau_ligne != 1 and not meme_niveau:
            corps.append(ligne)
            continue
        fermer()
        debut, fin, corps, niveau = ligne.debut, ligne.fin, [], niveau_ligne
        genre = seul if seul is not None else "titre"
        # La marque du titre seule : « # #1 de la collecte » garde son « # ».
        titre = _TITRE_MD.sub("", ligne.texte.lstrip(), count=1).strip().rstrip(" :")
    fermer()
    # Une section reste ouverte autour des champs en ligne qu'elle contient : l'ordre du texte
    # se rétablit par la position du titre.
    return sorted(blocs, key=lambda bloc: bloc.debut)
