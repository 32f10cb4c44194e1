"""A new database in one script: the schema the migrations build, without running them.

For an empty database the migrations always build the same schema, but running them imports
Alembic, Mako and Pygments: about 150 modules, 0.2 s of a writer's first start and 11 MiB
kept for the whole session. ``migrations/head_schema.sql`` is that schema, dumped from a
database the migrations built (``python -m tools.derive_schema``), and a new database is
created from it. A test builds one database each way and compares them. Existing databases
are still upgraded by the migrations.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

HEAD_SCHEMA = Path(__file__).resolve().parent / "migrations" / "head_schema.sql"
HEADER = "-- The schema at the newest migration. Written by `python -m tools.derive_schema`.\n"

# The tables SQLite makes for an FTS5 table itself, named after it.
_FTS5_SHADOWS = ("_data", "_idx", "_content", "_docsize", "_config")
_KIND_ORDER = {"index": 0, "trigger": 1, "view": 2}


def schema_statements(connection: sqlite3.Connection) -> list[str]:
    """The statements that build ``connection``'s schema and record its Alembic revision:
    tables in the order they were made, then indexes, triggers and views by name (the order
    a migration made those in can vary). SQLite's own tables and indexes are left out: SQLite
    makes them again with the tables they belong to."""
    rows = connection.execute(
        "SELECT type, name, sql FROM sqlite_master"
        " WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    virtual = {name for kind, name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")}
    shadows = {table + suffix for table in virtual for suffix in _FTS5_SHADOWS}
    kept = [(kind, name, sql) for kind, name, sql in rows if name not in shadows]
    tables = [sql for kind, _name, sql in kept if kind == "table"]
    others = sorted((_KIND_ORDER[kind], name, sql) for kind, name, sql in kept if kind != "table")
    statements = [f"{sql};" for sql in tables] + [f"{sql};" for *_key, sql in others]
    for (revision,) in connection.execute("SELECT version_num FROM alembic_version"):
        statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}');")
    return statements


def schema_script(connection: sqlite3.Connection) -> str:
    """``head_schema.sql``'s text for the database behind ``connection``."""
    return HEADER + "\n".join(schema_statements(connection)) + "\n"


def _statements(script: str) -> list[str]:
    """The script's statements, whole: a trigger's body holds semicolons of its own."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        if not pending and line.startswith("--"):
            continue
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    return statements


def create_at_head(path: Path, *, timeout: float = 5.0) -> None:
    """Build the newest schema in the new, empty database at ``path``, in one transaction.

    Two programs may create the same new database at once: the second waits for the first
    (up to ``timeout`` seconds), then finds the schema there and leaves it be.
    """
    statements = _statements(HEAD_SCHEMA.read_text(encoding="utf-8"))
    connection = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        try:
            if connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0:
                for statement in statements:
                    connection.execute(statement)
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
    finally:
        connection.close()
