"""Importing posts from disk: titles from headings, and a report for files that fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.session.markdown_import import EmptyFileError, ImportedPost, read_folder, read_post


def _imported(path: Path, text: str) -> ImportedPost:
    """``text`` written to ``path`` and imported as a post."""
    path.write_text(text, encoding="utf-8")
    return read_post(path)


def test_the_opening_heading_becomes_the_title(tmp_path: Path) -> None:
    (tmp_path / "file.md").write_text("# My Post\n\nBody text.\n", encoding="utf-8")
    (tmp_path / "my-file.md").write_text("No heading here.\n", encoding="utf-8")
    (tmp_path / "front.md").write_text("---\ntags: [a]\n---\n# Titled\n\nBody", encoding="utf-8")
    assert (read_post(tmp_path / "file.md").title, read_post(tmp_path / "file.md").body) == (
        "My Post",
        "Body text.\n",
    )
    assert read_post(tmp_path / "my-file.md").title == "my file"
    front = read_post(tmp_path / "front.md")
    assert (front.title, front.body, front.tags) == ("Titled", "---\ntags: [a]\n---\nBody", ("a",))


def test_a_hugo_post_with_toml_front_matter_keeps_its_title_tags_and_subtitle(
    tmp_path: Path,
) -> None:
    path = tmp_path / "2021-03-01-zola.md"
    path.write_text(
        '+++\ntitle = "Static sites, fast"\ndescription = "Why Zola"\n'
        'tags = ["web", "rust"]\n+++\n\nBody.\n',
        encoding="utf-8",
    )
    post = read_post(path)
    assert (post.title, post.subtitle, post.tags) == (
        "Static sites, fast",
        "Why Zola",
        ("web", "rust"),
    )


def test_a_static_site_post_takes_its_title_and_subtitle_from_front_matter(tmp_path: Path) -> None:
    text = '---\ntitle: "Pair programming: two heads"\ndescription: Why we pair\n---\n\nBody.\n'
    post = _imported(tmp_path / "2015-05-04-pairing.md", text)
    assert (post.title, post.subtitle) == ("Pair programming: two heads", "Why we pair")
    assert post.body.endswith("\n\nBody.\n")


def test_a_folder_with_broken_files_imports_the_rest(tmp_path: Path) -> None:
    (tmp_path / "good-post.md").write_text("# Good\n\nFine.", encoding="utf-8")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "second.markdown").write_text("Plain text post.", encoding="utf-8")
    (tmp_path / "latin1.md").write_bytes("Caf\xe9".encode("latin-1"))
    (tmp_path / "binary.md").write_bytes(b"\x00\x01PNG")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    report = read_folder(tmp_path)
    assert sorted(post.title for post in report.posts) == ["Good", "second"]
    assert sorted(path.name for path, _reason in report.failures) == ["binary.md", "latin1.md"]
    reasons = " ".join(reason for _path, reason in report.failures)
    assert "not valid UTF-8" in reasons
    assert "not a text file" in reasons
    assert report.skipped == 1
    assert report.summary == (
        "Imported 2 posts. 2 not imported. 1 file left out: not Markdown (.markdown, .md, .mdown)."
    )


def test_hostile_files_never_abort_a_folder_import(tmp_path: Path) -> None:
    (tmp_path / "deep-yaml.md").write_text(
        "---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n\nBody.\n", encoding="utf-8"
    )
    (tmp_path / "deep-quotes.md").write_text("> " * 60 + "deep words\n", encoding="utf-8")
    (tmp_path / "nul.md").write_bytes(b"fine text" + b"\x00" + b"more")
    (tmp_path / "utf16.md").write_bytes("# Wide\n\nText.\n".encode("utf-16"))
    (tmp_path / "good.md").write_text("# Good\n\nFine.\n", encoding="utf-8")
    report = read_folder(tmp_path)
    titles = sorted(post.title for post in report.posts)
    assert titles == ["Good", "Wide", "deep quotes", "deep yaml"]
    assert [path.name for path, _reason in report.failures] == ["nul.md"]
    notes = {path.name: note for path, note in report.notes}
    assert sorted(notes) == ["deep-quotes.md", "deep-yaml.md"]
    assert "front matter" in notes["deep-yaml.md"]
    assert "plain text" in notes["deep-quotes.md"]
    assert report.summary == (
        "Imported 4 posts (1 with a problem). 1 not imported. Nested too deeply in places: 2 posts."
    )
    assert "• deep-yaml.md: its YAML front matter could not be read" in report.details
    assert "Nested too deeply (2):\n• deep-quotes.md: Markdown nested too deeply" in report.details


def test_deep_emphasis_is_noted_and_ordinary_emphasis_is_not(tmp_path: Path) -> None:
    (tmp_path / "stars.md").write_text("*" * 500 + "word" + "*" * 500 + "\n", encoding="utf-8")
    (tmp_path / "bold.md").write_text(
        "# Bold\n\n" + "Some **strong** and _soft_ words. " * 40 + "\n", encoding="utf-8"
    )
    report = read_folder(tmp_path)
    assert [path.name for path, _note in report.notes] == ["stars.md"]
    assert len(report.posts) == 2


def test_folder_import_skips_text_files(tmp_path: Path) -> None:
    (tmp_path / "post.md").write_text("# A post\n\nBody.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Call the editor.\n", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")  # the system's: not even counted
    (tmp_path / ".git" / "objects").mkdir(parents=True)  # a repository's insides too
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (tmp_path / ".git" / "objects" / "README.md").write_text("# Not a post\n", encoding="utf-8")
    report = read_folder(tmp_path)
    assert [post.title for post in report.posts] == ["A post"]
    assert report.skipped == 1
    assert "1 file left out: not Markdown" in report.summary  # the note is not silently lost


def test_front_matter_that_cannot_be_read_is_reported_per_file(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("---\ntitle: Good\n---\nFine.\n", encoding="utf-8")
    (tmp_path / "licence.md").write_text(
        "---\ntitle: Pairing\nlicence: Public domain: see the repo\n---\n\nBody text.\n",
        encoding="utf-8",
    )
    report = read_folder(tmp_path)
    posts = {post.path.name: post for post in report.posts}
    assert posts["good.md"].problem == ""
    broken = posts["licence.md"]
    assert broken.title == "licence"  # the file's name: the front matter's title was unreadable
    assert broken.body.endswith("Body text.\n")  # the text is imported all the same
    assert "front matter could not be read (line 3: " in broken.problem
    assert report.with_problems == (broken,)
    assert report.summary == "Imported 2 posts (1 with a problem)."
    heading, line = report.details.split("\n")
    assert heading == "Imported with a problem (1):"
    assert line == f"• licence.md: {broken.problem}"


def test_an_empty_file_is_not_a_post(tmp_path: Path) -> None:
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "blank.md").write_text("\n  \n\t\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("# A post\n\nBody.\n", encoding="utf-8")
    report = read_folder(tmp_path)
    assert [post.title for post in report.posts] == ["A post"]
    assert sorted(report.failures) == [
        (tmp_path / "blank.md", "blank.md is empty, so it was not imported"),
        (tmp_path / "empty.md", "empty.md is empty, so it was not imported"),
    ]
    assert report.summary == "Imported 1 post. 2 not imported."
    with pytest.raises(EmptyFileError):
        read_post(tmp_path / "empty.md")


def test_a_one_line_post_is_broken_at_sentence_ends_and_says_so(tmp_path: Path) -> None:
    sentence = "Every sentence of this post sits on one enormous line. "
    line = sentence * 1_000
    (tmp_path / "one-line.md").write_text(f"# One line\n\n{line}\n", encoding="utf-8")
    post = read_post(tmp_path / "one-line.md")
    assert post.body.split() == line.split()  # every word kept, in order
    assert max(len(part) for part in post.body.split("\n")) <= len(sentence)
    assert post.notice.startswith("one-line.md: 1 very long line was broken at sentence ends")
    assert f"Imported with a change (1):\n• {post.notice}" in read_folder(tmp_path).details
    assert read_post(tmp_path / "one-line.md").word_count == 10_000


@pytest.mark.parametrize("front_matter", [False, True])
def test_an_exported_post_imports_with_its_title_subtitle_and_story(
    tmp_path: Path, front_matter: bool
) -> None:
    from app.publishing import export_markdown

    body = "Last spring we met for three hours a day.\n\n## The rule\n\nNo agenda, no meeting.\n"
    subtitle = "A small team, two hours saved each day, and the agenda that made it stick"
    exported = export_markdown(
        body, title="Fewer Meetings", subtitle=subtitle, front_matter=front_matter
    )
    post = _imported(tmp_path / "meetings.md", exported)
    assert (post.title, post.subtitle) == ("Fewer Meetings", subtitle)
    assert post.body.endswith(body)
    assert "*A small team" not in post.body  # front matter stays, for export to keep


def test_an_italic_line_the_front_matter_does_not_name_stays_in_the_story(tmp_path: Path) -> None:
    text = '---\nsubtitle: "Why we pair"\n---\n# Pairing\n\n*Another line*\n\nBody.\n'
    post = _imported(tmp_path / "post.md", text)
    assert post.subtitle == "Why we pair"
    assert "*Another line*" in post.body


NOTE = (
    "Notes from the allotment, March\n\n"
    "The broad beans came up in a neat row this week, all but three.\n\n"
    "Next week: dig the compost into the empty beds.\n"
)


def test_a_text_note_opening_with_a_short_line_takes_it_as_its_title(tmp_path: Path) -> None:
    post = _imported(tmp_path / "note.txt", NOTE)
    assert post.title == "Notes from the allotment, March"
    assert post.body.startswith("The broad beans came up")
    # A long opening paragraph is the story, not a title: the file's name stays the title.
    long_first = "The broad beans came up in a neat row this week, all but three of them. " * 2
    story = _imported(tmp_path / "beans.txt", f"{long_first}\n\nMore to come.\n")
    assert (story.title, story.body) == ("beans", f"{long_first}\n\nMore to come.\n")
    # A line with no blank line under it, or one that ends a sentence, is not a title either.
    for name, text in (
        ("run.txt", "Short line\nstraight on.\n"),
        ("s.txt", "It rained.\n\nA lot.\n"),
    ):
        assert _imported(tmp_path / name, text).body == text
    # Markdown takes such a line too, but only plain words without end punctuation.
    assert _imported(tmp_path / "note.md", NOTE).title == "Notes from the allotment, March"
    assert _imported(tmp_path / "wow.md", "What a week!\n\nA lot.\n").title == "wow"
