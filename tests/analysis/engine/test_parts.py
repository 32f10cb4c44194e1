"""A chunk's parts: its figures add up to what its analysis counted."""

from __future__ import annotations

import dataclasses

from app.analysis.engine.chunks import ChunkAnalysis, analyze_chunks
from app.analysis.engine.detectors import default_detectors
from app.analysis.engine.parts import ChunkParts, ChunkSums, add_up, chunk_parts
from app.analysis.engine.style_summary import SentenceTally
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS
from app.analysis.text.counts import TextCounts, total

TEXTS = [
    "# A title\n",
    "Writing every day is hard. It was recommended to me by a teacher who was admired.\n",
    "- Write first, edit later\n- The draft was written very quickly\n",
    "> So, there is a quote. However, it has a typo.\n",
    "```python\nprint('code')\n```\n\nOne more paragraph, written in a hurry.\n",
]


def _parts() -> list[tuple[ChunkAnalysis, ChunkParts]]:
    analyses = analyze_chunks(TEXTS, default_detectors(), DEFAULT_THRESHOLDS)
    long_words = DEFAULT_THRESHOLDS.long_sentence_words
    return [(analysis, chunk_parts(analysis, frozenset(), long_words)) for analysis in analyses]


def test_a_chunks_sums_hold_its_counts() -> None:
    for analysis, parts in _parts():
        assert parts.sums.counts == analysis.counts


def test_the_sums_of_many_chunks_are_their_counts_and_tallies_added_up() -> None:
    pairs = _parts()
    sums = add_up(parts.sums for _analysis, parts in pairs)
    assert sums.counts == total(analysis.counts for analysis, _parts in pairs)
    assert sums.code_blocks == 1
    assert sums.paragraphs == 5  # two paragraphs, two list items, one quote
    sentences = [s for analysis, _ in pairs for b in analysis.blocks for s in b.sentences]
    headings = [b for analysis, _ in pairs for b in analysis.blocks if b.kind == "heading"]
    assert sums.tally.total == len(sentences) - len(headings)
    assert sums.tally.passive == sum(s.passive for s in sentences)
    assert sums.tally.transitions == sum(s.transition for s in sentences)


def test_no_chunks_add_up_to_nothing() -> None:
    sums = add_up([])
    assert sums.counts.words == 0
    assert (sums.paragraphs, sums.code_blocks, sums.tally.total) == (0, 0, 0)


def test_the_sums_start_with_the_fields_of_the_counts_and_the_tally() -> None:
    names = [field.name for field in dataclasses.fields(TextCounts)]
    assert list(ChunkSums._fields[: len(names)]) == names
    tally = dataclasses.fields(SentenceTally)
    assert len(ChunkSums._fields) == len(names) + len(tally) + 2  # paragraphs, code blocks
