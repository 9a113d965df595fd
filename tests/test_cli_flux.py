"""Les commandes de lots en flux : mémoire constante, progression sur un terminal, bilan.

La mémoire se mesure de deux façons, sans aucune durée :

- le nombre d'offres vivantes à la fois (références faibles) : en flux, une ou
  deux quel que soit le lot ; une commande qui les garderait en liste (D6 du
  nouveau venu : 1,3 Go pour 100 000 offres) en aurait autant que le lot ;
- le pic des allocations Python (tracemalloc) à n et 4n offres : une liste le
  multiplie par près de 4 ; en flux, seuls les réserves internes de Python (listes
  d'objets libres, qui se remplissent jusqu'à leur borne) le font un peu monter.
"""

from __future__ import annotations

import collections
import datetime
import io
import json
import sys
import tracemalloc
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest

import fpt_offres
from fpt_offres import cli
from fpt_offres.conversion import convert as module_convert
from fpt_offres.conversion import jsonl as module_jsonl
from fpt_offres.regles import Severite

N = 100
RAPPORT_MAX = 2.5  # une liste donne près de 4 (témoin ci-dessous)
AUJOURD_HUI = datetime.date(2025, 3, 1)


def _lot(chemin: Path, nombre: int) -> Path:
    lignes = [fpt_offres.vers_json(o, indent=None) for o in fpt_offres.exemples()]
    chemin.write_text("\n".join(lignes[i % len(lignes)] for i in range(nombre)) + "\n", "utf-8")
    return chemin


@pytest.mark.usefixtures("sorties_au_neant")
@pytest.mark.parametrize(
    "commande",
    [
        ["tableau"],
        ["tableau", "--excel"],
        ["resume"],
        ["valider"],
        ["verifier", "--aujourd-hui", "2025-03-01"],
        ["verifier", "--format", "json", "--aujourd-hui", "2025-03-01"],
    ],
)
def test_memoire_constante(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    commande: list[str],
    pic_d_allocations: Callable[[list[str]], int],
) -> None:
    """D6 : au plus deux offres vivantes à la fois, et un pic d'allocations qui ne suit pas n."""
    petit, grand = _lot(tmp_path / "petit.jsonl", N), _lot(tmp_path / "grand.jsonl", 4 * N)
    cli.main([*commande, str(grand)])  # imports, caches, réserves de Python : remplis une fois
    pic_petit = pic_d_allocations([*commande, str(petit)])
    pic_grand = pic_d_allocations([*commande, str(grand)])
    assert pic_grand < RAPPORT_MAX * pic_petit, (pic_petit, pic_grand)

    vivantes: weakref.WeakSet[fpt_offres.Offre] = weakref.WeakSet()
    maximum = 0
    lire = module_convert.lire_document

    def lire_et_compter(texte: str | bytes, *, premiere_ligne: int) -> fpt_offres.Offre:
        nonlocal maximum
        offre = lire(texte, premiere_ligne=premiere_ligne)
        vivantes.add(offre)
        maximum = max(maximum, len(vivantes))
        return offre

    monkeypatch.setattr(module_jsonl, "lire_document", lire_et_compter)
    assert cli.main([*commande, str(grand)]) in {0, 1}
    assert 1 <= maximum <= 2


def test_la_mesure_voit_une_liste(tmp_path: Path) -> None:
    """Le témoin : garder les offres en liste fait passer le pic au-delà du seuil du test."""
    petit, grand = _lot(tmp_path / "petit.jsonl", N), _lot(tmp_path / "grand.jsonl", 4 * N)
    list(fpt_offres.lire_jsonl(grand))
    pics = []
    for chemin in (petit, grand):
        tracemalloc.start()
        offres = list(fpt_offres.lire_jsonl(chemin))
        pics.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
        del offres
    assert pics[1] > RAPPORT_MAX * pics[0]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _stderr_terminal(monkeypatch: pytest.MonkeyPatch, sortie: io.StringIO) -> _Terminal:
    """Le terminal qui devient stderr, ``sortie`` devenant stdout."""
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", sortie)
    return terminal


def test_progression_sur_un_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """D7 : sur un terminal, une barre sur stderr, effacée avant le bilan ; stdout intact."""
    sortie = io.StringIO()
    terminal = _stderr_terminal(monkeypatch, sortie)
    assert cli.main(["valider", str(_lot(tmp_path / "lot.jsonl", 12))]) == 0
    ecrit = terminal.getvalue()
    dessins = [d for d in ecrit.split("\r") if d.strip()]
    assert dessins[0].startswith("[")
    assert "%" in dessins[0]
    assert " offre" in dessins[0]
    assert ecrit.endswith("\r12 offres valides, 0 refusée\n")
    assert sortie.getvalue() == ""


