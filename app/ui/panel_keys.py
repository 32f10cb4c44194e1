"""Keyboard ways in and out of a side panel: opened from a menu or shortcut, the panel takes
the focus (so the keyboard is where the eyes are); Esc inside it closes it and gives the focus
back to the story, as Esc does for the Find bar. Tab never stops on the empty tab bars Qt
keeps off screen for panels that were tabbed together and closed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget


class PanelKeys(QObject):
    """Watches ``panels`` (each with the widget that takes the focus when it opens)."""

    def __init__(self, panels: Mapping[QDockWidget, QWidget], story: QWidget) -> None:
        super().__init__(story)
        self._story = story
        for panel, first in panels.items():
            panel.installEventFilter(self)
            panel.toggleViewAction().triggered.connect(
                lambda checked, first=first: self._focus_later(first) if checked else None
            )

    @staticmethod
    def _focus_later(first: QWidget) -> None:
        # Queued: the panel's tab is brought to the front once the menu has closed.
        QTimer.singleShot(0, lambda: first.setFocus(Qt.FocusReason.ShortcutFocusReason))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QDockWidget) or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Escape or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Esc is also the window's "Leave full screen" shortcut: the innermost thing
            # closes first. The focused field passes the override up only when Esc means
            # nothing to it (a cell being edited keeps Esc to cancel the edit).
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            watched.close()
            self._story.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False


class EmptyTabBars(QObject):
    """Takes the window's panel tab bars out of the Tab order while they have no tabs.

    Qt makes a tab bar for panels tabbed together and, once they close, keeps it (empty, at
    a place off screen) for later; it still took the focus, an invisible stop after the
    sidebar's last control. Qt fills and empties the bars as it lays the window out, with
    their signals blocked, so they are looked at after each layout."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._update)  # once the layout has placed the panels
        return False

    def _update(self) -> None:
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for bar in self._window.findChildren(QTabBar, options=direct):
            bar.setFocusPolicy(Qt.FocusPolicy.TabFocus if bar.count() else Qt.FocusPolicy.NoFocus)
