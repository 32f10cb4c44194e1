"""Word tokens: the fast path must find exactly what WORD_RE finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.analysis.words import WORD_RE, words


def test_words_keeps_joined_words_whole() -> None:
    assert words("Don't re-use U.S data, 3.5 times.") == [
        "Don't",
        "re-use",
        "U.S",
        "data",
        "3.5",
        "times",
    ]


def test_words_never_joins_across_an_underscore() -> None:
    assert words("snake_case and __init__") == ["snake", "case", "and", "init"]


@given(st.text(alphabet="aB9_'’.- \né", max_size=40))
def test_words_equals_word_re_findall(text: str) -> None:
    assert words(text) == WORD_RE.findall(text)
