"""The open draft: saving, dirty state, revisions, settings, and honest failures on a real file."""

from __future__ import annotations

import shutil
import sqlite3
import time

import pytest

from app.session import DraftContent, Workspace
from app.session.failures import FULL, LOCKED, MOVED
from app.storage.database import DatabaseMovedError
from app.storage.store import open_store
from tests.session.db_faults import fill_database, locked

BODY = "A first paragraph that the writer typed.\n\nA second one, secret words inside."


def _content(body: str = BODY, **changes) -> DraftContent:
    values = {"title": "My title", "subtitle": "Sub", "body": body, "keyphrase": " kp "}
    values.update(changes)
    return DraftContent(**values)


def _stored_body(database_path, draft_id: int) -> str:
    connection = sqlite3.connect(database_path)
    try:
        return connection.execute("SELECT body FROM drafts WHERE id = ?", (draft_id,)).fetchone()[0]
    finally:
        connection.close()


def test_changes_are_dirty_until_saved_and_then_in_the_file(workspace, database_path) -> None:
    session = workspace.open_draft(workspace.create_draft())
    assert not session.dirty
    assert session.save_delay() is None
    session.changed()
    assert session.dirty
    assert session.save_delay() is not None
    outcome = session.save(_content())
    assert outcome.saved
    assert not session.dirty
    assert _stored_body(database_path, session.id) == BODY
    assert session.record.keyphrase == "kp"


def test_a_clean_session_saves_only_a_moved_cursor(workspace) -> None:
    session = workspace.open_draft(workspace.create_draft())
    updated = session.record.updated_at
    assert session.save(_content(body="never stored", cursor_position=7)).saved
    assert session.record.cursor_position == 7
    assert session.record.body == ""
    assert session.record.updated_at == updated


def test_a_revision_on_open_and_again_after_the_interval(workspace, clock) -> None:
    draft_id = workspace.create_draft()
    session = workspace.open_draft(draft_id)
    session.changed()
    session.save(_content("one"))
    session = workspace.open_draft(draft_id)
    session.changed()
    session.save(_content("one more"))
    assert len(session.revisions()) == 1  # taken when opened, not on every save
    clock.advance(session.revision_every + 1)
    session.changed()
    session.save(_content("two"))
    assert [revision.body for revision in session.revisions()] == ["two", "one"]


def test_a_new_draft_keeps_no_empty_revision(workspace, store, clock) -> None:
    """An empty, untitled draft has nothing to go back to: no revision of it is kept or listed."""
    draft_id = workspace.create_draft()
    session = workspace.open_draft(draft_id)
    assert session.revisions() == []
    session.changed()
    session.save(_content("one"))
    assert session.revisions() == []  # the first revision comes after the usual interval
    clock.advance(session.revision_every + 1)
    session.changed()
    session.save(_content("two"))
    assert [revision.body for revision in session.revisions()] == ["two"]
    # One stored by an earlier version of Clapwise is not listed either.
    store.drafts.keep_revision(draft_id, title=" ", subtitle="", body="\n")
    assert [revision.body for revision in session.revisions()] == ["two"]


def test_restoring_a_revision_keeps_the_text_it_replaces(store) -> None:
    workspace = Workspace(store)
    draft_id = workspace.create_draft()
    session = workspace.open_draft(draft_id)
    session.changed()
    session.save(DraftContent("First title", "", "First body.", ""))
    first = store.drafts.snapshot(draft_id)
    session.changed()
    session.save(DraftContent("Second title", "", "Second body.", ""))
    restored = session.restore_revision(first.id)
    assert (restored.title, restored.body) == ("First title", "First body.")
    assert store.drafts.get(draft_id).body == "First body."
    kept = session.revisions()[0]
    assert (kept.title, kept.body) == ("Second title", "Second body.")
    with pytest.raises(LookupError):
        session.restore_revision(10_000)


def test_a_locked_database_fails_fast_honestly_and_the_retry_succeeds(
    workspace, database_path, error_log, clock
) -> None:
    session = workspace.open_draft(workspace.create_draft())
    session.changed()
    with locked(database_path):
        started = time.perf_counter()
        outcome = session.save(_content())
        waited = time.perf_counter() - started
    assert not outcome.saved
    assert outcome.message == LOCKED
    assert waited < 0.5  # the window's busy timeout is 80 ms; no 5 s freeze
    assert session.dirty
    assert session.last_failure == LOCKED
    assert outcome.retry_in is not None
    assert session.save_delay() == outcome.retry_in
    assert _stored_body(database_path, session.id) == ""
    log = error_log.read_text(encoding="utf-8")
    assert "Traceback" in log
    assert "database is locked" in log
    clock.advance(outcome.retry_in)
    assert session.save(_content()).saved
    assert not session.dirty
    assert session.last_failure == ""
    assert _stored_body(database_path, session.id) == BODY


def test_a_full_disk_keeps_the_draft_unsaved_with_a_plain_sentence(
    database_path, error_log, clock
) -> None:
    store = open_store(database_path, busy_timeout_ms=80)
    try:
        workspace = Workspace(store, clock=clock)
        session = workspace.open_draft(workspace.create_draft())
        fill_database(store)
        big = "Words that will not fit on this disk. " * 20_000
        session.changed()
        outcome = session.save(_content(big))
        assert not outcome.saved
        assert outcome.message == FULL
        assert "SELECT" not in outcome.message
        assert "UPDATE" not in outcome.message
        assert "Words that" not in outcome.message
        assert session.dirty
        assert "full" in error_log.read_text(encoding="utf-8")
    finally:
        store.close()


