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
PANEL_WIDTH = 480  # what a panel asks for when it opens, room permitting
PANEL_AREA = Qt.DockWidgetArea.RightDockWidgetArea
_HANDLE = 8  # a splitter handle and its margins beside a pane


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
    give_way: Sequence[tuple[QAction, QWidget]],
) -> PanelRoom:
    """Put ``panels`` in one tabbed dock area and keep ``writing_column`` readable.

    ``give_way`` lists checked actions and the panes they show (the drafts list, then the
    sidebar), in the order they close when the window is too narrow for them, the writing
    column and any open panel together; the returned :class:`PanelRoom` does the closing.
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
    # Tabs of one area, so as narrow as the widest needs (the lab's and the checklist's rows):
    # promotion posts 76 px wide are unreadable, and the panel's minimum is what makes a
    # window too narrow for it close a pane first.
    narrowest = max(panel.minimumSizeHint().width() for panel in panels)
    for panel in panels:
        panel.setMinimumWidth(max(panel.minimumWidth(), narrowest))
    room = PanelRoom(window, give_way, panels)
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
    """Closes the give-way panes, first to last, while the window is too narrow for them, the
    writing column and an open panel together (a panel opening in a narrow window, the window
    shrinking, or when asked by :meth:`make_room`); opens them again as soon as there is room
    (a panel closed, the window widened, or the writer hid another pane), panel open or not.
    The pane the writer last asked for from the View menu stays: another one makes way for it,
    so the menu item named in the "made way" message always brings its pane back.

    Qt widens the window to fit a panel before the panel's show event arrives, so this watches
    the window: grown past its old width because its minimum did means a panel pushed it.
    While the first open pane fits, the window's minimum leaves it out, so the writer can still
    shrink the window (or move it to a smaller screen, 1024 wide): the pane then goes.
    """

    roomMade = Signal(str)  # a pane closed to make room: its action's text, "Drafts list"
    paneBack = Signal(str)  # a pane shown again (by this or the writer): its action's text

    def __init__(
        self,
        window: QMainWindow,
        give_way: Sequence[tuple[QAction, QWidget]],
        panels: Sequence[QDockWidget],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._give_way = tuple(give_way)
        self._panels = tuple(panels)
        self._closed: list[QAction] = []  # the actions this closed, to check again later
        self._lowered = False  # the window's minimum leaves a pane out
        self._restored = False  # fit the screen on show whatever the window's width
        self._wanted: QAction | None = None  # the pane the writer last showed from the menu
        window.installEventFilter(self)
        for panel in self._panels:
            panel.visibilityChanged.connect(self._panel_shown_or_hidden)
        for action, _pane in self._give_way:
            # ``triggered``, not ``toggled``: only the writer's own choice, never this class's.
            action.triggered.connect(
                lambda checked, chosen=action: self._writer_chose(chosen, checked)
            )
            action.toggled.connect(lambda shown, pane=action: self._toggled(pane, shown))

    def _writer_chose(self, action: QAction, shown: bool) -> None:
        if action in self._closed:
            self._closed.remove(action)  # the writer decides about it from now on
        if shown:
            self._wanted = action
        else:
            if self._wanted is action:
                self._wanted = None
            QTimer.singleShot(0, self, self._give_back)  # room for a pane that made way?

    def _toggled(self, action: QAction, shown: bool) -> None:
        if shown:
            self.paneBack.emit(_pane_name(action))

    def _first_open(self) -> tuple[QAction, QWidget] | None:
        """The next pane to make way: the first one open that the writer did not just ask for."""
        return next(
            ((a, p) for a, p in self._give_way if a.isChecked() and a is not self._wanted), None
        )

    def make_room(self) -> bool:
        """Close the next pane to make way until there is room; False if none could close."""
        first = self._first_open()
        if first is None:
            return False
        self._closed.append(first[0])
        first[0].setChecked(False)
        self.roomMade.emit(_pane_name(first[0]))
        return True

    def _panel_shown_or_hidden(self, _visible: bool) -> None:
        # Queued: a panel closing as another opens in its place (tabs) is no end to them.
        QTimer.singleShot(0, self, self._give_back)

    def _give_back(self) -> None:
        """Reopen the closed panes the window has room for beside the writing column and any
        open panel, last closed first (the sidebar before the drafts list)."""
        if not self._closed:
            return
        layout = self._window.layout()
        if layout is not None:
            layout.activate()  # the minimum without the panel that just closed
        spare = self._window.width() - self._needed_width()
        panes = dict(self._give_way)
        for action in reversed(list(self._closed)):
            pane = panes[action]
            wanted = max(pane.minimumWidth(), pane.minimumSizeHint().width()) + _HANDLE
            if wanted > spare:
                break
            spare -= wanted
            self._closed.remove(action)
            action.setChecked(True)

    def _needed_width(self) -> int:
        layout = self._window.layout()
        return layout.minimumSize().width() if layout is not None else 0

    def _fit_minimum(self) -> None:
        """Leave the first open pane out of the window's minimum while all fit; otherwise the
        layout's own minimum, which widens a window too narrow (a panel just opened there, or
        the pane shown again) for the widening to close the pane."""
        window = self._window
        needed = self._needed_width()
        first = self._first_open()
        if first is not None and window.width() >= needed:
            pane = max(first[1].minimumWidth(), first[1].minimumSizeHint().width())
            window.setMinimumWidth(max(1, needed - pane))
            self._lowered = True
        elif first is not None and window.isVisible() and window.width() < needed:
            # Narrower than its parts (a panel opened and the window was not widened, or
            # could not be): the pane goes; the layout's next request checks the next one.
            self.make_room()
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
        elif event.type() == QEvent.Type.Show:
            QTimer.singleShot(0, self, self._fit_screen)
        elif event.type() == QEvent.Type.Resize:
            self._resized(event.oldSize(), event.size().width())  # type: ignore[attr-defined]
        return False

    def _resized(self, old: QSize, width: int) -> None:
        window = self._window
        if 0 < width < old.width() and width < self._needed_width():
            self.make_room()  # shrunk below what the panes (and an open panel) need
        elif 0 < old.width() < width <= window.minimumSizeHint().width():
            # Widened to its minimum and no further: by a panel that opened, not the writer.
            if self.make_room():
                QTimer.singleShot(0, self, lambda: self._shrink_back(old))
        elif self._closed and old.width() < width:
            QTimer.singleShot(0, self, self._give_back)  # widened: room for a pane again?

    def _fit_screen(self) -> None:
        """A window shown wider than its screen (the panes' minimums widened it) narrows to
        the screen, closing panes as it shrinks, so nothing is cut off at the screen's edge."""
        window = self._window
        screen = window.screen()
        if screen is None or window.isMaximized() or window.isFullScreen():
            return
        frame = max(0, window.frameGeometry().width() - window.width())
        room = screen.availableGeometry().width() - frame
        # A window held at its parts' minimum, or a restored one (its panels' saved widths
        # widen it at show); one asked to be wider is left as asked.
        restored, self._restored = self._restored, False
        if room < window.width() and (restored or window.width() <= self._needed_width()):
            self._fit_width(room)

    def keep_to_screen(self) -> None:
        """The window's saved layout was restored: on show, keep it within its screen (a
        layout saved on a larger screen would run past this one's edge)."""
        self._restored = True

    def _fit_width(self, width: int) -> None:
        """Narrow the window to ``width``, closing panes (first to last) until its parts fit."""
        window = self._window
        layout = window.layout()
        while self._needed_width() > width and self.make_room():
            if layout is not None:
                layout.activate()  # the minimum without the pane that just closed
        size = QSize(width, window.height())
        QTimer.singleShot(0, self, lambda: self._shrink_back(size))  # once the panes are gone

    def _shrink_back(self, size: QSize) -> None:
        """Back to ``size``, closing the next pane too while the window cannot get there."""
        window = self._window
        layout = window.layout()
        if layout is not None:
            layout.activate()  # lowers the window's minimum now that the pane is gone
            if layout.minimumSize().width() > size.width() and self.make_room():
                layout.activate()
        window.resize(size)


def _pane_name(action: QAction) -> str:
    """The pane's name as the View menu shows it, without its shortcut's "&"."""
    return action.text().replace("&", "")
