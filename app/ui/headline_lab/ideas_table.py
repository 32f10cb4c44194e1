"""The lab's table of ideas: one sortable row per candidate, and the columns that fit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem

from app.analysis.insights.headline import analyze_headline
from app.session import CandidateRecord

COLUMNS = ("★", "Headline", "Overall", "Band", "Risk", "Appeal", "Type", "Length")
STAR, TEXT, SCORE, BAND, RISK, APPEAL, KIND, LENGTH = range(len(COLUMNS))
# Columns that give way, last first, when the panel is too narrow to show them beside a
# readable headline; the star, the headline and the overall score always stay.
OPTIONAL_COLUMNS = (BAND, RISK, APPEAL, KIND, LENGTH)
HEADLINE_MIN_WIDTH = 220  # about 30 characters of a headline, the rest elided
RISK_ORDER = {"low": 0, "medium": 1, "high": 2}
BAND_ORDER = {"weak": 0, "fair": 1, "good": 2, "strong": 3}
CURRENT_TITLE = "your title"  # the template name of the draft's own titles in the list


class _NumberItem(QTableWidgetItem):
    """A cell that sorts by a number while showing text."""

    def __init__(self, text: str, number: float) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole + 1, number)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine = self.data(Qt.ItemDataRole.UserRole + 1)
        theirs = other.data(Qt.ItemDataRole.UserRole + 1)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class IdeasTable(QTableWidget):
    """Candidates with their scores, the best first; each row's cells hold the record id."""

    def __init__(self) -> None:
        super().__init__(0, len(COLUMNS))
        # The widths the optional columns had when last shown: a hidden column's size hint
        # counts no cell, so it would look narrower than it is.
        self._shown_widths: dict[int, int] = {}
        self.setHorizontalHeaderLabels(COLUMNS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.verticalHeader().setVisible(False)
        # The headline column takes the width that is left and elides the rest (the full
        # text is in its tooltip and the details below), so the table never scrolls sideways.
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(24)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column in (STAR, BAND, SCORE, APPEAL, RISK, KIND, LENGTH):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(SCORE, Qt.SortOrder.DescendingOrder)  # the best first
        self.setSortingEnabled(True)

    def fit_columns(self) -> None:
        """Show the optional columns that fit beside a readable headline, in order."""
        header = self.horizontalHeader()
        # Room for the scroll bar, shown or not: one never shown reports a width of 100 pixels.
        bar = self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self.verticalScrollBar()
        )
        available = self.width() - 2 * self.frameWidth() - bar
        used = sum(header.sectionSizeHint(c) for c in (STAR, SCORE)) + HEADLINE_MIN_WIDTH
        for column in OPTIONAL_COLUMNS:
            width = max(header.sectionSizeHint(column), self.sizeHintForColumn(column))
            if self.isColumnHidden(column):
                width = max(width, self._shown_widths.get(column, 0))
            else:
                self._shown_widths[column] = width
            fits = used + width <= available
            self.setColumnHidden(column, not fits)
            if fits:
                used += width

    def append_row(
        self, record: CandidateRecord, keyphrase: str | None, *, scored: bool = True
    ) -> None:
        """A row for ``record``, its scores for ``keyphrase`` left empty unless ``scored``."""
        row = self.rowCount()
        self.insertRow(row)
        star = _NumberItem("★" if record.starred else "☆", int(record.starred))
        star.setFlags(star.flags() & ~Qt.ItemFlag.ItemIsEditable)
        star.setToolTip("Star the ones worth keeping")
        star.setData(Qt.ItemDataRole.UserRole, record.id)
        text = QTableWidgetItem(record.text)
        text.setData(Qt.ItemDataRole.UserRole, record.id)
        text.setToolTip(f"{record.text}\n{origin_of(record)}")
        cells: dict[int, QTableWidgetItem] = {STAR: star, TEXT: text}
        if scored:
            cells.update(_score_cells(record, keyphrase))
        for column, item in cells.items():
            if column != TEXT:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, column, item)

    def record_id(self, row: int) -> int | None:
        """The id of the candidate in ``row``."""
        item = self.item(row, TEXT)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def reveal_row(self, row: int) -> None:
        """Select ``row`` alone and scroll it into view, where the writer is looking."""
        # Through the model: selectRow() reads the keys held (Shift left from typing
        # a capital before Enter made a range from an old anchor, or nothing at all).
        flags = QItemSelectionModel.SelectionFlag
        model = self.selectionModel()
        model.setCurrentIndex(self.model().index(row, TEXT), flags.ClearAndSelect | flags.Rows)
        if (item := self.item(row, TEXT)) is not None:
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_rows(self, rows: list[int]) -> None:
        """Select exactly ``rows``."""
        self.clearSelection()
        mode = self.selectionMode()
        self.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for row in rows:
            self.selectRow(row)
        self.setSelectionMode(mode)

    def mark_title(self, title: str) -> None:
        """Set the headline that is the draft's current ``title`` in bold: exactly it, not the
        idea of it in title case."""
        title = " ".join(title.split())
        for row in range(self.rowCount()):
            item = self.item(row, TEXT)
            if item is None:
                continue
            font = item.font()
            font.setBold(bool(title) and " ".join(item.text().split()) == title)
            item.setFont(font)


def origin_of(record: CandidateRecord) -> str:
    """Where a listed headline comes from, in a few words for the writer."""
    if record.template == CURRENT_TITLE:
        return "A title this draft has had"
    return f"Idea: {record.template}" if record.template else "Yours"


def _score_cells(record: CandidateRecord, keyphrase: str | None) -> dict[int, QTableWidgetItem]:
    report = analyze_headline(record.text, keyphrase)
    cells = {
        BAND: _NumberItem(report.band, BAND_ORDER.get(report.band, 0)),
        SCORE: _NumberItem(str(report.overall), report.overall),
        APPEAL: _NumberItem(str(report.score), report.score),
        RISK: _NumberItem(report.risk, RISK_ORDER.get(report.risk, 0)),
        KIND: QTableWidgetItem(report.type),
        LENGTH: _NumberItem(str(report.characters), report.characters),
    }
    cells[BAND].setToolTip(report.lift)
    return cells
