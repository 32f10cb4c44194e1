"""Style checks on prose: passive voice, adverbs, wordy phrases, weasel words, hedges, clichés,
repeated words and weak sentence openings, plus the transition-word test.

Every check takes plain prose (a block's text or one sentence) and returns findings whose
offsets are ``str`` indices into the string it was given; the analysis engine maps them back
to the Markdown source. Word lists live in ``resources/style/`` and load on first use.
"""

from __future__ import annotations

from collections.abc import Callable

from app.analysis.rules.findings import Finding
from app.analysis.rules.style.adverbs import (
    ADVERB_RULE,
    INTENSIFIER_RULE,
    find_adverbs,
    find_intensifiers,
)
from app.analysis.rules.style.cliches import RULE as CLICHE_RULE
from app.analysis.rules.style.cliches import find_cliches
from app.analysis.rules.style.openings import (
    REPEATED_START_RULE,
    SO_START_RULE,
    THERE_IS_RULE,
    find_repeated_starts,
    find_so_start,
    find_there_is,
)
from app.analysis.rules.style.passive import RULE as PASSIVE_RULE
from app.analysis.rules.style.passive import find_passive
from app.analysis.rules.style.repeats import RULE as REPEATED_WORD_RULE
from app.analysis.rules.style.repeats import find_repeated_words
from app.analysis.rules.style.simpler import FORMAL_WORD_RULE, find_formal_words, find_simpler
from app.analysis.rules.style.simpler import RULE as SIMPLER_RULE
from app.analysis.rules.style.transitions import has_transition
from app.analysis.rules.style.weasel import HEDGE_RULE, WEASEL_RULE, find_hedges, find_weasels

Detector = Callable[[str], list[Finding]]

# Checks that take a whole block of prose.
TEXT_DETECTORS: dict[str, Detector] = {
    ADVERB_RULE: find_adverbs,
    INTENSIFIER_RULE: find_intensifiers,
    SIMPLER_RULE: find_simpler,
    FORMAL_WORD_RULE: find_formal_words,
    WEASEL_RULE: find_weasels,
    HEDGE_RULE: find_hedges,
    CLICHE_RULE: find_cliches,
    REPEATED_WORD_RULE: find_repeated_words,
}

# Checks that take one sentence at a time.
SENTENCE_DETECTORS: dict[str, Detector] = {
    PASSIVE_RULE: find_passive,
    THERE_IS_RULE: find_there_is,
    SO_START_RULE: find_so_start,
}

RULE_IDS: tuple[str, ...] = (*TEXT_DETECTORS, *SENTENCE_DETECTORS, REPEATED_START_RULE)

__all__ = [
    "RULE_IDS",
    "SENTENCE_DETECTORS",
    "TEXT_DETECTORS",
    "Detector",
    "find_adverbs",
    "find_cliches",
    "find_formal_words",
    "find_hedges",
    "find_intensifiers",
    "find_passive",
    "find_repeated_starts",
    "find_repeated_words",
    "find_simpler",
    "find_so_start",
    "find_there_is",
    "find_weasels",
    "has_transition",
]
