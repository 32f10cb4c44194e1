"""How common a word is in general English, from the ``wordfreq`` package (no network)."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from functools import cache, lru_cache

from app.analysis.text.compact import CompactTable, package_file
from app.analysis.text.word_table import TableData, WordTable

_LOCK = threading.Lock()
#: Zipf value of a word wordfreq has never seen (rarer than anything it lists).
UNSEEN_ZIPF = 1.0


def _zipf_of(frequency: float) -> float:
    if frequency <= 0.0:
        return UNSEEN_ZIPF
    return max(UNSEEN_ZIPF, math.log10(frequency) + 9.0)


def _build_zipf_table() -> tuple[tuple[float, ...], TableData]:
    """wordfreq's English list as its few distinct Zipf values (wordfreq stores frequencies
    in steps, about 560 of them) and a word table from each word to its value's index.

    The table loads in a millisecond and takes 4 MB, where the 320,000-entry dict took
    20 MB and 0.1 s (see :mod:`app.analysis.text.word_table`).
    """
    from wordfreq import get_frequency_dict  # 0.1 s to import, 0.3 s to load the list

    zipfs = {
        word: _zipf_of(frequency) for word, frequency in get_frequency_dict("en", "best").items()
    }
    values = tuple(sorted(set(zipfs.values())))
    index = {value: position for position, value in enumerate(values)}
    return values, WordTable.build((word, index[zipf]) for word, zipf in zipfs.items())


FREQUENCIES = CompactTable(
    "wordfreq_en_zipf",
    lambda: package_file("wordfreq", "data", "large_en.msgpack.gz"),
    _build_zipf_table,
)


@dataclass(frozen=True, slots=True)
class ZipfTable:
    """Words with their Zipf values."""

    values: tuple[float, ...]
    codes: WordTable

    def get(self, word: str) -> float:
        code = self.codes.get(word)
        return UNSEEN_ZIPF if code is None else self.values[code]


@cache
def _table() -> ZipfTable:
    # Loaded on first use, once (compact form: see app.analysis.text.compact).
    with _LOCK:
        values, codes = FREQUENCIES.load()
        return ZipfTable(tuple(values), WordTable(codes))


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Zipf frequency of a lower-case word: 7 for "the", about 3 for "javascript", 1 if unseen."""
    return _table().get(word.lower())
