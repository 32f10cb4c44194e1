"""The one Report the sidebar renders and ``clapwise analyze --json`` prints."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.engine.keyword_tracker import KeywordReport
from app.analysis.engine.style_summary import StyleSummary
from app.analysis.insights.headline import HeadlineReport
from app.analysis.insights.intro import IntroReport
from app.analysis.insights.read_time import ReadTime
from app.analysis.insights.readability import Readability
from app.analysis.rules.findings import Finding
from app.analysis.text.counts import TextCounts
from app.document.prose import ImageRef


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Report:
    """Everything Clapwise knows about a draft. Offsets are into the Markdown source."""

    title: str
    counts: TextCounts
    paragraphs: int
    images: tuple[ImageRef, ...]
    code_blocks: int
    read_time: ReadTime
    readability: Readability
    style: StyleSummary
    findings: tuple[Finding, ...]
    # The rules switched off when this report was made: their findings are absent, so a
    # count of zero for them says nothing.
    disabled_rules: frozenset[str]
    headings: tuple[Heading, ...]
    first_paragraph: str
    last_paragraph: str  # the closing paragraph, list item or quote
    block_texts: tuple[str, ...]  # the prose of every block, in order (headings included)
    code_languages: tuple[str, ...]  # the language each fenced code block names, in order
    subtitle: str
    keywords: KeywordReport
    headline: HeadlineReport
    intro: IntroReport
    # Set when the draft is longer than one analysis reads (see ``bounds``): the offset where
    # the analysis stopped; everything above describes the text before it.
    stopped_at: int | None = None
    source_length: int = 0
    # Grammar slips and misspellings in the title and in the subtitle (word-level checks
    # only); their offsets are into ``title`` and ``subtitle``, not the source.
    title_findings: tuple[Finding, ...] = ()
    subtitle_findings: tuple[Finding, ...] = ()

    @property
    def words(self) -> int:
        return self.counts.words

    @property
    def sentences(self) -> int:
        return self.counts.sentences

    def to_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "words": self.words,
            "sentences": self.sentences,
            "paragraphs": self.paragraphs,
            "images": len(self.images),
            "read_time_minutes": round(self.read_time.minutes, 2),
            "read_time": self.read_time.to_dict(),
            "counts": self.counts.to_dict(),
            "readability": self.readability.to_dict(),
            "style": self.style.to_dict(),
            "rules_off": sorted(self.disabled_rules),
            "headings": [
                {"level": h.level, "text": h.text, "start": h.start, "end": h.end}
                for h in self.headings
            ],
            "headline": self.headline.to_dict(),
            "intro": self.intro.to_dict(),
            "keywords": self.keywords.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "title_findings": [finding.to_dict() for finding in self.title_findings],
            "subtitle_findings": [finding.to_dict() for finding in self.subtitle_findings],
            **self.analysed_part(),
        }

    def analysed_part(self) -> dict[str, object]:
        """``{"analysed": {...}}`` when the analysis stopped short of the end, else ``{}``:
        every JSON output built on a report says so the same way."""
        if self.stopped_at is None:
            return {}
        return {"analysed": {"characters": self.stopped_at, "of": self.source_length}}
