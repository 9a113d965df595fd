# Deux commandes sur une machine neuve : `make demo` et `make test`.
# Chaque cible crée .venv au besoin et y installe ce qu'il faut.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installe
EXTRAS ?= test,docs,bench,tableaux,pandas,polars,dask
# RESOLUTION=lowest-direct installe, par uv, les plus basses versions que pyproject.toml
# permet (la CI vérifie ainsi les bornes déclarées) ; vide, pip prend les dernières.
RESOLUTION ?=

.PHONY: help demo test lint typecheck pytest examples docs bench bench-rapide annonces clean

help:  ## Liste les cibles
	@grep -E '^[a-z]+:.*##' Makefile | sed 's/:.*##/ —/'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
ifeq ($(RESOLUTION),)
	$(PY) -m pip install --quiet -e '.[$(EXTRAS)]'
else
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) --resolution $(RESOLUTION) -e '.[$(EXTRAS)]'
endif
	touch $(STAMP)

demo: $(STAMP)  ## Résume les offres d'exemple, puis en écrit une comme annonce
	$(VENV)/bin/fpt-offres resume
	@echo
	$(VENV)/bin/fpt-offres afficher src/fpt_offres/exemples/01-marne-secretaire-general.json

test: lint typecheck pytest examples docs  ## Toutes les vérifications

lint: $(STAMP)  ## ruff (style et erreurs courantes)
	$(VENV)/bin/ruff check src tests examples benchmarks docs/conf.py
	$(VENV)/bin/ruff format --check src tests examples benchmarks docs/conf.py

typecheck: $(STAMP)  ## mypy --strict
	$(VENV)/bin/mypy --strict

pytest: $(STAMP)  ## tests, propriétés hypothesis (profil ci si CI=true) et doctests
	$(VENV)/bin/pytest

examples: $(STAMP)  ## exécute chaque script d'exemple
	@for f in examples/*.py; do echo "== $$f"; $(PY) $$f > /dev/null || exit 1; done

docs: $(STAMP)  ## documentation Sphinx (avertissements = erreurs) et ses doctests
	$(VENV)/bin/sphinx-build -q -n -W --keep-going -b html docs docs/_build/html
	$(VENV)/bin/sphinx-build -q -n -W --keep-going -b doctest docs docs/_build/doctest

bench: $(STAMP)  ## compare fpt_offres à pydantic et msgspec sur 10 000 offres (jamais asserté)
	$(PY) benchmarks/bench_comparaison.py

bench-rapide: $(STAMP)  ## la même comparaison, courte (2 000 offres, 3 tours)
	$(PY) benchmarks/bench_comparaison.py --offres 2000 --tours 3 --imports 5

annonces: $(STAMP)  ## réécrit les annonces de référence (tests/annonces/) : relire le diff
	REECRIRE_ANNONCES=1 $(VENV)/bin/pytest -q -p no:randomly tests/test_annonces.py -k sortie_de_reference

clean:  ## supprime .venv et les artefacts
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
