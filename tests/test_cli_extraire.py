"""``fpt-offres extraire`` : un texte, ou des milliers lus en flux, avec refus, barre et bilan.

La mémoire se mesure comme pour les autres commandes de lots (``test_cli_flux``) : le pic
des allocations Python (tracemalloc) à n et 4n textes, sans aucune durée.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

import fpt_offres
from fpt_offres import cli
from fpt_offres.cli.commandes import extraire as commande_extraire
from fpt_offres.extraction import extraire

TEXTE = (
    "Agent d'accueil (F/H)\nEmployeur : Mairie de Poum\nCatégorie : C\n"
    "Date limite de candidature : 30/04/2026\nUne phrase sans champ.\n"
)
N = 25
RAPPORT_MAX = 2.5  # garder les extractions en liste donne plus de 3 (témoin ci-dessous)


def _lancer(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = cli.main(list(arguments))
    sortie = capsys.readouterr()
    return code, sortie.out, sortie.err


def _textes(nombre: int) -> list[str]:
    """Des textes distincts, de la taille d'une petite offre."""
    return [
        f"Agent {rang} (F/H)\nEmployeur : Mairie de Poum\nCatégorie : C\n"
        f"Date limite de candidature : {1 + rang % 28:02d}/04/2026\n"
        f"Missions :\n- Accueillir le public\n- Tenir le guichet {rang}\n"
        f"Candidatures à drh{rang}@poum.fr\n"
        for rang in range(nombre)
    ]


def _jsonl(chemin: Path, nombre: int) -> Path:
    lignes = (json.dumps({"texte": t}, ensure_ascii=False) for t in _textes(nombre))
    chemin.write_text("\n".join(lignes) + "\n", encoding="utf-8")
    return chemin


def _dossier(chemin: Path, nombre: int) -> Path:
    chemin.mkdir()
    for rang, texte in enumerate(_textes(nombre)):
        (chemin / f"offre-{rang:04d}.txt").write_text(texte, encoding="utf-8")
    return chemin


