"""Le profil et les missions d'une offre en JSON-LD : diplôme, expérience, responsabilités et
métier de référence, dans les propriétés que Google lit (bêta « education and experience »).
"""

from __future__ import annotations

from fpt_offres import nomenclature
from fpt_offres.exports._jsonld_lieux import Noeud
from fpt_offres.modele import Exigence, Metier, NiveauDiplome, Offre

_EXIGENCES = {Exigence.EXIGEE: "exigé", Exigence.SOUHAITEE: "souhaité"}


def metier_de_reference(metier: Metier | None) -> str | None:
    """Le métier de référence, avec son code de répertoire quand l'offre le donne."""
    if metier is None:
        return None
    morceaux = [m for m in (metier.libelle, metier.code) if m is not None]
    if len(morceaux) == 2:
        return f"{morceaux[0]} ({morceaux[1]})"
    return morceaux[0] if morceaux else None


# Niveaux du cadre national des certifications → catégories de Google (bêta « education
# and experience ») ; les niveaux 1 et 2 n'attestent aucun diplôme.
_CATEGORIES_DIPLOME = {
    NiveauDiplome.NIVEAU_3: "professional certificate",
    NiveauDiplome.NIVEAU_4: "high school",
    NiveauDiplome.NIVEAU_5: "associate degree",
    NiveauDiplome.NIVEAU_6: "bachelor degree",
    NiveauDiplome.NIVEAU_7: "postgraduate degree",
    NiveauDiplome.NIVEAU_8: "postgraduate degree",
}


def diplome_requis(offre: Offre) -> Noeud | None:
    profil = offre.profil
    if profil.niveau_diplome is None or profil.exigence_diplome is Exigence.SOUHAITEE:
        return None
    niveau = next(d for d in nomenclature.niveaux_diplome() if d.niveau is profil.niveau_diplome)
    return {
        "@type": "EducationalOccupationalCredential",
        "credentialCategory": _CATEGORIES_DIPLOME.get(profil.niveau_diplome),
        "educationalLevel": niveau.libelle,
    }


def diplomes_texte(offre: Offre, *, niveau: bool) -> str | None:
    """Les diplômes cités (précédés du niveau si ``niveau``), « (souhaité) » quand ils le sont."""
    profil = offre.profil
    morceaux = []
    if niveau and profil.niveau_diplome is not None:
        description = next(
            d for d in nomenclature.niveaux_diplome() if d.niveau is profil.niveau_diplome
        )
        morceaux.append(description.libelle)
    morceaux += profil.diplomes
    texte = " ; ".join(morceaux)
    if texte and profil.exigence_diplome is Exigence.SOUHAITEE:
        texte += " (souhaité)"
    souhaites = [f"{diplome} (souhaité)" for diplome in profil.diplomes_souhaites]
    return " ; ".join(t for t in (texte, *souhaites) if t) or None


def _experience_texte(offre: Offre) -> str | None:
    experience = offre.profil.experience
    if experience is None:
        return None
    morceaux = []
    if experience.annees_min is not None:
        morceaux.append(
            f"{experience.annees_min} an{'s' if experience.annees_min > 1 else ''} minimum"
        )
    if experience.domaine is not None:
        morceaux.append(experience.domaine)
    if experience.debutant_accepte:
        morceaux.append("débutant accepté")
    texte = ", ".join(morceaux)
    if experience.exigence is not None:
        texte = f"expérience {_EXIGENCES[experience.exigence]}e" + (f" : {texte}" if texte else "")
    return texte[:1].upper() + texte[1:] if texte else None


def experience_requise(offre: Offre) -> Noeud | str | None:
    experience = offre.profil.experience
    if experience is None:
        return None
    if experience.annees_min is not None and experience.exigence is not Exigence.SOUHAITEE:
        return {
            "@type": "OccupationalExperienceRequirements",
            "monthsOfExperience": 12 * experience.annees_min,
            "description": _experience_texte(offre),
        }
    return _experience_texte(offre)


def responsabilites(offre: Offre) -> str | None:
    missions = offre.missions
    lignes = [missions.finalite] if missions.finalite else []
    for theme in missions.themes:
        if theme.intitule:
            lignes.append(f"{theme.intitule} :")
        lignes += [f"- {a.texte}" for a in theme.activites]
    return "\n".join(lignes) or None
