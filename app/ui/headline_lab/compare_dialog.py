"""Two headlines compared side by side, feature by feature."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.insights.headline import HeadlineReport, compare


class CompareDialog(QDialog):
    """Two headlines side by side, feature by feature, in the table's terms; the better value
    is marked. The headlines themselves are the first row, so the column headers stay short."""

    def __init__(self, a: HeadlineReport, b: HeadlineReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Compare headlines")
        self.resize(760, 600)
        layout = QVBoxLayout(self)
        rows = compare(a, b)
        self.table = QTableWidget(len(rows) + 1, 3)
        self.table.setHorizontalHeaderLabels(["", "Headline A", "Headline B"])
        for column, full_text in ((1, a.text), (2, b.text)):
            if (header_item := self.table.horizontalHeaderItem(column)) is not None:
                header_item.setToolTip(full_text)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        title = QTableWidgetItem("Headline")
        self.table.setItem(0, 0, title)
        for column, text in ((1, a.text), (2, b.text)):
            item = QTableWidgetItem(text)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.table.setItem(0, column, item)
        for row, comparison in enumerate(rows, start=1):
            self.table.setItem(row, 0, QTableWidgetItem(comparison.label))
            for column, (shown, side) in enumerate(
                ((comparison.shown_a, "a"), (comparison.shown_b, "b")), start=1
            ):
                better = comparison.better == side
                item = QTableWidgetItem(f"✓ {shown}" if better else shown)
                if better:
                    item.setForeground(Qt.GlobalColor.darkGreen)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
