"""How close in meaning a Medium tag is to a post, from word vectors made ahead of time.

A post's words say what it is about even where it never writes a tag's name: a post on
Express routes and npm packages is about JavaScript, one on flossing and small daily
routines about habits. ``tools/derive_tag_meaning.py`` had a sentence model read each
English word and each Medium tag, and stored the vectors (``resources/keywords/
tag_meaning.bin``); here a post is the mean of its words' vectors, each weighted by how
often the post writes it and how rare it is in English (everyday words say nothing of a
topic), and a tag is as close as the cosine of the two. No model runs in the app.

The file: a magic line, a little-endian ``uint32`` header length, a JSON header (the
dimensions, the words, the tags' slugs), one ``float32`` scale per vector (words first, then
tags), then each vector as signed bytes.
"""

from __future__ import annotations

import json
import math
import operator
import struct
import sys
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

from app.analysis.insights.keywords.frequency import zipf
from app.resources import resource_path

_MAGIC = b"CLAPWISE-MEANING-1\n"
#: A word this common in English (Zipf) or more says nothing of a post's topic.
MAX_TOPIC_ZIPF = 5.0
#: Words a post must write that the table knows before its meaning is read.
MIN_KNOWN_WORDS = 1

Vector = tuple[float, ...]


@dataclass(frozen=True, slots=True)
class MeaningTable:
    """Word and tag vectors of ``dimensions`` numbers each, kept as the file stores them
    (signed bytes and a scale per vector: 5 MB, where Python floats would take 150)."""

    dimensions: int
    word_rows: Mapping[str, int]
    tag_rows: Mapping[str, int]
    scales: array[float]
    values: array[int]

    def _row(self, row: int) -> Vector:
        scale = self.scales[row]
        start = row * self.dimensions
        return tuple(scale * v for v in self.values[start : start + self.dimensions])

    def word(self, word: str) -> Vector | None:
        row = self.word_rows.get(word)
        return None if row is None else self._row(row)

    def tag(self, slug: str) -> Vector | None:
        row = self.tag_rows.get(slug)
        return None if row is None else self._row(row)


def _read(data: bytes) -> MeaningTable:
    if not data.startswith(_MAGIC):
        raise ValueError("tag_meaning.bin is not a meaning table: run tools/derive_tag_meaning.py")
    start = len(_MAGIC)
    (size,) = struct.unpack_from("<I", data, start)
    header = json.loads(data[start + 4 : start + 4 + size])
    dimensions: int = header["dimensions"]
    words: list[str] = header["words"]
    tags: list[str] = header["tags"]
    rows = len(words) + len(tags)
    scales = array("f")
    scales.frombytes(data[start + 4 + size : start + 4 + size + 4 * rows])
    if sys.byteorder == "big":
        scales.byteswap()
    values = array("b")
    values.frombytes(data[start + 4 + size + 4 * rows :])
    if len(values) != dimensions * rows:
        raise ValueError("tag_meaning.bin is cut short: run tools/derive_tag_meaning.py")
    return MeaningTable(
        dimensions,
        {word: row for row, word in enumerate(words)},
        {tag: row for row, tag in enumerate(tags, start=len(words))},
        scales,
        values,
    )


@cache
def meaning_table() -> MeaningTable:
    """The shipped table, read once."""
    return _read(resource_path("keywords", "tag_meaning.bin").read_bytes())


def word_weight(word: str, count: int) -> float:
    """How much one word the post writes ``count`` times says of its topic: more for rarer
    words, nothing for everyday ones ("the", "make")."""
    return math.log1p(count) * max(0.0, MAX_TOPIC_ZIPF - zipf(word))


def post_meaning(counts: Mapping[str, int]) -> Vector | None:
    """The post's vector from how often it writes each (lower-case) word, of unit length;
    ``None`` when it writes too few words the table knows to say."""
    table = meaning_table()
    total = [0.0] * table.dimensions
    known = 0
    for word, count in counts.items():
        weight = word_weight(word, count) if word in table.word_rows else 0.0
        vector = table.word(word) if weight > 0.0 else None
        if vector is None:
            continue
        known += 1
        total = [t + weight * v for t, v in zip(total, vector, strict=True)]
    return _unit(total) if known >= MIN_KNOWN_WORDS else None


def tag_meaning(slug: str) -> Vector | None:
    """A tag's vector: the table's for a Medium tag it holds, else the mean of its words'
    ("random-projections"); ``None`` when the table knows none of them."""
    table = meaning_table()
    found = table.tag(slug)
    if found is not None:
        return found
    vectors = [v for v in map(table.word, slug.split("-")) if v is not None]
    if not vectors:
        return None
    return _unit([sum(parts) for parts in zip(*vectors, strict=True)])


def closeness(post: Vector, tag: Vector) -> float:
    """The cosine of two unit vectors: 1 for the same meaning, about 0 for unrelated."""
    return sum(map(operator.mul, post, tag))


def closest_tags(post: Vector, slugs: Iterable[str], count: int) -> list[tuple[str, float]]:
    """The ``count`` of ``slugs`` closest to the post, closest first."""
    table = meaning_table()
    scored = [
        (closeness(post, vector), slug) for slug in slugs if (vector := table.tag(slug)) is not None
    ]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(slug, score) for score, slug in scored[:count]]


def words_behind(post_counts: Mapping[str, int], tag: Vector, count: int = 2) -> list[str]:
    """The post's words that bring it closest to ``tag``: what to quote as the reason."""
    table = meaning_table()
    scored = []
    for word, uses in post_counts.items():
        vector = table.word(word)
        if vector is not None:
            pull = word_weight(word, uses) * closeness(vector, tag)
            if pull > 0.0:
                scored.append((pull, word))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [word for _pull, word in scored[:count]]


def _unit(vector: list[float]) -> Vector | None:
    length = math.sqrt(sum(v * v for v in vector))
    return tuple(v / length for v in vector) if length > 0.0 else None
