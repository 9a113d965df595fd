"""Les sections d'une annonce : missions par thème, profil, présentation, finalité."""

from __future__ import annotations

import re

from fpt_offres.extraction._listes import Theme, sans_fin, themes
from fpt_offres.extraction._precisions import MOTS_SOUHAIT
from fpt_offres.extraction._releve import Releve
from fpt_offres.extraction._segments import Bloc, Ligne, cle

__all__ = ["lire_sections"]

_QUALITE = re.compile(
    r"^(?:avoir |une |un )?(?:le |la |bonne |grande |r[ée]el(?:le)? )?(?:sens|esprit|qualit[ée]s? (?:relationnel|humaine)"
    r"|rigueur|rigoureu|autonom|discr[ée]|dynami|disponib|ponctu|organis|go[uû]t|r[ée]activ"
    r"|curiosit|polyvalen|adaptab|savoir s'adapter|savoir[- ][eê]tre|condition physique|force de"
    r"|motiv|patien|diplomat|[ée]coute|bon relationnel|capacit[ée] d'adaptation|d'une|de qualit"
    r"|du sens|aisance|enthousias|cr[ée]ativ|implication|loyaut|int[ée]grit|assiduit|calme"
    r"|bonne capacit[ée]|contact ais[ée]|bonne aptitude|capacit[ée] d'ex[ée]cution)",
    re.I,
)
_CONNAISSANCE = re.compile(
    r"^(?:de )?(?:bonnes? |solides? |excellentes? |tr[eè]s bonnes? |des )?(?:connaissances?|ma[iî]trise (?:de|des|du|d')"
    r"|notions?|conna[iî]tre|culture|la |les |le |l'|r[èée]glementation|r[èe]gles|vous conna"
    r"|vous ma[iî]tris|vous d[ée]tenez des notions|contexte|outils d'analyse|m[ée]thodologie)",
    re.I,
)
_EXPERIENCE = re.compile(r"^exp[ée]rience", re.I)
_DIPLOME = re.compile(
    r"^(?:dipl[ôo]m|formations?\b|titulaire d['’]un dipl|caces|certificat|brevet|habilitation"
    r"|(?:cap|bep|bts|dut|bac|licence|master|doctorat)\b|bac ?\+)",
    re.I,
)
# Une section qui renvoie à un document joint ne dit rien elle-même.
# « Voir fiche de poste jointe », « Pour consulter le détail de l'offre, cliquez… » : les
# missions sont ailleurs (une pièce jointe, une autre page).
RENVOI = re.compile(
    r"^[(+]?\s?(?:suite\s)?(?:voir|cf\.?|consulter|pour consulter)\s(?:la\s|le\s)?"
    r"(?:fiche de poste|d[ée]tail de l'offre)",
    re.I,
)
# « Évolution du poste en fonction du projet », « Perspectives d'évolution : … » : ce que le
# poste deviendra, ni une mission ni sa finalité.
EVOLUTION = re.compile(
    r"^\W*(?:[ée]volutions?\s(?:possibles?\s)?(?:du|de ce)\sposte|perspectives?\sd['’][ée]volution)\b",
    re.I,
)
# Une ligne d'annonce courte (« Activités principales : ») est un titre de thème ; une phrase
# (« vous assurez les missions suivantes : ») n'en est pas un.
_MOTS_TITRE = 12
# Une phrase qui annonce la liste (« Il sera attendu de lui de : ») n'est pas un titre.
_PHRASE_OUVERTE = re.compile(r"(?:\b(?:de|d'|d’|à|des|du|les|pour|en)|\bvous\b.*)\s*:?\s*$", re.I)
_ENUMERATION = re.compile(r"^(?:\d{1,2}|[a-z])\s?[).]\s*")


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


_AUTRES_THEMES = (
    "relation",
    # « En chiffres », « Chiffres clés » : ce que les missions comptent, pas ce qu'elles font.
    "en chiffres",
    "chiffres",
    "rattachement",
    "conditions",
    "contraintes",
    "horaires",
    "moyens",
    "specificites",
    "environnement",
    "avantages",
    "profil",
    "competences",
    "qui contacter",
)
# « Relations », « Partenaires institutionnels », « Liaisons fonctionnelles », « Interlocuteurs
# clés » : avec qui le poste travaille.
_RELATIONS = ("relation", "partenaire", "liaison", "interlocuteur")
# « Effectif encadré » sans valeur, « ne comporte pas de fonctions d'encadrement » :
# ce que le poste encadre, pas une activité.
_ENCADREMENT = re.compile(
    r"^(?:effectif encadr[ée]|nombre d['’]agents encadr[ée]s)\s*:?\s*$|(?:ne comporte pas|pas)"
    r" de fonctions? d['’]encadrement|sans encadrement",
    re.I,
)


