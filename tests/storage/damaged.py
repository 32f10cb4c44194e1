"""A real Clapwise database with drafts, then damaged in the middle of the file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage.store import open_store

DRAFT_COUNT = 40


@dataclass(frozen=True)
class Written:
    """What a draft held before the damage."""

    title: str
    subtitle: str
    body: str
    keyphrase: str
    tags: list[str]
    revision_bodies: list[str]


def write_drafts(path: Path) -> dict[int, Written]:
    """Forty drafts, each with tags, every other one with a revision (older than its text),
    about two to a page."""
    written: dict[int, Written] = {}
    with_store = open_store(path)
    try:
        for number in range(DRAFT_COUNT):
            body = "\n\n".join(
                f"Paragraph {part} of draft {number}: " + "words worth keeping " * 30
                for part in range(3)
            )
            draft = with_store.drafts.create(
                title=f"Draft number {number}", subtitle=f"About {number}", keyphrase="words"
            )
            with_store.drafts.save(draft.id, body=body)
            if number % 2 == 0:
                with_store.drafts.snapshot(draft.id)
            with_store.drafts.save(draft.id, body=body + " Edited.")
            tags = with_store.tags.set_draft_tags(draft.id, ["Writing", f"Topic {number % 5}"])
            revisions = [rev.body for rev in with_store.drafts.revisions(draft.id)]
            written[draft.id] = Written(
                f"Draft number {number}",
                f"About {number}",
                body + " Edited.",
                "words",
                tags,
                revisions,
            )
    finally:
        with_store.close()
    return written


def damage_middle_of(path: Path, table: str = "drafts", pages: int = 2) -> list[int]:
    """Overwrite ``pages`` leaf pages of ``table`` (its middle ones) with bytes no page
    starts with; returns their numbers. Needs SQLite's ``dbstat`` table."""
    with sqlite3.connect(path) as connection:
        leaves = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
                (table,),
            )
        ]
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    middle = leaves[len(leaves) // 2 : len(leaves) // 2 + pages]
    with path.open("r+b") as file:
        for page in middle:
            file.seek((page - 1) * page_size)
            file.write(b"\xa5" * page_size)
    return middle


def has_dbstat() -> bool:
    try:
        sqlite3.connect(":memory:").execute("SELECT count(*) FROM dbstat").fetchone()
    except sqlite3.OperationalError:
        return False
    return True
