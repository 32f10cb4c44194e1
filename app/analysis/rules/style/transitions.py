"""Transition words: whether a sentence tells the reader how it follows from the last one."""

from __future__ import annotations

from functools import cache

from app.analysis.rules.style.lexicon import PhraseMatcher, style_list


@cache
def _transition_re() -> PhraseMatcher:
    return PhraseMatcher(style_list("transitions.txt"))


def has_transition(sentence: str) -> bool:
    """True when ``sentence`` holds a listed transition ("however", "as a result")."""
    return _transition_re().search(sentence)
