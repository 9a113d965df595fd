"""La ligne de commande ``fpt-offres`` (aussi ``python -m fpt_offres``).

Commandes : ``resume``, ``afficher``, ``valider``, ``verifier``, ``tableau``,
``jsonld``, ``schema``, ``exemples``.

Codes de sortie : 0 succès ; 1 au moins une entrée refusée (offre invalide,
fichier absent, vide, trop gros ou qui n'est pas du JSON) ou, pour ``verifier``,
au moins un diagnostic de sévérité « erreur » ; 2 mauvais usage.
Les fichiers ``.jsonl`` sont lus en flux, une offre par ligne ; ``-`` désigne
l'entrée standard.

Chaque commande est un module de :mod:`fpt_offres.cli.commandes`, inscrit dans
son registre ``COMMANDES`` ; les parties communes (analyse des arguments, lecture
des entrées, signalement des erreurs) sont dans les modules privés du paquet.
"""

from fpt_offres.cli._principal import main
from fpt_offres.cli.commandes.resume import resumer

__all__ = ["main", "resumer"]
