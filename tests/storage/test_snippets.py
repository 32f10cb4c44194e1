"""Promotion snippets in a real SQLite file: saved per draft and network, kept on reopening."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.storage.database import open_database
from app.storage.models import Base
from app.storage.snippets import NETWORKS
from app.storage.store import open_store


def test_saved_texts_come_back_per_draft(store) -> None:
    first = store.drafts.create(title="First")
    second = store.drafts.create(title="Second")
    store.snippets.save(first.id, "x", "A post for X")
    store.snippets.save(first.id, "newsletter", "A blurb")
    store.snippets.save(second.id, "x", "Another post")
    assert store.snippets.get(first.id) == {"x": "A post for X", "newsletter": "A blurb"}
    assert store.snippets.get(second.id) == {"x": "Another post"}
    assert store.snippets.get(9999) == {}


def test_saving_again_replaces_the_text(store) -> None:
    draft = store.drafts.create()
    store.snippets.save(draft.id, "linkedin", "Old")
    store.snippets.save(draft.id, "linkedin", "New 🎉 text")
    assert store.snippets.get(draft.id) == {"linkedin": "New 🎉 text"}


def test_delete_forgets_one_network(store) -> None:
    draft = store.drafts.create()
    for network in NETWORKS:
        store.snippets.save(draft.id, network, network.upper())
    store.snippets.delete(draft.id, "facebook")
    assert set(store.snippets.get(draft.id)) == set(NETWORKS) - {"facebook"}


def test_unknown_network_is_refused(store) -> None:
    draft = store.drafts.create()
    with pytest.raises(ValueError, match="unknown network"):
        store.snippets.save(draft.id, "myspace", "text")


def test_texts_survive_closing_and_reopening(database_path: Path) -> None:
    opened = open_store(database_path)
    draft = opened.drafts.create(title="Keep me")
    opened.snippets.save(draft.id, "x", "Still here")
    opened.close()
    reopened = open_store(database_path)
    try:
        assert reopened.snippets.get(draft.id) == {"x": "Still here"}
    finally:
        reopened.close()


def test_deleting_a_draft_deletes_its_texts(store) -> None:
    draft = store.drafts.create()
    store.snippets.save(draft.id, "x", "Gone soon")
    with store.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM drafts WHERE id = :id"), {"id": draft.id})
    assert store.snippets.get(draft.id) == {}


def test_migration_matches_the_model(database_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    database = open_database(database_path)
    try:
        with database.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = compare_metadata(context, Base.metadata)
    finally:
        database.close()
    mine = [diff for diff in differences if "promotion_snippets" in repr(diff)]
    assert mine == []


def test_a_database_from_the_previous_version_is_upgraded(database_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from app.storage.database import MIGRATIONS_DIR

    database_path.parent.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{database_path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(
            text(
                "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status, "
                "canonical_url, cursor_position, word_count, created_at, updated_at) VALUES "
                "('Old', '', '', '', 'essay', 'draft', '', 0, 0, '2026-01-01', '2026-01-01')"
            )
        )
        draft_id = connection.execute(text("SELECT max(id) FROM drafts")).scalar_one()
    engine.dispose()

    upgraded = open_store(database_path)
    try:
        assert upgraded.database.backup_path is not None
        assert upgraded.drafts.get(draft_id).title == "Old"
        upgraded.snippets.save(draft_id, "x", "After the upgrade")
        assert upgraded.snippets.get(draft_id) == {"x": "After the upgrade"}
    finally:
        upgraded.close()
