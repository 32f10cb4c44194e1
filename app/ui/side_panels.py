"""The side panels (headline lab, preview, checklist, promotion posts) as tabs of one dock area.

One area keeps the writing column wide: opening a second panel adds a tab instead of a second
column, and the panel just opened is always the tab in front. The centre keeps a minimum width
of about sixty characters of body text, so no panel can squeeze it below a readable line.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

READABLE_CHARACTERS = 60  # the narrowest writing column a panel may leave
PANEL_MIN_WIDTH = 360  # a panel narrower than this cannot show a headline or a checklist line
PANEL_WIDTH = 480  # what a panel asks for when it opens, room permitting
PANEL_AREA = Qt.DockWidgetArea.RightDockWidgetArea


def readable_width(editor: QWidget) -> int:
    """Pixels for ``READABLE_CHARACTERS`` of the editor's font, plus its side margins."""
    scrollbar = editor.verticalScrollBar().sizeHint().width()  # type: ignore[attr-defined]
    # The editor keeps 16 px of margin on each side of the text, plus its scroll bar.
    return editor.fontMetrics().averageCharWidth() * READABLE_CHARACTERS + 32 + scrollbar + 4


def gather_side_panels(
    window: QMainWindow,
    panels: Sequence[QDockWidget],
    writing_column: QWidget,
    editor: QWidget,
    give_way: QAction,
    pane: QWidget,
) -> PanelRoom:
    """Put ``panels`` in one tabbed dock area and keep ``writing_column`` readable.

    ``give_way`` is the checked action that shows ``pane``, which may close (the drafts list)
    when the window is too narrow for the pane, the writing column and a panel together; the
    returned :class:`PanelRoom` closes it for a panel too narrow to read as well.
    """
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
    room = PanelRoom(window, give_way, pane, panels)
    for panel in panels:
        # Opened from a menu or a shortcut: bring its tab to the front, never behind another.
        panel.toggleViewAction().triggered.connect(
            lambda checked, shown=panel: _bring_forward(window, shown) if checked else None
        )
    writing_column.setMinimumWidth(readable_width(editor))
    return room


def _bring_forward(window: QMainWindow, panel: QDockWidget) -> None:
    """Bring ``panel``'s tab to the front and give it a readable width if there is room."""
    panel.raise_()
    if panel.width() < PANEL_WIDTH:
        QTimer.singleShot(
            0,
            lambda: window.resizeDocks([panel], [PANEL_WIDTH], Qt.Orientation.Horizontal),
        )


class PanelRoom(QObject):
    """Closes the ``give_way`` pane when a panel opens in a window too narrow for it, when the
    window shrinks below what the pane and an open panel need together, or when asked (by
    :meth:`make_room`); and opens it again once every panel is closed.

    Qt widens the window to fit a panel before the panel's show event arrives, so this watches
    the window: grown past its old width because its minimum did means a panel pushed it.
    While a panel is open beside the pane, the window's minimum leaves the pane out, so the
    writer can still shrink the window (or move it to a smaller screen): the pane then goes.
    """

    roomMade = Signal()  # the pane closed to make room

    def __init__(
        self,
        window: QMainWindow,
        give_way: QAction,
        pane: QWidget,
        panels: Sequence[QDockWidget],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._give_way = give_way
        self._pane = pane
        self._panels = tuple(panels)
        self._made_room = False
        self._lowered = False  # the window's minimum leaves the pane out
        window.installEventFilter(self)
        for panel in self._panels:
            panel.visibilityChanged.connect(self._panel_shown_or_hidden)

    def make_room(self) -> bool:
        """Close the ``give_way`` pane until the panels close; False if it was closed."""
        if not self._give_way.isChecked():
            return False
        self._made_room = True
        self._give_way.setChecked(False)
        self.roomMade.emit()
        return True

    def _panel_open(self) -> bool:
        return any(panel.isVisible() for panel in self._panels)

    def _panel_shown_or_hidden(self, _visible: bool) -> None:
        # Queued: a panel closing as another opens in its place (tabs) is no end to them.
        QTimer.singleShot(0, self, self._give_back)

    def _give_back(self) -> None:
        if self._made_room and not self._panel_open():
            self._made_room = False
            self._give_way.setChecked(True)

    def _needed_width(self) -> int:
        layout = self._window.layout()
        return layout.minimumSize().width() if layout is not None else 0

    def _fit_minimum(self) -> None:
        """Leave the pane out of the window's minimum while a panel is open beside it and all
        of them fit; otherwise the layout's own minimum, which widens a window too narrow (a
        panel just opened there, or the pane shown again) for the widening to close the pane."""
        window = self._window
        needed = self._needed_width()
        if self._give_way.isChecked() and self._panel_open() and window.width() >= needed:
            pane = max(self._pane.minimumWidth(), self._pane.minimumSizeHint().width())
            window.setMinimumWidth(max(1, needed - pane))
            self._lowered = True
        elif self._lowered:
            self._lowered = False
            window.setMinimumWidth(0)  # the layout's own minimum again
            layout = window.layout()
            if layout is not None:
                layout.invalidate()
                layout.activate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._window:
            return False
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._fit_minimum)  # once the layout has taken the change
        elif event.type() == QEvent.Type.Resize and self._give_way.isChecked():
            self._resized(event.oldSize(), event.size().width())  # type: ignore[attr-defined]
        return False

    def _resized(self, old: QSize, width: int) -> None:
        window = self._window
        if 0 < width < old.width() and width < self._needed_width():
            self.make_room()  # shrunk below what the pane and the open panel need
        elif 0 < old.width() < width and window.minimumSizeHint().width() > old.width():
            self.make_room()  # widened by a panel that opened
            QTimer.singleShot(0, lambda: _shrink_back(window, old))


def _shrink_back(window: QMainWindow, size: QSize) -> None:
    layout = window.layout()
    if layout is not None:
        layout.activate()  # lowers the window's minimum now that the pane is gone
    window.resize(size)
