# Clapwise: `make run` opens the app, `make test` runs everything CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck format bench eval models package system-deps clean

run: system-deps $(STAMP)
	$(BIN)/clapwise

test: system-deps $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --hypothesis-profile=repeatable

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

eval: $(STAMP)
	$(BIN)/python -m tools.eval

bench: $(STAMP)
	$(BIN)/python -m tools.build_compact
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.bench

models: $(STAMP)
	$(BIN)/python -m tools.train_headline

package: system-deps $(STAMP)
	$(BIN)/pip install -q -e '.[package]'
	$(BIN)/python -m tools.build_compact
	$(BIN)/python packaging/build.py

system-deps:
	@bash packaging/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m tools.build_compact
	touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
