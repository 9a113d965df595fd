"""Le français écrit des offres : dates, montants, durées, horaires, quotités, listes.

Chaque fonction a la forme de celles de babel, ``formater_x(valeur, format=…, *,
locale=…)`` ; la locale vaut :data:`LOCALE` (``"fr_FR"``) et n'est **jamais** lue
dans l'environnement du processus. babel fait tout le travail de la locale
(CLDR : mois, séparateurs, devises, pluriels, listes) et n'est importé qu'au
premier appel : ``import fpt_offres`` ne charge pas babel.

La typographie est celle d'un correcteur soigneux : espace fine insécable
(U+202F) entre les milliers comme babel l'écrit, espace insécable (U+00A0)
avant « € », « % », « : » et à l'intérieur des guillemets « », « 1er » pour le
premier du mois, apostrophe typographique (’). L'argument ``espaces="simples"``
remplace les espaces insécables par des espaces ordinaires, pour les systèmes
qui ne les acceptent pas.

Les mots (« de … à … », « clôture dans … ») sont français ; une autre locale
francophone (``"fr_BE"``, ``"fr_CH"``, ``"fr_NC"``…) change les séparateurs et
les formats de date, pas les mots.

>>> import datetime
>>> from decimal import Decimal
>>> formater_date(datetime.date(2025, 7, 1), "complet")
'mardi 1er juillet 2025'
>>> formater_montant(Decimal("2461.39"), espaces="simples")
'2 461,39 €'

Sources : Imprimerie nationale, *Lexique des règles typographiques en usage à
l'Imprimerie nationale* (espaces, abréviations, « 1er ») ; Unicode CLDR par
babel (https://babel.pocoo.org/).
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "ESPACE_FINE",
    "ESPACE_INSECABLE",
    "LOCALE",
    "Espaces",
    "FormatDate",
    "FormatDuree",
    "FormatHeures",
    "StyleListe",
    "entre_guillemets",
    "formater_categories",
    "formater_cloture",
    "formater_compte",
    "formater_date",
    "formater_duree",
    "formater_fourchette",
    "formater_heures",
    "formater_liste",
    "formater_montant",
    "formater_nombre",
    "formater_pourcentage",
    "formater_quotite",
]

LOCALE = "fr_FR"
"""La locale de toutes les fonctions, le français de France ; jamais celle de l'environnement."""

ESPACE_INSECABLE = "\u00a0"
"""L'espace insécable U+00A0, avant le deux-points, « € », « % » et dans les guillemets."""

ESPACE_FINE = "\u202f"
"""L'espace fine insécable U+202F, entre les milliers et autour de « h »."""

Espaces = Literal["insecables", "simples"]
"""Les espaces insécables telles que babel les écrit, ou des espaces ordinaires."""

FormatDate = Literal["complet", "long", "abrege", "court"]
"""« mardi 1er juillet 2025 », « 1er juillet 2025 », « 1er juil. 2025 », « 01/07/2025 »."""

FormatDuree = Literal["usuel", "detaille", "mois"]
"""« 18 mois » et « 3 ans » ; « 1 an et 6 mois » ; tout en mois, « 36 mois »."""

FormatHeures = Literal["heures", "fraction"]
"""« 17 h 30 » ; ou la fraction du temps complet d'un temps non complet, « 17,5/35e »."""

StyleListe = Literal["et", "ou"]
"""« A, B et C » ou « A, B ou C »."""

# Les constantes et les types sont définis ici, où Sphinx lit leurs docstrings ; les sous-modules
# les importent d'ici et ne s'importent donc qu'après eux.
from fpt_offres.formatage._dates import (  # noqa: E402
    formater_cloture,
    formater_date,
    formater_duree,
)
from fpt_offres.formatage._listes import (  # noqa: E402
    entre_guillemets,
    formater_categories,
    formater_liste,
)
from fpt_offres.formatage._nombres import (  # noqa: E402
    formater_compte,
    formater_fourchette,
    formater_heures,
    formater_montant,
    formater_nombre,
    formater_pourcentage,
    formater_quotite,
)
