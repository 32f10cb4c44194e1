"""How common a word is in general English, from the ``wordfreq`` package (no network)."""

from __future__ import annotations

import math
import threading
from functools import cache, lru_cache

from app.analysis.text.compact import CompactTable, package_file

_LOCK = threading.Lock()
#: Zipf value of a word wordfreq has never seen (rarer than anything it lists).
UNSEEN_ZIPF = 1.0


def _build_frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # 0.1 s to import, 0.3 s to load the list

    return get_frequency_dict("en", "best")


FREQUENCIES = CompactTable(
    "wordfreq_en",
    lambda: package_file("wordfreq", "data", "large_en.msgpack.gz"),
    _build_frequencies,
)


@cache
def _frequencies() -> dict[str, float]:
    # Loaded on first use, once (compact form: see app.analysis.text.compact).
    with _LOCK:
        return FREQUENCIES.load()


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word: 7 for "the", about 3 for "javascript", 1 if unseen."""
    frequency = _frequencies().get(word.lower(), 0.0)
    if frequency <= 0.0:
        return UNSEEN_ZIPF
    return max(UNSEEN_ZIPF, math.log10(frequency) + 9.0)
