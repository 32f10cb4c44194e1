"""A generated library of drafts for ``make bench``: realistic 1,000-word drafts, no repeats.

The drafts are cut from the real prose in the test data (public-domain articles and
published sentences), shuffled with a fixed seed, so every run builds the same library.
Rows are written with raw SQL in one transaction after the app has created the schema, so
the FTS triggers index them exactly as the app would.
"""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from tools.bench import _real_paragraphs

DRAFT_WORDS = 1_000


def _drafts(count: int, seed: int = 18) -> list[tuple[str, str, str, int]]:
    """``count`` (title, subtitle, body, words) rows; each body about 1,000 words."""
    rng = random.Random(seed)
    paragraphs = [p for p in _real_paragraphs() if len(p.split()) >= 12]
    rows = []
    for number in range(count):
        parts: list[str] = []
        words = 0
        while words < DRAFT_WORDS:
            paragraph = rng.choice(paragraphs)
            parts.append(paragraph)
            words += len(paragraph.split())
        first = parts[0].split()
        title = " ".join(first[:7]).rstrip(".,;:").title() + f" ({number})"
        subtitle = " ".join(parts[1].split()[:12])
        rows.append((title, subtitle, "\n\n".join(parts) + "\n", words))
    return rows


def build_library(path: Path, count: int = 10_000) -> Path:
    """Create (through the app, so migrations run) and fill the database at ``path``."""
    from app.storage.store import open_store

    open_store(path).close()
    start = datetime(2020, 1, 1)
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            "INSERT INTO drafts (title, subtitle, body, keyphrase, genre, status, canonical_url,"
            " cursor_position, word_count, created_at, updated_at)"
            " VALUES (?, ?, ?, '', 'essay', 'draft', '', 0, ?, ?, ?)",
            (
                (title, subtitle, body, words, stamp, stamp)
                for index, (title, subtitle, body, words) in enumerate(_drafts(count))
                for stamp in [(start + timedelta(hours=3 * index)).strftime("%Y-%m-%d %H:%M:%S.%f")]
            ),
        )
    connection.close()
    return path
