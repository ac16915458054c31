# Every target does its own set-up: a venv with the pinned packages and the NLTK data.
# `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARTICLE ?=
PYTEST_ARGS ?=
export PATH := $(abspath $(VENV))/bin:$(PATH)
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.DEFAULT_GOAL := help
.PHONY: help setup run test unit lab html bench clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-6s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP) ## create .venv, install the pins, find (or fetch) the NLTK data
	@$(PY) -m koreanews setup

run: setup ## execute every notebook in order; ARTICLE=path runs on another article into reports/
	@$(PY) -m koreanews.navigation
	$(PY) -m koreanews run $(if $(ARTICLE),--article $(ARTICLE))

test: setup ## unit tests, strict nbval on every notebook, the browser test
	$(PY) -m pytest -n 2 --dist loadscope --nbval $(PYTEST_ARGS)

unit: setup ## unit tests only (quick)
	$(PY) -m pytest tests -n 2 -m "not browser" $(PYTEST_ARGS)

lab: setup ## open the collection in JupyterLab
	$(PY) -m jupyter lab notebooks/00_overview.ipynb $(if $(filter 0,$(shell id -u)),--allow-root)

html: setup ## render every notebook into a static site in site/
	$(PY) -m koreanews html --out site

bench: setup ## corpus benchmark: articles per second, peak memory, overhead
	$(PY) benchmarks/corpus.py --articles 1000 --scaling

clean: ## remove what the targets build (site/, reports/, caches); keeps .venv
	rm -rf site reports build screenshots .pytest_cache
