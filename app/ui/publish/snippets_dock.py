"""Promotion snippets: posts for X, LinkedIn, Facebook and a newsletter, editable and kept.

Texts the writer has not touched follow the draft (title, subtitle, first paragraph, tags);
an edited text is stored for its draft and network and wins until "Regenerate" drops it.
Edits are saved a moment after the last keystroke, and at once when the draft changes or
the window closes (``flush``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.document.wording import plural
from app.publishing import Snippets, x_length
from app.publishing.snippets import (
    LINKEDIN_MAX_LENGTH,
    X_LINK_LENGTH,
    X_LINK_ROOM,
    X_MAX_LENGTH,
    has_x_link,
)
from app.ui.fitting_scroll import FittingScrollArea

SAVE_DELAY_MS = 700
OVER_LIMIT_COLOR = "#d0302f"

NETWORK_TITLES = {
    "x": "X (Twitter)",
    "linkedin": "LinkedIn",
    "facebook": "Facebook",
    "newsletter": "Newsletter",
}


def character_count(network: str, text: str) -> tuple[str, bool]:
    """The count shown under a snippet, and whether it is over the network's limit."""
    if network == "x":
        return _x_count(text)
    if network == "linkedin":
        length = len(text)
        return f"{length:,} / {LINKEDIN_MAX_LENGTH:,}", length > LINKEDIN_MAX_LENGTH
    return plural(len(text), "character"), False


def _x_count(text: str) -> tuple[str, bool]:
    """X's count; a post without its link yet is too long when the link would not fit."""
    if not text:  # no pattern to build for an empty box
        return f"0 / {X_MAX_LENGTH}", False
    length = x_length(text)
    room = 0 if has_x_link(text) else X_LINK_ROOM
    return f"{length} / {X_MAX_LENGTH}", length + room > X_MAX_LENGTH


def link_note(network: str, text: str) -> str:
    """What the count under an X post without a link leaves room for ("" otherwise)."""
    if network != "x" or (text and has_x_link(text)):
        return ""
    if text and x_length(text) + X_LINK_ROOM > X_MAX_LENGTH:
        return f"Too long once the story's link is added: X counts any link as {X_LINK_LENGTH}."
    return f"Keeps room for the story's link: X counts any link as {X_LINK_LENGTH}."


class SnippetEditor(QGroupBox):
    """One network's text with its live count, "Regenerate" and "Copy"; "Add link" when the
    story is published and the writer's own text lacks its link."""

    edited = Signal(str, str)  # network, text (the writer typed)
    regenerateRequested = Signal(str)
    copied = Signal(str)

    def __init__(self, network: str, parent: QWidget | None = None) -> None:
        super().__init__(NETWORK_TITLES[network], parent)
        self.network = network
        self._loading = False
        layout = QVBoxLayout(self)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName(f"snippet_{network}")
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(90)
        layout.addWidget(self.editor)
        self.link_note = QLabel()
        self.link_note.setObjectName("snippetLinkNote")
        self.link_note.setWordWrap(True)
        self.link_note.setVisible(network == "x")
        self._link = ""
        self.link_button = QPushButton("Add link")
        self.link_button.setVisible(False)
        self.link_button.clicked.connect(self.add_link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_note, 1)
        link_row.addStretch(0)
        link_row.addWidget(self.link_button)
        layout.addLayout(link_row)
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("snippetCount")
        if network == "x":
            self.count_label.setToolTip("Counted the way X counts: a link is 23, an emoji 2")
        row.addWidget(self.count_label, 1)
        self.regenerate_button = QPushButton("Regenerate")
        self.regenerate_button.setToolTip("Write this post again from the title, subtitle and tags")
        self.copy_button = QPushButton("Copy")
        self.copy_button.setToolTip("Copy this post to the clipboard")
        row.addWidget(self.regenerate_button)
        row.addWidget(self.copy_button)
        layout.addLayout(row)
        self.editor.textChanged.connect(self._text_changed)
        self.regenerate_button.clicked.connect(lambda: self.regenerateRequested.emit(network))
        self.copy_button.clicked.connect(self.copy)
        self._update_count()

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Show ``text`` without counting it as the writer's edit."""
        if text == self.text():
            return
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False
        self._update_count()

    def offer_link(self, link: str) -> None:
        """The story's published ``link`` ("" before it is published), offered while the
        text lacks it."""
        self._link = link
        self.link_button.setToolTip(f"Add {link} at the end of this post" if link else "")
        self._update_link_button()

    def add_link(self) -> None:
        """Add the story's link at the end, as a paragraph of its own (undoable)."""
        if not self._link or self._link in self.text():
            return
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        text = self.text()
        joint = "" if not text.strip() else "\n" if text.endswith("\n") else "\n\n"
        cursor.insertText(joint + self._link)
        self.editor.setTextCursor(cursor)

    def _update_link_button(self) -> None:
        self.link_button.setVisible(bool(self._link) and self._link not in self.text())

    def over_limit(self) -> bool:
        return character_count(self.network, self.text())[1]

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
        self.copied.emit(self.network)

    def _text_changed(self) -> None:
        self._update_count()
        self._update_link_button()
        if not self._loading:
            self.edited.emit(self.network, self.text())

    def _update_count(self) -> None:
        text = self.text()
        shown, over = character_count(self.network, text)
        self.count_label.setText(f"{shown}: too long" if over else shown)
        self.count_label.setStyleSheet(f"color: {OVER_LIMIT_COLOR};" if over else "")
        if self.network == "x":
            note = link_note(self.network, text)
            self.link_note.setText(note)
            self.link_note.setVisible(bool(note))


