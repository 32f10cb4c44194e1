"""The drafts list: new, open, move to trash, and the trash itself."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.session import DraftSummary
from app.ui.wording import plural


def _ago(when: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC).replace(tzinfo=None)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return "just now"
    for size, unit in (
        (86400 * 365, "year"),
        (86400 * 30, "month"),
        (86400, "day"),
        (3600, "hour"),
        (60, "min"),
    ):
        if seconds >= size:
            count = seconds // size
            plural = "s" if count != 1 and unit != "min" else ""
            return f"{count} {unit}{plural} ago"
    return "just now"


class DraftsPanel(QWidget):
    draftActivated = Signal(int)
    newRequested = Signal()
    trashRequested = Signal(int)
    restoreRequested = Signal(int)
    searchChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        self.heading = QLabel("Drafts")
        self.heading.setObjectName("panelTitle")
        header.addWidget(self.heading, 1)
        self.new_button = QPushButton("New")
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip("Start a new draft (Ctrl+N)")
        self.new_button.clicked.connect(self.newRequested)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self.search = QLineEdit()
        self.search.setObjectName("draftSearch")
        self.search.setPlaceholderText("Search drafts")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(lambda: self.searchChanged.emit(self.query))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setObjectName("draftsList")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list, 1)
        footer = QHBoxLayout()
        self.trash_button = QPushButton("Move to trash")
        self.trash_button.clicked.connect(self._trash_or_restore)
        footer.addWidget(self.trash_button)
        self.view_trash = QPushButton("Trash")
        self.view_trash.setCheckable(True)
        self.view_trash.setToolTip("Show drafts in the trash")
        footer.addWidget(self.view_trash)
        layout.addLayout(footer)
        self._current_id: int | None = None

    @property
    def query(self) -> str:
        return self.search.text().strip()

    @property
    def showing_trash(self) -> bool:
        return self.view_trash.isChecked()

    def show_drafts(self, drafts: list[DraftSummary], current_id: int | None) -> None:
        self._current_id = current_id
        self.list.blockSignals(True)
        self.list.clear()
        for draft in drafts:
            title = draft.title.strip() or "Untitled draft"
            item = QListWidgetItem(
                f"{title}\n{plural(draft.word_count, 'word')} · {_ago(draft.updated_at)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, draft.id)
            item.setToolTip(title)
            self.list.addItem(item)
            if draft.id == current_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        trash = self.showing_trash
        self.heading.setText("Trash" if trash else "Drafts")
        if not drafts and self.query:
            empty = QListWidgetItem(f"No drafts contain “{self.query}”.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self.trash_button.setText("Restore" if trash else "Move to trash")
        self.trash_button.setEnabled(bool(drafts))
        self.new_button.setEnabled(not trash)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _activated(self, item: QListWidgetItem) -> None:
        draft_id = item.data(Qt.ItemDataRole.UserRole)
        if draft_id is None:
            return
        if draft_id != self._current_id or self.showing_trash:
            self.draftActivated.emit(draft_id)

    def _trash_or_restore(self) -> None:
        draft_id = self.selected_id()
        if draft_id is None:
            return
        if self.showing_trash:
            self.restoreRequested.emit(draft_id)
        else:
            self.trashRequested.emit(draft_id)
