"""Document-level style figures: shares of long, passive and transition sentences, and
sections that run too long without a subheading."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from app.analysis.engine.chunks import BlockInfo
from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.thresholds import Thresholds


@dataclass(frozen=True, slots=True)
class Share:
    """How many sentences of the text have a property, and whether that is good."""

    count: int
    total: int
    status: str  # "good", "ok", "poor" or "n/a"

    @property
    def percent(self) -> float:
        return round(100 * self.count / self.total, 1) if self.total else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "count": self.count,
            "total": self.total,
            "percent": self.percent,
            "status": self.status,
        }


def _lower_is_better(count: int, total: int, good: float, poor: float) -> Share:
    if not total:
        return Share(count, total, "n/a")
    percent = 100 * count / total
    status = "good" if percent <= good else "poor" if percent > poor else "ok"
    return Share(count, total, status)


def _higher_is_better(count: int, total: int, good: float, poor: float) -> Share:
    if not total:
        return Share(count, total, "n/a")
    percent = 100 * count / total
    status = "good" if percent >= good else "poor" if percent < poor else "ok"
    return Share(count, total, status)


@dataclass(frozen=True, slots=True)
class StyleSummary:
    long_sentences: Share
    passive_sentences: Share
    transition_sentences: Share
    rule_counts: tuple[tuple[str, int], ...]

    def count(self, rule: str) -> int:
        return dict(self.rule_counts).get(rule, 0)

    def to_dict(self) -> dict[str, object]:
        return {
            "long_sentences": self.long_sentences.to_dict(),
            "passive_sentences": self.passive_sentences.to_dict(),
            "transition_sentences": self.transition_sentences.to_dict(),
            "rule_counts": dict(self.rule_counts),
        }


@dataclass(frozen=True, slots=True)
class SentenceTally:
    """Body sentences (headings excluded): all, long, passive and with a transition word."""

    total: int = 0
    long: int = 0
    passive: int = 0
    transitions: int = 0


_RULE = attrgetter("rule")


def summarize_style(
    sentences: SentenceTally, findings: Sequence[Finding], words: int, limits: Thresholds
) -> StyleSummary:
    """Shares are over body sentences (headings excluded)."""
    total, transitions = sentences.total, sentences.transitions
    if words >= limits.transition_min_words:
        transition_share = _higher_is_better(
            transitions, total, limits.transition_share_good, limits.transition_share_poor
        )
    else:
        transition_share = Share(transitions, total, "n/a")
    counts = Counter(map(_RULE, findings))
    return StyleSummary(
        _lower_is_better(sentences.long, total, limits.long_share_good, limits.long_share_poor),
        _lower_is_better(
            sentences.passive, total, limits.passive_share_good, limits.passive_share_poor
        ),
        transition_share,
        tuple(sorted(counts.items())),
    )


@dataclass(frozen=True, slots=True)
class ChunkSections:
    """How one chunk's blocks fall into sections (offsets relative to the chunk).

    ``lead_words`` are the words before its first heading (they continue the section open
    before the chunk); each of ``sections`` is a heading's span and the words after it
    within the chunk. ``first_block`` is the span of its first block, if any.
    """

    first_block: tuple[int, int] | None
    lead_words: int
    sections: tuple[tuple[int, int, int], ...]


def chunk_sections(blocks: Sequence[BlockInfo]) -> ChunkSections:
    """The section figures of one chunk's blocks, for ``long_section_findings``."""
    lead_words = 0
    sections: list[list[int]] = []
    for block in blocks:
        if block.kind == "heading":
            sections.append([block.prose.source_start, block.prose.source_end, 0])
        elif sections:
            sections[-1][2] += block.counts.words
        else:
            lead_words += block.counts.words
    first = blocks[0].prose if blocks else None
    return ChunkSections(
        (first.source_start, first.source_end) if first is not None else None,
        lead_words,
        tuple((start, end, words) for start, end, words in sections),
    )


def long_section_findings(
    chunks: Sequence[tuple[int, ChunkSections]], limits: Thresholds
) -> list[Finding]:
    """Sections of more than ``section_max_words`` without a subheading, or more than
    ``section_max_words_with_subheadings`` in a post that has some.

    ``chunks`` pairs the sections of each chunk with the chunk's source offset. The finding
    covers the section's first block (its heading, if it has one), where a new subheading
    would help. A heading that opens the story (its title, when the title is in the text)
    is no subheading.
    """
    sections: list[tuple[tuple[int, int], int]] = []  # each section's anchor and its words
    subheadings = 0
    for offset, parts in chunks:
        if not sections and parts.first_block is not None:
            sections.append(((offset + parts.first_block[0], offset + parts.first_block[1]), 0))
        if sections:
            anchor, words = sections[-1]
            sections[-1] = (anchor, words + parts.lead_words)
        for start, end, words in parts.sections:
            anchor = (offset + start, offset + end)
            if sections and sections[-1][0] == anchor:  # the story opens with this heading
                sections[-1] = (anchor, words)
            else:
                sections.append((anchor, words))
                subheadings += 1
    limit = limits.section_max_words_with_subheadings if subheadings else limits.section_max_words
    return [
        Finding(
            "long_section",
            anchor[0],
            anchor[1],
            Severity.INFO,
            f"{words:,} words without a subheading.",
            "Add a subheading every few hundred words so skimmers can find their place.",
        )
        for anchor, words in sections
        if words > limit
    ]
