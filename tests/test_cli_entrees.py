"""La ligne de commande face à ce qu'un inconnu lui donne : aide, version, fichiers et flux.

Chaque test reprend un défaut de la revue du nouveau venu (D2, D3, D8 à D10, D15) ou
de la revue de fiabilité (D11) et le comportement qui le remplace.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import fpt_offres
from fpt_offres import cli
from fpt_offres.cli import _francais
from fpt_offres.cli.commandes import COMMANDES
from fpt_offres.conversion._json_fr import illisible

BOM = b"\xef\xbb\xbf"


def _lancer(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = cli.main(list(arguments))
    sortie = capsys.readouterr()
    return code, sortie.out, sortie.err


def _ligne(rang: int = 0) -> str:
    return fpt_offres.vers_json(fpt_offres.exemples()[rang], indent=None)


def _processus(*arguments: str, entree: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "fpt_offres", *arguments],
        input=entree,
        capture_output=True,
        check=False,
    )


class TestAideEtVersion:
    @pytest.mark.parametrize("option", ["--help", "-h", "--aide"])
    def test_aide_sort_en_zero(self, capsys: pytest.CaptureFixture[str], option: str) -> None:
        """D2 : --help, -h et --aide écrivent l'aide sur la sortie standard, code 0."""
        code, sortie, erreurs = _lancer(capsys, option)
        assert (code, erreurs) == (0, "")
        assert sortie.startswith("utilisation : fpt-offres [-h] [--version] COMMANDE ...")
        for commande in COMMANDES:
            assert commande.nom in sortie
        assert "130  interrompu (Ctrl-C)" in sortie

    @pytest.mark.parametrize("commande", [c.nom for c in COMMANDES])
    def test_aide_de_chaque_commande(
        self, capsys: pytest.CaptureFixture[str], commande: str
    ) -> None:
        """D2 : ``fpt-offres COMMANDE --help`` donne l'aide de la commande, code 0."""
        code, sortie, _ = _lancer(capsys, commande, "--help")
        assert code == 0
        assert sortie.startswith(f"utilisation : fpt-offres {commande} [-h]")
        assert "-h, --help, --aide" in sortie
        assert "affiche cette aide et s'arrête" in sortie

    def test_version(self, capsys: pytest.CaptureFixture[str]) -> None:
        """D2 : --version écrit le nom et la version du paquet, code 0."""
        assert _lancer(capsys, "--version") == (0, f"fpt-offres {fpt_offres.__version__}\n", "")

    def test_processus_python_m(self) -> None:
        """``python -m fpt_offres --help`` : le même point d'entrée, code 0."""
        resultat = _processus("--help")
        assert resultat.returncode == 0
        assert resultat.stdout.decode().startswith("utilisation : fpt-offres")


