"""The style checks the engine runs on every block, assembled in one place."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from app.analysis.engine.chunks import Detectors
from app.analysis.rules.findings import Finding
from app.analysis.rules.grammar import find_grammar
from app.analysis.rules.spelling import SpellingChecker, SuggestionBudget
from app.analysis.rules.style import (
    SENTENCE_DETECTORS,
    TEXT_DETECTORS,
    find_repeated_starts,
    has_transition,
)
from app.analysis.rules.style.openings import REPEATED_START_RUN


def _repeated_starts(text: str, spans: Sequence[tuple[int, int]]) -> list[Finding]:
    if len(spans) < REPEATED_START_RUN:  # spares slicing the sentences of most blocks
        return []
    return find_repeated_starts([(start, text[start:end]) for start, end in spans])


def _whole_block(detect: Callable[[str], list[Finding]]):  # -> BlockDetector
    def run(text: str, _spans: Sequence[tuple[int, int]]) -> list[Finding]:
        return detect(text)

    return run


def default_detectors(
    checker: SpellingChecker | None = None, *, spelling_suggestions: bool = False
) -> Detectors:
    """Every style rule, the grammar checks and spelling (the writer's dictionary lives in
    ``checker``).

    The title and subtitle get the grammar checks and spelling with its corrections: they
    are a few words, and the checklist and the headline card name the fix.

    Corrections are left out of spelling findings unless ``spelling_suggestions`` is set:
    ranking them costs time, so the editor asks only when the writer right-clicks a word, and
    the command line, which prints them, asks for them up front, for a bounded number of
    different words per set of detectors (one set per file).
    """
    speller = checker or SpellingChecker()
    budget = SuggestionBudget()

    def spelling(text: str, runs: Sequence[str] | None) -> list[Finding]:
        return speller.findings(
            text, with_suggestions=spelling_suggestions, runs=runs, budget=budget
        )

    def title_spelling(text: str) -> list[Finding]:
        return speller.findings(text, with_suggestions=True)

    return Detectors(
        sentence=tuple(SENTENCE_DETECTORS.values()),
        block=(
            *(_whole_block(detect) for detect in TEXT_DETECTORS.values()),
            _repeated_starts,
            _whole_block(find_grammar),
        ),
        has_transition=has_transition,
        spelling=spelling,
        fragment=(find_grammar,),
        title_spelling=title_spelling,
    )
