"""The drafts list as a Qt model: filled once per listing, then updated one row at a time."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.document.wording import plural
from app.session import DraftSummary

DraftIdRole = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


def ago(when: datetime, now: datetime | None = None) -> str:
    """How long ago ``when`` (naive UTC) was, in the list's words ("3 hours ago")."""
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
            suffix = "s" if count != 1 and unit != "min" else ""
            return f"{count} {unit}{suffix} ago"
    return "just now"


def _order(draft: DraftSummary) -> tuple[datetime, int]:
    return (draft.updated_at, draft.id)


class DraftsListModel(QAbstractListModel):
    """Rows of :class:`DraftSummary`; the text of a row is built only when Qt paints it.

    ``ranked`` lists (search hits) keep their order on update; the plain list keeps newest
    first, so a saved draft moves to the top with one row move, never a rebuild.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[DraftSummary] = []
        self._ranked = False
        self._trash = False

    # --- filling and updating --------------------------------------------------------------------

    def set_drafts(self, drafts: list[DraftSummary], *, ranked: bool, trash: bool) -> None:
        self.beginResetModel()
        self._drafts = list(drafts)
        self._ranked, self._trash = ranked, trash
        self.endResetModel()

    def row_of(self, draft_id: int) -> int:
        """The row showing ``draft_id``, or -1."""
        for row, draft in enumerate(self._drafts):
            if draft.id == draft_id:
                return row
        return -1

    def update_draft(self, draft: DraftSummary) -> None:
        """Show ``draft``'s new state: its row changes (and moves), appears or goes."""
        row = self.row_of(draft.id)
        belongs = (draft.deleted_at is not None) == self._trash
        if not belongs:
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._drafts[row]
                self.endRemoveRows()
            return
        if row < 0:
            if self._ranked:  # a search lists only what matched; a new draft did not
                return
            target = self._sorted_position(draft)
            self.beginInsertRows(QModelIndex(), target, target)
            self._drafts.insert(target, draft)
            self.endInsertRows()
            return
        self._drafts[row] = draft
        if not self._ranked:
            final = self._sorted_position(draft, skip=row)
            if final != row:
                # Qt counts the destination before the move: one more when moving down.
                destination = final if final < row else final + 1
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
                del self._drafts[row]
                self._drafts.insert(final, draft)
                self.endMoveRows()
                row = final
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _sorted_position(self, draft: DraftSummary, *, skip: int = -1) -> int:
        """Where ``draft`` goes among the other rows, newest first (usually row 0)."""
        key = _order(draft)
        others = (other for row, other in enumerate(self._drafts) if row != skip)
        for position, other in enumerate(others):
            if _order(other) < key:
                return position
        return len(self._drafts) - (1 if skip >= 0 else 0)

    # --- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._drafts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._drafts):
            return None
        draft = self._drafts[index.row()]
        title = draft.title.strip() or "Untitled draft"
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{title}\n{plural(draft.word_count, 'word')} · {ago(draft.updated_at)}"
            return f"{text}\n{draft.snippet}" if draft.snippet else text
        if role == Qt.ItemDataRole.ToolTipRole:
            return title
        if role == DraftIdRole:
            return draft.id
        return None
