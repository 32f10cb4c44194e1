"""One scan of a block for the phrases of five checks: intensifiers, weasel words, hedges,
clichés and wordy phrases.

Each list keeps its own entries and its own rule, but the lists share one trie-shaped regex:
a scan costs about the same whatever the number of phrases, so one shared scan instead of
five keeps the checks fast on long drafts. The five lists must not contain each other's
phrases (a test guards this), so the longest match at a position is the only one there.
The result of the last few scans is cached, since the five checks run on the same block.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import NamedTuple

from app.analysis.rules.style.alternatives import alternatives
from app.analysis.rules.style.lexicon import joined, phrase_key, style_list, trie_pattern
from app.analysis.text.compact import CompactTable
from app.resources import resource_path

INTENSIFIERS = "intensifiers"
WEASELS = "weasels"
HEDGES = "hedges"
CLICHES = "cliches"
WORDY = "wordy"

_LIST_FILES = {
    INTENSIFIERS: "intensifiers.txt",
    WEASELS: "weasel_words.txt",
    HEDGES: "hedges.txt",
    CLICHES: "cliches.txt",
}
_WORD_START = re.compile(r"\b\w")


class Hit(NamedTuple):
    """A listed phrase found in a block: where, its lookup key, and the list it belongs to."""

    start: int
    end: int
    key: str
    source: str


@cache
def phrase_lists() -> dict[str, frozenset[str]]:
    """The five lists as written (hyphens kept), keyed by list name."""
    lists = {name: style_list(file) for name, file in _LIST_FILES.items()}
    lists[WORDY] = frozenset(entry.phrase.lower() for entry in alternatives().values())
    return lists


def _derive_scanner() -> tuple[str, dict[str, str]]:
    """The shared pattern's source, and the list each phrase (by its key) belongs to."""
    owners: dict[str, str] = {}
    phrases: list[str] = []
    for name, entries in phrase_lists().items():
        for phrase in sorted(entries):
            owners.setdefault(phrase_key(phrase), name)
            phrases.append(phrase)
    return rf"\b{trie_pattern(phrases)}\b", owners


# Derived at install time: building the trie of some 3,000 phrases takes about 8 ms.
SCANNER = CompactTable(
    "style_phrase_scanner",
    lambda: (
        *(resource_path("style", file) for file in _LIST_FILES.values()),
        resource_path("style", "simpler_alternatives.tsv"),
    ),
    _derive_scanner,
)


@cache
def _scanner() -> tuple[str, dict[str, str]]:
    source, owners = SCANNER.load()
    return source, owners


@cache
def _pattern(flags: int) -> re.Pattern[str]:
    # Compiled on first need: compiling the whole trie takes tens of milliseconds, and the
    # case-insensitive variant is rarely needed at all.
    return re.compile(_scanner()[0], flags)


@lru_cache(maxsize=16)
def phrase_hits(text: str) -> tuple[Hit, ...]:
    """Every listed phrase in ``text``, whole words only, ignoring case and line breaks.

    Matches of different lists may overlap ("a bit" inside a longer phrase starting earlier):
    inside each multi-word match the scan also tries every later word start.
    """
    owners = _scanner()[1]
    lowered = text.lower()
    # Lower-cased text keeps its offsets for nearly all text and scans much faster than a
    # case-insensitive pattern; the fallback covers the rare exceptions.
    if len(lowered) == len(text):
        subject, regex = lowered, _pattern(0)
    else:
        subject, regex = text, _pattern(re.IGNORECASE)
    hits: list[Hit] = []
    for match in regex.finditer(subject):
        start, end = match.span()
        found = [(start, end)]
        for inner in _WORD_START.finditer(subject, start + 1, end):
            again = regex.match(subject, inner.start())
            if again:
                found.append(again.span())
        for begin, finish in found:
            if joined(text, begin, finish):
                continue
            key = phrase_key(text[begin:finish])
            source = owners.get(key)
            if source is not None:
                hits.append(Hit(begin, finish, key, source))
    hits.sort()
    return tuple(hits)


def hits_from(text: str, source: str) -> list[Hit]:
    """The non-overlapping hits of one list, leftmost first, as a scan of that list alone."""
    kept: list[Hit] = []
    for hit in phrase_hits(text):
        if hit.source == source and (not kept or hit.start >= kept[-1].end):
            kept.append(hit)
    return kept
