"""A titled card: the building block of the sidebar."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ui.wrap_anywhere import breakable_markup

W = TypeVar("W", bound=QWidget)


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(14, 12, 14, 12)
        self.layout_.setSpacing(6)
        # Rows keep their own heights, and a card held taller than its content (the sidebar
        # never shrinks a card under the pointer) leaves the room below its last row rather
        # than between its lines.
        self.layout_.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._inputs: tuple[object, ...] | None = None
        heading = QLabel(title.upper())
        heading.setObjectName("cardTitle")
        self.layout_.addWidget(heading)

    def changed(self, *inputs: object) -> bool:
        """Whether ``inputs`` differ from those of the last call (which are kept): a card
        renders a new report only when what it shows from it changed."""
        if inputs == self._inputs:
            return False
        self._inputs = inputs
        return True

    def add(self, widget: W) -> W:
        """Add ``widget`` below the card's last row and hand it back, typed as given."""
        self.layout_.addWidget(widget)
        return widget


class WrapLabel(QLabel):
    """A label whose long unbroken runs (a pasted link, a word of "eeee…" in the story or the
    subtitle) break anywhere, so what it echoes of the writer's text never widens the sidebar."""

    def setText(self, text: str) -> None:
        super().setText(breakable_markup(text))


def label(text: str = "", *, name: str = "", wrap: bool = True) -> QLabel:
    """A label that wraps and lets the writer select its text."""
    widget = WrapLabel()
    widget.setText(text)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        widget.setObjectName(name)
    return widget
