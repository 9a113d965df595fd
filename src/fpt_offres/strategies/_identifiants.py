"""Les identifiants : SIREN et SIRET à clé juste (La Poste comprise), adresses de courriel."""

from __future__ import annotations

import string
from functools import cache

import email_validator
from hypothesis import strategies as st
from stdnum import luhn

from fpt_offres.strategies._briques import BOOLEENS

SIREN_LA_POSTE = "356000000"
"""Le SIREN de La Poste, dont les SIRET suivent une règle propre."""


@cache
def _chiffres(nombre: int) -> st.SearchStrategy[str]:
    return st.text(string.digits, min_size=nombre, max_size=nombre)


@cache
def sirens() -> st.SearchStrategy[str]:
    """Des SIREN valides : neuf chiffres dont le dernier est la clé de Luhn (La Poste comprise)."""
    return st.one_of(
        st.just(SIREN_LA_POSTE),
        _chiffres(8).map(lambda debut: debut + luhn.calc_check_digit(debut)),
    )


_CINQ = st.sampled_from((0, 5))


def tirer_siret(draw: st.DrawFn, siren: str) -> str:
    """Un SIRET de ``siren`` : clé de Luhn, ou règle de La Poste."""
    if siren == SIREN_LA_POSTE:
        # Le siège (seul SIRET de La Poste à clé de Luhn) ou un établissement
        # dont la somme des chiffres est un multiple de 5.
        if draw(BOOLEENS):
            return "35600000000048"
        debut = siren + draw(_chiffres(4))
        return debut + str(-sum(map(int, debut)) % 5 + draw(_CINQ))
    debut = siren + draw(_chiffres(4))
    return debut + luhn.calc_check_digit(debut)


@st.composite
def _siret(draw: st.DrawFn, siren: str | None) -> str:
    return tirer_siret(draw, siren if siren is not None else draw(sirens()))


def sirets(*, siren: str | None = None) -> st.SearchStrategy[str]:
    """Des SIRET valides (clé de Luhn, ou règle de La Poste : somme des chiffres multiple de 5).

    Args:
        siren: le SIREN des établissements ; quelconque (La Poste comprise) si ``None``.
    """
    return _siret(siren)


_SPECIAL = frozenset(email_validator.SPECIAL_USE_DOMAIN_NAMES)

_ATOME = st.text(
    string.ascii_letters + string.digits + "!#$%&'*+/=?^_`{|}~-", min_size=1, max_size=8
)
# Une étiquette DNS ; « -- » en 3e et 4e position est réservé aux noms internationalisés
# encodés (« xn-- », RFC 5891 § 4.2.3.1), qu'email-validator refuse ailleurs.
_ETIQUETTE = st.from_regex(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,6}[A-Za-z0-9])?", fullmatch=True).filter(
    lambda etiquette: etiquette[2:4] != "--"
)
# Les domaines à usage spécial (RFC 6761 : « test », « localhost »…) ne reçoivent pas de
# courrier : email-validator les refuse.
_EXTENSION = st.text(string.ascii_letters, min_size=2, max_size=6).filter(
    lambda extension: extension.lower() not in _SPECIAL
)


_COURRIEL = st.builds(
    "{}@{}.{}".format,
    st.lists(_ATOME, min_size=1, max_size=3).map(".".join),
    st.lists(_ETIQUETTE, min_size=1, max_size=3).map(".".join),
    _EXTENSION,
)


@cache
def courriels() -> st.SearchStrategy[str]:
    """Des adresses de courriel à la syntaxe valide, usuelles ou inhabituelles."""
    return st.one_of(
        st.sampled_from(
            (
                "recrutement@marne.fr",
                "drh.recrutement@ville-poum.fr",
                "candidatures+2025@cdg51.fr",
                "o'brien@mairie.nc",
                "recrutement@mairie-évry.fr",
                "élodie.durand@marne.fr",
            )
        ),
        _COURRIEL,
    )
