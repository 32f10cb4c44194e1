"""Never lose a word: autosave keeps up with a non-stop typist, failed saves are honest,
quitting offers a copy, and errors in the analysis worker reach the log."""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.analysis.engine.chunks import Detectors
from app.cli import main
from app.session.error_log import install_error_log, log_path_for
from app.session.failures import LOCKED, MOVED
from app.storage.store import open_store
from app.ui.application import UI_BUSY_TIMEOUT_MS
from app.ui.error_reporter import error_sentence
from app.ui.main_window import ANALYSIS_FAILED
from tests.session.db_faults import locked
from tests.ui.window.stored import stored


@pytest.fixture
def blank_window(make_window, ui_store):
    window = make_window(ui_store)
    window.new_draft()
    window.editor.setFocus()
    return window


@pytest.fixture
def error_log(database_path: Path):
    path = log_path_for(database_path)
    assert install_error_log(path) is None
    yield path
    install_error_log(path.with_name("after-test.log"))


@pytest.mark.slow
def test_a_non_stop_typist_is_saved_within_two_seconds(qtbot, blank_window, database_path) -> None:
    window = blank_window
    draft_id = window.draft.id
    first_keystroke = time.monotonic()
    stored_after: float | None = None
    while time.monotonic() - first_keystroke < 3.5:
        qtbot.keyClicks(window.editor, "word ")
        qtbot.wait(15)  # about 150 characters a minute faster than anyone types; no pause
        if stored_after is None and stored(database_path, draft_id, "body"):
            stored_after = time.monotonic() - first_keystroke
    assert stored_after is not None
    assert stored_after <= 2.0 + 0.25  # the ceiling, plus one round of the event loop
    assert window.isWindowModified()  # still typing: newer words wait for the next save


def test_a_locked_database_is_reported_kept_unsaved_and_retried(
    qtbot, blank_window, database_path, error_log
) -> None:
    window = blank_window
    draft_id = window.draft.id
    qtbot.keyClicks(window.editor, "Words that must not be lost.")
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        assert not window.save_now()
        assert time.perf_counter() - started < 0.5  # no multi-second freeze
        assert window.save_state.text() == "Not saved"
        assert window.isWindowModified()
        message = window.statusBar().currentMessage()
        assert message.startswith(LOCKED)
        assert "Words that" not in message
        assert "saved." not in message.lower().replace("not saved", "")
        assert "database is locked" in error_log.read_text(encoding="utf-8")
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(
        lambda: stored(database_path, draft_id, "body") == "Words that must not be lost.",
        timeout=5000,
    )
    assert window.save_state.text() == "Saved"
    assert not window.isWindowModified()


@pytest.fixture
def full_error_log(tmp_path: Path):
    """The error log is on a disk with no space left: every write to it fails."""
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("no /dev/full here")
    assert install_error_log(full) is None
    yield full
    install_error_log(tmp_path / "after-test.log")


def test_a_log_that_cannot_be_written_prints_no_traceback(
    qtbot, blank_window, database_path, full_error_log, capsys
) -> None:
    window = blank_window
    qtbot.keyClicks(window.editor, "Words typed while the disk is full.")
    with locked(database_path):
        assert not window.save_now()
        assert not window.save_now()
    err = capsys.readouterr().err
    assert "Logging error" not in err
    assert "Traceback" not in err
    qtbot.waitUntil(lambda: window.save_state.text() == "Saved", timeout=5000)


@pytest.mark.slow
def test_a_failed_save_retries_within_a_few_seconds_however_long_it_failed(
    qtbot, blank_window, database_path, error_log
) -> None:
    window = blank_window
    draft_id = window.draft.id
    qtbot.keyClicks(window.editor, "Words waiting for space.")
    with locked(database_path):
        assert not window.save_now()
        qtbot.wait(7500)  # several retries fail meanwhile
        assert window.save_state.text() == "Not saved"
    freed = time.monotonic()
    qtbot.waitUntil(
        lambda: stored(database_path, draft_id, "body") == "Words waiting for space.",
        timeout=10_000,
    )
    assert time.monotonic() - freed < 3.5
    qtbot.waitUntil(lambda: window.save_state.text() == "Saved", timeout=1000)
    logged = error_log.read_text(encoding="utf-8")
    assert logged.count("failed again") >= 2  # one line for each retry after the first
    assert logged.count("failed; retrying") == 1  # the traceback, with the first failure


