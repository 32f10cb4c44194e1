"""A box for one of a story's figures that may be left empty: empty is "not given", so the
figure stored stays, where a 0 would be stored as a 0."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

NOT_GIVEN = -1.0  # what an empty box holds: below every real figure


class FigureBox(QDoubleSpinBox):
    """A figure from 0 to ``maximum`` with ``decimals`` (0: a count), or empty."""

    def __init__(self, maximum: float, decimals: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setRange(NOT_GIVEN, maximum)
        self.setGroupSeparatorShown(True)
        self.lineEdit().setPlaceholderText("not given")
        self.setValue(NOT_GIVEN)

    def figure(self) -> float | None:
        """The figure typed, or None when the box is empty."""
        value = self.value()
        return None if value == NOT_GIVEN else value

    def set_figure(self, value: float | None) -> None:
        self.setValue(NOT_GIVEN if value is None else value)

    def textFromValue(self, value: float) -> str:
        return "" if value == NOT_GIVEN else super().textFromValue(value)

    def valueFromText(self, text: str) -> float:
        return NOT_GIVEN if not text.strip() else super().valueFromText(text)

    def validate(self, text: str, position: int) -> tuple[QValidator.State, str, int]:
        """An empty box is a whole answer (not given), not one still being typed."""
        if not text.strip():
            return QValidator.State.Acceptable, text, position
        return super().validate(text, position)
