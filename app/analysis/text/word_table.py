"""A large word table in a few flat objects: one bytes string and an array of offsets.

A Python ``dict`` or ``frozenset`` of 150,000 words costs 10-20 MB, mostly object headers
(every word is its own ``str``), and tens of milliseconds to load. Here the entries
(``\\nword\\tvalue``, UTF-8) are grouped by a CRC-32 of the word into about four per bucket and
stored back to back; a lookup hashes the word and searches its bucket's few dozen bytes. The
table takes a fifth of the memory or less, loads in a millisecond and answers in about a
microsecond (a dict: 0.1 us), which per-word caches above it make irrelevant.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from zlib import crc32

# The marshal-friendly form: bucket count exponent, entries, bucket start offsets.
TableData = tuple[int, bytes, bytes]
WORDS_PER_BUCKET = 4


class WordTable:
    """Words, each with an optional non-negative integer value (``None`` when absent)."""

    __slots__ = ("_entries", "_mask", "_size", "_starts")

    def __init__(self, data: TableData) -> None:
        bits, entries, starts = data
        self._mask = (1 << bits) - 1
        self._entries = entries
        self._starts = array("I", starts)
        self._size = entries.count(b"\n")

    @staticmethod
    def build(items: Iterable[tuple[str, int | None]]) -> TableData:
        """The data of a table holding ``items`` (later duplicates are ignored)."""
        values: dict[bytes, int | None] = {}
        for word, value in items:
            key = word.encode("utf-8", "surrogatepass")
            if not key or b"\n" in key or b"\t" in key:
                raise ValueError(f"not a table word: {word!r}")
            values.setdefault(key, value)
        bits = max(1, (len(values) // WORDS_PER_BUCKET).bit_length())
        buckets: list[list[bytes]] = [[] for _ in range(1 << bits)]
        for key in sorted(values):
            value = values[key]
            text = b"" if value is None else str(value).encode("ascii")
            buckets[crc32(key) & ((1 << bits) - 1)].append(b"\n" + key + b"\t" + text)
        starts = array("I", [0])
        for bucket in buckets:
            starts.append(starts[-1] + sum(map(len, bucket)))
        return bits, b"".join(b"".join(bucket) for bucket in buckets), starts.tobytes()

    def _value_span(self, word: str) -> tuple[int, int] | None:
        key = word.encode("utf-8", "surrogatepass")
        if b"\n" in key or b"\t" in key:
            return None
        bucket = crc32(key) & self._mask
        end = self._starts[bucket + 1]
        found = self._entries.find(b"\n" + key + b"\t", self._starts[bucket], end)
        if found < 0:
            return None
        start = found + len(key) + 2
        stop = self._entries.find(b"\n", start, end)
        return start, end if stop < 0 else stop

    def get(self, word: str, default: int | None = None) -> int | None:
        """The word's value; ``default`` when the word is absent or has no value."""
        span = self._value_span(word)
        if span is None or span[0] == span[1]:
            return default
        return int(self._entries[span[0] : span[1]])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._value_span(word) is not None

    def __len__(self) -> int:
        return self._size

    def __iter__(self) -> Iterator[str]:
        """The words, in no particular order."""
        for entry in self._entries.split(b"\n")[1:]:
            yield entry[: entry.index(b"\t")].decode("utf-8", "surrogatepass")

    def items(self) -> Iterator[tuple[str, int | None]]:
        for entry in self._entries.split(b"\n")[1:]:
            word, _tab, value = entry.partition(b"\t")
            yield word.decode("utf-8", "surrogatepass"), int(value) if value else None
