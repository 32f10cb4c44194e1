"""Opening databases: migrations, backups before upgrades, damaged and foreign files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from app.storage.database import MIGRATIONS_DIR, DatabaseError, open_database, set_aside
from app.storage.schema import SCHEMA_REVISION
from app.storage.store import open_store
from tests.storage.older_schema import migrated_to
from tests.unprivileged import Child, read_only_folder, shared_folder, unprivileged_child


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
    migrated_to(database_path, "0002")
    with sqlite3.connect(database_path) as connection:
        connection.execute(
            "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status, canonical_url,"
            " cursor_position, word_count, created_at, updated_at) VALUES ('Old story', '',"
            " 'Written before search existed.', '', 'essay', 'draft', '', 0, 4,"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
        connection.execute(
            "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status, canonical_url,"
            " cursor_position, word_count, created_at, updated_at) VALUES ('Imported', '',"
            " '---' || char(10) || 'layout: post' || char(10) || '---' || char(10) || 'Kept.',"
            " '', 'essay', 'draft', '', 0, 1, '2026-01-02 00:00:00', '2026-01-02 00:00:00')"
        )
    connection.close()

    store = open_store(database_path)
    try:
        assert store.database.backup_path is not None
        assert store.database.backup_path.exists()
        assert [d.title for d in store.drafts.search("search existed")] == ["Old story"]
        assert [d.title for d in store.drafts.search("kept")] == ["Imported"]
        assert store.drafts.search("layout") == []  # the index was rebuilt from the story
        # Nothing tells whether an older draft was begun empty: its first count is its start.
        assert [point.words for point in store.schedule.word_counts()] == [4, 1]
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


def test_a_new_database_waits_for_another_program_to_switch_it_to_wal(
    database_path: Path,
) -> None:
    import threading

    store = open_store(database_path)  # created, not yet switched: no connection so far
    holding = threading.Event()

    def hold_the_write_lock_briefly() -> None:
        other = sqlite3.connect(database_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        holding.set()
        threading.Event().wait(0.3)
        other.execute("COMMIT")
        other.close()

    holder = threading.Thread(target=hold_the_write_lock_briefly)
    holder.start()
    holding.wait()
    try:
        draft = store.drafts.create(title="Waited", body="Saved once the other let go.")
    finally:
        holder.join()
    assert store.drafts.get(draft.id).title == "Waited"
    with store.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.close()


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


OPEN_AND_TELL = """
import json, sys
from pathlib import Path
from app.storage.database import DatabaseError, open_database
try:
    open_database(Path(sys.argv[1])).close()
    print(json.dumps({"opened": True}))
except DatabaseError as error:
    print(json.dumps({"message": str(error), "read_only": error.read_only,
                      "damaged": error.damaged, "locked": error.locked}))
"""


def _open_as(child: Child, path: Path) -> dict[str, object]:
    result = child.python(OPEN_AND_TELL, str(path))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _fresh_database(child: Child, folder: Path) -> Path:
    """A new database in ``folder``, the file and folder the child user's."""
    folder.mkdir()
    database_path = folder / "clapwise.sqlite"
    open_store(database_path).close()
    for path in (*folder.iterdir(), folder):
        child.owns(path)
    return database_path


def test_a_read_only_file_or_folder_is_reported_as_read_only() -> None:
    child = unprivileged_child()
    with shared_folder() as shared:
        read_only_file = _fresh_database(child, shared / "file")
        read_only_file.chmod(0o444)
        told = _open_as(child, read_only_file)
        assert told["read_only"] is True, told
        assert "read-only" in str(told["message"])
        assert told["damaged"] is False

        in_read_only_folder = _fresh_database(child, shared / "folder")
        in_read_only_folder.parent.chmod(0o555)
        told = _open_as(child, in_read_only_folder)
        assert told["read_only"] is True, told
        assert told["damaged"] is False

        in_read_only_folder.parent.chmod(0o755)
        assert _open_as(child, in_read_only_folder) == {"opened": True}


def test_a_new_database_in_a_read_only_folder_is_reported_as_read_only() -> None:
    child = unprivileged_child()
    with read_only_folder(child) as folder:
        told = _open_as(child, folder / "new.sqlite")
        assert told["read_only"] is True, told
        assert "read-only" in str(told["message"])
        assert not (folder / "new.sqlite").exists()
        folder.chmod(0o755)
        assert _open_as(child, folder / "new.sqlite") == {"opened": True}
