"""The headline lab: brainstorm ideas from the title and topic, score them, star, compare, use one.

Candidates belong to the open draft and are stored in SQLite as soon as they appear, so they
are still there next week. The draft's titles are candidates too, so the title history stays
in the list after "Use as title". A change that cannot be stored (a locked database) is said
in the window's status bar, and the list shows what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.insights.headline import HeadlineReport, analyze_headline, generate_variants
from app.analysis.insights.headline.title_topic import stated_topic, topic_from_title
from app.analysis.insights.headline.topic import full_form
from app.session import CandidateRecord, HeadlineCandidates
from app.ui.headline_lab.compare_dialog import CompareDialog
from app.ui.headline_lab.detail import headline_detail, rank_among
from app.ui.headline_lab.ideas_table import CURRENT_TITLE, STAR, TEXT, IdeasTable, origin_of
from app.ui.window.storing import store_change

LAB_WIDTH = 560  # what the lab asks for: every column beside a 30-character headline


class HeadlineLab(QDockWidget):
    """The lab works on one draft at a time; ``useTitle`` asks the window to adopt a title."""

    useTitle = Signal(str)

    def __init__(self, headlines: HeadlineCandidates, parent: QWidget | None = None) -> None:
        super().__init__("Headline lab", parent)
        self.setObjectName("headlineLab")
        self._headlines = headlines
        self._draft_id: int | None = None
        self._records: dict[int, CandidateRecord] = {}
        self._title = ""
        # The story's text, read when ideas are made: it shows whether the topic is a thing
        # the story counts ("an emergency fund") and so takes a plural in the ideas.
        self.story_text: Callable[[], str] = str
        # The topic the lab filled in itself (from the title or the text's subject), which a
        # better guess may replace; once the writer edits the topic, it is theirs.
        self._guessed_topic = ""
        self._keyphrase_typed = ""  # the keyphrase field as last set, to see what changed
        self._filling = False
        # A hidden lab lists a newly opened draft's candidates unscored, and scores them when
        # it is first shown: scoring loads the sentiment lexicon, which would hold up the
        # window's first report at start-up for a lab most sessions never open.
        self._scores_deferred = False
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.topic = QLineEdit()
        self.topic.setPlaceholderText("What the story is about, e.g. remote work")
        self.topic.textEdited.connect(self._topic_edited)
        self.keyphrase = QLineEdit()
        self.keyphrase.setPlaceholderText("Optional: the phrase readers search for")
        self.keyphrase.textEdited.connect(self._keyphrase_edited)
        self.audience = QLineEdit()
        self.audience.setPlaceholderText("Optional: who it is for, e.g. managers")
        form.addRow("Topic", self.topic)
        form.addRow("Keyphrase", self.keyphrase)
        form.addRow("Audience", self.audience)
        self.personal = QCheckBox("The story is my own experience")
        self.personal.setToolTip(
            "Only then, or with a title in the first person, do ideas such as "
            "“What … Taught Me” appear"
        )
        # The choice belongs to the draft: stored with it, and set again when a draft opens.
        self.personal.toggled.connect(self._personal_toggled)
        form.addRow("", self.personal)
        layout.addLayout(form)
        self.generate_button = QPushButton("Generate headlines")
        self.generate_button.setObjectName("primaryButton")
        self.generate_button.clicked.connect(self.generate)
        self.topic.returnPressed.connect(self.generate)
        layout.addWidget(self.generate_button, alignment=Qt.AlignmentFlag.AlignLeft)

        # The field takes the whole row (a headline is long) and its score goes below it.
        self.own = QLineEdit()
        self.own.setPlaceholderText("Write your own and press Enter")
        self.own.textChanged.connect(self._score_own)
        self.own.returnPressed.connect(self.add_own)
        layout.addWidget(self.own)
        self.own_score = QLabel("")
        self.own_score.setWordWrap(True)
        layout.addWidget(self.own_score)

        self.table = IdeasTable()
        # A list of ideas, not a spreadsheet: arrows move between rows, Tab moves on to the
        # buttons, and Enter uses the selected idea as the title (see eventFilter).
        self.table.setTabKeyNavigation(False)
        self.table.installEventFilter(self)
        if parent is not None:
            parent.installEventFilter(self)  # a window grown again gives the lab its room back
        self.table.itemChanged.connect(self._item_changed)
        self.table.cellClicked.connect(self._cell_clicked)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.detail)
        actions = QHBoxLayout()
        self.use_button = QPushButton("Use as title")
        self.use_button.clicked.connect(self.use_selected)
        self.compare_button = QPushButton("Compare two")
        self.compare_button.clicked.connect(self.compare_selected)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.use_button, self.compare_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.setWidget(body)
        self._selection_changed()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), LAB_WIDTH), hint.height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._scores_deferred:
            self._reload()
        # Docked in a wide window, take room for every column; the window keeps its writing
        # column readable (its minimum width), so a narrow window gives less. Queued twice:
        # after the panel area's own sizing, which is queued when the panel opens.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._claim_width))

    def _claim_width(self) -> None:
        window = self.parentWidget()
        if not isinstance(window, QMainWindow) or self.isFloating():
            return
        if self.isVisible() and self.width() < LAB_WIDTH:
            window.resizeDocks([self], [LAB_WIDTH], Qt.Orientation.Horizontal)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.use_selected()  # Enter on an idea does what "Use as title" does
            return True
        if event.type() == QEvent.Type.Resize:
            if watched is self.table:
                self.table.fit_columns()
            elif watched is self.parentWidget() and self.isVisible():
                QTimer.singleShot(0, self._claim_width)
        return False

    # --- the draft -----------------------------------------------------------------------------

    def set_draft(self, draft_id: int, *, topic: str, keyphrase: str, title: str = "") -> None:
        """Show the candidates stored for a draft; prefill the inputs from the draft."""
        self._draft_id = draft_id
        self._guessed_topic = ""
        self._keyphrase_typed = keyphrase.strip()
        if title and " ".join(topic.split()).casefold() == " ".join(title.split()).casefold():
            topic = self._guessed_topic = topic_from_title(title)  # a whole title is no topic
        self.topic.setText(topic)
        self.keyphrase.setText(keyphrase)
        self.personal.blockSignals(True)
        self.personal.setChecked(self._headlines.personal(draft_id))
        self.personal.blockSignals(False)
        self._scores_deferred = not self.isVisible()
        self._reload(deferred=self._scores_deferred)
        self.set_context(title=title)

    def set_context(self, *, title: str | None = None, keyphrase: str | None = None) -> None:
        """Follow the draft as the writer edits it: its current title joins the list (so a
        title replaced by "Use as title" is never lost) and the keyphrase fills its field."""
        if keyphrase is not None and keyphrase.strip():
            previous = self.keyphrase.text().strip()
            self.keyphrase.setText(keyphrase.strip())
            self._keyphrase_typed = keyphrase.strip()
            self._follow_keyphrase(keyphrase.strip(), previous)
        if title is None:
            return
        self._title = " ".join(title.split())
        current = self.topic.text().strip()
        if not current and self._title:
            self._guess_topic(self.keyphrase.text() or topic_from_title(self._title))
        elif current == self._guessed_topic and not self.keyphrase.text().strip():
            # A topic the lab only guessed gives way to the one the title now states
            # ("Ten Years of Go: …" is about Go, whatever word the text repeats most).
            stated = stated_topic(self._title)
            if stated and stated != current:
                self._guess_topic(stated)
        known = {record.text.casefold() for record in self._records.values()}
        draft_id, title = self._draft_id, self._title
        if (
            draft_id is not None
            and title
            and title.casefold() not in known
            and store_change(
                self,
                "the title in the headline list",
                lambda: self._headlines.add(draft_id, title, CURRENT_TITLE),
            )
        ):
            self._reload(deferred=self._scores_deferred)
        self._show_current()

    def follow_title(self, title: str) -> None:
        """The title as the writer types it: ideas are made from it from the next keystroke,
        while it joins the list (a database write) only when they leave the field or ask
        for ideas, so a half-typed title is never stored."""
        self._title = " ".join(title.split())

    def set_subject(self, subject: str | None, story: str) -> None:
        """The main key phrase ("time blocking") of the analysed ``story``: a better topic than
        one guessed from the title's words, unless the writer chose the topic or keyphrase, or
        the title states its topic ("How to Build an Emergency Fund")."""
        subject = " ".join((subject or "").split())
        if not subject or self.keyphrase.text().strip() or stated_topic(self._title):
            return
        current = self.topic.text().strip()
        if current not in ("", self._guessed_topic):
            return  # the writer's own topic
        subject = full_form(subject, story)  # "algo" is "algorithm" when the story says so
        if current != subject:
            self._guess_topic(subject)

    def _follow_keyphrase(self, keyphrase: str, previous: str) -> None:
        """The topic followed the keyphrase, or was only guessed: the writer's keyphrase says
        better what the story is about ("grief", not "shoebox"; "CORS", not "origins")."""
        if self.topic.text().strip() in ("", previous, self._guessed_topic):
            self._guessed_topic = ""
            self.topic.setText(keyphrase)

    def _keyphrase_edited(self, text: str) -> None:
        """A keyphrase typed in the lab leads the topic as one set in the sidebar does."""
        previous, self._keyphrase_typed = self._keyphrase_typed, text.strip()
        if self._keyphrase_typed:
            self._follow_keyphrase(self._keyphrase_typed, previous)

    def _personal_toggled(self, checked: bool) -> None:
        draft_id = self._draft_id
        if draft_id is None:
            return
        if not store_change(
            self,
            "“The story is my own experience”",
            lambda: self._headlines.set_personal(draft_id, checked),
        ):
            self.personal.blockSignals(True)  # the box shows what is stored
            self.personal.setChecked(not checked)
            self.personal.blockSignals(False)

    def _guess_topic(self, topic: str) -> None:
        self._guessed_topic = topic
        self.topic.setText(topic)

    def _topic_edited(self, _text: str) -> None:
        self._guessed_topic = ""  # the writer's own topic: never replaced by a guess

    def candidates(self) -> list[CandidateRecord]:
        return self._headlines.candidates(self._draft_id) if self._draft_id else []

    def _reload(self, *, deferred: bool = False) -> None:
        """List the draft's candidates; scored unless ``deferred`` (see ``showEvent``)."""
        self._scores_deferred = deferred
        records = self.candidates()
        self._records = {record.id: record for record in records}
        self._filling = True
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        for record in records:
            self.table.append_row(record, self.keyphrase.text() or None, scored=not deferred)
        self.table.setSortingEnabled(True)
        self._filling = False
        self.table.fit_columns()
        self._show_current()
        self._selection_changed()

    # --- actions -------------------------------------------------------------------------------

    def generate(self) -> int:
        """Add new ideas for the topic (skipping ones already there), the most usable first;
        the best new one is selected and scrolled into view. Returns how many were added."""
        if self._draft_id is None:
            return 0
        # The title as it reads now joins the list (and gives the topic when none is typed).
        self.set_context(title=self._title)
        # Exact text: the title in other capitals is an idea of its own.
        existing = {record.text for record in self._records.values()}
        added: list[str] = []
        variants = generate_variants(
            self.topic.text(),
            self.keyphrase.text() or None,
            self.audience.text() or None,
            title=self._title or None,
            personal=self.personal.isChecked(),
            text=self.story_text(),
        )
        draft_id = self._draft_id
        for variant in variants:
            if variant.text in existing:
                continue
            add = partial(self._headlines.add, draft_id, variant.text, variant.template)
            if not store_change(self, "the new headline ideas", add):
                break  # the rest would fail alike; the list shows the ideas stored
            existing.add(variant.text)
            added.append(variant.text)
        self._reload()
        if added:
            self.reveal(added[0])
        elif not self.topic.text().strip() and not self._title:
            self.detail.setText("Type a topic first: a few words about what the story covers.")
        else:
            self.detail.setText(
                "No new ideas better than the ones listed: try another topic, a keyphrase "
                "or who the story is for."
            )
        return len(added)

    def add_own(self) -> None:
        text = " ".join(self.own.text().split())
        if not text or self._draft_id is None:
            return
        draft_id = self._draft_id
        listed = self._listed(text)
        if listed is None:
            if not store_change(
                self, "your headline", lambda: self._headlines.add(draft_id, text, "")
            ):
                return  # the headline stays in the field, to add once it can be stored
            self._reload()
        self.own.clear()
        self.reveal(text if listed is None else listed.text)
        if listed is not None:  # said where the writer typed it, and the row is selected
            self.own_score.setText(_already_listed(listed.text))

    def _point_to(self, text: str) -> None:
        """Select the idea listed as ``text`` and say it was there already."""
        self.reveal(text)
        self.detail.setText(escape(_already_listed(text)))

    def _listed(self, text: str, *, besides: int | None = None) -> CandidateRecord | None:
        """The idea already listed as ``text``, in any capitals and spacing (the one with id
        ``besides``, being renamed, aside): one headline is never listed twice."""
        wanted = " ".join(text.split()).casefold()
        return next(
            (
                record
                for record in self._records.values()
                if record.id != besides and " ".join(record.text.split()).casefold() == wanted
            ),
            None,
        )

    def reveal(self, text: str) -> None:
        """Select the row of ``text`` and scroll it into view, where the writer is looking."""
        for row in range(self.table.rowCount()):
            record = self._record_at(row)
            if record is not None and record.text == text:
                self.table.reveal_row(row)
                return

    def _show_current(self) -> None:
        """Mark the draft's current title in the list."""
        self.table.mark_title(self._title)

    def _score_own(self, text: str) -> None:
        if not text.strip():
            self.own_score.setText("")
            return
        report = analyze_headline(text, self.keyphrase.text() or None)
        self.own_score.setText(f"{report.band} · {report.overall}/100 · risk {report.risk}")
        self.own_score.setToolTip(f"{report.verdict}. {report.lift}")

    def _record_at(self, row: int) -> CandidateRecord | None:
        record_id = self.table.record_id(row)
        return self._records.get(record_id) if record_id is not None else None

    def selected_records(self) -> list[CandidateRecord]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [record for row in rows if (record := self._record_at(row)) is not None]

    def select_text(self, *texts: str) -> None:
        rows = [
            row
            for row in range(self.table.rowCount())
            if (record := self._record_at(row)) is not None and record.text in texts
        ]
        self.table.select_rows(rows)

    def toggle_star(self, record: CandidateRecord) -> None:
        if store_change(
            self, "the star", lambda: self._headlines.update(record.id, starred=not record.starred)
        ):
            self._reload()

    def _cell_clicked(self, row: int, column: int) -> None:
        record = self._record_at(row)
        if column == STAR and record is not None:
            self.toggle_star(record)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != TEXT:
            return
        record = self._records.get(item.data(Qt.ItemDataRole.UserRole))
        text = " ".join(item.text().split())
        if record is None or not text or text == record.text:
            return
        listed = self._listed(text, besides=record.id)
        if listed is not None:  # the row keeps its words, and the one listed is shown
            self._reload()
            # Once the cell's editor has closed, which selects the edited row again.
            QTimer.singleShot(0, lambda: self._point_to(listed.text))
            return
        if not store_change(
            self, "the edited headline", lambda: self._headlines.update(record.id, text=text)
        ):
            self._reload()  # the row shows the headline as stored
            return
        self._reload()
        self.select_text(text)

    def _selection_changed(self) -> None:
        chosen = self.selected_records()
        self.use_button.setEnabled(len(chosen) == 1)
        self.compare_button.setEnabled(len(chosen) == 2)
        self.remove_button.setEnabled(bool(chosen))
        if len(chosen) != 1:
            if not self._records:
                self.detail.setText("Type a topic and generate ideas, or write your own.")
            else:
                self.detail.setText("Select one headline for details, or two to compare them.")
            return
        report = analyze_headline(chosen[0].text, self.keyphrase.text() or None)
        warning = self.reuse_warning(chosen[0].text)
        origin = origin_of(chosen[0])
        self.detail.setText(headline_detail(report, self.standing(report), warning, origin))

    def standing(self, report: HeadlineReport) -> str:
        """Where a headline stands among the writer's own alternatives, by overall."""
        keyphrase = self.keyphrase.text() or None
        others = [
            analyze_headline(record.text, keyphrase).overall
            for record in self._records.values()
            if record.text != report.text
        ]
        return rank_among(report.overall, others)

    def reuse_warning(self, text: str) -> str:
        """A warning when another draft already has this title."""
        if self._draft_id is None:
            return ""
        others = self._headlines.titles_used_elsewhere(self._draft_id, text)
        if not others:
            return ""
        return "Another of your drafts already uses this title; readers may confuse the two."

    def use_selected(self) -> None:
        chosen = self.selected_records()
        if len(chosen) == 1:
            self.useTitle.emit(chosen[0].text)
            self.set_context(title=chosen[0].text)

    def compare_selected(self) -> CompareDialog | None:
        chosen = self.selected_records()
        if len(chosen) != 2:
            return None
        keyphrase = self.keyphrase.text() or None
        dialog = CompareDialog(
            analyze_headline(chosen[0].text, keyphrase),
            analyze_headline(chosen[1].text, keyphrase),
            self,
        )
        dialog.show()
        return dialog

    def remove_selected(self) -> None:
        for record in self.selected_records():
            remove = partial(self._headlines.remove, record.id)
            if not store_change(self, "the removal of the headline", remove):
                break
        self._reload()


def _already_listed(text: str) -> str:
    return f"“{text}” is already in the list: it is selected."
