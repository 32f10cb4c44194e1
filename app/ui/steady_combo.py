"""A combo box that lets the mouse wheel scroll the panel it sits in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class SteadyComboBox(QComboBox):
    """Changes its value on the wheel only once the writer has clicked or tabbed into it, so
    scrolling a sidebar past it never changes a setting by accident."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the parent scroll area takes it
