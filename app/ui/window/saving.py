"""When the open draft is saved, what the status bar says of it, and a Markdown copy."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from app.session import DraftContent, DraftSession
from app.session.copies import write_markdown_copy

log = logging.getLogger(__name__)
CURSOR_REST_MS = 3000


class DraftSaving(QObject):
    """The autosave timer, the "Saved" label, and the copy that works without the database.

    The window does the saving itself (``save_now``); this says when and how it went.
    """

    def __init__(
        self,
        window: QMainWindow,
        session: Callable[[], DraftSession | None],
        content: Callable[[], DraftContent],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._content = content
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # The caret moved with nothing to save: stored a moment after it rests, so a crash
        # or a power cut reopens the draft where the writer was reading, not where they typed.
        self.cursor_timer = QTimer(self)
        self.cursor_timer.setSingleShot(True)
        self.cursor_timer.setInterval(CURSOR_REST_MS)
        self.label = QLabel("")
        self.label.setObjectName("saveState")

    def mark_dirty(self) -> None:
        session = self._session()
        if session is None:
            return
        was_dirty = session.dirty
        session.changed()
        if not was_dirty:
            self.show_state()
        self.schedule()

    def cursor_moved(self) -> None:
        """Store the caret once it rests, unless a save of the text is due anyway."""
        session = self._session()
        if session is not None and session.editable and not session.dirty:
            self.cursor_timer.start()

    def schedule(self) -> None:
        """Restart the timer for the session's next due save (a pause, the ceiling, a retry)."""
        session = self._session()
        delay = session.save_delay() if session is not None else None
        if delay is None:
            self.timer.stop()
        else:
            self.timer.start(max(0, round(delay * 1000)))

    def failure(self) -> str:
        session = self._session()
        return session.last_failure if session is not None else ""

    def show_state(self) -> None:
        session = self._session()
        if session is None or not session.editable:
            text, tip = "", ""
        elif session.last_failure:
            text, tip = "Not saved", session.last_failure
        elif session.dirty:
            text, tip = "Unsaved changes", "Saved automatically within two seconds."
        else:
            text, tip = "Saved", "Everything you wrote is in the database."
        self.label.setText(text)
        self.label.setToolTip(tip)
        failed = bool(session and session.last_failure)
        self.label.setStyleSheet("color: #b3261e; font-weight: 600;" if failed else "")
        self._window.setWindowModified(bool(session and session.dirty))

    def set_pause(self, seconds: float) -> None:
        """The autosave pause chosen in the settings, for the open draft from now on."""
        session = self._session()
        if session is not None:
            session.policy.pause = seconds
            session.policy.ceiling = max(session.policy.ceiling, seconds * 2)

    def save_copy_dialog(self) -> Path | None:
        """Ask where, then write the draft as a Markdown file (works without the database)."""
        title = self._content().title.strip() or "Untitled draft"
        suggested = str(Path.home() / f"{title}.md")
        path, _filter = QFileDialog.getSaveFileName(
            self._window, "Save a copy as Markdown", suggested, "Markdown (*.md)"
        )
        if not path:
            return None
        return self.save_copy(Path(path))

    def save_copy(self, path: Path) -> Path | None:
        content = self._content()
        try:
            written = write_markdown_copy(path, content.title, content.subtitle, content.body)
        except OSError as error:
            log.exception("Saving a copy to %s failed", path)
            QMessageBox.warning(
                self._window, "Copy not saved", f"The copy could not be written: {error.strerror}."
            )
            return None
        self._window.statusBar().showMessage(f"A copy was saved to {written}", 8000)
        return written

    def keep_unsaved_text(self) -> bool:
        """The last changes cannot be stored: offer a Markdown copy; True lets the window close."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._window,
            "Your latest changes are not saved",
            f"{self.failure()} Save a copy as a Markdown file before closing?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return self.save_copy_dialog() is not None
        return answer == buttons.Discard
