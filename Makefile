# Clapwise: `make run` opens the app, `make test` runs everything CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck format bench eval models package screenshots system-deps clean

run: system-deps $(STAMP)
	@echo "Starting Clapwise…"
	@$(BIN)/clapwise

test: system-deps $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q --hypothesis-profile=repeatable

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

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
	$(BIN)/python -m tools.train_tags

package: system-deps $(STAMP)
	@echo "→ Installing PyInstaller"
	@$(BIN)/pip install -q --disable-pip-version-check -e '.[package]'
	@$(BIN)/python -m tools.build_compact
	@echo "→ Building dist/clapwise (a few minutes)"
	$(BIN)/python packaging/build.py

# PNGs of the real window (main, headline lab, checklist; light and dark; 1280x720 and
# 1920x1080) in screenshots/, under Xvfb when it is installed, else Qt's offscreen platform.
screenshots: $(STAMP)
	@if command -v xvfb-run >/dev/null 2>&1; then \
		xvfb-run -a -s "-screen 0 1920x1080x24" $(BIN)/python -m tools.screenshots screenshots; \
	else \
		QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots screenshots; \
	fi

system-deps:
	@bash packaging/system-deps.sh

# First run: say what is happening; pip shows its progress. Build-tool deprecation warnings
# are for the project's maintainers, not for someone starting the app, so they are silenced.
$(STAMP): pyproject.toml
	@echo "Setting up Clapwise in $(VENV) (first run only, about a minute)…"
	@$(PYTHON) -m venv $(VENV)
	@echo "→ Updating pip"
	@$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	@echo "→ Installing Clapwise and its libraries (Qt, NLTK, SQLAlchemy and others)"
	@PYTHONWARNINGS=ignore $(BIN)/python -m pip install --disable-pip-version-check \
		--progress-bar on -e '.[dev]'
	@echo "→ Building compact word tables"
	@$(BIN)/python -m tools.build_compact
	@$(BIN)/python -m compileall -q app
	@touch $(STAMP)
	@echo "→ Ready"

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