def _titre_commence(theme: Theme, debuts: tuple[str, ...]) -> bool:
    return theme.titre is not None and cle(theme.titre.texte).startswith(debuts)


def _missions(releve: Releve, blocs: list[Bloc]) -> bool:
    trouves: list[tuple[Bloc, Theme]] = []
    reste: list[Ligne] = []
    for bloc in blocs:
        themes_bloc, reste_bloc = themes(bloc.lignes)
        trouves.extend((bloc, t) for t in themes_bloc)
        reste.extend(reste_bloc)
    # Les relations disent avec qui le poste travaille, pas ce qu'il fait ; « Conditions
    # d'exercice : », « Rattachement hiérarchique : », « Qui contacter » disent d'autres faits.
    relations = [t for _b, t in trouves if _titre_commence(t, _RELATIONS)]
    if relations:
        items = [i for t in relations for i in t.items]
        releve.poser(
            "missions.relations",
            [{"texte": i.texte} for i in items],
            items[0].ligne.debut,
            items[-1].ligne.fin,
            "thème « Relations », listes",
        )
    for _b, theme in trouves:
        if _titre_commence(theme, ("rattachement",)) and theme.items:
            item = theme.items[0]
            releve.poser(
                "employeur.rattachement",
                item.texte,
                item.ligne.debut,
                item.ligne.fin,
                f"thème « {theme.titre.texte if theme.titre else ''} »",
            )
    trouves = [(b, t) for b, t in trouves if not _titre_commence(t, _AUTRES_THEMES + _RELATIONS)]
    if not trouves:
        return bool(relations)
    valeur = []
    for _bloc, theme in trouves:
        activites = [i for i in theme.items if i.texte and not _ENCADREMENT.search(i.texte)]
        for item in theme.items:
            if re.search(r"pas de fonctions? d['’]encadrement|sans encadrement", item.texte, re.I):
                releve.poser("poste.encadrement", 0, item.ligne.debut, item.ligne.fin, "liste")
        if not activites:
            continue
        entree: dict[str, object] = {"activites": [{"texte": i.texte} for i in activites]}
        titre = theme.titre.texte if theme.titre is not None else ""
        if titre and len(titre.split()) <= _MOTS_TITRE and not _PHRASE_OUVERTE.search(titre):
            entree["intitule"] = _ENUMERATION.sub("", titre).rstrip(" :.…")
        valeur.append(entree)
    debut = min(t.items[0].ligne.debut for _b, t in trouves)
    fin = max(t.items[-1].ligne.fin for _b, t in trouves)
    section = trouves[0][0].titre
    releve.poser("missions.themes", valeur, debut, fin, f"section « {section} », listes")
    return True


# Les sous-titres d'un profil et la classe qu'ils donnent à leurs items.
_SOUS_TITRES = (
    ("savoir etre", "profil.qualites"),
    ("qualites", "profil.qualites"),
    ("savoir faire", "profil.savoir_faire"),
    ("competences techniques", "profil.savoir_faire"),
    ("connaissances", "profil.connaissances"),
    ("savoirs", "profil.connaissances"),
    ("formation", "profil.diplomes"),
    ("diplome", "profil.diplomes"),
)


def _sous_titre(texte: str) -> str | None:
    replie = cle(texte)
    for debut, classe in _SOUS_TITRES:
        if replie.startswith(debut):
            return classe
    return None


def _classe(texte: str) -> str | None:
    if _EXPERIENCE.match(texte) or RENVOI.match(texte) or texte.startswith("Pour consulter"):
        return None
    if _DIPLOME.match(texte):
        return "profil.diplomes"
    if _QUALITE.match(texte):
        return "profil.qualites"
    if _CONNAISSANCE.match(texte):
        return "profil.connaissances"
    return "profil.savoir_faire"


