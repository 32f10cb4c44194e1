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
from itertools import repeat
from typing import Any

from app.analysis.insights.keywords.frequency import zipf
from app.analysis.text.word_table import WordTable
from app.resources import resource_path

MAGIC = b"CLAPWISE-MEANING-1\n"
#: A word this common in English (Zipf) or more says nothing of a post's topic.
MAX_TOPIC_ZIPF = 5.0
#: Words a post must write that the table knows before its meaning is read.
MIN_KNOWN_WORDS = 1

Vector = tuple[float, ...]
#: The post's most telling words its meaning is read from, and those kept to explain a tag's
#: closeness.
MEANING_WORDS = 300
EXPLAINING_WORDS = 40


@dataclass(frozen=True, slots=True)
class MeaningTable:
    """Word and tag vectors of ``dimensions`` numbers each, kept as the file stores them
    (signed bytes and a scale per vector: 5 MB, where Python floats would take 150), and
    the rows of the words and tags in word tables (a dict of them would take 5 MB more)."""

    dimensions: int
    word_rows: WordTable
    tag_rows: WordTable
    scales: array[float]
    values: array[int]

    def row(self, row: int) -> array[int]:
        """One vector's bytes (times ``scales[row]`` it is the vector)."""
        start = row * self.dimensions
        return self.values[start : start + self.dimensions]

    def dot(self, vector: Vector, row: int) -> float:
        return self.scales[row] * sum(map(operator.mul, vector, self.row(row)))

    def add(self, total: list[float], row: int, weight: float = 1.0) -> list[float]:
        """``total`` plus ``weight`` times the vector of ``row``."""
        factor = repeat(weight * self.scales[row], self.dimensions)
        return list(map(operator.add, total, map(operator.mul, factor, self.row(row))))


def read_header(data: bytes) -> tuple[dict[str, Any], int]:
    """The table's header (``dimensions``, ``words``, ``tags``) and where its scales start."""
    if not data.startswith(MAGIC):
        raise ValueError("tag_meaning.bin is not a meaning table: run tools/derive_tag_meaning.py")
    start = len(MAGIC)
    (size,) = struct.unpack_from("<I", data, start)
    return json.loads(data[start + 4 : start + 4 + size]), start + 4 + size


def _read(data: bytes) -> MeaningTable:
    header, start = read_header(data)
    dimensions: int = header["dimensions"]
    words: list[str] = header["words"]
    tags: list[str] = header["tags"]
    rows = len(words) + len(tags)
    scales = array("f")
    scales.frombytes(data[start : start + 4 * rows])
    if sys.byteorder == "big":
        scales.byteswap()
    values = array("b")
    values.frombytes(data[start + 4 * rows :])
    if len(values) != dimensions * rows:
        raise ValueError("tag_meaning.bin is cut short: run tools/derive_tag_meaning.py")
    return MeaningTable(
        dimensions,
        WordTable(WordTable.build((word, row) for row, word in enumerate(words))),
        WordTable(WordTable.build((tag, row) for row, tag in enumerate(tags, start=len(words)))),
        scales,
        values,
    )


@cache
def meaning_table() -> MeaningTable:
    """The shipped table, read once."""
    return _read(resource_path("keywords", "tag_meaning.bin").read_bytes())


@dataclass(frozen=True, slots=True)
class PostMeaning:
    """A post's vector (of unit length) and its most telling words with their weights."""

    vector: Vector
    telling: tuple[tuple[str, float], ...]


def word_weight(word: str, count: int) -> float:
    """How much one word the post writes ``count`` times says of its topic: more for rarer
    words, nothing for everyday ones ("the", "make")."""
    return math.log1p(count) * max(0.0, MAX_TOPIC_ZIPF - zipf(word))


def post_meaning(counts: Mapping[str, int]) -> PostMeaning | None:
    """The post's meaning from how often it writes each (lower-case) word, read from its
    ``MEANING_WORDS`` most telling words (a long draft's thousands of others add little and
    would cost the sidebar tens of milliseconds); ``None`` when it writes too few words the
    table knows to say."""
    table = meaning_table()
    by_weight = sorted(
        ((weight, word) for word, count in counts.items() if (weight := word_weight(word, count))),
        key=lambda item: (-item[0], item[1]),
    )
    weighed: list[tuple[float, str, int]] = []
    for weight, word in by_weight:  # the table is looked up only as far as needed
        row = table.word_rows.get(word)
        if row is not None:
            weighed.append((weight, word, row))
            if len(weighed) == MEANING_WORDS:
                break
    total = [0.0] * table.dimensions
    for weight, _word, row in weighed:
        total = table.add(total, row, weight)
    vector = _unit(total)
    if vector is None or len(weighed) < MIN_KNOWN_WORDS:
        return None
    return PostMeaning(vector, tuple((w, weight) for weight, w, _row in weighed[:EXPLAINING_WORDS]))


def closeness(post: Vector, slug: str) -> float | None:
    """The cosine of the post's vector and the tag's: 1 for the same meaning, about 0 for
    unrelated. A tag Medium's list lacks means what its words mean ("random-projections");
    ``None`` when the table knows none of them."""
    table = meaning_table()
    row = table.tag_rows.get(slug)
    if row is not None:
        return table.dot(post, row)
    rows = [r for r in map(table.word_rows.get, slug.split("-")) if r is not None]
    if not rows:
        return None
    summed = [0.0] * table.dimensions
    for r in rows:
        summed = table.add(summed, r)
    tag = _unit(summed)
    return None if tag is None else sum(map(operator.mul, post, tag))


def kinship(first: str, second: str) -> float | None:
    """The cosine of two Medium tags' vectors ("deep-learning" and "machine-learning" 0.65,
    "project-based-learning" and "machine-learning" 0.44); ``None`` when the table lacks
    either."""
    table = meaning_table()
    rows = table.tag_rows.get(first), table.tag_rows.get(second)
    if rows[0] is None or rows[1] is None:
        return None
    vector = tuple(table.scales[rows[0]] * v for v in table.row(rows[0]))
    return table.dot(vector, rows[1])


def closest_tags(post: Vector, slugs: Iterable[str], count: int) -> list[tuple[str, float]]:
    """The ``count`` of Medium's ``slugs`` closest to the post, closest first."""
    table = meaning_table()
    rows = table.tag_rows
    scored = [(table.dot(post, row), slug) for slug in slugs if (row := rows.get(slug)) is not None]
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [(slug, score) for score, slug in scored[:count]]


def words_behind(post: PostMeaning, slug: str, count: int = 2) -> list[str]:
    """The post's words that bring it closest to the Medium tag ``slug``: what to quote as
    the reason (none for a tag the table lacks)."""
    table = meaning_table()
    row = table.tag_rows.get(slug)
    if row is None:
        return []
    tag = tuple(table.scales[row] * v for v in table.row(row))
    pulls = [
        (weight * table.dot(tag, word_row), word)
        for word, weight in post.telling
        if (word_row := table.word_rows.get(word)) is not None
    ]
    pulls.sort(key=lambda item: (-item[0], item[1]))
    return [word for pull, word in pulls[:count] if pull > 0.0]


def _unit(vector: list[float]) -> Vector | None:
    length = math.sqrt(sum(v * v for v in vector))
    return tuple(v / length for v in vector) if length > 0.0 else None
