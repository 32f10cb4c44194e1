"""The incremental analyser: one call turns a draft into a Report, reusing unchanged chunks.

The Markdown is cut into chunks (see ``app.document.chunks``); each chunk's analysis is cached by
its text, so after a keystroke only the edited chunk is parsed and counted again. Document
figures are sums over chunks, and findings are shifted from chunk offsets to source offsets.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import threading
from bisect import insort
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter, itemgetter
from typing import cast

from app.analysis.engine.bounds import analysed_length
from app.analysis.engine.chunks import ChunkAnalysis, Detectors, analyze_chunks
from app.analysis.engine.detectors import default_detectors
from app.analysis.engine.keyword_tracker import KeywordTracker
from app.analysis.engine.layout import ChunkLayout
from app.analysis.engine.parts import (
    GRAMMAR_RULES,
    START_END,
    ChunkParts,
    ChunkSums,
    PlacedParts,
    add_up,
    chunk_parts,
)
from app.analysis.engine.report import Heading, Report
from app.analysis.engine.settings import AnalysisSettings
from app.analysis.engine.style_summary import (
    long_section_findings,
    summarize_style,
)
from app.analysis.insights.headline import analyze_headline
from app.analysis.insights.intro import IntroReport, analyze_intro
from app.analysis.insights.keywords import BlockTerms
from app.analysis.insights.read_time import read_time
from app.analysis.insights.readability import readability
from app.analysis.rules.findings import Finding
from app.analysis.rules.grammar.check import in_writers_apostrophes
from app.analysis.rules.spelling import SpellingChecker
from app.analysis.rules.spelling.context import outside_code_words, soften_repeated
from app.analysis.rules.style.captions import outside_captions
from app.document.post import heading_text, normalize_line_breaks
from app.document.prose import ImageRef

# Blocks after the first paragraph handed to the intro analysis: enough for an opening of a
# few short lines of dialogue, without walking a long draft's blocks on every keystroke.
OPENING_BLOCKS = 12
_FINDINGS = attrgetter("findings")
_HEADINGS = attrgetter("headings")
_IMAGES = attrgetter("images")
_BLOCK_TEXTS = attrgetter("block_texts")
_CODE_LANGUAGES = attrgetter("code_languages")
_SUMS = attrgetter("sums")
_LAST_PARAGRAPH = attrgetter("last_paragraph")
_OPENING = attrgetter("opening")
_SECTIONS = attrgetter("sections")
_SPELLING_UNDER_GRAMMAR = attrgetter("spelling_under_grammar")
_OFFSET, _KEY = itemgetter(0), itemgetter(1)


def _same_request(old: tuple[object, ...], new: tuple[object, ...]) -> bool:
    """Equal texts and keyphrases, and the very same settings and detectors objects."""
    return old[:5] == new[:5] and old[5] is new[5] and old[6] is new[6]


class Analyzer:
    """Analyses drafts; keep one per editor so its chunk cache follows the writer's edits.

    Not thread-safe for concurrent ``analyze`` calls; the UI runs one analysis at a time.
    """

    def __init__(
        self,
        settings: AnalysisSettings | None = None,
        detectors: Detectors | None = None,
    ) -> None:
        self._settings = settings or AnalysisSettings()
        self._detectors = detectors or default_detectors()
        self._current: dict[object, ChunkAnalysis] = {}
        self._previous: dict[object, ChunkAnalysis] = {}
        self._layout = ChunkLayout()
        self._keywords = KeywordTracker()
        # The intro report of the last analysis: most edits leave the opening alone.
        self._intro: tuple[tuple[str, str, str, str, tuple[str, ...]], IntroReport] | None = None
        # The slips of recent titles and subtitles, by their text: most edits are in the body.
        self._line_findings: dict[str, tuple[Finding, ...]] = {}
        # The last analysis's findings, headings and images per chunk key, placed at the
        # chunk's offset; None for a chunk that has none.
        self._placed_parts: dict[object, PlacedParts | None] = {}
        # The last analysis's parts per chunk key (they depend on the settings too).
        self._parts: dict[object, ChunkParts] = {}
        # A small number per set of link definitions, for chunk keys (see _reference_token).
        self._reference_tokens: dict[tuple[tuple[str, str], ...], int] = {}
        self._reference_serial = itertools.count(1)
        # The last request and its report: asking again with nothing changed costs nothing.
        self._last: tuple[tuple[object, ...], Report] | None = None
        self._lock = threading.Lock()
        # What configure() asked for last; the next analysis takes it up under the lock, so
        # the window never waits for an analysis under way on the worker thread.
        self._wanted = (self._settings, self._detectors)

    @property
    def settings(self) -> AnalysisSettings:
        """The settings configured last (the next analysis uses them)."""
        return self._wanted[0]

    def configure(
        self, settings: AnalysisSettings | None = None, detectors: Detectors | None = None
    ) -> None:
        """Change settings or detectors for the next analysis, without waiting for one under
        way; cached chunks are dropped when the detectors change."""
        wanted_settings, wanted_detectors = self._wanted
        self._wanted = (
            wanted_settings if settings is None else settings,
            wanted_detectors if detectors is None else detectors,
        )

    def _take_up_configuration(self) -> None:
        """Apply what configure() asked for (called with the lock held)."""
        settings, detectors = self._wanted
        if settings is not self._settings:
            if settings.thresholds != self._settings.thresholds:
                self._forget()
            self._settings = settings
            self._placed_parts = {}
            self._parts = {}
            self._line_findings = {}
        if detectors is not self._detectors:
            self._detectors = detectors
            self._forget()

    def _forget(self) -> None:
        self._last = None
        self._current = {}
        self._previous = {}
        self._placed_parts = {}
        self._parts = {}
        self._line_findings = {}
        self._keywords.reset()

    def _chunks(
        self, keys: list[object], texts: list[str], references: dict[str, str]
    ) -> list[ChunkAnalysis]:
        """The analysis of each chunk (``keys[i]`` is the cache key of ``texts[i]``)."""
        # The chunks of the last analysis are looked up in C; only the others, one or two
        # after a keystroke, take steps in Python.
        found: list[ChunkAnalysis | None] = list(map(self._current.get, keys))
        absent = [index for index, analysis in enumerate(found) if analysis is None]
        missing: dict[object, str] = {}  # a chunk written twice is analysed once
        for index in absent:
            found[index] = self._previous.get(keys[index])
            if found[index] is None:
                missing[keys[index]] = texts[index]
        if missing:
            # All new chunks at once: the analysis runs each step over all of them in turn.
            thresholds = self._settings.thresholds
            new = analyze_chunks(list(missing.values()), self._detectors, thresholds, references)
            analysed = dict(zip(missing, new, strict=True))
            return [analysis or analysed[key] for key, analysis in zip(keys, found, strict=True)]
        return cast(list[ChunkAnalysis], found)  # every chunk was found

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
        keyphrases of the writer's other drafts (to warn about competing with them). A very
        long draft is read up to a bound (see ``bounds``), and the report says where it stopped.
        """
        # Line breaks are normalised in a copy of the same length: offsets stay the caller's.
        source = normalize_line_breaks(source)
        with self._lock:
            self._take_up_configuration()
            # Settings and detectors are compared by identity: configure() replaces them.
            request = (source, title, subtitle, keyphrase, tuple(other_keyphrases),
                       self._settings, self._detectors)  # fmt: skip
            last = self._last
            if last is not None and _same_request(last[0], request):
                return last[1]
            length = analysed_length(source)
            if length < len(source):
                report = dataclasses.replace(
                    self._analyze(source[:length], title, subtitle, keyphrase, other_keyphrases),
                    stopped_at=length,
                    source_length=len(source),
                )
            else:
                report = self._analyze(source, title, subtitle, keyphrase, other_keyphrases)
            self._last = (request, report)
            return report

    def _analyze(
        self,
        source: str,
        title: str,
        subtitle: str,
        keyphrase: str,
        other_keyphrases: Sequence[str],
    ) -> Report:
        settings = self._settings
        placed = self._place_chunks(source)
        body = self._assemble(placed, source)
        counts = body.sums.counts
        # The same rule as the document model's: the first level-1 heading is the title.
        if not title:
            first = next((h for h in body.headings if h.level == 1), None)
            title = heading_text(source, first.start, first.end) if first else ""
        self._keywords.update(map(_KEY, placed), self._current)
        keywords = self._keywords.report(
            placed,
            title=title,
            subtitle=subtitle,
            keyphrase=keyphrase,
            first_paragraph=body.first_paragraph,
            first_paragraph_terms=body.first_paragraph_terms,
            subheadings=[h.text for h in body.headings if h.level > 1],
            word_count=counts.words,
            other_keyphrases=other_keyphrases,
        )
        return Report(
            title=title,
            disabled_rules=settings.disabled_rules,
            counts=counts,
            paragraphs=body.sums.paragraphs,
            images=tuple(body.images),
            code_blocks=body.sums.code_blocks,
            read_time=read_time(counts.words, len(body.images)),
            readability=readability(counts, settings.genre),
            style=summarize_style(
                body.sums.tally, body.findings, counts.words, settings.thresholds
            ),
            findings=tuple(body.findings),
            headings=tuple(body.headings),
            first_paragraph=body.first_paragraph,
            last_paragraph=body.last_paragraph,
            block_texts=tuple(body.block_texts),
            code_languages=tuple(body.code_languages),
            subtitle=subtitle,
            keywords=keywords,
            headline=analyze_headline(title, keyphrase),  # cached by title and keyphrase
            intro=self._intro_of(subtitle, body, keyphrase, title),
            title_findings=_unless_the_story_writes(
                self._slips_of(title, source), title, source, body.findings
            ),
            subtitle_findings=_unless_the_story_writes(
                self._slips_of(subtitle, source), subtitle, source, body.findings
            ),
        )

    def _slips_of(self, line: str, source: str) -> tuple[Finding, ...]:
        """The grammar slips and misspellings of a title or subtitle: the checks that judge
        words, as in a heading, with spelling corrections; offsets into ``line``."""
        if not line.strip():
            return ()
        found = self._line_findings.get(line)
        if found is None:
            detectors, settings = self._detectors, self._settings
            findings = [finding for detect in detectors.fragment for finding in detect(line)]
            if detectors.title_spelling is not None:
                findings.extend(detectors.title_spelling(line))
            findings = [finding for finding in findings if settings.enabled(finding.rule)]
            findings.sort(key=START_END)
            if len(self._line_findings) >= 16:
                self._line_findings.clear()
            found = tuple(_without_spelling_under_grammar(findings))
            self._line_findings[line] = found
        if any("'" in fix for finding in found for fix in finding.replacements):
            # A fix ("It's") is written with the story's own apostrophes.
            return tuple(in_writers_apostrophes(found, f"{line}\n{source}"))
        return found

    def _place_chunks(self, source: str) -> list[PlacedChunk]:
        """Each prose chunk of ``source`` with its offset, cache key and analysis."""
        layout = self._layout
        layout.split(source)
        references = layout.references()
        reference_key = self._reference_token(references) if references else None
        texts = layout.texts
        keys: list[object] = list(texts)
        if reference_key:
            # Only a chunk with a bracket can use a link definition ([text][label], [label]):
            # the others are keyed by their text alone, so they stay cached when a definition
            # changes, and no key is built for them on every keystroke.
            keys = [
                (text, reference_key) if bracketed else text
                for text, bracketed in zip(texts, layout.bracketed, strict=True)
            ]
        analyses = self._chunks(keys, texts, references)
        self._previous, self._current = self._current, dict(zip(keys, analyses, strict=True))
        return list(zip(layout.starts, keys, analyses, strict=True))

    def _reference_token(self, references: dict[str, str]) -> int:
        """A small number standing for this set of link definitions in chunk keys.

        A chunk's analysis depends on the definitions (a reference link's text), so they are
        part of its cache key; as a tuple of hundreds of definitions, every dictionary lookup
        of every chunk would hash them all again.
        """
        definitions = tuple(sorted(references.items()))
        token = self._reference_tokens.get(definitions)
        if token is None:
            if len(self._reference_tokens) >= 8:  # only recent sets still have cached chunks
                self._reference_tokens.clear()
            token = next(self._reference_serial)
            self._reference_tokens[definitions] = token
        return token

    def _assemble(self, placed: list[PlacedChunk], source: str) -> _Body:
        """The document's findings, headings, paragraphs and images, in order."""
        settings = self._settings
        disabled, long_words = settings.disabled_rules, settings.thresholds.long_sentence_words
        previous_parts, previous_positions = self._parts, self._placed_parts
        new_parts: dict[object, ChunkParts] = {}  # a chunk written twice is worked out once
        # Comprehensions, not a loop of statements per chunk: all but one or two chunks are
        # found in the last analysis's parts, and sums and concatenations run in C.
        every_parts = [
            previous_parts.get(key)
            or new_parts.get(key)
            or new_parts.setdefault(key, chunk_parts(analysis, disabled, long_words))
            for _offset, key, analysis in placed
        ]
        # After an edit, the chunks before it keep their offsets, so their findings, headings
        # and images placed by the last analysis are reused; those after it are moved.
        positions = [
            moved
            if (moved := previous_positions.get(key)) is not None and moved.offset == offset
            else parts.placed_at(offset)
            for (offset, key, _analysis), parts in zip(placed, every_parts, strict=True)
        ]
        keys = list(map(_KEY, placed))
        self._parts = dict(zip(keys, every_parts, strict=True))
        self._placed_parts = dict(zip(keys, positions, strict=True))
        positioned = list(filter(None, positions))
        body = _Body(
            findings=list(chain.from_iterable(map(_FINDINGS, positioned))),
            block_texts=list(chain.from_iterable(map(_BLOCK_TEXTS, every_parts))),
            code_languages=list(chain.from_iterable(map(_CODE_LANGUAGES, every_parts))),
            images=list(chain.from_iterable(map(_IMAGES, positioned))),
            headings=list(chain.from_iterable(map(_HEADINGS, positioned))),
            sums=add_up(map(_SUMS, every_parts)),
            last_paragraph=next(filter(None, map(_LAST_PARAGRAPH, reversed(every_parts))), ""),
        )
        # The first paragraph with text; failing that, the last chunk opening's empty one.
        for opening in filter(None, map(_OPENING, every_parts)):
            body.first_paragraph, body.first_paragraph_terms = opening
            if body.first_paragraph:
                break
        findings = body.findings  # in order already: each chunk's are sorted
        if settings.enabled("long_section"):
            sections = long_section_findings(
                list(zip(map(_OFFSET, placed), map(_SECTIONS, every_parts), strict=True)),
                settings.thresholds,
            )
            for finding in sections:  # after the chunks' findings at the same place
                insort(findings, finding, key=START_END)
        if "![" in source:  # a caption describes a picture: no advice there
            findings = outside_captions(source, findings)
        # A word the post's code writes (a command, a package) is spelled as the code has it.
        code_words = [parts.code_words for parts in every_parts if parts.code_words]
        if code_words:
            findings = outside_code_words(findings, source, "spelling", code_words)
        # A word used three times or more is the writer's choice: one soft flag at most.
        findings = soften_repeated(findings, source, "spelling")
        if any(map(_SPELLING_UNDER_GRAMMAR, every_parts)):
            findings = _without_spelling_under_grammar(findings)
        # A fix ("It's") is written with the draft's own apostrophes.
        findings = in_writers_apostrophes(findings, source)
        body.findings = findings
        return body

    def _intro_of(self, subtitle: str, body: _Body, keyphrase: str, title: str) -> IntroReport:
        following = _after_first_paragraph(body)
        request = (subtitle, body.first_paragraph, keyphrase, title, following)
        if self._intro is None or self._intro[0] != request:
            intro = analyze_intro(
                subtitle, body.first_paragraph, keyphrase or None, title, following
            )
            self._intro = (request, intro)
        return self._intro[1]


