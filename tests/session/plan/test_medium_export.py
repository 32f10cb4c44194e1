"""Medium's account export: posts as drafts, published ones as stories with their facts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.session.plan.medium_export import MediumExportError, parse_post, read_export
from tests.session.plan.medium_export_sample import write_export


def test_posts_are_read_with_title_subtitle_date_link_and_markdown(tmp_path) -> None:
    published, draft = read_export(write_export(tmp_path))
    assert published.title == "Why I Write at Dawn"
    assert published.subtitle == "And what it did to my mornings"
    expected = datetime(2025, 6, 3, 6, 15, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert published.published_at == expected
    assert published.canonical_url == "https://medium.com/@writer/why-i-write-at-dawn-0a1b2c3d4e5f"
    assert published.body == (
        "The house is quiet at five & the mind is clear. Nobody writes to me.\n\n"
        "## What changed\n\n"
        "- More words\n"
        "- Less noise\n\n"
        "> Write first, edit later.\n\n"
        '```\nalarm = "05:00"\nwrite()\n```\n'
    )
    assert (draft.title, draft.is_draft, draft.body) == (
        "Notes on Slow Reading",
        True,
        "Half an idea, from [a talk](https://example.com/slow-reading).\n",
    )


def test_importing_twice_records_each_story_once(plan, store, tmp_path) -> None:
    export = write_export(tmp_path)
    first = plan.import_medium_export(export)
    assert (first.drafts, first.stories, first.skipped) == (2, 1, ())
    (story,) = plan.stories()
    assert story.title == "Why I Write at Dawn"
    assert story.url == "https://medium.com/@writer/why-i-write-at-dawn-0a1b2c3d4e5f"
    assert store.drafts.get(story.draft_id).canonical_url == story.url
    assert plan.versions(story.id)[0].body.startswith("The house is quiet")
    again = plan.import_medium_export(export)
    assert (again.stories, again.skipped) == (0, ("Why I Write at Dawn",))
    assert len(plan.stories()) == 1
    # The unpublished draft is not added a second time either.
    assert (again.drafts, again.drafts_skipped) == (0, ("Notes on Slow Reading",))
    assert [draft.title for draft in store.drafts.list()].count("Notes on Slow Reading") == 1


def test_a_trashed_or_changed_draft_is_imported_again(plan, store, tmp_path) -> None:
    """Only a live draft with the same title and text counts as already imported."""
    export = write_export(tmp_path)
    plan.import_medium_export(export)
    (notes,) = [d for d in store.drafts.list() if d.title == "Notes on Slow Reading"]
    store.drafts.save(notes.id, body="Half an idea, now a whole one.\n")
    assert plan.import_medium_export(export).drafts == 1
    for draft in store.drafts.list():
        if draft.title == "Notes on Slow Reading":
            store.drafts.trash(draft.id)
    assert plan.import_medium_export(export).drafts_skipped == ()


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a zip", "not a zip file"), (None, "has no posts")],
)
def test_a_file_that_is_not_an_export_is_refused(tmp_path, content, message) -> None:
    path = tmp_path / "export.zip"
    if content is None:
        import zipfile

        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("notes.txt", "hello")
    else:
        path.write_bytes(content)
    with pytest.raises(MediumExportError, match=message):
        read_export(path)


def test_links_keep_their_targets_and_only_web_and_mail_links_stay_links() -> None:
    body = (
        '<article><h1 class="p-name">T</h1><section data-field="body"><p>See '
        "<a href='https://example.com/a b'> the [notes] </a>, <a href=\"#top\">top</a>, "
        '<a href="javascript:go()">run</a> and <a href="mailto:me@example.com">mail me</a>.'
        '</p><pre><a href="https://example.com">code</a></pre></section></article>'
    )
    assert parse_post(body).body == (
        "See [the \\[notes\\]](https://example.com/a%20b) , top, run and "
        "[mail me](mailto:me@example.com).\n\n```\ncode\n```\n"
    )
