"""La nomenclature statutaire fournie avec le paquet, et des recherches qui pardonnent.

Les données (filières, cadres d'emplois, grades, bases légales des contrats,
départements, permis, niveaux de diplôme, emplois fonctionnels) sont des
fichiers de ``donnees/``, lus une seule fois au premier usage ; chaque entrée
porte sa source. ``donnees/SOURCES.md`` dit d'où vient chaque fichier et ce qui
a été laissé de côté faute de source.

Les recherches acceptent ce que les gens écrivent : casse, accents, pluriels,
écriture inclusive, abréviations.

>>> grade("Attaché·e principal·e").cadre_emplois.libelle
'attachés territoriaux'
>>> cadre_emplois("Attachés territoriaux").categorie
<Categorie.A: 'A'>
>>> categorie("cat. A+")
<Categorie.A_PLUS: 'A+'>
>>> str(base_legale("article 3-3 2° de la loi n° 84-53"))
'L332-8 2°'
>>> grade("Rédacteur principal de 1ère classe").code
'redacteur-principal-de-1re-classe'
>>> grade("attachée princpale")
Traceback (most recent call last):
...
fpt_offres.erreurs.NomenclatureInconnue: grade inconnu dans la nomenclature : 'attachée princpale' ; entrées les plus proches : 'attaché principal'...
"""

from __future__ import annotations

from fpt_offres.nomenclature._bases_legales import (
    base_legale,
    bases_legales,
    bases_legales_par_code,
)
from fpt_offres.nomenclature._collectivites import (
    Departement,
    EmploiFonctionnelDecrit,
    departement,
    departements,
    emplois_fonctionnels,
)
from fpt_offres.nomenclature._profil import (
    DescriptionNiveau,
    DescriptionPermis,
    niveau_diplome,
    niveaux_diplome,
    permis,
    permis_de_conduire,
)
from fpt_offres.nomenclature._statut import (
    DescriptionFiliere,
    cadre_emplois,
    cadres_emplois,
    cadres_emplois_par_code,
    categorie,
    filiere,
    filieres,
    grade,
    grades,
    grades_par_code,
)

__all__ = [
    "Departement",
    "DescriptionFiliere",
    "DescriptionNiveau",
    "DescriptionPermis",
    "EmploiFonctionnelDecrit",
    "base_legale",
    "bases_legales",
    "bases_legales_par_code",
    "cadre_emplois",
    "cadres_emplois",
    "cadres_emplois_par_code",
    "categorie",
    "departement",
    "departements",
    "emplois_fonctionnels",
    "filiere",
    "filieres",
    "grade",
    "grades",
    "grades_par_code",
    "niveau_diplome",
    "niveaux_diplome",
    "permis",
    "permis_de_conduire",
]

# Les classes se présentent sous le nom public du paquet (traces, documentation, pickle).
for _classe in (
    Departement,
    DescriptionFiliere,
    DescriptionNiveau,
    DescriptionPermis,
    EmploiFonctionnelDecrit,
):
    _classe.__module__ = __name__
