"""Counts in words: the singular for one, thousands separated."""

from __future__ import annotations

from app.document.wording import plural


def test_one_reads_in_the_singular_and_others_in_the_plural() -> None:
    assert plural(1, "word") == "1 word"
    assert plural(0, "day") == "0 days"
    assert plural(1200, "character") == "1,200 characters"
    assert plural(2, "child", "children") == "2 children"
