"""A wait cursor for the conversions that run on the UI thread when the writer asks for them."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """Show a wait cursor meanwhile (converting a 20,000-word draft takes a few hundred ms)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
