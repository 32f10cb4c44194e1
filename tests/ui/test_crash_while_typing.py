"""The real window in a child process, typed into without a pause and killed with SIGKILL:
the database stays intact and at most about two seconds of typing are lost."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import textwrap
import time
from pathlib import Path

import pytest

from tests.ui.child_app import start_child

CYCLES = int(os.environ.get("CLAPWISE_CRASH_CYCLES", "20"))  # as many as a tester would try
CEILING = 2.0
SLACK = 0.4  # one event-loop round, the commit's fsync, and a busy shared machine

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    from app.session import Workspace
    from app.session.startup import open_store
    from app.ui.application import UI_BUSY_TIMEOUT_MS, configure_application
    from app.ui.main_window import MainWindow

    configure_application(app)
    database, journal = Path(sys.argv[1]), open(sys.argv[2], "a", encoding="utf-8")
    window = MainWindow(Workspace(open_store(database, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)))
    window.show()
    window.open_initial_draft()
    window.new_draft()
    window.editor.setFocus()
    typed = [0]

    def type_a_word():
        QTest.keyClicks(window.editor, "word ")
        typed[0] += 5
        journal.write(f"{time.time()} {typed[0]}\\n")
        journal.flush()

    timer = QTimer()
    timer.timeout.connect(type_a_word)
    timer.start(25)  # 200 characters a second, never a pause
    print("typing", flush=True)
    app.exec()
    """
)


def _newest_body(database: Path) -> tuple[str, str]:
    connection = sqlite3.connect(database)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        body = connection.execute("SELECT body FROM drafts ORDER BY id DESC LIMIT 1").fetchone()
        return integrity, body[0]
    finally:
        connection.close()


def _typed_at(journal: Path) -> list[tuple[float, int]]:
    rows = []
    for line in journal.read_text(encoding="utf-8").splitlines():
        moment, count = line.split()
        rows.append((float(moment), int(count)))
    return rows


@pytest.mark.slow
@pytest.mark.parametrize("cycle", range(CYCLES))
def test_a_crash_loses_at_most_two_seconds_of_typing(tmp_path: Path, cycle: int) -> None:
    database, journal = tmp_path / "clapwise.sqlite", tmp_path / "typed.log"
    child = start_child(CHILD, database, journal)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "typing", child.stderr.read()
        time.sleep(random.Random(cycle).uniform(2.5, 6.0))
        killed_at = time.time()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
    integrity, body = _newest_body(database)
    assert integrity == "ok"
    typed = _typed_at(journal)
    assert typed[-1][1] > 0
    assert len(body) % 5 == 0
    # When had the writer typed what the database holds? Everything after that is lost.
    kept_until = next((moment for moment, count in typed if count == len(body)), None)
    if not body:
        kept_until = typed[0][0]
    assert kept_until is not None
    assert killed_at - kept_until <= CEILING + SLACK, (len(body), typed[-1])
