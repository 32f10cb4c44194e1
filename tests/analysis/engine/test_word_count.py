"""A draft's word count without an analysis is the count its report gives."""

from __future__ import annotations

import pytest

from app.analysis.engine.analyzer import analyze
from app.analysis.engine.word_count import count_words

POSTS = [
    "",
    "One two three.",
    "---\ntitle: Front\ntags: [a, b]\n---\n# Heading here\n\nBody text, in 2024, with 3.5 things.",
    "Text with a [link](https://example.com/a-b-c) and `code` and ![alt text](x.png).\n\n"
    "```python\nprint('not prose')\n```\n\n- a list item\n- another one\n\n> A quote counts.",
    "Windows\r\nline breaks\r\n\r\nstill count. Don't well-known U.S. words.",
]


@pytest.mark.parametrize("source", POSTS)
def test_the_count_equals_the_reports(source: str) -> None:
    assert count_words(source) == analyze(source).words
