"""La ligne de commande : sorties, messages en français et codes de sortie."""

from __future__ import annotations

import csv
import datetime
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import fpt_offres
from fpt_offres import cli


def _lancer(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    code = cli.main(list(arguments))
    sortie = capsys.readouterr()
    return code, sortie.out, sortie.err


@pytest.fixture
def dossier_exemples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Les offres d'exemple écrites en fichiers par ``fpt-offres exemples --dossier``."""
    assert cli.main(["exemples", "--dossier", str(tmp_path)]) == 0
    capsys.readouterr()
    return tmp_path


class TestResume:
    def test_sans_fichier_resume_les_cinq_exemples(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Sans fichier, la commande résume chaque offre d'exemple (ce que montre make demo)."""
        code, sortie, _ = _lancer(capsys, "resume")
        assert code == 0
        for offre in fpt_offres.exemples():
            assert f"{offre.employeur.nom} — {offre.intitule}" in sortie


class TestValider:
    def test_des_offres_valides_sortent_en_zero(
        self, capsys: pytest.CaptureFixture[str], dossier_exemples: Path
    ) -> None:
        """Des offres valides : aucun problème listé, code 0."""
        code, sortie, erreurs = _lancer(
            capsys, "valider", *map(str, sorted(dossier_exemples.iterdir()))
        )
        assert (code, sortie) == (0, "")
        assert erreurs == "5 offres valides, 0 refusée\n"

    def test_chaque_probleme_est_liste_avec_fichier_et_chemin(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Un fichier fautif : une ligne « fichier: chemin: message [règle] » par problème, code 1."""
        fautif = tmp_path / "fautif.json"
        fautif.write_text(
            json.dumps({"intitule": "", "employeur": {"nom": "X", "type": "mairie", "zz": 1}}),
            encoding="utf-8",
        )
        code, sortie, _ = _lancer(capsys, "valider", str(fautif))
        assert code == 1
        assert sortie.splitlines() == [
            f"{fautif}: employeur.type: valeur inconnue 'mairie' ; valeurs permises : "
            + ", ".join(repr(t.value) for t in fpt_offres.TypeEmployeur)
            + " [valeur-inconnue]",
            f"{fautif}: employeur.zz: clé inconnue (rien n'est ignoré en silence) [cle-inconnue]",
            f"{fautif}: intitule: le texte ne peut pas être vide [texte-vide]",
        ]

    @pytest.mark.parametrize(
        ("contenu", "message"),
        [
            (b"", "fichier vide : aucune offre [vide]"),
            (b"   \n", "fichier vide : aucune offre [vide]"),
            (b"pas du json", "JSON illisible ligne 1, colonne 1 : valeur attendue [json]"),
            (b'{"a" 1}', "JSON illisible ligne 1, colonne 6 : deux-points attendu [json]"),
            (b"\xef\xbb\xbf[]", "un objet JSON attendu"),
            (b"\xff\xfe\xfa", "octets qui ne sont pas de l'UTF-8"),
            (b"[1, 2]", "un objet JSON attendu"),
        ],
    )
    def test_un_fichier_illisible_donne_une_ligne_claire(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, contenu: bytes, message: str
    ) -> None:
        """Vide, pas du JSON, pas de l'UTF-8 : une ligne claire, jamais une trace d'exécution."""
        fichier = tmp_path / "offre.json"
        fichier.write_bytes(contenu)
        code, sortie, erreurs = _lancer(capsys, "valider", str(fichier))
        assert code == 1
        assert sortie.startswith(f"{fichier}: (racine): {message}")
        assert "Traceback" not in sortie + erreurs

    def test_un_fichier_absent_ou_trop_gros_est_refuse(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Un fichier absent ou plus gros que TAILLE_MAX est refusé sans être lu en entier."""
        gros = tmp_path / "gros.json"
        gros.write_bytes(b" " * (fpt_offres.conversion.TAILLE_MAX + 1))
        code, sortie, _ = _lancer(capsys, "valider", str(tmp_path / "absent.json"), str(gros))
        assert code == 1
        assert sortie.splitlines() == [
            (
                f"{tmp_path / 'absent.json'}: (racine): lecture impossible : "
                "fichier ou dossier introuvable [fichier]"
            ),
            (
                f"{gros}: (racine): fichier trop gros : plus de 1 000 000 octets, "
                "ce n'est pas une offre [taille]"
            ),
        ]

    def test_jsonl_donne_le_numero_de_ligne(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Dans un fichier .jsonl, chaque problème porte le numéro de sa ligne."""
        lot = tmp_path / "lot.jsonl"
        lignes = [fpt_offres.vers_json(o, indent=None) for o in fpt_offres.exemples()[:2]]
        lot.write_text("\n".join([*lignes, "", '{"intitule": "x"}']) + "\n", encoding="utf-8")
        code, sortie, _ = _lancer(capsys, "valider", str(lot))
        assert code == 1
        assert sortie.splitlines() == [
            f"{lot}:4: employeur: champ obligatoire manquant [champ-manquant]"
        ]


class TestTableau:
    def test_csv_une_ligne_par_offre_avec_les_colonnes_de_ligne(
        self, capsys: pytest.CaptureFixture[str], dossier_exemples: Path
    ) -> None:
        """Le CSV a l'en-tête COLONNES puis une ligne par offre, valeurs de ligne()."""
        fichiers = sorted(map(str, dossier_exemples.iterdir()))
        code, sortie, _ = _lancer(capsys, "tableau", *fichiers)
        assert code == 0
        rangees = list(csv.DictReader(io.StringIO(sortie)))
        assert list(rangees[0]) == list(fpt_offres.COLONNES)
        assert [r["employeur_nom"] for r in rangees] == [
            o.employeur.nom for o in fpt_offres.exemples()
        ]
        assert rangees[0]["categories"] == "A | A+"
        assert rangees[2]["ouvert_contractuels"] == "oui"

    def test_excel_point_virgule_bom_et_formules_neutralisees(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """--excel : BOM, points-virgules, virgule décimale, et une cellule « =… » rendue inerte."""
        offre = fpt_offres.exemples()[0]
        piege = fpt_offres.vers_dict(offre) | {"intitule": '=HYPERLINK("http://x")'}
        fichier = tmp_path / "piege.json"
        fichier.write_text(json.dumps(piege), encoding="utf-8")
        code, sortie, _ = _lancer(capsys, "tableau", "--excel", str(fichier))
        assert code == 0
        assert sortie.startswith("\ufeffemployeur_nom;employeur_type;")
        rangee = next(csv.DictReader(io.StringIO(sortie.lstrip("\ufeff")), delimiter=";"))
        assert rangee["intitule"] == '\'=HYPERLINK("http://x")'


class TestVerifier:
    def test_diagnostics_des_exemples_en_texte(
        self, capsys: pytest.CaptureFixture[str], dossier_exemples: Path
    ) -> None:
        """Une ligne « fichier: sévérité: chemin : message [CODE] » par diagnostic de verifier()."""
        fichiers = sorted(dossier_exemples.iterdir())
        code, sortie, _ = _lancer(
            capsys, "verifier", "--aujourd-hui", "2025-03-01", *map(str, fichiers)
        )
        attendues = [
            f"{fichier}: {d.severite.value}: {d}"
            for fichier, offre in zip(fichiers, fpt_offres.exemples(), strict=True)
            for d in fpt_offres.verifier(offre, aujourd_hui=datetime.date(2025, 3, 1))
        ]
        assert sortie.splitlines() == attendues
        assert code == int(any("erreur" in ligne.split(": ")[1] for ligne in attendues))

    def test_une_erreur_donne_le_code_1_et_json(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Un diagnostic « erreur » donne le code 1 ; --format json liste les diagnostics."""
        offre = fpt_offres.regles.regle("TEMPS-PARTIEL-QUOTITE").declencher(
            fpt_offres.exemples()[0]
        )
        fichier = tmp_path / "offre.json"
        fichier.write_text(fpt_offres.vers_json(offre), encoding="utf-8")
        code, sortie, _ = _lancer(capsys, "verifier", "--format", "json", str(fichier))
        assert code == 1
        rapport = json.loads(sortie)
        assert {"fichier": str(fichier)} | rapport[0] == rapport[0]
        assert "TEMPS-PARTIEL-QUOTITE" in {d["code"] for d in rapport}

    def test_date_invalide_est_un_mauvais_usage(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--aujourd-hui exige une date ISO : sinon, code 2 et message en français."""
        code, _, erreurs = _lancer(capsys, "verifier", "--aujourd-hui", "demain", "x.json")
        assert code == 2
        assert erreurs.splitlines()[-1] == (
            "fpt-offres verifier : erreur : argument --aujourd-hui : "
            "date AAAA-MM-JJ attendue, reçu 'demain'"
        )


class TestAfficher:
    @pytest.mark.parametrize("format_", ["texte", "markdown", "html"])
    def test_chaque_exemple_dans_chaque_format(
        self, capsys: pytest.CaptureFixture[str], dossier_exemples: Path, format_: str
    ) -> None:
        """afficher écrit exactement ce que formater() rend, pour chaque exemple et format."""
        for fichier, offre in zip(
            sorted(dossier_exemples.iterdir()), fpt_offres.exemples(), strict=True
        ):
            code, sortie, _ = _lancer(
                capsys, "afficher", "--format", format_, "--aujourd-hui", "2025-04-01", str(fichier)
            )
            assert code == 0
            attendu = fpt_offres.formater(offre, format_, aujourd_hui=datetime.date(2025, 4, 1))  # type: ignore[arg-type]
            assert sortie == attendu


class TestJsonldEtSchema:
    def test_jsonld_d_une_offre(
        self, capsys: pytest.CaptureFixture[str], dossier_exemples: Path
    ) -> None:
        """jsonld écrit le JobPosting de l'offre, identique à fpt_offres.jsonld()."""
        fichier = sorted(dossier_exemples.iterdir())[0]
        code, sortie, _ = _lancer(capsys, "jsonld", str(fichier))
        assert code == 0
        assert json.loads(sortie) == fpt_offres.jsonld(fpt_offres.exemples()[0])

    def test_jsonld_d_une_offre_invalide_sort_en_un(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        """Une offre invalide : ses problèmes sur stderr, rien sur stdout, code 1."""
        fichier = tmp_path / "x.json"
        fichier.write_text("{}", encoding="utf-8")
        code, sortie, erreurs = _lancer(capsys, "jsonld", str(fichier))
        assert (code, sortie) == (1, "")
        assert "champ obligatoire manquant" in erreurs

    def test_jsonld_date_de_publication(
        self, capsys: pytest.CaptureFixture[str], dossier_exemples: Path
    ) -> None:
        """Sans date dans l'offre, --date-publication donne datePosted ; sinon, stderr le dit."""
        fichier = sorted(dossier_exemples.iterdir())[0]
        code, sortie, erreurs = _lancer(capsys, "jsonld", str(fichier))
        assert (code, "datePosted" in json.loads(sortie)) == (0, False)
        assert erreurs == f"{fichier}: exigé par Google et absent : datePosted\n"
        code, sortie, erreurs = _lancer(
            capsys, "jsonld", "--date-publication", "2026-04-01", str(fichier)
        )
        assert (code, erreurs) == (0, "")
        assert json.loads(sortie) == fpt_offres.jsonld(
            fpt_offres.exemples()[0], date_publication=datetime.date(2026, 4, 1)
        )
        code, sortie, erreurs = _lancer(
            capsys, "jsonld", "--date-publication", "2026-05-01", str(fichier)
        )
        assert (code, sortie) == (1, "")
        assert "--date-publication : la date limite 2026-04-30 précède" in erreurs

    def test_schema(self, capsys: pytest.CaptureFixture[str]) -> None:
        """schema écrit le schéma JSON du format, identique à fpt_offres.schema_json()."""
        code, sortie, _ = _lancer(capsys, "schema")
        assert code == 0
        assert json.loads(sortie) == fpt_offres.schema_json()


class TestExemples:
    def test_sans_dossier_ecrit_des_json_lines_relisibles(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Sans dossier, une offre JSON par ligne, que lire_jsonl relit à l'identique."""
        code, sortie, _ = _lancer(capsys, "exemples")
        assert code == 0
        assert tuple(fpt_offres.lire_jsonl(io.StringIO(sortie))) == fpt_offres.exemples()


class TestUsage:
    def test_commande_inconnue_message_francais_code_2(self) -> None:
        """Une commande inconnue : message en français sur stderr, code 2 (python -m fpt_offres)."""
        resultat = subprocess.run(
            [sys.executable, "-m", "fpt_offres", "nimporte"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert resultat.returncode == 2
        assert "erreur : argument COMMANDE : choix invalide : 'nimporte'" in resultat.stderr
        assert resultat.stderr.startswith("utilisation : fpt-offres")

    def test_entree_standard_en_json_lines(self) -> None:
        """« - » lit l'entrée standard, qu'elle porte un document ou des JSON Lines."""
        lignes = "\n".join(fpt_offres.vers_json(o, indent=None) for o in fpt_offres.exemples())
        resultat = subprocess.run(
            [sys.executable, "-m", "fpt_offres", "valider", "-"],
            input=lignes,
            capture_output=True,
            text=True,
            check=False,
        )
        assert resultat.returncode == 0, resultat.stdout
        assert resultat.stderr == "5 offres valides, 0 refusée\n"
