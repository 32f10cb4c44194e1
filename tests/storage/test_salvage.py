"""A damaged database gives back every draft it can still read, with its tags and revisions."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.storage.database import DatabaseError, open_database, set_aside
from app.storage.salvage import salvage
from app.storage.store import open_store
from tests.storage.damaged import DRAFT_COUNT, damage_middle_of, has_dbstat, write_drafts

pytestmark = pytest.mark.skipif(not has_dbstat(), reason="this SQLite has no dbstat table")


def test_the_readable_drafts_come_back_whole_past_the_damaged_pages(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    written = write_drafts(database_path)
    damage_middle_of(database_path)
    with pytest.raises(DatabaseError) as caught:
        open_database(database_path)
    assert caught.value.damaged
    kept = set_aside(database_path)
    store = open_store(database_path)
    try:
        found = salvage(kept, database_path)
        back = {draft.id: draft for draft in store.drafts.list()}
        assert found.drafts_recovered == len(back)
        assert 0 < found.drafts_lost < DRAFT_COUNT / 2
        assert found.drafts_recovered + found.drafts_lost == DRAFT_COUNT
        assert max(back) == max(written)  # the drafts after the bad pages came back too
        rebuilt = 0
        for draft_id in back:
            record = store.drafts.get(draft_id)
            expected = written[draft_id]
            assert [rev.body for rev in store.drafts.revisions(draft_id)] == (
                expected.revision_bodies
            )
            assert store.tags.draft_tags(draft_id) == expected.tags
            if record.body != expected.body:
                # Its row was on a bad page: its newest revision stands in for it.
                rebuilt += 1
                assert record.body == expected.revision_bodies[-1]
                assert (record.title, record.subtitle) == (expected.title, expected.subtitle)
                continue
            assert (record.title, record.subtitle, record.keyphrase) == (
                expected.title,
                expected.subtitle,
                expected.keyphrase,
            )
        assert found.drafts_from_revisions == rebuilt > 0
        # The search index is built again for the drafts that came back.
        assert {hit.id for hit in store.drafts.search("worth keeping")} == set(back)
    finally:
        store.close()


def test_a_lost_draft_with_revisions_is_rebuilt_from_the_newest(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    with closing(open_store(database_path)) as store:
        draft = store.drafts.create(title="Kept in revisions")
        store.drafts.save(draft.id, body="The first version.")
        store.drafts.snapshot(draft.id)
        store.drafts.save(
            draft.id, body="The second version, longer.", subtitle="Now subtitled", word_count=4
        )
        store.drafts.snapshot(draft.id)
        store.drafts.save(draft.id, body="The third version, never kept as a revision.")
        store.tags.set_draft_tags(draft.id, ["Gardening"])
        store.headlines.add(draft.id, "A headline idea")
    with closing(sqlite3.connect(database_path)) as connection, connection:
        # The draft's row is gone, as a bad page would take it; its revisions stay.
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DELETE FROM drafts")
    kept = set_aside(database_path)
    with closing(open_store(database_path)) as store:
        found = salvage(kept, database_path)
        assert (found.drafts_recovered, found.drafts_lost, found.drafts_from_revisions) == (1, 0, 1)
        (back,) = store.drafts.list()
        record = store.drafts.get(back.id)
        assert back.id == draft.id
        assert (record.title, record.subtitle, record.body) == (
            "Kept in revisions",
            "Now subtitled",
            "The second version, longer.",
        )
        assert record.word_count == 4
        assert store.tags.draft_tags(back.id) == ["Gardening"]
        assert [c.text for c in store.headlines.candidates(back.id)] == ["A headline idea"]
        assert [hit.id for hit in store.drafts.search("longer")] == [back.id]


def test_tag_history_of_a_lost_draft_stays_without_its_link(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    write_drafts(database_path)
    damage_middle_of(database_path)
    kept = set_aside(database_path)
    open_store(database_path).close()
    salvage(kept, database_path)
    with sqlite3.connect(database_path) as connection:
        drafts = {row[0] for row in connection.execute("SELECT id FROM drafts")}
        events = connection.execute("SELECT draft_id, draft_title FROM tag_events").fetchall()
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        healthy = connection.execute("PRAGMA integrity_check").fetchone()[0]
    connection.close()
    assert len(events) == 2 * DRAFT_COUNT  # every "applied" event, lost drafts' too
    assert any(draft_id is None for draft_id, _title in events)
    assert all(draft_id is None or draft_id in drafts for draft_id, _title in events)
    assert problems == []
    assert healthy == "ok"


def test_tags_on_a_damaged_page_come_back_from_the_tag_history(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    written = write_drafts(database_path)
    damage_middle_of(database_path, "draft_tags")
    kept = set_aside(database_path)
    store = open_store(database_path)
    try:
        assert salvage(kept, database_path).drafts_recovered == DRAFT_COUNT
        assert {draft_id: store.tags.draft_tags(draft_id) for draft_id in written} == {
            draft_id: draft.tags for draft_id, draft in written.items()
        }
    finally:
        store.close()


def test_a_lost_draft_in_the_trash_comes_back_in_the_trash(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    written = write_drafts(database_path)
    with closing(open_store(database_path)) as store:
        trashed = {draft_id for draft_id in written if store.drafts.revisions(draft_id)}
        for draft_id in trashed:
            store.drafts.trash(draft_id)
    damage_middle_of(database_path)
    kept = set_aside(database_path)
    with closing(open_store(database_path)) as store:
        found = salvage(kept, database_path)
        assert found.drafts_from_revisions > 0
        in_trash = {draft.id for draft in store.drafts.list(trashed=True)}
        live = {draft.id for draft in store.drafts.list()}
        assert trashed >= in_trash  # nothing the writer kept went to the trash
        assert not trashed & live  # and nothing binned came back to the list
        rebuilt = [i for i in in_trash if store.drafts.get(i).body != written[i].body]
        assert len(rebuilt) == found.drafts_from_revisions
        assert all(store.drafts.get(i).keyphrase == "words" for i in rebuilt)
