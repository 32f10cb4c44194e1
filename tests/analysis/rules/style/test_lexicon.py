"""Shared building blocks of the style checks: keys, case matching, phrase patterns."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.rules.style.lexicon import (
    PhraseMatcher,
    at_sentence_start,
    match_case,
    phrase_key,
    trie_pattern,
    whole_word_branches,
)


def test_phrase_key_normalises_case_spacing_hyphens_and_apostrophes() -> None:
    assert phrase_key("Low-Hanging\n fruit") == "low hanging fruit"
    assert phrase_key("Can’t  stop") == "can't stop"


def test_match_case() -> None:
    assert match_case("Utilize", "use") == "Use"
    assert match_case("UTILIZE", "use") == "USE"
    assert match_case("utilize", "use") == "use"
    assert match_case("In order to", "to") == "To"


def test_phrase_matcher_whole_words_any_case() -> None:
    matcher = PhraseMatcher(["at the end", "end", "win-win"])
    text = "At the END, the end-user wants a win win and a win-win; weekend."
    found = [text[m.start() : m.end()] for m in matcher.finditer(text)]
    assert found == ["At the END", "win win", "win-win"]
    assert matcher.search("the end.")
    assert not matcher.search("endless")


def test_phrase_matcher_keeps_offsets_when_lower_case_is_longer() -> None:
    matcher = PhraseMatcher(["very"])
    text = "İİ very"
    [match] = list(matcher.finditer(text))
    assert text[match.start() : match.end()] == "very"


def test_trie_pattern_prefers_the_longest_phrase() -> None:
    import re

    pattern = re.compile(rf"\b(?:{trie_pattern(['in', 'in order to', 'in order'])})\b")
    assert pattern.match("in order to win").group() == "in order to"


def test_at_sentence_start() -> None:
    text = 'One. "Two" three'
    assert at_sentence_start(text, 0)
    assert at_sentence_start(text, text.index("Two"))
    assert not at_sentence_start(text, text.index("three"))


_PHRASES = ["is", "was", "were", "get", "got", "gotten", "isn't", "a bit", "well-known", "be"]


@given(st.text(alphabet="aisbegotwrn'’- \n.x_9", max_size=40))
def test_whole_word_branches_match_what_the_bounded_trie_matches(text: str) -> None:
    bounded = re.compile(rf"\b{trie_pattern(_PHRASES)}\b")
    branches = re.compile("|".join(whole_word_branches(_PHRASES)))
    assert [m.span() for m in branches.finditer(text)] == [m.span() for m in bounded.finditer(text)]


def test_whole_word_branches_need_phrases_that_start_with_a_letter() -> None:
    with pytest.raises(ValueError, match="start with a letter"):
        whole_word_branches(["'tis"])
