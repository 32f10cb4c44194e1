"""Quotations in running text, nested ones too, and sentences that are mostly a quotation."""

from __future__ import annotations

import pytest

from app.analysis.rules.style.quotations import mostly_quoted, quoted_spans


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('He said "go" and left.', ['"go"']),
        ("Both “curly” and “straight” ones.", ["“curly”", "“straight”"]),
        (
            'She puts it: "I send updates ("Hey — back by Friday."), even so." Then more.',
            ['"I send updates ("Hey — back by Friday."), even so."'],
        ),
        ('The board is 5" wide and 3" deep.', []),  # inches, not quotation marks
        ('He said,"go" and "Yes," she said.', ['"go"', '"Yes,"']),
        ("No quotes at all.", []),
    ],
)
def test_quoted_spans(text: str, quoted: list[str]) -> None:
    assert [text[start:end] for start, end in quoted_spans(text)] == quoted


def test_a_sentence_is_quoted_when_most_of_it_lies_inside_the_marks() -> None:
    text = 'As Kate puts it: "Because I am remote, I send short updates to all my teams."'
    spans = quoted_spans(text)
    assert mostly_quoted(spans, 0, len(text))
    own = 'I send short updates to my teams, and once I wrote "done" on a card.'
    assert not mostly_quoted(quoted_spans(own), 0, len(own))
