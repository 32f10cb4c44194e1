"""The one Report the sidebar renders and ``clapwise analyze --json`` prints."""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.counts import TextCounts
from app.analysis.findings import Finding
from app.analysis.headline import HeadlineReport
from app.analysis.intro import IntroReport
from app.analysis.keyword_tracker import KeywordReport
from app.analysis.prose import ImageRef
from app.analysis.read_time import ReadTime
from app.analysis.readability import Readability
from app.analysis.style_summary import StyleSummary


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
    headings: tuple[Heading, ...]
    first_paragraph: str
    subtitle: str
    keywords: KeywordReport
    headline: HeadlineReport
    intro: IntroReport

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
            "headings": [
                {"level": h.level, "text": h.text, "start": h.start, "end": h.end}
                for h in self.headings
            ],
            "headline": self.headline.to_dict(),
            "intro": self.intro.to_dict(),
            "keywords": self.keywords.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
        }
