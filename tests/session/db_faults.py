"""Database faults for tests: a lock held by another program, a disk that is full."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event


@contextmanager
def locked(database_path: Path) -> Iterator[None]:
    """Another program holds the database's write lock."""
    other = sqlite3.connect(database_path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def fill_database(store) -> None:
    """Every new connection of ``store`` may not grow the file: the disk is "full"."""
    engine = store.database.engine

    def limit(connection, _record) -> None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(engine, "connect", limit)
    engine.dispose()
