"""Differences between two revisions: side by side, word by word, and in one sentence."""

from __future__ import annotations

from app.session.revision_diff import change_summary, side_by_side, word_changes


def test_side_by_side_pairs_changed_lines_and_marks_the_changed_words() -> None:
    rows = side_by_side("Keep.\nOld line here.\nGone.", "Keep.\nNew line here.\nAdded.\n")
    assert [(row.kind, row.left, row.right) for row in rows] == [
        ("same", "Keep.", "Keep."),
        ("changed", "Old line here.", "New line here."),
        ("changed", "Gone.", "Added."),
    ]
    left, right = word_changes("Old line here.", "New line here.")
    assert [(p.text, p.changed) for p in left] == [("Old", True), ("line here.", False)]
    assert [(p.text, p.changed) for p in right] == [("New", True), ("line here.", False)]
    assert change_summary("a", "a") == "no change to the text"


def test_the_change_summary_reads_as_a_sentence() -> None:
    assert change_summary("One.\n\nTwo.", "One.\n\nTwo, changed.") == "1 paragraph changed"
    assert change_summary("One.", "One.\n\nTwo.\n\nThree.") == "2 paragraphs added"
    assert change_summary("A.\n\nB.\n\nC.", "A, changed.\n\nB, changed.") == (
        "2 paragraphs changed, 1 removed"
    )
