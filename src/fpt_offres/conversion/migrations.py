"""Les versions du format JSON des offres, et le passage d'une version à la suivante.

Un document porte sa version (clé ``"version"``) ; :data:`VERSION_FORMAT` est celle
qu'écrit :func:`~fpt_offres.vers_dict`. Un document d'une version antérieure est
lu après :func:`migrer`, qui le met au format courant étape par étape, sans rien
perdre ni rien ajouter : l'offre lue a les mêmes faits.

Version 2 (par rapport à la 1) :

- ``poste.metier`` devient un objet (libellé, code, répertoire, famille, domaine) :
  le texte de la version 1 en devient le libellé ;
- des champs nouveaux, tous facultatifs (un document de version 1 n'en a aucun) ;
- ``employeur.nom`` et ``employeur.type`` deviennent facultatifs.

>>> migrer({"version": 1, "intitule": "Agent", "poste": {"metier": "Jardinier"}})
{'version': 2, 'intitule': 'Agent', 'poste': {'metier': {'libelle': 'Jardinier'}}}
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fpt_offres.conversion._crochets import citer
from fpt_offres.erreurs import Probleme

__all__ = ["VERSIONS_LUES", "VERSION_FORMAT", "en_cours", "migrer", "probleme_de_version"]

VERSION_FORMAT = 2
"""La version du format JSON écrit par :func:`~fpt_offres.vers_dict` (clé ``"version"``)."""

VERSIONS_LUES = (1, 2)
"""Les versions que :func:`~fpt_offres.depuis_dict` lit ; les anciennes passent par :func:`migrer`."""


def _de_1_a_2(donnees: dict[str, Any]) -> dict[str, Any]:
    poste = donnees.get("poste")
    if isinstance(poste, dict) and isinstance(poste.get("metier"), str):
        # Un autre type reste tel quel : la lecture le refusera, au même chemin.
        donnees = {**donnees, "poste": {**poste, "metier": {"libelle": poste["metier"]}}}
    return donnees


_ETAPES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _de_1_a_2}
"""Pour chaque version, la fonction qui en fait la suivante."""


def migrer(donnees: dict[str, Any]) -> dict[str, Any]:
    """Le document ``donnees`` (un dict de forme JSON) au format de la version courante.

    Sans clé ``"version"``, le document est pris pour la version courante. Le
    dict reçu n'est pas modifié. Pour passer des offres enregistrées à la version
    courante, sans les lire dans le modèle : ``json.dumps(migrer(json.loads(texte)))``.

    Raises:
        OffreInvalide: version inconnue ou plus récente que celle de fpt_offres.
    """
    from fpt_offres.erreurs import OffreInvalide  # noqa: PLC0415  (garde le module léger)

    version = donnees.get("version", VERSION_FORMAT)
    probleme = probleme_de_version(version)
    if probleme is not None:
        raise OffreInvalide([probleme])
    migre = en_cours(version, donnees)
    return {**migre, "version": VERSION_FORMAT} if "version" in donnees else migre


def probleme_de_version(version: object) -> Probleme | None:
    """Le problème d'une version que fpt_offres ne lit pas, ou ``None`` pour une version lue."""
    if type(version) is int and version in VERSIONS_LUES:
        return None
    if type(version) is int and version > VERSION_FORMAT:
        raison = (
            f"version de format {citer(version)} écrite par une version plus récente de "
            f"fpt_offres ; celle-ci lit les versions {VERSIONS_LUES[0]} à {VERSION_FORMAT} : "
            "mettre fpt_offres à jour"
        )
    else:
        raison = (
            f"version de format {citer(version)} inconnue : les versions lues sont "
            f"{VERSIONS_LUES[0]} à {VERSION_FORMAT}"
        )
    return Probleme("version", raison, "version-format")


def en_cours(version: int, donnees: dict[str, Any]) -> dict[str, Any]:
    """``donnees`` (sans sa clé ``"version"``, déjà vérifiée) porté de ``version`` à la courante."""
    while version != VERSION_FORMAT:
        donnees = _ETAPES[version](donnees)
        version += 1
    return donnees
