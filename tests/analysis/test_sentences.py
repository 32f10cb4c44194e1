"""Sentence splitting with Punkt and an English abbreviation list."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.engine import analyze
from app.analysis.sentences import punkt_tokenizer, split_sentences, stock_punkt


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Smith met Mr. Jones. They talked.",
            ["Dr. Smith met Mr. Jones.", "They talked."],
        ),
        (
            "The U.S. economy grew. Prices fell, e.g. for eggs, i.e. breakfast.",
            ["The U.S. economy grew.", "Prices fell, e.g. for eggs, i.e. breakfast."],
        ),
        ("J. R. R. Tolkien wrote it. I read it.", ["J. R. R. Tolkien wrote it.", "I read it."]),
        ("It costs $3.50 today. Tomorrow more.", ["It costs $3.50 today.", "Tomorrow more."]),
        (
            "Python 3.11.7 is out. Version v2.0 follows.",
            ["Python 3.11.7 is out.", "Version v2.0 follows."],
        ),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("Wait… what now? Go!", ["Wait… what now?", "Go!"]),
        ('"Stop!" she said. "Why?" he asked.', ['"Stop!" she said.', '"Why?" he asked.']),
        ("(It works.) Next one.", ["(It works.)", "Next one."]),
        ("Meet at 5 p.m. on Friday.", ["Meet at 5 p.m. on Friday."]),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_list_items_and_headings_are_separate_sentences() -> None:
    report = analyze("## Three reasons\n\n- It is fast\n- It is quiet\n- It is cheap\n")
    assert report.sentences == 4


def test_text_without_words_has_no_sentences() -> None:
    assert split_sentences("... !!! ---") == []


WORDS = st.sampled_from(
    [
        "word", "Word", "dog.", "Dog.", "Dr.", "mr.", "U.S.", "e.g.", "i.e.", "3.5", "v2.0",
        "A.", "b.", "end?", "Stop!", "wait...", "then…", '"Quote."', "(aside.)", "p.m.",
        "Ok.", "x", "It's", "42.", "well-known", "Inc.", "etc.", "1.", "no.", "vs.",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.sampled_from([" ", "  ", "\n", " \t"]))
def test_fast_path_gives_exactly_the_stock_punkt_boundaries(words: list[str], gap: str) -> None:
    """The shortcut for plain "word. Next" candidates must never change Punkt's answer."""
    text = gap.join(words)
    assert list(punkt_tokenizer().span_tokenize(text)) == list(stock_punkt().span_tokenize(text))
