"""Opening the database for the window: what the UI needs, without importing storage."""

from __future__ import annotations

from app.storage.database import DatabaseError, set_aside
from app.storage.store import Store, open_store

__all__ = ["DatabaseError", "Store", "open_store", "set_aside"]
