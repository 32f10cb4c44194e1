"""The main window: drafts on the left, the editor in the middle, the live sidebar on the right.

This is the one place that wires widgets to the store and to the background analysis.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.analysis.chunk_analysis import Detectors
from app.analysis.detectors import default_detectors
from app.analysis.engine import Analyzer
from app.analysis.helper_process import AnalysisHelper
from app.analysis.report import Report
from app.analysis.rule_catalog import DEFAULT_OFF_RULES
from app.analysis.settings import AnalysisSettings
from app.analysis.spelling import SpellingChecker
from app.analysis.tags import TagHistory, suggest_tags
from app.markdown_import import ImportReport, read_folder, read_post
from app.storage.app_state import LAST_DRAFT
from app.storage.drafts import DraftRecord
from app.storage.store import Store
from app.tag_history import load_tag_history
from app.text_files import TextFileError
from app.ui.analysis_worker import AnalysisController, AnalysisResult, Snapshot
from app.ui.busy import busy_cursor
from app.ui.drafts_panel import DraftsPanel
from app.ui.editor import MarkdownEditor
from app.ui.heading_edit import HeadingEdit
from app.ui.headline_lab import HeadlineLab
from app.ui.publish import install_publishing
from app.ui.sample_draft import create_sample_draft
from app.ui.sidebar import SIDEBAR_WIDTH, Sidebar
from app.ui.spelling_service import SpellingService
from app.ui.tag_history_dialog import TagHistoryDialog
from app.ui.write_edit import install_write_edit

SCORES_EXPLAINED = (
    "Reading grade: the median of seven published readability formulas, as a US school "
    "grade. Most Medium readers are comfortable around grade 7 to 9.\n\n"
    "Headline score: your title compared with 9,975 headlines from real A/B tests "
    "(Upworthy, 2013-15): 50 means it would have beaten half of them on clicks. It is fitted "
    "on a news feed, not on Medium, so use it to choose between your own versions; it cannot "
    "predict reads, curation or claps.\n\n"
    "Clickbait risk: from the practices Medium's curators hold back (teasing without saying "
    "what the story is, hyperbole, exploiting worries). A blog-like style alone is fine.\n\n"
    "Writing highlights: rules of thumb, not laws. Switch off any rule you disagree with."
)
AUTOSAVE_MS = 1500  # after the last keystroke
REVISION_EVERY_SECONDS = 10 * 60
DISABLED_RULES = "disabled_rules"
HIGHLIGHT_KEYPHRASE = "highlight_keyphrase"
WINDOW_GEOMETRY = "window_geometry"
WINDOW_STATE = "window_state"  # which docks are open, and where


class MainWindow(QMainWindow):
    draftOpened = Signal(object)  # the id of the draft now in the editor

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        analysis_helper: AnalysisHelper | None = None,
    ) -> None:
        """``analysis_helper`` shares the analysis of long drafts with a second core."""
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Clapwise")
        self.resize(1400, 900)
        self._draft: DraftRecord | None = None
        self._loading = False
        self._dirty = False
        self._last_revision_at = 0.0
        self._report: Report | None = None
        self._other_keyphrases: tuple[str, ...] = ()
        self._tag_history = TagHistory()
        self._suggestions_key: object = None

        default_off = ",".join(sorted(DEFAULT_OFF_RULES))  # until the writer chooses
        disabled = frozenset(filter(None, store.state.get(DISABLED_RULES, default_off).split(",")))
        self.spelling = SpellingService(SpellingChecker(store.dictionary.words()), self)
        self.analyzer = Analyzer(
            AnalysisSettings(disabled_rules=disabled),
            self._detectors(self.spelling.checker),
            analysis_helper,
        )
        self._build_widgets()
        self._build_menus()
        self.controller = AnalysisController(self._snapshot, self._analyse, self)
        self.controller.resultReady.connect(self._show_result)
        self.controller.analysisFailed.connect(self._analysis_failed)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_now)
        self._connect_signals()
        self.publishing = install_publishing(self)
        self.write_edit = install_write_edit(self)
        self.sidebar.issues.set_disabled_rules(disabled)
        self.sidebar.keyphrase.highlight.setChecked(bool(store.state.get(HIGHLIGHT_KEYPHRASE)))
        self.editor.highlighter.set_disabled_rules(disabled)
        self._restore_geometry()

    # --- construction --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.drafts = DraftsPanel()
        self.editor = MarkdownEditor()
        self.title_edit = HeadingEdit("Title")
        self.title_edit.setObjectName("titleEdit")
        self.subtitle_edit = HeadingEdit("Subtitle: what the reader gets")
        self.subtitle_edit.setObjectName("subtitleEdit")
        self.title_edit.submitted.connect(self.subtitle_edit.setFocus)
        self.subtitle_edit.submitted.connect(self.editor.setFocus)
        centre = QWidget()
        centre.setObjectName("centre")
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(0)
        for heading in (self.title_edit, self.subtitle_edit):
            # The title and subtitle line up with the editor's writing column.
            self.editor.columnMarginChanged.connect(heading.set_side_margin)
            layout.addWidget(heading)
        layout.addWidget(self.editor, 1)
        self.sidebar = Sidebar()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.drafts)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.sidebar)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 820, SIDEBAR_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.headline_lab = HeadlineLab(self.store, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.headline_lab)
        self.headline_lab.hide()
        self.statusBar().showMessage(f"Database: {self.store.path}")

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.new_action = self._action(file_menu, "&New draft", QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_draft)
        self.import_action = self._action(
            file_menu, "&Import Markdown…", QKeySequence.StandardKey.Open
        )
        self.import_action.triggered.connect(self.import_markdown)
        import_folder = self._action(file_menu, "Import a &folder of posts…")
        import_folder.triggered.connect(self.import_folder_dialog)
        file_menu.addSeparator()
        self.trash_action = self._action(file_menu, "Move draft to &trash")
        self.trash_action.triggered.connect(lambda: self._trash_current())
        file_menu.addSeparator()
        quit_action = self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        view_menu = self.menuBar().addMenu("&View")
        self.toggle_drafts = self._action(view_menu, "&Drafts list", "Ctrl+Shift+D")
        self.toggle_drafts.setCheckable(True)
        self.toggle_drafts.setChecked(True)
        self.toggle_drafts.toggled.connect(self.drafts.setVisible)
        self.toggle_sidebar = self._action(view_menu, "&Sidebar", "Ctrl+Shift+S")
        self.toggle_sidebar.setCheckable(True)
        self.toggle_sidebar.setChecked(True)
        self.toggle_sidebar.toggled.connect(self.sidebar.setVisible)

        view_menu.addSeparator()
        self.toggle_lab = self.headline_lab.toggleViewAction()
        self.toggle_lab.setText("&Headline lab")
        self.toggle_lab.setShortcut(QKeySequence("Ctrl+Shift+H"))
        view_menu.addAction(self.toggle_lab)
        tag_history = self._action(view_menu, "Tag &history…", "Ctrl+Shift+T")
        tag_history.triggered.connect(self.show_tag_history)

        help_menu = self.menuBar().addMenu("&Help")
        scores = self._action(help_menu, "&What the scores mean")
        scores.triggered.connect(self._about_scores)
        about = self._action(help_menu, "&About Clapwise")
        about.triggered.connect(self._about)

    def _action(self, menu, text: str, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        menu.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.editor.editRevision.connect(self._text_changed)
        self.editor.set_suggestion_provider(self.spelling.request)
        self.editor.addToDictionary.connect(self.add_to_dictionary)
        self.editor.ignoreInDraft.connect(self.ignore_in_draft)
        self.title_edit.textEdited.connect(self._field_changed)
        self.subtitle_edit.textEdited.connect(self._field_changed)
        self.drafts.draftActivated.connect(self._draft_activated)
        self.drafts.newRequested.connect(self.new_draft)
        self.drafts.trashRequested.connect(self._trash)
        self.drafts.restoreRequested.connect(self._restore)
        self.drafts.view_trash.toggled.connect(lambda _on: self.refresh_drafts())
        self.drafts.searchChanged.connect(lambda _query: self.refresh_drafts())
        self.sidebar.issues.ruleActivated.connect(self.jump_to_next)
        self.sidebar.issues.ruleToggled.connect(self._rule_toggled)
        self.sidebar.readability.genreChanged.connect(self._genre_changed)
        self.sidebar.tags.tagsChanged.connect(self._tags_changed)
        self.sidebar.keyphrase.keyphraseEdited.connect(self._field_changed)
        self.sidebar.headline.labRequested.connect(self.show_headline_lab)
        self.headline_lab.useTitle.connect(self.use_title)
        self.sidebar.keyphrase.highlightToggled.connect(self._keyphrase_highlight_toggled)

    # --- drafts --------------------------------------------------------------------------------

    @property
    def draft(self) -> DraftRecord | None:
        return self._draft

    def open_initial_draft(self) -> None:
        """The draft open at the last close, else the newest one, else the sample."""
        drafts = self.store.drafts
        last = self.store.state.get_int(LAST_DRAFT)
        record = drafts.find(last) if last is not None else None
        if record is None or record.deleted_at is not None:
            listed = drafts.list()
            if listed:
                record = drafts.get(listed[0].id)
            elif drafts.count() == 0:
                record = create_sample_draft(self.store)
            else:
                record = drafts.create()
        self.open_draft(record.id)

    def open_draft(self, draft_id: int) -> None:
        self.save_now()
        record = self.store.drafts.get(draft_id)
        self._loading = True
        try:
            self._draft = record
            self.title_edit.setText(record.title)
            self.subtitle_edit.setText(record.subtitle)
            self.editor.load_text(record.body, record.cursor_position)
            self.sidebar.tags.set_tags(self.store.tags.draft_tags(record.id))
            self.sidebar.tags.set_known_tags(self.store.tags.names())
            self.sidebar.keyphrase.set_keyphrase(record.keyphrase)
            self._load_history(record.id)
            self.headline_lab.set_draft(
                record.id, topic=record.keyphrase or record.title, keyphrase=record.keyphrase
            )
            self.sidebar.readability.set_genre(record.genre)
            self.analyzer.configure(self._settings(genre=record.genre))
            self._reload_dictionary(record.id)
        finally:
            self._loading = False
        self._dirty = False
        self.store.state.set(LAST_DRAFT, str(record.id))
        self.store.drafts.snapshot(record.id)
        self._last_revision_at = time.monotonic()
        read_only = record.deleted_at is not None
        self.editor.setReadOnly(read_only)
        self.title_edit.setReadOnly(read_only)
        self.subtitle_edit.setReadOnly(read_only)
        self._update_title()
        self.refresh_drafts()
        self.draftOpened.emit(record.id)
        self.controller.run_now()
        self.editor.setFocus()

    def new_draft(self) -> None:
        self.save_now()
        if self.drafts.showing_trash:
            self.drafts.view_trash.setChecked(False)
        record = self.store.drafts.create()
        self.open_draft(record.id)
        self.title_edit.setFocus()

    def refresh_drafts(self) -> None:
        trashed = self.drafts.showing_trash
        query = self.drafts.query
        listed = (
            self.store.drafts.search(query, trashed=trashed)
            if query
            else self.store.drafts.list(trashed=trashed)
        )
        self.drafts.show_drafts(listed, self._draft.id if self._draft else None)

    def _draft_activated(self, draft_id: int) -> None:
        if self._draft is None or draft_id != self._draft.id:
            self.open_draft(draft_id)

    def _trash_current(self) -> None:
        if self._draft is not None:
            self._trash(self._draft.id)

    def _trash(self, draft_id: int) -> None:
        self.save_now()
        self.store.drafts.trash(draft_id)
        if self._draft is not None and draft_id == self._draft.id:
            remaining = self.store.drafts.list()
            if remaining:
                self.open_draft(remaining[0].id)
            else:
                self.open_draft(self.store.drafts.create().id)
        self.refresh_drafts()
        self.statusBar().showMessage("Moved to trash. Open the trash to restore it.", 5000)

    def _restore(self, draft_id: int) -> None:
        self.store.drafts.restore(draft_id)
        self.drafts.view_trash.setChecked(False)
        self.open_draft(draft_id)

    def import_markdown(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Import Markdown", "", "Markdown (*.md *.markdown *.txt);;All files (*)"
        )
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> DraftRecord | None:
        try:
            post = read_post(Path(path))
        except TextFileError as error:
            QMessageBox.warning(self, "Cannot import", str(error))
            return None
        self.save_now()
        record = self.store.drafts.create(title=post.title, subtitle=post.subtitle, body=post.body)
        self.open_draft(record.id)
        return record

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import a folder of Markdown posts")
        if folder:
            self.import_folder(folder)

    def import_folder(self, folder: str) -> ImportReport:
        """Import every Markdown file under ``folder``; show what worked and what did not."""
        self.save_now()
        with busy_cursor():
            report = read_folder(Path(folder))
            created = [
                self.store.drafts.create(title=post.title, subtitle=post.subtitle, body=post.body)
                for post in report.posts
            ]
        if created:
            self.open_draft(created[0].id)
        details = "\n".join(f"• {path.name}: {reason}" for path, reason in report.failures[:30])
        message = report.summary + (f"\n\n{details}" if details else "")
        if report.failures:
            QMessageBox.warning(self, "Import finished with problems", message)
        else:
            QMessageBox.information(self, "Import finished", message)
        return report

    # --- editing and saving --------------------------------------------------------------------

    def _text_changed(self, revision: int) -> None:
        if self._loading:
            return
        self._mark_dirty()
        self.controller.schedule(revision)

    def _field_changed(self, _text: str) -> None:
        if self._loading:
            return
        self._mark_dirty()
        self._update_title()
        self.controller.schedule(self.editor.revision)

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._autosave.start()

    def save_now(self) -> None:
        """Write the open draft to the database now (no-op when nothing changed)."""
        self._autosave.stop()
        draft = self._draft
        if draft is None or draft.deleted_at is not None:
            return
        cursor = self.editor.textCursor().position()
        if not self._dirty:
            if cursor != draft.cursor_position:
                self._draft = self.store.drafts.save(draft.id, cursor_position=cursor)
            return
        words = self._report.words if self._report else None
        self._draft = self.store.drafts.save(
            draft.id,
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text(),
            keyphrase=self.sidebar.keyphrase.field.text().strip(),
            body=self.editor.text(),
            cursor_position=cursor,
            word_count=words,
        )
        self._dirty = False
        if time.monotonic() - self._last_revision_at > REVISION_EVERY_SECONDS:
            self.store.drafts.snapshot(draft.id)
            self._last_revision_at = time.monotonic()
        self.refresh_drafts()
        self.statusBar().showMessage("Saved", 2000)

    def _update_title(self) -> None:
        title = self.title_edit.text().strip() or "Untitled draft"
        self.setWindowTitle(f"{title} — Clapwise")

    def _tags_changed(self, tags: list[str]) -> None:
        if self._draft is None or self._loading:
            return
        saved = self.store.tags.set_draft_tags(self._draft.id, tags)
        self.sidebar.tags.set_known_tags(self.store.tags.names())
        if saved != tags:
            self.sidebar.tags.set_tags(saved)
        self._show_tag_suggestions()

    def _load_history(self, draft_id: int) -> None:
        """Other drafts' keyphrases and the tag history, read once per opened draft."""
        self._other_keyphrases = tuple(self.store.drafts.keyphrases(exclude_draft_id=draft_id))
        self._tag_history = load_tag_history(self.store, exclude_draft_id=draft_id)
        self._suggestions_key = None

    def _show_tag_suggestions(self) -> None:
        if self._report is None:
            return
        extracted = self._report.keywords.extracted
        tags = tuple(self.sidebar.tags.tags())
        key = (tuple(k.phrase for k in extracted), tags, id(self._tag_history))
        if key == self._suggestions_key:
            return
        self._suggestions_key = key
        self.sidebar.tags_card.show_suggestions(suggest_tags(extracted, self._tag_history, tags))

    def show_headline_lab(self) -> None:
        self.headline_lab.show()
        self.headline_lab.raise_()
        self.headline_lab.topic.setFocus()

    def use_title(self, title: str) -> None:
        """Adopt a headline from the lab as the draft's title."""
        if self._draft is None or self._draft.deleted_at is not None:
            return
        self.title_edit.setText(title)
        self._field_changed(title)
        warning = self.headline_lab.reuse_warning(title)
        self.statusBar().showMessage(warning or "Title updated from the headline lab.", 6000)

    def show_tag_history(self) -> TagHistoryDialog:
        dialog = TagHistoryDialog(self.store, self)
        dialog.tagsChanged.connect(self._tags_renamed)
        dialog.show()
        return dialog

    def _tags_renamed(self) -> None:
        if self._draft is not None:
            self.sidebar.tags.set_tags(self.store.tags.draft_tags(self._draft.id))
            self._load_history(self._draft.id)
        self.sidebar.tags.set_known_tags(self.store.tags.names())
        self._show_tag_suggestions()

    # --- spelling ------------------------------------------------------------------------------

    @staticmethod
    def _detectors(checker: SpellingChecker) -> Detectors:
        # Corrections are ranked only when the writer right-clicks a word.
        return default_detectors(checker, spelling_suggestions=False)

    def _reload_dictionary(self, draft_id: int | None) -> None:
        """Rebuild the checker from the personal dictionary and this draft's ignored words."""
        ignored = self.store.dictionary.ignored(draft_id) if draft_id is not None else []
        checker = SpellingChecker(self.store.dictionary.words(), ignored)
        self.spelling.checker = checker
        self.analyzer.configure(detectors=self._detectors(checker))

    def add_to_dictionary(self, word: str) -> None:
        self.store.dictionary.add(word)
        self._reload_dictionary(self._draft.id if self._draft else None)
        self.statusBar().showMessage(f"“{word}” added to your dictionary.", 4000)
        self.controller.run_now()

    def ignore_in_draft(self, word: str) -> None:
        if self._draft is None:
            return
        self.store.dictionary.ignore(self._draft.id, word)
        self._reload_dictionary(self._draft.id)
        self.statusBar().showMessage(f"“{word}” is ignored in this draft.", 4000)
        self.controller.run_now()

    def _keyphrase_highlight_toggled(self, on: bool) -> None:
        self.store.state.set(HIGHLIGHT_KEYPHRASE, "1" if on else "")
        self.controller.run_now()

    # --- analysis ------------------------------------------------------------------------------

    def _snapshot(self) -> Snapshot:
        return Snapshot(
            self.editor.revision,
            self.editor.text(),
            self.title_edit.text(),
            self.subtitle_edit.text(),
            self.sidebar.keyphrase.field.text().strip(),
            self._other_keyphrases,
            self.sidebar.keyphrase.highlight.isChecked(),
        )

    def _analyse(self, snapshot: Snapshot) -> Report:
        """Runs on the worker thread."""
        return self.analyzer.analyze(
            snapshot.text,
            title=snapshot.title,
            subtitle=snapshot.subtitle,
            keyphrase=snapshot.keyphrase,
            other_keyphrases=snapshot.other_keyphrases,
        )

    def _show_result(self, result: AnalysisResult) -> None:
        self._report = result.report
        self.editor.set_result(result)
        self.sidebar.show_result(result)
        self._show_tag_suggestions()
        draft = self._draft
        if (
            draft is not None
            and not self._dirty
            and draft.deleted_at is None
            and draft.word_count != result.report.words
        ):
            # A draft opened with a stale count (imported, or from an older version); while
            # the writer types, the count is saved with the autosave instead.
            self._draft = self.store.drafts.save(draft.id, word_count=result.report.words)
            self.refresh_drafts()

    def _analysis_failed(self, message: str) -> None:
        self.statusBar().showMessage(f"Analysis paused: {message}", 10000)

    def _settings(self, **changes: object) -> AnalysisSettings:
        current = self.analyzer.settings
        values = {
            "genre": current.genre,
            "disabled_rules": current.disabled_rules,
            "thresholds": current.thresholds,
        }
        values.update(changes)
        return AnalysisSettings(**values)  # type: ignore[arg-type]

    def _rule_toggled(self, rule: str, enabled: bool) -> None:
        disabled = set(self.analyzer.settings.disabled_rules)
        (disabled.discard if enabled else disabled.add)(rule)
        frozen = frozenset(disabled)
        self.analyzer.configure(self._settings(disabled_rules=frozen))
        self.store.state.set(DISABLED_RULES, ",".join(sorted(frozen)))
        self.editor.highlighter.set_disabled_rules(frozen)
        self.controller.run_now()

    def _genre_changed(self, genre: str) -> None:
        if self._draft is None or self._loading:
            return
        self.analyzer.configure(self._settings(genre=genre))
        self._draft = self.store.drafts.save(self._draft.id, genre=genre)
        self.controller.run_now()

    def jump_to_next(self, rule: str) -> None:
        """Select the next finding of ``rule`` after the cursor (wrapping around)."""
        result = self.editor.result
        if result is None:
            return
        matches = [finding for finding in result.report.findings if finding.rule == rule]
        if not matches:
            return
        here = self.editor.cursor_source_offset()
        following = [finding for finding in matches if finding.start > here]
        target = (following or matches)[0]
        if self.editor.jump_to(target):
            self.editor.setFocus()

    # --- window --------------------------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Clapwise",
            f"<h3>Clapwise {__version__}</h3>"
            "<p>An offline writing assistant for Medium writers. Nothing you write leaves "
            "this computer.</p>"
            f"<p>Your drafts are stored in<br><code>{self.store.path}</code></p>",
        )

    def _about_scores(self) -> None:
        QMessageBox.information(self, "What the scores mean", SCORES_EXPLAINED)

    def _restore_geometry(self) -> None:
        """The window's size and the docks the writer left open (all docks exist by now)."""
        geometry = self.store.state.get(WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        state = self.store.state.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))

    def _save_geometry(self) -> None:
        for key, value in (
            (WINDOW_GEOMETRY, self.saveGeometry()),
            (WINDOW_STATE, self.saveState()),
        ):
            self.store.state.set(key, bytes(value.toBase64().data()).decode("ascii"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        self.controller.wait_for_idle()
        self.spelling.wait()
        self._save_geometry()
        event.accept()
