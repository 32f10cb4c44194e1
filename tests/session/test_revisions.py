"""Revisions of a draft: restoring one keeps the replaced text; differences side by side."""

from __future__ import annotations

import pytest

from app.session import Workspace
from app.session.draft_session import DraftContent
from app.session.revision_diff import change_summary, side_by_side, word_changes


def test_side_by_side_pairs_changed_added_and_removed_lines() -> None:
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


def test_restoring_a_revision_keeps_the_text_it_replaces(store) -> None:
    workspace = Workspace(store)
    draft_id = workspace.create_draft()
    session = workspace.open_draft(draft_id)
    session.changed()
    session.save(DraftContent("First title", "", "First body.", ""))
    first = store.drafts.snapshot(draft_id)
    session.changed()
    session.save(DraftContent("Second title", "", "Second body.", ""))
    restored = session.restore_revision(first.id)
    assert (restored.title, restored.body) == ("First title", "First body.")
    assert store.drafts.get(draft_id).body == "First body."
    kept = session.revisions()[0]
    assert (kept.title, kept.body) == ("Second title", "Second body.")
    with pytest.raises(LookupError):
        session.restore_revision(10_000)
