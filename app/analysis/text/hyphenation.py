"""Hyphenation points of a word, as Pyphen finds them with its US English patterns.

Syllables of words CMUdict lacks are counted from hyphenation points, as textstat does.
Pyphen parses its 5,000 patterns from text on first use (about 50 ms); here the parsed
patterns come from a compact table (see :mod:`app.analysis.text.compact`) and Liang's
algorithm runs over them with Pyphen's margins. A test checks the points against Pyphen's
on a large word list.
"""

from __future__ import annotations

import threading
from functools import cache

from app.analysis.text.compact import CompactTable, package_file

# Pyphen's defaults: no point closer than 2 letters to either end of the word.
LEFT_MARGIN = 2
RIGHT_MARGIN = 2

# A pattern's letters (with "." marking a word edge) -> the offset of its first non-zero
# value, then the values from there up to the last non-zero one, as bytes (half the memory
# and load time of tuples of ints).
Patterns = dict[str, bytes]

_LOCK = threading.Lock()


def _build_patterns() -> tuple[int, Patterns]:
    """The longest pattern's length and Pyphen's parsed patterns, as plain ints."""
    import pyphen

    patterns = pyphen.Pyphen(lang="en_US").hd.patterns
    table = {key: bytes([start, *map(int, values)]) for key, (start, values) in patterns.items()}
    return max(len(key) for key in table), table


PATTERNS = CompactTable(
    "pyphen_en_us",
    lambda: package_file("pyphen", "dictionaries", "hyph_en_US.dic"),
    _build_patterns,
)


@cache
def _patterns() -> tuple[int, Patterns]:
    with _LOCK:
        longest, patterns = PATTERNS.load()
        return longest, patterns


def warm_up_patterns() -> None:
    """Load the patterns now rather than on the first word CMUdict lacks."""
    _patterns()


def hyphenation_points(word: str) -> list[int]:
    """Offsets in ``word`` where it may be hyphenated (``Pyphen(lang="en_US").positions``)."""
    longest, patterns = _patterns()
    edged = f".{word.lower()}."
    size = len(edged)
    scores = [0] * (size + 1)
    for start in range(size - 1):
        for stop in range(start + 1, min(start + longest, size) + 1):
            pattern = patterns.get(edged[start:stop])
            if pattern is None:
                continue
            for index, value in enumerate(pattern[1:], start + pattern[0]):
                if index <= size and value > scores[index]:
                    scores[index] = value
    last = len(word) - RIGHT_MARGIN
    return [
        index - 1
        for index, score in enumerate(scores)
        if score % 2 and LEFT_MARGIN <= index - 1 <= last
    ]
