"""Storing a change from the window or a widget in it: a failure is logged and said in one
sentence in the window's status bar (a locked or full database must not look like a crash)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from app.session.failures import not_stored

log = logging.getLogger(__name__)


def store_change(widget: QWidget, what: str, write: Callable[[], object]) -> bool:
    """Store a change; when that fails, log it and say so (nothing claims it was kept).

    ``widget`` is the main window or a widget inside it (a panel, a dialog); ``what`` names
    the change in the sentence: "your tags", "the star".
    """
    try:
        write()
    except Exception as error:
        say_not_stored(widget, what, error)
        return False
    return True


def say_not_stored(widget: QWidget, what: str, error: Exception) -> None:
    log.warning("Storing %s failed", what, exc_info=error)
    sentence = not_stored(what, error)
    window = _main_window(widget)
    if window is not None:
        window.statusBar().showMessage(sentence, 10000)
    else:  # a widget shown on its own: no status bar to say it in
        QMessageBox.warning(widget, "Not stored", sentence)


#: What a message box adds: the writer's entry is still there to try again.
KEPT = "What you entered is still here: try again in a moment."
#: ... or, for a change with nothing typed to keep (a choice put back as stored), only that.
AGAIN = "Try again in a moment."


def warn_not_stored(
    widget: QWidget, title: str, what: str, error: Exception, then: str = KEPT
) -> None:
    """Say in a message box over ``widget`` that ``what`` could not be stored, and ``then``
    what to do, and log it: for a window of its own (the Plan window), which covers the main
    window's status bar."""
    log.warning("Storing %s failed", what, exc_info=error)
    QMessageBox.warning(widget, title, f"{not_stored(what, error)} {then}")


def _main_window(widget: QWidget) -> QMainWindow | None:
    """The main window holding ``widget`` (a dialog's or a floating panel's parent)."""
    current: QWidget | None = widget
    while current is not None and not isinstance(current, QMainWindow):
        current = current.parentWidget()
    return current
