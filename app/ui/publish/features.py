"""The Publish menu and its docks, wired to the main window in one place.

``install_publishing(window)`` adds: Export Markdown… and Export HTML… (a dialog), Copy for
Medium, and three docks that start hidden: Preview, Ready for Medium (the checklist and the
canonical link) and Promotion (snippets). Everything refreshes from the window's
``controller.resultReady``; the preview renders only while it is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.publishing import MediumClipboard, promotion_snippets
from app.publishing.checklist import Checklist, build_checklist
from app.ui.busy import busy_cursor
from app.ui.publish.checklist_dock import ChecklistDock
from app.ui.publish.clipboard import ImagesNotice, copy_to_clipboard
from app.ui.publish.export_dialog import (
    HTML,
    LAST_EXPORT_FOLDER,
    MARKDOWN,
    ExportDialog,
    StoryParts,
    default_folder,
)
from app.ui.publish.preview import PreviewDock
from app.ui.publish.snippets_dock import SnippetsDock

if TYPE_CHECKING:
    from app.ui.analysis_worker import AnalysisResult
    from app.ui.main_window import MainWindow

ATTRIBUTE = "publishing"  # where the window keeps its PublishingFeatures
COPY_SHORTCUT = "Ctrl+Shift+C"
PREVIEW_SHORTCUT = "Ctrl+Shift+P"
DOCK_WIDTH = 460


class PublishingFeatures(QObject):
    """Menu actions and docks for publishing; one per main window."""

    draftChanged = Signal(object)  # the id of the draft now open (or None)
    checklistUpdated = Signal(object)  # Checklist

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export_dialog: ExportDialog | None = None
        self.images_notice: ImagesNotice | None = None
        self.last_copy: MediumClipboard | None = None
        self._result: AnalysisResult | None = None
        self._draft_id: int | None = None
        self._editable = False

        self.preview = PreviewDock(window.editor, window)
        self.checklist = ChecklistDock(window)
        self.snippets = SnippetsDock(
            window.store.snippets.get,
            window.store.snippets.save,
            window.store.snippets.delete,
            window,
        )
        for dock in (self.preview, self.checklist, self.snippets):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        window.tabifyDockWidget(self.checklist, self.snippets)
        self.menu = self._build_menu()

        window.controller.resultReady.connect(self._result_ready)
        window.draftOpened.connect(lambda _draft_id: self._check_draft())
        window.sidebar.tags.tagsChanged.connect(lambda _tags: self._story_changed())
        self.checklist.settingsChanged.connect(self.refresh_checklist)
        self.checklist.canonicalChanged.connect(self._save_canonical)
        self.checklist.rulesActivated.connect(self._jump)
        self.snippets.visibilityChanged.connect(self._snippets_visibility)
        self.preview.visibilityChanged.connect(self._size_docks)
        self.checklist.visibilityChanged.connect(self._size_docks)
        self._sized = False
        self._snippets_key: tuple[object, ...] | None = None
        for editor in self.snippets.editors.values():
            editor.copied.connect(self._copied_snippet)
        window.installEventFilter(self)
        if window.editor.result is not None:
            self._result_ready(window.editor.result)
        else:
            self._check_draft()

    # --- menu ----------------------------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        window = self.window
        menu = QMenu("&Publish", window)
        self.export_markdown_action = QAction("Export &Markdown…", window)
        self.export_markdown_action.triggered.connect(lambda: self.open_export_dialog(MARKDOWN))
        self.export_html_action = QAction("Export &HTML…", window)
        self.export_html_action.triggered.connect(lambda: self.open_export_dialog(HTML))
        self.copy_action = QAction("&Copy for Medium", window)
        self.copy_action.setShortcut(QKeySequence(COPY_SHORTCUT))
        self.copy_action.setToolTip("Copy the story, ready to paste into a new Medium story")
        self.copy_action.triggered.connect(self.copy_for_medium)
        self.preview_action = self.preview.toggleViewAction()
        self.preview_action.setText("&Preview")
        self.preview_action.setShortcut(QKeySequence(PREVIEW_SHORTCUT))
        self.checklist_action = self.checklist.toggleViewAction()
        self.checklist_action.setText("&Ready for Medium checklist")
        self.snippets_action = self.snippets.toggleViewAction()
        self.snippets_action.setText("Promotion po&sts")
        for action in (self.export_markdown_action, self.export_html_action, self.copy_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.preview_action, self.checklist_action, self.snippets_action):
            menu.addAction(action)
        bar = window.menuBar()
        help_menu = next(
            (action for action in bar.actions() if action.text().replace("&", "") == "Help"),
            None,
        )
        if help_menu is not None:
            bar.insertMenu(help_menu, menu)
        else:
            bar.addMenu(menu)
        return menu

    # --- the story -----------------------------------------------------------------------------

    def story(self) -> StoryParts:
        """The open draft as the writer sees it now."""
        window = self.window
        return StoryParts(
            body=window.editor.text(),
            title=window.title_edit.text(),
            subtitle=window.subtitle_edit.text(),
            tags=tuple(window.sidebar.tags.tags()),
            canonical_url=self.checklist.canonical_url(),
        )

    def _check_draft(self) -> None:
        """Follow the window to another draft (or the same one restored from the trash)."""
        draft = self.window.draft
        draft_id = draft.id if draft is not None else None
        editable = draft is not None and draft.deleted_at is None
        if (draft_id, editable) == (self._draft_id, self._editable):
            return
        self.snippets.flush()
        self._draft_id = draft_id
        self._editable = editable
        canonical = self.window.store.drafts.get(draft_id).canonical_url if draft_id else ""
        self.checklist.load_canonical(canonical, editable=editable)
        self.snippets.open_draft(draft_id, editable=editable)
        self.draftChanged.emit(draft_id)

    def _result_ready(self, result: AnalysisResult) -> None:
        self._check_draft()
        self._result = result
        snapshot = result.snapshot
        self.preview.show_story(snapshot.text, snapshot.title, snapshot.subtitle, result.report)
        self._story_changed()

    def _story_changed(self) -> None:
        # The checklist takes a few milliseconds even on a 20,000-word draft, so it keeps up
        # while hidden; snippets (X's length rules are costly on a long opening) wait until shown.
        self.refresh_checklist()
        if self.snippets.isVisible():
            self.refresh_snippets()

    def _size_docks(self, visible: bool) -> None:
        # Docks open narrow; give the first one shown room for a readable line.
        if visible and not self._sized:
            self._sized = True
            docks = [dock for dock in (self.preview, self.checklist) if dock.isVisible()]
            self.window.resizeDocks(docks, [DOCK_WIDTH] * len(docks), Qt.Orientation.Horizontal)

    # --- checklist -----------------------------------------------------------------------------

    def build_checklist(self) -> Checklist | None:
        result = self._result
        if result is None:
            return None
        snapshot = result.snapshot
        window = self.window
        return build_checklist(
            result.report,
            title=snapshot.title,
            subtitle=snapshot.subtitle,
            tags=window.sidebar.tags.tags(),
            canonical_url=self.checklist.canonical_url(),
            first_published_elsewhere=self.checklist.first_published_elsewhere(),
            source=snapshot.text,
            spelling_checked=window.analyzer.settings.enabled("spelling"),
        )

    def refresh_checklist(self) -> None:
        checklist = self.build_checklist()
        if checklist is None:
            return
        self.checklist.show_checklist(checklist)
        self.checklistUpdated.emit(checklist)

    def _save_canonical(self, url: str) -> None:
        draft = self.window.draft
        if draft is None or draft.deleted_at is not None:
            return
        self.window.store.drafts.save(draft.id, canonical_url=url)

    def _jump(self, rules: tuple[str, ...]) -> None:
        result = self.window.editor.result
        if result is None:
            return
        present = {finding.rule for finding in result.report.findings}
        rule = next((rule for rule in rules if rule in present), None)
        if rule is not None:
            self.window.jump_to_next(rule)

    # --- snippets ------------------------------------------------------------------------------

    def refresh_snippets(self) -> None:
        result = self._result
        if result is None:
            return
        snapshot = result.snapshot
        tags = tuple(self.window.sidebar.tags.tags())
        key = (
            self._draft_id,
            snapshot.title,
            snapshot.subtitle,
            result.report.first_paragraph,
            tags,
        )
        if key == self._snippets_key:
            return  # typing further down the story changes none of the posts
        self._snippets_key = key
        self.snippets.show_generated(
            promotion_snippets(
                title=snapshot.title,
                subtitle=snapshot.subtitle,
                hook=result.report.first_paragraph,
                tags=tags,
            )
        )

    def _snippets_visibility(self, visible: bool) -> None:
        if visible:
            self.refresh_snippets()
        else:
            self.snippets.flush()

    def _copied_snippet(self, network: str) -> None:
        name = self.snippets.editors[network].title()
        self.window.statusBar().showMessage(f"Copied the {name} post.", 4000)

    # --- export and copy -----------------------------------------------------------------------

    def open_export_dialog(self, format: str) -> ExportDialog:
        """Open the export dialog for ``format`` ("md" or "html"); it is window-modal."""
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        folder = default_folder(self.window.store.state.get(LAST_EXPORT_FOLDER))
        dialog = ExportDialog(self.story(), format, folder=folder, parent=self.window)
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, path: str) -> None:
        self.window.store.state.set(LAST_EXPORT_FOLDER, str(Path(path).parent))
        self.window.statusBar().showMessage(f"Exported to {path}", 8000)

    def copy_for_medium(self) -> MediumClipboard:
        story = self.story()
        with busy_cursor():
            copied = copy_to_clipboard(story.body, title=story.title, subtitle=story.subtitle)
        self.last_copy = copied
        if copied.images_to_upload:
            if self.images_notice is None:
                self.images_notice = ImagesNotice(self.window)
            self.images_notice.show_images(copied.images_to_upload)
            message = "Copied for Medium. Upload the listed images after pasting."
        else:
            message = "Copied for Medium: open a new story on Medium and paste."
        self.window.statusBar().showMessage(message, 8000)
        return copied

    # --- closing -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.snippets.flush()
            self.preview.wait_for_idle()
        return False


def install_publishing(window: MainWindow) -> PublishingFeatures:
    """Add the Publish menu and docks to ``window`` (once; later calls return the same)."""
    existing = getattr(window, ATTRIBUTE, None)
    if isinstance(existing, PublishingFeatures):
        return existing
    features = PublishingFeatures(window)
    setattr(window, ATTRIBUTE, features)
    return features
