"""The real main window, with modal dialogs answered automatically."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/ui drives real widgets: ``-m "not gui"`` skips them all."""
    for item in items:
        if _HERE in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def dialogs(monkeypatch):
    """Records every message box and report instead of blocking on it."""
    shown: list[tuple[str, str]] = []

    def record(kind: str, answer=QMessageBox.StandardButton.Ok):
        def show(_parent, title, text, *_args, **_kwargs):
            shown.append((kind, f"{title}: {text}"))
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))

    def report(dialog) -> int:
        kind = "warning" if dialog.warning else "information"
        shown.append((kind, f"{dialog.windowTitle()}: {dialog.text()}"))
        return 0

    # The long reports (an import naming many files) are dialogs of their own.
    from app.ui.report_dialog import ReportDialog

    monkeypatch.setattr(ReportDialog, "exec", report)
    return shown


@pytest.fixture
def make_window(qtbot, dialogs):
    """Builds main windows on a store; each is closed (saving, draining the worker) at teardown."""
    from app.session import Workspace
    from app.ui.application import configure_application
    from app.ui.main_window import MainWindow

    windows = []

    def make(store):
        from PySide6.QtWidgets import QApplication

        configure_application(QApplication.instance())
        window = MainWindow(Workspace(store))
        qtbot.addWidget(window)
        window.resize(1300, 850)
        window.show()
        window.open_initial_draft()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
        window.controller.wait_for_idle()


@pytest.fixture
def window(make_window, store):
    return make_window(store)


@pytest.fixture
def wait_for_analysis(qtbot):
    """Returns a function that waits until a window shows a report of its current text and
    the tag suggestions made from it."""

    def wait(window, timeout: int = 10_000) -> None:
        qtbot.waitUntil(
            lambda: window.analysis_settled,
            timeout=timeout,
        )

    return wait


@pytest.fixture
def ui_store(database_path: Path):
    """The window's store opened as the app opens it: a locked database holds the window no
    longer than the app's busy timeout."""
    from app.storage.store import open_store
    from app.ui.application import UI_BUSY_TIMEOUT_MS

    opened = open_store(database_path, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
    yield opened
    opened.close()
