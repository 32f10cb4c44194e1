"""Ready for Medium: the pre-publish checklist in a dock, and the story's canonical link."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.document.wording import plural
from app.publishing.checklist import Checklist, ChecklistItem
from app.ui.fitting_scroll import FittingScrollArea
from app.ui.publish.icons import STATUS_COLORS, STATUS_WORDS, status_pixmap


class ChecklistRow(QFrame):
    """One check: a status icon, the label and what was found, and what to do."""

    activated = Signal(tuple)  # the finding rules the item is about

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklistRow")
        self.item: ChecklistItem | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(8)
        self.icon = QLabel()
        self.icon.setFixedSize(18, 18)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.fix = QLabel()
        self.fix.setWordWrap(True)
        self.fix.setObjectName("checklistFix")
        text.addWidget(self.title)
        text.addWidget(self.fix)
        layout.addLayout(text, 1)

    def show_item(self, item: ChecklistItem) -> None:
        self.item = item
        self.icon.setPixmap(status_pixmap(item.status))
        self.icon.setToolTip(STATUS_WORDS[item.status])
        color = STATUS_COLORS[item.status]
        self.title.setText(
            f'<b style="color:{color}">{html.escape(item.label)}</b> — {html.escape(item.detail)}'
        )
        self.fix.setText(item.fix)
        clickable = bool(item.rules) and item.status in {"warn", "fail"}
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        self.setToolTip(
            "Click (or press Enter) to jump to the first one in the text" if clickable else ""
        )
        # A row that leads to the text is a Tab stop, so the keyboard reaches it too.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if clickable else Qt.FocusPolicy.NoFocus)

    def _rules(self) -> tuple[str, ...]:
        """The finding rules this row leads to in the text: none for a passing check."""
        item = self.item
        if item is None or item.status not in {"warn", "fail"}:
            return ()
        return item.rules

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._rules():
            self.activated.emit(self._rules())
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        if event.key() in keys and self._rules():
            self.activated.emit(self._rules())
            return
        super().keyPressEvent(event)


class ChecklistDock(QDockWidget):
    """The checklist (filled by ``show_checklist``) with the canonical-link fields on top."""

    canonicalChanged = Signal(str)  # the writer finished editing the canonical link
    settingsChanged = Signal()  # the canonical link or the "published elsewhere" box changed
    rulesActivated = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Ready for Medium", parent)
        self.setObjectName("checklistDock")
        self.checklist: Checklist | None = None
        self.rows: dict[str, ChecklistRow] = {}
        self._loading = False

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        self.ready_label = QLabel("Checking…")
        self.ready_label.setObjectName("readyState")
        font = self.ready_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.ready_label.setFont(font)
        self.ready_label.setWordWrap(True)  # "Ready, with 4 suggestions…" never widens the panel
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.ready_label)
        layout.addWidget(self.summary_label)

        self.elsewhere_box = QCheckBox("I published this story somewhere else first")
        self.canonical_field = QLineEdit()
        self.canonical_field.setPlaceholderText("Address of the original, https://…")
        self.canonical_field.setAccessibleName("Canonical link")
        self.canonical_field.setToolTip(
            "Medium adds this as the canonical link, so search engines credit the original."
        )
        self.canonical_field.setEnabled(False)
        self.elsewhere_box.toggled.connect(self._elsewhere_toggled)
        self.canonical_field.editingFinished.connect(self._canonical_edited)
        self.canonical_field.textEdited.connect(lambda _text: self.settingsChanged.emit())
        layout.addWidget(self.elsewhere_box)
        layout.addWidget(self.canonical_field)

        rows_host = QWidget()
        self._rows_layout = QVBoxLayout(rows_host)
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(0)
        self._rows_layout.addStretch(1)
        layout.addWidget(FittingScrollArea(rows_host), 1)
        self.setWidget(body)

    def first_control(self) -> QWidget:
        """Where the keyboard lands when the checklist opens: its first control, at the top."""
        return self.elsewhere_box

    # --- canonical link ------------------------------------------------------------------------

    def load_canonical(self, url: str, *, editable: bool = True) -> None:
        """Show a draft's canonical link; a non-empty link means "published elsewhere"."""
        self._loading = True
        try:
            self.canonical_field.setText(url)
            self.elsewhere_box.setChecked(bool(url.strip()))
            self.canonical_field.setEnabled(editable and bool(url.strip()))
            self.elsewhere_box.setEnabled(editable)
        finally:
            self._loading = False

    def canonical_url(self) -> str:
        return self.canonical_field.text().strip() if self.elsewhere_box.isChecked() else ""

    def first_published_elsewhere(self) -> bool:
        return self.elsewhere_box.isChecked()

    def _elsewhere_toggled(self, on: bool) -> None:
        self.canonical_field.setEnabled(on and self.elsewhere_box.isEnabled())
        if self._loading:
            return
        if on:
            self.canonical_field.setFocus()  # the writer asked for it: the address comes next
        elif self.canonical_field.text():
            self.canonical_field.clear()
            self.canonicalChanged.emit("")
        self.settingsChanged.emit()

    def _canonical_edited(self) -> None:
        if not self._loading:
            self.canonicalChanged.emit(self.canonical_url())
            self.settingsChanged.emit()

    # --- the checklist -------------------------------------------------------------------------

    def show_checklist(self, checklist: Checklist) -> None:
        self.checklist = checklist
        ready = checklist.ready
        warnings = checklist.count("warn")
        # Nothing fails, yet a green "Ready" over a list of warnings would hide them.
        if not ready:
            state, status = "Not ready yet", "fail"
        elif warnings:
            state = f"Ready, with {plural(warnings, 'suggestion')} to consider"
            status = "warn"
        else:
            state, status = "Ready to publish", "pass"
        self.ready_label.setText(state)
        self.ready_label.setStyleSheet(f"color: {STATUS_COLORS[status]};")
        self.summary_label.setText(checklist.summary)
        for item in checklist.items:
            row = self.rows.get(item.id)
            if row is None:
                row = self.rows[item.id] = ChecklistRow()
                row.activated.connect(self.rulesActivated)
                self._rows_layout.insertWidget(self._rows_layout.count() - 1, row)
            row.show_item(item)
        shown = {item.id for item in checklist.items}
        for item_id, row in self.rows.items():
            row.setVisible(item_id in shown)
