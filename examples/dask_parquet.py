"""Des fichiers JSON Lines d'offres vers Parquet, sur une grappe Dask (ici, locale : 2 processus).

Chaque fichier JSON Lines est une partition : un processus de calcul la lit en flux
(``iterer_jsonl``), écrit ses offres valides dans un fichier Parquet (lignes typées,
et l'offre entière en JSON avec ``--offres-entieres``) et ne renvoie que son compte
et ses lignes refusées. Quelques offres entières reviennent aussi au programme
principal : elles voyagent par pickle, à travers leur JSON compact.

Lancer : ``.venv/bin/python examples/dask_parquet.py`` (extra ``dask``). Sans
``--entree``, le script écrit d'abord des partitions d'essai, dont une ligne fautive.
Sur une vraie grappe, remplacer ``LocalCluster`` par l'adresse de l'ordonnanceur
(``Client("tcp://…:8786")``) et les dossiers locaux par un stockage partagé.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs
import pyarrow.dataset as ds
from dask.distributed import Client, LocalCluster

from fpt_offres import Offre, OffreInvalide, exemples, iterer_jsonl, lire_jsonl, vers_json
from fpt_offres.exports.tables import ecrire_parquet


@attrs.frozen
class Compte:
    """Ce qu'une partition renvoie : son nom, ses offres écrites, ses lignes refusées."""

    partition: str
    offres: int
    refus: tuple[str, ...]


def _valides(jsonl: Path, refus: list[str]) -> Iterator[Offre]:
    for numero, resultat in iterer_jsonl(jsonl):
        if isinstance(resultat, OffreInvalide):
            refus.append(f"{jsonl.name}:{numero}: {resultat.problemes[0]}")
        else:
            yield resultat


def traiter_partition(jsonl: Path, dossier_parquet: Path, avec_json: bool) -> Compte:
    """Lit une partition JSON Lines en flux et écrit ses offres valides dans un Parquet."""
    refus: list[str] = []
    sortie = dossier_parquet / f"{jsonl.stem}.parquet"
    ecrites = ecrire_parquet(_valides(jsonl, refus), sortie, taille_lot=1_000, avec_json=avec_json)
    return Compte(jsonl.name, ecrites, tuple(refus))


def premieres_offres(jsonl: Path, nombre: int) -> list[Offre]:
    """Les ``nombre`` premières offres d'une partition, entières (renvoyées par pickle)."""
    offres: list[Offre] = []
    for offre in lire_jsonl(jsonl):
        if len(offres) == nombre:
            break
        offres.append(offre)
    return offres


def ecrire_partitions_d_essai(dossier: Path, partitions: int, par_partition: int) -> list[Path]:
    """Des partitions JSON Lines tirées des exemples ; la dernière ligne de la première est fautive."""
    modeles = exemples()
    chemins = []
    for rang in range(partitions):
        lignes = [
            vers_json(
                attrs.evolve(modeles[i % len(modeles)], reference=f"ESSAI-{rang}-{i}"), indent=None
            )
            for i in range(par_partition)
        ]
        if rang == 0:
            lignes.append('{"intitule": "Sans employeur"}')
        chemin = dossier / f"partition-{rang:04d}.jsonl"
        chemin.write_text("\n".join(lignes) + "\n", encoding="utf-8")
        chemins.append(chemin)
    return chemins


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entree", type=Path, help="dossier de fichiers *.jsonl (partitions)")
    parser.add_argument("--sortie", type=Path, help="dossier des fichiers Parquet")
    parser.add_argument("--processus", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=4, help="partitions d'essai")
    parser.add_argument(
        "--par-partition", type=int, default=250, help="offres par partition d'essai"
    )
    parser.add_argument(
        "--offres-entieres", action="store_true", help="ajoute la colonne offre_json"
    )
    arguments = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as temporaire:
        entree = arguments.entree or Path(temporaire) / "jsonl"
        sortie = arguments.sortie or Path(temporaire) / "parquet"
        if arguments.entree is None:
            entree.mkdir()
            ecrire_partitions_d_essai(entree, arguments.partitions, arguments.par_partition)
        sortie.mkdir(parents=True, exist_ok=True)
        partitions = sorted(entree.glob("*.jsonl"))

        with (
            # Sans tableau de bord, et le serveur HTTP de l'ordonnanceur sur un port libre : le port
            # 8787 peut être pris (deux lots en même temps), et un lot n'en a pas besoin.
            LocalCluster(
                n_workers=arguments.processus,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            ) as grappe,
            Client(grappe) as client,
        ):
            taches = client.map(
                traiter_partition,
                partitions,
                dossier_parquet=sortie,
                avec_json=arguments.offres_entieres,
            )
            comptes: list[Compte] = client.gather(taches)
            echantillon: list[Offre] = client.submit(premieres_offres, partitions[0], 2).result()

        table = ds.dataset(sortie, format="parquet").to_table(
            columns=["employeur_nom", "date_limite_candidature", "missions_count"]
        )
        total = sum(c.offres for c in comptes)
        # Sans --sortie, le dossier est temporaire : le dire, plutôt qu'un chemin effacé à la fin.
        ou = f"{sortie}/" if arguments.sortie else "un dossier temporaire (--sortie pour le garder)"
        print(f"{len(partitions)} partitions, {total} offres écrites en Parquet dans {ou}")
        for compte in comptes:
            for refus in compte.refus:
                print(f"  refusée : {refus}")
        print(
            f"  lues de nouveau : {table.num_rows} lignes, {sum(table['missions_count'].to_pylist())} missions"
        )
        print(f"  offres entières reçues : {[o.reference for o in echantillon]}")


if __name__ == "__main__":
    main()
