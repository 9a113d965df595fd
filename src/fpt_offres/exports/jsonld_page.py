"""Le JSON-LD d'une offre dans une page web : la balise ``<script>`` sûre, et ce qui manque.

Le contenu d'un élément ``<script>`` n'est pas du HTML échappé : le navigateur le
lit tel quel jusqu'au premier ``</script`` et y interprète ``<!--``. Un titre qui
contient ``</script><script>…`` fermerait donc la balise et exécuterait la suite.
:func:`balise_jsonld` écrit le JSON avec ``<``, ``>`` et ``&`` en séquences
``\\u003c``, ``\\u003e``, ``\\u0026`` (le même texte pour tout lecteur JSON), et
U+2028 et U+2029, que certains lecteurs JavaScript prennent pour des fins de
ligne, en ``\\u2028`` et ``\\u2029``.

>>> from fpt_offres import exemples
>>> balise = balise_jsonld(exemples()[2])
>>> balise[:60]
'<script type="application/ld+json">{"@context":"https://sche'
>>> balise.endswith("</script>")
True
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

from fpt_offres.exports.jsonld import jsonld
from fpt_offres.modele import Offre

__all__ = ["EXIGEES_GOOGLE", "RECOMMANDEES_GOOGLE", "balise_jsonld", "proprietes_manquantes"]

EXIGEES_GOOGLE = ("title", "description", "datePosted", "hiringOrganization", "jobLocation")
"""Les propriétés qu'exige Google (« Job posting structured data ») pour une offre.

``jobLocation`` peut être remplacée, pour un poste entièrement à distance, par
``applicantLocationRequirements`` avec ``jobLocationType`` ``TELECOMMUTE``.
"""

RECOMMANDEES_GOOGLE = (
    "validThrough",
    "employmentType",
    "baseSalary",
    "identifier",
    "directApply",
)
"""Les propriétés que Google recommande, dans l'ordre de sa documentation."""

# Seuls des textes JSON contiennent ces caractères : les remplacer par leur séquence
# \uXXXX donne le même document à tout lecteur JSON, et rien que le HTML lise.
_ECHAPPEMENTS = str.maketrans(
    {
        "<": "\\u003c",
        ">": "\\u003e",
        "&": "\\u0026",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
    }
)


def json_pour_script(document: Mapping[str, Any]) -> str:
    """Le JSON compact de ``document``, sans rien qui puisse fermer un ``<script>``.

    >>> json_pour_script({"title": "Agent </script> & co"})
    '{"title":"Agent \\\\u003c/script\\\\u003e \\\\u0026 co"}'
    """
    texte = json.dumps(document, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return texte.translate(_ECHAPPEMENTS)


def balise_jsonld(
    offre: Offre | Mapping[str, Any], *, date_publication: datetime.date | None = None
) -> str:
    """L'élément ``<script type="application/ld+json">`` de l'offre, sûr à insérer dans une page.

    Args:
        offre: l'offre, ou un document JSON-LD déjà écrit par :func:`fpt_offres.jsonld`
            (et complété par le site, par exemple).
        date_publication: pour une offre, la date de mise en ligne à défaut de la
            sienne (voir :func:`fpt_offres.jsonld`) ; sans effet sur un document.

    >>> from fpt_offres import Employeur, Offre, TypeEmployeur
    >>> offre = Offre(
    ...     intitule="Agent </script><script>alert(1)</script> (F/H)",
    ...     employeur=Employeur(nom="Commune de Poum", type=TypeEmployeur.COMMUNE),
    ... )
    >>> "</script><script>" in balise_jsonld(offre)
    False
    """
    if isinstance(offre, Offre):
        offre = jsonld(offre, date_publication=date_publication)
    return f'<script type="application/ld+json">{json_pour_script(offre)}</script>'


def proprietes_manquantes(
    document: Mapping[str, Any], *, recommandees: bool = False
) -> tuple[str, ...]:
    """Les propriétés exigées par Google (et recommandées, si ``recommandees``) absentes du document.

    :func:`fpt_offres.jsonld` n'invente rien : ce que l'offre ne dit pas manque, et
    cette fonction le dit, pour que le site le complète ou s'abstienne de publier.

    >>> from fpt_offres import exemples, jsonld
    >>> proprietes_manquantes(jsonld(exemples()[0]))
    ('datePosted',)
    >>> proprietes_manquantes(jsonld(exemples()[2]), recommandees=True)
    ('baseSalary',)
    >>> import attrs
    >>> from fpt_offres import Employeur
    >>> proprietes_manquantes(jsonld(attrs.evolve(exemples()[2], employeur=Employeur())))
    ('hiringOrganization.name',)
    """
    noms = EXIGEES_GOOGLE + (RECOMMANDEES_GOOGLE if recommandees else ())
    a_distance = document.get("jobLocationType") == "TELECOMMUTE" and (
        "applicantLocationRequirements" in document
    )
    manquantes = [
        nom for nom in noms if nom not in document and not (nom == "jobLocation" and a_distance)
    ]
    # Un employeur que l'offre ne nomme pas donne une organisation sans nom : Google l'exige.
    organisation = document.get("hiringOrganization")
    if isinstance(organisation, Mapping) and "name" not in organisation:
        manquantes.insert(noms.index("hiringOrganization"), "hiringOrganization.name")
    return tuple(manquantes)
