"""Counts in words, for every place that shows one to a writer: "1 word", "2 words"."""

from __future__ import annotations


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """``1 word``, ``2 words``, ``1,200 words``."""
    word = noun if count == 1 else (plural_noun or f"{noun}s")
    return f"{count:,} {word}"


def times(count: int) -> str:
    """How often, as a writer says it: ``once``, ``twice``, ``3 times``, ``1,200 times``."""
    return {1: "once", 2: "twice"}.get(count, f"{count:,} times")
