"""The workspace: first launch, the drafts list, trash, import, tag history, preferences."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.document.text_files import TextFileError


def test_first_launch_creates_the_sample_and_reopens_the_last_draft(workspace) -> None:
    first = workspace.initial_draft_id()
    sample = workspace.open_draft(first)
    assert sample.record.title.startswith("What I Learned")
    assert sample.tags() == ["Blog Posts", "Journalism", "SEO"]
    other = workspace.create_draft()
    workspace.open_draft(other)
    assert workspace.initial_draft_id() == other


def test_the_sample_has_something_for_every_deeper_check_it_mentions(workspace) -> None:
    from app.analysis.engine.analyzer import analyze
    from app.analysis.engine.settings import AnalysisSettings
    from app.analysis.rules.catalog import DEFAULT_OFF_RULES

    sample = workspace.open_draft(workspace.initial_draft_id())
    everything = AnalysisSettings(disabled_rules=frozenset())
    found = {finding.rule for finding in analyze(sample.record.body, settings=everything).findings}
    assert found >= DEFAULT_OFF_RULES
    assert "Tick them in the Writing card" in sample.record.body


def test_a_trashed_last_draft_falls_back_to_the_newest_live_one(workspace) -> None:
    keep = workspace.create_draft()
    gone = workspace.create_draft()
    workspace.open_draft(gone)
    workspace.trash(gone)
    assert workspace.initial_draft_id() == keep
    assert [summary.id for summary in workspace.drafts(trashed=True)] == [gone]
    workspace.restore(gone)
    assert {summary.id for summary in workspace.drafts()} == {keep, gone}


def test_search_finds_drafts_by_their_words(workspace) -> None:
    session = workspace.open_draft(workspace.create_draft())
    session.changed()
    from app.session import DraftContent

    session.save(DraftContent("Sourdough notes", "", "Flour and water.", ""))
    workspace.create_draft()
    assert [summary.id for summary in workspace.drafts("flour")] == [session.id]


def test_import_of_a_file_and_of_a_folder_with_a_bad_file(workspace, tmp_path: Path) -> None:
    good = tmp_path / "posts" / "good.md"
    good.parent.mkdir()
    good.write_text("# A Good Post\n\nSome text.\n", encoding="utf-8")
    (good.parent / "bad.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    draft_id = workspace.import_file(good)
    assert workspace.open_draft(draft_id).record.title == "A Good Post"
    (good.parent / "other.md").write_text("# Another Post\n\nMore text.\n", encoding="utf-8")
    imported = workspace.import_folder(good.parent)
    assert len(imported.draft_ids) == 1  # good.md is in the library already
    assert imported.report.already == 1
    assert [path.name for path, _reason in imported.report.failures] == ["bad.md"]
    with pytest.raises(TextFileError):
        workspace.import_file(good.parent / "bad.md")


def test_tag_history_leaves_out_the_open_draft(workspace) -> None:
    one = workspace.open_draft(workspace.create_draft())
    one.set_tags(["Python"])
    two = workspace.open_draft(workspace.create_draft())
    two.set_tags(["Cooking"])
    history = workspace.tag_history(exclude_draft_id=two.id)
    assert [draft.tags for draft in history.drafts] == [("Python",)]


def test_preferences_survive_a_new_workspace(workspace, ui_store) -> None:
    from app.session import Workspace

    workspace.preferences.set_disabled_rules(frozenset({"adverb", "passive"}))
    workspace.preferences.set_highlight_keyphrase(True)
    workspace.preferences.set_last_export_folder("/tmp/out")
    again = Workspace(ui_store).preferences
    assert again.disabled_rules() == {"adverb", "passive"}
    assert again.highlight_keyphrase()
    assert again.last_export_folder() == "/tmp/out"


def test_imported_posts_keep_front_matter_tags_and_a_word_count(store, tmp_path) -> None:
    from app.session import Workspace

    (tmp_path / "hugo.md").write_text(
        '+++\ntitle = "Static sites, fast"\ntags = ["web", "rust", "web"]\n+++\n\n'
        "Four words of prose.\n\n```\ncode is not counted\n```\n",
        encoding="utf-8",
    )
    (tmp_path / "yaml.md").write_text(
        "---\ntitle: Plain YAML\ntags: [Writing]\n---\nTwo words.\n", encoding="utf-8"
    )
    workspace = Workspace(store)
    imported = workspace.import_folder(tmp_path)
    assert len(imported.draft_ids) == 2
    listed = {draft.title: draft for draft in workspace.drafts()}
    assert listed["Static sites, fast"].word_count == 4
    assert listed["Plain YAML"].word_count == 2
    tags = {draft.title: store.tags.draft_tags(draft.id) for draft in listed.values()}
    assert tags["Static sites, fast"] == ["web", "rust"]
    assert tags["Plain YAML"] == ["Writing"]


def test_imported_hashtags_become_medium_tags(store, tmp_path) -> None:
    from app.session import Workspace

    post = tmp_path / "hashtags.md"
    post.write_text(
        '---\ntitle: Hashtags\ntags: ["#python", "# Data Science", "C#", "C++", "#Python"]\n---\n'
        "Some prose.\n",
        encoding="utf-8",
    )
    draft_id = Workspace(store).import_file(post)
    assert store.tags.draft_tags(draft_id) == ["python", "Data Science", "C#", "C++"]


def test_imported_tags_repeating_one_another_but_for_a_plural_are_kept_once(
    store, tmp_path
) -> None:
    from app.session import Workspace

    post = tmp_path / "plurals.md"
    post.write_text(
        '---\ntags: ["Startup", "startups", "Remote Teams", "remote team"]\n---\nProse.\n',
        encoding="utf-8",
    )
    draft_id = Workspace(store).import_file(post)
    # As the tag field refuses a repeat: case and plurals aside.
    assert store.tags.draft_tags(draft_id) == ["Startup", "Remote Teams"]


def test_imported_tags_medium_would_refuse_stay_only_in_the_front_matter(store, tmp_path) -> None:
    from app.session import Workspace

    post = tmp_path / "odd-tags.md"
    front_matter = '---\ntitle: Odd tags\ntags: ["🐍", "Python", "' + "x" * 30 + '"]\n---\n'
    post.write_text(front_matter + "Some prose.\n", encoding="utf-8")
    draft_id = Workspace(store).import_file(post)
    assert store.tags.draft_tags(draft_id) == ["Python"]
    assert store.drafts.get(draft_id).body.startswith(front_matter)  # nothing lost


def test_importing_a_folder_again_skips_the_posts_already_in_the_library(
    workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    for number in range(5):
        (folder / f"post-{number}.md").write_text(
            f"# Post {number}\n\nThe text of post {number}.\n", encoding="utf-8"
        )
    first = workspace.import_folder(folder)
    assert len(first.draft_ids) == 5
    assert first.report.summary == "Imported 5 posts."
    again = workspace.import_folder(folder)
    assert again.draft_ids == ()
    assert again.report.summary == (
        "5 posts were already in your library; nothing new was imported."
    )
    assert len(workspace.drafts()) == 5
    # A post edited since, or put in the trash, is not in the library as the file has it.
    edited = workspace.open_draft(first.draft_ids[0])
    edited.changed()
    from app.session import DraftContent

    assert edited.save(DraftContent("Post 0", "", "Edited since.", "")).saved
    workspace.trash(first.draft_ids[1])
    (folder / "post-5.md").write_text("# Post 5\n\nNew.\n", encoding="utf-8")
    (folder / "copy-of-5.md").write_text("# Post 5\n\nNew.\n", encoding="utf-8")
    # A post whose subtitle changed is another post.
    (folder / "post-2.md").write_text(
        "# Post 2\n*Now with a subtitle*\n\nThe text of post 2.\n", encoding="utf-8"
    )
    third = workspace.import_folder(folder)
    assert len(third.draft_ids) == 4  # post 0 (edited), post 1 (trashed), post 2, post 5 once
    assert third.report.summary == (
        "Imported 4 posts; 2 were already in your library; 1 was the same post again in the folder."
    )
