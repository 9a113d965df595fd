"""Les exports vers d'autres systèmes : une cible par module."""