def test_quitting_unsaved_offers_a_markdown_copy(
    qtbot, blank_window, database_path, monkeypatch, tmp_path
) -> None:
    window = blank_window
    window.title_edit.setText("Locked out")
    qtbot.keyClicks(window.editor, "Text only this window holds.")
    target = tmp_path / "rescued.md"
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return (
            QMessageBox.StandardButton.Cancel
            if len(asked) == 1
            else QMessageBox.StandardButton.Save
        )

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert not window.close()  # Cancel keeps the window and the text
        assert window.isVisible()
        assert window.close()  # Save writes the copy, then the window closes
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert asked[0].startswith(LOCKED)
    assert target.read_text(encoding="utf-8") == "# Locked out\n\nText only this window holds.\n"


def test_switching_drafts_is_refused_while_the_changes_cannot_be_saved(
    qtbot, blank_window, database_path, dialogs
) -> None:
    window = blank_window
    draft_id = window.draft.id
    qtbot.keyClicks(window.editor, "Unsaved.")
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        window.new_draft()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.draft.id == draft_id
    assert window.editor.text() == "Unsaved."
    assert dialogs[-1][0] == "warning"


def test_focus_loss_saves_at_once(qtbot, blank_window, database_path) -> None:
    window = blank_window
    qtbot.keyClicks(window.editor, "Saved when I look away.")
    window.title_edit.setFocus()  # the editor loses focus
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=1000)
    assert stored(database_path, window.draft.id, "body") == "Saved when I look away."


def test_an_error_in_the_analysis_worker_reaches_the_log(
    qtbot, blank_window, error_log, wait_for_analysis
) -> None:
    window = blank_window

    def broken_detector(_sentence: str) -> list:
        raise RuntimeError("detector exploded")

    window.analyzer.configure(detectors=Detectors(sentence=(broken_detector,)))
    qtbot.keyClicks(window.editor, "A sentence for the broken detector.")
    qtbot.waitUntil(lambda: "detector exploded" in error_log.read_text("utf-8"), timeout=10000)
    # The worker logs first, then its signal reaches the window.
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == ANALYSIS_FAILED)
    text = error_log.read_text(encoding="utf-8")
    assert "Traceback" in text
    assert "broken_detector" in text


def test_a_draft_changed_in_another_window_is_reloaded_with_a_notice(
    qtbot, blank_window, database_path, dialogs
) -> None:
    from app.session import DraftContent, Workspace
    from app.session.draft_session import CHANGED_ELSEWHERE

    window = blank_window
    draft_id = window.draft.id
    other_store = open_store(database_path, busy_timeout_ms=UI_BUSY_TIMEOUT_MS)
    try:
        other = Workspace(other_store).open_draft(draft_id)
        other.changed()
        assert other.save(DraftContent("", "", "Written in the other window.", "")).saved
    finally:
        other_store.close()
    qtbot.keyClicks(window.editor, "Written here.")
    assert window.save_now()
    assert window.editor.text() == "Written in the other window."
    assert stored(database_path, draft_id, "body") == "Written in the other window."
    assert dialogs[-1] == ("information", f"Draft changed in another window: {CHANGED_ELSEWHERE}")
    assert "Written here." in [revision.body for revision in window.session.revisions()]


def test_the_save_action_saves_and_the_copy_action_writes_a_file(
    qtbot, blank_window, database_path, monkeypatch, tmp_path
) -> None:
    window = blank_window
    qtbot.keyClicks(window.editor, "Saved on request.")
    window.save_action.trigger()
    assert stored(database_path, window.draft.id, "body") == "Saved on request."
    assert window.save_state.text() == "Saved"
    target = tmp_path / "copy.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    window.save_copy_action.trigger()
    assert target.read_text(encoding="utf-8") == "Saved on request.\n"


def test_a_setting_that_cannot_be_stored_says_so_in_one_sentence(
    qtbot, blank_window, database_path, dialogs
) -> None:
    window = blank_window
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert window.sidebar.tags.add_tag("Python")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.statusBar().currentMessage() == (
        "Clapwise could not store your tags: the database is in use by another program."
    )
    assert dialogs == []


