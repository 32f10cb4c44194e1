"""The English word list the checker and the suggester share, loaded once, lazily.

Word frequencies come from pyspellchecker's English dictionary (about 160,000 lower-case words
with corpus counts, 0.15 s and 40 MB to load in its own form), extended with
``resources/spelling/extra_words.txt``; suggestions are drawn from these. Checking reads them
from a compact word table (3 MB); the suggester, which probes tens of thousands of strings per
word, gets the same counts as a plain dict (14 MB), loaded when the first correction is
wanted: the app asks for corrections only when the writer does.

The words of modern English that list lacks (names, brands, the vocabulary of technology and
the web: about 50,000, derived from wordfreq by ``tools/derive_spelling_words.py``) are known
words too, but never offered as corrections; so are the names of software from Debian's package
archive (uvicorn, pipx, serde, tokio: about 18,000, ``tools/derive_software_words.py``), which
are one letter from a common word too often for word frequencies to keep them. The
frequent-typo list and the British word list are small and load with it.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Container, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar, overload

from app.analysis.text.compact import CompactTable, package_file
from app.analysis.text.word_table import TableData, WordTable
from app.resources import resource_path, word_list

_T = TypeVar("_T")

# Corpus count given to words from our own lists: a mid-frequency word (pyspellchecker's own
# counts run from 50 to about 76 million), so they neither dominate nor vanish among suggestions.
EXTRA_WORD_FREQUENCY = 5_000


class WordCounts(Mapping[str, int]):
    """Corpus counts of lower-case words: a compact table plus a few words of our own, and
    the same words as a set for fast probing, loaded on first use."""

    def __init__(
        self,
        table: WordTable,
        extra: Mapping[str, int],
        load_words: Callable[[], frozenset[str]],
    ) -> None:
        self._table = table
        self._extra = {word: count for word, count in extra.items() if word not in table}
        self._load_words = load_words
        self._words: frozenset[str] | None = None
        self._lock = threading.Lock()

    def __contains__(self, word: object) -> bool:
        return word in self._table or word in self._extra

    @overload
    def get(self, word: str, /) -> int | None: ...
    @overload
    def get(self, word: str, default: int, /) -> int: ...
    @overload
    def get(self, word: str, default: _T, /) -> int | _T: ...
    def get(self, word: str, default: object = None, /) -> object:
        count = self._table.get(word)
        return self._extra.get(word, default) if count is None else count

    def __getitem__(self, word: str) -> int:
        count = self.get(word)
        if count is None:
            raise KeyError(word)
        return count

    def __len__(self) -> int:
        return len(self._table) + len(self._extra)

    def __iter__(self) -> Iterator[str]:
        yield from self._table
        yield from self._extra

    def as_set(self) -> frozenset[str]:
        """The same words as a set, for the suggester's tens of thousands of probes a word:
        ten times faster than the table, three times its memory (a dict with the counts
        would take five)."""
        with self._lock:
            if self._words is None:
                self._words = self._load_words() | self._extra.keys()
            return self._words


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lower-case words with corpus counts, frequent typos, British spellings and web words."""

    frequencies: WordCounts
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


def _word_list_table(name: str, file: str) -> CompactTable:
    """The compact table of a gzipped list of words in ``resources/spelling/``, one a line."""

    def read() -> TableData:
        with gzip.open(resource_path("spelling", file), "rt", encoding="utf-8") as handle:
            return WordTable.build(
                (line.rstrip("\n"), None) for line in handle if not line.startswith("#")
            )

    return CompactTable(name, lambda: resource_path("spelling", file), read)


WEB_WORDS = _word_list_table("spelling_web_words", "web_words.txt.gz")


def spellchecker_counts() -> dict[str, int]:
    """pyspellchecker's English words and their corpus counts, as the package ships them."""
    from spellchecker import SpellChecker  # imported here: 0.15 s, only when first needed

    return dict(SpellChecker(language="en").word_frequency.dictionary)


def _spellchecker_file() -> Path:
    return package_file("spellchecker", "resources", "en.json.gz")


WORDS = CompactTable(
    "spellchecker_en_words", _spellchecker_file, lambda: frozenset(spellchecker_counts())
)
COUNTS = CompactTable(
    "spellchecker_en_table",
    _spellchecker_file,
    lambda: WordTable.build(spellchecker_counts().items()),
)


def _extra_words() -> dict[str, int]:
    return dict.fromkeys(word_list("spelling", "extra_words.txt"), EXTRA_WORD_FREQUENCY)


SOFTWARE_WORDS = _word_list_table("spelling_software_words", "software_words.txt.gz")


class EitherList(Container[str]):
    """A word one of two lists holds."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self._first = first
        self._second = second

    def __contains__(self, word: object) -> bool:
        return word in self._first or word in self._second


def _load() -> Lexicon:
    return Lexicon(
        frequencies=WordCounts(WordTable(COUNTS.load()), _extra_words(), WORDS.load),
        typos=_read_typos(),
        british=word_list("spelling", "british_words.txt"),
        # 150,000 lines of gzipped text: 50 ms to read; compact, 1 ms and 2 MB instead of 12.
        web=EitherList(WordTable(WEB_WORDS.load()), WordTable(SOFTWARE_WORDS.load())),
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
