"""Derive the compact word tables (``resources/compact/``) from the installed packages, and
compile the app's modules to bytecode.

Run at install time (``make`` does it after installing the environment) and before
packaging; the app reads the tables in milliseconds and falls back to the packages' own
files when a table is missing or stale. The bytecode is what ``pip install`` writes for an
installed package; an editable install has none, and where the environment forbids writing
it (``PYTHONDONTWRITEBYTECODE``) every start would compile some 200 modules again (about
60 ms of ``clapwise analyze``). ``python -m tools.build_compact``
"""

from __future__ import annotations

import compileall
import sys
import time
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"


def tables() -> tuple:
    from app.analysis.insights.headline.clickbait import COMPACT_MODEL as CLICKBAIT_MODEL
    from app.analysis.insights.headline.lexicon import RANKS
    from app.analysis.insights.keywords.frequency import FREQUENCIES as WORD_FREQUENCIES
    from app.analysis.insights.keywords.vocabulary import TABLE as TAG_VOCABULARY
    from app.analysis.rules.spelling.lexicon import COUNTS as SPELLING_COUNTS
    from app.analysis.rules.spelling.lexicon import SOFTWARE_WORDS, WEB_WORDS
    from app.analysis.rules.spelling.lexicon import WORDS as SPELLING_WORDS
    from app.analysis.rules.style.phrases import SCANNER as STYLE_PHRASES
    from app.analysis.text.hyphenation import PATTERNS as HYPHENATION
    from app.analysis.text.offline_data import SYLLABLES

    return (
        SYLLABLES,
        HYPHENATION,
        WORD_FREQUENCIES,
        SPELLING_WORDS,
        SPELLING_COUNTS,
        WEB_WORDS,
        SOFTWARE_WORDS,
        RANKS,
        TAG_VOCABULARY,
        STYLE_PHRASES,
        CLICKBAIT_MODEL,
    )


def main() -> int:
    for table in tables():
        start = time.perf_counter()
        path = table.write()
        size = path.stat().st_size / 1e6
        print(f"{table.name}: {size:.1f} MB in {time.perf_counter() - start:.2f} s -> {path}")
    start = time.perf_counter()
    if not compileall.compile_dir(APP, quiet=1):
        return 1
    print(f"app bytecode: {time.perf_counter() - start:.2f} s -> {APP}/**/__pycache__")
    return 0


if __name__ == "__main__":
    sys.exit(main())
