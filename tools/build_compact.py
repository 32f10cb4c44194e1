"""Derive the compact word tables (``resources/compact/``) from the installed packages.

Run at install time (``make`` does it after installing the environment) and before
packaging; the app reads the tables in milliseconds and falls back to the packages' own
files when a table is missing or stale. ``python -m tools.build_compact``
"""

from __future__ import annotations

import sys
import time


def tables() -> tuple:
    from app.analysis.insights.headline.lexicon import RANKS
    from app.analysis.insights.keywords.frequency import FREQUENCIES as WORD_FREQUENCIES
    from app.analysis.rules.spelling.lexicon import COUNTS as SPELLING_COUNTS
    from app.analysis.rules.spelling.lexicon import FREQUENCIES as SPELLING_FREQUENCIES
    from app.analysis.rules.spelling.lexicon import WEB_WORDS
    from app.analysis.text.hyphenation import PATTERNS as HYPHENATION
    from app.analysis.text.offline_data import SYLLABLES

    return (
        SYLLABLES,
        HYPHENATION,
        WORD_FREQUENCIES,
        SPELLING_FREQUENCIES,
        SPELLING_COUNTS,
        WEB_WORDS,
        RANKS,
    )


def main() -> int:
    for table in tables():
        start = time.perf_counter()
        path = table.write()
        size = path.stat().st_size / 1e6
        print(f"{table.name}: {size:.1f} MB in {time.perf_counter() - start:.2f} s -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
