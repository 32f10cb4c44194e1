"""Write ``app/storage/migrations/head_schema.sql``: the schema the migrations build.

    python -m tools.derive_schema

Run it after adding a migration; ``tests/storage/test_head_schema.py`` fails until then.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from sqlalchemy import create_engine

from app.storage.database import migrate_to_head
from app.storage.head_schema import HEAD_SCHEMA, schema_script


def migrated_schema() -> str:
    """``head_schema.sql``'s text, from a new database that every migration ran on."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "migrated.sqlite"
        engine = create_engine(f"sqlite:///{path}")
        try:
            migrate_to_head(engine)
        finally:
            engine.dispose()
        connection = sqlite3.connect(path)
        try:
            return schema_script(connection)
        finally:
            connection.close()


def main() -> int:
    HEAD_SCHEMA.write_text(migrated_schema(), encoding="utf-8")
    print(f"wrote {HEAD_SCHEMA}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
