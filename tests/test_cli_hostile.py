"""Invocations hostiles : jamais de trace d'exécution, toujours un code de sortie documenté.

La revue de fiabilité a lancé 444 invocations hostiles ; 29 finissaient en trace
(D11). Ici hypothesis tire la commande, ses options et leurs valeurs, des fichiers
au contenu quelconque (binaire, vide, UTF-8 invalide, BOM, JSON tronqué, ligne
immense, nombres démesurés), des dossiers, des chemins absents et l'entrée standard.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import fpt_offres
from fpt_offres import cli
from fpt_offres.cli.commandes import COMMANDES

# 0 succès, 1 refus, 2 usage, 3 écriture impossible ; jamais 4 (erreur interne).
CODES_ATTENDUS = {0, 1, 2, 3}

_OFFRE = fpt_offres.vers_json(fpt_offres.exemples()[0], indent=None).encode()
_CONTENUS_PIEGES = [
    b"",
    b"\n\n  \n",
    b"\xef\xbb\xbf",
    b"\xef\xbb\xbf" + _OFFRE,
    b"\xff\xfe{\x00}\x00",
    b"\x80\x81\x82",
    b"\x00" * 64,
    _OFFRE,
    _OFFRE + b"\n" + _OFFRE,
    _OFFRE[: len(_OFFRE) // 2],
    b"{}\n[]\n1\nnull\n",
    b"[" * 100_000,
    b'{"a": ' * 50_000,
    b'{"intitule": "x", "employeur": {"nom": "y", "type": "commune"}, "poste": {"nombre": '
    + b"9" * 5_000
    + b"}}",
    b'{"intitule": 1e999999999999}',
    b'{"intitule": "' + b"x" * (fpt_offres.conversion.TAILLE_MAX + 10) + b'"}\n' + _OFFRE,
    b"\r\n".join([_OFFRE, b"", b"{", _OFFRE]),
]
_CONTENUS = st.one_of(
    st.sampled_from(_CONTENUS_PIEGES),
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from([_OFFRE, b"{}", b"", b"\xff", b'{"x":']), max_size=6).map(b"\n".join),
)
# Ni « / » ni « . » : un mot tiré au hasard reste un nom relatif sous le dossier du test.
_MOTS = st.text(st.characters(blacklist_characters="/\\."), max_size=12)
_OPTIONS = [
    "-h",
    "--help",
    "--aide",
    "--version",
    "--format",
    "--excel",
    "--aujourd-hui",
    "--espaces",
    "--dossier",
    "--",
]
_VALEURS = ["texte", "json", "markdown", "html", "simples", "2025-02-30", "9999-12-31", "demain"]


@contextlib.contextmanager
def _bac_a_sable(entree: bytes) -> Iterator[tuple[Path, io.StringIO, io.StringIO]]:
    """Un dossier courant jetable, l'entrée standard donnée, les sorties recueillies."""
    anciens = (os.getcwd(), sys.stdin, sys.stdout, sys.stderr)
    with tempfile.TemporaryDirectory() as dossier:
        sortie, erreurs = io.StringIO(), io.StringIO()
        os.chdir(dossier)
        sys.stdin = io.TextIOWrapper(io.BytesIO(entree), encoding="utf-8")
        sys.stdout, sys.stderr = sortie, erreurs
        try:
            yield Path(dossier), sortie, erreurs
        finally:
            os.chdir(anciens[0])
            sys.stdin, sys.stdout, sys.stderr = anciens[1:]


@st.composite
def _invocations(draw: st.DrawFn) -> tuple[list[str], list[tuple[str, bytes]], bytes]:
    """Une liste d'arguments, les fichiers à créer d'abord (nom, contenu), l'entrée standard."""
    fichiers = draw(
        st.lists(
            st.tuples(st.sampled_from(["a.json", "b.jsonl", "c.ndjson", "d", "e.JSON"]), _CONTENUS),
            max_size=3,
            unique_by=lambda f: f[0],
        )
    )
    chemins = [nom for nom, _ in fichiers] + ["-", "absent.json", "absent.jsonl", "sous", "."]
    jeton = st.one_of(
        st.sampled_from(chemins),
        st.sampled_from(_OPTIONS),
        st.sampled_from(_VALEURS),
        _MOTS,
    )
    commande = draw(st.one_of(st.sampled_from([c.nom for c in COMMANDES]), _MOTS))
    arguments = [commande, *draw(st.lists(jeton, max_size=5))]
    return arguments, fichiers, draw(_CONTENUS)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_invocations())
@example((["exemples", "--dossier", "a\x00b"], [], b""))
@example((["tableau", "\udcff", "-"], [], b"\xef\xbb\xbf" + _OFFRE))
@example((["resume", "\udd00"], [], b""))
@example((["exemples", "--dossier", "\udd00"], [], b""))
def test_jamais_de_trace(invocation: tuple[list[str], list[tuple[str, bytes]], bytes]) -> None:
    """Quoi qu'on lui donne, main rend un code documenté et n'écrit aucune trace."""
    arguments, fichiers, entree = invocation
    with _bac_a_sable(entree) as (dossier, sortie, erreurs):
        (dossier / "sous").mkdir()
        for nom, contenu in fichiers:
            (dossier / nom).write_bytes(contenu)
        code = cli.main(arguments)
    assert code in CODES_ATTENDUS, (code, erreurs.getvalue())
    assert "Traceback" not in erreurs.getvalue()
    assert "Traceback" not in sortie.getvalue()
    if code == 1:
        # Un refus se dit : au moins une ligne « étiquette: chemin: message [règle] ».
        assert "]" in sortie.getvalue() + erreurs.getvalue()


@given(st.text(max_size=30))
@example("a\x00b")
@example("\udcff.json")
@example("\ud800.json")
@example("")
def test_un_chemin_quelconque_est_une_ligne(chemin: str) -> None:
    """Un chemin quelconque (NUL, caractères de contrôle, demi-paires…) : un refus en une ligne."""
    with _bac_a_sable(b"{}") as (_, sortie, erreurs):
        code = cli.main(["valider", "--", chemin])
    assert code in {1, 2}, erreurs.getvalue()
    if code == 1:
        assert len(sortie.getvalue().splitlines()) >= 1
        assert erreurs.getvalue().endswith("refusée\n")
