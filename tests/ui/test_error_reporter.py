"""Unexpected errors in any thread: the traceback goes to the log, the writer gets a sentence."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from app.session.error_log import install_error_log, log_path_for
from app.ui.error_reporter import ErrorReporter


@pytest.fixture
def reporter(window, database_path: Path):
    assert install_error_log(log_path_for(database_path)) is None
    installed = ErrorReporter(window.save_now, window)
    installed.install()
    yield installed
    installed.uninstall()
    install_error_log(database_path.with_name("after-test.log"))


def _crash_in_a_thread() -> None:
    raise LookupError("lost in a thread")


def test_an_exception_in_a_thread_is_logged_and_shown(
    qtbot, reporter, dialogs, database_path
) -> None:
    thread = threading.Thread(target=_crash_in_a_thread, name="background-job")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=5000)
    log = log_path_for(database_path).read_text(encoding="utf-8")
    assert "background-job" in log
    assert "Traceback" in log
    assert "LookupError: lost in a thread" in log
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert str(log_path_for(database_path)) in text
    assert "Your draft is saved." in text
    assert "lost in a thread" not in text  # no internals in the sentence


def test_an_uncaught_exception_on_the_ui_thread_is_logged_and_shown(
    qtbot, reporter, dialogs, database_path
) -> None:
    try:
        raise KeyError("ui slot failed")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    qtbot.waitUntil(lambda: bool(dialogs), timeout=5000)
    log = log_path_for(database_path).read_text(encoding="utf-8")
    assert "KeyError: 'ui slot failed'" in log
    assert dialogs[-1][1].startswith("Something went wrong: Clapwise hit an unexpected problem.")
