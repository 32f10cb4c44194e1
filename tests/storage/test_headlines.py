"""Per-draft headline lab state in the real SQLite file."""

from __future__ import annotations


def test_my_own_story_is_kept_per_draft_and_goes_with_the_draft(store) -> None:
    mine = store.drafts.create(title="Sinking Funds in Practice").id
    other = store.drafts.create(title="Leaf Blowers Should Be Banned in Cities").id
    store.headlines.set_personal(mine, True)
    assert store.headlines.personal(mine)
    assert not store.headlines.personal(other)
    store.drafts.delete_forever(mine)
    assert not store.headlines.personal(mine)  # an id used again starts unticked


def test_a_title_is_used_elsewhere_whatever_its_case_accents_spacing_and_quotes(store) -> None:
    store.drafts.create(title="Café Culture  in Lisbon")
    store.drafts.create(title="A Beginner’s Guide — to Rust")
    mine = store.drafts.create(title="Draft")
    used = store.headlines.titles_used_elsewhere
    assert used(mine.id, "CAFÉ culture in lisbon") == ["Café Culture  in Lisbon"]
    assert used(mine.id, "A beginner's guide - to rust") == ["A Beginner’s Guide — to Rust"]
    assert used(mine.id, "Café Culture in Porto") == []
    assert used(mine.id, "   ") == []
