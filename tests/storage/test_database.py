"""Opening databases: migrations, backups before upgrades, damaged and foreign files."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from app.storage.database import MIGRATIONS_DIR, DatabaseError, open_database, set_aside
from app.storage.schema import SCHEMA_REVISION
from app.storage.store import open_store


def test_schema_revision_is_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


def test_new_database_uses_wal_and_foreign_keys(database_path: Path) -> None:
    database = open_database(database_path)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()


def test_database_from_a_newer_version_is_refused_untouched(database_path: Path) -> None:
    open_store(database_path).close()
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    before = database_path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version of Clapwise"):
        open_database(database_path)
    assert database_path.read_bytes() == before


def test_backup_copies_the_live_database(store) -> None:
    from app.storage.database import backup

    store.drafts.create(title="Keep me")
    copy = backup(store.path, "test")
    with sqlite3.connect(copy) as connection:
        titles = [row[0] for row in connection.execute("SELECT title FROM drafts")]
    assert titles == ["Keep me"]


def test_damaged_file_is_reported_and_can_be_set_aside(database_path: Path) -> None:
    database_path.parent.mkdir(parents=True)
    database_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(DatabaseError) as caught:
        open_database(database_path)
    assert caught.value.damaged
    kept = set_aside(database_path)
    assert kept.exists()
    assert not database_path.exists()
    open_store(database_path).close()


def test_a_folder_or_a_foreign_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    with pytest.raises(DatabaseError, match="not a Clapwise database"):
        open_database(foreign)


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("just some notes, not a database at all " * 100)
    with pytest.raises(DatabaseError) as caught:
        open_database(bogus)
    assert caught.value.damaged


def test_an_older_database_is_backed_up_then_upgraded(database_path: Path) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from app.storage.database import _alembic_config

    database_path.parent.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{database_path}")
    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        connection.exec_driver_sql(
            "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status, canonical_url,"
            " cursor_position, word_count, created_at, updated_at) VALUES ('Old story', '',"
            " 'Written before search existed.', '', 'essay', 'draft', '', 0, 4,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()

    store = open_store(database_path)
    try:
        assert store.database.backup_path is not None
        assert store.database.backup_path.exists()
        assert [d.title for d in store.drafts.search("search existed")] == ["Old story"]
    finally:
        store.close()
    with sqlite3.connect(database_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            SCHEMA_REVISION,
        )


def test_a_database_locked_by_another_program_is_reported_as_locked(database_path: Path) -> None:
    open_store(database_path).close()
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="in use by another program") as raised:
            open_database(database_path, busy_timeout_ms=50)
        assert raised.value.locked
        assert not raised.value.damaged
    finally:
        other.execute("ROLLBACK")
        other.close()
    open_database(database_path, busy_timeout_ms=50).close()  # free again: it opens


def test_a_short_busy_timeout_bounds_each_wait(database_path: Path) -> None:
    import time

    store = open_store(database_path, busy_timeout_ms=50)
    draft = store.drafts.create()
    other = sqlite3.connect(database_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        started = time.perf_counter()
        with pytest.raises(Exception, match="locked"):
            store.drafts.save(draft.id, body="text")
        assert time.perf_counter() - started < 0.5
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to read-only files")
def test_a_read_only_file_or_folder_is_reported_as_read_only(database_path: Path) -> None:
    open_store(database_path).close()
    folder = database_path.parent
    try:
        database_path.chmod(0o444)
        with pytest.raises(DatabaseError, match="read-only") as raised:
            open_database(database_path)
        assert raised.value.read_only
        assert not raised.value.damaged
        database_path.chmod(0o644)
        folder.chmod(0o555)
        with pytest.raises(DatabaseError, match="read-only") as raised:
            open_database(database_path)
        assert not raised.value.damaged
    finally:
        folder.chmod(0o755)
        database_path.chmod(0o644)
