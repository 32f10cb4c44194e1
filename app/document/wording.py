"""Counts in words, for every place that shows one to a writer: "1 word", "2 words"."""

from __future__ import annotations


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """``1 word``, ``2 words``, ``1,200 words``."""
    word = noun if count == 1 else (plural_noun or f"{noun}s")
    return f"{count:,} {word}"
