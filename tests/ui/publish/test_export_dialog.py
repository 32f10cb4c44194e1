"""Export Markdown… and Export HTML… through the real window: options, fixes, files, failures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.ui.publish.export_dialog import suggested_name

BODY = """Some text with "quotes" and a table below.

| Tool | Use |
| --- | --- |
| Pen | Drafts |

<script>alert('x')</script>
"""


def _export(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


def test_export_markdown_writes_the_file_and_says_so(
    qtbot, window, publishing, open_story, tmp_path: Path, dialogs
) -> None:
    open_story(window, BODY, title="Export Me", subtitle="A subtitle")
    publishing.export_markdown_action.trigger()
    dialog = publishing.export_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.path_field.text().endswith("export-me.md")
    issues = [dialog.fix_list.item(i).text() for i in range(dialog.fix_list.count())]
    assert any(text.startswith("Line 3: Medium has no tables") for text in issues)
    target = tmp_path / "out" / "story.md"
    target.parent.mkdir()
    dialog.set_path(target)
    dialog.front_matter.setChecked(True)
    dialog.smart_punctuation.setChecked(True)
    _export(qtbot, dialog)

    written = target.read_text(encoding="utf-8")
    assert written.startswith('---\ntitle: "Export Me"\nsubtitle: "A subtitle"\n')
    assert "# Export Me\n\n*A subtitle*" in written
    assert "“quotes”" in written
    assert "| --- |" not in written  # the table fix was ticked
    assert not dialog.isVisible()
    assert dialogs == []
    assert str(target) in window.statusBar().currentMessage()
    assert [path.name for path in target.parent.iterdir()] == ["story.md"]

    publishing.export_markdown_action.trigger()  # the next export starts in the same folder
    assert Path(publishing.export_dialog.path_field.text()).parent == target.parent


def test_unticking_a_fix_keeps_that_markdown(
    qtbot, window, publishing, open_story, tmp_path: Path
) -> None:
    open_story(window, BODY, title="Keep The Table")
    dialog = publishing.open_export_dialog("md")
    dialog.set_fix("tables", False)
    assert "tables" not in dialog.chosen_fixes()
    dialog.set_path(tmp_path / "kept.md")
    _export(qtbot, dialog)
    assert "| Pen  | Drafts |" in (tmp_path / "kept.md").read_text(encoding="utf-8")


def test_export_html_has_no_script(qtbot, window, publishing, open_story, tmp_path) -> None:
    open_story(window, BODY, title="Web Page")
    publishing.export_html_action.trigger()
    dialog = publishing.export_dialog
    assert not dialog.front_matter.isVisibleTo(dialog)
    dialog.set_path(tmp_path / "page.html")
    _export(qtbot, dialog)
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Web Page</title>" in page
    assert "<script" not in page.lower()


def test_an_unwritable_place_is_explained_and_nothing_is_written(
    qtbot, window, publishing, open_story, tmp_path: Path, dialogs
) -> None:
    open_story(window, BODY, title="Nowhere")
    dialog = publishing.open_export_dialog("md")
    folder = tmp_path / "exports"
    folder.mkdir()
    blocker = folder / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    dialog.set_path(blocker / "story.md")
    _export(qtbot, dialog)
    assert len(dialogs) == 1
    kind, message = dialogs[0]
    assert kind == "warning"
    assert message.startswith("Could not export: Not a folder")
    assert dialog.isVisible()  # the writer can pick another place
    dialog.set_path(folder / "missing" / "story.md")
    _export(qtbot, dialog)
    assert "Folder does not exist" in dialogs[1][1]
    assert sorted(path.name for path in folder.iterdir()) == ["a-file"]


def test_replacing_an_existing_file_asks_first(
    qtbot, window, publishing, open_story, tmp_path: Path, dialogs
) -> None:
    open_story(window, BODY, title="Again")
    target = tmp_path / "again.md"
    target.write_text("old", encoding="utf-8")
    dialog = publishing.open_export_dialog("md")
    dialog.set_path(target)
    _export(qtbot, dialog)
    assert dialogs[0][0] == "question"
    assert "again.md already exists" in dialogs[0][1]
    assert target.read_text(encoding="utf-8").startswith("# Again")


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux's read-only /sys")
def test_a_folder_without_write_permission_is_explained(
    qtbot, window, publishing, open_story, dialogs
) -> None:
    open_story(window, BODY, title="Read Only")
    dialog = publishing.open_export_dialog("html")
    dialog.set_path("/sys/story.html")  # refused even to root
    _export(qtbot, dialog)
    assert dialogs == [
        (
            "warning",
            "Could not export: No permission to write in /sys. Nothing was written; choose "
            "another place to save.",
        )
    ]
    assert dialog.isVisible()


def test_export_options_are_remembered_for_the_next_export(
    qtbot, window, publishing, open_story, tmp_path: Path, dialogs
) -> None:
    open_story(window, BODY, title="Remember Me")
    publishing.export_markdown_action.trigger()
    dialog = publishing.export_dialog
    assert not dialog.front_matter.isChecked()
    dialog.set_path(tmp_path / "first.md")
    dialog.front_matter.setChecked(True)
    dialog.smart_punctuation.setChecked(True)
    _export(qtbot, dialog)
    publishing.export_markdown_action.trigger()
    again = publishing.export_dialog
    assert again is not dialog
    assert again.front_matter.isChecked()
    assert again.smart_punctuation.isChecked()
    assert window.preferences.export_choices()["front_matter"] is True


STEPS = """Here is the plan:

