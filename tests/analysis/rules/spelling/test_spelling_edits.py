"""The strings one edit from a word."""

from __future__ import annotations

from app.analysis.rules.spelling.edits import LETTERS, one_edit


def test_one_edit_gives_every_deletion_transposition_replacement_and_insertion() -> None:
    word = "cat"
    expected = {"at", "ct", "ca", "act", "cta"}
    for i in range(len(word)):
        expected.update(word[:i] + letter + word[i + 1 :] for letter in LETTERS)
    for i in range(len(word) + 1):
        expected.update(word[:i] + letter + word[i:] for letter in LETTERS)
    assert set(one_edit(word)) == expected


def test_deletions_and_transpositions_come_first() -> None:
    # A search stopping at the first known string finds "logistics" at the fourth probe.
    assert list(one_edit("logaistics"))[3] == "logistics"
    assert list(one_edit("ab"))[:3] == ["b", "a", "ba"]


def test_the_empty_word_has_only_insertions() -> None:
    assert list(one_edit("")) == list(LETTERS)
