"""Tag history for suggestions, read with one aggregate query (no draft body loaded)."""

from __future__ import annotations

from app.session.sample_draft import create_sample_draft
from app.session.tag_history import load_tag_history


def test_tag_history_matches_the_applications(store) -> None:
    live = store.drafts.create(title="Live", keyphrase="remote work")
    gone = store.drafts.create(title="Gone")
    store.tags.set_draft_tags(live.id, ["Remote Work", "Productivity"])
    store.tags.set_draft_tags(gone.id, ["Travel"])
    store.drafts.delete_forever(gone.id)
    history = load_tag_history(store)
    by_topic = {draft.keyphrases: set(draft.tags) for draft in history.drafts}
    assert by_topic == {
        ("remote work", "Live"): {"Remote Work", "Productivity"},
        ("Gone",): {"Travel"},
    }
    excluded = load_tag_history(store, exclude_draft_id=live.id)
    assert [set(draft.tags) for draft in excluded.drafts] == [{"Travel"}]


def test_the_sample_draft_is_no_part_of_the_writers_history(store) -> None:
    sample = create_sample_draft(store)
    assert store.tags.usage()  # the sample draft has its tags, for the tags card
    mine = store.drafts.create(title="Mine")
    store.tags.set_draft_tags(mine.id, ["Parenting"])
    history = load_tag_history(store)
    assert [set(draft.tags) for draft in history.drafts] == [{"Parenting"}]
    assert sample.id != mine.id