def test_the_stored_word_count_follows_the_text(
    qtbot, make_window, ui_store, database_path, wait_for_analysis
) -> None:
    """A stale count (from an older version) is corrected by the first report; every
    autosave while the writer types stores the count of the text it saves."""
    draft = ui_store.drafts.create(title="Counting", body="One two three four five.")
    connection = sqlite3.connect(database_path)
    with connection:
        connection.execute("UPDATE drafts SET word_count = 999 WHERE id = ?", (draft.id,))
    connection.close()
    ui_store.state.set("last_draft_id", str(draft.id))
    window = make_window(ui_store)
    wait_for_analysis(window)
    assert stored(database_path, draft.id, "word_count") == 5 == window.editor.result.report.words

    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    for word in ("six", "seven", "eight", "nine"):
        qtbot.keyClicks(window.editor, f" {word}")
        qtbot.wait(120)
    wait_for_analysis(window)
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5_000)
    qtbot.waitUntil(lambda: stored(database_path, draft.id, "word_count") == 9, timeout=5_000)


def test_words_typed_then_left_at_once_are_counted_when_saved(
    qtbot, window, database_path, capsys
) -> None:
    """A writer who types and moves to a new draft before the sidebar catches up still has
    every word stored: the drafts list, the calendar and ``clapwise calendar`` agree."""
    first_words = "the writer keeps a small habit of typing every morning before work " * 5
    window.new_draft()
    first = window.session.id
    qtbot.keyClicks(window.title_edit, "First new draft")
    qtbot.keyClicks(window.editor, first_words)
    window.new_draft()  # at once: no report of the typed text has arrived
    qtbot.keyClicks(window.editor, "and fifty more words " * 10)
    window.new_draft()

    assert stored(database_path, first, "word_count") == 60
    assert any(row.startswith("First new draft\n60 words") for row in window.drafts.rows())
    streaks = window.show_plan("Calendar").calendar.streaks.text()
    assert "Words written this month: <b>100</b>" in streaks
    assert main(["--db", str(database_path), "calendar"]) == 0
    assert "Words written this month: 100" in capsys.readouterr().out


def test_a_deleted_database_folder_shows_not_saved_and_quitting_offers_the_copy(
    qtbot, blank_window, database_path, error_log, monkeypatch, tmp_path, capsys
) -> None:
    window = blank_window
    window.title_edit.setText("Folder deleted")
    qtbot.keyClicks(window.editor, "Stored first.")
    assert window.save_now()
    shutil.rmtree(database_path.parent)  # the database and its log go, the app stays open
    qtbot.keyClicks(window.editor, " Typed after.")
    qtbot.waitUntil(lambda: window.save_state.text() == "Not saved", timeout=5000)
    assert window.isWindowModified()
    assert window.statusBar().currentMessage().startswith(MOVED)
    assert window.save_state.toolTip() == MOVED
    # The log went with the folder: the terminal says so once, and no message points to it.
    assert capsys.readouterr().err.count("was moved or deleted") == 1
    assert "could not be written to a log file" in error_sentence(False)
    target = tmp_path / "rescued.md"
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), ""))
    assert window.close()
    # A report still on its way is shown before the fixtures put the folder back.
    qtbot.wait(200)
    assert asked[0].startswith(MOVED)
    assert target.read_text(encoding="utf-8") == "# Folder deleted\n\nStored first. Typed after.\n"


def test_quitting_after_the_database_folder_is_deleted_offers_the_copy_without_new_typing(
    qtbot, blank_window, database_path, error_log, monkeypatch
) -> None:
    window = blank_window
    qtbot.keyClicks(window.editor, "Saved, then the folder went.")
    assert window.save_now()
    assert window.save_state.text() == "Saved"
    shutil.rmtree(database_path.parent)
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.close()  # the text is only in this window now: the copy is offered
    assert asked[0].startswith(MOVED)
    assert window.save_state.text() == "Not saved"
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Discard)
    assert window.close()
    qtbot.wait(200)  # a report still on its way is shown before the fixtures end
