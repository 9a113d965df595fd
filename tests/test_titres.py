"""Les intitulés inclusifs (fpt_offres.titres) : les écrire, et reconnaître toutes leurs formes comme un seul titre."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import fpt_offres
from fpt_offres._texte import sans_accents
from fpt_offres.titres import est_meme_titre, formater_titre, normaliser_titre

FORMATS = ("point_median", "fh", "hf", "doublet", "feminin", "masculin")
SEEDS = Path(__file__).parents[1].parent / "shared" / "corpus" / "seeds"

# Un vocabulaire de titres de la FPT au masculin : noms principaux, adjectifs, compléments.
NOMS = (
    "chargé",
    "directeur",
    "contrôleur",
    "conseiller",
    "technicien",
    "agent",
    "assistant",
    "adjoint",
    "gestionnaire",
    "responsable",
    "secrétaire",
    "attaché",
    "rédacteur",
    "ingénieur",
    "chef",
    "animateur",
    "éducateur",
    "infirmier",
    "médiateur",
    "délégué",
    "coordinateur",
    "inspecteur",
    "juriste",
    "policier",
    "gardien",
    "acheteur",
    "chauffeur",
    "professeur",
    "médecin",
    "administrateur",
    "officier",
    "brigadier",
    "électricien",
    "jardinier",
    "cuisinier",
    "maître-nageur",
    "expert",
    "apprenti",
    "second",
    "sapeur-pompier",
    "aide-soignant",
)
ADJECTIFS = (
    "général",
    "principal",
    "territorial",
    "adjoint",
    "administratif",
    "culturel",
    "social",
    "spécialisé",
    "technique",
    "polyvalent",
    "financier",
    "supérieur",
    "professionnel",
    "associé",
    "médico-social",
    "éducatif",
    "sportif",
    "qualifié",
    "municipal",
    "informatique",
    "coordinateur",
    # des noms accolés sans préposition, qui ne s'accordent pas
    "voirie",
    "qualité",
    "entretien",
    "RH",
)
COMPLEMENTS = (
    "",
    " de mission",
    " des services",
    " de projet",
    " d’accueil",
    " d'accueil polyvalent",
    " du patrimoine",
    " en charge des finances",
    " auprès du maire",
    " de 1re classe",
    " à la direction générale",
    " « transition écologique »",
    " (mi-temps)",
)


@st.composite
def titres(draw: st.DrawFn) -> str:
    """Un titre au masculin : un nom, jusqu'à deux adjectifs, un complément."""
    mots = [
        draw(st.sampled_from(NOMS)),
        *draw(st.lists(st.sampled_from(ADJECTIFS), max_size=2, unique=True)),
    ]
    titre = " ".join(mots) + draw(st.sampled_from(COMPLEMENTS))
    return titre[:1].upper() + titre[1:]


