"""What works for you: the same figures as ``clapwise stats report``, in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.session.plan.planner import Plan
from app.session.plan.what_works import describe
from app.ui.theme import code_font


class WhatWorksTab(QWidget):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        intro = QLabel(
            "How your results relate to your choices. Each figure has its number of stories "
            "(n) and a 90 % range; a range that crosses zero (or overlaps another group's) "
            "means the data cannot tell yet. Correlation is not cause: a topic can drive both."
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(code_font())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)  # filled when the tab is shown

    def report_text(self) -> str:
        return self.text.toPlainText()

    def refresh(self) -> None:
        self.text.setPlainText(describe(self._plan.what_works()))
