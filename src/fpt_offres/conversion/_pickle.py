"""Une offre pour pickle : son JSON compact, relu à l'arrivée par le lecteur rapide.

Deux fois moins de temps que l'état attrs objet par objet, et 0,6 fois les octets
(mesuré : ``benchmarks/bench_pickle.py``, page « Performance ») : des processus de
calcul (multiprocessing, Dask, Spark) se renvoient des offres à moindre coût.

La réduction est attachée ici plutôt qu'écrite dans ``modele/offre.py`` : le modèle
reste sans conversion et n'importe jamais ce paquet. ``fpt_offres`` importe
``fpt_offres.conversion`` à son import, et tout import de ``fpt_offres.modele``
passe d'abord par lui : la réduction est en place avant qu'une offre existe.

>>> import pickle
>>> from fpt_offres import exemples
>>> pickle.loads(pickle.dumps(exemples()[0])) == exemples()[0]
True
"""

from __future__ import annotations

from typing import Any, SupportsIndex

from fpt_offres.conversion.convert import _lire, _octets_orjson, vers_json
from fpt_offres.modele import Offre

__all__: list[str] = []


def depuis_pickle(octets: bytes) -> Offre:
    """L'offre d'un pickle, relue de son JSON compact.

    Sans la borne ``TAILLE_MAX``, qui protège des documents étrangers : un pickle
    ne s'ouvre de toute façon que s'il vient d'une source sûre. Ce nom est écrit
    dans chaque pickle d'offre : il ne change pas.
    """
    return _lire(octets)


def reduire(offre: Offre, protocole: SupportsIndex) -> str | tuple[Any, ...]:
    """``Offre.__reduce_ex__`` : le JSON compact, sauf pour une sous-classe d'utilisateur.

    Le JSON ne sait pas nommer une sous-classe : elle garde la réduction ordinaire.
    ``__reduce_ex__`` plutôt que ``__reduce__`` : ``object.__reduce_ex__`` redonne
    alors la réduction ordinaire sans revenir ici.
    """
    if type(offre) is not Offre:
        return object.__reduce_ex__(offre, protocole)
    octets = _octets_orjson(offre)
    if octets is None:
        octets = vers_json(offre, indent=None).encode()
    return (depuis_pickle, (octets,))


setattr(Offre, "__reduce_ex__", reduire)  # noqa: B010  (mypy refuse l'affectation d'une méthode)
