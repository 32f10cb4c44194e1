"""Strings one edit from a word: the neighbourhood that tells a slip from a rare real word."""

from __future__ import annotations

from collections.abc import Iterator

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit(word: str) -> Iterator[str]:
    """Every string one deletion, transposition, replacement or insertion from ``word``.

    Lower-case ASCII letters only; a string may come more than once.
    """
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield left + right[1:]
            for letter in LETTERS:
                yield left + letter + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for letter in LETTERS:
            yield left + letter + right
