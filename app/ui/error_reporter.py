"""Unexpected errors from any thread: written to the log with a traceback, shown as a sentence.

``sys.excepthook`` and ``threading.excepthook`` both end here. The hooks may run on any
thread; a queued Qt signal carries the sentence to the UI thread, which shows it.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.session.error_log import error_log_path, flush_error_log

log = logging.getLogger(__name__)


def error_sentence(saved: bool | None) -> str:
    """What the writer is told: what happened, where the details are, and the draft's state."""
    where = error_log_path()
    details = (
        f"The details were written to {where}."
        if where is not None
        else "The details could not be written to a log file."
    )
    state = {
        True: " Your draft is saved.",
        False: " Your latest changes are not saved yet; Clapwise keeps retrying.",
        None: "",
    }[saved]
    return f"Clapwise hit an unexpected problem. {details}{state}"


class ErrorReporter(QObject):
    """Installs the hooks; ``errorReported`` reaches the UI thread, which tells the writer."""

    errorReported = Signal()

    def __init__(
        self, save_draft: Callable[[], bool | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save_draft = save_draft
        self._parent = parent
        self._previous = (sys.excepthook, threading.excepthook)
        self.errorReported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, tb)
            return
        log.error("Unexpected error", exc_info=(kind, error, tb))
        flush_error_log()
        self.errorReported.emit()

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.error(
            "Unexpected error in thread %s",
            name,
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
        )
        flush_error_log()
        self.errorReported.emit()

    def _show(self) -> None:
        try:
            saved = self._save_draft()
        except Exception:  # saving is best effort while already failing
            log.exception("Saving after an unexpected error failed")
            saved = False
        QMessageBox.warning(self._parent, "Something went wrong", error_sentence(saved))
