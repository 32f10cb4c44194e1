"""The word classes the grammar checks ask about."""

from __future__ import annotations

import pytest

from app.analysis.rules.grammar.word_classes import bare_verb_of, present_and_past_of


@pytest.mark.parametrize(
    ("past", "verb"),
    [("wanted", "want"), ("liked", "like"), ("tried", "try"), ("stopped", "stop"), ("led", "lead")],
)
def test_a_regular_past_gives_its_verb(past: str, verb: str) -> None:
    assert bare_verb_of(past) == verb


@pytest.mark.parametrize("word", ["need", "speed", "red", "went", "wanting", "Wanted"])
def test_any_other_word_gives_none(word: str) -> None:
    assert bare_verb_of(word) is None


def test_a_common_verb_gives_its_present_and_past() -> None:
    assert present_and_past_of("want") == ("wants", "wanted")
    assert present_and_past_of("go") == ("goes", "went")


@pytest.mark.parametrize("word", ["still", "put", "need", "will", "wants", "Want", "quickly"])
def test_no_verb_or_an_ambiguous_one_gives_none(word: str) -> None:
    assert present_and_past_of(word) is None
