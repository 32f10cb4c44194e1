"""Opening the database for the window: what the UI needs, without importing storage."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.document.wording import plural
from app.storage.database import DEFAULT_BUSY_TIMEOUT_MS, DatabaseError, set_aside
from app.storage.salvage import salvage
from app.storage.store import Store, open_store

__all__ = ["DatabaseError", "FreshStart", "Store", "open_store", "start_fresh"]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FreshStart:
    """A fresh database in place of a damaged one, with what could be brought back."""

    store: Store
    kept: Path  # where the damaged file now is, untouched
    drafts_recovered: int
    drafts_lost: int
    copy_failure: str = ""  # why nothing could be copied, when the copy itself failed
    drafts_from_revisions: int = 0  # of the recovered, those rebuilt from a saved version

    def summary(self) -> str:
        """What the writer is told once the fresh database is open."""
        if self.copy_failure:
            found = f"Clapwise could not copy drafts from it ({self.copy_failure})."
        elif self.drafts_recovered == 0 and self.drafts_lost == 0:
            found = "No drafts could be read from it."
        elif self.drafts_lost:
            found = (
                f"{plural(self.drafts_recovered, 'draft')} brought back from it; "
                f"{plural(self.drafts_lost, 'draft')} could not be read."
            )
        else:
            recovered = plural(self.drafts_recovered, "draft")
            found = f"{recovered} brought back from it, every one it held."
        if self.drafts_from_revisions == 1:
            found += (
                " One came back as its last saved version; the edits after it could not be read."
            )
        elif self.drafts_from_revisions:
            found += (
                f" {self.drafts_from_revisions} came back as their last saved versions;"
                " the edits after them could not be read."
            )
        return (
            f"Started a fresh database. {found}\n\nThe damaged database was kept, unchanged, "
            f"at:\n{self.kept}"
        )


def start_fresh(path: Path, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> FreshStart:
    """Move the damaged database at ``path`` aside (kept, never deleted), start a fresh one
    there, and copy into it every draft, with its tags, revisions and the rest, that the
    damaged file still holds readably."""
    kept = set_aside(path)
    store = open_store(path, busy_timeout_ms=busy_timeout_ms)
    try:
        found = salvage(kept, store.path)
    except (sqlite3.Error, OSError) as error:
        # The fresh database stays usable; the damaged file still holds whatever it held.
        log.exception("Copying drafts from the damaged database %s failed", kept)
        return FreshStart(store, kept, 0, 0, copy_failure=str(error))
    return FreshStart(
        store,
        kept,
        found.drafts_recovered,
        found.drafts_lost,
        drafts_from_revisions=found.drafts_from_revisions,
    )
