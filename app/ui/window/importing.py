"""Importing a Markdown file or a folder of posts as new drafts, and saying how it went."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from app.document.text_files import LARGE_IMPORT_BYTES, TextFileError, megabytes
from app.session import DraftRecord, Workspace
from app.session.preferences import Preferences
from app.ui.busy import busy_cursor
from app.ui.report_dialog import show_report

if TYPE_CHECKING:
    # Imported where used, after the first paint.
    from app.session.markdown_import import ImportReport


class ImportHost(Protocol):
    """What importing needs of the main window (a protocol, so no import goes back up)."""

    workspace: Workspace
    preferences: Preferences

    @property
    def draft(self) -> DraftRecord | None: ...
    def host_window(self) -> QMainWindow: ...
    def leave_draft(self) -> bool: ...
    def open_draft(self, draft_id: int) -> bool: ...
    def refresh_drafts(self) -> None: ...


class DraftImport:
    """File → Import Markdown… and Import a folder of posts…; each import opens a new draft."""

    def __init__(self, host: ImportHost) -> None:
        self._host = host

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self._host.host_window(),
            "Import Markdown",
            self._import_start(),
            "Markdown (*.md *.markdown *.txt);;All files (*)",
        )
        if path:
            self._host.preferences.set_last_import_folder(str(Path(path).parent))
            self.import_file(path)

    def _import_start(self) -> str:
        """Where import dialogs open: the last folder used, else the home folder."""
        last = self._host.preferences.last_import_folder()
        return last if last and Path(last).is_dir() else str(Path.home())

    def import_file(self, path: str) -> DraftRecord | None:
        host = self._host
        if not host.leave_draft() or not self._confirm_large_import(Path(path)):
            return None
        try:
            post = host.workspace.read_post(Path(path))
        except TextFileError as error:
            QMessageBox.warning(host.host_window(), "Cannot import", str(error))
            return None
        window = host.host_window()
        existing = host.workspace.copy_in_library(post)
        if existing is not None:
            host.open_draft(existing)
            window.statusBar().showMessage(already_imported(Path(path)), 15000)
            return host.draft
        host.open_draft(host.workspace.create_draft(post))
        if post.problem:
            # Said as the folder import says it: the text came in, what was left out and why.
            from app.session.markdown_import import ImportReport

            _show(window, ImportReport(posts=(post,)))
        elif post.notice:
            window.statusBar().showMessage(post.notice, 15000)
        return host.draft

    def _confirm_large_import(self, path: Path) -> bool:
        """A file far longer than any article is imported only when the writer says so."""
        try:
            size = path.stat().st_size
        except OSError:
            return True  # the import itself says why the file cannot be read
        if size <= LARGE_IMPORT_BYTES:
            return True
        answer = QMessageBox.question(
            self._host.host_window(),
            "Import a very long file?",
            f"{path.name} is {megabytes(size)}, about {size // 6:,} words: far longer "
            "than an article. Checking it will take a while and the editor may be slow. "
            "Import it anyway?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._host.host_window(), "Import a folder of Markdown posts", self._import_start()
        )
        if folder:
            self._host.preferences.set_last_import_folder(str(Path(folder).parent))
            self.import_folder(folder)

    def import_folder(self, folder: str) -> ImportReport | None:
        """Import every Markdown file under ``folder``; show what worked and what did not."""
        host = self._host
        if not host.leave_draft():
            return None
        with busy_cursor():
            imported = host.workspace.import_folder(Path(folder))
        if imported.draft_ids:
            # Many new rows at once: one fresh listing rather than a row per draft.
            host.refresh_drafts()
            host.open_draft(imported.draft_ids[0])
        _show(host.host_window(), imported.report)
        return imported.report


def already_imported(path: Path) -> str:
    """What the status bar says when a file imported again is opened instead."""
    return (
        f"{path.name} is already in your library; its draft is open and nothing new was imported."
    )


def _show(window: QMainWindow, report: ImportReport) -> None:
    """The report's counts on top and every file it names below them, in a dialog that fits
    the screen however many there are."""
    problems = bool(report.failures or report.with_problems)
    title = "Import finished with problems" if problems else "Import finished"
    show_report(window, title, report.summary, report.details, warning=problems)
