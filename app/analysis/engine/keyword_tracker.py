"""Keywords for the engine: an incrementally maintained index and cached keyphrase facts.

The engine hands over the document's chunks after every analysis; only chunks that appeared
or disappeared since the previous call touch the keyword index, and keyphrase facts are cached
per (keyphrase, chunk), so a keystroke costs one chunk's worth of keyword work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from app.analysis.engine.chunks import ChunkAnalysis
from app.analysis.insights.keywords import (
    BlockTerms,
    Keyphrase,
    KeyphraseMatcher,
    KeyphraseReport,
    KeywordIndex,
    names_in_title,
    suggest_focus_keyphrase,
    topic_mismatch,
)
from app.analysis.insights.keywords import thresholds as th

TOP_KEYPHRASES = 10


def _stands_out(keyphrase: Keyphrase, title: str) -> bool:
    """Whether a short draft's ``keyphrase`` is one of its topics all the same: written again
    and again, or named in the title."""
    return keyphrase.uses >= th.TOPIC_SHORT_MIN_USES or names_in_title(title, keyphrase.phrase)


@dataclass(frozen=True, slots=True)
class KeyphraseFacts:
    """One chunk's facts about one keyphrase; spans are chunk-relative source ranges."""

    sentence_words: tuple[int, ...]
    sentence_hits: tuple[bool, ...]
    occurrences: int
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class KeywordReport:
    extracted: tuple[Keyphrase, ...]
    suggested_keyphrase: str | None
    topic_warning: str | None
    keyphrase: KeyphraseReport | None
    keyphrase_spans: tuple[tuple[int, int], ...]
    #: The words the text writes as people's names ("xiaoling"): no tag of their own.
    people: frozenset[str] = frozenset()

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "extracted": [phrase.to_dict() for phrase in self.extracted],
            "suggested_keyphrase": self.suggested_keyphrase,
            "topic_warning": self.topic_warning,
            "keyphrase": None,
            "occurrences": 0,
            "density": 0.0,
            "checks": [],
        }
        if self.keyphrase is not None:
            data.update(self.keyphrase.to_dict())
            data["occurrence_spans"] = [list(span) for span in self.keyphrase_spans]
        return data


def keyphrase_facts(analysis: ChunkAnalysis, matcher: KeyphraseMatcher) -> KeyphraseFacts:
    """Occurrences (body only) and per-sentence hits for one chunk; spans include headings."""
    words: list[int] = []
    hits: list[bool] = []
    spans: list[tuple[int, int]] = []
    occurrences = 0
    for block in analysis.blocks:
        found = matcher.occurrences(block.text)
        spans.extend(block.prose.source_span(start, end) for start, end in found)
        if block.kind == "heading":
            continue
        occurrences += len(found)
        for sentence in block.sentences:
            words.append(sentence.counts.words)
            hits.append(bool(found) and matcher.in_sentence(sentence.text))
    return KeyphraseFacts(tuple(words), tuple(hits), occurrences, tuple(spans))


class KeywordTracker:
    """Keeps a KeywordIndex in step with the document's chunks; not thread-safe."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        """Forget every chunk (the next update indexes the document afresh)."""
        self._index = KeywordIndex()
        self._indexed: Counter[object] = Counter()
        self._repeated: set[object] = set()  # keys indexed more than once
        self._terms: dict[object, ChunkAnalysis] = {}
        self._facts: dict[tuple[str, object], KeyphraseFacts] = {}
        self._matchers: dict[str, KeyphraseMatcher] = {}

    def update(self, keys: Iterable[object], analyses: Mapping[object, ChunkAnalysis]) -> None:
        """Make the index hold exactly the chunks ``keys`` names (keyed as the engine caches
        them, a chunk written twice named twice); ``analyses`` has the analysis of each."""
        wanted = Counter(keys)
        indexed = self._indexed
        if wanted.items() == indexed.items():  # compared in C (Counter's == loops in Python)
            return
        # Keys that came or went, and those written more than once (whose count may differ):
        # set operations on the key views, not a pass over every chunk in Python.
        changed = indexed.keys() ^ wanted.keys()
        repeated = {key for key, count in wanted.items() if count > 1}
        changed.update(repeated, self._repeated)
        gone = {key: indexed[key] - wanted[key] for key in changed if indexed[key] > wanted[key]}
        new = {key: wanted[key] - indexed[key] for key in changed if wanted[key] > indexed[key]}
        terms = self._terms
        for key, count in gone.items():
            for _ in range(count):
                for block in terms[key].terms:
                    self._index.remove(block)
        added: list[BlockTerms] = []
        for key, count in new.items():
            terms.setdefault(key, analyses[key])
            added.extend(terms[key].terms * count)
        self._index.add_many(added)
        self._indexed, self._repeated = wanted, repeated
        dropped = [key for key in gone if key not in wanted]
        for key in dropped:
            del terms[key]
        if dropped and self._facts:
            live = wanted.keys()
            self._facts = {k: v for k, v in self._facts.items() if k[1] in live}

    def report(
        self,
        chunks: Sequence[tuple[int, object, ChunkAnalysis]],
        *,
        title: str,
        subtitle: str,
        keyphrase: str,
        first_paragraph: str,
        first_paragraph_terms: BlockTerms | None,
        subheadings: Sequence[str],
        word_count: int,
        other_keyphrases: Sequence[str],
    ) -> KeywordReport:
        extracted = self._index.top(title, TOP_KEYPHRASES, intro=first_paragraph_terms)
        people = self._index.people()
        says_enough = word_count >= th.TOPIC_MIN_WORDS
        if not says_enough:  # only what stands out all the same: topics, tags, a keyphrase
            extracted = tuple(k for k in extracted if _stands_out(k, title))
        suggestion = (
            None
            if keyphrase.strip()
            else suggest_focus_keyphrase((), title, keyphrases=extracted, people=people)
        )
        warning = topic_mismatch(title, extracted) if title.strip() and says_enough else None
        if not keyphrase.strip():
            return KeywordReport(extracted, suggestion, warning, None, (), people)
        matcher = self._matchers.get(keyphrase)
        if matcher is None:
            matcher = self._matchers[keyphrase] = KeyphraseMatcher(keyphrase)
        words: list[int] = []
        hits: list[bool] = []
        spans: list[tuple[int, int]] = []
        occurrences = 0
        for offset, key, analysis in chunks:
            facts = self._facts.get((keyphrase, key))
            if facts is None:
                facts = self._facts[(keyphrase, key)] = keyphrase_facts(analysis, matcher)
            words.extend(facts.sentence_words)
            hits.extend(facts.sentence_hits)
            occurrences += facts.occurrences
            spans.extend((offset + start, offset + end) for start, end in facts.spans)
        result = matcher.report(
            title=title,
            subtitle=subtitle,
            first_paragraph=first_paragraph,
            subheadings=subheadings,
            sentence_words=words,
            sentence_hits=hits,
            occurrences=occurrences,
            word_count=word_count,
            other_draft_keyphrases=other_keyphrases,
        )
        return KeywordReport(extracted, None, warning, result, tuple(spans), people)
