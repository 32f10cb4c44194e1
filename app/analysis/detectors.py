"""The style checks the engine runs on every block, assembled in one place."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.analysis.chunk_analysis import Detectors
from app.analysis.findings import Finding
from app.analysis.grammar import find_grammar
from app.analysis.spelling import SpellingChecker
from app.analysis.style import (
    SENTENCE_DETECTORS,
    TEXT_DETECTORS,
    find_repeated_starts,
    has_transition,
)
from app.analysis.style.openings import REPEATED_START_RUN


def _repeated_starts(text: str, spans: Sequence[tuple[int, int]]) -> list[Finding]:
    if len(spans) < REPEATED_START_RUN:  # spares slicing the sentences of most blocks
        return []
    return find_repeated_starts([(start, text[start:end]) for start, end in spans])


def _whole_block(detect: Callable[[str], list[Finding]]):  # -> BlockDetector
    def run(text: str, _spans: Sequence[tuple[int, int]]) -> list[Finding]:
        return detect(text)

    return run


@dataclass(frozen=True)
class DetectorRecipe:
    """What ``default_detectors`` needs, as plain values: calling it builds equal detectors,
    in this process or in the helper process that analyses part of a long draft."""

    personal_words: frozenset[str] = frozenset()
    ignored_words: frozenset[str] = frozenset()
    accept_british: bool = True
    spelling_suggestions: bool = False

    def __call__(self) -> Detectors:
        checker = SpellingChecker(
            self.personal_words, self.ignored_words, accept_british=self.accept_british
        )
        return default_detectors(checker, spelling_suggestions=self.spelling_suggestions)


def default_detectors(
    checker: SpellingChecker | None = None, *, spelling_suggestions: bool = False
) -> Detectors:
    """Every style rule, the grammar checks and spelling (the writer's dictionary lives in
    ``checker``).

    Corrections are left out of spelling findings unless ``spelling_suggestions`` is set:
    ranking them costs time, so the editor asks only when the writer right-clicks a word, and
    the command line, which prints them, asks for them up front.
    """
    speller = checker or SpellingChecker()

    def spelling(text: str, runs: Sequence[str] | None) -> list[Finding]:
        return speller.findings(text, with_suggestions=spelling_suggestions, runs=runs)

    return Detectors(
        sentence=tuple(SENTENCE_DETECTORS.values()),
        block=(
            *(_whole_block(detect) for detect in TEXT_DETECTORS.values()),
            _repeated_starts,
            _whole_block(find_grammar),
        ),
        has_transition=has_transition,
        spelling=spelling,
        recipe=DetectorRecipe(
            speller.personal_words,
            speller.ignored_words,
            speller.accept_british,
            spelling_suggestions,
        ),
    )
