"""Word tokens with their positions in a prose string."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Letters or digits, joined by an apostrophe, hyphen or an inner full stop ("don't",
# "well-known", "U.S", "3.5"). Underscore is excluded so snake_case never reads as prose.
WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# WORD_RE for text without an underscore, where ``\w`` is exactly its letter-or-digit class:
# the plain class, with possessive repeats, scans about a third faster.
_PLAIN_WORD_RE = re.compile(r"\w++(?:['’.\-]\w++)*+")

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Word matches in ``text``; ``match.start()``/``end()`` are offsets into ``text``."""
    return WORD_RE.finditer(text)


def words(text: str) -> list[str]:
    """The words of ``text`` in order (``WORD_RE.findall``, faster)."""
    if "_" in text:
        return WORD_RE.findall(text)
    return _PLAIN_WORD_RE.findall(text)


def normalize(word: str) -> str:
    """Lower case with straight apostrophes: the form used for every lookup."""
    return word.translate(APOSTROPHES).lower()


def has_letters(word: str) -> bool:
    """True for words such as "cat" or "4th", False for "2024" or "3.5"."""
    return any(char.isalpha() for char in word)
