"""Tag history for suggestions, read with one aggregate query (no draft body loaded)."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.tags.history import TagHistory
from app.session import Workspace
from app.session.sample_draft import create_sample_draft
from app.session.tag_history import load_tag_history
from app.session.tag_suggestions import tag_suggestions
from tests.session.history_reads import history_reads


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


def test_a_tag_taken_off_again_is_no_part_of_the_history(store) -> None:
    draft = store.drafts.create(title="Ten weeks in government", keyphrase="public service")
    store.tags.set_draft_tags(draft.id, ["Leadership", "Pandas"])
    store.tags.set_draft_tags(draft.id, ["Leadership"])  # a slip, taken off at once
    (past,) = load_tag_history(store).drafts
    assert past.tags == ("Leadership",)
    store.tags.set_draft_tags(draft.id, ["Leadership", "Pandas"])  # on again: counts again
    (past,) = load_tag_history(store).drafts
    assert past.tags == ("Leadership", "Pandas")


def test_a_tag_merged_into_one_the_draft_carries_stays_in_the_history(store) -> None:
    draft = store.drafts.create(title="Mornings", keyphrase="morning routine")
    store.tags.set_draft_tags(draft.id, ["Morning Routine", "Routine"])
    store.tags.set_draft_tags(draft.id, ["Morning Routine"])  # "Routine" taken off again
    ids = {usage.name: usage.id for usage in store.tags.usage()}
    other = store.drafts.create(title="Evenings")
    store.tags.set_draft_tags(other.id, ["Routine"])
    store.tags.merge(store_tag_id(store, "Routine"), ids["Morning Routine"])
    by_topic = {past.keyphrases: past.tags for past in load_tag_history(store).drafts}
    assert by_topic[("morning routine", "Mornings")] == ("Morning Routine",)
    assert by_topic[("Evenings",)] == ("Morning Routine",)


def store_tag_id(store, name: str) -> int:
    return next(usage.id for usage in store.tags.usage() if usage.name == name)


def test_deleted_drafts_of_one_title_keep_their_own_tags(store) -> None:
    for tags in (["Travel", "Food"], ["Travel"]):
        draft = store.drafts.create(title="Untitled")
        store.tags.set_draft_tags(draft.id, tags)
        store.drafts.delete_forever(draft.id)
    (past,) = load_tag_history(store).drafts
    assert (past.keyphrases, past.tags) == (("Untitled",), ("Food", "Travel"))


def test_the_sample_draft_is_no_part_of_the_writers_history(store) -> None:
    sample = create_sample_draft(store)
    assert store.tags.usage()  # the sample draft has its tags, for the tags card
    mine = store.drafts.create(title="Mine")
    store.tags.set_draft_tags(mine.id, ["Parenting"])
    history = load_tag_history(store)
    assert [set(draft.tags) for draft in history.drafts] == [{"Parenting"}]
    assert sample.id != mine.id


def test_opening_drafts_reads_the_history_once_until_it_changes(store) -> None:
    """Each opened draft asks for the history without itself; it is read from the database
    only again after a write that can change it."""
    workspace = Workspace(store)
    first = store.drafts.create(title="First", keyphrase="remote work")
    second = store.drafts.create(title="Second")
    store.tags.set_draft_tags(first.id, ["Remote Work"])
    workspace.tag_history(exclude_draft_id=first.id)
    workspace.tags.names()  # the first draft opened reads both
    with history_reads(store) as reads:
        assert workspace.tag_history(exclude_draft_id=first.id).drafts == ()
        (past,) = workspace.tag_history(exclude_draft_id=second.id).drafts
        assert (past.tags, past.keyphrases) == (("Remote Work",), ("remote work", "First"))
        store.drafts.save(first.id, body="Typing in a draft changes no tag history.")
        store.drafts.trash(second.id)
        store.drafts.restore(second.id)
        workspace.tag_history(exclude_draft_id=second.id)
        assert workspace.tags.names() == ["Remote Work"]
        assert workspace.tags.names("rem") == ["Remote Work"]
    assert reads == []


def history_without(workspace, draft_id: int) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    return {(d.tags, d.keyphrases) for d in workspace.tag_history(exclude_draft_id=draft_id).drafts}


def test_the_kept_history_follows_every_change(store, tmp_path) -> None:
    """Tags set, renamed, merged; a topic changed; a draft imported or deleted for good: the
    next draft opened sees each at once, and so does tag completion."""
    workspace = Workspace(store)
    open_id = store.drafts.create(title="Open").id
    other = store.drafts.create(title="Other")
    assert history_without(workspace, open_id) == set()
    store.tags.set_draft_tags(other.id, ["Travl", "Food"])
    assert history_without(workspace, open_id) == {(("Food", "Travl"), ("Other",))}
    assert set(workspace.tags.names()) == {"Travl", "Food"}
    (travl,) = [usage.id for usage in store.tags.usage() if usage.name == "Travl"]
    store.tags.rename(travl, "Travel")
    store.drafts.save(other.id, keyphrase="slow travel")
    assert history_without(workspace, open_id) == {(("Food", "Travel"), ("slow travel", "Other"))}
    ids = {usage.name: usage.id for usage in store.tags.usage()}
    store.tags.merge(ids["Food"], ids["Travel"])
    assert history_without(workspace, open_id) == {(("Travel",), ("slow travel", "Other"))}
    assert workspace.tags.names() == ["Travel"]
    post = tmp_path / "imported.md"
    post.write_text("---\ntitle: Imported\ntags: [Cooking]\n---\nA post.\n", encoding="utf-8")
    workspace.import_file(post)
    assert (("Cooking",), ("Imported",)) in history_without(workspace, open_id)
    store.drafts.delete_forever(other.id)
    assert (("Travel",), ("Other",)) in history_without(workspace, open_id)


def test_tags_set_by_another_program_reach_the_kept_history(store, database_path) -> None:
    """The command line tagging a draft while the window is open: the next draft opened
    sees it."""
    from app.storage.store import open_store

    workspace = Workspace(store)
    open_id = store.drafts.create(title="Open").id
    other = store.drafts.create(title="Other")
    assert history_without(workspace, open_id) == set()
    assert workspace.tags.names() == []
    command_line = open_store(database_path)
    try:
        command_line.tags.set_draft_tags(other.id, ["Cycling"])
    finally:
        command_line.close()
    assert history_without(workspace, open_id) == {(("Cycling",), ("Other",))}
    assert workspace.tags.names() == ["Cycling"]


def test_a_name_merged_or_renamed_away_is_not_suggested_again_until_used_again(store) -> None:
    workspace = Workspace(store)
    first = store.drafts.create(title="Mornings")
    second = store.drafts.create(title="Evenings")
    store.tags.set_draft_tags(first.id, ["Routine", "Habbits"])
    store.tags.set_draft_tags(second.id, ["Morning Routine"])
    ids = {usage.name: usage.id for usage in store.tags.usage()}
    store.tags.merge(ids["Routine"], ids["Morning Routine"])
    store.tags.rename(ids["Habbits"], "Habits")
    assert workspace.tag_history().replaced == ("Routine", "Habbits")

    body = "\n\n".join(
        [
            "My routine starts the night before. A routine needs sleep first.",
            "I keep the routine short, and the routine holds on bad days.",
            "Some days the routine slips, and then I start the routine again.",
        ]
    )
    report = analyze(body, title="A Routine That Holds")
    unmerged = [s.tag for s in tag_suggestions(report, TagHistory(), [])]
    assert "Routine" in unmerged
    suggested = [s.tag for s in tag_suggestions(report, workspace.tag_history(), [])]
    assert "Routine" not in suggested

    third = store.drafts.create(title="Again")
    store.tags.set_draft_tags(third.id, ["Routine"])  # the writer wants it back
    assert workspace.tag_history().replaced == ("Habbits",)
