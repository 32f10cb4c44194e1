"""Published stories and their performance log: figures by hand, CSV and Medium imports,
marking the open draft published, and its later versions."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.document.wording import plural
from app.session.failures import STORAGE_ERRORS
from app.session.plan.lifetime import FallingTotal, FallingTotalsError
from app.session.plan.medium_export import MediumExportError
from app.session.plan.planner import Plan
from app.session.plan.stats_csv import CsvImportError
from app.ui.empty_note import EmptyNote
from app.ui.plan.figure_box import FigureBox
from app.ui.plan.no_draft import say_no_draft
from app.ui.plan.story_link_dialog import (
    LINK_PLACEHOLDER,
    StoryLinkDialog,
    problem_label,
    take_link,
)
from app.ui.report_dialog import show_report
from app.ui.theme import code_font
from app.ui.window.storing import warn_not_stored

log = logging.getLogger(__name__)

COLUMNS = ("Story", "Published", "Figures of", "Views", "Reads", "Read ratio", "Claps", "Fans")
FIGURES = ("views", "reads", "claps", "fans", "responses")
MAX_FALLS_SHOWN = 12  # a file whose totals all fall needs its first few, not a screenful


class PublishDialog(QDialog):
    """URL, date and time, publication and final title of a story going live. The link may
    be left empty; one that is no web address keeps the dialog open, saying why."""

    def __init__(self, plan: Plan, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Mark as published")
        self.url = QLineEdit()
        self.url.setPlaceholderText(LINK_PLACEHOLDER)
        self.url_note = QLabel(
            "Optional: without a link, statistics files find the story by its title. You can "
            "add it later in the Performance log."
        )
        self.url_note.setWordWrap(True)
        self.problem = problem_label()
        self.url.textEdited.connect(lambda _text: self.problem.hide())
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("d MMM yyyy  HH:mm")
        self.title = QLineEdit(title)
        # Room for a title of search-result length, shown from its start.
        self.title.setMinimumWidth(self.title.fontMetrics().averageCharWidth() * 60)
        self.title.setCursorPosition(0)
        self.publication = QComboBox()
        self.publication.addItem("(none: my own profile)", None)
        for publication in plan.publications():
            self.publication.addItem(publication.name, publication.id)
        form = QFormLayout(self)
        form.addRow("Final title:", self.title)
        form.addRow("URL:", self.url)
        form.addRow("", self.url_note)
        form.addRow("", self.problem)
        form.addRow("Published on:", self.when)
        form.addRow("Publication:", self.publication)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        """Close only with a link that can be stored (or none), so a typo is fixed in place."""
        if take_link(self.url, self.problem):
            super().accept()


class StoriesTab(QWidget):
    storiesChanged = Signal()

    def __init__(
        self, plan: Plan, current_draft: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._current_draft = current_draft
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        _give_titles_the_room(self.table.horizontalHeader())
        self.table.itemSelectionChanged.connect(self._show_selected)
        EmptyNote(
            self.table,
            "No published stories yet: mark the open draft published, or import your "
            "statistics or a Medium export.",
        )
        # Shown with a story chosen, under a line saying whose versions they are; until then
        # the line says what will appear there instead of an empty box.
        self.versions_label = QLabel()
        self.versions_label.setWordWrap(True)
        self.versions = QListWidget()
        self.versions.setMaximumHeight(90)
        self.versions.setToolTip("Double-click a version to see what changed from the one before")
        self.versions.itemDoubleClicked.connect(lambda _item: self.show_changes())
        # The chosen story's link, which can be added or changed after publishing.
        self.link_label = QLabel()
        self.link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A long link is cut at the window's edge (whole on hover), never widening the window.
        self.link_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.link_button = QPushButton("Change link…")
        self.link_button.clicked.connect(self.edit_link)
        link_row = QHBoxLayout()
        link_row.addWidget(self.link_label, 1)
        link_row.addWidget(self.link_button)

        self.taken_on = QDateEdit(QDate.currentDate())
        self.taken_on.setCalendarPopup(True)
        self.taken_on.setDisplayFormat("d MMM yyyy")
        self.figures: dict[str, FigureBox] = {name: FigureBox(100_000_000) for name in FIGURES}
        self.figures["member_reading_minutes"] = FigureBox(100_000_000, decimals=2)
        self.figures["earnings"] = FigureBox(10_000_000, decimals=2)
        self._form_story: int | None = None  # the story whose figures the form was filled with
        log_form = QFormLayout()
        note = QLabel(
            "Selecting a story fills in its latest figures. Leave a box empty for a figure "
            "you don't have: the one logged before stays."
        )
        note.setWordWrap(True)
        log_form.addRow(note)
        log_form.addRow("Date:", self.taken_on)
        for name in FIGURES:
            log_form.addRow(f"{name.capitalize()}:", self.figures[name])
        log_form.addRow("Member reading (min):", self.figures["member_reading_minutes"])
        log_form.addRow("Earnings ($):", self.figures["earnings"])
        log_button = QPushButton("Log these figures for the selected story")
        log_button.clicked.connect(self.log_selected)
        log_form.addRow(log_button)
        log_box = QGroupBox("Figures by hand (lifetime totals, as Medium shows them)")
        log_box.setLayout(log_form)

        publish = QPushButton("Mark the open draft published…")
        publish.clicked.connect(self.publish_current)
        update = QPushButton("Record the open draft's changes as a new version")
        update.clicked.connect(self.update_current)
        import_csv = QPushButton("Import statistics (CSV)…")
        import_csv.clicked.connect(self._choose_csv)
        import_medium = QPushButton("Import a Medium export (zip)…")
        import_medium.clicked.connect(self._choose_export)
        # Two rows of two: in one row the four buttons and the figures beside them made the
        # Plan window wider than a 1280-pixel screen.
        buttons = QGridLayout()
        for index, button in enumerate((publish, update, import_csv, import_medium)):
            buttons.addWidget(button, index % 2, index // 2)
        buttons.setColumnStretch(2, 1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(link_row)
        left.addWidget(self.versions_label)
        left.addWidget(self.versions)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(log_box, 1)
        self.refresh()
        self._show_selected()

    def _selected_item(self) -> QTableWidgetItem | None:
        """The chosen story's title cell, which holds its id."""
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0) if rows else None

    def selected_story(self) -> int | None:
        item = self._selected_item()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_story(self, story_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == story_id:
                self.table.selectRow(row)

    def rows(self) -> list[tuple[str, ...]]:
        return [
            tuple(
                item.text() if (item := self.table.item(row, column)) is not None else ""
                for column in range(len(COLUMNS))
            )
            for row in range(self.table.rowCount())
        ]

    def log_selected(self) -> bool:
        story_id = self.selected_story()
        if story_id is None:
            QMessageBox.information(self, "Log figures", "Select a story first.")
            return False
        try:
            self._log_figures(story_id, keep_falling=False)
        except FallingTotalsError as error:
            if not self._keep_falling(error.falls, "Fix the figures", "Log them as they are"):
                self._point_at(error.falls[0].figure)
                return False
            self._log_figures(story_id, keep_falling=True)
        except ValueError as error:
            QMessageBox.warning(self, "Log figures", str(error))
            return False
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Log figures", "the figures", error)
            return False
        self._changed(story_id)
        return True

    def _log_figures(self, story_id: int, *, keep_falling: bool) -> None:
        counts = {name: _whole(self.figures[name].figure()) for name in FIGURES}
        views, reads = counts.pop("views"), counts.pop("reads")
        if views is None or reads is None:
            self._point_at("views" if views is None else "reads")
            raise ValueError(
                "Enter the story's views and reads: Medium shows both on the story's stats page."
            )
        self._plan.log_figures(
            story_id,
            # Qt's stubs type toPython() as object; a QDate gives a date.
            cast(date, self.taken_on.date().toPython()),
            views=views,
            reads=reads,
            **counts,
            member_reading_minutes=self.figures["member_reading_minutes"].figure(),
            earnings=self.figures["earnings"].figure(),
            keep_falling=keep_falling,
        )

    def _point_at(self, figure: str) -> None:
        """Put the cursor in the box of the figure to fix, its number selected."""
        box = self.figures[figure]
        box.setFocus()
        box.selectAll()

    def _keep_falling(self, falls: Sequence[FallingTotal], fix: str, keep: str) -> bool:
        """Whether the writer keeps totals that fall; fixing them is the default answer."""
        shown = "\n".join(f"• {fall.describe()}." for fall in falls[:MAX_FALLS_SHOWN])
        if len(falls) > MAX_FALLS_SHOWN:
            shown += f"\n• … and {len(falls) - MAX_FALLS_SHOWN:,} more."
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Lifetime totals went down",
            "Views, reads and claps are lifetime totals: they never go down, so a digit may "
            f"have slipped.\n\n{shown}",
            parent=self,
        )
        box.setInformativeText("Keep the figures only if Medium really shows them.")
        fix_button = box.addButton(fix, QMessageBox.ButtonRole.RejectRole)
        keep_button = box.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(fix_button)
        box.setEscapeButton(fix_button)
        box.exec()
        return box.clickedButton() is keep_button

    def import_csv(self, path: Path, *, keep_falling: bool = False) -> bool:
        try:
            result = self._plan.import_csv(path, keep_falling=keep_falling)
        except CsvImportError as error:
            log.warning("Statistics from %s were not imported", path, exc_info=error)
            them = "it" if len(error.problems) == 1 else "them"
            # Every problem, in a list that scrolls: a message box cut a long list at 30.
            show_report(
                self,
                "Nothing was imported",
                f"{plural(len(error.problems), 'problem')} in {Path(path).name}; fix {them} and "
                "import again:",
                "\n".join(error.problems),
                warning=True,
            )
            return False
        except FallingTotalsError as error:
            if self._keep_falling(error.falls, "Fix the file", "Import them as they are"):
                return self.import_csv(path, keep_falling=True)
            return False
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Import statistics", "the imported statistics", error)
            return False
        self._changed()
        QMessageBox.information(
            self,
            "Statistics imported",
            result.summary(),
        )
        return True

    def import_export(self, path: Path) -> bool:
        try:
            result = self._plan.import_medium_export(path)
        except MediumExportError as error:
            QMessageBox.warning(self, "Medium export", str(error))
            return False
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Medium export", "the imported stories", error)
            return False
        self._changed()
        QMessageBox.information(
            self,
            "Medium export imported",
            result.summary(),
        )
        return True

    def _choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import statistics", "", "CSV (*.csv)")
        if path:
            self.import_csv(Path(path))

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Medium export", "", "Zip (*.zip)")
        if path:
            self.import_export(Path(path))

    def publish_current(self) -> None:
        draft_id = self._current_draft()
        if draft_id is None:
            say_no_draft(self, "Mark as published")
            return
        if self._plan.story_for_draft(draft_id) is not None:
            QMessageBox.information(self, "Published", "This draft is already published.")
            return
        # The final title starts as the draft's: the writer edits it only when it changed.
        dialog = PublishDialog(self._plan, self._plan.draft_title(draft_id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            story = self._plan.mark_published(
                draft_id,
                url=dialog.url.text(),
                # Qt's stubs type toPython() as object; a QDateTime gives a datetime.
                published_at=cast(datetime, dialog.when.dateTime().toPython()).replace(
                    microsecond=0
                ),
                publication_id=dialog.publication.currentData(),
                title=dialog.title.text() or None,
            )
        except ValueError as error:
            QMessageBox.warning(self, "Mark as published", str(error))
            return
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Mark as published", "the story as published", error)
            return
        self._changed(story.id)

    def edit_link(self) -> bool:
        """Ask for the selected story's link and store it; True when it changed."""
        story_id = self.selected_story()
        if story_id is None:
            return False
        story = self._plan.story(story_id)
        dialog = StoryLinkDialog(story.title, story.url, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.url.text() == story.url:
            return False
        try:
            self._plan.set_story_link(story_id, dialog.url.text())
        except ValueError as error:
            QMessageBox.warning(self, "Story link", str(error))
            return False
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "Story link", "the story's link", error)
            return False
        self._changed(story_id)
        return True

    def update_current(self) -> None:
        draft_id = self._current_draft()
        story = self._plan.story_for_draft(draft_id) if draft_id is not None else None
        if story is None:
            QMessageBox.information(self, "New version", "The open draft is not published yet.")
            return
        try:
            version = self._plan.update_from_draft(story.id)
        except STORAGE_ERRORS as error:
            warn_not_stored(self, "New version", "the new version", error)
            return
        if version is None:
            QMessageBox.information(self, "New version", "Nothing changed since the last version.")
        self._changed(story.id)

    def changes_text(self) -> str:
        """The selected version against the one before it (the latest if none is selected)."""
        story_id = self.selected_story()
        if story_id is None:
            return ""
        row = self.versions.currentRow()
        return self._plan.compare_versions(story_id, row if row >= 0 else -1)

    def show_changes(self) -> None:
        text = self.changes_text() or "This is the story as first published."
        dialog = QDialog(self)
        dialog.setWindowTitle("What changed")
        dialog.resize(760, 520)
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setFont(code_font())
        layout = QVBoxLayout(dialog)
        layout.addWidget(view)
        dialog.show()

    def _changed(self, story_id: int | None = None) -> None:
        self._form_story = None  # the figures changed: the form shows them anew
        self.refresh()
        if story_id is not None:
            self.select_story(story_id)
        self.storiesChanged.emit()

    def _show_selected(self) -> None:
        """The selected story's versions, and its latest figures in the form: what is logged
        next starts from them, never from another story's."""
        self.versions.clear()
        item = self._selected_item()
        self.versions.setVisible(item is not None)
        self.link_label.setVisible(item is not None)
        self.link_button.setVisible(item is not None)
        if item is None:
            self.versions_label.setText(
                "Versions: choose a story above to see its title and text as published, and "
                "each change recorded since."
            )
            return
        story_id = item.data(Qt.ItemDataRole.UserRole)
        url = self._plan.story(story_id).url
        self.link_label.setText(f"Link: {url}" if url else "Link: none yet")
        self.link_label.setToolTip(url)
        self.link_button.setText("Change link…" if url else "Add link…")
        self.versions_label.setText(
            f"Versions of “{item.text()}” (double-click one to see what changed):"
        )
        if story_id != self._form_story:
            self._form_story = story_id
            latest = self._plan.latest_figures().get(story_id)
            for name, box in self.figures.items():
                box.set_figure(getattr(latest, name) if latest else None)
        for version in self._plan.versions(story_id):
            self.versions.addItem(
                f"{version.changed_at:%d %b %Y %H:%M}  {version.title}"
                f"  ({plural(len(version.body.split()), 'word')}; {version.note or 'update'})"
            )

    def refresh(self) -> None:
        selected = self.selected_story()
        stories = list(reversed(self._plan.stories()))
        latest = self._plan.latest_figures()
        self.table.setRowCount(len(stories))
        for row, story in enumerate(stories):
            figures = latest.get(story.id)
            ratio = figures.read_ratio if figures else None
            cells = (
                story.title or story.url,
                f"{story.published_at:%d %b %Y %H:%M}"
                if story.time_known
                else f"{story.published_at:%d %b %Y}, time unknown",
                f"{figures.taken_on:%d %b %Y}" if figures else "—",
                f"{figures.views:,}" if figures else "",
                f"{figures.reads:,}" if figures else "",
                f"{ratio * 100:.0f} %" if ratio is not None else "",
                _count(figures.claps if figures else None),
                _count(figures.fans if figures else None),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, story.id)
                    item.setToolTip(text)  # the whole title, when the column cuts it
                elif column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        # The rows were rewritten in place: the selected row may now hold another story.
        self.table.clearSelection()
        if selected is not None:
            self.select_story(selected)


def _whole(figure: float | None) -> int | None:
    return None if figure is None else round(figure)


def _count(figure: int | None) -> str:
    """A figure for the table: empty when it was never given."""
    return "" if figure is None else f"{figure:,}"


def _give_titles_the_room(header: QHeaderView) -> None:
    """Each figure's column as wide as its widest figure and the story's title the rest, so a
    title reads beside its figures instead of being cut to a word ("Five Lesso…")."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
