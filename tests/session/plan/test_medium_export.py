"""Medium's account export: posts as drafts, published ones as stories with their facts."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime

import pytest

from app.analysis.engine.analyzer import analyze
from app.session.plan.medium_export import MediumExportError, parse_post, read_export
from app.session.plan.planner import Plan
from tests.session.plan.medium_export_sample import write_export


def test_posts_are_read_with_title_subtitle_date_link_and_markdown(tmp_path) -> None:
    published, draft = read_export(write_export(tmp_path))
    assert published.title == "Why I Write at Dawn"
    assert published.subtitle == "And what it did to my mornings"
    expected = datetime(2025, 6, 3, 6, 15, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert published.published_at == expected
    assert published.canonical_url == "https://medium.com/@writer/why-i-write-at-dawn-0a1b2c3d4e5f"
    assert published.body == (
        '![A sunrise](https://cdn/x.png "A sunrise")\n\n'
        "The house is quiet at five & the mind is clear. Nobody writes to me.\n\n"
        "## What changed\n\n"
        "- More words\n"
        "- Less **noise**\n\n"
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
    assert "The house is quiet" in plan.versions(story.id)[0].body
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


POST = """<article class="h-entry"><h1 class="p-name">Paying Off Debt</h1>
<section data-field="body" class="e-content"><div class="section-inner">
<p class="graf graf--p">I owed <strong class="markup--strong">$18,000</strong> and felt
<em class="markup--em">terrible </em>about it. I used <code class="markup--code">=SUM(B2:B9)
</code> and <code>a`b</code> every night, <b>bold <i>and italic</i></b>.</p>
<figure class="graf graf--figure"><img class="graf-image" data-width="800"
src="https://cdn-images-1.medium.com/max/800/1*abc.png"><figcaption class="imageCaption">My
"spreadsheet" on <a href="https://example.com">a good day</a></figcaption></figure>
<figure><img alt="A chart of the debt falling" src="https://cdn.example/chart.png"></figure>
<figure><iframe src="https://www.youtube.com/embed/x"></iframe><figcaption>A video</figcaption>
</figure><p>See <a href="https://example.com/s"><em>the snowball</em></a> and <em>unclosed</p>
<pre>x = <strong>1</strong></pre></div></section></article>"""


def test_bold_italics_code_and_captioned_pictures_come_through_as_markdown() -> None:
    """Markup a writer sees on Medium stays in the draft; an embed without a picture does
    not (there is nothing to show offline)."""
    assert parse_post(POST).body == (
        "I owed **$18,000** and felt *terrible* about it. I used `=SUM(B2:B9)` and "
        "``a`b`` every night, **bold *and italic***.\n\n"
        '![My "spreadsheet" on a good day](https://cdn-images-1.medium.com/max/800/1*abc.png'
        ' "My \\"spreadsheet\\" on a good day")\n\n'
        "![A chart of the debt falling](https://cdn.example/chart.png)\n\n"
        "See [*the snowball*](https://example.com/s) and *unclosed*\n\n"
        "```\nx = 1\n```\n"
    )


def test_an_imported_story_keeps_its_markup_and_its_read_time_counts_the_pictures(
    store, now, tmp_path
) -> None:
    """Through the real measures: the stored read time is the one the editor shows for the
    imported text, pictures included (Medium adds 12 s for the first, 11 s for the second)."""
    export = tmp_path / "medium.zip"
    published = POST.replace(
        "</section>",
        '</section><footer><time class="dt-published" datetime="2026-09-01T08:30:00Z">'
        '</time><a class="p-canonical" href="https://medium.com/p/1a2b">x</a></footer>',
    )
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("posts/2026-09-01_Paying-Off-Debt-1a2b.html", published)
    plan = Plan(store, now=now)
    assert plan.import_medium_export(export).stories == 1
    (story,) = plan.stories()
    draft = store.drafts.get(story.draft_id)
    assert "**$18,000**" in draft.body
    assert "![A chart of the debt falling](https://cdn.example/chart.png)" in draft.body
    report = analyze(draft.body, title=draft.title)
    assert report.read_time.minutes >= (report.words / 265) + (12 + 11) / 60
    assert story.read_minutes == round(report.read_time.minutes, 2)


@pytest.mark.parametrize(
    ("html", "shown"),
    [
        ("<strong>Note:</strong>read this", "<strong>Note</strong>:read this"),
        ("<strong>bold</strong><strong>more</strong> end", "<strong>boldmore</strong> end"),
        ("<em>2*3</em> is six", "<em>2*3</em> is six"),
        ("a_b and _c_ [d] `e`", "a_b and _c_ [d] `e`"),
    ],
)
def test_imported_markup_reads_back_as_on_medium_without_stray_marks(html, shown) -> None:
    """Bold that ends in punctuation before a letter, two bold runs side by side and the
    writer's own asterisks, brackets and backticks read back as on Medium."""
    from markdown_it import MarkdownIt

    post = (
        '<article><h1 class="p-name">T</h1><section data-field="body">'
        f"<p>{html}</p></section></article>"
    )
    rendered = MarkdownIt("commonmark").render(parse_post(post).body)
    assert rendered.strip() == f"<p>{shown}</p>"


def test_imported_drafts_show_their_word_count_in_the_list(plan, store, tmp_path) -> None:
    plan.import_medium_export(write_export(tmp_path))
    listed = {draft.title: draft.word_count for draft in store.drafts.list()}
    assert listed["Notes on Slow Reading"] == analyze("Half an idea, from [a talk](x).\n").words
    assert listed["Why I Write at Dawn"] > 10
