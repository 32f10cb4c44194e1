"""Test set-up: Qt renders offscreen, and every test gets its own database and settings."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

# Must happen before anything imports Qt: with no display, Qt would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="clapwise-tests-"))
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = str(_HOME / variable.lower())
os.environ.pop("CLAPWISE_DB", None)

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# `make test` and CI replay the same examples on every run, so a green build stays green;
# running pytest directly explores new random examples each time.
settings.register_profile("repeatable", derandomize=True, print_blob=True)

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes more than a few seconds")


def pytest_unconfigure(config: pytest.Config) -> None:
    # The settings, data and cache folders every test shared: nothing of them is kept.
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "clapwise.sqlite"


@pytest.fixture
def store(database_path: Path):
    from app.storage.store import open_store

    opened = open_store(database_path)
    yield opened
    opened.close()


@pytest.fixture
def python() -> str:
    return sys.executable
