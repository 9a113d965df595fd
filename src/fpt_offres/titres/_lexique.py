"""Le lexique de l'accord des intitulés : terminaisons régulières, formes irrégulières, mots
invariables, déterminants et compléments qui bornent le groupe du nom.

Sources : celles de :mod:`fpt_offres.titres` (HCE 2015 et 2022, CNRS-INaLF 1999, Académie
française 2019).
"""

from __future__ import annotations

POINT_MEDIAN = "·"

# Les terminaisons régulières : masculin, féminin, ce qui suit le point médian, et si la
# terminaison est aussi celle d'un adjectif (elle s'accorde alors après le nom principal).
REGLES: tuple[tuple[str, str, str, bool], ...] = (
    ("teur", "trice", "rice", True),  # directeur·rice, médecin coordinateur·rice
    ("eur", "euse", "euse", True),  # contrôleur·euse, agent recenseur·euse
    ("ien", "ienne", "ne", True),  # technicien·ne
    ("eux", "euse", "se", True),
    ("el", "elle", "le", True),  # culturel·le
    ("er", "ère", "ère", True),  # conseiller·ère, financier·ère
    ("if", "ive", "ve", True),  # administratif·ve
    ("al", "ale", "e", True),  # général·e
    ("é", "ée", "e", True),  # chargé·e
    ("ant", "ante", "e", True),  # assistant·e, polyvalent·e
    ("ent", "ente", "e", True),
    ("int", "inte", "e", True),  # adjoint·e
    ("ert", "erte", "e", False),  # expert·e
    ("ond", "onde", "e", False),  # second·e
    ("on", "onne", "ne", False),  # maçon·ne
    ("et", "ette", "te", False),  # cadet·te
    ("ain", "aine", "e", False),
    ("in", "ine", "e", False),
)
# Du plus long au plus court féminin, pour ramener un féminin à son masculin.
REGLES_PAR_FEMININ = tuple(sorted(REGLES, key=lambda regle: -len(regle[1])))

# Formes irrégulières : masculin → (féminin, ce qui suit le point médian).
IRREGULIERS: dict[str, tuple[str, str]] = {
    "un": ("une", "e"),
    "le": ("la", "la"),
    "son": ("sa", "sa"),
    "futur": ("future", "e"),
    "nouveau": ("nouvelle", "elle"),
    "public": ("publique", "que"),
    "chef": ("cheffe", "fe"),
    # -u et -i : rares dans les titres, et confondus avec « -ué », « -ié » écrits sans accent.
    "élu": ("élue", "e"),
    "apprenti": ("apprentie", "e"),
    "maître": ("maîtresse", "sse"),
    "contremaître": ("contremaîtresse", "sse"),
    # -eur devenu -eure (Académie française, 2019).
    "ingénieur": ("ingénieure", "e"),
    "professeur": ("professeure", "e"),
    "docteur": ("docteure", "e"),
    "procureur": ("procureure", "e"),
    "assesseur": ("assesseure", "e"),
    "supérieur": ("supérieure", "e"),
    "inférieur": ("inférieure", "e"),
    "extérieur": ("extérieure", "e"),
    "intérieur": ("intérieure", "e"),
    "majeur": ("majeure", "e"),
    "mineur": ("mineure", "e"),
    "meilleur": ("meilleure", "e"),
    # -teur d'un verbe en -ter : -teuse (acheter, porter, monter…).
    "acheteur": ("acheteuse", "euse"),
    "porteur": ("porteuse", "euse"),
    "transporteur": ("transporteuse", "euse"),
    "rapporteur": ("rapporteuse", "euse"),
    "visiteur": ("visiteuse", "euse"),
    "monteur": ("monteuse", "euse"),
    "ajusteur": ("ajusteuse", "euse"),
    "chanteur": ("chanteuse", "euse"),
    "metteur": ("metteuse", "euse"),
    "sauveteur": ("sauveteuse", "euse"),
    "auteur": ("autrice", "rice"),
    "ambassadeur": ("ambassadrice", "rice"),
}
FEMININS_IRREGULIERS = {feminin: masculin for masculin, (feminin, _) in IRREGULIERS.items()}

# Noms épicènes ou noms accolés sans préposition dont la terminaison ressemble à
# celle d'un adjectif : ils ne s'accordent pas.
INVARIABLES = frozenset(
    {
        "médecin",
        "manager",
        "leader",
        "designer",
        "témoin",
        # noms accolés (« Agent courrier », « Technicien entretien », « Chargé qualité »)
        "courrier",
        "chantier",
        "atelier",
        "dossier",
        "fichier",
        "quartier",
        "foyer",
        "métier",
        "papier",
        "calendrier",
        "entretien",
        "soutien",
        "maintien",
        "lien",
        "secteur",
        "vecteur",
        "moteur",
        "compteur",
        "capteur",
        "personnel",
        "journal",
        "dispositif",
        "objectif",
        "effectif",
        "tarif",
        "motif",
        "talent",
        "marché",
        "comité",
        "congé",
        "santé",
        "propreté",
        "sûreté",
        "société",
        "musée",
        "lycée",
        "filière",
        "carrière",
        "matière",
    }
)
DETERMINANTS = frozenset({"un", "une", "le", "la", "son", "sa", "futur", "future"})
COMPLEMENTS = frozenset(
    {
        "de",
        "des",
        "du",
        "d",
        "l",
        "en",
        "auprès",
        "aupres",
        "à",
        "a",
        "au",
        "aux",
        "pour",
        "sur",
        "chez",
        "dans",
        "avec",
        "par",
        "ou",
    }
)