class TestUnTexte:
    def test_un_texte_donne_l_offre_en_json(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        fichier = tmp_path / "offre.txt"
        fichier.write_text(TEXTE, encoding="utf-8")
        code, sortie, _ = _lancer(capsys, "extraire", str(fichier))
        assert code == 0
        offre = fpt_offres.depuis_json(sortie)
        assert offre.employeur.nom == "Mairie de Poum"
        assert fpt_offres.ligne(offre)["date_limite_candidature"] == "2026-04-30"

    def test_les_preuves_disent_d_ou_vient_chaque_champ(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        fichier = tmp_path / "offre.txt"
        fichier.write_text(TEXTE, encoding="utf-8")
        code, sortie, _ = _lancer(capsys, "extraire", str(fichier), "--format", "preuves")
        assert code == 0
        assert "statut.categories" in sortie
        assert "champ « Catégorie »" in sortie
        assert "« Une phrase sans champ. »" in sortie.split("non placé :")[1]

    def test_l_annonce_en_texte(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        fichier = tmp_path / "offre.txt"
        fichier.write_text(TEXTE, encoding="utf-8")
        code, sortie, _ = _lancer(capsys, "extraire", str(fichier), "--format", "texte")
        assert code == 0
        assert sortie.startswith("Agent d’accueil (F/H)")

    @pytest.mark.parametrize(
        ("contenu", "raison"),
        [
            (None, "lecture impossible : fichier ou dossier introuvable [fichier]"),
            (b"\xe9t\xe9", "octets qui ne sont pas de l'UTF-8 (position 0)"),
            (b" \n\t", "texte vide : aucune offre à lire [vide]"),
            (b"x" * 1_000_001, "texte trop gros : plus de 1 000 000 octets"),
        ],
    )
    def test_un_texte_refuse_en_une_ligne(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        contenu: bytes | None,
        raison: str,
    ) -> None:
        """Absent, pas en UTF-8, vide ou démesuré : une ligne en français, code 1, rien sur stdout."""
        fichier = tmp_path / "offre.txt"
        if contenu is not None:
            fichier.write_bytes(contenu)
        code, sortie, erreurs = _lancer(capsys, "extraire", str(fichier))
        assert (code, sortie) == (1, "")
        assert erreurs.startswith(f"{fichier}: (racine): ")
        assert raison in erreurs
        assert len(erreurs.splitlines()) == 1


class TestLot:
    def test_jsonl_une_offre_par_ligne_et_un_bilan(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        fichier = tmp_path / "textes.jsonl"
        lignes = [json.dumps({"texte": TEXTE}), "pas du json", "", json.dumps({"texte": "X"})]
        fichier.write_text("\n".join(lignes) + "\n", encoding="utf-8")
        code, sortie, erreurs = _lancer(capsys, "extraire", "--jsonl", str(fichier))
        assert code == 1
        offres = [fpt_offres.depuis_json(ligne) for ligne in sortie.splitlines()]
        assert [o.intitule for o in offres] == ["Agent d'accueil (F/H)", "X"]
        champs = len({p.champ for p in extraire(TEXTE).preuves}) + 1  # « X » : l'intitulé seul
        moyenne = f"{champs / 2:.1f}".replace(".", ",").removesuffix(",0")
        assert erreurs.splitlines() == [
            f"{fichier}:2: (racine): JSON illisible ligne 2, colonne 1 : valeur attendue [json]",
            f"2 textes lus, 1 en échec ; {moyenne} champs lus par offre en moyenne",
        ]

    @pytest.mark.parametrize(
        ("ligne", "problemes"),
        [
            (
                '{"texte": "Agent", "source": "web"}',
                ["source: clé inconnue : un texte d'offre n'a que la clé « texte » [cle-inconnue]"],
            ),
            (
                '{"texte": "a", "texte": "b"}',
                ["texte: clé 'texte' en double : une seule valeur est permise [cle-double]"],
            ),
            (
                '{"titre": "Agent"}',
                [
                    "titre: clé inconnue : un texte d'offre n'a que la clé « texte » [cle-inconnue]",
                    "texte: champ obligatoire manquant [champ-manquant]",
                ],
            ),
            ('{"texte": 3}', ["texte: texte attendu, reçu int 3 [type]"]),
            (
                '["Agent"]',
                ["(racine): un objet {\"texte\": …} attendu, reçu list ['Agent'] [type]"],
            ),
        ],
    )
    def test_ligne_refusee_nommee_et_le_lot_continue(
        self,
        tmp_path: Path,
        capsys: pytest.CaptureFixture[str],
        ligne: str,
        problemes: list[str],
    ) -> None:
        """Comme dans une offre, une clé inconnue ou en double est refusée, avec sa ligne."""
        fichier = tmp_path / "textes.jsonl"
        fichier.write_text(f'{{"texte": "Agent"}}\n{ligne}\n{{"texte": "Jardinier"}}\n', "utf-8")
        code, sortie, erreurs = _lancer(capsys, "extraire", "--jsonl", str(fichier))
        assert code == 1
        assert [json.loads(o)["intitule"] for o in sortie.splitlines()] == ["Agent", "Jardinier"]
        assert erreurs.splitlines()[:-1] == [f"{fichier}:2: {p}" for p in problemes]
        assert erreurs.splitlines()[-1].startswith("2 textes lus, 1 en échec ; ")

    def test_un_dossier_lu_par_ordre_de_nom(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """.txt, .md et .html, par ordre de nom ; les autres fichiers et les dossiers laissés."""
        (tmp_path / "c.txt").write_text(TEXTE, encoding="utf-8")
        (tmp_path / "a.html").write_text("<h1>Jardinier</h1><p>Catégorie : C</p>", "utf-8")
        (tmp_path / "b.md").write_text("# Cuisinier (F/H)\n\nCatégorie : C\n", "utf-8")
        (tmp_path / "d.json").write_text("{}", encoding="utf-8")
        (tmp_path / "e.txt").mkdir()
        (tmp_path / "f.txt").write_bytes(b"\xff")
        code, sortie, erreurs = _lancer(capsys, "extraire", "--jsonl", str(tmp_path))
        assert code == 1
        intitules = [json.loads(o)["intitule"] for o in sortie.splitlines()]
        assert intitules == ["Jardinier", "Cuisinier (F/H)", "Agent d'accueil (F/H)"]
        assert erreurs.splitlines()[0] == (
            f"{tmp_path / 'f.txt'}: (racine): octets qui ne sont pas de l'UTF-8 (position 0) : "
            "le texte est à enregistrer en UTF-8 [encodage]"
        )
        assert erreurs.splitlines()[1].startswith("3 textes lus, 1 en échec ; ")

    def test_un_dossier_sans_texte(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        code, sortie, erreurs = _lancer(capsys, "extraire", "--jsonl", str(tmp_path))
        assert (code, sortie) == (1, "")
        assert erreurs.splitlines() == [
            f"{tmp_path}: (racine): aucun fichier de texte (.txt, .md, .html, .htm) dans le dossier [vide]",
            "0 texte lu, 1 en échec ; 0 champ lu par offre en moyenne",
        ]

    def test_entree_standard(self) -> None:
        """« - » lit des JSON Lines sur l'entrée standard."""
        lignes = "".join(json.dumps({"texte": t}) + "\n" for t in _textes(3))
        resultat = subprocess.run(
            [sys.executable, "-m", "fpt_offres", "extraire", "--jsonl", "-"],
            input=lignes,
            capture_output=True,
            text=True,
            check=False,
        )
        assert resultat.returncode == 0, resultat.stderr
        assert [json.loads(o)["intitule"] for o in resultat.stdout.splitlines()] == [
            "Agent 0 (F/H)",
            "Agent 1 (F/H)",
            "Agent 2 (F/H)",
        ]
        assert resultat.stderr.startswith("3 textes lus, 0 en échec ; ")

    def test_un_defaut_de_l_extraction_n_arrete_pas_le_lot(
        self, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Une exception de l'extraction (un défaut) est dite avec sa ligne ; le lot va au bout,
        code 4 (erreur interne) plutôt que 1."""

        def fragile(texte: str, **options: object) -> fpt_offres.Extraction:
            if texte.startswith("Agent 1 "):
                raise ValueError("oups")
            return extraire(texte, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(commande_extraire, "extraire", fragile)
        code, sortie, erreurs = _lancer(
            capsys, "extraire", "--jsonl", str(_jsonl(tmp_path / "t.jsonl", 3))
        )
        assert code == 4
        assert len(sortie.splitlines()) == 2
        assert erreurs.splitlines()[0] == (
            f"{tmp_path / 't.jsonl'}:2: (racine): erreur interne (ValueError : oups) : c'est un "
            "défaut de fpt_offres, à signaler avec ce texte [interne]"
        )
        assert erreurs.splitlines()[1].startswith("2 textes lus, 1 en échec ; ")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progression_sur_un_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Sur un terminal, une barre sur stderr, effacée avant le bilan ; stdout porte les offres."""
    terminal, sortie = _Terminal(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", sortie)
    assert cli.main(["extraire", "--jsonl", str(_dossier(tmp_path / "d", 4))]) == 0
    dessins = [d for d in terminal.getvalue().split("\r") if d.strip()]
    assert dessins[0].startswith("[")
    assert "%" in dessins[0]
    assert dessins[-1].startswith("4 textes lus, 0 en échec ; ")
    assert len(sortie.getvalue().splitlines()) == 4


def test_pas_de_barre_hors_terminal(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cli.main(["extraire", "--jsonl", str(_jsonl(tmp_path / "t.jsonl", 3))])
    erreurs = capsys.readouterr().err
    assert "\r" not in erreurs
    assert len(erreurs.splitlines()) == 1


@pytest.mark.usefixtures("sorties_au_neant")
@pytest.mark.parametrize("ecrire", [_jsonl, _dossier], ids=["jsonl", "dossier"])
def test_memoire_constante(
    tmp_path: Path, ecrire: object, pic_d_allocations: Callable[[list[str]], int]
) -> None:
    """Un texte à la fois : le pic d'allocations ne suit pas le nombre de textes."""
    assert callable(ecrire)
    petit, grand = ecrire(tmp_path / "petit", N), ecrire(tmp_path / "grand", 4 * N)
    cli.main(["extraire", "--jsonl", str(petit)])  # imports, caches : remplis une fois
    pic_petit = pic_d_allocations(["extraire", "--jsonl", str(petit)])
    pic_grand = pic_d_allocations(["extraire", "--jsonl", str(grand)])
    assert pic_grand < RAPPORT_MAX * pic_petit, (pic_petit, pic_grand)


def test_la_mesure_voit_une_liste() -> None:
    """Le témoin : garder les extractions en liste fait passer le pic au-delà du seuil."""
    [extraire(t) for t in _textes(N)]
    pics = []
    for nombre in (N, 4 * N):
        textes = _textes(nombre)
        tracemalloc.start()
        extractions = [extraire(t) for t in textes]
        pics.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        del extractions
    assert pics[1] > RAPPORT_MAX * pics[0], pics
