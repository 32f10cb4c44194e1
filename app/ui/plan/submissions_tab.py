"""Publications (with their guidelines) and the drafts submitted to them, pending ones first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.wording import plural
from app.session.failures import STORAGE_ERRORS
from app.session.plan.planner import Plan
from app.session.plan.publication_removal import removal_question
from app.ui.empty_note import EmptyNote
from app.ui.plan.no_draft import say_no_draft
from app.ui.theme_mode import current_theme
from app.ui.window.storing import warn_not_stored

STATUSES = ("planned", "submitted", "accepted", "rejected", "published")
PUBLICATION_COLUMNS = ("Publication", "Topics", "Exclusive", "Answers in")
SUBMISSION_COLUMNS = ("Draft", "Publication", "Status", "Since", "Waiting")
STATUS_COLUMN = SUBMISSION_COLUMNS.index("Status")
#: Overdue rows and the reminder, in each theme's own vermillion: the palette's #D55E00 is
#: 3.9:1 on white and 3.6:1 on the dark theme's rows, under the 4.5:1 text needs.
OVERDUE = {"light": "#B34E00", "dark": "#F28C4F"}


def overdue_colour() -> QColor:
    return QColor(OVERDUE[current_theme()])


def _table(columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _item(text: str, key: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item


class SubmissionsTab(QWidget):
    def __init__(
        self, plan: Plan, current_draft: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._current_draft = current_draft
        self.publications = _table(PUBLICATION_COLUMNS)
        EmptyNote(
            self.publications,
            "No publications yet: fill in the form below and click Add publication.",
        )
        self.publications.itemSelectionChanged.connect(self._fill_form)
        self.name = QLineEdit()
        self.url = QLineEdit()
        self.topics = QLineEdit()
        self.topics.setPlaceholderText("comma-separated")
        self.guidelines = QPlainTextEdit()
        self.guidelines.setPlaceholderText("Submission guidelines, editors, how to submit …")
        self.guidelines.setMaximumHeight(80)
        self.exclusive = QCheckBox("Wants stories not published elsewhere")
        self.response_days = QSpinBox()
        self.response_days.setRange(0, 365)
        self.response_days.setSpecialValueText("unknown")
        self.response_days.setSuffix(" days")
        # With a publication chosen the form edits it (its name too); "New publication" empties
        # the form for another one.
        new = QPushButton("New publication")
        new.clicked.connect(self.new_publication)
        self.save = QPushButton()
        self.save.clicked.connect(self.save_publication)
        self.remove = QPushButton("Remove…")
        self.remove.setToolTip("Remove the chosen publication and its submissions")
        self.remove.clicked.connect(self.remove_publication)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(new)
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.remove)
        form_buttons.addWidget(self.save)
        form = QFormLayout()
        form.addRow("Name:", self.name)
        form.addRow("URL:", self.url)
        form.addRow("Topics:", self.topics)
        form.addRow("Guidelines:", self.guidelines)
        form.addRow("", self.exclusive)
        form.addRow("Usual answer:", self.response_days)
        form.addRow(form_buttons)
        left = QGroupBox("Publications")
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.publications, 1)
        left_layout.addLayout(form)

        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.submissions = _table(SUBMISSION_COLUMNS)
        EmptyNote(
            self.submissions,
            "No submissions yet: select a publication and submit the open draft to it.",
        )
        self.submissions.itemSelectionChanged.connect(self._show_selected_status)
        submit = QPushButton("Submit the open draft to the selected publication")
        submit.clicked.connect(self.submit_current)
        self.status = QComboBox()
        self.status.addItems(STATUSES)
        # Both wait for a chosen submission: with none, a click would change nothing.
        self.set_status_button = QPushButton("Set status")
        self.set_status_button.clicked.connect(self.set_status)
        right = QGroupBox("Submissions")
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.reminders)
        right_layout.addWidget(self.submissions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(submit)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        buttons.addWidget(self.set_status_button)
        right_layout.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(left, 2)
        layout.addWidget(right, 3)
        self.refresh()

    def _selected(self, table: QTableWidget) -> int | None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        item = table.item(rows[0].row(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _fill_form(self) -> None:
        chosen = self._selected(self.publications)
        for publication in self._plan.publications():
            if publication.id == chosen:
                self.name.setText(publication.name)
                self.url.setText(publication.url)
                self.topics.setText(", ".join(publication.topics))
                self.guidelines.setPlainText(publication.guidelines)
                self.exclusive.setChecked(publication.exclusive)
                self.response_days.setValue(publication.response_days or 0)
        self._show_form_mode()

    def _show_form_mode(self) -> None:
        """Whether "Save" adds a publication or changes the chosen one, on its button."""
        chosen = self._selected(self.publications) is not None
        self.save.setText("Save changes" if chosen else "Add publication")
        self.remove.setEnabled(chosen)

    def new_publication(self) -> None:
        """An empty form, no publication chosen: the next save adds one."""
        self.publications.clearSelection()
        for field in (self.name, self.url, self.topics):
            field.clear()
        self.guidelines.clear()
        self.exclusive.setChecked(False)
        self.response_days.setValue(0)
        self._show_form_mode()
        self.name.setFocus()

    def _show_selected_status(self) -> None:
        """The status box starts from the chosen submission's status, so "Set status" never
        applies a status left over from another row; with none chosen, both wait."""
        rows = self.submissions.selectionModel().selectedRows()
        status = self.submissions.item(rows[0].row(), STATUS_COLUMN) if rows else None
        if status is not None:
            self.status.setCurrentText(status.text())
        for widget in (self.status, self.set_status_button):
            widget.setEnabled(status is not None)
        self.set_status_button.setToolTip(
            "Give the chosen submission this status."
            if status is not None
            else "Choose a submission in the list first."
        )

    def save_publication(self) -> None:
        try:
            saved = self._plan.save_publication(
                self.name.text(),
                self._selected(self.publications),
                url=self.url.text(),
                topics=self.topics.text().split(","),
                guidelines=self.guidelines.toPlainText(),
                exclusive=self.exclusive.isChecked(),
                response_days=self.response_days.value() or None,
            )
        except (ValueError, LookupError) as error:
            QMessageBox.warning(self, "Publication", str(error))
            return
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Publication", "the publication", error)
            return
        self.refresh()
        self._choose_publication(saved.id)

    def remove_publication(self) -> None:
        chosen = self._selected(self.publications)
        publication = next((p for p in self._plan.publications() if p.id == chosen), None)
        if publication is None:
            return
        question = removal_question(
            publication,
            [item for item in self._plan.submissions() if item.publication_id == chosen],
            [story for story in self._plan.stories() if story.publication_id == chosen],
        )
        answer = QMessageBox.question(
            self,
            "Remove publication",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._plan.delete_publication(publication.id)
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Remove publication", "the publication's removal", error)
            return
        self.new_publication()
        self.refresh()

    def _choose_publication(self, publication_id: int | None) -> None:
        """Choose the publication's row again after the rows were re-sorted (a rename moves
        it), without refilling the form from the database."""
        self.publications.blockSignals(True)
        self.publications.clearSelection()
        for row in range(self.publications.rowCount()):
            item = self.publications.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == publication_id:
                self.publications.selectRow(row)
        self.publications.blockSignals(False)
        self._show_form_mode()

    def submit_current(self) -> None:
        publication = self._selected(self.publications)
        draft_id = self._current_draft()
        if publication is None:
            QMessageBox.information(self, "Submit", "Choose a publication first.")
            return
        if draft_id is None:
            say_no_draft(self, "Submit")
            return
        try:
            self._plan.submit(draft_id, publication)
        except ValueError as error:  # already there and not declined: say so, add nothing
            QMessageBox.information(self, "Submit", str(error))
            return
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Submit", "the submission", error)
            return
        self.refresh()

    def set_status(self) -> None:
        submission = self._selected(self.submissions)
        if submission is None:
            return
        try:
            self._plan.set_submission_status(submission, self.status.currentText())
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Submission status", "the submission's status", error)
            return
        self.refresh()

    def submission_rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(
                item.text() if (item := self.submissions.item(row, column)) is not None else ""
                for column in range(self.submissions.columnCount())
            )
            for row in range(self.submissions.rowCount())
        ]

    def refresh(self) -> None:
        chosen_publication = self._selected(self.publications)
        publications = self._plan.publications()
        self.publications.setRowCount(len(publications))
        for row, publication in enumerate(publications):
            days = plural(publication.response_days, "day") if publication.response_days else "—"
            cells: tuple[QTableWidgetItem, ...] = (
                _item(publication.name, publication.id),
                _item(", ".join(publication.topics)),
                _item("yes" if publication.exclusive else "no"),
                _item(days),
            )
            for column, cell in enumerate(cells):
                self.publications.setItem(row, column, cell)
        self._choose_publication(chosen_publication)
        chosen = self._selected(self.submissions)
        pending = {item.submission.id: item for item in self._plan.pending_submissions()}
        submissions = sorted(
            self._plan.submissions(), key=lambda item: (item.id not in pending, -item.id)
        )
        self.submissions.setRowCount(len(submissions))
        overdue = overdue_colour()
        for row, submission in enumerate(submissions):
            since = (
                submission.published_at
                or submission.decided_at
                or submission.submitted_at
                or submission.planned_at
            )
            waiting = pending.get(submission.id)
            cells = (
                _item(submission.draft_title or "Untitled", submission.id),
                _item(submission.publication),
                _item(submission.status),
                _item(f"{since:%d %b %Y}"),
                _item(plural(waiting.waited_days, "day") if waiting else ""),
            )
            for column, cell in enumerate(cells):
                if waiting is not None and waiting.overdue:
                    cell.setForeground(overdue)
                self.submissions.setItem(row, column, cell)
            if submission.id == chosen:  # rows re-sort: keep the same submission chosen
                self.submissions.selectRow(row)
        self._show_selected_status()
        reminders = self._plan.reminders()
        self.reminders.setStyleSheet(f"color: {overdue_colour().name()};")
        self.reminders.setText("\n".join(reminders))
        self.reminders.setVisible(bool(reminders))
