"""Tags: up to five, with suggestions from the text and from the writer's history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.analysis.insights.tags import TagSuggestion
from app.ui.flow_layout import FlowLayout
from app.ui.sidebar.card import Card, label
from app.ui.tag_field import MAX_TAGS, TagField

SHOWN_SUGGESTIONS = 6


class TagsCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Tags", parent)
        self.field = TagField()
        self.add(self.field)
        self.hint = self.add(label("", name="small"))
        self._suggestions_host = QWidget()
        self._suggestions = FlowLayout(self._suggestions_host, spacing=4)
        self.add(self._suggestions_host)
        self.field.tagsChanged.connect(lambda _tags: self._update_hint())
        self._update_hint()

    def _update_hint(self) -> None:
        count = len(self.field.tags())
        if count == 0:
            self.hint.setText("Medium shows your first tag most: put the most specific one first.")
        elif count < MAX_TAGS:
            self.hint.setText(f"{count} of {MAX_TAGS} tags. Suggestions:")
        else:
            self.hint.setText(f"{MAX_TAGS} of {MAX_TAGS} tags: Medium's limit.")

    def show_suggestions(self, suggestions: tuple[TagSuggestion, ...]) -> None:
        while self._suggestions.count():
            item = self._suggestions.takeAt(0)
            if item and item.widget():
                item.widget().deleteLater()
        full = len(self.field.tags()) >= MAX_TAGS
        for suggestion in suggestions[:SHOWN_SUGGESTIONS]:
            button = QPushButton(f"+ {suggestion.tag}")
            button.setObjectName("suggestionChip")
            button.setToolTip(suggestion.reason[:1].upper() + suggestion.reason[1:])
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setEnabled(not full)
            button.clicked.connect(lambda _checked=False, t=suggestion.tag: self.field.add_tag(t))
            self._suggestions.addWidget(button)
        if not suggestions:
            self._suggestions.addWidget(QLabel(""))
        self._update_hint()
