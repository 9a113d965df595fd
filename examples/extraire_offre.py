"""Lire une offre publiée : l'offre, d'où vient chaque fait, ce qui reste incertain.

Lancement : ``python examples/extraire_offre.py`` (ou avec un fichier : le texte
d'une offre, brut, Markdown ou HTML).
"""

from __future__ import annotations

import sys
from pathlib import Path

from fpt_offres import extraire, ligne

TEXTE = """Agent polyvalent bâtiment H/F

Employeur
Mairie de Longpont-sur-Orge
Référence
o09161-201420
Date de première publication
04/01/2021
Date limite de candidature
03/03/2021
Catégorie
C
Description du poste
Sous l'autorité du responsable bâtiment, vous assurez :
- l'entretien courant des bâtiments communaux,
- les petits travaux de plomberie et d'électricité.
Permis B obligatoire. Poste ouvert aux titulaires ou aux contractuels.
Temps de travail
Temps complet
Département
Essonne (91)
Contact
rh@longpont.example
"""


def main() -> None:
    texte = Path(sys.argv[1]).read_text(encoding="utf-8") if len(sys.argv) > 1 else TEXTE
    extraction = extraire(texte)
    rangee = ligne(extraction)
    for cle in ("intitule", "employeur_nom", "employeur_type", "categories", "permis_requis"):
        print(f"{cle:24} {rangee[cle]}")
    print("\nd'où vient chaque fait :")
    for preuve in extraction.preuves:
        print(f"  {preuve.champ:36} « {preuve.texte[:40]} » ({preuve.lecture})")
    for doute in extraction.doutes:
        print(f"doute : {doute.champ} : {doute.raison}")
    print(f"{len(extraction.non_place)} portion(s) du texte non placée(s)")


if __name__ == "__main__":
    main()
