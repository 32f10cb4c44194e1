"""The main window's size and open docks, stored at close and restored at start."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from app.session.preferences import Preferences
from app.ui.screen_fit import resize_within_screen

log = logging.getLogger(__name__)


def restore_geometry(
    window: QMainWindow, preferences: Preferences, keep_to_screen: Callable[[], object]
) -> None:
    """The window's size and the docks the writer left open (all docks exist by now)."""
    geometry, state = preferences.window_layout()
    if geometry:
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
    if state:
        window.restoreState(QByteArray.fromBase64(state.encode("ascii")))
    if geometry:
        # Saved on a larger screen, the window would run past this one's edge, hiding
        # its panels: it comes back within this screen, the panes making way for them.
        resize_within_screen(window, window.width(), window.height())
        keep_to_screen()


def save_geometry(window: QMainWindow, preferences: Preferences) -> None:
    geometry, state = (
        bytes(value.toBase64().data()).decode("ascii")
        for value in (window.saveGeometry(), window.saveState())
    )
    try:
        preferences.set_window_layout(geometry, state)
    except Exception:  # the layout is a convenience; closing must not fail on it
        log.warning("Could not store the window layout", exc_info=True)
