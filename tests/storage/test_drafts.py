"""Drafts and revisions in a real SQLite file."""

from __future__ import annotations

import pytest

from app.storage.drafts import DraftNotFoundError
from app.storage.store import open_store


def test_round_trip_survives_reopening(store, database_path) -> None:
    draft = store.drafts.create(title="Héllo 👋", subtitle="Sub", body="# Body\n\nText 漢字")
    store.drafts.save(draft.id, keyphrase="remote work", cursor_position=7, word_count=3)
    store.close()
    reopened = open_store(database_path)
    try:
        record = reopened.drafts.get(draft.id)
        assert (record.title, record.subtitle, record.body) == ("Héllo 👋", "Sub", draft.body)
        assert (record.keyphrase, record.cursor_position, record.word_count) == (
            "remote work",
            7,
            3,
        )
    finally:
        reopened.close()


def test_save_rejects_unknown_fields(store) -> None:
    draft = store.drafts.create()
    with pytest.raises(ValueError, match="not editable"):
        store.drafts.save(draft.id, id="5")


def test_saving_only_the_cursor_keeps_the_edit_time(store) -> None:
    draft = store.drafts.create(body="x")
    moved = store.drafts.save(draft.id, cursor_position=1)
    assert moved.updated_at == draft.updated_at
    edited = store.drafts.save(draft.id, body="y")
    assert edited.updated_at >= draft.updated_at


def test_list_orders_by_last_edit_and_trash_is_separate(store) -> None:
    first = store.drafts.create(title="First")
    second = store.drafts.create(title="Second")
    store.drafts.save(first.id, body="edited later")
    assert [d.title for d in store.drafts.list()] == ["First", "Second"]
    store.drafts.trash(first.id)
    assert [d.title for d in store.drafts.list()] == ["Second"]
    assert [d.title for d in store.drafts.list(trashed=True)] == ["First"]
    store.drafts.restore(first.id)
    assert {d.id for d in store.drafts.list()} == {first.id, second.id}


def test_missing_draft_raises(store) -> None:
    with pytest.raises(DraftNotFoundError):
        store.drafts.get(999)
    assert store.drafts.find(999) is None


def test_snapshots_skip_unchanged_text(store) -> None:
    draft = store.drafts.create(title="T", body="one")
    assert store.drafts.snapshot(draft.id) is not None
    assert store.drafts.snapshot(draft.id) is None
    store.drafts.save(draft.id, body="two")
    assert store.drafts.snapshot(draft.id) is not None
    assert [r.body for r in store.drafts.revisions(draft.id)] == ["two", "one"]


def test_a_corrected_word_count_reaches_the_revision_of_the_same_text(store) -> None:
    draft = store.drafts.create(title="T", body="one two")
    store.drafts.save(draft.id, body="one two three", word_count=2)  # counted before the edit
    store.drafts.snapshot(draft.id)
    store.drafts.save(draft.id, word_count=3)  # the analysis caught up
    assert [r.word_count for r in store.drafts.revisions(draft.id)] == [3]
    store.drafts.save(draft.id, body="one two three four", word_count=3)
    store.drafts.save(draft.id, word_count=4)  # a newer text: the revision keeps its own count
    assert [r.word_count for r in store.drafts.revisions(draft.id)] == [3]


def test_huge_draft_round_trips(store) -> None:
    body = "A sentence that repeats. " * 40_000
    draft = store.drafts.create(body=body)
    assert store.drafts.get(draft.id).body == body


def test_a_save_based_on_an_older_version_is_refused(store) -> None:
    from app.storage.drafts import StaleDraftError

    loaded = store.drafts.create(title="T")
    newer = store.drafts.save(loaded.id, body="newer", expected_updated_at=loaded.updated_at)
    with pytest.raises(StaleDraftError):
        store.drafts.save(loaded.id, body="stale", expected_updated_at=loaded.updated_at)
    assert store.drafts.get(loaded.id).body == "newer"
    store.drafts.save(loaded.id, body="fresh", expected_updated_at=newer.updated_at)
    assert store.drafts.get(loaded.id).body == "fresh"


def test_a_refused_version_can_be_kept_as_a_revision(store) -> None:
    draft = store.drafts.create()
    kept = store.drafts.keep_revision(draft.id, title="Mine", subtitle="", body="my words")
    assert [revision.id for revision in store.drafts.revisions(draft.id)] == [kept.id]
    assert store.drafts.get(draft.id).body == ""


def test_copies_match_title_subtitle_and_text_exactly_outside_the_trash(store) -> None:
    kept = store.drafts.create(title="Kept", subtitle="For UK readers", body="The same words.")
    trashed = store.drafts.create(title="Trashed", body="Words in the trash.")
    store.drafts.trash(trashed.id)
    assert store.drafts.copies(
        [
            ("Kept", "For UK readers", "The same words."),
            ("Kept", "For UK readers", "The same words, edited."),
            ("Kept", "For US readers", "The same words."),
            ("kept", "For UK readers", "The same words."),
            ("Trashed", "", "Words in the trash."),
        ]
    ) == [kept.id, None, None, None, None]
    assert store.drafts.copies([]) == []
