"""Turning a storage failure into one plain sentence a writer can act on.

The sentence never contains SQL or the draft's text; the traceback goes to the log instead.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import SQLAlchemyError

from app.storage.database import DatabaseMovedError

#: What a database that cannot be written or read raises: a locked or damaged file, a full
#: disk, a file moved away (a bug raises something else, and is no "could not store").
STORAGE_ERRORS: tuple[type[Exception], ...] = (
    SQLAlchemyError,
    sqlite3.Error,
    OSError,
    DatabaseMovedError,
)

LOCKED = "The database is in use by another program, so Clapwise could not save."
FULL = "The disk is full, so Clapwise could not save."
READ_ONLY = "The database cannot be written (it is read-only), so Clapwise could not save."
DAMAGED = "The database file is damaged, so Clapwise could not save."
MOVED = "The database file was moved or deleted, so Clapwise could not save."
UNKNOWN = "Clapwise could not save because of an unexpected storage error."


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


CAUSES = {
    LOCKED: "the database is in use by another program",
    FULL: "the disk is full",
    READ_ONLY: "the database is read-only",
    DAMAGED: "the database file is damaged",
    MOVED: "the database file was moved or deleted",
    UNKNOWN: "of an unexpected storage error",
}


def not_stored(what: str, error: BaseException) -> str:
    """One sentence for a change that could not be stored, e.g. "your tags"."""
    return f"Clapwise could not store {what}{_because(error)}."


def not_read(what: str, error: BaseException) -> str:
    """One sentence for something that could not be read, e.g. "your plan"."""
    return f"Clapwise could not read {what}{_because(error)}."


def _because(error: BaseException) -> str:
    cause = CAUSES[save_failure_reason(error)]
    return f" because {cause}" if cause.startswith("of ") else f": {cause}"


def save_failure_reason(error: BaseException) -> str:
    """One sentence saying why a save failed, judged from SQLite's own error."""
    for link in _chain(error):
        if isinstance(link, DatabaseMovedError):
            return MOVED
        orig = getattr(link, "orig", None)  # SQLAlchemy wraps the driver's error
        for candidate in (orig, link):
            if isinstance(candidate, sqlite3.Error):
                return _sqlite_reason(candidate)
        if isinstance(link, OSError) and link.errno == 28:  # ENOSPC
            return FULL
    return UNKNOWN


def _sqlite_reason(error: sqlite3.Error) -> str:
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return LOCKED
    if "full" in text:
        return FULL
    if "readonly" in text or "read-only" in text or "read only" in text:
        return READ_ONLY
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DAMAGED
    return UNKNOWN