# Les qualités énumérées dans une phrase : « Vous faites preuve de rigueur, de discrétion et
# de réactivité », « La rigueur, le dynamisme et la curiosité sont des qualités requises »,
# « Rigoureux, autonome et organisé, vous … », « … vous êtes organisé et rigoureux. »
_MOT = r"[a-zàâçéèêëîïôûü]+(?:\(e\)|·e)?"
_SEPARATEUR_QUALITES = re.compile(r",\s(?:et\s)?|\set\s(?=(?:de|la|le|les|l['’])\b)")
_SEPARATEUR_ADJECTIFS = re.compile(r",\s(?:et\s)?|\set\s")
_ENUMERATIONS = (
    re.compile(
        r"\b[Vv]ous (?:faites preuve|[êe]tes dot[ée](?:\(e\))?|disposez)\s(?:d['’]|de |des |du )"
        r"([^.;:\n]{3,250})"
    ),
    re.compile(r"(?:^|\.\s)([^.;:\n]{3,200}?)\s(?:sont|seront) (?:des|les) qualit[ée]s"),
    re.compile(rf"^([A-ZÉ]{_MOT}(?:(?:,\s|\set\s){_MOT}){{1,4}}),\svous\b"),
    re.compile(
        rf"\bvous [êe]tes (?:[ée]galement |aussi )?({_MOT}(?:(?:,\s|\set\s){_MOT}){{1,4}})\s?[.;]"
    ),
)
_ARTICLE_QUALITE = re.compile(
    r"^(?:de |d['’](?=[aeéèiouy])|des |du |la |le |l['’]|les |une |un )", re.I
)


def _morceaux(
    ligne: Ligne, separateur: re.Pattern[str], debut: int, fin: int | None = None
) -> list[Ligne]:
    """Les éléments d'une énumération écrite de ``debut`` à ``fin`` dans la ligne, chacun
    sans sa ponctuation finale et avec sa position."""
    fin = len(ligne.texte) if fin is None else fin
    trouves = []
    bornes = [(m.start(), m.end()) for m in separateur.finditer(ligne.texte, debut, fin)]
    for fin_morceau, suivant in [*bornes, (fin, fin)]:
        morceau = sans_fin(ligne.texte[debut:fin_morceau])
        if morceau:
            gauche = ligne.debut + debut + ligne.texte[debut:fin_morceau].find(morceau)
            trouves.append(Ligne(gauche, gauche + len(morceau), morceau, puce=True))
        debut = suivant
    return trouves


def qualites_en_phrase(ligne: Ligne) -> list[Ligne]:
    """Les qualités qu'une phrase énumère, chacune avec sa position.

    >>> texte = "Vous faites preuve de discrétion, de rigueur et de réactivité."
    >>> [q.texte for q in qualites_en_phrase(Ligne(0, len(texte), texte, puce=False))]
    ['discrétion', 'rigueur', 'réactivité']
    >>> texte = "La rigueur, le dynamisme et l'esprit d'équipe sont des qualités requises."
    >>> [q.texte for q in qualites_en_phrase(Ligne(0, len(texte), texte, puce=False))]
    ['rigueur', 'dynamisme', "esprit d'équipe"]
    """
    for rang, motif in enumerate(_ENUMERATIONS):
        trouve = motif.search(ligne.texte)
        separateur = _SEPARATEUR_QUALITES if rang < 2 else _SEPARATEUR_ADJECTIFS
        if trouve is None:
            continue
        trouvees = []
        for item in _morceaux(ligne, separateur, *trouve.span(1)):
            article = _ARTICLE_QUALITE.match(item.texte)
            decale = article.end() if article else 0
            texte = item.texte[decale:]
            if 0 < len(texte.split()) <= 6:
                trouvees.append(Ligne(item.debut + decale, item.fin, texte, puce=True))
        if len(trouvees) > 1:
            return trouvees
    return []


# « Titulaire d'un diplôme CAP, BPA espaces-verts ou bac pro … », « Diplômé du CAP ou BEP » :
# les diplômes nommés un à un ; « BTS GEMEAU ou équivalent » reste entier.
_TITULAIRE = re.compile(
    r"^(?:titulaire d['’]un dipl[ôo]me\s|dipl[ôo]m[ée](?:\(e\)|e)?\s(?:du|de la|de l['’]|de|d['’])\s?"
    r"|titulaire (?:du|de la|de l['’]|de|d['’])\s?)",
    re.I,
)
_SEPARATEUR_DIPLOMES = re.compile(r",\s|\sou\s|\set\s")


