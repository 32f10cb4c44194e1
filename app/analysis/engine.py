"""The incremental analyser: one call turns a draft into a Report, reusing unchanged chunks.

The Markdown is cut into chunks (see ``markdown_source``); each chunk's analysis is cached by
its text, so after a keystroke only the edited chunk is parsed and counted again. Document
figures are sums over chunks, and findings are shifted from chunk offsets to source offsets.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from operator import attrgetter

from app.analysis.chunk_analysis import ChunkAnalysis, Detectors, analyze_chunks
from app.analysis.collector import collection_paused
from app.analysis.counts import total
from app.analysis.detectors import default_detectors
from app.analysis.findings import Finding
from app.analysis.headline import HeadlineReport, analyze_headline
from app.analysis.helper_process import AnalysisHelper
from app.analysis.intro import analyze_intro
from app.analysis.keyword_tracker import KeywordTracker
from app.analysis.markdown_source import reference_definitions, split_chunks
from app.analysis.prose import ImageRef
from app.analysis.read_time import read_time
from app.analysis.readability import readability
from app.analysis.report import Heading, Report
from app.analysis.settings import AnalysisSettings
from app.analysis.style.captions import outside_captions
from app.analysis.style_summary import long_section_findings, summarize_style

_PARAGRAPH_KINDS = frozenset({"paragraph", "list_item", "quote"})
_START_END = attrgetter("start", "end")


class Analyzer:
    """Analyses drafts; keep one per editor so its chunk cache follows the writer's edits.

    Not thread-safe for concurrent ``analyze`` calls; the UI runs one analysis at a time.
    """

    def __init__(
        self,
        settings: AnalysisSettings | None = None,
        detectors: Detectors | None = None,
        helper: AnalysisHelper | None = None,
    ) -> None:
        """``helper``, when given, takes part of long jobs to a second core."""
        self._settings = settings or AnalysisSettings()
        self._detectors = detectors or default_detectors()
        self._analyze_chunks = helper.analyze_chunks if helper is not None else analyze_chunks
        self._current: dict[object, ChunkAnalysis] = {}
        self._previous: dict[object, ChunkAnalysis] = {}
        self._keywords = KeywordTracker()
        self._headlines: dict[tuple[str, str], HeadlineReport] = {}
        # The last analysis's findings per (chunk key, offset), shifted to source offsets.
        self._placed_findings: dict[tuple[object, int], tuple[Finding, ...]] = {}
        self._lock = threading.Lock()

    @property
    def settings(self) -> AnalysisSettings:
        return self._settings

    def configure(
        self, settings: AnalysisSettings | None = None, detectors: Detectors | None = None
    ) -> None:
        """Change settings or detectors; cached chunks are dropped when the detectors change."""
        with self._lock:
            if settings is not None:
                if settings.thresholds != self._settings.thresholds:
                    self._forget()
                self._settings = settings
            if detectors is not None:
                self._detectors = detectors
                self._forget()

    def _forget(self) -> None:
        self._current = {}
        self._previous = {}
        self._placed_findings = {}
        self._keywords.reset()

    def _chunks(
        self, texts: dict[object, str], references: dict[str, str]
    ) -> dict[object, ChunkAnalysis]:
        """The analysis of each chunk (``texts`` maps cache keys to chunk texts)."""
        found: dict[object, ChunkAnalysis] = {}
        missing: dict[object, str] = {}
        for key, text in texts.items():
            analysis = self._current.get(key)
            if analysis is None:
                analysis = self._previous.get(key)
            if analysis is None:
                missing[key] = text
            else:
                found[key] = analysis
        if missing:
            # All new chunks at once: the analysis runs each step over all of them in turn.
            analysed = self._analyze_chunks(
                list(missing.values()), self._detectors, self._settings.thresholds, references
            )
            found.update(zip(missing, analysed, strict=True))
        return found

    def analyze(
        self,
        source: str,
        *,
        title: str = "",
        subtitle: str = "",
        keyphrase: str = "",
        other_keyphrases: Sequence[str] = (),
    ) -> Report:
        """Analyse ``source`` (Markdown). Unchanged chunks come from the cache.

        ``title`` defaults to the first ``# `` heading; ``other_keyphrases`` are the focus
        keyphrases of the writer's other drafts (to warn about competing with them).
        """
        with self._lock, collection_paused():
            return self._analyze(source, title, subtitle, keyphrase, other_keyphrases)

    def _analyze(
        self,
        source: str,
        title: str,
        subtitle: str,
        keyphrase: str,
        other_keyphrases: Sequence[str],
    ) -> Report:
        settings = self._settings
        references = reference_definitions(source) if "]:" in source else {}
        reference_key = tuple(sorted(references.items()))
        placed: list[tuple[int, object]] = []
        texts: dict[object, str] = {}  # a chunk written twice is analysed once
        for chunk in split_chunks(source):
            if chunk.is_front_matter:
                continue
            key = (chunk.text, reference_key) if reference_key else chunk.text
            texts[key] = chunk.text
            placed.append((chunk.start, key))
        used = self._chunks(texts, references)
        keyed = [(offset, key, used[key]) for offset, key in placed]
        self._previous, self._current = self._current, used

        enabled = settings.enabled
        disabled = settings.disabled_rules
        findings: list[Finding] = []
        blocks = []
        images = []
        headings: list[Heading] = []
        paragraphs = code_blocks = 0
        first_paragraph = ""
        first_paragraph_terms = None
        shifted = self._placed_findings
        placed_findings: dict[tuple[object, int], tuple[Finding, ...]] = {}
        for offset, key, analysis in keyed:
            # A chunk's findings in source offsets; after an edit, the chunks before it keep
            # their offsets, so their shifted findings are reused.
            where = (key, offset)
            moved = placed_findings.get(where) or shifted.get(where)
            if moved is None:
                moved = (
                    tuple(finding.shifted(offset) for finding in analysis.findings)
                    if offset
                    else analysis.findings
                )
            placed_findings[where] = moved
            if disabled:
                findings.extend(finding for finding in moved if finding.rule not in disabled)
            else:
                findings.extend(moved)
            images.extend(
                ImageRef(image.alt, image.src, image.offset + offset) for image in analysis.images
            )
            code_blocks += analysis.code_blocks
            for block, terms in zip(analysis.blocks, analysis.terms, strict=True):
                blocks.append((offset, block))
                if block.kind == "heading":
                    prose = block.prose
                    headings.append(
                        Heading(
                            block.level,
                            block.text,
                            offset + prose.source_start,
                            offset + prose.source_end,
                        )
                    )
                elif block.kind in _PARAGRAPH_KINDS:
                    paragraphs += 1
                    if not first_paragraph and block.kind == "paragraph":
                        first_paragraph = block.text
                        first_paragraph_terms = terms
        if enabled("long_section"):
            findings.extend(long_section_findings(blocks, settings.thresholds))
        if "![" in source:
            findings = outside_captions(source, findings)  # a caption describes a picture
        findings.sort(key=_START_END)
        self._placed_findings = placed_findings

        counts = total([analysis.counts for _offset, _key, analysis in keyed])
        if not title:
            title = next((h.text for h in headings if h.level == 1), "")
        self._keywords.update([(key, analysis) for _offset, key, analysis in keyed])
        keywords = self._keywords.report(
            keyed,
            title=title,
            subtitle=subtitle,
            keyphrase=keyphrase,
            first_paragraph=first_paragraph,
            first_paragraph_terms=first_paragraph_terms,
            subheadings=[h.text for h in headings if h.level > 1],
            word_count=counts.words,
            other_keyphrases=other_keyphrases,
        )
        headline_key = (title, keyphrase)
        headline = self._headlines.get(headline_key)
        if headline is None:
            if len(self._headlines) > 64:  # the writer's recent titles are enough
                self._headlines.clear()
            headline = self._headlines[headline_key] = analyze_headline(title, keyphrase or None)
        intro = analyze_intro(subtitle, first_paragraph, keyphrase or None, title)
        return Report(
            title=title,
            counts=counts,
            paragraphs=paragraphs,
            images=tuple(images),
            code_blocks=code_blocks,
            read_time=read_time(counts.words, len(images)),
            readability=readability(counts, settings.genre),
            style=summarize_style(
                [block for _offset, block in blocks], findings, counts.words, settings.thresholds
            ),
            findings=tuple(findings),
            headings=tuple(headings),
            first_paragraph=first_paragraph,
            subtitle=subtitle,
            keywords=keywords,
            headline=headline,
            intro=intro,
        )


def analyze(
    source: str,
    *,
    title: str = "",
    subtitle: str = "",
    keyphrase: str = "",
    settings: AnalysisSettings | None = None,
    spelling_suggestions: bool = False,
) -> Report:
    """One-off analysis (the command line's entry point)."""
    detectors = default_detectors(spelling_suggestions=spelling_suggestions)
    return Analyzer(settings, detectors).analyze(
        source, title=title, subtitle=subtitle, keyphrase=keyphrase
    )