1. List every script.
2. Rewrite the ones in production first.
   - Keep the same flags.
   - Keep the same exit codes.
3. Delete the old script.
"""


@pytest.mark.parametrize("kind", ["md", "html"])
def test_sub_points_stay_in_their_numbered_step_by_default(
    qtbot, window, publishing, open_story, tmp_path: Path, kind: str
) -> None:
    open_story(window, STEPS, title="The Plan")
    dialog = publishing.open_export_dialog(kind)
    assert "nested_lists" in dialog.chosen_fixes()
    target = tmp_path / f"plan.{kind}"
    dialog.set_path(target)
    _export(qtbot, dialog)

    written = target.read_text(encoding="utf-8")
    if kind == "md":
        assert (
            "2. Rewrite the ones in production first.\\\n"
            "   \\- Keep the same flags.\\\n"
            "   \\- Keep the same exit codes.\n"
            "3. Delete the old script.\n"
        ) in written
    else:
        steps = re.findall(r"<li>(.*?)</li>", written, re.S)
        assert len(steps) == 3
        assert "Keep the same flags." in steps[1]
        assert "Keep the same exit codes." in steps[1]
        assert steps[2] == "Delete the old script."


def test_an_imported_posts_own_front_matter_keys_survive_export(
    qtbot, window, publishing, tmp_path: Path
) -> None:
    post = tmp_path / "go-turns-10.md"
    post.write_text(
        "---\ntitle: Go Turns 10\nauthor: Russ Cox, for the Go team\n"
        "licence: Creative Commons Attribution 4.0 (CC BY 4.0)\n---\n\nHappy birthday, Go!\n",
        encoding="utf-8",
    )
    window.import_file(str(post))
    window.title_edit.selectAll()
    qtbot.keyClicks(window.title_edit, "Go at Ten")
    dialog = publishing.open_export_dialog("md")
    dialog.front_matter.setChecked(True)
    dialog.set_path(tmp_path / "out.md")
    _export(qtbot, dialog)
    written = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert written.startswith(
        '---\ntitle: "Go at Ten"\nauthor: Russ Cox, for the Go team\n'
        "licence: Creative Commons Attribution 4.0 (CC BY 4.0)\n---\n\n# Go at Ten\n"
    )


def test_an_imported_canonical_link_is_the_drafts_and_clearing_it_clears_the_export(
    qtbot, window, publishing, tmp_path: Path
) -> None:
    """The checklist's canonical link and the exported one are the same: an imported post's
    link fills the field, and a link the writer clears is gone from the export too."""
    post = tmp_path / "cross-posted.md"
    post.write_text(
        "---\ntitle: Cross Posted\ncanonical_url: https://old.example/post\n---\n\n"
        "First published on my blog.\n",
        encoding="utf-8",
    )
    window.import_file(str(post))
    assert window.stored_canonical_url() == "https://old.example/post"

    def exported() -> str:
        dialog = publishing.open_export_dialog("md")
        dialog.front_matter.setChecked(True)
        dialog.set_path(tmp_path / "out.md")
        _export(qtbot, dialog)
        return (tmp_path / "out.md").read_text(encoding="utf-8")

    assert 'canonical_url: "https://old.example/post"' in exported()
    publishing.checklist.elsewhere_box.setChecked(False)  # not published elsewhere after all
    (tmp_path / "out.md").unlink()
    assert "canonical_url" not in exported()


def test_export_html_shows_the_caption_and_the_numbered_note(
    qtbot, window, publishing, open_story, tmp_path
) -> None:
    body = (
        '![A bar chart](images/suite.png "Suite duration per week, March to June")\n\n'
        "It took two days to fix them all[^1], and it was worth every minute.\n\n"
        "[^1]: Most of the fixes were one line.\n"
    )
    open_story(window, body, title="Faster Tests")
    dialog = publishing.open_export_dialog("html")
    assert "footnotes" in dialog.chosen_fixes()  # Medium's fixes are ticked by default
    dialog.set_path(tmp_path / "page.html")
    _export(qtbot, dialog)
    page = (tmp_path / "page.html").read_text(encoding="utf-8")
    assert (
        '<figure><img src="images/suite.png" alt="A bar chart" />'
        "<figcaption>Suite duration per week, March to June</figcaption></figure>"
    ) in page
    assert "<p>It took two days to fix them all[1], and it was worth every minute.</p>" in page
    assert "<hr />\n<p>[1] Most of the fixes were one line.</p>\n</article>" in page


@pytest.mark.parametrize(("format", "extension"), [("md", ".md"), ("html", ".html")])
def test_a_name_typed_without_an_extension_gets_the_formats(
    qtbot, window, publishing, open_story, tmp_path: Path, dialogs, format: str, extension: str
) -> None:
    open_story(window, BODY, title="No Extension")
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / f"noext{extension}").write_text("old", encoding="utf-8")
    dialog = publishing.open_export_dialog(format)
    dialog.set_path(folder / "noext")
    _export(qtbot, dialog)
    assert dialogs == [
        ("question", f"Replace the file?: noext{extension} already exists. Replace it?")
    ]
    assert [path.name for path in folder.iterdir()] == [f"noext{extension}"]
    assert (folder / f"noext{extension}").read_text(encoding="utf-8") != "old"
    assert window.statusBar().currentMessage().endswith(f"noext{extension}")


def test_a_name_with_its_own_extension_or_a_folder_is_kept(
    qtbot, window, publishing, open_story, tmp_path: Path
) -> None:
    open_story(window, BODY, title="Kept As Typed")
    dialog = publishing.open_export_dialog("md")
    dialog.set_path(tmp_path / "story.txt")
    _export(qtbot, dialog)
    assert (tmp_path / "story.txt").is_file()
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = publishing.open_export_dialog("md")
    dialog.set_path(folder)  # a folder: the story goes in it, under the suggested name
    _export(qtbot, dialog)
    assert [path.name for path in folder.iterdir()] == ["kept-as-typed.md"]


def test_the_suggested_name_of_a_long_title_ends_on_a_whole_word(
    window, publishing, open_story
) -> None:
    title = "How I Learned to Stop Worrying About Metrics and Write for the Medium Readership"
    open_story(window, BODY, title=title)
    name = Path(publishing.open_export_dialog("html").path_field.text()).name
    assert name == "how-i-learned-to-stop-worrying-about-metrics-and-write-for.html"


def test_the_suggested_name_joins_a_word_an_apostrophe_splits(
    window, publishing, open_story
) -> None:
    open_story(window, BODY, title="Why Don't You Move Abroad? It's Time")
    name = Path(publishing.open_export_dialog("md").path_field.text()).name
    assert name == "why-dont-you-move-abroad-its-time.md"
    assert (
        suggested_name("Don’t Panic: the Writers’ Guide", "html")
        == "dont-panic-the-writers-guide.html"
    )
