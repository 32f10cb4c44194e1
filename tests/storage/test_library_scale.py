"""The drafts list and search at library scale: covering indexes, ranked and limited
search with snippets, the 0004 migration keeping every row."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from alembic import command

from app.storage.database import _alembic_config
from app.storage.store import open_store


def _plan(path: Path, sql: str) -> str:
    with sqlite3.connect(path) as connection:
        return " ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}"))


def test_listing_reads_a_covering_index_not_the_bodies(store) -> None:
    store.drafts.create(title="One", body="word " * 500)
    plan = _plan(
        store.path,
        "SELECT id, title, word_count, status, updated_at, deleted_at FROM drafts "
        "WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC",
    )
    assert "COVERING INDEX ix_drafts_listing" in plan
    assert "TEMP B-TREE" not in plan


def test_search_is_limited_ranked_and_has_snippets(store) -> None:
    for number in range(8):
        store.drafts.create(title=f"Note {number}", body=f"Plain text {number} about the sea.")
    store.drafts.create(title="The sea", body="All about the sea, the sea and the shore.")
    results = store.drafts.search("sea", limit=3)
    assert len(results) == 3
    assert results[0].title == "The sea"
    assert "shore" in results[0].snippet


def test_a_decomposed_accent_finds_the_composed_word_and_back(store) -> None:
    store.drafts.create(title="Composed", body="A naïve plan.")
    store.drafts.create(title="Decomposed", body="A nai\u0308ve idea.")
    expected = {"Composed", "Decomposed"}
    assert {d.title for d in store.drafts.search("nai\u0308ve")} == expected
    assert {d.title for d in store.drafts.search("naïve")} == expected
    assert {d.title for d in store.drafts.search("naive")} == expected


def test_no_word_past_the_twelfth_is_dropped(store) -> None:
    words = [f"word{number}" for number in range(14)]
    store.drafts.create(title="All", body=" ".join(words))
    store.drafts.create(title="Twelve", body=" ".join(words[:12]))
    assert [d.title for d in store.drafts.search(" ".join(words))] == ["All"]


def test_a_query_of_only_symbols_lists_nothing(store) -> None:
    store.drafts.create(title="Something", body="Text.")
    for query in ("\ue000\ue001", "!!! ???", "😀", "— …"):
        assert store.drafts.search(query) == []
    assert [d.title for d in store.drafts.search("")] == ["Something"]


def test_summary_is_the_list_row_of_one_draft(store) -> None:
    draft = store.drafts.create(title="Row", body="a b c")
    store.drafts.save(draft.id, body="a b c d", word_count=4)
    assert store.drafts.summary(draft.id) == store.drafts.list()[0]
    assert store.drafts.summary(draft.id + 100) is None


def test_migrating_from_0003_keeps_every_row_and_search_works(database_path: Path) -> None:
    open_store(database_path).close()
    config = _alembic_config()
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{database_path}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    engine.dispose()
    with sqlite3.connect(database_path) as connection:
        connection.executemany(
            "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status, canonical_url,"
            " cursor_position, word_count, created_at, updated_at) VALUES (?, '', ?, '', 'essay',"
            " 'draft', '', 0, 2, '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            [(f"Old {number}", f"kept body {number}") for number in range(30)],
        )
    store = open_store(database_path)
    try:
        assert len(store.drafts.list()) == 30
        assert [d.title for d in store.drafts.search("body 7")] == ["Old 7"]
        assert len(store.drafts.search("ke")) == 30  # a short prefix, through the prefix index
    finally:
        store.close()


def test_copies_are_found_by_title_in_the_index_and_only_matching_texts_are_read(
    store,
) -> None:
    with sqlite3.connect(store.path) as connection:
        connection.executemany(
            "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status, word_count, "
            "cursor_position, canonical_url, created_at, updated_at) "
            "VALUES (?, '', ?, '', 'essay', 'draft', 0, 0, '', '2024-01-01', '2024-01-01')",
            [(f"Post {number}", f"Body {number}. " * 400) for number in range(5_000)],
        )
    plan = _plan(
        store.path, "SELECT id, title FROM drafts WHERE deleted_at IS NULL AND title IN ('a')"
    )
    assert "COVERING INDEX" in plan  # no body is read to find the titles
    posts = [(f"Post {number}", "", f"Body {number}. " * 400) for number in range(0, 5_000, 50)]
    posts.append(("Post 7", "", "Another text under a title already used."))
    posts.append(("A new post", "", "Body 1. "))
    started = time.perf_counter()
    found = store.drafts.copies(posts)
    assert time.perf_counter() - started < 0.5  # a folder of 102 posts against 5,000 drafts
    assert all(draft_id is not None for draft_id in found[:-2])
    assert found[-2:] == [None, None]
