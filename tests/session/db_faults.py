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


@contextmanager
def shut_out(store, database_path: Path) -> Iterator[None]:
    """Another program holds the database alone (SQLite's exclusive locking mode): even a
    read of ``store`` answers "database is locked". Such a program can only start while no
    one else has the file open, so ``store``'s idle connections are closed first."""
    store.database.engine.dispose()
    other = sqlite3.connect(database_path, isolation_level=None, timeout=0)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()
