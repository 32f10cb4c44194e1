"""Repeated words."""

from __future__ import annotations

import pytest

from app.analysis.rules.findings import Severity
from app.analysis.rules.style import find_repeated_words


def test_repeat_across_a_line_break_any_case() -> None:
    text = "Many readers miss that the\nThe brain skips it."
    [finding] = find_repeated_words(text)
    assert text[finding.start : finding.end] == "the\nThe"
    assert finding.replacements == ("the",)
    assert finding.severity is Severity.ERROR


def test_replacement_removes_the_duplicate() -> None:
    text = "It is is broken."
    [finding] = find_repeated_words(text)
    fixed = text[: finding.start] + finding.replacements[0] + text[finding.end :]
    assert fixed == "It is broken."


@pytest.mark.parametrize(
    "text",
    [
        "She had had enough.",
        "He said that that was wrong.",
        "Bye bye, Bora Bora.",
        "// //",
        "Version 2 2 was odd.",
        "The theory is the the-ory.",  # joined by a hyphen
        "the, the",  # punctuation between
        "then the",
        "The rhythm goes dah DUM dum, dah DUM dum.",  # cased apart on purpose
        "We sang Row Row Row Your Boat.",  # three in a row are meant
        "I love Dance Dance Revolution.",  # a name
        "Drag the project to 'done done' whenever you can.",  # a doubling quoted is meant
        "It was really really slow.",  # emphasis, which the intensifier rule speaks to
    ],
)
def test_legitimate_doubles_and_non_words_are_skipped(text: str) -> None:
    assert find_repeated_words(text) == []


def test_contractions_repeat_too() -> None:
    text = "It don't don't work."
    [finding] = find_repeated_words(text)
    assert text[finding.start : finding.end] == "don't don't"


@pytest.mark.parametrize(
    "text", ["I mention our program program because", "You have a a myriad of options."]
)
def test_a_slip_between_other_words_is_found(text: str) -> None:
    assert len(find_repeated_words(text)) == 1
