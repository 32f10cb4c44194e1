"""Verb forms used to match and replace wordy verbs."""

from __future__ import annotations

import pytest

from app.analysis.rules.style.inflect import VerbForms, inflect_phrase, verb_forms


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("use", ("use", "uses", "used", "used", "using")),
        ("try", ("try", "tries", "tried", "tried", "trying")),
        ("stop", ("stop", "stops", "stopped", "stopped", "stopping")),
        ("finish", ("finish", "finishes", "finished", "finished", "finishing")),
        ("begin", ("begin", "begins", "began", "begun", "beginning")),
        ("make", ("make", "makes", "made", "made", "making")),
        ("tie", ("tie", "ties", "tied", "tied", "tying")),
        ("play", ("play", "plays", "played", "played", "playing")),
    ],
)
def test_verb_forms(base: str, forms: tuple[str, ...]) -> None:
    assert verb_forms(base) == VerbForms(*forms)


def test_inflect_phrase_changes_the_first_word_only() -> None:
    assert inflect_phrase("make a decision", "past") == "made a decision"
    assert inflect_phrase("find out", "third") == "finds out"
    assert inflect_phrase("use", "ing") == "using"