def test_refus_ecrit_sur_une_ligne_effacee(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Un refus signalé en cours de lecture s'écrit à la place de la barre, pas à sa suite."""
    terminal = _stderr_terminal(monkeypatch, io.StringIO())
    lot = _lot(tmp_path / "lot.jsonl", 3)
    with lot.open("a", encoding="utf-8") as fichier:
        fichier.write("{}\n")
    assert cli.main(["tableau", str(lot)]) == 1
    ecrit = terminal.getvalue()
    assert ecrit.startswith("\r[")  # la barre, dessinée dès la première offre
    # Effacée (des espaces, puis retour en début de ligne) juste avant le refus.
    assert f" \r{lot}:4: intitule: champ obligatoire manquant" in ecrit
    assert ecrit.endswith("[champ-manquant]\n3 offres écrites, 1 refusée\n")


def test_pas_de_barre_quand_la_sortie_est_aussi_le_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Résultats et barre sur le même terminal se mêleraient : la barre ne s'écrit pas."""
    terminal = _stderr_terminal(monkeypatch, _Terminal())
    assert cli.main(["valider", str(_lot(tmp_path / "lot.jsonl", 4))]) == 0
    assert terminal.getvalue() == "4 offres valides, 0 refusée\n"


def test_barre_effacee_avant_un_refus(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """afficher s'arrête à la deuxième offre : la barre est effacée avant la ligne d'erreur."""
    terminal = _stderr_terminal(monkeypatch, io.StringIO())
    lot = _lot(tmp_path / "lot.jsonl", 3)
    assert cli.main(["afficher", str(lot)]) == 1
    barre, refus = terminal.getvalue().rsplit("\r", 1)
    assert barre.startswith("\r[")
    assert refus.startswith(f"{lot}: (racine): plusieurs offres")


def test_pas_de_progression_hors_terminal(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Hors terminal (fichier, tube), stderr ne porte que le bilan."""
    cli.main(["tableau", str(_lot(tmp_path / "lot.jsonl", 7))])
    assert capsys.readouterr().err == "7 offres écrites, 0 refusée\n"


class TestBilans:
    def test_verifier_finit_par_un_bilan(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """D7 : verifier compte offres, refus et diagnostics par sévérité."""
        lot = _lot(tmp_path / "lot.jsonl", 5)
        with lot.open("a", encoding="utf-8") as fichier:
            fichier.write("{}\n")
        code, erreurs = cli.main(["verifier", "--aujourd-hui", "2025-03-01", str(lot)]), ""
        erreurs = capsys.readouterr().err
        nombres = collections.Counter(
            d.severite
            for o in fpt_offres.exemples()
            for d in fpt_offres.verifier(o, aujourd_hui=AUJOURD_HUI)
        )
        assert code == 1
        assert erreurs.splitlines()[-1] == (
            f"5 offres vérifiées, 1 refusée ; {nombres[Severite.ERREUR]} erreur"
            f"{'s' if nombres[Severite.ERREUR] > 1 else ''}, "
            f"{nombres[Severite.AVERTISSEMENT]} avertissements, "
            f"{nombres[Severite.INFORMATION]} informations"
        )

    def test_verifier_json_en_flux_identique_a_une_liste(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Le JSON écrit diagnostic par diagnostic est exactement celui de json.dumps(liste)."""
        lot = _lot(tmp_path / "lot.jsonl", 5)
        cli.main(["verifier", "--format", "json", "--aujourd-hui", "2025-03-01", str(lot)])
        attendu = [
            {"fichier": f"{lot}:{rang}", **d.vers_dict()}
            for rang, o in enumerate(fpt_offres.exemples(), start=1)
            for d in fpt_offres.verifier(o, aujourd_hui=AUJOURD_HUI)
        ]
        assert capsys.readouterr().out == json.dumps(attendu, ensure_ascii=False, indent=2) + "\n"

    def test_verifier_json_sans_diagnostic(self, capsys: pytest.CaptureFixture[str]) -> None:
        """Aucune offre lisible : une liste JSON vide, toujours du JSON valide."""
        cli.main(["verifier", "--format", "json", "/nulle/part.json"])
        assert capsys.readouterr().out == "[]\n"

    def test_resume_en_flux_et_bilan(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """resume : les résumés séparés d'une ligne vide, puis le bilan sur stderr."""
        code = cli.main(["resume", str(_lot(tmp_path / "lot.jsonl", 5))])
        sortie = capsys.readouterr()
        assert code == 0
        assert sortie.out == "\n\n".join(map(cli.resumer, fpt_offres.exemples())) + "\n"
        assert sortie.err == "5 offres résumées, 0 refusée\n"

    def test_resume_ecrit_le_premier_du_mois(self) -> None:
        """D11 (nouveau venu) : « 1er octobre », comme l'annonce, pas « 1 octobre »."""
        offre = fpt_offres.exemples()[1]
        assert offre.calendrier.date_limite_candidature == datetime.date(2025, 10, 1)
        assert "date limite : 1er octobre 2025" in cli.resumer(offre)
