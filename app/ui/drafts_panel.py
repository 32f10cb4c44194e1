"""The drafts list: new, open, move to trash, and the trash itself (a model/view list)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.session import DraftSummary
from app.ui.drafts_model import DraftIdRole, DraftsListModel
from app.ui.wrap_anywhere import breakable, shortened

SEARCH_DELAY_MS = 150  # search once the writer pauses, not on every key


class _DraftsView(QListView):
    """The list itself; knows when a mouse button is held on it, and says when it is let go
    (after Qt has decided what was clicked)."""

    released = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held = False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.held = True
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.held = True
        super().mouseDoubleClickEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        try:
            super().mouseReleaseEvent(event)  # emits clicked for the row pressed
        finally:
            self.held = bool(event.buttons())
            if not self.held:
                self.released.emit()


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
        self.search.setToolTip(
            "Finds the drafts that write every word (or a word starting with it).\n"
            '"deep work" in quotes: those words together, in that order.\n'
            "rust OR go: either of them."
        )
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.searchChanged.emit(self.query))
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        layout.addWidget(self.search)
        self.model = DraftsListModel(self)
        self.list = _DraftsView()
        self.list.setObjectName("draftsList")
        # A click on a row leaves the keyboard where it was (opening a draft puts it in the
        # editor anyway): taking focus would make the editor save at the press, and the saved
        # draft's row would jump to the top under the pointer before the button came up.
        # Tab still reaches the list.
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.list.setModel(self.model)
        # Every row has the same lines (title, words and age, a snippet for search hits), so
        # the view measures one row instead of laying out thousands; long titles are elided.
        self.list.setUniformItemSizes(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Rows are cut to the panel's width, never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Lay out a long list in batches between events, so filling it never blocks a paint.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(200)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        # Rows never move while a mouse button is held on the list (an autosave mid-click
        # would slide another draft under the pointer); changes wait for the release.
        self._after_click: list[Callable[[], None]] = []
        self.list.released.connect(self._catch_up)
        layout.addWidget(self.list, 1)
        self.empty = QLabel()
        self.empty.setObjectName("draftsEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
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
        """Replace the whole listing (a new search, the trash toggled, a draft trashed)."""
        if self._wait_for_release(lambda: self.show_drafts(drafts, current_id)):
            return
        self._current_id = current_id
        trash = self.showing_trash
        self.model.set_drafts(drafts, ranked=bool(self.query), trash=trash)
        self._select(current_id)
        self.heading.setText("Trash" if trash else "Drafts")
        # Quoted shortened and breakable anywhere: no query can widen the panel.
        quoted = breakable(shortened(self.query))
        self.empty.setText(f"No drafts contain “{quoted}”." if self.query else "")
        self.empty.setToolTip(self.query)
        self.empty.setVisible(not drafts and bool(self.query))
        self.trash_button.setText("Restore" if trash else "Move to trash")
        self.trash_button.setEnabled(bool(drafts))
        self.new_button.setEnabled(not trash)

    def update_draft(self, draft: DraftSummary, *, current: bool = False) -> None:
        """One draft changed (saved, opened, created): only its row changes."""
        if self._wait_for_release(lambda: self.update_draft(draft, current=current)):
            return
        self.model.update_draft(draft)
        if current:
            self._current_id = draft.id
            self._select(draft.id)
        self.trash_button.setEnabled(self.model.rowCount() > 0)

    def rows(self) -> list[str]:
        """The text of every row, top to bottom, as shown."""
        return [self.model.index(row).data() for row in range(self.model.rowCount())]

    def selected_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(DraftIdRole) if index.isValid() else None

    def _wait_for_release(self, change: Callable[[], None]) -> bool:
        """Keep ``change`` for when the mouse button comes up; True when it was kept."""
        if self.list.held:
            self._after_click.append(change)
        return self.list.held

    def _catch_up(self) -> None:
        changes, self._after_click = self._after_click, []
        for change in changes:
            change()

    def _select(self, draft_id: int | None) -> None:
        row = self.model.row_of(draft_id) if draft_id is not None else -1
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        else:
            self.list.clearSelection()
        selection.blockSignals(False)

    def _activated(self, index: QModelIndex) -> None:
        draft_id = index.data(DraftIdRole)
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
