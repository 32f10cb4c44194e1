"""The focus keyphrase: where it appears, where it is missing, the density, and ideas."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QWidget

from app.analysis.engine.keyword_tracker import KeywordReport
from app.ui.sidebar.card import Card, label
from app.ui.theme import status_color
from app.ui.wrap_anywhere import shortened


class KeyphraseCard(Card):
    keyphraseEdited = Signal(str)
    highlightToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Focus keyphrase", parent)
        self.field = QLineEdit()
        self.field.setObjectName("keyphraseField")
        self.field.setAccessibleName("Focus keyphrase")
        self.field.setPlaceholderText("The phrase readers would search for")
        self.field.setClearButtonEnabled(True)
        self.field.textEdited.connect(self.keyphraseEdited)
        self.add(self.field)
        self.suggestion = QPushButton()
        self.suggestion.setObjectName("linkButton")
        self.suggestion.setAccessibleName("Use the suggested keyphrase")
        self.suggestion.setCursor(Qt.CursorShape.PointingHandCursor)
        self.suggestion.clicked.connect(self._use_suggestion)
        self.suggestion.hide()
        self.add(self.suggestion)
        self.highlight = QCheckBox("Highlight it in the text")
        self.highlight.toggled.connect(self.highlightToggled)
        self.add(self.highlight)
        self.summary = self.add(label("", name="bigFigure"))
        self.checks = self.add(label(""))
        self.topics = self.add(label("", name="small"))
        self.warning = self.add(label("", name="small"))
        self._suggested: str | None = None

    def set_keyphrase(self, keyphrase: str) -> None:
        if self.field.text() != keyphrase:
            self.field.setText(keyphrase)

    def _use_suggestion(self) -> None:
        if self._suggested:
            self.field.setText(self._suggested)
            self.keyphraseEdited.emit(self._suggested)

    def show_keywords(self, keywords: KeywordReport) -> bool:
        """Show the keyword report; False when it is the one already shown."""
        if not self.changed(keywords, bool(self.field.text().strip())):
            return False
        self._suggested = keywords.suggested_keyphrase
        if keywords.suggested_keyphrase and not self.field.text().strip():
            # A button does not wrap: a long phrase is quoted shortened (the click uses it whole).
            phrase = shortened(keywords.suggested_keyphrase)
            self.suggestion.setText(f"Use “{phrase}”, the main topic")
            self.suggestion.show()
        else:
            self.suggestion.hide()
        focus = keywords.keyphrase
        if focus is None:
            self.summary.setText("")
            self.summary.hide()
            self.checks.setText("Set a keyphrase to check the title, intro and subheadings.")
        else:
            uses = "use" if focus.occurrences == 1 else "uses"
            self.summary.setText(f"{focus.occurrences} {uses} · density {focus.density:.1f}%")
            self.summary.show()
            rows = []
            for check in focus.checks:
                dot = f"<span style='color:{status_color(check.status)}'>●</span>"
                rows.append(f"{dot} {html.escape(check.message)}")
            self.checks.setText("<br>".join(rows))
        if keywords.extracted:
            phrases = ", ".join(html.escape(k.phrase) for k in keywords.extracted)
            self.topics.setText(f"<b>Topics found:</b> {phrases}")
        else:
            self.topics.setText("")
        self.warning.setText(html.escape(keywords.topic_warning or ""))
        self.warning.setVisible(bool(keywords.topic_warning))
        return True
