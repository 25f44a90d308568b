# The two commands a new machine needs (see README): `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test lint check system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/streamlit run app.py --server.headless true --server.address localhost --server.port $(PORT)

# System packages the tests need (Chromium for end-to-end tests, poppler for PDF pages).
system-deps:
	bash scripts/install-system-deps.sh

test: $(VENV)/.installed-dev system-deps
	$(BIN)/ruff check .
	$(BIN)/plainleaf check
	$(BIN)/python -m pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: $(VENV)/.installed
	$(BIN)/plainleaf check

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info artifacts
