"""Everything that can be known about one chunk of Markdown on its own.

The result is immutable and independent of where the chunk sits in the document (offsets are
relative to the chunk), so it can be cached by the chunk's text and reused after edits
elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.analysis.counts import TextCounts, count_sentence, total
from app.analysis.findings import Finding
from app.analysis.keywords import BlockTerms, block_terms
from app.analysis.prose import ImageRef, ProseBlock, parse_prose
from app.analysis.sentence_rules import paragraph_findings, sentence_findings
from app.analysis.sentences import split_sentences
from app.analysis.thresholds import Thresholds
from app.analysis.words import WORD_RE, normalize

# Detectors over prose strings: sentence detectors see one sentence, block detectors one block
# with its sentence spans. Both return findings with offsets into the string they were given.
SentenceDetector = Callable[[str], list[Finding]]
BlockDetector = Callable[[str, Sequence[tuple[int, int]]], list[Finding]]
TransitionTest = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Detectors:
    """The word-level style checks the chunk analysis runs; the engine supplies them."""

    sentence: tuple[SentenceDetector, ...] = ()
    block: tuple[BlockDetector, ...] = ()
    has_transition: TransitionTest | None = None
    spelling: Callable[[str], list[Finding]] | None = None


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """One sentence: source span (chunk-relative), counts and the flags shares are built from."""

    start: int
    end: int
    text: str
    counts: TextCounts
    first_word: str
    passive: bool
    transition: bool


@dataclass(frozen=True, slots=True)
class BlockInfo:
    prose: ProseBlock
    counts: TextCounts
    sentences: tuple[SentenceInfo, ...]

    @property
    def kind(self) -> str:
        return self.prose.kind

    @property
    def level(self) -> int:
        return self.prose.level

    @property
    def text(self) -> str:
        return self.prose.text


@dataclass(frozen=True, slots=True)
class ChunkAnalysis:
    blocks: tuple[BlockInfo, ...]
    images: tuple[ImageRef, ...]
    findings: tuple[Finding, ...]
    counts: TextCounts
    code_blocks: int
    terms: tuple[BlockTerms, ...]  # keyword candidates, one per block


def _first_word(sentence: str) -> str:
    match = WORD_RE.search(sentence)
    return normalize(match.group()) if match else ""


def _block_sentences(block: ProseBlock) -> list[tuple[int, int]]:
    if block.kind == "heading":
        return [(0, len(block.text))]
    return split_sentences(block.text)


def _map_to_source(block: ProseBlock, finding: Finding) -> Finding:
    start, end = block.source_span(finding.start, finding.end)
    return Finding(
        finding.rule,
        start,
        end,
        finding.severity,
        finding.message,
        finding.suggestion,
        finding.replacements,
    )


def analyze_block(
    block: ProseBlock, detectors: Detectors, limits: Thresholds
) -> tuple[BlockInfo, list[Finding]]:
    """Counts, sentences and findings (in prose offsets) for one block."""
    text = block.text
    spans = _block_sentences(block)
    sentences: list[SentenceInfo] = []
    findings: list[Finding] = []
    for start, end in spans:
        sentence = text[start:end]
        counts = count_sentence(sentence)
        if not counts.words:
            continue
        passive = False
        if block.kind != "heading":
            findings.extend(sentence_findings(start, end, counts, limits))
            for detect in detectors.sentence:
                for finding in detect(sentence):
                    passive = passive or finding.rule == "passive"
                    findings.append(finding.shifted(start))
        transition = bool(detectors.has_transition and detectors.has_transition(sentence))
        sentences.append(
            SentenceInfo(start, end, sentence, counts, _first_word(sentence), passive, transition)
        )
    counts = total([sentence.counts for sentence in sentences])
    if block.kind != "heading":
        sentence_spans = [(sentence.start, sentence.end) for sentence in sentences]
        for detect_block in detectors.block:
            findings.extend(detect_block(text, sentence_spans))
        if block.kind == "paragraph":
            findings.extend(paragraph_findings(len(text), counts.words, counts.sentences, limits))
    if detectors.spelling is not None:
        findings.extend(detectors.spelling(text))
    # Sentence spans become source spans so the document level can use them directly.
    source_sentences = tuple(
        SentenceInfo(
            *block.source_span(s.start, s.end),
            s.text,
            s.counts,
            s.first_word,
            s.passive,
            s.transition,
        )
        for s in sentences
    )
    return BlockInfo(block, counts, source_sentences), findings


def analyze_chunk(
    text: str,
    detectors: Detectors,
    limits: Thresholds,
    references: dict[str, str] | None = None,
) -> ChunkAnalysis:
    """Parse and analyse one chunk; all offsets are relative to ``text``."""
    parsed = parse_prose(text, references)
    blocks: list[BlockInfo] = []
    findings: list[Finding] = []
    for block in parsed.blocks:
        info, block_findings = analyze_block(block, detectors, limits)
        blocks.append(info)
        findings.extend(_map_to_source(block, finding) for finding in block_findings)
    counts = total([block.counts for block in blocks])
    terms = tuple(block_terms(block.kind, block.level, block.text) for block in parsed.blocks)
    return ChunkAnalysis(
        tuple(blocks), parsed.images, tuple(findings), counts, parsed.code_blocks, terms
    )
