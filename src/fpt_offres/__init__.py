"""fpt_offres : le modèle typé et validé des offres d'emploi de la fonction publique.

>>> import fpt_offres
>>> offre = fpt_offres.exemples()[2]
>>> offre.employeur.nom, offre.statut.corps[0].libelle
('Commune de POUM', 'Attaché')
"""

from importlib.metadata import PackageNotFoundError, version

from fpt_offres import nomenclature
from fpt_offres._exemples import exemples
from fpt_offres.convert import VERSION_FORMAT, depuis_dict, depuis_json, vers_dict, vers_json
from fpt_offres.erreurs import (
    ErreurFptOffres,
    NomenclatureInconnue,
    OffreInvalide,
    Probleme,
    ValeurInvalide,
)
from fpt_offres.exports.ligne import COLONNES, ligne
from fpt_offres.modele import *  # noqa: F403  (la façade réexporte tout le modèle)
from fpt_offres.modele import __all__ as _modele

try:
    __version__ = version("fpt-offres")
except PackageNotFoundError:  # pragma: no cover  (paquet non installé)
    __version__ = "0+inconnue"

__all__ = sorted(  # noqa: PLE0605  (liste calculée : le modèle et la façade)
    [
        *_modele,
        "COLONNES",
        "VERSION_FORMAT",
        "ErreurFptOffres",
        "NomenclatureInconnue",
        "OffreInvalide",
        "Probleme",
        "ValeurInvalide",
        "__version__",
        "depuis_dict",
        "depuis_json",
        "exemples",
        "ligne",
        "nomenclature",
        "vers_dict",
        "vers_json",
    ]
)