def _unless_the_story_writes(
    found: tuple[Finding, ...], line: str, source: str, body: Sequence[Finding]
) -> tuple[Finding, ...]:
    """A title's or subtitle's unknown word that the story itself writes, letter for letter,
    where its own check does not flag it, is a name the writer means ("Outreachy" in "My
    Internship With Outreachy", a name inside the story's sentences): no misspelling."""
    if not any(finding.rule == "spelling" for finding in found):
        return found
    flagged = [(f.start, f.end) for f in body if f.rule == "spelling"]

    def written(word: str) -> bool:
        return any(
            not any(start <= use.start() < end for start, end in flagged)
            for use in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", source)
        )

    return tuple(
        finding
        for finding in found
        if finding.rule != "spelling" or not written(line[finding.start : finding.end])
    )


def _without_spelling_under_grammar(findings: list[Finding]) -> list[Finding]:
    """A word a grammar check flags ("alot") is not flagged again as a misspelling: the
    grammar finding says more and carries the fix."""
    grammar_spans = {(f.start, f.end) for f in findings if f.rule in GRAMMAR_RULES}
    if not grammar_spans:
        return findings
    return [f for f in findings if not (f.rule == "spelling" and (f.start, f.end) in grammar_spans)]


# A chunk's place in the source: its offset, its cache key and its analysis.
PlacedChunk = tuple[int, object, ChunkAnalysis]


