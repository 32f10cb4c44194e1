"""The real app in a child process, ended by the session (SIGTERM), Ctrl+C (SIGINT) or its
terminal closing (SIGHUP) while the writer types: it saves every word and quits cleanly, with
no traceback, as when its window is closed."""

from __future__ import annotations

import signal
import sqlite3
import textwrap
import time
from pathlib import Path

import pytest

from tests.ui.child_app import start_child

# Starts the app as ``clapwise --db PATH`` does (run_app), opens a new draft, and types into
# it without a pause, noting every word typed in a journal the test reads.
CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.ui.application import run_app

    qt = QApplication(sys.argv)
    journal = open(sys.argv[2], "a", encoding="utf-8")
    typed = [0]
    timer = QTimer()

    def main_window():
        from app.ui.main_window import MainWindow

        return next((w for w in qt.topLevelWidgets() if isinstance(w, MainWindow)), None)

    def type_a_word():
        window = main_window()
        if window is None or not window.isVisible():
            timer.stop()
            return
        QTest.keyClicks(window.editor, "word ")
        typed[0] += 5
        journal.write(f"{typed[0]}\\n")
        journal.flush()
        if typed[0] == 50:
            print("typing", flush=True)

    def start_typing():
        window = main_window()
        if window is None or window.draft is None:
            QTimer.singleShot(50, start_typing)
            return
        window.new_draft()
        window.editor.setFocus()
        timer.timeout.connect(type_a_word)
        timer.start(20)  # never a pause long enough for an autosave

    QTimer.singleShot(0, start_typing)
    code = run_app(sys.argv[1])
    print("exited", code, flush=True)
    sys.exit(code)
    """
)


def _newest_body(database: Path) -> str:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT body FROM drafts ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        connection.close()


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_closing_signal_saves_every_word_and_quits_cleanly(
    tmp_path: Path, ending: signal.Signals
) -> None:
    database, journal = tmp_path / "clapwise.sqlite", tmp_path / "typed.log"
    child = start_child(CHILD, database, journal)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typing", child.stderr
        time.sleep(0.3)  # still typing: the last words wait for an autosave that never came
        child.send_signal(ending)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    assert "Traceback" not in err, err
    assert "KeyboardInterrupt" not in err, err
    assert child.returncode == 0, err
    assert "exited 0" in out
    typed = int(journal.read_text(encoding="utf-8").split()[-1])
    assert _newest_body(database) == "word " * (typed // 5)
