"""Top fixes: the ten edits that would help the post most, each a click away."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from app.analysis.rules.catalog import rule_name
from app.analysis.rules.findings import Finding
from app.analysis.rules.style.top_fixes import TOP_FIXES, TopFix
from app.ui.sidebar.card import Card, label
from app.ui.theme import swatch_color

_PADDING = 16  # the left border, the padding and a little air


class _ElidedButton(QPushButton):
    """A flat button whose text ends in "…" when the sidebar is too narrow for all of it."""

    def __init__(self) -> None:
        super().__init__()
        self._full_text = ""

    def full_text(self) -> str:
        return self._full_text

    def set_full_text(self, text: str) -> None:
        self._full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(0, self.width() - _PADDING)
        self.setText(
            self.fontMetrics().elidedText(self._full_text, Qt.TextElideMode.ElideRight, room)
        )


class TopFixesCard(Card):
    fixActivated = Signal(object)  # the Finding to select in the editor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Top fixes", parent)
        self.summary = self.add(label("", name="muted"))
        self._buttons: list[_ElidedButton] = []
        self._fixes: list[TopFix] = []
        for number in range(TOP_FIXES):
            button = _ElidedButton()
            button.setObjectName("fixButton")
            button.setAccessibleName(f"Top fix {number + 1}")  # until a fix fills it
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            # The sidebar's width decides; a long excerpt is cut, never widens the sidebar.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.setStyleSheet("text-align:left; padding:2px 4px;")
            button.clicked.connect(lambda _checked=False, n=number: self._activate(n))
            button.hide()
            self.add(button)
            self._buttons.append(button)

    def fixes(self) -> list[TopFix]:
        return list(self._fixes)

    def fix_button(self, number: int) -> QPushButton:
        return self._buttons[number]

    def show_fixes(self, fixes: Sequence[TopFix], *, written: bool = True) -> None:
        """The fixes, most helpful first; ``written`` is False for a story with no words yet,
        which has nothing to read aloud."""
        self._fixes = list(fixes[: len(self._buttons)])
        for button, fix in zip(self._buttons, self._fixes, strict=False):
            finding = fix.finding
            button.set_full_text(f"● {rule_name(finding.rule)}: “{fix.excerpt}”")
            button.setAccessibleName(f"Go to {rule_name(finding.rule).lower()}: {fix.excerpt}")
            # The rule's colour as a bar on the left, as the text highlights it; a flat button
            # draws a border only once its other borders are set too.
            button.setStyleSheet(
                "QPushButton { text-align:left; padding:2px 4px; border:none; "
                f"border-left:4px solid {swatch_color(finding.rule)}; }}"
            )
            tip = html.escape(finding.message)
            if finding.suggestion:
                tip += f"<br><i>{html.escape(finding.suggestion)}</i>"
            # Marked as rich text: Qt guesses, and would show a message with no markup in it
            # (no suggestion) as plain text, its escaped quotes as "&quot;".
            button.setToolTip(f"<qt>{tip}</qt>")
            button.show()
        for button in self._buttons[len(self._fixes) :]:
            button.hide()
        if self._fixes:
            self.summary.setText("The edits that would help most. Click one to go there.")
        elif written:
            self.summary.setText("Nothing stands out. Read it aloud once more.")
        else:
            self.summary.setText("The edits that would help most will show here as you write.")

    def _activate(self, number: int) -> None:
        if number < len(self._fixes):
            finding: Finding = self._fixes[number].finding
            self.fixActivated.emit(finding)
