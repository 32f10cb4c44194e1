"""Export in the window, of a draft whose front matter cannot be read: kept, and said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

BROKEN = "---\ntitle: [unclosed\ntags: Writing, : bad\n---\n\nBody of the post.\n"


def _notes(dialog) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and "front matter" in label.text()
    ]


def test_markdown_export_keeps_the_block_it_cannot_read_and_says_so(
    qtbot, window, publishing, open_story, tmp_path: Path, dialogs
) -> None:
    open_story(window, BROKEN, title="Kept")
    dialog = publishing.open_export_dialog("md")
    (note,) = _notes(dialog)
    assert "could not be read (line 3: " in note
    assert "copied as written" in note
    dialog.front_matter.setChecked(True)
    dialog.set_path(tmp_path / "kept.md")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = (tmp_path / "kept.md").read_text(encoding="utf-8")
    assert written == (
        "---\ntitle: [unclosed\ntags: Writing, : bad\n---\n\n# Kept\n\nBody of the post.\n"
    )
    assert dialogs == []


@pytest.mark.parametrize("format", ["md", "html"])
def test_a_draft_whose_front_matter_reads_gets_no_note(
    window, publishing, open_story, format: str
) -> None:
    open_story(window, "---\ntitle: Fine\n---\n\nBody.\n", title="Fine")
    assert _notes(publishing.open_export_dialog(format)) == []


def test_the_web_page_says_the_block_is_left_out(window, publishing, open_story) -> None:
    open_story(window, BROKEN, title="Page")
    (note,) = _notes(publishing.open_export_dialog("html"))
    assert "could not be read (line 3: " in note
    assert "left out" in note