def diplomes(ligne: Ligne) -> list[Ligne]:
    """Les diplômes qu'une ligne nomme, un par un quand elle les énumère.

    >>> texte = "Titulaire d'un diplôme CAP, BPA espaces-verts ou bac pro paysager."
    >>> [d.texte for d in diplomes(Ligne(0, len(texte), texte, puce=True))]
    ['CAP', 'BPA espaces-verts', 'bac pro paysager']
    """
    tete = _TITULAIRE.match(ligne.texte)
    reste = ligne.texte[tete.end() :] if tete else ligne.texte
    if tete is None or "quivalen" in reste or not reste.strip():
        return [ligne]
    trouves = _morceaux(ligne, _SEPARATEUR_DIPLOMES, tete.end())
    return trouves if all(len(t.texte.split()) <= 6 for t in trouves) else [ligne]


# « Vous maîtrisez la diététique, la gestion des stocks et les règles d'hygiène » : des
# connaissances ; « Gestion de projet ; conduite du changement ; … » : une liste en ligne.
_MAITRISE = re.compile(
    r"^[Vv]ous (?:ma[iî]trisez|connaissez|avez une (?:bonne |solide |parfaite )?connaissance "
    r"(?:de la |des |du |de l['’]|de |d['’]))\s?"
)
_SEPARATEUR_SAVOIRS = re.compile(r",\s(?:et\s)?|\set\s(?=(?:la|le|les|l['’])\b)")
_SEPARATEUR_EN_LIGNE = re.compile(r"\s?;\s?|\.\s(?=[A-ZÉa-zé])")


def savoirs_en_phrase(ligne: Ligne) -> list[tuple[str, Ligne]]:
    """Les savoirs qu'une phrase du profil énumère, chacun avec sa classe.

    >>> texte = "Vous maîtrisez la diététique, la gestion des stocks et les règles d'hygiène."
    >>> [(c, l.texte) for c, l in savoirs_en_phrase(Ligne(0, len(texte), texte, puce=False))]
    [('profil.connaissances', 'la diététique'), ('profil.connaissances', 'la gestion des stocks'), \
('profil.connaissances', "les règles d'hygiène")]
    """
    maitrise = _MAITRISE.match(ligne.texte)
    if maitrise is not None:
        items = _morceaux(ligne, _SEPARATEUR_SAVOIRS, maitrise.end())
        return [("profil.connaissances", item) for item in items]
    if ligne.texte.count(";") >= 2 and " vous " not in f" {ligne.texte.casefold()} ":
        items = _morceaux(ligne, _SEPARATEUR_EN_LIGNE, 0)
        classees = [(_classe(item.texte), item) for item in items]
        return [(classe, item) for classe, item in classees if classe is not None]
    return []


# « premiers secours souhaitable », « BAFA (apprécié) » : le mot qui, à la fin d'un diplôme
# cité, le dit seulement souhaité.
_SOUHAITE_EN_FIN = re.compile(rf"[\s,(]+(?:est\s)?(?:{MOTS_SOUHAIT})\w*\)?[\s.;]*$", re.I)


def _phrase(ligne: Ligne) -> bool:
    texte = ligne.texte
    return len(texte) > 120 or texte.endswith(":") or " vous " in texte or texte[:4] == "Vous"


