"""The title and subtitle scroll away with the body, and come back at the top.

They stay separate fields (their own undo, Enter moves on), but the area above the text gives
up its height as the story scrolls: one line of body scrolled hides one line's worth of the
header, so writing deep in a long draft gets the whole height of the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPlainTextEdit, QWidget

FULL_HEIGHT = 16_777_215  # Qt's QWIDGETSIZE_MAX


class ScrollingHeader(QObject):
    def __init__(self, header: QWidget, editor: QPlainTextEdit) -> None:
        super().__init__(header)
        self._header = header
        self._editor = editor
        editor.verticalScrollBar().valueChanged.connect(self._follow)

    def visible_height(self) -> int:
        return self._header.height() if self._header.isVisible() else 0

    def _follow(self, value: int) -> None:
        header = self._header
        if value <= 0:
            header.setMaximumHeight(FULL_HEIGHT)
            return
        natural = header.sizeHint().height()
        scrolled = value * self._editor.fontMetrics().lineSpacing()
        header.setMaximumHeight(max(0, natural - scrolled))
