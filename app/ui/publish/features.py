"""The Publish menu and its docks, added to a window through a small interface.

``install_publishing(host)`` adds: Export Markdown… and Export HTML… (a dialog), Copy for
Medium, and three docks that start hidden: Preview, Ready for Medium (the checklist and the
canonical link) and Promotion (snippets). The host wires its signals to ``result_ready``,
``draft_opened``, ``story_changed`` and ``stories_changed``; the preview renders only while
it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.publishing import MediumClipboard, promotion_snippets
from app.publishing.checklist import Checklist, build_checklist
from app.ui.analysis_worker import AnalysisResult
from app.ui.busy import busy_cursor
from app.ui.publish.checklist_dock import ChecklistDock
from app.ui.publish.clipboard import ImagesNotice, copy_to_clipboard
from app.ui.publish.export_dialog import (
    HTML,
    MARKDOWN,
    ExportDialog,
    StoryParts,
    default_folder,
)
from app.ui.publish.host import PublishingHost
from app.ui.publish.preview import PreviewDock
from app.ui.publish.snippets_dock import SnippetsDock

COPY_SHORTCUT = "Ctrl+Shift+C"
PREVIEW_SHORTCUT = "Ctrl+Shift+P"
DOCK_WIDTH = 460
# Narrower than this, a line of the preview or the checklist holds two or three words.
READABLE_DOCK_WIDTH = 300


class PublishingFeatures(QObject):
    """Menu actions and docks for publishing; one per main window."""

    draftChanged = Signal(object)  # the id of the draft now open (or None)
    checklistUpdated = Signal(object)  # Checklist

    def __init__(self, host: PublishingHost) -> None:
        window = host.host_window()
        super().__init__(window)
        self.host = host
        self._window = window
        self.export_dialog: ExportDialog | None = None
        self.images_notice: ImagesNotice | None = None
        self.last_copy: MediumClipboard | None = None
        self._result: AnalysisResult | None = None
        self._draft_id: int | None = None
        self._editable = False

        self.preview = PreviewDock(host.story_editor(), window)
        self.checklist = ChecklistDock(window)
        snippet_store = host.snippet_store()
        self.snippets = SnippetsDock(
            snippet_store.get, snippet_store.save, snippet_store.delete, window
        )
        for dock in (self.preview, self.checklist, self.snippets):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            dock.hide()
        window.tabifyDockWidget(self.checklist, self.snippets)
        self.menu = self._build_menu()

        self.checklist.settingsChanged.connect(self.refresh_checklist)
        self.checklist.canonicalChanged.connect(self._save_canonical)
        self.checklist.rulesActivated.connect(self._jump)
        self.snippets.visibilityChanged.connect(self._snippets_visibility)
        self.preview.visibilityChanged.connect(self._size_docks)
        self.checklist.visibilityChanged.connect(self._size_docks)
        self._snippets_key: tuple[object, ...] | None = None
        # The open draft's link on Medium, looked up when the posts next need it.
        self._published_url: str | None = None
        for editor in self.snippets.editors.values():
            editor.copied.connect(self._copied_snippet)
        window.installEventFilter(self)
        result = host.latest_result()
        if result is not None:
            self.result_ready(result)
        else:
            self._check_draft()

    # --- menu ----------------------------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        window = self._window
        menu = QMenu("P&ublish", window)
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
        return self.host.story(self.checklist.canonical_url())

    def draft_opened(self, _draft_id: object = None) -> None:
        self._check_draft()

    def _check_draft(self) -> None:
        """Follow the window to another draft (or the same one restored from the trash)."""
        draft_id, editable = self.host.open_draft_state()
        if (draft_id, editable) == (self._draft_id, self._editable):
            return
        self.snippets.flush()
        self._draft_id = draft_id
        self._editable = editable
        self._published_url = None
        canonical = self.host.stored_canonical_url() if draft_id else ""
        self.checklist.load_canonical(canonical, editable=editable)
        self.snippets.open_draft(draft_id, editable=editable)
        self.draftChanged.emit(draft_id)

    def result_ready(self, result: AnalysisResult) -> None:
        self._check_draft()
        self._result = result
        snapshot = result.snapshot
        self.preview.show_story(snapshot.text, snapshot.title, snapshot.subtitle, result.report)
        self.story_changed()

    def story_changed(self, *_args: object) -> None:
        # The checklist takes a few milliseconds even on a 20,000-word draft, so it keeps up
        # while hidden; snippets (X's length rules are costly on a long opening) wait until shown.
        self.refresh_checklist()
        if self.snippets.isVisible():
            self.refresh_snippets()

    def _size_docks(self, visible: bool) -> None:
        # Docks open narrow; each time one is shown, give it room for a readable line. Queued
        # twice: after the dock area's own sizing, which is queued when a dock opens.
        if visible:
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._claim_width))

    def _claim_width(self, *, again: bool = True) -> None:
        docks = [
            dock
            for dock in (self.preview, self.checklist)
            if dock.isVisible() and not dock.isFloating() and dock.width() < DOCK_WIDTH
        ]
        if not docks:
            return
        self._window.resizeDocks(docks, [DOCK_WIDTH] * len(docks), Qt.Orientation.Horizontal)
        # The writing column keeps its minimum width, so in a narrow window the drafts list
        # makes way rather than leave a panel too narrow to read.
        cramped = any(dock.width() < READABLE_DOCK_WIDTH for dock in docks)
        if again and cramped and self.host.hide_drafts_list():
            QTimer.singleShot(0, lambda: self._claim_width(again=False))

    # --- checklist -----------------------------------------------------------------------------

    def build_checklist(self) -> Checklist | None:
        result = self._result
        if result is None:
            return None
        snapshot = result.snapshot
        return build_checklist(
            result.report,
            title=snapshot.title,
            subtitle=snapshot.subtitle,
            tags=self.host.story_tags(),
            canonical_url=self.checklist.canonical_url(),
            first_published_elsewhere=self.checklist.first_published_elsewhere(),
            source=snapshot.text,
            spelling_checked=self.host.spelling_checked(),
        )

    def refresh_checklist(self) -> None:
        checklist = self.build_checklist()
        if checklist is None:
            return
        self.checklist.show_checklist(checklist)
        self.checklistUpdated.emit(checklist)

    def _save_canonical(self, url: str) -> None:
        self.host.store_canonical_url(url)

    def _jump(self, rules: tuple[str, ...]) -> None:
        result = self.host.latest_result()
        if result is None:
            return
        present = {finding.rule for finding in result.report.findings}
        # With none shown (a rule switched off), the window says why nothing was selected.
        rule = next((rule for rule in rules if rule in present), rules[0] if rules else None)
        if rule is not None:
            self.host.jump_to_next(rule)

    # --- snippets ------------------------------------------------------------------------------

    def stories_changed(self) -> None:
        """A story was marked as published or changed: its link may now go in the posts."""
        self._published_url = None
        if self.snippets.isVisible():
            self.refresh_snippets()

    def _story_url(self) -> str:
        if self._published_url is None:
            self._published_url = self.host.published_url() if self._draft_id else ""
        return self._published_url

    def refresh_snippets(self) -> None:
        result = self._result
        if result is None:
            return
        snapshot = result.snapshot
        tags = tuple(self.host.story_tags())
        url = self._story_url()
        key = (
            self._draft_id,
            snapshot.title,
            snapshot.subtitle,
            result.report.first_paragraph,
            tags,
            url,
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
                url=url,
            )
        )

    def _snippets_visibility(self, visible: bool) -> None:
        if visible:
            self.refresh_snippets()
        else:
            self.snippets.flush()

    def _copied_snippet(self, network: str) -> None:
        name = self.snippets.editors[network].title()
        self.host.show_message(f"Copied the {name} post.", 4000)

    # --- export and copy -----------------------------------------------------------------------

    def open_export_dialog(self, format: str) -> ExportDialog:
        """Open the export dialog for ``format`` ("md" or "html"); it is window-modal."""
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
        folder = default_folder(self.host.export_folder())
        dialog = ExportDialog(self.story(), format, folder=folder, parent=self._window)
        dialog.apply_choices(self.host.export_choices())
        dialog.exported.connect(lambda _path: self.host.remember_export_choices(dialog.choices()))
        dialog.exported.connect(self._exported)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, path: str) -> None:
        self.host.remember_export_folder(str(Path(path).parent))
        self.host.show_message(f"Exported to {path}", 8000)

    def copy_for_medium(self) -> MediumClipboard:
        story = self.story()
        with busy_cursor():
            copied = copy_to_clipboard(story.body, title=story.title, subtitle=story.subtitle)
        self.last_copy = copied
        if copied.images_to_upload:
            if self.images_notice is None:
                self.images_notice = ImagesNotice(self._window)
            self.images_notice.show_images(copied.images_to_upload)
            message = "Copied for Medium. Upload the listed images after pasting."
        else:
            message = "Copied for Medium: open a new story on Medium and paste."
        self.host.show_message(message, 8000)
        return copied

    # --- closing -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.snippets.flush()
            self.preview.wait_for_idle()
        return False


def install_publishing(host: PublishingHost) -> PublishingFeatures:
    """Add the Publish menu and docks to ``host`` (once; later calls return the same)."""
    existing = host.publishing_features()
    if isinstance(existing, PublishingFeatures):
        return existing
    features = PublishingFeatures(host)
    host.attach_publishing(features)
    return features