def _profil(releve: Releve, blocs: list[Bloc]) -> None:
    classes: dict[str, list[Ligne]] = {}
    for bloc in blocs:
        themes_bloc, reste = themes(bloc.lignes)
        items = [i.ligne for t in themes_bloc for i in t.items] or [
            ligne for ligne in reste if not _phrase(ligne)
        ]
        enumerees: dict[int, list[tuple[str, Ligne]]] = {}
        for ligne in bloc.lignes:
            qualites = [("profil.qualites", q) for q in qualites_en_phrase(ligne)]
            enumerees[id(ligne)] = qualites or savoirs_en_phrase(ligne)
            for champ, item in enumerees[id(ligne)]:
                classes.setdefault(champ, []).append(item)
        for ligne in items:
            if enumerees.get(id(ligne)):
                continue  # la phrase a donné ses qualités ou ses savoirs un à un
            deux_points = ligne.texte.find(" : ")
            prefixe = ligne.texte[:deux_points] if deux_points > 0 else ""
            classe_titre = _sous_titre(prefixe) if prefixe else None
            if classe_titre is None and 0 < len(prefixe.split()) <= 3:
                continue  # « Horaires spécifiques : … » : un autre champ, pas un item du profil
            if classe_titre is None:
                classe = _classe(ligne.texte)
                if classe is not None:
                    lues = diplomes(ligne) if classe == "profil.diplomes" else [ligne]
                    classes.setdefault(classe, []).extend(lues)
                continue
            if classe_titre == "profil.diplomes":
                position = ligne.debut + deux_points + 3
                valeur = ligne.texte[deux_points + 3 :]
                lue = Ligne(position, position + len(valeur), valeur, puce=True)
                classes.setdefault(classe_titre, []).extend(diplomes(lue))
                continue
            # « Savoir-être : rigueur, autonomie » : chaque élément de la liste est un item.
            position = ligne.debut + deux_points + 3
            for morceau in ligne.texte[deux_points + 3 :].split(","):
                texte = morceau.strip(" .;")
                if texte:
                    gauche = position + morceau.find(texte)
                    classes.setdefault(classe_titre, []).append(
                        Ligne(gauche, gauche + len(texte), texte, puce=True)
                    )
                position += len(morceau) + 1
    diplomes_lus = classes.get("profil.diplomes", [])
    souhaites = [ligne for ligne in diplomes_lus if _SOUHAITE_EN_FIN.search(ligne.texte)]
    # Quelques diplômes seulement souhaités parmi d'autres : ils ont leur liste ; tous
    # souhaités, c'est l'exigence de la liste entière.
    if souhaites and len(souhaites) < len(diplomes_lus):
        classes["profil.diplomes"] = [d for d in diplomes_lus if d not in souhaites]
        textes = [_SOUHAITE_EN_FIN.sub("", ligne.texte) for ligne in souhaites]
        lecture = "section du profil, diplôme dit souhaité"
        releve.poser(
            "profil.diplomes_souhaites", textes, souhaites[0].debut, souhaites[-1].fin, lecture
        )
    for champ, lignes in classes.items():
        if not lignes:
            continue
        # Un bloc recopié (le profil écrit deux fois) ne dit pas deux fois la même chose.
        textes = list(dict.fromkeys(sans_fin(ligne.texte) for ligne in lignes))
        releve.poser(
            champ,
            textes,
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
    # Une section des missions qui ne liste rien (un paragraphe, des relations) les dit
    # pourtant : les listes des autres sections n'en sont pas.
    dites = _missions(releve, missions) or any(bloc.lignes for bloc in missions)
    if not dites:
        ailleurs = _missions(releve, postes) or _missions(releve, par_genre.get("conditions", []))
        if not ailleurs and not missions and not postes:
            # Ni section des missions ni section du poste : une description seule (le champ
            # « description » d'un export, qui ne tient que les missions et le profil), dont
            # les listes écrites avant tout titre de section sont les missions.
            _missions(releve, [b for b in blocs if b.genre is None])
    for bloc in [*postes, *missions]:
        for ligne in bloc.lignes:
            if RENVOI.match(ligne.texte):
                releve.poser(
                    "missions.renvoi",
                    ligne.texte,
                    ligne.debut,
                    ligne.fin,
                    f"section « {bloc.titre} »",
                )
            if EVOLUTION.match(ligne.texte):
                debut = ligne.debut + len(ligne.texte) - len(ligne.texte.lstrip("=>-*• "))
                texte = ligne.texte.lstrip("=>-*• ")
                lecture = f"section « {bloc.titre} », évolution du poste"
                releve.poser("poste.evolution", texte, debut, ligne.fin, lecture)
    for bloc in postes:
        _themes, tout = themes(bloc.lignes)
        reste = [
            ligne
            for ligne in tout
            if not ligne.texte.endswith(":") and not EVOLUTION.match(ligne.texte)
        ]
        if reste and not RENVOI.match(reste[0].texte):
            _poser_texte(releve, "missions.finalite", reste, f"section « {bloc.titre} »")
            break
    for bloc in par_genre.get("presentation", []):
        _poser_texte(
            releve, "employeur.presentation", list(bloc.lignes), f"section « {bloc.titre} »"
        )
    _profil(releve, par_genre.get("profil", []))
