"""Sentence splitting with Punkt and an English abbreviation list."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.engine.analyzer import analyze
from app.analysis.text.sentences import (
    _HAS_WORD_RE,
    _LOWER_START_RE,
    _OPEN_END_RE,
    _split_after_letters,
    _split_at_ellipses,
    lead_in_end,
    punkt_spans,
    punkt_tokenizer,
    split_sentences,
    stock_punkt,
)


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
        (
            "We rewrote it in C. However, it failed.",
            ["We rewrote it in C.", "However, it failed."],
        ),
        (
            "Tell 0 from capital B. The bowls of b d p q. They differ.",
            ["Tell 0 from capital B.", "The bowls of b d p q.", "They differ."],
        ),
        (
            "J. A. Smith and Franklin D. Roosevelt met.",
            ["J. A. Smith and Franklin D. Roosevelt met."],
        ),
        (
            "It runs 1.1, 1.2, etc. The language is stable, pears, etc. are fine.",
            ["It runs 1.1, 1.2, etc.", "The language is stable, pears, etc. are fine."],
        ),
        (
            "I quit, Twitter or no. The best I can say is that I left. See No. 5 or no. 6.",
            ["I quit, Twitter or no.", "The best I can say is that I left.", "See No. 5 or no. 6."],
        ),
        (
            "Staff it well (leaders: hire engineers too!), when you can. Then ship.",
            ["Staff it well (leaders: hire engineers too!), when you can.", "Then ship."],
        ),
        (
            'I send news ("Done with XYZ, back by Friday."), even so. Then ship.',
            ['I send news ("Done with XYZ, back by Friday."), even so.', "Then ship."],
        ),
        (
            "Apply in February!\nrOpenSci is growing.",
            ["Apply in February!", "rOpenSci is growing."],
        ),
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
        "Ok.", "x", "It's", "42.", "well-known", "Inc.", "etc.", "1.", "no.", "vs.", "The",
        "However", "rOpenSci", "iPhone!",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30), st.sampled_from([" ", "  ", "\n", " \t"]))
def test_fast_path_gives_exactly_the_stock_punkt_boundaries(words: list[str], gap: str) -> None:
    """The shortcut for plain "word. Next" candidates must never change Punkt's answer."""
    text = gap.join(words)
    assert list(punkt_tokenizer().span_tokenize(text)) == list(stock_punkt().span_tokenize(text))


# Characters around Punkt's decisions: ends, quotes, brackets, and white space of every kind,
# including the separators U+001C..U+001F, which Python's ``\s`` counts and Punkt's does not.
TRICKY = st.sampled_from(
    [
        "word", "Word", "GitHub.", "18F.", "self-censorship.", "x-y.", "a1.", "Ünïcödé.", "über…",
        "Is.", "ID.", "2012.", "I.", "II.", "end.)", "end.”", "end.'", "x.y", "....", ". . .",
        ".", "?", "!", "…", "‽", ")", "(", '"', "'", "“", "”", "‘", "’", "«", "»", "]", "[", "{",
        "}", ";", ":", "@", "*", "--", "-", "\x1c", "\xa0", "\u2028", "\u3000", "x²?",
    ]
)  # fmt: skip
GAPS = st.sampled_from([" ", "  ", "\n", " \t", "\t", "", "\x0b", "\x0c", "\r\n", "\xa0", "\x1c"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.one_of(WORDS, TRICKY), GAPS), min_size=1, max_size=25))
def test_punkt_spans_equal_the_stock_tokenizer(pieces: list[tuple[str, str]]) -> None:
    """The one-loop span search (and the wider shortcut) must give Punkt's exact spans."""
    text = "".join(word + gap for word, gap in pieces)
    assert punkt_spans(text) == list(stock_punkt().span_tokenize(text))


def _reference_split(text: str) -> list[tuple[int, int]]:
    """split_sentences as first written: stock Punkt, then ellipses, one-letter words that
    end a sentence, open ends, and no sentence opening on a closing bracket."""
    if not _HAS_WORD_RE.search(text):
        return []
    spans: list[tuple[int, int]] = []
    for start, end in stock_punkt().span_tokenize(text):
        pieces = [
            piece
            for ellipsis_start, ellipsis_end in _split_at_ellipses(text, start, end)
            for piece in _split_after_letters(text, ellipsis_start, ellipsis_end)
        ]
        for piece_start, piece_end in pieces:
            if spans and (
                text[piece_start] in ")]}"
                or (
                    _OPEN_END_RE.search(text, spans[-1][0], spans[-1][1])
                    and _LOWER_START_RE.match(text, piece_start)
                )
            ):
                spans[-1] = (spans[-1][0], piece_end)
            else:
                spans.append((piece_start, piece_end))
    return [(start, end) for start, end in spans if _HAS_WORD_RE.search(text, start, end)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(WORDS, TRICKY), GAPS), min_size=1, max_size=25))
def test_split_sentences_equals_the_reference(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    assert split_sentences(text) == _reference_split(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Explorable Explanations: There's a loose community.", "Explorable Explanations:"),
        ("Why this matters: Attackers look for it.", "Why this matters:"),
        (
            "Adobe Premiere or Adobe Premiere Rush: If you edit.",
            "Adobe Premiere or Adobe Premiere Rush:",
        ),
        ("He said one thing: nobody came.", ""),  # no capital after the colon
        ("The results of the long study were clear: We won.", ""),  # too long for a label
        ("Visit http://example.com: It helps.", ""),
    ],
)
def test_a_short_label_and_colon_opening_a_block_is_a_lead_in(text: str, label: str) -> None:
    assert text[: lead_in_end(text)] == label
