"""Starting the desktop app: Qt set-up, the database, crash safety, then the main window."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths, QThreadPool
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import __version__
from app.resources import resource_path
from app.storage.database import DatabaseError, set_aside
from app.storage.store import Store, open_store

DATABASE_NAME = "clapwise.sqlite"
log = logging.getLogger("clapwise")


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
    """Open the database; a damaged file is set aside (after asking), never deleted."""
    try:
        return open_store(path)
    except DatabaseError as error:
        if not error.damaged:
            QMessageBox.critical(None, "Clapwise cannot open its database", str(error))
            return None
        answer = QMessageBox.question(
            None,
            "Damaged database",
            f"{error}\n\nClapwise can move the damaged file aside (it is kept, not deleted) "
            "and start with a fresh database. Continue?",
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        kept = set_aside(path)
        store = open_store(path)
        QMessageBox.information(
            None, "Started a fresh database", f"The damaged database was kept at:\n{kept}"
        )
        return store


def _install_crash_handler(app: QApplication, log_path: Path) -> None:
    """Unexpected errors are logged and shown as a plain message; the draft is saved first."""

    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app.quit()
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as handle_:
                handle_.write(details + "\n")
        except OSError:
            pass
        for widget in app.topLevelWidgets():
            save = getattr(widget, "save_now", None)
            if callable(save):
                try:
                    save()
                except Exception:  # saving is best effort while already failing
                    log.exception("saving after an error failed")
        QMessageBox.warning(
            None,
            "Something went wrong",
            f"Clapwise hit an unexpected problem: {error}\n\n"
            f"Your draft was saved. Details were written to {log_path}.",
        )

    sys.excepthook = handle


def _warm_up() -> None:
    """Load the pronunciation and spelling dictionaries before the first keystroke needs them."""
    from app.analysis.rules.spelling import warm_up as warm_up_spelling
    from app.analysis.text.syllables import warm_up as warm_up_syllables

    warm_up_syllables()
    warm_up_spelling()


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


def run_app(database: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    path = Path(database).expanduser() if database else default_database_path()
    store = open_store_interactively(path)
    if store is None:
        return 1
    _install_crash_handler(app, path.with_name("clapwise.log"))

    from app.ui.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    window.open_initial_draft()
    QThreadPool.globalInstance().start(_warm_up)
    if os.environ.get("CLAPWISE_EXIT_AFTER_START"):
        _exit_after_first_report(window)
    code = app.exec()
    store.close()
    return code
