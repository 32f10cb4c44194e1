"""Versions kept as revisions (a restore's replaced text, a refused save) on a real database:
a copy of the newest revision is never stored twice."""

from __future__ import annotations


def test_keeping_the_newest_revisions_text_again_stores_no_copy(store) -> None:
    draft = store.drafts.create(title="T", subtitle="S", body="one")
    newest = store.drafts.snapshot(draft.id)
    kept = store.drafts.keep_revision(draft.id, title="T", subtitle="S", body="one", word_count=1)
    assert kept == newest
    assert [r.id for r in store.drafts.revisions(draft.id)] == [newest.id]


def test_a_version_that_differs_in_any_field_is_kept(store) -> None:
    draft = store.drafts.create(title="T", subtitle="S", body="one")
    store.drafts.snapshot(draft.id)
    for title, subtitle, body in (("T2", "S", "one"), ("T2", "S2", "one"), ("T2", "S2", "two")):
        store.drafts.keep_revision(draft.id, title=title, subtitle=subtitle, body=body)
    bodies = [(r.title, r.subtitle, r.body) for r in store.drafts.revisions(draft.id)]
    assert len(bodies) == 4
    assert ("T2", "S2", "two") in bodies


def test_a_copy_of_an_older_revision_is_kept_as_the_newest(store) -> None:
    """Going back to an earlier text is a step of its own; only a repeat of the newest is not."""
    draft = store.drafts.create(title="T", body="one")
    store.drafts.snapshot(draft.id)
    store.drafts.save(draft.id, body="two")
    store.drafts.snapshot(draft.id)
    store.drafts.keep_revision(draft.id, title="T", subtitle="", body="one")
    assert len(store.drafts.revisions(draft.id)) == 3
