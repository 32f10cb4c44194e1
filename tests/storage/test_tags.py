"""Tags: at most five per draft, history that survives renames, merges and deletions."""

from __future__ import annotations

import pytest

from app.storage.tags import MAX_TAGS, TooManyTagsError


def test_tags_are_capped_at_five(store) -> None:
    draft = store.drafts.create(title="Draft")
    store.tags.set_draft_tags(draft.id, ["A", "B", "C", "D", "E"])
    with pytest.raises(TooManyTagsError):
        store.tags.set_draft_tags(draft.id, ["A", "B", "C", "D", "E", "F"])
    assert len(store.tags.draft_tags(draft.id)) == MAX_TAGS


def test_the_database_holds_to_medium_s_own_limit() -> None:
    from app.document import medium_limits

    assert MAX_TAGS == medium_limits.MAX_TAGS


def test_duplicates_by_case_are_dropped_and_order_kept(store) -> None:
    draft = store.drafts.create(title="Draft")
    saved = store.tags.set_draft_tags(draft.id, ["Writing", "writing ", "Data  Science"])
    assert saved == ["Writing", "Data Science"]


def test_history_records_applications_and_counts_uses(store) -> None:
    one = store.drafts.create(title="One")
    two = store.drafts.create(title="Two")
    store.tags.set_draft_tags(one.id, ["Writing", "Productivity"])
    store.tags.set_draft_tags(two.id, ["writing"])
    usage = {u.name: u for u in store.tags.usage()}
    assert usage["Writing"].uses == 2
    assert set(usage["Writing"].drafts) == {"One", "Two"}
    assert usage["Productivity"].uses == 1
    assert usage["Writing"].first_used <= usage["Writing"].last_used
    assert store.tags.names("wr") == ["Writing"]
    applications = store.tags.applications()
    assert {(a.tag, a.draft_title) for a in applications} == {
        ("Writing", "One"),
        ("Productivity", "One"),
        ("Writing", "Two"),
    }


def test_history_survives_deleting_the_draft(store) -> None:
    draft = store.drafts.create(title="Gone soon")
    store.tags.set_draft_tags(draft.id, ["Memoir"])
    store.drafts.delete_forever(draft.id)
    (usage,) = store.tags.usage()
    assert (usage.name, usage.uses, usage.drafts) == ("Memoir", 1, ("Gone soon",))


def test_rename_keeps_history_and_renaming_onto_another_tag_merges(store) -> None:
    one = store.drafts.create(title="One")
    two = store.drafts.create(title="Two")
    store.tags.set_draft_tags(one.id, ["JS"])
    store.tags.set_draft_tags(two.id, ["JavaScript", "Web"])
    js = next(u for u in store.tags.usage() if u.name == "JS")
    store.tags.rename(js.id, "Javascript Basics")
    assert store.tags.draft_tags(one.id) == ["Javascript Basics"]
    renamed = next(u for u in store.tags.usage() if u.name == "Javascript Basics")
    store.tags.rename(renamed.id, "javascript")  # same key as "JavaScript": a merge
    usage = {u.name: u for u in store.tags.usage()}
    assert "Javascript Basics" not in usage
    assert usage["JavaScript"].uses == 2
    assert store.tags.draft_tags(one.id) == ["JavaScript"]


def test_merge_does_not_duplicate_a_tag_on_one_draft(store) -> None:
    draft = store.drafts.create(title="Both")
    store.tags.set_draft_tags(draft.id, ["AI", "Artificial Intelligence"])
    usage = {u.name: u for u in store.tags.usage()}
    store.tags.merge(usage["AI"].id, usage["Artificial Intelligence"].id)
    assert store.tags.draft_tags(draft.id) == ["Artificial Intelligence"]


def test_names_renamed_or_merged_away_are_known_even_with_arrows_in_them(store) -> None:
    draft = store.drafts.create(title="Days")
    store.tags.set_draft_tags(draft.id, ["Routine", "Habits → Goals", "Mornings"])
    ids = {usage.name: usage.id for usage in store.tags.usage()}
    store.tags.rename(ids["Routine"], "Morning → Evening")
    store.tags.rename(ids["Habits → Goals"], "Goals")
    store.tags.merge(ids["Mornings"], ids["Routine"])
    assert store.tags.replaced_names() == ("Routine", "Habits → Goals", "Mornings")
    store.tags.set_draft_tags(draft.id, ["Routine"])  # used again: no longer replaced
    assert store.tags.replaced_names() == ("Habits → Goals", "Mornings")
