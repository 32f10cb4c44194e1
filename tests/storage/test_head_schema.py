"""New databases: built from the head schema, the same as the migrations build, without Alembic."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine

from app.storage.database import migrate_to_head, open_database
from app.storage.head_schema import HEAD_SCHEMA
from app.storage.schema import SCHEMA_REVISION
from tools.derive_schema import migrated_schema

ROOT = Path(__file__).resolve().parents[2]


def _everything(path: Path) -> tuple[list[tuple[str, ...]], list[tuple[object, ...]]]:
    """Every schema entry (SQLite's own and FTS5's tables included) and the FTS5 settings."""
    connection = sqlite3.connect(path)
    try:
        entries = connection.execute(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
            " WHERE name != 'sqlite_stat1' ORDER BY type, name"
        ).fetchall()
        settings = connection.execute("SELECT * FROM drafts_fts_config ORDER BY k").fetchall()
        return entries, settings
    finally:
        connection.close()


def test_the_head_schema_file_is_what_the_migrations_build() -> None:
    # After a new migration: python -m tools.derive_schema
    assert HEAD_SCHEMA.read_text(encoding="utf-8") == migrated_schema()
    assert f"VALUES ('{SCHEMA_REVISION}')" in HEAD_SCHEMA.read_text(encoding="utf-8")


def test_a_new_database_equals_one_the_migrations_built(tmp_path: Path) -> None:
    migrated = tmp_path / "migrated.sqlite"
    engine = create_engine(f"sqlite:///{migrated}")
    migrate_to_head(engine)
    engine.dispose()
    created = tmp_path / "created.sqlite"
    open_database(created).close()

    assert _everything(created) == _everything(migrated)
    with sqlite3.connect(created) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (SCHEMA_REVISION,)
        ]


def test_a_first_start_creates_the_database_without_importing_alembic(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from app.storage.store import open_store\n"
        "store = open_store(sys.argv[1])\n"
        "draft = store.drafts.create(title='First', body='A story about gardens.')\n"
        "print([d.title for d in store.drafts.search('gardens')], 'alembic' in sys.modules)\n"
        "store.close()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "new" / "clapwise.sqlite")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == ["['First']", "False"]


def test_programs_creating_the_same_new_database_at_once_all_open_it(tmp_path: Path) -> None:
    path = tmp_path / "together" / "clapwise.sqlite"
    script = (
        "import sys, time\n"
        "from app.storage.store import open_store\n"
        "time.sleep(max(0.0, float(sys.argv[2]) - time.time()))\n"
        "store = open_store(sys.argv[1])\n"
        "store.drafts.create(title='From a program', body='Side by side.')\n"
        "store.close()\n"
    )
    start = str(time.time() + 3.0)  # every process past its imports, then all at once
    programs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), start],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = [program.communicate(timeout=60) for program in programs]
    assert [program.returncode for program in programs] == [0, 0, 0, 0], outcomes
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM drafts").fetchone() == (4,)
