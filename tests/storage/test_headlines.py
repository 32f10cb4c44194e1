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
