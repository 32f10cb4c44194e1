"""A database as an older version of Clapwise left it: the migrations up to one revision."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine


def migrated_to(path: Path, revision: str) -> None:
    """Build the database at ``path`` (and its folder) with the migrations up to ``revision``."""
    from alembic import command

    from app.storage.database import _alembic_config

    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    config = _alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
