"""The English word list the checker and the suggester share, loaded once, lazily.

Word frequencies come from pyspellchecker's English dictionary (about 160,000 lower-case words
with corpus counts, 0.15 s and 40 MB to load), extended with ``resources/spelling/extra_words.txt``;
suggestions are drawn from these. The words of modern English that list lacks (names, brands,
the vocabulary of technology and the web: about 50,000, derived from wordfreq by
``tools/derive_spelling_words.py``) are known words too, but never offered as corrections. The
frequent-typo list and the British word list are small and load with it.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Container, Mapping
from dataclasses import dataclass
from functools import cache

from app.analysis.text.compact import CompactTable, package_file
from app.analysis.text.word_table import TableData, WordTable
from app.resources import resource_path, word_list

# Corpus count given to words from our own lists: a mid-frequency word (pyspellchecker's own
# counts run from 50 to about 76 million), so they neither dominate nor vanish among suggestions.
EXTRA_WORD_FREQUENCY = 5_000


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lower-case words with corpus counts, frequent typos, British spellings and web words."""

    frequencies: Mapping[str, int]
    typos: Mapping[str, tuple[str, ...]]
    british: frozenset[str]
    web: Container[str] = frozenset()

    def __contains__(self, word: object) -> bool:
        return word in self.frequencies

    def frequency(self, word: str) -> int:
        """Corpus count of a lower-case word (0 when unknown)."""
        return self.frequencies.get(word, 0)


_lock = threading.Lock()


def _read_typos() -> dict[str, tuple[str, ...]]:
    typos: dict[str, list[str]] = {}
    with resource_path("spelling", "common_typos.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            wrong, right = line.rstrip("\n").split("\t")[:2]
            typos.setdefault(wrong.lower(), []).append(right)
    return {wrong: tuple(rights) for wrong, rights in typos.items()}


def _read_web_words() -> TableData:
    with gzip.open(resource_path("spelling", "web_words.txt.gz"), "rt", encoding="utf-8") as handle:
        return WordTable.build(
            (line.rstrip("\n"), None) for line in handle if not line.startswith("#")
        )


WEB_WORDS = CompactTable(
    "spelling_web_words", lambda: resource_path("spelling", "web_words.txt.gz"), _read_web_words
)


def _build_frequencies() -> dict[str, int]:
    from spellchecker import SpellChecker  # imported here: 0.15 s, only when first needed

    return dict(SpellChecker(language="en").word_frequency.dictionary)


FREQUENCIES = CompactTable(
    "spellchecker_en",
    lambda: package_file("spellchecker", "resources", "en.json.gz"),
    _build_frequencies,
)


def _load() -> Lexicon:
    # The loaded dictionary is private to this module, so extending it in place is safe and
    # spares a 160,000-entry copy.
    frequencies = FREQUENCIES.load()
    for word in word_list("spelling", "extra_words.txt"):
        frequencies.setdefault(word, EXTRA_WORD_FREQUENCY)
    return Lexicon(
        frequencies=frequencies,
        typos=_read_typos(),
        british=word_list("spelling", "british_words.txt"),
        # 150,000 lines of gzipped text: 50 ms to read; compact, 1 ms and 2 MB instead of 12.
        web=WordTable(WEB_WORDS.load()),
    )


@cache
def _loaded() -> Lexicon:
    return _load()


def lexicon() -> Lexicon:
    """The shared lexicon, loaded on first use; the lock keeps two threads from loading it
    twice at start-up."""
    with _lock:
        return _loaded()


def warm_up() -> None:
    """Load the dictionary now (for a background thread at start-up) rather than on first use."""
    lexicon()
