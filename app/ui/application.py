"""Starting the desktop app: Qt set-up, the database, crash safety, then the main window."""

from __future__ import annotations

import linecache
import logging
import os
import signal
import socket
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QStandardPaths, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.resources import resource_path
from app.session import Workspace
from app.session.error_log import install_error_log, log_crashes, log_path_for
from app.session.startup import DatabaseError, Store, open_store, start_fresh
from app.ui.busy import busy_cursor
from app.ui.error_reporter import ErrorReporter
from app.ui.single_instance import SingleInstance, bring_to_front

DATABASE_NAME = "clapwise.sqlite"
UI_BUSY_TIMEOUT_MS = 80  # a locked database never holds the window longer than this
ALREADY_OPEN = "Clapwise is already open on this database; its window was brought to the front."
log = logging.getLogger(__name__)


def default_database_path() -> Path:
    """``clapwise.sqlite`` in the platform's app-data folder (needs QApplication names set)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DATABASE_NAME


def configure_application(app: QApplication) -> None:
    app.setApplicationName("Clapwise")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    QGuiApplication.setDesktopFileName("clapwise")
    icon = resource_path("icons", "clapwise.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(resource_path("styles", "clapwise.qss").read_text(encoding="utf-8"))


def open_store_interactively(path: Path) -> Store | None:
    """Open the database, asking the writer what to do when it cannot be used.

    Locked by another program: Retry or Cancel. Read-only: say so. Damaged (real corruption
    only): set the file aside (kept, not deleted) and start fresh, after asking.
    """
    while True:
        try:
            return open_store(path, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
        except DatabaseError as error:
            log.warning("The database at %s cannot be opened: %s", path, error)
            print(error, file=sys.stderr)
            if error.locked:
                if _ask_retry(error):
                    continue
                return None
            if error.damaged:
                return _start_fresh(path, error)
            hint = (
                # Non-breaking hyphens: a narrow dialog wrapped "--db" as "--" and "db".
                " Make the file and its folder writable, or start Clapwise with \u2011\u2011db and "
                "another path."
                if error.read_only
                else ""
            )
            QMessageBox.critical(None, "Clapwise cannot open its database", f"{error}{hint}")
            return None


def _ask_retry(error: DatabaseError) -> bool:
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.warning(
        None,
        "The database is in use",
        f"{error} Close the other program (or the other Clapwise window), then retry.",
        buttons.Retry | buttons.Cancel,
        buttons.Retry,
    )
    return answer == buttons.Retry


def _start_fresh(path: Path, error: DatabaseError) -> Store | None:
    answer = QMessageBox.question(
        None,
        "Damaged database",
        f"{error}\n\nClapwise can move the damaged file aside (it is kept, not deleted), "
        "start with a fresh database and copy into it every draft it can still read. Continue?",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        with busy_cursor():  # copying a large library takes seconds, before any window is up
            fresh = start_fresh(path, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
    except (OSError, DatabaseError) as failure:
        log.error("Setting the damaged database aside failed", exc_info=True)
        reason = getattr(failure, "strerror", None) or str(failure)
        QMessageBox.critical(
            None, "Clapwise cannot open its database", f"Clapwise could not start: {reason}."
        )
        return None
    QMessageBox.information(None, "Started a fresh database", fresh.summary())
    return fresh.store


def warm_up() -> None:
    """Load the pronunciation and spelling dictionaries before the first keystroke needs them,
    and import NLTK's modules (sentences, headline sentiment), whose sources PySide6's import
    hook would otherwise keep: they are dropped here, before the first analysis of a long
    draft fills the memory they leave free."""
    from app.analysis.insights.headline.lexicon import warm_up as warm_up_headline
    from app.analysis.rules.spelling import warm_up as warm_up_spelling
    from app.analysis.text.sentences import warm_up as warm_up_sentences
    from app.analysis.text.syllables import warm_up as warm_up_syllables

    warm_up_sentences()
    warm_up_headline()
    warm_up_syllables()
    warm_up_spelling()
    forget_module_sources()


def forget_module_sources() -> None:
    """Drop the module sources PySide6's import hook keeps.

    The hook reads the source of every module imported after PySide6 into linecache (about
    15 MB of text, 40 MB of memory) and never lets go. Dropped as soon as the window's
    modules are in, the memory is reused by the draft and the dictionaries; a traceback
    reads the files again when it needs a line.
    """
    linecache.clearcache()


def _exit_after_first_report(window: QWidget) -> None:
    """Start-up timing and smoke tests: report when the window is up and analysed, then quit.

    ``CLAPWISE_LAUNCH_TIME`` (seconds since the epoch, set by the caller just before starting
    the process) lets the timings include interpreter start and imports.
    """
    import time

    from PySide6.QtCore import QTimer

    launched = float(os.environ.get("CLAPWISE_LAUNCH_TIME") or time.time())

    def shown() -> None:
        print(f"window shown after {time.time() - launched:.2f} s", flush=True)

    def analysed(_result: object) -> None:
        print(f"first analysis shown after {time.time() - launched:.2f} s", flush=True)
        window.controller.resultReady.disconnect(analysed)  # type: ignore[attr-defined]
        QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, shown)
    window.controller.resultReady.connect(analysed)  # type: ignore[attr-defined]


# Ended by the session (logout, shutdown: SIGTERM), Ctrl+C in the terminal (SIGINT) or the
# terminal closing (SIGHUP): each closes the window as its close button does.
CLOSING_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


class SignalClose(QObject):
    """SIGTERM, SIGINT and SIGHUP close the window as its close button does: the draft is
    saved (or, when it cannot be, the copy is offered) and the app quits, without a traceback.

    Python runs a signal handler only when the interpreter next gets control, which a Qt
    event loop waiting for input does not give it. So the signal's number is written to a
    socket (``signal.set_wakeup_fd``) whose notifier wakes the event loop; the window is
    closed from there, on the UI thread, between two events.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._closing = False
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_handlers = {
            number: signal.signal(number, _note_signal) for number in CLOSING_SIGNALS
        }
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._received)

    def _received(self) -> None:
        try:
            numbers = self._reader.recv(64)
        except OSError:  # nothing left to read: another wake-up took it
            return
        received = [number for number in numbers if number in CLOSING_SIGNALS]
        if not received or self._closing:
            # A signal while the window asks what to do with unsaved text: it is being asked.
            return
        log.info("%s received: closing the window", signal.Signals(received[-1]).name)
        self._closing = True
        try:
            self._window.close()
        finally:
            self._closing = False

    def uninstall(self) -> None:
        """Give the signals back to whoever had them before (the app has quit)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous_handlers.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)
        self._reader.close()
        self._writer.close()


def _note_signal(_number: int, _frame: object) -> None:
    """The Python side of a closing signal: nothing to do here (no KeyboardInterrupt); the
    wake-up socket has the signal, and :class:`SignalClose` closes the window."""


def run_app(database: str | None = None) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    configure_application(app)
    path = Path(database).expanduser() if database else default_database_path()
    log_problem = install_error_log(log_path_for(path))
    if log_problem:
        print(log_problem, file=sys.stderr)
    else:
        log_crashes()
    instance = SingleInstance(path)
    if instance.notify_running():
        print(ALREADY_OPEN, file=sys.stderr)
        return 0
    instance.listen()
    store = open_store_interactively(path)
    if store is None:
        return 1

    from app.ui.main_window import MainWindow

    forget_module_sources()
    window = MainWindow(Workspace(store))
    reporter = ErrorReporter(window.save_now, window)
    reporter.install()
    instance.activated.connect(lambda: bring_to_front(window))
    signals = SignalClose(window)
    window.show()
    if os.environ.get("CLAPWISE_EXIT_AFTER_START"):
        _exit_after_first_report(window)
    # The window paints first; the draft is loaded and analysed right after.
    QTimer.singleShot(0, window.open_initial_draft)
    QThreadPool.globalInstance().start(warm_up)
    code = app.exec()
    signals.uninstall()
    reporter.uninstall()
    instance.close()
    store.close()
    return code
