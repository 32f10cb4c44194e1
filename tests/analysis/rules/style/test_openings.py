"""Weak openings: "There is/are", a filler "So", and runs of sentences starting alike."""

from __future__ import annotations

import pytest

from app.analysis.rules.style import find_repeated_starts, find_so_start, find_there_is


def spans(findings, text: str) -> list[str]:
    return [text[f.start : f.end] for f in findings]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("There is a use for this.", ["There is"]),
        ("There are uses for this.", ["There are"]),
        ("There was a time.", ["There was"]),
        ("There were three of us.", ["There were"]),
        ("There’s no place like home.", ["There’s"]),
        ('"There is no way," she said.', ["There is"]),
        ("It works; there are no bugs.", ["there are"]),
        ("We went there is what I mean.", []),
        ("Therein lies the problem.", []),
    ],
)
def test_there_is(sentence: str, expected: list[str]) -> None:
    assert spans(find_there_is(sentence), sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("So the best thing to do is wait.", ["So"]),
        ("So, here is the plan.", ["So"]),
        ("It failed; so we tried again.", ["so"]),
        ("So?", []),
        ("So far, so good.", []),
        ("So many people came.", []),
        ("So-called experts agree.", []),
        ("So what?", []),
        ("So do I.", []),
        ("So is a team rule that mornings are for deep work.", []),  # "likewise", inverted
        ("So did my manager.", []),
        ("So did the plan work?", ["So"]),
        ("So, is this right?", ["So"]),
        ("So quickly did it end.", []),
        ("Some people left.", []),
        ("It works so that we can rest.", []),
    ],
)
def test_so_start(sentence: str, expected: list[str]) -> None:
    assert spans(find_so_start(sentence), sentence) == expected


def test_repeated_starts_mark_each_sentence_of_a_run() -> None:
    text = "I woke. I ate. I left. We ran."
    sentences = [(0, "I woke."), (8, "I ate."), (15, "I left."), (23, "We ran.")]
    findings = find_repeated_starts(sentences)
    assert [(f.start, f.end) for f in findings] == [(0, 1), (8, 9), (15, 16)]
    assert all(text[f.start : f.end] == "I" for f in findings)
    assert all("3 sentences" in f.message for f in findings)


def test_two_in_a_row_is_not_a_run() -> None:
    assert find_repeated_starts([(0, "I woke."), (8, "I ate."), (15, "We left.")]) == []


def test_start_word_is_compared_without_case_and_past_quotes() -> None:
    sentences = [(0, "The cat sat."), (13, '"the dog ran."'), (28, "THE end.")]
    findings = find_repeated_starts(sentences)
    assert [(f.start, f.end) for f in findings] == [(0, 3), (14, 17), (28, 31)]


def test_a_sentence_without_words_breaks_a_run() -> None:
    sentences = [(0, "I woke."), (8, "I ate."), (15, "..."), (19, "I left.")]
    assert find_repeated_starts(sentences) == []


def test_repeated_starts_need_three_in_a_row_without_a_wordless_sentence_between() -> None:
    sentences = [(0, "We went."), (9, "We saw."), (17, "..."), (21, "We left."), (30, "We ate.")]
    assert find_repeated_starts(sentences) == []
    assert [f.start for f in find_repeated_starts([*sentences, (38, "we slept.")])] == [21, 30, 38]


@pytest.mark.parametrize(
    "sentence",
    ["So good.", "So tired that I slept.", "So obvious, in hindsight.", "So many tabs were open."],
)
def test_so_meaning_very_is_not_a_filler(sentence: str) -> None:
    assert find_so_start(sentence) == []


def test_a_filler_so_before_a_subject_is_still_found() -> None:
    assert spans(find_so_start("So we shipped it."), "So we shipped it.") == ["So"]
