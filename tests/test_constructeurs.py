"""Des constructeurs aussi stricts que le lecteur (types annotés, bornes du format).

Chaque classe du modèle refuse à la construction une valeur du mauvais type par
:class:`~fpt_offres.ValeurInvalide`, en nommant le champ ; et tout objet que les
constructeurs acceptent fait l'aller-retour JSON à l'identique.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fpt_offres import (
    Calendrier,
    Employeur,
    Fourchette,
    Offre,
    TypeEmployeur,
    ValeurInvalide,
    bornes,
    depuis_json,
    modele,
    vers_json,
)
from fpt_offres.strategies import offres

Chemin = tuple[tuple[str, int | None], ...]
"""Le chemin d'un objet dans une offre : (champ, rang dans le tuple ou None) par niveau."""


def _objets(objet: Any, chemin: Chemin = ()) -> Iterator[tuple[Chemin, Any]]:
    """Chaque objet attrs d'une offre, avec son chemin."""
    yield chemin, objet
    for champ in attrs.fields(type(objet)):
        valeur = getattr(objet, champ.name)
        if attrs.has(type(valeur)):
            yield from _objets(valeur, (*chemin, (champ.name, None)))
        elif type(valeur) is tuple:
            for rang, element in enumerate(valeur):
                if attrs.has(type(element)):
                    yield from _objets(element, (*chemin, (champ.name, rang)))


def _remplacer(objet: Any, chemin: Chemin, champ: str, valeur: Any) -> Any:
    """``objet`` où le champ ``champ`` de l'objet au bout de ``chemin`` vaut ``valeur``,
    chaque objet du chemin reconstruit par son constructeur."""
    if not chemin:
        return attrs.evolve(objet, **{champ: valeur})
    (nom, rang), reste = chemin[0], chemin[1:]
    enfant = getattr(objet, nom)
    if rang is None:
        return attrs.evolve(objet, **{nom: _remplacer(enfant, reste, champ, valeur)})
    elements = list(enfant)
    elements[rang] = _remplacer(elements[rang], reste, champ, valeur)
    return attrs.evolve(objet, **{nom: tuple(elements)})


def _base(annotation: Any) -> Any:
    return typing.get_origin(annotation) or annotation


# Pour chaque type de champ, des valeurs d'un autre type, proches de la bonne (la
# chaîne d'une énumération ou d'une date, l'entier d'un décimal, la liste d'un tuple).
_MAUVAIS: dict[Any, tuple[Any, ...]] = {
    str: (1, b"texte", ["texte"]),
    int: ("1", True, 1.0, Decimal(1)),
    bool: (1, "true", None),
    Decimal: ("12.5", 12, 12.5),
    datetime.date: (
        "2026-01-31",
        datetime.datetime(2026, 1, 31, tzinfo=datetime.UTC),
        20260131,
    ),
    tuple: (["x"], "x", {"x"}),
}


def _mauvais(annotation: Any) -> tuple[Any, ...]:
    membres = (
        typing.get_args(annotation)
        if typing.get_origin(annotation) in (typing.Union, type(int | None))
        else (annotation,)
    )
    permis = {_base(m) for m in membres}
    candidats: list[Any] = []
    for membre in membres:
        base = _base(membre)
        if isinstance(base, type) and issubclass(base, enum.Enum):
            candidats += [next(iter(base)).value, next(iter(base)).name]
        elif attrs.has(base):
            candidats += [{}, "objet"]
        else:
            candidats += _MAUVAIS.get(base, ())
    return tuple(c for c in candidats if type(c) not in permis)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(offres(), st.data())
def test_type_faux_refuse_en_nommant_le_champ(offre: Offre, data: st.DataObject) -> None:
    """Une valeur du mauvais type, dans n'importe quel champ de n'importe quelle partie
    d'une offre, est refusée par ValeurInvalide qui nomme ce champ (règle « type »)."""
    _chemin, objet = data.draw(st.sampled_from(list(_objets(offre))), label="objet")
    types_ = typing.get_type_hints(type(objet))
    champ = data.draw(st.sampled_from([c.name for c in attrs.fields(type(objet))]), label="champ")
    mauvais = _mauvais(types_[champ])
    valeur = data.draw(st.sampled_from(mauvais), label="valeur")
    with pytest.raises(ValeurInvalide) as erreur:
        attrs.evolve(objet, **{champ: valeur})
    assert erreur.value.regle == "type"
    assert erreur.value.champ == champ


