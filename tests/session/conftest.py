"""A real SQLite file per test, opened as the window opens it (short busy timeout)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.session import Workspace
from app.session.error_log import install_error_log, log_path_for
from app.storage.store import open_store

UI_BUSY_TIMEOUT_MS = 80


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ui_store(database_path: Path):
    opened = open_store(database_path, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
    yield opened
    opened.close()


@pytest.fixture
def workspace(ui_store, clock) -> Workspace:
    return Workspace(ui_store, clock=clock)


@pytest.fixture
def error_log(database_path: Path) -> Iterator[Path]:
    path = log_path_for(database_path)
    assert install_error_log(path) is None
    yield path
    install_error_log(path.with_name("after-test.log"))
