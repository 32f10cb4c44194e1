"""What one chunk adds to the document's report, worked out once per chunk.

The document's headings, paragraphs, block texts, sentence shares and enabled findings are
sums and concatenations over chunks; after a keystroke, all chunks but one bring the same
parts as before, so the report is assembled from a few hundred parts instead of every block.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from app.analysis.engine.chunks import ChunkAnalysis
from app.analysis.engine.report import Heading
from app.analysis.engine.style_summary import ChunkSections, SentenceTally, chunk_sections
from app.analysis.insights.keywords import BlockTerms
from app.analysis.rules.findings import Finding
from app.analysis.rules.grammar import CHECKS_BY_ID as GRAMMAR_CHECKS_BY_ID
from app.analysis.text.counts import TextCounts
from app.document.prose import ImageRef

_PARAGRAPH_KINDS = frozenset({"paragraph", "list_item", "quote"})
START_END = attrgetter("start", "end")
GRAMMAR_RULES = frozenset(GRAMMAR_CHECKS_BY_ID)


class ChunkSums(NamedTuple):
    """What a chunk adds to the document's figures. A tuple, so that the figures of all
    chunks are summed column by column in C (``add_up``), not field by field in Python."""

    # The chunk's TextCounts, field by field.
    sentences: int
    words: int
    syllables: int
    letters: int
    polysyllables: int
    complex_words: int
    difficult_words: int
    long_words: int
    # Its body sentences (headings excluded), as a SentenceTally.
    body_sentences: int
    long_sentences: int
    passive_sentences: int
    transition_sentences: int
    paragraphs: int  # paragraphs, list items and quotes
    code_blocks: int

    @property
    def counts(self) -> TextCounts:
        return TextCounts(*self[:8])

    @property
    def tally(self) -> SentenceTally:
        return SentenceTally(*self[8:12])


def add_up(sums: Iterable[ChunkSums]) -> ChunkSums:
    """The figures of many chunks added up."""
    columns = [sum(column) for column in zip(*sums, strict=True)]  # none without chunks
    return ChunkSums(*columns) if columns else ChunkSums(*[0] * len(ChunkSums._fields))


@dataclass(frozen=True, slots=True)
class PlacedParts:
    """A chunk's findings, headings and images, moved by the chunk's offset into the source."""

    offset: int
    findings: tuple[Finding, ...]
    headings: tuple[Heading, ...]
    images: tuple[ImageRef, ...]


@dataclass(frozen=True, slots=True)
class ChunkParts:
    """Offsets are relative to the chunk, as in its ``ChunkAnalysis``."""

    # Its counts, sentence tally, paragraphs and code blocks: assembling a report after an
    # edit reads only the parts, not every chunk's analysis too.
    sums: ChunkSums
    # Of enabled rules, sorted by (start, end): chunks do not overlap, so the findings of
    # the chunks in order are the document's in order.
    findings: tuple[Finding, ...]
    headings: tuple[Heading, ...]
    images: tuple[ImageRef, ...]
    # The first paragraph with text and its key-phrase terms; when no paragraph of the chunk
    # has text, ("", the terms of its last paragraph), as a scan of the blocks leaves them.
    opening: tuple[str, BlockTerms] | None
    last_paragraph: str  # the last paragraph, list item or quote with text, stripped
    block_texts: tuple[str, ...]
    sections: ChunkSections
    # Whether a grammar finding and a spelling finding cover the same words ("alot"); a span
    # lies in one chunk, so only then does the document have a spelling flag to drop.
    spelling_under_grammar: bool
    has_positions: bool  # findings, headings or images, whose offsets move with the chunk
    code_languages: tuple[str, ...]  # the languages its fenced code blocks name
    code_words: frozenset[str]  # the words of its code and link addresses, lower case

    def placed_at(self, offset: int) -> PlacedParts | None:
        """The findings, headings and images of the chunk when it starts at ``offset`` (None
        when it has none)."""
        if not self.has_positions:
            return None
        if not offset:
            return PlacedParts(0, self.findings, self.headings, self.images)
        return PlacedParts(
            offset,
            tuple([finding.shifted(offset) for finding in self.findings]),
            tuple(
                [Heading(h.level, h.text, h.start + offset, h.end + offset) for h in self.headings]
            )
            if self.headings
            else (),
            tuple([ImageRef(i.alt, i.src, i.offset + offset) for i in self.images])
            if self.images
            else (),
        )


def chunk_parts(
    analysis: ChunkAnalysis, disabled: frozenset[str], long_sentence_words: int
) -> ChunkParts:
    """The parts of one analysed chunk, without findings of the ``disabled`` rules."""
    findings = analysis.findings
    if disabled:
        findings = tuple(finding for finding in findings if finding.rule not in disabled)
    findings = tuple(sorted(findings, key=START_END))
    headings: list[Heading] = []
    paragraphs = 0
    opening: tuple[str, BlockTerms] | None = None
    last_paragraph = ""
    total = long = passive = transitions = 0
    for block, terms in zip(analysis.blocks, analysis.terms, strict=True):
        kind = block.kind
        if kind == "heading":
            prose = block.prose
            headings.append(Heading(block.level, block.text, prose.source_start, prose.source_end))
            continue
        for sentence in block.sentences:
            total += 1
            long += sentence.counts.words > long_sentence_words
            passive += sentence.passive
            transitions += sentence.transition
        if kind not in _PARAGRAPH_KINDS:
            continue
        paragraphs += 1
        if kind == "paragraph" and (opening is None or not opening[0]):
            opening = (block.text, terms)
        if block.text.strip():
            last_paragraph = block.text.strip()
    counts = analysis.counts
    return ChunkParts(
        ChunkSums(
            counts.sentences,
            counts.words,
            counts.syllables,
            counts.letters,
            counts.polysyllables,
            counts.complex_words,
            counts.difficult_words,
            counts.long_words,
            total,
            long,
            passive,
            transitions,
            paragraphs,
            analysis.code_blocks,
        ),
        findings,
        tuple(headings),
        analysis.images,
        opening,
        last_paragraph,
        tuple(block.text for block in analysis.blocks),
        chunk_sections(analysis.blocks),
        _spelling_under_grammar(findings),
        bool(findings or headings or analysis.images),
        analysis.code_languages,
        analysis.code_words,
    )


def _spelling_under_grammar(findings: tuple[Finding, ...]) -> bool:
    grammar = {(f.start, f.end) for f in findings if f.rule in GRAMMAR_RULES}
    return bool(grammar) and any(
        f.rule == "spelling" and (f.start, f.end) in grammar for f in findings
    )
