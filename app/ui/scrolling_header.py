"""The title and subtitle scroll away with the body, and come back at the top.

They stay separate fields (their own undo, Enter moves on), but the area above the text gives
up its height as the story scrolls: one line of body scrolled hides one line's worth of the
header, so writing deep in a long draft gets the whole height of the window.

The fields are never squeezed: a layout cannot shrink fixed-height fields, so it would draw the
subtitle over a wrapped title. Instead they keep their natural height inside a window that
shrinks from the top, showing the lower part of the header right above the body, as if the
title and subtitle were the first lines of the page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QSizePolicy, QWidget

FULL_HEIGHT = 16_777_215  # Qt's QWIDGETSIZE_MAX


class ScrollingHeader(QWidget):
    """Shows ``content`` (the title and subtitle) above ``editor``, scrolling with it."""

    def __init__(self, content: QWidget, editor: QPlainTextEdit) -> None:
        super().__init__()
        self._content = content
        self._editor = editor
        content.setParent(self)
        content.installEventFilter(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        editor.verticalScrollBar().valueChanged.connect(self._follow)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._show_when_focused)

    def _show_when_focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Going to the title or subtitle (a click, Ctrl+Shift+Tab) goes to the top of the
        page, so what is typed there is seen."""
        if new is not None and self._content.isAncestorOf(new):
            self._editor.verticalScrollBar().setValue(0)

    def sizeHint(self) -> QSize:
        return self._content.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # a title that wraps to another line makes the header taller
            self._place()
        return False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Keeps the content at its full height, its bottom on the header's bottom edge."""
        height = self._content.sizeHint().height()
        self._content.setGeometry(0, self.height() - height, self.width(), height)

    def _follow(self, value: int) -> None:
        if value <= 0:
            self.setMaximumHeight(FULL_HEIGHT)
            return
        natural = self.sizeHint().height()
        scrolled = value * self._editor.fontMetrics().lineSpacing()
        self.setMaximumHeight(max(0, natural - scrolled))
