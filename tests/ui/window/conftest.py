"""The window's store opened as the app opens it: a locked database holds the window no
longer than the app's busy timeout."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.store import open_store
from app.ui.application import UI_BUSY_TIMEOUT_MS


@pytest.fixture
def ui_store(database_path: Path):
    opened = open_store(database_path, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
    yield opened
    opened.close()