# Des valeurs de tous les types que le modèle emploie, et d'autres : l'objet construit
# avec l'une d'elles est refusé, ou accepté et relu à l'identique.
_ENUMERATIONS = [
    c
    for n in modele.__all__
    if isinstance(c := getattr(modele, n), type) and issubclass(c, enum.Enum)
]
_N_IMPORTE_QUOI = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(10**30), 10**30),
    st.floats(),
    st.decimals(),
    st.decimals(places=3),
    st.text(max_size=5),
    st.dates(),
    st.datetimes(),
    st.lists(st.text(max_size=3), max_size=2),
    st.lists(st.text(max_size=3), max_size=2).map(tuple),
    st.sampled_from(_ENUMERATIONS).flatmap(st.sampled_from),
)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(offres(), st.data())
def test_objet_accepte_relu_a_l_identique(offre: Offre, data: st.DataObject) -> None:
    """Pour tout objet que les constructeurs acceptent, depuis_json(vers_json(o)) == o."""
    chemin, objet = data.draw(st.sampled_from(list(_objets(offre))), label="objet")
    champ = data.draw(st.sampled_from([c.name for c in attrs.fields(type(objet))]), label="champ")
    valeur = data.draw(_N_IMPORTE_QUOI, label="valeur")
    try:
        modifiee = _remplacer(offre, chemin, champ, valeur)
    except ValeurInvalide:
        return
    assert depuis_json(vers_json(modifiee)) == modifiee


@pytest.mark.parametrize(
    ("construire", "champ"),
    [
        (lambda: Employeur(nom="Ville de Reims", type="mairie"), "type"),  # type: ignore[arg-type]
        (lambda: Calendrier(date_limite_candidature="2026-01-31"), "date_limite_candidature"),  # type: ignore[arg-type]
        (lambda: Fourchette(minimum="2000"), "minimum"),  # type: ignore[arg-type]
        (lambda: Fourchette(minimum=2000), "minimum"),  # type: ignore[arg-type]
        (lambda: modele.Chiffre(valeur=True), "valeur"),
        (lambda: modele.Adresse(lignes=["1 place de la Mairie"]), "lignes"),  # type: ignore[arg-type]
        (lambda: modele.Adresse(lignes=("1 place de la Mairie", 2)), "lignes[1]"),  # type: ignore[arg-type]
        (
            lambda: Calendrier(
                date_publication=datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.UTC)
            ),
            "date_publication",
        ),
        (
            lambda: Offre(intitule="Agent (F/H)", employeur={"nom": "Y", "type": "commune"}),  # type: ignore[arg-type]
            "employeur",
        ),
    ],
)
def test_reproducteurs(construire: Any, champ: str) -> None:
    """Les reproducteurs de la revue (newcomer D5) : refusés à la construction."""
    with pytest.raises(ValeurInvalide) as erreur:
        construire()
    assert (erreur.value.champ, erreur.value.regle) == (champ, "type")


@pytest.mark.parametrize(
    ("construire", "regle"),
    [
        (lambda: Calendrier(date_publication=datetime.date(9999, 12, 1)), "date-hors-bornes"),
        (lambda: Calendrier(date_publication=datetime.date(1945, 12, 31)), "date-hors-bornes"),
        (lambda: Fourchette(minimum=Decimal("1E+999999999")), "nombre-hors-bornes"),
        (lambda: Fourchette(minimum=Decimal("1.005")), "decimales"),
        (lambda: Fourchette(minimum=Decimal("NaN")), "nombre-fini"),
        (lambda: modele.Poste(nombre=10**25), "nombre-hors-bornes"),
        (lambda: modele.Chiffre(valeur=10**5000), "nombre-hors-bornes"),
        (lambda: modele.Horaire(heures=49), "heures-semaine"),
    ],
)
def test_bornes_a_la_construction(construire: Any, regle: str) -> None:
    """Les nombres et les dates hors des bornes du format sont refusés à la construction."""
    with pytest.raises(ValeurInvalide) as erreur:
        construire()
    assert erreur.value.regle == regle


def test_bornes_atteintes_acceptees() -> None:
    """Les bornes elles-mêmes sont permises."""
    Calendrier(date_publication=bornes.DATE_MIN, date_limite_candidature=bornes.DATE_MAX)
    Fourchette(minimum=Decimal("0.01"), maximum=bornes.MONTANT_MAX)
    modele.Poste(nombre=bornes.POSTES_MAX)
    modele.Horaire(heures=bornes.HEURES_HEBDO_MAX)


def test_chaque_nombre_est_borne() -> None:
    """Tout champ entier ou décimal du modèle a un maximum (positif(maximum=…) ou borne)."""
    from fpt_offres import _validateurs as v

    sans_borne = []
    for nom in modele.__all__:
        classe = getattr(modele, nom)
        if not attrs.has(classe):
            continue
        types_ = typing.get_type_hints(classe)
        for champ in attrs.fields(classe):
            membres = set(typing.get_args(types_[champ.name])) or {types_[champ.name]}
            if not membres & {int, Decimal}:
                continue
            decrits = [getattr(x, "validateur", x) for x in v.a_plat(champ.validator)]
            if not any(
                isinstance(x, v._Borne) or (isinstance(x, v._Positif) and x.maximum is not None)
                for x in decrits
            ):
                sans_borne.append(f"{nom}.{champ.name}")
    assert sans_borne == []


def test_type_employeur_accepte() -> None:
    """Le bon type passe, et le message d'un mauvais dit ce qui est attendu."""
    assert Employeur(nom="Ville", type=TypeEmployeur.COMMUNE).type is TypeEmployeur.COMMUNE
    with pytest.raises(ValeurInvalide, match=r"un membre de TypeEmployeur .* reçu str 'mairie'"):
        Employeur(nom="Ville", type="mairie")  # type: ignore[arg-type]
