"""Start-up faults get a dialog that names the problem: locked (with Retry), damaged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.session.startup import open_store
from app.ui.application import open_store_interactively
from tests.storage.damaged import DRAFT_COUNT, damage_middle_of, has_dbstat, write_drafts


def test_a_locked_database_offers_retry_and_opens_once_free(
    qtbot, database_path: Path, monkeypatch, capsys
) -> None:
    open_store(database_path).close()
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    asked: list[str] = []

    def warning(_parent, title, text, *_args):
        asked.append(f"{title}: {text}")
        other.execute("ROLLBACK")  # the other program lets go while the dialog is up
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", warning)
    try:
        store = open_store_interactively(database_path)
    finally:
        other.close()
    assert store is not None
    store.close()
    assert len(asked) == 1
    assert "in use by another program" in asked[0]
    assert capsys.readouterr().err.count("\n") == 1  # one line for the command line


def test_cancel_on_a_locked_database_starts_nothing(
    qtbot, database_path: Path, monkeypatch
) -> None:
    open_store(database_path).close()
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Cancel)
    try:
        assert open_store_interactively(database_path) is None
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_damaged_file_is_set_aside_after_asking(qtbot, tmp_path: Path, dialogs) -> None:
    path = tmp_path / "clapwise.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    store = open_store_interactively(path)
    assert store is not None
    store.close()
    assert [kind for kind, _text in dialogs] == ["question", "information"]
    assert any(name.name.startswith("clapwise.sqlite.damaged-") for name in tmp_path.iterdir())


@pytest.mark.skipif(not has_dbstat(), reason="this SQLite has no dbstat table")
def test_starting_fresh_brings_back_the_drafts_the_damaged_file_still_holds(
    qtbot, tmp_path: Path, dialogs, make_window
) -> None:
    path = tmp_path / "clapwise.sqlite"
    written = write_drafts(path)
    damage_middle_of(path)
    store = open_store_interactively(path)
    assert store is not None
    back = store.drafts.count()
    assert 0 < back < DRAFT_COUNT
    (kind, question), (_kind, told) = dialogs
    assert kind == "question"
    assert "copy into it every draft it can still read" in question
    (kept,) = tmp_path.glob(f"{path.name}.damaged-*[0-9]")
    assert f"{back} drafts brought back from it; {DRAFT_COUNT - back} drafts could not" in told
    rebuilt = sum(
        store.drafts.get(draft.id).body != written[draft.id].body for draft in store.drafts.list()
    )
    assert rebuilt > 0
    assert f" {rebuilt} came back as their last saved versions; the edits after them" in told
    assert str(kept) in told
    window = make_window(store)
    rows = window.drafts.rows()
    assert len(rows) == back
    assert (
        sum(any(row.startswith(draft.title) for row in rows) for draft in written.values()) == back
    )


def test_the_read_only_dialog_keeps_the_db_option_on_one_line(
    qtbot, tmp_path: Path, dialogs, monkeypatch
) -> None:
    import app.ui.application as application
    from app.storage.database import DatabaseError

    path = tmp_path / "clapwise.sqlite"

    def read_only(_path, **_options):
        raise DatabaseError(f"The database at {path} cannot be written.", path, read_only=True)

    monkeypatch.setattr(application, "open_store", read_only)
    assert open_store_interactively(path) is None
    ((kind, text),) = dialogs
    assert kind == "critical"
    # Non-breaking hyphens: a line is never broken between "--" and "db".
    assert "start Clapwise with \u2011\u2011db and another path" in text
