"""The main window: drafts on the left, the editor in the middle, the live sidebar on the right.

This is the one place that wires widgets to the session layer (the open draft, the workspace)
and to the background analysis: widgets emit signals, and the window forwards them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.chunks import Detectors
from app.analysis.engine.detectors import default_detectors
from app.analysis.engine.report import Report
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.insights.tags.history import TagHistory
from app.analysis.rules.spelling import SpellingChecker
from app.document.text_files import TextFileError
from app.session import DraftContent, DraftRecord, DraftSession, Workspace
from app.session.copies import write_markdown_copy
from app.session.failures import not_stored
from app.session.tag_suggestions import tag_suggestions
from app.ui.analysis_worker import AnalysisController, AnalysisResult, Snapshot
from app.ui.busy import busy_cursor
from app.ui.drafts_loader import DraftsLoader
from app.ui.drafts_panel import DraftsPanel
from app.ui.edit_menu import EditMenu
from app.ui.editor import MarkdownEditor
from app.ui.heading_edit import HeadingEdit
from app.ui.headline_lab import HeadlineLab
from app.ui.panel_keys import EmptyTabBars, PanelKeys
from app.ui.plan.tabs import TABS as PLAN_TABS
from app.ui.publish import PublishingFeatures, install_publishing
from app.ui.publish.export_dialog import StoryParts
from app.ui.publish.host import SnippetStore
from app.ui.revisions_dialog import RevisionsDialog
from app.ui.screen_fit import resize_within_screen
from app.ui.scrolling_header import ScrollingHeader
from app.ui.settings_dialog import SettingsActions, SettingsDialog, stored_font
from app.ui.side_panels import gather_side_panels
from app.ui.sidebar import SIDEBAR_WIDTH, Sidebar
from app.ui.spelling_service import SpellingService
from app.ui.tag_history_dialog import TagHistoryDialog
from app.ui.theme import rule_name
from app.ui.view_modes import ViewModes
from app.ui.write_edit import install_write_edit

if TYPE_CHECKING:
    # Imported where used, after the first paint (the planner, Markdown import).
    from app.session.markdown_import import ImportReport
    from app.ui.plan.plan_window import PlanWindow

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
ANALYSIS_FAILED = "The live checks stopped after an unexpected error; they restart as you type."
log = logging.getLogger(__name__)


# A 20,000-word article is about 130 KB; a file past this size is confirmed before import.
LARGE_IMPORT_BYTES = 1_000_000
# Plan menu items whose first letter another item already uses.
PLAN_MNEMONICS = {"Charts": "C&harts"}


class MainWindow(QMainWindow):
    draftOpened = Signal(object)  # the id of the draft now in the editor

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.preferences = workspace.preferences
        self.setWindowTitle("Clapwise")
        resize_within_screen(self, 1400, 900)  # a 1024x640 laptop screen included
        self.session: DraftSession | None = None
        self.publishing: PublishingFeatures | None = None
        self._loading = False
        self._drafts_listed = False  # the drafts list is filled at the first open
        self._report: Report | None = None
        # The last report's text and word count, which a save of that very text reuses.
        self._counted: tuple[str, int] | None = None
        self._other_keyphrases: tuple[str, ...] = ()
        self._tag_history = TagHistory()
        self._suggestions_key: object = None

        disabled = self.preferences.disabled_rules()
        self.spelling = SpellingService(SpellingChecker(), self)
        self.analyzer = Analyzer(
            AnalysisSettings(disabled_rules=disabled),
            self._detectors(self.spelling.checker),
        )
        self._build_widgets()
        self._build_menus()
        self.controller = AnalysisController(self._snapshot, self._analyse, self)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        # The first report of an opened draft corrects a stale stored word count (see
        # _show_result); every save stores the count of the text it saves.
        self._word_count_checked = False
        self.drafts_loader = DraftsLoader(self.workspace, self)
        self._connect_signals()
        publishing = install_publishing(self)
        self._panel_room = gather_side_panels(
            self,
            (self.headline_lab, publishing.preview, publishing.checklist, publishing.snippets),
            self.writing_column,
            self.editor,
            ((self.toggle_drafts, self.drafts), (self.toggle_sidebar, self.sidebar)),
        )
        self._panel_room.roomMade.connect(self._drafts_list_made_room)
        EmptyTabBars(self)
        PanelKeys(
            {
                self.headline_lab: self.headline_lab.topic,
                publishing.checklist: publishing.checklist.first_control(),
            },
            self.editor,
        )
        self.write_edit = install_write_edit(self)
        panels = [self.headline_lab, publishing.preview, publishing.checklist, publishing.snippets]
        self.view_modes = ViewModes(self, self.view_menu, [self.drafts, self.sidebar, *panels])
        self._apply_writing_preferences()
        self.edit_menu = EditMenu(
            self, self._centre_layout, lambda: self.session.id if self.session else None
        )
        self.controller.resultReady.connect(
            lambda result: self.edit_menu.show_words(result.report.words)
        )
        self.sidebar.issues.set_disabled_rules(disabled)
        self.sidebar.keyphrase.highlight.setChecked(self.preferences.highlight_keyphrase())
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
        centre = self.writing_column = QWidget()
        centre.setObjectName("centre")
        layout = self._centre_layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(0)
        headings = QWidget()
        header_layout = QVBoxLayout(headings)
        header_layout.setContentsMargins(0, 0, 0, 0)
        header_layout.setSpacing(0)
        for heading in (self.title_edit, self.subtitle_edit):
            header_layout.addWidget(heading)
        self.header = ScrollingHeader(headings, self.editor)
        layout.addWidget(self.header)
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
        self.headline_lab = HeadlineLab(self.workspace.headlines, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.headline_lab)
        self.headline_lab.hide()
        self.save_state = QLabel("")
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)
        self.statusBar().showMessage(f"Database: {self.workspace.database_path}")

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
        self.save_action = self._action(file_menu, "&Save now", QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_now)
        self.save_copy_action = self._action(file_menu, "Save a &copy as Markdown…")
        self.save_copy_action.triggered.connect(self.save_copy_dialog)
        self.revisions_action = self._action(file_menu, "&Revisions…", "Ctrl+Shift+R")
        self.revisions_action.triggered.connect(lambda: self.show_revisions())
        file_menu.addSeparator()
        self.trash_action = self._action(file_menu, "Move draft to &trash")
        self.trash_action.triggered.connect(lambda: self._trash_current())
        file_menu.addSeparator()
        self.settings_action = self._action(file_menu, "S&ettings…", "Ctrl+,")
        self.settings_action.triggered.connect(lambda: self.show_settings())
        quit_action = self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        view_menu = self.view_menu = self.menuBar().addMenu("&View")
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
        tag_history = self._action(view_menu, "Ta&g history…", "Ctrl+Shift+T")
        tag_history.triggered.connect(self.show_tag_history)

        plan_menu = self.menuBar().addMenu("&Plan")
        for tab in PLAN_TABS:
            # Alt+P, then a letter: each item has its own (C is Calendar's, so Charts takes h).
            text = PLAN_MNEMONICS.get(tab, f"&{tab}")
            self._action(plan_menu, f"{text}…").triggered.connect(
                lambda _checked=False, tab=tab: self.show_plan(tab)
            )

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
        """Every widget signal is forwarded here, to the session or to another widget."""
        sidebar = self.sidebar
        self.title_edit.submitted.connect(self.subtitle_edit.setFocus)
        self.subtitle_edit.submitted.connect(self.editor.setFocus)
        for heading in (self.title_edit, self.subtitle_edit):
            # The title and subtitle line up with the editor's writing column.
            self.editor.columnMarginChanged.connect(heading.set_side_margin)
        self.editor.editRevision.connect(self._text_changed)
        self.editor.set_suggestion_provider(self.spelling.request)
        self.editor.addToDictionary.connect(self.add_to_dictionary)
        self.editor.ignoreInDraft.connect(self.ignore_in_draft)
        self.editor.installEventFilter(self)  # focus loss saves
        self.title_edit.textEdited.connect(self._field_changed)
        self.subtitle_edit.textEdited.connect(self._field_changed)
        self.drafts.draftActivated.connect(self._draft_activated)
        self.drafts.newRequested.connect(self.new_draft)
        self.drafts.trashRequested.connect(self._trash)
        self.drafts.restoreRequested.connect(self._restore)
        self.drafts.view_trash.toggled.connect(lambda _on: self.refresh_drafts())
        self.drafts.searchChanged.connect(
            lambda query: self.drafts_loader.load_later(query, self.drafts.showing_trash)
        )
        self.drafts_loader.loaded.connect(self._show_listing)
        sidebar.issues.ruleActivated.connect(self.jump_to_next)
        sidebar.issues.ruleToggled.connect(self._rule_toggled)
        sidebar.readability.genreChanged.connect(self._genre_changed)
        sidebar.tags.tagsChanged.connect(self._tags_changed)
        sidebar.keyphrase.keyphraseEdited.connect(self._field_changed)
        sidebar.keyphrase.keyphraseEdited.connect(
            lambda keyphrase: self.headline_lab.set_context(keyphrase=keyphrase)
        )
        sidebar.headline.labRequested.connect(self.show_headline_lab)
        sidebar.keyphrase.highlightToggled.connect(self._keyphrase_highlight_toggled)
        self.headline_lab.useTitle.connect(self.use_title)
        self.headline_lab.story_text = self.editor.text
        # The lab follows the title as typed, not only as it was when the draft opened.
        self.headline_lab.visibilityChanged.connect(self._lab_follows_title)
        self.title_edit.finished.connect(lambda: self._lab_follows_title(True))
        self.title_edit.textEdited.connect(self.headline_lab.follow_title)
        self.controller.resultReady.connect(self._show_result)
        self.controller.analysisFailed.connect(self._analysis_failed)
        self._autosave.timeout.connect(self.save_now)

    def attach_publishing(self, features: object) -> None:
        """Keep the publishing features and forward the window's signals to them."""
        if not isinstance(features, PublishingFeatures):
            raise TypeError("expected PublishingFeatures")
        self.publishing = features
        self.controller.resultReady.connect(features.result_ready)
        self.draftOpened.connect(features.draft_opened)
        self.sidebar.tags.tagsChanged.connect(features.story_changed)

    # --- drafts --------------------------------------------------------------------------------

    @property
    def draft(self) -> DraftRecord | None:
        return self.session.record if self.session is not None else None

    def open_initial_draft(self) -> None:
        """The draft open at the last close, else the newest one, else the sample."""
        self.open_draft(self.workspace.initial_draft_id())

    def open_draft(self, draft_id: int) -> bool:
        """Show another draft; refused (False) while the open one's changes cannot be saved."""
        if not self._leave_draft():
            return False
        self._show_draft(self.workspace.open_draft(draft_id))
        return True

    def _show_draft(self, session: DraftSession) -> None:
        record = session.record
        self._loading = True
        try:
            self.session = session
            self.title_edit.setText(record.title)
            self.subtitle_edit.setText(record.subtitle)
            self.editor.load_text(record.body, record.cursor_position)
            self.sidebar.release_heights()
            self.sidebar.tags.set_tags(session.tags())
            self.sidebar.tags.set_known_tags(self.workspace.tags.names())
            self.sidebar.keyphrase.set_keyphrase(record.keyphrase)
            self._load_history(record.id)
            self.headline_lab.set_draft(
                record.id,
                topic=record.keyphrase or record.title,
                keyphrase=record.keyphrase,
                title=record.title,
            )
            self.sidebar.readability.set_genre(record.genre)
            self.analyzer.configure(self._settings(genre=record.genre))
            self._reload_dictionary()
        finally:
            self._loading = False
        read_only = not session.editable
        self.editor.setReadOnly(read_only)
        self.title_edit.setReadOnly(read_only)
        self.subtitle_edit.setReadOnly(read_only)
        self._show_save_state()
        self._update_title()
        self._update_draft_row(record.id, current=True)
        self.draftOpened.emit(record.id)
        self._word_count_checked = False
        self.controller.run_now()
        self.editor.setFocus()

    def _leave_draft(self) -> bool:
        """Save before switching drafts; keep the draft open when that fails."""
        if self.save_now():
            return True
        QMessageBox.warning(
            self,
            "Draft not saved",
            f"{self._failure()} The draft stays open; File ▸ Save a copy as Markdown… "
            "keeps your text in a file.",
        )
        return False

    def new_draft(self) -> None:
        if not self._leave_draft():
            return
        if self.drafts.showing_trash:
            self.drafts.view_trash.setChecked(False)
        self.open_draft(self.workspace.create_draft())
        self.title_edit.setFocus()

    def refresh_drafts(self) -> None:
        listed = self.drafts_loader.load_now(self.drafts.query, self.drafts.showing_trash)
        self.drafts.show_drafts(listed, self.session.id if self.session else None)
        self._drafts_listed = True

    def _show_listing(self, query: str, trash: bool, listed: list) -> None:
        if query == self.drafts.query and trash == self.drafts.showing_trash:
            self.drafts.show_drafts(listed, self.session.id if self.session else None)

    def _update_draft_row(self, draft_id: int, *, current: bool = False) -> None:
        """One draft's row in the list follows a save or an open; the list is not rebuilt."""
        if not self._drafts_listed:
            self.refresh_drafts()
            return
        summary = self.workspace.draft_summary(draft_id)
        if summary is not None:
            self.drafts.update_draft(summary, current=current)

    def _draft_activated(self, draft_id: int) -> None:
        if self.session is None or draft_id != self.session.id:
            self.open_draft(draft_id)

    def _trash_current(self) -> None:
        if self.session is not None:
            self._trash(self.session.id)

    def _trash(self, draft_id: int) -> None:
        if not self._leave_draft():
            return
        self.workspace.trash(draft_id)
        if self.session is not None and draft_id == self.session.id:
            self.open_draft(self.workspace.newest_live_draft_id())
        self.refresh_drafts()
        self.statusBar().showMessage("Moved to trash. Open the trash to restore it.", 5000)

    def _restore(self, draft_id: int) -> None:
        self.workspace.restore(draft_id)
        self.drafts.view_trash.setChecked(False)
        self.open_draft(draft_id)

    def import_markdown(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            "Import Markdown",
            self._import_start(),
            "Markdown (*.md *.markdown *.txt);;All files (*)",
        )
        if path:
            self.preferences.set_last_import_folder(str(Path(path).parent))
            self.import_file(path)

    def _import_start(self) -> str:
        """Where import dialogs open: the last folder used, else the home folder."""
        last = self.preferences.last_import_folder()
        return last if last and Path(last).is_dir() else str(Path.home())

    def import_file(self, path: str) -> DraftRecord | None:
        if not self._leave_draft() or not self._confirm_large_import(Path(path)):
            return None
        try:
            post = self.workspace.read_post(Path(path))
        except TextFileError as error:
            QMessageBox.warning(self, "Cannot import", str(error))
            return None
        self.open_draft(self.workspace.create_draft(post))
        if post.notice:
            self.statusBar().showMessage(post.notice, 15000)
        return self.draft

    def _confirm_large_import(self, path: Path) -> bool:
        """A file far longer than any article is imported only when the writer says so."""
        try:
            size = path.stat().st_size
        except OSError:
            return True  # the import itself says why the file cannot be read
        if size <= LARGE_IMPORT_BYTES:
            return True
        answer = QMessageBox.question(
            self,
            "Import a very long file?",
            f"{path.name} is {size / 1_000_000:.1f} MB, about {size // 6:,} words: far longer "
            "than an article. Checking it will take a while and the editor may be slow. "
            "Import it anyway?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, "Import a folder of Markdown posts", self._import_start()
        )
        if folder:
            self.preferences.set_last_import_folder(str(Path(folder).parent))
            self.import_folder(folder)

    def import_folder(self, folder: str) -> ImportReport | None:
        """Import every Markdown file under ``folder``; show what worked and what did not."""
        if not self._leave_draft():
            return None
        with busy_cursor():
            imported = self.workspace.import_folder(Path(folder))
        if imported.draft_ids:
            # Many new rows at once: one fresh listing rather than a row per draft.
            self.refresh_drafts()
            self.open_draft(imported.draft_ids[0])
        report = imported.report
        details = "\n".join(_failure_line(path, reason) for path, reason in report.failures[:30])
        message = report.summary + (f"\n\nNot imported:\n{details}" if details else "")
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
        session = self.session
        if session is None:
            return
        was_dirty = session.dirty
        session.changed()
        if not was_dirty:
            self._show_save_state()
        self._schedule_save()

    def _schedule_save(self) -> None:
        """Restart the timer for the session's next due save (a pause, the ceiling, a retry)."""
        delay = self.session.save_delay() if self.session is not None else None
        if delay is None:
            self._autosave.stop()
        else:
            self._autosave.start(max(0, round(delay * 1000)))

    def content(self) -> DraftContent:
        """The open draft as the writer sees it now."""
        return DraftContent(
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text(),
            body=self.editor.text(),
            keyphrase=self.sidebar.keyphrase.field.text(),
            cursor_position=self.editor.textCursor().position(),
            counted=self._counted,
        )

    def save_now(self) -> bool:
        """Write the open draft to the database now; False when it could not be stored.

        A failed save leaves the draft marked unsaved and schedules a retry.
        """
        self._autosave.stop()
        session = self.session
        if session is None:
            return True
        was_dirty = session.dirty
        outcome = session.save(self.content())
        self._show_save_state()
        if not outcome.saved:
            self.statusBar().showMessage(f"{outcome.message} Retrying shortly.", 10000)
            self._schedule_save()
            return False
        if outcome.conflict:
            self._show_draft(self.workspace.open_draft(session.id))
            QMessageBox.information(self, "Draft changed in another window", outcome.message)
            return True
        if was_dirty:
            self._update_draft_row(session.id)
        return True

    def _failure(self) -> str:
        return self.session.last_failure if self.session is not None else ""

    def _show_save_state(self) -> None:
        session = self.session
        if session is None or not session.editable:
            text, tip = "", ""
        elif session.last_failure:
            text, tip = "Not saved", session.last_failure
        elif session.dirty:
            text, tip = "Unsaved changes", "Saved automatically within two seconds."
        else:
            text, tip = "Saved", "Everything you wrote is in the database."
        self.save_state.setText(text)
        self.save_state.setToolTip(tip)
        failed = bool(session and session.last_failure)
        self.save_state.setStyleSheet("color: #b3261e; font-weight: 600;" if failed else "")
        self.setWindowModified(bool(session and session.dirty))

    def save_copy_dialog(self) -> Path | None:
        """Ask where, then write the draft as a Markdown file (works without the database)."""
        title = self.title_edit.text().strip() or "Untitled draft"
        suggested = str(Path.home() / f"{title}.md")
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save a copy as Markdown", suggested, "Markdown (*.md)"
        )
        if not path:
            return None
        return self.save_copy(Path(path))

    def save_copy(self, path: Path) -> Path | None:
        content = self.content()
        try:
            written = write_markdown_copy(path, content.title, content.subtitle, content.body)
        except OSError as error:
            log.exception("Saving a copy to %s failed", path)
            QMessageBox.warning(
                self, "Copy not saved", f"The copy could not be written: {error.strerror}."
            )
            return None
        self.statusBar().showMessage(f"A copy was saved to {written}", 8000)
        return written

    def _store_change(self, what: str, write: Callable[[], object]) -> bool:
        """Store a setting; when that fails, log it and say so (nothing claims it was kept)."""
        try:
            write()
        except Exception as error:
            self._not_stored(what, error)
            return False
        return True

    def _not_stored(self, what: str, error: Exception) -> None:
        log.warning("Storing %s failed", what, exc_info=error)
        self.statusBar().showMessage(not_stored(what, error), 10000)

    def _update_title(self) -> None:
        title = self.title_edit.text().strip() or "Untitled draft"
        self.setWindowTitle(f"{title}[*] — Clapwise")

    def _tags_changed(self, tags: list[str]) -> None:
        if self.session is None or self._loading:
            return
        try:
            saved = self.session.set_tags(tags)
        except Exception as error:
            self._not_stored("your tags", error)
            return
        self.sidebar.tags.set_known_tags(self.workspace.tags.names())
        if saved != tags:
            self.sidebar.tags.set_tags(saved)
        self._show_tag_suggestions()

    def _load_history(self, draft_id: int) -> None:
        """Other drafts' keyphrases and the tag history, read once per opened draft."""
        self._other_keyphrases = self.workspace.keyphrases(exclude_draft_id=draft_id)
        self._tag_history = self.workspace.tag_history(exclude_draft_id=draft_id)
        self._suggestions_key = None

    def _show_tag_suggestions(self) -> None:
        if self._report is None:
            return
        report = self._report
        tags = tuple(self.sidebar.tags.tags())
        phrases = tuple(k.phrase for k in report.keywords.extracted)
        key = (phrases, report.title, tags, id(self._tag_history))
        if key == self._suggestions_key:
            return
        self._suggestions_key = key
        suggestions = tag_suggestions(report, self._tag_history, tags)
        self.sidebar.tags_card.show_suggestions(suggestions, phrases)

    def show_headline_lab(self) -> None:
        if not self.headline_lab.isVisible():
            self.toggle_lab.trigger()
        self.headline_lab.show()
        self.headline_lab.raise_()
        self.headline_lab.topic.setFocus()

    def _lab_follows_title(self, visible: bool) -> None:
        if visible and self.headline_lab.isVisible() and self.session is not None:
            self.headline_lab.set_context(title=self.title_edit.text())

    def use_title(self, title: str) -> None:
        """Adopt a headline from the lab as the draft's title."""
        if self.session is None or not self.session.editable:
            return
        # The title it replaces stays in the lab's list, so the writer can go back to it.
        self.headline_lab.set_context(title=self.title_edit.text())
        self.title_edit.setText(title)
        self._field_changed(title)
        self.headline_lab.set_context(title=title)
        warning = self.headline_lab.reuse_warning(title)
        self.statusBar().showMessage(warning or "Title updated from the headline lab.", 6000)

    def show_plan(self, tab: str = PLAN_TABS[0]) -> PlanWindow:
        """The Plan window (one per main window) on ``tab``; the open draft is saved first."""
        from app.ui.plan.plan_window import PlanWindow  # with the planner: not for first paint

        window = self.findChild(PlanWindow)
        if window is None:
            window = PlanWindow(self.workspace.plan, self._saved_draft_id, self)
        window.show_tab(tab)
        return window

    def _saved_draft_id(self) -> int | None:
        return self.draft.id if self.draft is not None and self.save_now() else None

    def show_revisions(self) -> RevisionsDialog | None:
        """The open draft's revisions beside its current text, with one-click restore."""
        if self.session is None:
            return None
        self._save_if_dirty()
        session = self.session
        dialog = RevisionsDialog(
            session.revisions,
            lambda: (self.title_edit.text(), self.subtitle_edit.text(), self.editor.text()),
            self,
        )
        dialog.restore_button.setEnabled(session.editable and dialog.selected() is not None)
        dialog.restoreRequested.connect(
            lambda revision_id: self._restore_revision(revision_id, dialog)
        )
        dialog.show()
        return dialog

    def _restore_revision(self, revision_id: int, dialog: RevisionsDialog) -> None:
        if self.session is None or not self.save_now():
            return
        try:
            self.session.restore_revision(revision_id)
        except Exception as error:
            self._not_stored("the restored version", error)
            return
        self._show_draft(self.session)
        dialog.refresh()
        self.statusBar().showMessage(
            "Revision restored. The text it replaced is the newest revision.", 8000
        )

    def show_settings(self) -> SettingsDialog:
        actions = SettingsActions(
            set_theme=self.view_modes.set_theme,
            set_rule=self._rule_from_settings,
            disabled_rules=lambda: self.analyzer.settings.disabled_rules,
            set_font=self.editor.set_writing_font,
            set_line_characters=self.editor.set_line_characters,
            set_autosave=self._autosave_pause_changed,
            dictionary_changed=self._dictionary_edited,
            database_path=Path(self.workspace.database_path),
            current_font=self.editor.font(),
        )
        dialog = SettingsDialog(self.preferences, self.workspace.dictionary, actions, self)
        dialog.show()
        return dialog

    def _dictionary_edited(self) -> None:
        self._reload_dictionary()
        self.controller.run_now()

    def _rule_from_settings(self, rule: str, enabled: bool) -> None:
        self._rule_toggled(rule, enabled)
        self.sidebar.issues.set_disabled_rules(self.analyzer.settings.disabled_rules)

    def _autosave_pause_changed(self, seconds: float) -> None:
        if self.session is not None:
            self.session.policy.pause = seconds
            self.session.policy.ceiling = max(self.session.policy.ceiling, seconds * 2)

    def _apply_writing_preferences(self) -> None:
        font = stored_font(self.preferences)
        if font is not None:
            self.editor.set_writing_font(font)
        self.editor.set_line_characters(self.preferences.line_characters())

    def show_tag_history(self) -> TagHistoryDialog:
        dialog = TagHistoryDialog(self.workspace.tags, self)
        dialog.tagsChanged.connect(self._tags_renamed)
        dialog.show()
        return dialog

    def _tags_renamed(self) -> None:
        if self.session is not None:
            self.sidebar.tags.set_tags(self.session.tags())
            self._load_history(self.session.id)
        self.sidebar.tags.set_known_tags(self.workspace.tags.names())
        self._show_tag_suggestions()

    # --- spelling ------------------------------------------------------------------------------

    @staticmethod
    def _detectors(checker: SpellingChecker) -> Detectors:
        # Corrections are ranked only when the writer right-clicks a word.
        return default_detectors(checker, spelling_suggestions=False)

    def _reload_dictionary(self) -> None:
        """Rebuild the checker from the personal dictionary and this draft's ignored words."""
        if self.session is None:
            return
        checker = self.session.spelling_checker()
        self.spelling.checker = checker
        self.analyzer.configure(detectors=self._detectors(checker))

    def add_to_dictionary(self, word: str) -> None:
        if self.session is None:
            return
        session = self.session
        if not self._store_change("the word", lambda: session.add_to_dictionary(word)):
            return
        self._reload_dictionary()
        self.statusBar().showMessage(f"“{word}” added to your dictionary.", 4000)
        self.controller.run_now()

    def ignore_in_draft(self, word: str) -> None:
        if self.session is None:
            return
        session = self.session
        if not self._store_change("the ignored word", lambda: session.ignore_word(word)):
            return
        self._reload_dictionary()
        self.statusBar().showMessage(f"“{word}” is ignored in this draft.", 4000)
        self.controller.run_now()

    def _keyphrase_highlight_toggled(self, on: bool) -> None:
        self._store_change("the setting", lambda: self.preferences.set_highlight_keyphrase(on))
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
        self._counted = (result.snapshot.text, result.report.words)
        self.editor.set_result(result)
        self.sidebar.show_result(result)
        self._show_tag_suggestions()
        self.headline_lab.set_subject(result.report.keywords.suggested_keyphrase)
        # A draft opened with a stale count (stored by an older version) is corrected by its
        # first report; after that every save stores the count of the text it saves.
        if not self._word_count_checked:
            self._word_count_checked = True
            self._store_word_count()

    def _store_word_count(self) -> None:
        """Store the count of the report shown, when it is of the text as it reads now."""
        result = self.editor.result
        if self.session is None or result is None or result.revision != self.editor.revision:
            return
        if self.session.record_word_count(result.report.words):
            self._update_draft_row(self.session.id)

    def _analysis_failed(self, _message: str) -> None:
        # The worker has written the traceback to the log.
        self.statusBar().showMessage(ANALYSIS_FAILED, 15000)

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
        self._store_change("the setting", lambda: self.preferences.set_disabled_rules(frozen))
        self.editor.highlighter.set_disabled_rules(frozen)
        self.controller.run_now()

    def _genre_changed(self, genre: str) -> None:
        if self.session is None or self._loading:
            return
        self.analyzer.configure(self._settings(genre=genre))
        session = self.session
        self._store_change("the genre", lambda: session.set_genre(genre))
        self.controller.run_now()

    def jump_to_next(self, rule: str) -> None:
        """Select the next finding of ``rule`` after the cursor (wrapping around)."""
        result = self.editor.result
        if result is None:
            return
        matches = [finding for finding in result.report.findings if finding.rule == rule]
        if not matches:
            if rule in self.analyzer.settings.disabled_rules:
                # A checklist item can name a rule the writer switched off: say why nothing moved.
                self.statusBar().showMessage(
                    f"“{rule_name(rule)}” is switched off: tick it in the sidebar's "
                    "Writing card to see each one.",
                    8000,
                )
            return
        here = self.editor.cursor_source_offset()
        following = [finding for finding in matches if finding.start > here]
        target = (following or matches)[0]
        if self.editor.jump_to(target):
            self.editor.setFocus()

    # --- the publishing features' view of this window (PublishingHost) ------------------------

    def host_window(self) -> QMainWindow:
        return self

    def hide_drafts_list(self) -> bool:
        return self._panel_room.make_room()

    def _drafts_list_made_room(self, pane: str) -> None:
        self.statusBar().showMessage(
            f"The window is too narrow for the {pane.lower()}: it comes back when there is "
            f"room again (or with View → {pane}).",
            8000,
        )

    def story_editor(self) -> MarkdownEditor:
        return self.editor

    def story(self, canonical_url: str) -> StoryParts:
        return StoryParts(
            body=self.editor.text(),
            title=self.title_edit.text(),
            subtitle=self.subtitle_edit.text(),
            tags=tuple(self.sidebar.tags.tags()),
            canonical_url=canonical_url,
        )

    def story_tags(self) -> list[str]:
        return self.sidebar.tags.tags()

    def open_draft_state(self) -> tuple[int | None, bool]:
        session = self.session
        return (session.id, session.editable) if session is not None else (None, False)

    def stored_canonical_url(self) -> str:
        return self.session.record.canonical_url if self.session is not None else ""

    def store_canonical_url(self, url: str) -> None:
        if self.session is not None:
            session = self.session
            self._store_change("the canonical link", lambda: session.set_canonical_url(url))

    def snippet_store(self) -> SnippetStore:
        return self.workspace.snippets

    def spelling_checked(self) -> bool:
        return self.analyzer.settings.enabled("spelling")

    def latest_result(self) -> AnalysisResult | None:
        return self.editor.result

    def show_message(self, text: str, milliseconds: int) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def export_folder(self) -> str:
        return self.preferences.last_export_folder()

    def export_choices(self) -> dict[str, bool]:
        return self.preferences.export_choices()

    def remember_export_choices(self, choices: dict[str, bool]) -> None:
        self._store_change(
            "the export options", lambda: self.preferences.set_export_choices(choices)
        )

    def remember_export_folder(self, folder: str) -> None:
        self._store_change("the folder", lambda: self.preferences.set_last_export_folder(folder))

    def publishing_features(self) -> PublishingFeatures | None:
        return self.publishing

    # --- window --------------------------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About Clapwise",
            f"<h3>Clapwise {__version__}</h3>"
            "<p>An offline writing assistant for Medium writers. Nothing you write leaves "
            "this computer.</p>"
            f"<p>Your drafts are stored in<br><code>{self.workspace.database_path}</code></p>",
        )

    def _about_scores(self) -> None:
        QMessageBox.information(self, "What the scores mean", SCORES_EXPLAINED)

    def _restore_geometry(self) -> None:
        """The window's size and the docks the writer left open (all docks exist by now)."""
        geometry, state = self.preferences.window_layout()
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode("ascii")))
        if geometry:
            # Saved on a larger screen, the window would run past this one's edge, hiding
            # its panels: it comes back within this screen, the panes making way for them.
            resize_within_screen(self, self.width(), self.height())
            self._panel_room.keep_to_screen()

    def _save_geometry(self) -> None:
        geometry, state = (
            bytes(value.toBase64().data()).decode("ascii")
            for value in (self.saveGeometry(), self.saveState())
        )
        try:
            self.preferences.set_window_layout(geometry, state)
        except Exception:  # the layout is a convenience; closing must not fail on it
            log.warning("Could not store the window layout", exc_info=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self._save_if_dirty()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self._save_if_dirty()  # the writer switched to another program
        super().changeEvent(event)

    def _save_if_dirty(self) -> None:
        if self.session is not None and self.session.dirty:
            self.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_now() and not self._keep_unsaved_text():
            event.ignore()
            return
        self._autosave.stop()
        self.controller.wait_for_idle()
        self.spelling.wait()
        self.drafts_loader.wait()
        self._save_geometry()
        event.accept()

    def _keep_unsaved_text(self) -> bool:
        """The last changes cannot be stored: offer a Markdown copy; True lets the window close."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Your latest changes are not saved",
            f"{self._failure()} Save a copy as a Markdown file before closing?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save_copy_dialog() is not None
        return answer == buttons.Discard


def _failure_line(path: Path, reason: str) -> str:
    """One file that was not imported, named once: the reason may already start with it."""
    for named in (str(path), path.name):
        if reason.startswith(named + " "):
            return f"• {path.name}{reason[len(named) :]}"
    return f"• {path.name}: {reason}"
