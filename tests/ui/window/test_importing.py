"""Importing in the real window: a file or a folder, the report naming every file with a problem."""

from __future__ import annotations

import pytest


def test_the_folder_report_names_unreadable_front_matter_and_empty_files(
    window, store, dialogs, tmp_path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "good.md").write_text("# First post\n\nHello there.\n", encoding="utf-8")
    (folder / "licence.md").write_text(
        "---\ntitle: Pairing\nlicence: Public domain: see the repo\n---\n\nTwo at one desk.\n",
        encoding="utf-8",
    )
    (folder / "empty.md").write_text("", encoding="utf-8")
    (folder / "binary.md").write_bytes(b"\x00\x01 not text")
    before = len(store.drafts.list())
    window.import_folder(str(folder))
    assert len(store.drafts.list()) == before + 2  # the empty file is not a post
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert "Imported 2 posts (1 with a problem). 2 not imported." in text
    assert "Not imported (2):\n" in text
    assert "• binary.md is not a text file (it contains binary data)." in text
    assert "• licence.md: its YAML front matter could not be read (line 3: " in text
    assert "empty.md is empty, so it was not imported" in text
    titles = {draft.title for draft in store.drafts.list()}
    assert "licence" in titles  # the text came in, titled by its file name


def test_importing_a_folder_reports_broken_files(qtbot, window, store, dialogs, tmp_path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "one.md").write_text("# First post\n\nHello there.", encoding="utf-8")
    (folder / "two.md").write_text("# Second post\n\nHello again.", encoding="utf-8")
    (folder / "broken.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    before = len(store.drafts.list())
    report = window.import_folder(str(folder))
    assert len(report.posts) == 2
    assert len(store.drafts.list()) == before + 2
    listed = window.drafts.rows()
    assert any(row.startswith("First post") for row in listed)
    assert any(row.startswith("Second post") for row in listed)
    assert window.title_edit.text() in {"First post", "Second post"}
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert "broken.md" in text


def test_a_very_long_file_is_confirmed_before_import(qtbot, window, dialogs, tmp_path) -> None:
    huge = tmp_path / "dump.md"
    huge.write_text("# Dump\n\n" + ("A line of a very long file.\n" * 40_000), encoding="utf-8")
    window.import_file(str(huge))
    kind, text = dialogs[-1]
    assert kind == "question"
    assert "dump.md is 1.2 MB" in text
    assert window.title_edit.text() == "Dump"  # the answer was Yes


def test_a_file_of_one_huge_line_opens_as_one_line_per_sentence(
    qtbot, window, dialogs, tmp_path
) -> None:
    one_line = tmp_path / "one-line.md"
    one_line.write_text("# One line\n\n" + "A sentence on a huge line. " * 2_000, encoding="utf-8")
    window.import_file(str(one_line))
    assert window.title_edit.text() == "One line"
    assert window.editor.document().blockCount() >= 2_000
    assert "broken at sentence ends" in window.statusBar().currentMessage()


def test_a_long_line_broken_on_import_is_not_counted_as_a_problem(
    window, dialogs, tmp_path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "badyaml.md").write_text("---\ntitle: [unclosed\n---\n\nText.\n", encoding="utf-8")
    (folder / "big.md").write_text(
        "# Big\n\n" + "A sentence on one line. " * 2_000, encoding="utf-8"
    )
    window.import_folder(str(folder))
    _kind, text = dialogs[-1]
    problems, changes = text.split("Imported with a change (1):\n")
    assert "Imported with a problem (1):\n• badyaml.md: " in problems
    assert "big.md" not in problems
    assert changes.startswith("• big.md: 1 very long line was broken at sentence ends")


def test_a_markdown_post_titled_by_a_plain_first_line_takes_it_as_its_title(
    window, tmp_path
) -> None:
    post = tmp_path / "postB.md"
    post.write_text(
        "How to Stress Test Algorithm written in Python\n\nIn this article I explain how.\n",
        encoding="utf-8",
    )
    window.import_file(str(post))
    assert window.title_edit.text() == "How to Stress Test Algorithm written in Python"
    assert window.editor.text().startswith("In this article I explain how.")


@pytest.mark.parametrize(
    "opening", ["Happy birthday, Go!", "- a list item", "[A link](https://go.dev)", "Hello:"]
)
def test_a_markdown_posts_opening_sentence_or_list_stays_in_the_story(
    window, tmp_path, opening: str
) -> None:
    post = tmp_path / "go-at-ten.md"
    post.write_text(f"{opening}\n\nThis weekend we celebrate.\n", encoding="utf-8")
    window.import_file(str(post))
    assert window.title_edit.text() == "go at ten"
    assert window.editor.text().startswith(opening)


def test_a_folder_import_leaves_out_a_huge_file_and_names_a_broken_link(
    window, store, dialogs, tmp_path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "post.md").write_text("# A post\n\nShort and sweet.\n", encoding="utf-8")
    (folder / "dump.md").write_text("log line without an end " * 41_700, encoding="utf-8")
    (folder / "gone.md").symlink_to(tmp_path / "moved.md")
    before = len(store.drafts.list())
    window.import_folder(str(folder))
    assert len(store.drafts.list()) == before + 1
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert "Imported 1 post. 2 not imported." in text
    assert (
        "• dump.md is 1.1 MB, far longer than an article; if it is a post, import it on its "
        "own (File → Import Markdown…)."
    ) in text
    assert "• gone.md links to a file that no longer exists." in text
    assert (folder / "dump.md").stat().st_size > 1_000_000  # left where it was


def test_importing_the_same_folder_twice_adds_nothing_and_says_so(
    window, store, dialogs, tmp_path
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    for number in range(7):
        (folder / f"post-{number}.md").write_text(
            f"# Post {number}\n\nThe text of post {number}.\n", encoding="utf-8"
        )
    before = len(store.drafts.list())
    window.import_folder(str(folder))
    assert dialogs[-1] == ("information", "Import finished: Imported 7 posts.")
    window.import_folder(str(folder))
    assert dialogs[-1] == (
        "information",
        "Import finished: 7 posts were already in your library; nothing new was imported.",
    )
    for number in (7, 8):
        (folder / f"post-{number}.md").write_text(f"# Post {number}\n\nNew.\n", encoding="utf-8")
    window.import_folder(str(folder))
    assert dialogs[-1] == (
        "information",
        "Import finished: Imported 2 posts; 7 were already in your library.",
    )
    assert len(store.drafts.list()) == before + 9


def test_importing_the_same_file_twice_opens_the_draft_it_made(
    window, store, dialogs, tmp_path
) -> None:
    post = tmp_path / "once.md"
    post.write_text("# Only once\n\nA post imported twice.\n", encoding="utf-8")
    first = window.import_file(str(post))
    before = len(store.drafts.list())
    window.new_draft()
    again = window.import_file(str(post))
    assert again is not None
    assert first is not None
    assert again.id == first.id
    assert window.title_edit.text() == "Only once"
    assert len(store.drafts.list()) == before + 1  # the new empty draft, no second copy
    assert window.statusBar().currentMessage() == (
        "once.md is already in your library; its draft is open and nothing new was imported."
    )


def test_one_file_whose_front_matter_cannot_be_read_says_so_as_the_folder_report_does(
    window, store, dialogs, tmp_path
) -> None:
    post = tmp_path / "licence.md"
    post.write_text(
        "---\ntitle: Pairing\nlicence: Public domain: see the repo\n---\n\nTwo at one desk.\n",
        encoding="utf-8",
    )
    window.import_file(str(post))
    assert window.title_edit.text() == "licence"  # the text came in, titled by its file name
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert text.startswith("Import finished with problems: Imported 1 post (1 with a problem).\n")
    assert "Imported with a problem (1):\n• licence.md: its YAML front matter could not be " in text
    assert "(line 3: " in text