class SnippetsDock(QDockWidget):
    """The four editors; the owner supplies generated texts and the store functions."""

    def __init__(
        self,
        load: Callable[[int], dict[str, str]],
        save: Callable[[int, str, str], None],
        forget: Callable[[int, str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Promotion posts", parent)
        self.setObjectName("snippetsDock")
        self._load = load
        self._save = save
        self._forget = forget
        self._draft_id: int | None = None
        self._generated: Snippets | None = None
        self.edited_networks: set[str] = set()
        self._pending: dict[tuple[int, str], str] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        intro = QLabel(
            "Posts to announce the story, written from its title, subtitle, first paragraph "
            "and tags. Edit them freely: your changes are kept with the draft. Once the story "
            "is marked as published (Plan \u2192 Performance log), its link is in the posts "
            "(\u201cAdd link\u201d puts it in one you edited); until then, the X post keeps "
            "room for it."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.editors: dict[str, SnippetEditor] = {}
        for network in NETWORK_TITLES:
            editor = SnippetEditor(network)
            editor.edited.connect(self._edited)
            editor.regenerateRequested.connect(self.regenerate)
            self.editors[network] = editor
            layout.addWidget(editor)
        layout.addStretch(1)
        self.setWidget(FittingScrollArea(body))

    @property
    def draft_id(self) -> int | None:
        return self._draft_id

    def open_draft(self, draft_id: int | None, *, editable: bool = True) -> None:
        """Switch to another draft: save what is pending, then show that draft's texts."""
        self.flush()
        self._draft_id = draft_id
        self._generated = None  # the previous draft's; new ones follow from show_generated
        stored = self._load(draft_id) if draft_id is not None else {}
        self.edited_networks = set(stored)
        for network, editor in self.editors.items():
            editor.offer_link("")
            editor.setEnabled(editable and draft_id is not None)
            if network in stored:
                editor.set_text(stored[network])
            elif self._generated is not None:
                editor.set_text(getattr(self._generated, network))
            else:
                editor.set_text("")

    def show_generated(self, snippets: Snippets) -> None:
        """New generated texts: shown wherever the writer has not edited."""
        self._generated = snippets
        for network, editor in self.editors.items():
            if network not in self.edited_networks:
                editor.set_text(getattr(snippets, network))
            editor.offer_link(snippets.link)

    def regenerate(self, network: str) -> None:
        """Drop the writer's edit of ``network`` and show the generated text again."""
        self._pending = {
            key: text for key, text in self._pending.items() if key != (self._draft_id, network)
        }
        if self._draft_id is not None and network in self.edited_networks:
            self._forget(self._draft_id, network)
        self.edited_networks.discard(network)
        generated = getattr(self._generated, network) if self._generated is not None else ""
        self.editors[network].set_text(generated)

    def _edited(self, network: str, text: str) -> None:
        if self._draft_id is None:
            return
        self.edited_networks.add(network)
        self._pending[(self._draft_id, network)] = text
        self._timer.start()

    def flush(self) -> None:
        """Save every pending edit now."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        for (draft_id, network), text in pending.items():
            self._save(draft_id, network, text)
