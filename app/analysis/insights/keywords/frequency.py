"""How common a word is in general English, from the ``wordfreq`` package (no network)."""

from __future__ import annotations

import math
import threading
from functools import cache, lru_cache

_LOCK = threading.Lock()
#: Zipf value of a word wordfreq has never seen (rarer than anything it lists).
UNSEEN_ZIPF = 1.0


@cache
def _frequencies() -> dict[str, float]:
    # Imported and loaded on first use: about half a second, once, off the start-up path.
    with _LOCK:
        from wordfreq import get_frequency_dict

        return get_frequency_dict("en", "best")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word: 7 for "the", about 3 for "javascript", 1 if unseen."""
    frequency = _frequencies().get(word.lower(), 0.0)
    if frequency <= 0.0:
        return UNSEEN_ZIPF
    return max(UNSEEN_ZIPF, math.log10(frequency) + 9.0)
