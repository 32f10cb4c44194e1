"""What the database file holds for a draft, read with plain sqlite3 beside the window's own
connection: what a crash would leave."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

_COLUMNS = frozenset({"body", "cursor_position", "word_count"})


def stored(database_path: Path, draft_id: int, column: str) -> Any:
    """The draft's ``column`` as stored now."""
    if column not in _COLUMNS:
        raise ValueError(column)
    connection = sqlite3.connect(database_path)
    try:
        query = f"SELECT {column} FROM drafts WHERE id = ?"
        return connection.execute(query, (draft_id,)).fetchone()[0]
    finally:
        connection.close()
