"""The main window: drafts on the left, the editor in the middle, the live sidebar on the right.

This is the one place that wires widgets to the session layer (the open draft, the workspace)
and to the background analysis: widgets emit signals, and the window forwards them. The jobs
beside the window itself (menus, import, saving, the spelling dictionary, tags, the analysis
choices, the window's layout) are its collaborators in ``app.ui.window``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QWidget,
)

from app.analysis.engine.analyzer import Analyzer
from app.analysis.engine.report import Report
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.insights.headline.title_topic import story_subject
from app.analysis.rules.spelling import SpellingChecker
from app.session import DraftContent, DraftRecord, DraftSession, Workspace
from app.ui.analysis_worker import AnalysisController, AnalysisResult, Snapshot
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
from app.ui.settings_dialog import SettingsActions, SettingsDialog, stored_font
from app.ui.side_panels import gather_side_panels
from app.ui.sidebar import Sidebar
from app.ui.spelling_service import SpellingService
from app.ui.tag_history_dialog import TagHistoryDialog
from app.ui.view_modes import ViewModes
from app.ui.window.analysis_choices import AnalysisChoices
from app.ui.window.dictionary import SpellingDictionary, spelling_detectors
from app.ui.window.drafts_listing import DraftsListing
from app.ui.window.finding_jumps import jump_to_next_finding
from app.ui.window.geometry import restore_geometry, save_geometry
from app.ui.window.headline_lab_link import HeadlineLabLink
from app.ui.window.importing import DraftImport
from app.ui.window.menus import MainMenus
from app.ui.window.panes import side_by_side, writing_column
from app.ui.window.pasted_post import PastedPost
from app.ui.window.revisions import open_revisions
from app.ui.window.saving import DraftSaving
from app.ui.window.storing import store_change
from app.ui.window.tags import DraftTags
from app.ui.write_edit import install_write_edit

if TYPE_CHECKING:
    # Imported where used, after the first paint (the planner, Markdown import).
    from app.session.markdown_import import ImportReport
    from app.ui.plan.plan_window import PlanWindow

ANALYSIS_FAILED = "The live checks stopped after an unexpected error; they restart as you type."


class MainWindow(QMainWindow):
    draftOpened = Signal(object)  # the id of the draft now in the editor
    storiesChanged = Signal()  # a story was marked as published, or its figures changed

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
        # The last report's text and word count, which a save of that very text reuses.
        self._counted: tuple[str, int] | None = None

        disabled = self.preferences.disabled_rules()
        self.spelling = SpellingService(SpellingChecker(), self)
        self.analyzer = Analyzer(
            AnalysisSettings(disabled_rules=disabled),
            spelling_detectors(self.spelling.checker),
        )
        self._build_widgets()
        self._build_menus()
        self.controller = AnalysisController(self._snapshot, self._analyse, self)
        # The first report of an opened draft corrects a stale stored word count (see
        # _show_result); every save stores the count of the text it saves.
        self._word_count_checked = False
        self._build_collaborators()
        self._connect_signals()
        self._gather_panels()
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
        restore_geometry(self, self.preferences, self._panel_room.keep_to_screen)

    # --- construction --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.drafts = DraftsPanel()
        self.editor = MarkdownEditor()
        self.title_edit = HeadingEdit("Title")
        self.title_edit.setObjectName("titleEdit")
        self.subtitle_edit = HeadingEdit("Subtitle: what the reader gets")
        self.subtitle_edit.setObjectName("subtitleEdit")
        self.writing_column, self._centre_layout, self.header = writing_column(
            self.title_edit, self.subtitle_edit, self.editor
        )
        self.sidebar = Sidebar()
        self.splitter = side_by_side(self.drafts, self.writing_column, self.sidebar)
        self.setCentralWidget(self.splitter)
        self.headline_lab = HeadlineLab(self.workspace.headlines, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.headline_lab)
        self.headline_lab.hide()
        self.saving = DraftSaving(self, lambda: self.session, self.content)
        self.save_state = self.saving.label
        self.statusBar().addPermanentWidget(self.save_state)
        self.statusBar().showMessage(f"Database: {self.workspace.database_path}")

    def _build_menus(self) -> None:
        self.menus = menus = MainMenus(self, self.headline_lab, self.workspace.database_path)
        # Kept on the window too: the Edit menu, the view modes and tests reach them there.
        self.view_menu = menus.view_menu
        self.toggle_drafts = menus.toggle_drafts
        self.toggle_sidebar = menus.toggle_sidebar
        self.save_action = menus.save_action
        self.save_copy_action = menus.save_copy_action

    def _build_collaborators(self) -> None:
        self.drafts_list = DraftsListing(
            self, self.drafts, self.workspace, lambda: self.session.id if self.session else None
        )
        self.importer = DraftImport(self)
        self.dictionary = SpellingDictionary(
            self, lambda: self.session, self.spelling, self.analyzer, self.controller.run_now
        )
        self.draft_tags = DraftTags(
            self,
            self.workspace,
            self.sidebar,
            lambda: self.session,
            lambda: self._loading,
            self.controller.pool,
        )
        self.choices = AnalysisChoices(
            self,
            self.analyzer,
            self.preferences,
            self.editor,
            self.sidebar,
            self.controller.run_now,
        )
        self.lab_link = HeadlineLabLink(
            self,
            self.headline_lab,
            self.menus.toggle_lab,
            self.title_edit,
            lambda: self.session,
            self._field_changed,
        )

    def _gather_panels(self) -> None:
        """The headline lab and the publishing panels as tabs of one area, and the view modes."""
        publishing = install_publishing(self)
        self._panel_room = gather_side_panels(
            self,
            (self.headline_lab, publishing.preview, publishing.checklist, publishing.snippets),
            self.writing_column,
            self.editor,
            ((self.toggle_drafts, self.drafts), (self.toggle_sidebar, self.sidebar)),
        )
        self._panel_room.roomMade.connect(self._drafts_list_made_room)
        self._panel_room.paneBack.connect(self._pane_back)
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

    def _connect_signals(self) -> None:
        """Every widget signal is forwarded here, to the session or to another widget."""
        self._connect_menus()
        sidebar = self.sidebar
        self.title_edit.submitted.connect(self.subtitle_edit.setFocus)
        self.subtitle_edit.submitted.connect(self.editor.setFocus)
        for heading in (self.title_edit, self.subtitle_edit):
            # The title and subtitle line up with the editor's writing column.
            self.editor.columnMarginChanged.connect(heading.set_side_margin)
        self.editor.editRevision.connect(self._text_changed)
        self.editor.set_suggestion_provider(self.spelling.request)
        self.editor.set_paste_filter(
            PastedPost(
                self.editor,
                self.title_edit,
                self.subtitle_edit,
                self._title_taken,
                lambda message: self.statusBar().showMessage(message, 6000),
            )
        )
        self.editor.addToDictionary.connect(self.dictionary.add)
        self.editor.ignoreInDraft.connect(self.dictionary.ignore)
        for field in (self.title_edit, self.subtitle_edit):
            field.addToDictionary.connect(self.dictionary.add)
            field.ignoreInDraft.connect(self.dictionary.ignore)
        self.editor.installEventFilter(self)  # focus loss saves
        self.title_edit.textEdited.connect(self._field_changed)
        self.subtitle_edit.textEdited.connect(self._field_changed)
        self.drafts.draftActivated.connect(self._draft_activated)
        self.drafts.newRequested.connect(self.new_draft)
        self.drafts.trashRequested.connect(self._trash)
        self.drafts.restoreRequested.connect(self._restore)
        self.drafts.view_trash.toggled.connect(lambda _on: self.refresh_drafts())
        self.drafts.searchChanged.connect(self.drafts_list.search)
        self.drafts_list.loader.loaded.connect(self.drafts_list.show_listing)
        sidebar.issues.ruleActivated.connect(self.jump_to_next)
        sidebar.issues.ruleToggled.connect(self.choices.rule_toggled)
        sidebar.readability.genreChanged.connect(self._genre_changed)
        sidebar.tags.tagsChanged.connect(self.draft_tags.changed)
        sidebar.keyphrase.keyphraseEdited.connect(self._field_changed)
        sidebar.keyphrase.keyphraseEdited.connect(
            lambda keyphrase: self.headline_lab.set_context(keyphrase=keyphrase)
        )
        sidebar.headline.labRequested.connect(self.show_headline_lab)
        sidebar.keyphrase.highlightToggled.connect(self.choices.keyphrase_highlight_toggled)
        self.headline_lab.useTitle.connect(self.use_title)
        self.headline_lab.story_text = self.editor.text
        self.headline_lab.visibilityChanged.connect(self.lab_link.tell_title)
        self.title_edit.finished.connect(lambda: self.lab_link.tell_title(True))
        self.title_edit.textEdited.connect(self.headline_lab.follow_title)
        self.controller.resultReady.connect(self._show_result)
        self.controller.analysisFailed.connect(self._analysis_failed)
        self.saving.timer.timeout.connect(self.save_now)
        self.saving.cursor_timer.timeout.connect(self.save_now)
        self.editor.cursorPositionChanged.connect(self.saving.cursor_moved)

    def _connect_menus(self) -> None:
        menus = self.menus
        menus.new_action.triggered.connect(self.new_draft)
        menus.import_action.triggered.connect(self.importer.choose_file)
        menus.import_folder_action.triggered.connect(self.importer.choose_folder)
        menus.save_action.triggered.connect(self.save_now)
        menus.save_copy_action.triggered.connect(self.saving.save_copy_dialog)
        menus.revisions_action.triggered.connect(lambda: self.show_revisions())
        menus.trash_action.triggered.connect(lambda: self._trash_current())
        menus.settings_action.triggered.connect(lambda: self.show_settings())
        menus.quit_action.triggered.connect(self.close)
        menus.toggle_drafts.toggled.connect(self.drafts.setVisible)
        menus.toggle_sidebar.toggled.connect(self.sidebar.setVisible)
        menus.tag_history_action.triggered.connect(self.show_tag_history)
        menus.planRequested.connect(self.show_plan)

    def attach_publishing(self, features: object) -> None:
        """Keep the publishing features and forward the window's signals to them."""
        if not isinstance(features, PublishingFeatures):
            raise TypeError("expected PublishingFeatures")
        self.publishing = features
        self.controller.resultReady.connect(features.result_ready)
        self.draftOpened.connect(features.draft_opened)
        self.sidebar.tags.tagsChanged.connect(features.story_changed)
        self.storiesChanged.connect(features.stories_changed)

    # --- drafts --------------------------------------------------------------------------------

    @property
    def draft(self) -> DraftRecord | None:
        return self.session.record if self.session is not None else None

    def open_initial_draft(self) -> None:
        """The draft open at the last close, else the newest one, else the sample."""
        self.open_draft(self.workspace.initial_draft_id())

    def open_draft(self, draft_id: int) -> bool:
        """Show another draft; refused (False) while the open one's changes cannot be saved."""
        if not self.leave_draft():
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
            self.sidebar.tags.discard_pending()
            self.sidebar.tags.set_known_tags(self.workspace.tags.names())
            self.sidebar.keyphrase.set_keyphrase(record.keyphrase)
            self.draft_tags.load_history(record.id)
            self.headline_lab.set_draft(
                record.id,
                topic=record.keyphrase or record.title,
                keyphrase=record.keyphrase,
                title=record.title,
            )
            self.sidebar.readability.set_genre(record.genre)
            self.analyzer.configure(self.choices.settings(genre=record.genre))
            self.dictionary.reload()
        finally:
            self._loading = False
        read_only = not session.editable
        self.editor.setReadOnly(read_only)
        self.title_edit.setReadOnly(read_only)
        self.subtitle_edit.setReadOnly(read_only)
        self.saving.show_state()
        self._update_title()
        self.drafts_list.update_row(record.id, current=True)
        self.draftOpened.emit(record.id)
        self._word_count_checked = False
        self.controller.run_now()
        self.editor.setFocus()

    def leave_draft(self) -> bool:
        """Save before switching drafts; keep the draft open when that fails."""
        refusal = self._commit_pending_tag()
        if self.save_now():
            if refusal:
                # The field is emptied for the next draft: say what became of its text.
                self.statusBar().showMessage(f"Tag not added: {refusal}", 10000)
            return True
        QMessageBox.warning(
            self,
            "Draft not saved",
            f"{self.saving.failure()} The draft stays open; File ▸ Save a copy as Markdown… "
            "keeps your text in a file.",
        )
        return False

    def new_draft(self) -> None:
        if not self.leave_draft():
            return
        if self.drafts.showing_trash:
            self.drafts.view_trash.setChecked(False)
        self.open_draft(self.workspace.create_draft())
        self.title_edit.setFocus()

    def refresh_drafts(self) -> None:
        self.drafts_list.refresh()

    def _draft_activated(self, draft_id: int) -> None:
        if self.session is None or draft_id != self.session.id:
            self.open_draft(draft_id)

    def _trash_current(self) -> None:
        if self.session is not None:
            self._trash(self.session.id)

    def _trash(self, draft_id: int) -> None:
        if not self.leave_draft():
            return
        trash = self.workspace.trash
        if not store_change(self, "the draft's move to the trash", lambda: trash(draft_id)):
            return
        if self.session is not None and draft_id == self.session.id:
            self.open_draft(self.workspace.newest_live_draft_id())
        self.refresh_drafts()
        self.statusBar().showMessage("Moved to trash. Open the trash to restore it.", 5000)

    def _restore(self, draft_id: int) -> None:
        restore = self.workspace.restore
        if not store_change(self, "the draft's return from the trash", lambda: restore(draft_id)):
            return
        self.drafts.view_trash.setChecked(False)
        self.open_draft(draft_id)

    def import_file(self, path: str) -> DraftRecord | None:
        return self.importer.import_file(path)

    def import_folder(self, folder: str) -> ImportReport | None:
        """Import every Markdown file under ``folder``; show what worked and what did not."""
        return self.importer.import_folder(folder)

    # --- editing and saving --------------------------------------------------------------------

    def _text_changed(self, revision: int) -> None:
        if self._loading:
            return
        self.saving.mark_dirty()
        self.controller.schedule(revision)

    def _title_taken(self, title: str) -> None:
        """A title the app wrote in the field (from a pasted post) counts as the writer's."""
        self._field_changed(title)
        self.headline_lab.follow_title(title)

    def _field_changed(self, _text: str) -> None:
        if self._loading:
            return
        self.saving.mark_dirty()
        self._update_title()
        self.controller.schedule(self.editor.revision)

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
        self.saving.timer.stop()
        self.saving.cursor_timer.stop()
        session = self.session
        if session is None:
            return True
        was_dirty = session.dirty
        outcome = session.save(self.content())
        self.saving.show_state()
        if not outcome.saved:
            self.statusBar().showMessage(f"{outcome.message} Retrying shortly.", 10000)
            self.saving.schedule()
            return False
        if outcome.conflict:
            self._show_draft(self.workspace.open_draft(session.id))
            QMessageBox.information(self, "Draft changed in another window", outcome.message)
            return True
        if was_dirty:
            self.drafts_list.update_row(session.id)
        return True

    def _update_title(self) -> None:
        title = self.title_edit.text().strip() or "Untitled draft"
        self.setWindowTitle(f"{title}[*] — Clapwise")

    def show_tag_history(self) -> TagHistoryDialog:
        return self.draft_tags.show_history_dialog()

    def show_headline_lab(self) -> None:
        self.lab_link.show()

    def use_title(self, title: str) -> None:
        """Adopt a headline from the lab as the draft's title."""
        self.lab_link.use_title(title)

    def show_plan(self, tab: str = PLAN_TABS[0]) -> PlanWindow | None:
        """The Plan window (one per main window) on ``tab``; the open draft is saved first.
        None when the plan cannot be read, which is said."""
        # With the planner: not for first paint.
        from app.ui.plan.plan_window import PlanWindow, open_plan_window

        window = self.findChild(PlanWindow)
        if window is None:
            window = open_plan_window(self.workspace.plan, self._saved_draft_id, self)
            if window is None:
                return None
            window.stories.storiesChanged.connect(self.storiesChanged)
        window.show_tab(tab)
        return window

    def _saved_draft_id(self) -> int | None:
        return self.draft.id if self.draft is not None and self.save_now() else None

    def show_revisions(self) -> RevisionsDialog | None:
        """The open draft's revisions beside its current text, with one-click restore."""
        if self.session is None:
            return None
        self._save_if_dirty()
        return open_revisions(
            self,
            lambda: self.session,
            lambda: (self.title_edit.text(), self.subtitle_edit.text(), self.editor.text()),
            self.save_now,
            self._show_draft,
        )

    def show_settings(self) -> SettingsDialog:
        actions = SettingsActions(
            set_theme=self.view_modes.set_theme,
            set_rule=self.choices.rule_from_settings,
            disabled_rules=lambda: self.analyzer.settings.disabled_rules,
            set_font=self.editor.set_writing_font,
            set_line_characters=self.editor.set_line_characters,
            set_autosave=self.saving.set_pause,
            dictionary_changed=self.dictionary.edited,
            database_path=Path(self.workspace.database_path),
            current_font=self.editor.font(),
        )
        dialog = SettingsDialog(self.preferences, self.workspace.dictionary, actions, self)
        dialog.show()
        return dialog

    def _apply_writing_preferences(self) -> None:
        font = stored_font(self.preferences)
        if font is not None:
            self.editor.set_writing_font(font)
        self.editor.set_line_characters(self.preferences.line_characters())

    # --- analysis ------------------------------------------------------------------------------

    def _snapshot(self) -> Snapshot:
        return Snapshot(
            self.editor.revision,
            self.editor.text(),
            self.title_edit.text(),
            self.subtitle_edit.text(),
            self.sidebar.keyphrase.field.text().strip(),
            self.draft_tags.other_keyphrases,
            self.sidebar.keyphrase.highlight.isChecked(),
        )

    @property
    def analysis_settled(self) -> bool:
        """The sidebar shows the report of the text as it reads now and the tag suggestions
        made from it: nothing is left to work out."""
        result = self.editor.result
        return (
            result is not None
            and result.snapshot.text == self.editor.text()
            and not self.controller.busy
            and not self.draft_tags.suggester.busy
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
        self.draft_tags.report = result.report
        self._counted = (result.snapshot.text, result.report.words)
        self.editor.set_result(result)
        self._show_heading_slips(result)
        self.sidebar.show_result(result)
        self.draft_tags.show_suggestions()
        # The text's main key phrase becomes the lab's topic only when it is one: a noun the
        # story names again and again, not "quit" in "I quit my job", nor "winter" named twice.
        snapshot = result.snapshot
        subject = story_subject(
            result.report.keywords.suggested_keyphrase, snapshot.title, snapshot.text
        )
        self.headline_lab.set_subject(subject, snapshot.text)
        # A draft opened with a stale count (stored by an older version) is corrected by its
        # first report; after that every save stores the count of the text it saves.
        if not self._word_count_checked:
            self._word_count_checked = True
            self._store_word_count()

    def _show_heading_slips(self, result: AnalysisResult) -> None:
        """Underline the slips of the title and subtitle in their fields (the report's title
        is the story's first heading when the title field is empty: not the field's)."""
        snapshot, report = result.snapshot, result.report
        title_slips = report.title_findings if report.title == snapshot.title else ()
        self.title_edit.show_slips(snapshot.title, title_slips)
        self.subtitle_edit.show_slips(snapshot.subtitle, report.subtitle_findings)

    def _store_word_count(self) -> None:
        """Store the count of the report shown, when it is of the text as it reads now."""
        result = self.editor.result
        if self.session is None or result is None or result.revision != self.editor.revision:
            return
        if self.session.record_word_count(result.report.words):
            self.drafts_list.update_row(self.session.id)

    def _analysis_failed(self, _message: str) -> None:
        # The worker has written the traceback to the log.
        self.statusBar().showMessage(ANALYSIS_FAILED, 15000)

    def _genre_changed(self, genre: str) -> None:
        if self.session is not None and not self._loading:
            self.choices.genre_changed(self.session, genre)

    def jump_to_next(self, rule: str) -> None:
        """Select the next finding of ``rule`` after the cursor (wrapping around)."""
        jump_to_next_finding(self, self.editor, self.analyzer.settings.disabled_rules, rule)

    # --- the publishing features' view of this window (PublishingHost) ------------------------

    def host_window(self) -> QMainWindow:
        return self

    def hide_drafts_list(self) -> bool:
        return self._panel_room.make_room()

    def _drafts_list_made_room(self, pane: str) -> None:
        self.statusBar().showMessage(_made_way_message(pane), 8000)

    def _pane_back(self, pane: str) -> None:
        # The pane is there again: saying it made way would now be wrong.
        if self.statusBar().currentMessage() == _made_way_message(pane):
            self.statusBar().clearMessage()

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

    def published_url(self) -> str:
        return self.workspace.published_url(self.session.id) if self.session is not None else ""

    def store_canonical_url(self, url: str) -> None:
        if self.session is not None:
            session = self.session
            store_change(self, "the canonical link", lambda: session.set_canonical_url(url))

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
        store_change(
            self, "the export options", lambda: self.preferences.set_export_choices(choices)
        )

    def remember_export_folder(self, folder: str) -> None:
        store_change(self, "the folder", lambda: self.preferences.set_last_export_folder(folder))

    def publishing_features(self) -> PublishingFeatures | None:
        return self.publishing

    # --- window --------------------------------------------------------------------------------

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

    def _commit_pending_tag(self) -> str:
        """A tag typed but not entered is added to the draft the writer leaves (as Enter
        would); returns why it could not be, or ""."""
        if self.session is None or not self.session.editable:
            return ""
        return self.sidebar.tags.commit_pending()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._commit_pending_tag()
        if not self.save_now() and not self.saving.keep_unsaved_text():
            event.ignore()
            return
        self.saving.timer.stop()
        self.controller.wait_for_idle()
        self.spelling.wait()
        self.drafts_list.loader.wait()
        save_geometry(self, self.preferences)
        event.accept()


def _made_way_message(pane: str) -> str:
    """What the status bar says while ``pane`` ("Drafts list") has made way for the text."""
    return (
        f"The window is too narrow for the {pane.lower()}: it comes back when there is room "
        f"again (or with View → {pane})."
    )
