"""Les commandes de ``fpt-offres``, une par module.

Ajouter une commande : écrire son module (une constante ``COMMANDE`` de type
:class:`~fpt_offres.cli._commande.Commande`) et l'inscrire dans ``COMMANDES``,
dans l'ordre où l'aide la montre.
"""

from fpt_offres.cli.commandes import (
    afficher,
    exemples,
    extraire,
    jsonld,
    resume,
    schema,
    tableau,
    valider,
    verifier,
)

__all__ = ["COMMANDES"]

COMMANDES = (
    resume.COMMANDE,
    valider.COMMANDE,
    tableau.COMMANDE,
    verifier.COMMANDE,
    afficher.COMMANDE,
    extraire.COMMANDE,
    jsonld.COMMANDE,
    schema.COMMANDE,
    exemples.COMMANDE,
)
