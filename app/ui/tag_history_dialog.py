"""Every tag the writer has used: how often, when, on which drafts; filter, rename and merge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.insights.tags.names import TagNameError, check_tag_name
from app.document.wording import plural
from app.session import TagHistoryEditor, TagUsage, tag_key
from app.ui.window.storing import store_change

COLUMNS = ("Tag", "Stories", "First used", "Last used", "Drafts")
TOOLTIP_DRAFTS = 10  # titles a Drafts cell's tooltip lists, one a line


def _date(value) -> str:
    return value.strftime("%d %b %Y") if value else "—"


def drafts_tooltip(titles: tuple[str, ...]) -> str:
    """The first few titles a line, and how many more: a tag on 800 drafts must not get a
    tooltip taller than the screen."""
    shown = list(titles[:TOOLTIP_DRAFTS])
    if len(titles) > TOOLTIP_DRAFTS:
        shown.append(f"and {len(titles) - TOOLTIP_DRAFTS:,} more")
    return "\n".join(shown)


class MergeTargetDialog(QDialog):
    """Asks which tag to merge into: type to find it (any part of its name), or pick it."""

    def __init__(self, source: str, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge tag")
        self._names = {tag_key(name): name for name in names}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Merge “{source}” into:"))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItems(names)
        self.combo.setCurrentIndex(-1)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText("Type to find a tag")
        completer = QCompleter(names, self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.combo.setCompleter(completer)
        layout.addWidget(self.combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combo.currentTextChanged.connect(self._update_ok)
        self._update_ok()

    def chosen(self) -> str | None:
        """The existing tag the text names (in any case), else None."""
        return self._names.get(tag_key(self.combo.currentText().strip()))

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)


class TagHistoryDialog(QDialog):
    """Changes are written at once; ``tagsChanged`` tells the window to refresh its tags."""

    tagsChanged = Signal()

    def __init__(self, tags: TagHistoryEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Tag history")
        self.resize(760, 460)
        self._tags = tags
        self._usages: list[TagUsage] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Every tag you have used, most used first. Renaming a tag, or merging it into "
            "another, keeps its history and updates every draft that carries it."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter tags")
        self.filter.setAccessibleName("Filter tags")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.rename_button = QPushButton("Rename…")
        # ``clicked`` passes ``checked``; the slots take an optional name, so call them bare.
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.merge_button = QPushButton("Merge into…")
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self._usages = self._tags.usage()
        self.table.setRowCount(len(self._usages))
        for row, usage in enumerate(self._usages):
            cells = (
                usage.name,
                str(usage.uses),
                _date(usage.first_used),
                _date(usage.last_used),
                ", ".join(usage.drafts),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(drafts_tooltip(usage.drafts) if column == 4 else text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Show the tags whose name holds the filter's text (in any case); the selection
        stays on a shown row, the first when the selected one is hidden or none is."""
        needle = self.filter.text().strip().casefold()
        for row, usage in enumerate(self._usages):
            self.table.setRowHidden(row, needle not in usage.name.casefold())
        chosen = self.table.selectionModel().selectedRows()
        if not chosen or self.table.isRowHidden(chosen[0].row()):
            shown = [row for row in range(len(self._usages)) if not self.table.isRowHidden(row)]
            if shown:
                self.table.selectRow(shown[0])
            else:
                self.table.clearSelection()
                self.table.setCurrentCell(-1, -1)
        self._update_buttons()

    def selected(self) -> TagUsage | None:
        rows = self.table.selectionModel().selectedRows()
        return self._usages[rows[0].row()] if rows else None

    def select_tag(self, name: str) -> None:
        for row, usage in enumerate(self._usages):
            if usage.name == name:
                if self.table.isRowHidden(row):
                    self.filter.clear()
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and len(self._usages) > 1)

    def rename_selected(self, new_name: str | None = None) -> None:
        usage = self.selected()
        if usage is None:
            return
        if new_name is None:
            new_name, accepted = QInputDialog.getText(
                self, "Rename tag", f"New name for “{usage.name}”:", text=usage.name
            )
            if not accepted:
                return
        try:
            new_name = check_tag_name(new_name)
        except TagNameError as error:
            QMessageBox.warning(self, "Tag not accepted", str(error))
            return
        if not new_name or new_name == usage.name:
            return
        existing = next((u for u in self._usages if tag_key(u.name) == tag_key(new_name)), None)
        if existing is not None and existing.id != usage.id:
            answer = QMessageBox.question(
                self,
                "Merge tags?",
                f"“{existing.name}” already exists. Merge “{usage.name}” into it?",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        name = new_name
        if not store_change(
            self, f"the new name of “{usage.name}”", lambda: self._tags.rename(usage.id, name)
        ):
            return
        self.refresh()
        self.select_tag(existing.name if existing else new_name)
        self.tagsChanged.emit()

    def merge_selected(self, target_name: str | None = None) -> None:
        usage = self.selected()
        if usage is None:
            return
        others = [u.name for u in self._usages if u.id != usage.id]
        if target_name is None:
            ask = MergeTargetDialog(usage.name, others, self)
            if ask.exec() != QDialog.DialogCode.Accepted:
                return
            target_name = ask.chosen()
        target = next((u for u in self._usages if u.name == target_name), None)
        if target is None or target.id == usage.id:
            return
        answer = QMessageBox.question(
            self,
            "Merge tags?",
            f"Merge “{usage.name}” into “{target.name}”? "
            f"{plural(usage.uses, 'story', 'stories')} tagged “{usage.name}” "
            f"{'moves' if usage.uses == 1 else 'move'} to “{target.name}”, with the tag's "
            f"history, and “{usage.name}” is gone.",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not store_change(
            self,
            f"the merge of “{usage.name}” into “{target.name}”",
            lambda: self._tags.merge(usage.id, target.id),
        ):
            return
        self.refresh()
        self.select_tag(target.name)
        self.tagsChanged.emit()