def test_settings_tags_and_spelling_words(workspace) -> None:
    session = workspace.open_draft(workspace.create_draft())
    session.set_genre("technical")
    session.set_canonical_url("https://example.com/post")
    assert session.record.genre == "technical"
    assert session.record.canonical_url == "https://example.com/post"
    assert session.set_tags(["python", "Data Science"]) == session.tags()
    session.add_to_dictionary("Clapwise")
    session.ignore_word("zorblat")
    checker = session.spelling_checker()
    assert checker.is_correct("Clapwise")
    assert checker.is_correct("zorblat")
    assert not checker.is_correct("qwertyuiopx")
    other = workspace.open_draft(workspace.create_draft()).spelling_checker()
    assert other.is_correct("Clapwise")
    assert not other.is_correct("zorblat")


def test_a_word_added_from_the_editor_follows_the_dictionary_rule(workspace) -> None:
    session = workspace.open_draft(workspace.create_draft())
    assert session.add_to_dictionary("  Kubernetes  ")
    assert not session.add_to_dictionary("two words")
    assert workspace.dictionary.words() == ["Kubernetes"]


def test_a_draft_in_the_trash_is_read_only(workspace) -> None:
    draft_id = workspace.create_draft()
    workspace.trash(draft_id)
    session = workspace.open_draft(draft_id)
    assert not session.editable
    session.changed()
    assert not session.dirty
    assert session.save(_content()).saved
    assert session.record.body == ""


def test_a_save_based_on_a_stale_version_is_refused_and_kept_as_a_revision(
    workspace, database_path, clock
) -> None:
    from app.session import Workspace
    from app.session.draft_session import CHANGED_ELSEWHERE

    draft_id = workspace.create_draft()
    mine = workspace.open_draft(draft_id)
    second_store = open_store(database_path, busy_timeout_ms=80)
    try:
        theirs = Workspace(second_store, clock=clock).open_draft(draft_id)
        theirs.changed()
        assert theirs.save(_content("Their words.")).saved
        mine.changed()
        outcome = mine.save(_content("My words."))
    finally:
        second_store.close()
    assert outcome.conflict
    assert outcome.message == CHANGED_ELSEWHERE
    assert not mine.dirty
    assert _stored_body(database_path, draft_id) == "Their words."  # not overwritten
    assert mine.record.body == "Their words."  # the session now stands on the newer version
    assert "My words." in [revision.body for revision in mine.revisions()]
    mine.changed()
    assert mine.save(_content("My next words.")).saved  # based on the newer version: allowed
    assert _stored_body(database_path, draft_id) == "My next words."


def test_a_save_stores_the_word_count_of_the_text_it_saves(tmp_path) -> None:
    store = open_store(tmp_path / "drafts.sqlite")
    workspace = Workspace(store)
    session = workspace.open_draft(workspace.create_draft())
    body = "One two three four five."
    # The last report's count is taken for the very text it counted (42 marks it as taken,
    # not counted again); any other text is counted.
    session.changed()
    session.save(DraftContent("T", "", body, "", counted=(body, 42)))
    assert store.drafts.get(session.id).word_count == 42
    longer = body + " Six seven."
    session.changed()
    session.save(DraftContent("T", "", longer, "", counted=(body, 42)))
    assert store.drafts.get(session.id).word_count == 7
    store.close()


def test_a_deleted_database_folder_is_a_failed_save_not_a_silent_loss(
    workspace, database_path, clock
) -> None:
    session = workspace.open_draft(workspace.create_draft())
    session.changed()
    assert session.save(_content("Stored while the folder was there.")).saved
    shutil.rmtree(database_path.parent)  # the folder is deleted while the app is open
    session.changed()
    outcome = session.save(_content("Typed after the folder went away."))
    assert not outcome.saved
    assert outcome.message == MOVED
    assert session.dirty
    assert session.last_failure == MOVED
    assert outcome.retry_in is not None
    # Every other write is refused the same way, never stored into the deleted file.
    with pytest.raises(DatabaseMovedError):
        session.set_tags(["Writing"])
    clock.advance(outcome.retry_in)
    assert not session.save(_content("Typed after the folder went away.")).saved


def test_a_database_moved_away_and_back_saves_again(workspace, database_path, clock) -> None:
    session = workspace.open_draft(workspace.create_draft())
    folder = database_path.parent
    away = folder.with_name("moved-away")
    folder.rename(away)
    session.changed()
    outcome = session.save(_content("Kept once the folder is back."))
    assert not outcome.saved
    assert outcome.message == MOVED
    away.rename(folder)  # the same file at its path again: the retry stores the text
    clock.advance(outcome.retry_in)
    assert session.save(_content("Kept once the folder is back.")).saved
    assert not session.dirty
    assert _stored_body(database_path, session.id) == "Kept once the folder is back."


def test_a_database_file_replaced_by_another_is_not_written(
    workspace, database_path, tmp_path
) -> None:
    session = workspace.open_draft(workspace.create_draft())
    # The path now names another file (a copy put in its place): writing on to the file
    # opened would store the text where no one will find it.
    shutil.copy(database_path, tmp_path / "copy.sqlite")
    database_path.unlink()
    shutil.copy(tmp_path / "copy.sqlite", database_path)
    session.changed()
    outcome = session.save(_content("Not into the file that was replaced."))
    assert not outcome.saved
    assert outcome.message == MOVED
    assert _stored_body(database_path, session.id) == ""


def test_a_saved_draft_whose_database_is_deleted_is_unsaved_again(
    workspace, database_path, clock
) -> None:
    session = workspace.open_draft(workspace.create_draft())
    session.changed()
    assert session.save(_content("Everything stored.")).saved
    shutil.rmtree(database_path.parent)
    # Nothing typed since, but what was stored is gone: the window must not say "Saved".
    outcome = session.save(_content("Everything stored."))
    assert not outcome.saved
    assert outcome.message == MOVED
    assert session.dirty
