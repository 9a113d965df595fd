# Deux commandes sur une machine neuve : `make demo` et `make test`.
# Chaque cible crée .venv au besoin et y installe ce qu'il faut.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installe
EXTRAS ?= test,docs,bench,tableaux,pandas,polars,dask
# RESOLUTION=lowest-direct installe, par uv, les plus basses versions que pyproject.toml
# permet à ses dépendances directes, extras compris (la CI vérifie ainsi les bornes déclarées ;
# les dépendances de ces dépendances restent les dernières compatibles) ; vide, pip prend les
# dernières.
RESOLUTION ?=

.PHONY: help demo test lint typecheck pytest examples docs bench bench-rapide bench-cli bench-adversaire eval eval-bulk annonces clean

help:  ## Liste les cibles
	@grep -E '^[a-z-]+:.*##' Makefile | sed 's/:.*##/ —/'

# Le corpus partagé : ../shared/corpus depuis le dépôt principal, sinon à préciser (CORPUS=…).
CORPUS ?= $(firstword $(wildcard ../shared/corpus ../../shared/corpus) ../shared/corpus)

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

demo: $(STAMP)  ## Résume les offres d'exemple, en écrit une comme annonce, puis lit le texte d'une offre
	$(VENV)/bin/fpt-offres resume
	@echo
	$(VENV)/bin/fpt-offres afficher src/fpt_offres/exemples/01-marne-secretaire-general.json
	@echo
	$(VENV)/bin/fpt-offres extraire examples/textes/poum-secretaire-general.txt --format preuves

test: lint typecheck pytest examples docs  ## Toutes les vérifications

lint: $(STAMP)  ## ruff (style et erreurs courantes) et bandit (sécurité, docs/securite.md)
	$(VENV)/bin/ruff check src tests examples benchmarks docs/conf.py
	$(VENV)/bin/ruff format --check src tests examples benchmarks docs/conf.py
	$(VENV)/bin/bandit -q -r src

typecheck: $(STAMP)  ## mypy --strict
	$(VENV)/bin/mypy --strict

# Un dossier temporaire propre à l'environnement : deux suites (deux Python) ne se gênent pas.
pytest: $(STAMP)  ## tests, propriétés hypothesis (profil ci si CI=true) et doctests
	$(VENV)/bin/pytest --basetemp=$(VENV)/tmp-pytest

examples: $(STAMP)  ## exécute chaque script d'exemple
	@for f in examples/*.py; do echo "== $$f"; $(PY) $$f > /dev/null || exit 1; done

docs: $(STAMP)  ## documentation Sphinx (avertissements = erreurs) et ses doctests
	$(VENV)/bin/sphinx-build -q -n -W --keep-going -b html docs docs/_build/html
	$(VENV)/bin/sphinx-build -q -n -W --keep-going -b doctest docs docs/_build/doctest

bench: $(STAMP)  ## compare fpt_offres à pydantic et msgspec sur 10 000 offres, mesure l'extraction (jamais asserté)
	$(PY) benchmarks/bench_comparaison.py
	$(PY) benchmarks/bench_extraction.py $(CORPUS)

bench-rapide: $(STAMP)  ## la même comparaison, courte (2 000 offres, 3 tours)
	$(PY) benchmarks/bench_comparaison.py --offres 2000 --tours 3 --imports 5

bench-cli: $(STAMP)  ## la ligne de commande sur 1 000 à 16 000 offres : mémoire maximale, premier octet, débit
	$(PY) benchmarks/bench_cli.py
bench-adversaire: $(STAMP)  ## pire cas de chaque point d'entrée sur des textes hostiles (jamais asserté)
	$(PY) benchmarks/bench_adversarial.py
eval: $(STAMP)  ## compare l'extraction aux offres lues à la main (faits et offres entières)
	$(PY) benchmarks/eval_extraction.py $(CORPUS)
eval-bulk: $(STAMP)  ## mesure l'extraction sur 40 descriptions tirées du corpus bulk, lues à la main
	$(PY) benchmarks/eval_bulk.py $(CORPUS)
annonces: $(STAMP)  ## réécrit les annonces de référence (tests/annonces/) : relire le diff
	REECRIRE_ANNONCES=1 $(VENV)/bin/pytest -q -p no:randomly tests/test_annonces.py -k sortie_de_reference

clean:  ## supprime .venv et les artefacts
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
