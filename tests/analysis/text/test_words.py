"""Word tokens: the fast path must find exactly what WORD_RE finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.analysis.insights.keywords import candidates
from app.analysis.text.words import WORD_RE, WordScanner, words


def test_words_keeps_joined_words_whole() -> None:
    assert words("Don't re-use U.S data, 3.5 times.") == [
        "Don't",
        "re-use",
        "U.S",
        "data",
        "3.5",
        "times",
    ]


def test_a_dotted_name_is_one_word_but_a_sentence_end_is_not() -> None:
    scanner = WordScanner("'-", dotted_names=True)
    text = "We ship Node.js and fast.ai from github.com. It works.So do e.g. the U.S. and 3.5."
    assert scanner.findall(text) == [
        "We", "ship", "Node.js", "and", "fast.ai", "from", "github", "com", "It", "works",
        "So", "do", "e", "g", "the", "U", "S", "and", "3", "5",
    ]  # fmt: skip


def test_a_slash_between_two_capitals_is_one_name() -> None:
    scanner = WordScanner("'-", dotted_names=True)
    assert scanner.findall("A/B testing, I/O bound, and/or tests, HTTP/2") == [
        "A/B", "testing", "I/O", "bound", "and", "or", "tests", "HTTP", "2",
    ]  # fmt: skip


def test_words_never_joins_across_an_underscore() -> None:
    assert words("snake_case and __init__") == ["snake", "case", "and", "init"]


@given(st.text(alphabet="aB9_'’.- \né", max_size=40))
def test_words_equals_word_re_findall(text: str) -> None:
    assert words(text) == WORD_RE.findall(text)


@given(st.text(alphabet="aB9_'’ʼ-‐. \néjs", max_size=40))
def test_the_keyword_scanner_fast_path_equals_its_pattern(text: str) -> None:
    scanner = WordScanner("'’ʼ-‐", dotted_names=True)
    assert scanner.pattern.pattern == candidates.WORD_RE.pattern
    assert scanner.split(text) == re.split(f"({scanner.pattern.pattern})", text)
    assert scanner.findall(text) == scanner.pattern.findall(text)


def test_combining_marks_belong_to_their_word() -> None:
    text = "my re\u0301sume\u0301, in fu\u0308r"
    assert words(text) == ["my", "re\u0301sume\u0301", "in", "fu\u0308r"]
