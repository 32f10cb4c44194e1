"""Storing a setting from the window: a failure is logged and said in the status bar."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow

from app.session.failures import not_stored

log = logging.getLogger(__name__)


def store_change(window: QMainWindow, what: str, write: Callable[[], object]) -> bool:
    """Store a setting; when that fails, log it and say so (nothing claims it was kept)."""
    try:
        write()
    except Exception as error:
        say_not_stored(window, what, error)
        return False
    return True


def say_not_stored(window: QMainWindow, what: str, error: Exception) -> None:
    log.warning("Storing %s failed", what, exc_info=error)
    window.statusBar().showMessage(not_stored(what, error), 10000)