@dataclass(slots=True)
class _Body:
    """What the chunks add up to, collected in one pass over them."""

    findings: list[Finding] = field(default_factory=list)
    block_texts: list[str] = field(default_factory=list)
    code_languages: list[str] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sums: ChunkSums = field(default_factory=lambda: add_up(()))
    first_paragraph: str = ""
    first_paragraph_terms: BlockTerms | None = None
    last_paragraph: str = ""


def _after_first_paragraph(body: _Body) -> tuple[str, ...]:
    """The blocks after the first paragraph, up to the next heading (a few at most): the
    rest of the opening, where a story may say what the reader will get."""
    texts, first = body.block_texts, body.first_paragraph
    if not first or first not in texts:
        return ()
    headings = {heading.text for heading in body.headings}
    start = texts.index(first) + 1
    following = []
    for text in texts[start : start + OPENING_BLOCKS]:
        if text in headings:
            break
        following.append(text)
    return tuple(following)


def analyze(
    source: str,
    *,
    title: str = "",
    subtitle: str = "",
    keyphrase: str = "",
    settings: AnalysisSettings | None = None,
    spelling_suggestions: bool = False,
    personal_words: Collection[str] = (),
) -> Report:
    """One-off analysis (the command line's entry point); ``personal_words`` is the
    writer's dictionary, words spelling never flags."""
    checker = SpellingChecker(personal_words) if personal_words else None
    detectors = default_detectors(checker, spelling_suggestions=spelling_suggestions)
    return Analyzer(settings, detectors).analyze(
        source, title=title, subtitle=subtitle, keyphrase=keyphrase
    )
