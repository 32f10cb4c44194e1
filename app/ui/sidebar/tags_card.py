"""Tags: up to five, with suggestions (reach and why) and a note on each chosen tag's reach."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.analysis.insights.tags.suggestions import TagSuggestion
from app.analysis.insights.tags.verdict import assess_tag, unlisted_note
from app.ui.discard import discard
from app.ui.sidebar.card import Card, label
from app.ui.tag_field import MAX_TAGS, TagField

SHOWN_SUGGESTIONS = MAX_TAGS


def short_count(stories: int) -> str:
    """A reach for a small label: 950, 4.4k, 148k, 1.2M."""
    if stories >= 1_000_000:
        return f"{stories / 1_000_000:.1f}M"
    if stories >= 10_000:
        return f"{stories // 1000}k"
    if stories >= 1_000:
        return f"{stories / 1000:.1f}k"
    return str(stories)


def _clear(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        if item.widget():
            discard(item.widget())
        elif item.layout():
            _clear(item.layout())


class TagsCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Tags", parent)
        self.field = TagField()
        self.add(self.field)
        # Why a tag was refused, on its own line under the field it is about, so the hint
        # above the suggestions stays; it goes once the writer edits the tag or adds one.
        self.refusal = self.add(label("", name="tagRefusal"))
        self.refusal.hide()
        self.notes_host = QWidget()
        self._notes = QVBoxLayout(self.notes_host)
        self._notes.setContentsMargins(0, 0, 0, 0)
        self._notes.setSpacing(6)  # apart, so each button reads with its own note
        self.add(self.notes_host)
        self.hint = self.add(label("", name="small"))
        self._suggestions_host = QWidget()
        self._suggestions = QVBoxLayout(self._suggestions_host)
        self._suggestions.setContentsMargins(0, 0, 0, 0)
        self._suggestions.setSpacing(8)  # apart, so each reason reads with its own chip
        self.add(self._suggestions_host)
        self._topics: tuple[str, ...] | None = None  # the post's key phrases, once analysed
        # Tags the writer used on other stories, folded: theirs, so never "check on Medium".
        self._own_tags: frozenset[str] = frozenset()
        self.field.tagsChanged.connect(lambda _tags: self._tags_changed())
        self.field.tagRefused.connect(self._refuse)
        self.field.input.textChanged.connect(lambda _text: self.refusal.hide())
        self._update_hint()
        self._refresh_notes()

    def _refuse(self, reason: str) -> None:
        self.refusal.setText(reason)
        self.refusal.show()

    def _update_hint(self) -> None:
        count = len(self.field.tags())
        if count == 0:
            self.hint.setText(
                "Medium shows your first tag most: put the most specific one first "
                "(right-click a tag to move it)."
            )
        elif count < MAX_TAGS and self._suggestions.count():
            self.hint.setText(f"{count} of {MAX_TAGS} tags. Suggestions:")
        elif count < MAX_TAGS:
            self.hint.setText(f"{count} of {MAX_TAGS} tags. No other tag stands out in the text.")
        else:
            self.hint.setText(f"{MAX_TAGS} of {MAX_TAGS} tags: Medium's limit.")

    def _tags_changed(self) -> None:
        self.refusal.hide()
        self._refresh_notes()

    def _refresh_notes(self) -> None:
        """A line for each chosen tag that is crowded, narrow, unknown or a slip for another,
        with a neighbour."""
        _clear(self._notes)
        chosen = self.field.tags()
        unlisted: list[str] = []  # unknown tags with nothing to offer share one note
        for tag in chosen:
            assessment = assess_tag(tag, chosen, self._topics)
            if assessment.verdict == "ok":
                continue
            if assessment.verdict == "unknown" and not assessment.neighbour:
                if tag.casefold() not in self._own_tags:
                    unlisted.append(assessment.tag)
                continue
            row = self._note_row(assessment.message)
            button = self._neighbour_button(tag, assessment.neighbour, assessment.place)
            if button is not None:
                line = QHBoxLayout()
                line.addWidget(button)
                line.addStretch(1)
                row.addLayout(line)
            self._notes.addLayout(row)
        if unlisted:
            self._notes.addLayout(self._note_row(unlisted_note(unlisted)))
        self.notes_host.setVisible(self._notes.count() > 0)
        self._update_hint()

    def set_own_tags(self, tags: Iterable[str]) -> None:
        """The tags the writer used on other stories: a tag Clapwise's list of Medium tags
        lacks is no cause for a note when it is one of theirs."""
        self._own_tags = frozenset(tag.casefold() for tag in tags)
        self._refresh_notes()

    @staticmethod
    def _note_row(message: str) -> QVBoxLayout:
        # The note across the card and its button under it: beside it, a long tag's button
        # squeezed the note into a narrow column and pushed past the card's edge.
        row = QVBoxLayout()
        row.setSpacing(2)
        note = label(message, name="small")
        note.setObjectName("tagNote")
        row.addWidget(note)
        return row

    def _neighbour_button(self, tag: str, neighbour: str, place: str) -> QPushButton | None:
        """The button that puts the ``neighbour`` in its ``place`` beside ``tag`` or instead
        of it; none for a neighbour to go beside it in a draft with five tags already (taking
        another tag's place would drop what the writer chose)."""
        tags = self.field.tags()
        if not neighbour or (place != "instead" and len(tags) >= MAX_TAGS):
            return None
        button = QPushButton()
        button.setObjectName("neighbourChip")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        if place == "instead":
            button.setText(f"Try {neighbour}")
            button.setToolTip(f"Replace ‘{tag}’ with ‘{neighbour}’")
            button.clicked.connect(lambda _checked=False: self.field.replace_tag(tag, neighbour))
            return button
        position = tags.index(tag) + (place == "after")
        button.setText(f"Add {neighbour}")
        button.setToolTip(f"Add ‘{neighbour}’ {place} ‘{tag}’")
        button.clicked.connect(lambda _checked=False: self.field.add_tag(neighbour, position))
        return button

    def show_suggestions(
        self, suggestions: tuple[TagSuggestion, ...], topics: tuple[str, ...] | None = None
    ) -> None:
        """The suggestions for the post whose key phrases are ``topics`` (which the neighbours
        offered for chosen tags must fit)."""
        self._topics = topics
        _clear(self._suggestions)
        full = len(self.field.tags()) >= MAX_TAGS
        for suggestion in suggestions[:SHOWN_SUGGESTIONS]:
            # The chip on a line of its own and its reach and reason under it, across the
            # card: beside the chip they wrapped into a narrow ragged column.
            row = QVBoxLayout()
            row.setSpacing(2)
            chip_line = QHBoxLayout()
            button = QPushButton(f"+ {suggestion.tag}")
            button.setAccessibleName(f"Add suggested tag {suggestion.tag}")
            button.setObjectName("suggestionChip")
            button.setToolTip(suggestion.reason[:1].upper() + suggestion.reason[1:])
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setEnabled(not full)
            button.clicked.connect(lambda _checked=False, t=suggestion.tag: self.field.add_tag(t))
            chip_line.addWidget(button)
            chip_line.addStretch(1)
            row.addLayout(chip_line)
            reach = _reach_label(suggestion)
            line = label(f"{reach} · {suggestion.reason}", name="small")
            line.setToolTip(_reach_tip(suggestion))
            row.addWidget(line)
            self._suggestions.addLayout(row)
        self._refresh_notes()


def _reach_tip(suggestion: TagSuggestion) -> str:
    """Where the reach comes from, or why there is none."""
    if suggestion.reach:
        return (
            f"{suggestion.reach:,} stories carried ‘{suggestion.tag}’ on Medium "
            "(Clapwise's list of Medium tags, a 2020 snapshot)."
        )
    return (
        f"‘{suggestion.tag}’ is not in Clapwise's list of Medium tags (a 2020 snapshot): "
        "check on Medium that readers follow it."
    )


def _reach_label(suggestion: TagSuggestion) -> str:
    """How many stories carry the tag; a tag missing from Medium's list is the writer's own,
    or new."""
    if suggestion.reach:
        return f"{short_count(suggestion.reach)} stories"
    return "your tag" if suggestion.used_before else "reach unknown"