class TestEcrire:
    """Les formes inclusives d'un titre au masculin."""

    @pytest.mark.parametrize(
        ("masculin", "point_median", "feminin", "doublet"),
        [
            (
                "Chargé de mission",
                "Chargé·e de mission",
                "Chargée de mission",
                "Chargé ou chargée de mission",
            ),
            (
                "Directeur général adjoint des services",
                "Directeur·rice général·e adjoint·e des services",
                "Directrice générale adjointe des services",
                "Directeur général adjoint ou directrice générale adjointe des services",
            ),
            ("Contrôleur", "Contrôleur·euse", "Contrôleuse", "Contrôleur ou contrôleuse"),
            (
                "Conseiller numérique",
                "Conseiller·ère numérique",
                "Conseillère numérique",
                "Conseiller ou conseillère numérique",
            ),
            (
                "Assistant administratif",
                "Assistant·e administratif·ve",
                "Assistante administrative",
                "Assistant administratif ou assistante administrative",
            ),
            (
                "Technicien principal",
                "Technicien·ne principal·e",
                "Technicienne principale",
                "Technicien principal ou technicienne principale",
            ),
            (
                "Agent culturel",
                "Agent·e culturel·le",
                "Agente culturelle",
                "Agent culturel ou agente culturelle",
            ),
            (
                "Secrétaire général",
                "Secrétaire général·e",
                "Secrétaire générale",
                "Secrétaire général ou secrétaire générale",
            ),
            (
                "Responsable du service État civil",
                "Responsable du service État civil",
                "Responsable du service État civil",
                "Responsable du service État civil",
            ),
            ("Chef de projet", "Chef·fe de projet", "Cheffe de projet", "Chef ou cheffe de projet"),
            (
                "Ingénieur territorial",
                "Ingénieur·e territorial·e",
                "Ingénieure territoriale",
                "Ingénieur territorial ou ingénieure territoriale",
            ),
            (
                "Acheteur public",
                "Acheteur·euse public·que",
                "Acheteuse publique",
                "Acheteur public ou acheteuse publique",
            ),
            (
                "Sapeur-pompier professionnel",
                "Sapeur·euse-pompier·ère professionnel·le",
                "Sapeuse-pompière professionnelle",
                "Sapeur-pompier professionnel ou sapeuse-pompière professionnelle",
            ),
            (
                "Technicien voirie",
                "Technicien·ne voirie",
                "Technicienne voirie",
                "Technicien ou technicienne voirie",
            ),
            (
                "Agent d’accueil polyvalent",
                "Agent·e d’accueil polyvalent",
                "Agente d’accueil polyvalent",
                "Agent ou agente d’accueil polyvalent",
            ),
            (
                "Un chargé de mission",
                "Un·e chargé·e de mission",
                "Une chargée de mission",
                "Un chargé ou une chargée de mission",
            ),
            (
                "CHARGÉ DE MISSION",
                "CHARGÉ·E DE MISSION",
                "CHARGÉE DE MISSION",
                "CHARGÉ OU CHARGÉE DE MISSION",
            ),
            ("Gestionnaire RH", "Gestionnaire RH", "Gestionnaire RH", "Gestionnaire RH"),
        ],
    )
    def test_exemples(self, masculin: str, point_median: str, feminin: str, doublet: str) -> None:
        """Le point médian, le féminin et le doublet, suffixe par suffixe."""
        assert formater_titre(masculin) == point_median
        assert formater_titre(masculin, "feminin") == feminin
        assert formater_titre(masculin, "doublet") == doublet
        assert formater_titre(masculin, "masculin") == masculin

    def test_mentions(self) -> None:
        """Les mentions « (F/H) » et « (H/F) »."""
        assert formater_titre("Chargé de mission", "fh") == "Chargé de mission (F/H)"
        assert formater_titre("Chargé de mission", "hf") == "Chargé de mission (H/F)"

    def test_depuis_une_forme_inclusive(self) -> None:
        """Un titre féminin ou déjà inclusif est d'abord ramené au masculin."""
        assert (
            formater_titre("Chargée de mission – F/H", "doublet") == "Chargé ou chargée de mission"
        )
        assert formater_titre("Directeur·rice des services") == "Directeur·rice des services"

    def test_format_inconnu(self) -> None:
        """Un format inconnu lève une ValueError qui nomme les formats connus."""
        with pytest.raises(ValueError, match="« point_median », « fh »"):
            formater_titre("Chargé de mission", "inclusif")  # type: ignore[arg-type]


