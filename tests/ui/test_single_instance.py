"""One window per database: a second launch on the same file brings the first forward."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.ui.application import ALREADY_OPEN
from app.ui.single_instance import SingleInstance, bring_to_front, server_name

REPO = Path(__file__).resolve().parents[2]


def test_a_second_launch_on_the_same_database_reaches_the_first(qtbot, tmp_path: Path) -> None:
    database = tmp_path / "clapwise.sqlite"
    running = SingleInstance(database)
    assert running.listen()
    try:
        with qtbot.waitSignal(running.activated, timeout=5000):
            assert SingleInstance(tmp_path / "." / "clapwise.sqlite").notify_running()
        assert not SingleInstance(tmp_path / "other.sqlite").notify_running()
    finally:
        running.close()
    assert not SingleInstance(database).notify_running()  # gone with the first instance


def test_the_name_depends_on_the_resolved_path_only(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a" / ".." / "db.sqlite") == server_name(tmp_path / "db.sqlite")
    assert server_name(tmp_path / "db.sqlite") != server_name(tmp_path / "db2.sqlite")


def test_the_running_window_comes_forward(qtbot, window) -> None:
    window.showMinimized()
    bring_to_front(window)
    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=2000)
    assert window.isVisible()


@pytest.mark.slow
def test_a_second_app_process_exits_and_leaves_the_first_running(tmp_path: Path) -> None:
    database = tmp_path / "clapwise.sqlite"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("CLAPWISE_EXIT_AFTER_START", None)
    command = [sys.executable, "-m", "app", "--db", str(database)]
    first = subprocess.Popen(command, env=environment, cwd=REPO, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not _window_opened(database):  # the first window has opened a draft
            assert first.poll() is None, first.stderr.read() if first.stderr else ""
            assert time.monotonic() < deadline
            time.sleep(0.2)
        second = subprocess.run(
            command, env=environment, cwd=REPO, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0
        assert second.stderr.strip() == ALREADY_OPEN
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=30)


def _window_opened(database: Path) -> bool:
    if not database.exists():
        return False
    try:
        connection = sqlite3.connect(database)
        try:
            row = connection.execute(
                "SELECT value FROM app_state WHERE key = 'last_draft_id'"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return False
    return row is not None
