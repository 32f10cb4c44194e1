"""The side panels (headline lab, preview, checklist, promotion posts) as tabs of one dock area.

One area keeps the writing column wide: opening a second panel adds a tab instead of a second
column, and the panel just opened is always the tab in front. The centre keeps a minimum width
of about sixty characters of body text, so no panel can squeeze it below a readable line.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

READABLE_CHARACTERS = 60  # the narrowest writing column a panel may leave
PANEL_AREA = Qt.DockWidgetArea.RightDockWidgetArea


def readable_width(editor: QWidget) -> int:
    """Pixels for ``READABLE_CHARACTERS`` of the editor's font, plus its side margins."""
    return editor.fontMetrics().averageCharWidth() * READABLE_CHARACTERS + 48


def gather_side_panels(
    window: QMainWindow, panels: Sequence[QDockWidget], writing_column: QWidget, editor: QWidget
) -> None:
    """Put ``panels`` in one tabbed dock area and keep ``writing_column`` readable."""
    window.setTabPosition(PANEL_AREA, QTabWidget.TabPosition.North)
    window.setDockOptions(
        QMainWindow.DockOption.AnimatedDocks
        | QMainWindow.DockOption.AllowTabbedDocks
        | QMainWindow.DockOption.GroupedDragging
    )
    for panel in panels:
        panel.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        if window.dockWidgetArea(panel) != PANEL_AREA:
            window.addDockWidget(PANEL_AREA, panel)
    for first, second in pairwise(panels):
        window.tabifyDockWidget(first, second)
    for panel in panels:
        # Opened from a menu or a shortcut: bring its tab to the front, never behind another.
        panel.toggleViewAction().triggered.connect(
            lambda checked, shown=panel: shown.raise_() if checked else None
        )
    writing_column.setMinimumWidth(readable_width(editor))