class TestReconnaitre:
    """Toutes les formes d'un titre désignent le même titre."""

    @pytest.mark.parametrize(
        "forme",
        [
            "Chargé de mission",
            "Chargée de mission",
            "Chargé·e de mission",
            "Chargé•e de mission",
            "Chargé.e de mission",
            "Chargé-e de mission",
            "Chargé/e de mission",
            "Chargé(e) de mission",
            "Chargé de mission (F/H)",
            "Chargé de mission (H/F)",
            "Chargé de mission F/H",
            "Chargé de mission H/F",
            "Chargé de mission - F/H",
            "Chargé de mission – h/f",
            "Chargé ou chargée de mission",
            "Chargée ou chargé de mission",
            "Chargé/chargée de mission",
            "CHARGÉ·E DE MISSION",
            "CHARGEE DE MISSION",
            "chargé de mission",
            "Un·e chargé·e de mission",
        ],
    )
    def test_formes_de_charge_de_mission(self, forme: str) -> None:
        """Féminin, point médian et variantes, parenthèses, F/H, H/F, doublet, capitales."""
        assert est_meme_titre(forme, "Chargé de mission")

    @pytest.mark.parametrize(
        ("forme", "masculin"),
        [
            (
                "Directrice générale adjointe des services – F/H",
                "Directeur général adjoint des services",
            ),
            ("Directeur·trice des services", "Directeur des services"),
            ("Directeur(trice) des services", "Directeur des services"),
            ("Technicien(ne) territorial(e)", "Technicien territorial"),
            ("Conseillère ou conseiller numérique", "Conseiller numérique"),
            ("Directrice / Directeur des services", "Directeur des services"),
            ("Agent·e·s d’accueil", "Agent d’accueil"),
            ("Cheffe de projet", "Chef de projet"),
            ("Ingénieure principale", "Ingénieur principal"),
            ("Maîtresse-nageuse sauveteuse", "Maître-nageur sauveteur"),
            (
                "Chargé·e de mission affaires institutionnelles H/F (mi-temps)",
                "Chargé de mission affaires institutionnelles (mi-temps)",
            ),
            ("Directeur du CCAS de Bourg-la-Reine", "Directeur du CCAS de Bourg-la-Reine"),
        ],
    )
    def test_normaliser(self, forme: str, masculin: str) -> None:
        """La forme normale est le masculin, sans mention ni marque."""
        assert normaliser_titre(forme) == masculin

    @pytest.mark.parametrize(
        ("premier", "second"),
        [
            ("Chargé de mission", "Chargé de projet"),
            ("Technicien", "Technique"),
            ("Directeur des services", "Directeur général des services"),
            ("Responsable", "Responsable administratif"),
            ("Attaché", "Attaché principal"),
        ],
    )
    def test_titres_differents(self, premier: str, second: str) -> None:
        """Deux titres différents ne se confondent pas."""
        assert not est_meme_titre(premier, second)

    @pytest.mark.parametrize(
        ("nom", "titre_du_texte"),
        [
            (
                "01-marne-secretaire-general",
                "SON SECRÉTAIRE GÉNÉRAL AUPRÈS DE LA DIRECTRICE GÉNÉRALE DES SERVICES – F/H",
            ),
            (
                "02-haute-marne-maisons-departementales",
                "le/la responsable du projet « maisons départementales »",
            ),
            ("03-poum-secretaire-general", "Secrétaire général"),
            (
                "05-seine-saint-denis-affaires-institutionnelles",
                "UN·E CHARGÉ·E DE MISSION AFFAIRES INSTITUTIONNELLES H/F ( MI-TEMPS )",
            ),
        ],
    )
    def test_titres_des_offres_sources(self, nom: str, titre_du_texte: str) -> None:
        """Le titre tel que le texte source l'écrit est celui de l'offre d'exemple."""
        chemin = SEEDS / f"{nom}.txt"
        if not chemin.exists():
            pytest.skip(f"texte source absent : {chemin}")
        texte = re.sub(r"\s+", " ", chemin.read_text(encoding="utf-8"))
        assert titre_du_texte in texte
        intitule = fpt_offres.exemples()[int(nom[:2]) - 1].intitule
        assert est_meme_titre(titre_du_texte, intitule)


class TestProprietes:
    """Sur des titres composés de noms, d'adjectifs et de compléments de la FPT."""

    @given(titres(), st.sampled_from(FORMATS))
    def test_aller_retour(self, titre: str, format: str) -> None:
        """Chaque forme écrite se ramène au titre masculin."""
        assert normaliser_titre(formater_titre(titre, format)) == titre  # type: ignore[arg-type]

    @given(titres(), st.sampled_from(FORMATS), st.sampled_from(FORMATS))
    def test_formes_equivalentes(self, titre: str, premier: str, second: str) -> None:
        """Deux formes du même titre sont le même titre, en capitales, avec ou sans accents."""
        forme = formater_titre(titre, premier)  # type: ignore[arg-type]
        autre = formater_titre(titre, second)  # type: ignore[arg-type]
        assert est_meme_titre(forme, autre)
        assert est_meme_titre(forme.upper(), autre)
        assert est_meme_titre(sans_accents(forme).upper(), autre)

    @given(titres(), st.sampled_from(FORMATS))
    def test_depuis_le_feminin(self, titre: str, format: str) -> None:
        """Écrire une forme depuis le féminin donne la même chose que depuis le masculin."""
        feminin = formater_titre(titre, "feminin")
        assert formater_titre(feminin, format) == formater_titre(titre, format)  # type: ignore[arg-type]

    @given(titres(), titres())
    def test_titres_distincts(self, premier: str, second: str) -> None:
        """Deux titres masculins différents ne sont pas le même titre."""
        assert est_meme_titre(premier, second) is (premier.casefold() == second.casefold())

    @given(titres())
    def test_complement_intact(self, titre: str) -> None:
        """Le complément d'un titre ne change dans aucune forme."""
        for complement in COMPLEMENTS[1:]:
            if titre.endswith(complement):
                for format in FORMATS:
                    assert complement in formater_titre(titre, format)  # type: ignore[arg-type]
