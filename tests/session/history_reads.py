"""Watching which statements read the tag history, on the real database engine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

_NEWEST_EVENT = "SELECT max(tag_events.id) AS max_1 \nFROM tag_events"


@contextmanager
def history_reads(store) -> Iterator[list[str]]:
    """The statements that read the tag history (tag_events) while the block runs; a look at
    the newest event's id (one index lookup, to notice another program's writes) is none."""
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        reads = statement.lstrip().upper().startswith("SELECT") and "tag_events" in statement
        if reads and statement.strip() != _NEWEST_EVENT:
            seen.append(statement)

    event.listen(store.database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(store.database.engine, "before_cursor_execute", record)