class TestMessagesArgparse:
    @pytest.mark.parametrize(
        ("arguments", "message"),
        [
            ((), "arguments obligatoires manquants : COMMANDE"),
            (("valider",), "arguments obligatoires manquants : FICHIER"),
            (("schema", "--zut"), "arguments non reconnus : --zut"),
            (("verifier", "--format"), "argument --format : une valeur est attendue"),
            (
                ("verifier", "--format", "xml", "x.json"),
                "argument --format : choix invalide : 'xml' (choisir parmi 'texte', 'json')",
            ),
            (("tableau", "--zut", "x"), "arguments non reconnus : --zut"),
            (("exemples", "--dossier"), "argument --dossier : une valeur est attendue"),
        ],
    )
    def test_mauvais_usage_en_francais_code_2(
        self, capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...], message: str
    ) -> None:
        """D8 : les messages d'argparse passent par son catalogue français ; code 2."""
        code, sortie, erreurs = _lancer(capsys, *arguments)
        assert (code, sortie) == (2, "")
        usage, erreur = erreurs.splitlines()[0], erreurs.splitlines()[-1]
        assert usage.startswith("utilisation : fpt-offres")
        assert erreur.endswith(f" : erreur : {message}")

    def test_pluriel_a_la_francaise(self) -> None:
        """ngettext : 0 et 1 gouvernent le singulier ; le catalogue connaît les deux formes."""
        catalogue = _francais.CATALOGUE
        singulier, pluriel = "expected %s argument", "expected %s arguments"
        assert catalogue.ngettext(singulier, pluriel, 1) % 1 == "1 valeur attendue"
        assert catalogue.ngettext(singulier, pluriel, 3) % 3 == "3 valeurs attendues"
        assert catalogue.gettext("un texte inconnu") == "un texte inconnu"

    def test_chaque_texte_d_argparse_du_catalogue_existe(self) -> None:
        """Chaque msgid du catalogue est un texte de l'argparse de ce Python (aucun inventé).

        Python 3.13 en a ajouté cinq (titres de section, avertissements, dépréciations).
        """
        source = Path(argparse.__file__).read_text(encoding="utf-8")
        cles = set(_francais._SINGULIERS) | {m for paire in _francais._PLURIELS for m in paire}
        absents = {c for c in cles if repr(c)[1:-1] not in source}
        nouveaux_en_3_13 = {
            "%(heading)s:",
            "%(prog)s: warning: %(message)s\n",
            "argument '%(argument_name)s' is deprecated",
            "command '%(parser_name)s' is deprecated",
            "option '%(option)s' is deprecated",
        }
        assert absents == (set() if sys.version_info >= (3, 13) else nouveaux_en_3_13)

    def test_argparse_retrouve_ses_textes_apres_main(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Le français ne dure que le temps de main : le processus qui l'appelle n'en voit rien."""
        cli.main(["--version"])
        capsys.readouterr()
        analyseur = argparse.ArgumentParser(prog="autre")
        with pytest.raises(SystemExit):
            analyseur.parse_args(["--zut"])
        assert "autre: error: unrecognized arguments: --zut" in capsys.readouterr().err


class TestUneSeuleOffre:
    @pytest.mark.parametrize("commande", ["afficher", "jsonld"])
    def test_plusieurs_offres_refusees_sans_trace(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, commande: str
    ) -> None:
        """D3 : deux offres en JSON Lines, une ligne qui le dit, rien sur stdout, code 1."""
        deux = tmp_path / "deux.jsonl"
        deux.write_text(f"{_ligne(0)}\n{_ligne(1)}\n", encoding="utf-8")
        code, sortie, erreurs = _lancer(capsys, commande, str(deux))
        assert (code, sortie) == (1, "")
        assert erreurs == (
            f"{deux}: (racine): plusieurs offres, {commande} en prend une seule "
            "(tableau, resume, valider et verifier lisent des lots) [plusieurs]\n"
        )

    @pytest.mark.parametrize("commande", ["afficher", "jsonld"])
    def test_aucune_offre_refusee(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, commande: str
    ) -> None:
        """D3 et D10 : un JSON Lines vide est refusé, code 1."""
        vide = tmp_path / "vide.jsonl"
        vide.write_bytes(b"\n  \n")
        assert _lancer(capsys, commande, str(vide)) == (
            1,
            "",
            f"{vide}: (racine): fichier vide : aucune offre [vide]\n",
        )

    def test_une_ligne_de_json_lines_suffit(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Un .jsonl d'une seule offre s'affiche comme le document de cette offre."""
        une = tmp_path / "une.jsonl"
        une.write_text(_ligne(2) + "\n", encoding="utf-8")
        code, sortie, _ = _lancer(capsys, "jsonld", str(une))
        assert code == 0
        assert json.loads(sortie) == fpt_offres.jsonld(fpt_offres.exemples()[2])

    def test_plusieurs_offres_sur_l_entree_standard(self) -> None:
        """D3 : ``jsonld -`` sur des JSON Lines de deux offres : refusé, code 1, sans trace."""
        resultat = _processus("jsonld", "-", entree=f"{_ligne(0)}\n{_ligne(1)}\n".encode())
        assert (resultat.returncode, resultat.stdout) == (1, b"")
        assert resultat.stderr.decode().startswith("-: (racine): plusieurs offres")


class TestFichiers:
    def test_bom_utf8_accepte(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        """D8 : un BOM UTF-8 en tête d'un document ou d'un JSON Lines est accepté."""
        document, lignes = tmp_path / "bom.json", tmp_path / "bom.jsonl"
        document.write_bytes(BOM + fpt_offres.vers_json(fpt_offres.exemples()[0]).encode())
        lignes.write_bytes(BOM + f"{_ligne(0)}\n{_ligne(1)}\n".encode())
        code, _, erreurs = _lancer(capsys, "valider", str(document), str(lignes))
        assert (code, erreurs) == (0, "3 offres valides, 0 refusée\n")

    @pytest.mark.parametrize("suffixe", [".ndjson", ".NDJSON", ".jsonl"])
    def test_ndjson_est_du_json_lines(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, suffixe: str
    ) -> None:
        """D9 : .ndjson (et la casse du suffixe) : une offre par ligne."""
        fichier = tmp_path / f"lot{suffixe}"
        fichier.write_text(f"{_ligne(0)}\n{_ligne(1)}\n{_ligne(2)}\n", encoding="utf-8")
        assert _lancer(capsys, "valider", str(fichier)) == (0, "", "3 offres valides, 0 refusée\n")

    @pytest.mark.parametrize("nom", ["vide.json", "vide.jsonl", "vide.ndjson"])
    def test_vide_refuse_partout(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, nom: str
    ) -> None:
        """D10 : une entrée vide est une erreur quel que soit son format, code 1."""
        fichier = tmp_path / nom
        fichier.write_bytes(b"")
        code, sortie, _ = _lancer(capsys, "valider", str(fichier))
        assert (code, sortie) == (1, f"{fichier}: (racine): fichier vide : aucune offre [vide]\n")

    def test_position_json_lines_est_celle_du_fichier(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """D8 : une ligne JSON cassée est située à sa ligne dans le fichier, en français."""
        fichier = tmp_path / "mix.jsonl"
        fichier.write_text(f'{_ligne(0)}\n\n{{"intitule": "cassée"\n{_ligne(1)}\r\n', "utf-8")
        code, sortie, erreurs = _lancer(capsys, "valider", str(fichier))
        assert code == 1
        assert sortie == (
            f"{fichier}:3: (racine): JSON illisible ligne 3, colonne 22 : virgule attendue [json]\n"
        )
        assert erreurs == "2 offres valides, 1 refusée\n"

    def test_un_dossier_est_refuse(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """D15 : un dossier donné comme fichier : une ligne, code 1."""
        code, sortie, _ = _lancer(capsys, "valider", str(tmp_path))
        assert (code, sortie) == (
            1,
            f"{tmp_path}: (racine): lecture impossible : c'est un dossier [fichier]\n",
        )

    def test_permission_refusee(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """D15 : un fichier illisible (droits) : une ligne en français, code 1.

        Les tests tournent parfois en root, que les droits n'arrêtent pas : l'ouverture
        lève donc ici l'erreur que le système lèverait.
        """
        fichier = tmp_path / "secret.json"
        fichier.write_text("{}", encoding="utf-8")

        def refuser(*_: object, **__: object) -> io.BufferedReader:
            raise PermissionError(13, "Permission denied", str(fichier))

        monkeypatch.setattr("fpt_offres.cli._entrees.open", refuser, raising=False)
        assert _lancer(capsys, "valider", str(fichier)) == (
            1,
            f"{fichier}: (racine): lecture impossible : permission refusée [fichier]\n",
            "0 offre valide, 1 refusée\n",
        )

    @pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="Linux seulement")
    def test_erreur_d_entree_sortie(self) -> None:
        """D11 (fiabilité) : /proc/self/mem s'ouvre mais ne se lit pas (EIO) : une ligne, code 1."""
        resultat = _processus("valider", "/proc/self/mem")
        assert resultat.returncode == 1
        assert resultat.stdout.decode() == (
            "/proc/self/mem: (racine): lecture impossible : erreur d'entrée-sortie [fichier]\n"
        )
        assert b"Traceback" not in resultat.stderr

    @pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="Linux seulement")
    def test_erreur_de_lecture_hors_des_lecteurs_d_offres(self) -> None:
        """Les textes d'extraire : une lecture en erreur est un refus comme un autre, dit
        avec son chemin ; code 1."""
        resultat = _processus("extraire", "--jsonl", "/proc/self/mem")
        assert (resultat.returncode, resultat.stdout) == (1, b"")
        assert resultat.stderr.decode().splitlines() == [
            "/proc/self/mem: (racine): lecture impossible : erreur d'entrée-sortie [fichier]",
            "0 texte lu, 1 en échec ; 0 champ lu par offre en moyenne",
        ]

    def test_ligne_immense_refusee_sans_etre_gardee(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Une ligne de 3 Mo est refusée pour sa taille ; les lignes suivantes sont lues."""
        fichier = tmp_path / "immense.jsonl"
        fichier.write_bytes(b'{"intitule": "' + b"x" * 3_000_000 + b'"}\n' + _ligne(0).encode())
        code, sortie, erreurs = _lancer(capsys, "valider", str(fichier))
        assert code == 1
        assert sortie.startswith(f"{fichier}:1: (racine): document de ")
        assert sortie.endswith("[taille]\n")
        assert erreurs == "1 offre valide, 1 refusée\n"


class TestEcriture:
    def test_dossier_qui_est_un_fichier(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """D15 : ``exemples --dossier`` vers un fichier : une ligne, code 3."""
        fichier = tmp_path / "offre.json"
        fichier.write_text("{}", encoding="utf-8")
        assert _lancer(capsys, "exemples", "--dossier", str(fichier)) == (
            3,
            "",
            f"fpt-offres : erreur : {fichier} existe et n'est pas un dossier\n",
        )

    def test_dossier_impossible_a_creer(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """D15 : un parent qui est un fichier : la raison du système, en français, code 3."""
        (tmp_path / "f").write_text("", encoding="utf-8")
        code, _, erreurs = _lancer(capsys, "exemples", "--dossier", str(tmp_path / "f" / "d"))
        assert code == 3
        assert erreurs == (
            f"fpt-offres : erreur : dossier {tmp_path / 'f' / 'd'} impossible à créer : "
            "un élément du chemin n'est pas un dossier\n"
        )

    @pytest.mark.skipif(not os.path.exists("/dev/full"), reason="/dev/full absent")
    def test_sortie_pleine(self, tmp_path: Path) -> None:
        """D15 : une sortie standard pleine (/dev/full) : une ligne, code 3, sans trace."""
        with open("/dev/full", "wb") as plein:
            resultat = subprocess.run(
                [sys.executable, "-m", "fpt_offres", "schema"],
                stdout=plein,
                stderr=subprocess.PIPE,
                check=False,
            )
        assert resultat.returncode == 3
        assert resultat.stderr.decode() == (
            "fpt-offres : erreur : écriture impossible sur la sortie standard : "
            "plus de place sur le périphérique\n"
        )

    def test_sortie_fermee_en_cours(self) -> None:
        """« | head » : la sortie se ferme avant la fin ; ni trace ni message, code 0."""
        commande = [sys.executable, "-m", "fpt_offres", "exemples"]
        with subprocess.Popen(commande, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
            assert proc.stdout is not None
            assert proc.stderr is not None
            proc.stdout.read(10)
            proc.stdout.close()
            erreurs = proc.stderr.read()
        assert (proc.returncode, erreurs) == (0, b"")


class TestEntreeStandard:
    def test_json_lines_de_plus_d_un_mega_octet_en_flux(self) -> None:
        """Des JSON Lines sur l'entrée standard ne sont pas bornés à la taille d'un document."""
        lignes = "\n".join(_ligne(i % 5) for i in range(250)).encode()
        assert len(lignes) > fpt_offres.conversion.TAILLE_MAX
        resultat = _processus("valider", "-", entree=lignes)
        assert (resultat.returncode, resultat.stderr) == (
            0,
            "250 offres valides, 0 refusée\n".encode(),
        )

    def test_document_indente_avec_bom(self) -> None:
        """Un document indenté, précédé d'un BOM et de lignes vides : une offre."""
        document = BOM + b"\n\n" + fpt_offres.vers_json(fpt_offres.exemples()[1]).encode()
        resultat = _processus("valider", "-", entree=document)
        assert (resultat.returncode, resultat.stderr) == (0, "1 offre valide, 0 refusée\n".encode())

    def test_entree_vide(self) -> None:
        """D10 : une entrée standard vide est une erreur, code 1."""
        resultat = _processus("tableau", "-", entree=b"  \n")
        assert resultat.returncode == 1
        assert "-: (racine): entrée standard vide : aucune offre [vide]" in resultat.stderr.decode()


def test_nom_de_fichier_qui_n_est_pas_de_l_utf8() -> None:
    """Un nom de fichier en Latin-1 : stdout le redonne octet pour octet, stderr l'échappe."""
    resultat = subprocess.run(
        [sys.executable, "-m", "fpt_offres", "valider", os.fsdecode(b"\xe9t\xe9.json")],
        capture_output=True,
        check=False,
    )
    assert resultat.returncode == 1
    assert resultat.stdout == (
        b"\xe9t\xe9.json: (racine): lecture impossible : fichier ou dossier introuvable [fichier]\n"
    )
    assert resultat.stderr == "0 offre valide, 1 refusée\n".encode()


@pytest.mark.parametrize(
    "document",
    [
        "",
        "{1",
        '{"a" 1}',
        '{"a": 1 "b": 2}',
        "{} x",
        '"abc',
        '"a\x01"',
        '"\\q"',
        '"\\u12"',
        '{"a": 1,}',
        "[1,]",
        "\ufeff{}",
    ],
)
def test_chaque_message_du_decodeur_json_est_traduit(document: str) -> None:
    """D8 : chaque message du décodeur json de ce Python (3.11 à 3.13) a sa traduction."""
    with pytest.raises(json.JSONDecodeError) as erreur:
        json.loads(document)
    message = illisible(erreur.value)
    assert message.startswith(f"JSON illisible ligne 1, colonne {erreur.value.colno} : ")
    assert erreur.value.msg not in message


class TestCodesDeDernierRecours:
    def test_erreur_interne_une_ligne_code_4(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Une exception imprévue (un défaut) : une ligne qui la nomme, code 4, sans trace."""

        def defaut(*_: object, **__: object) -> str:
            raise ZeroDivisionError("division par zéro")

        monkeypatch.setattr("fpt_offres.cli.commandes.afficher.formater", defaut)
        fichier = fpt_offres.vers_json(fpt_offres.exemples()[0])
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(fichier.encode())))
        code, sortie, erreurs = _lancer(capsys, "afficher", "-")
        assert (code, sortie) == (4, "")
        assert erreurs == (
            "fpt-offres : erreur interne (ZeroDivisionError : division par zéro) : c'est un "
            "défaut de fpt_offres, à signaler avec la commande et le fichier qui la provoquent\n"
        )

    def test_interruption_code_130(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Ctrl-C : « interrompu », code 130, comme les shells le comptent."""

        def interrompre(*_: object) -> int:
            raise KeyboardInterrupt

        monkeypatch.setattr("fpt_offres.cli.commandes.schema.schema_json", interrompre)
        code, sortie, erreurs = _lancer(capsys, "schema")
        assert (code, sortie, erreurs) == (130, "", "fpt-offres : interrompu\n")
        assert type(code) is int  # pas un membre d'énumération : sys.exit et repr le veulent
