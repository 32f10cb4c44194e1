"""Strings one edit from a word: the neighbourhood that tells a slip from a rare real word."""

from __future__ import annotations

from collections.abc import Iterator

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit(word: str) -> Iterator[str]:
    """Every string one deletion, transposition, replacement or insertion from ``word``.

    Lower-case ASCII letters only; a string may come more than once. Deletions and
    transpositions come first: they are few (one per letter) and find the commonest slips (a
    letter typed twice or between two others, two letters swapped), so a search that stops
    at the first known string usually stops there instead of after hundreds of probes.
    """
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    for left, right in splits:
        if right:
            yield left + right[1:]
    for left, right in splits:
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
    for left, right in splits:
        if right:
            for letter in LETTERS:
                yield left + letter + right[1:]
        for letter in LETTERS:
            yield left + letter + right
