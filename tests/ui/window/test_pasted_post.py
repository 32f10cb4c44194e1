"""A whole post pasted into the real window: its title goes to the title field, as an import
puts it, only while the draft has neither text nor title."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

POST = (
    "# Seven Months of Sourdough\n\n"
    "*What a jar of flour taught me about patience*\n\n"
    "The starter died twice before it lived.\n"
)


def _paste(window, text: str) -> None:
    QApplication.clipboard().setText(text)
    window.editor.paste()


def test_a_post_pasted_into_a_new_draft_brings_its_title_and_subtitle(qtbot, window) -> None:
    window.new_draft()
    _paste(window, POST)
    assert window.title_edit.text() == "Seven Months of Sourdough"
    assert window.subtitle_edit.text() == "What a jar of flour taught me about patience"
    assert window.editor.text() == "The starter died twice before it lived.\n"
    assert "title and subtitle went to their fields" in window.statusBar().currentMessage()
    assert window.save_now()
    assert window.drafts.rows()[0].startswith("Seven Months of Sourdough\n")
    assert window.windowTitle().startswith("Seven Months of Sourdough")


def test_a_subtitle_already_written_stays_and_the_italic_line_stays_in_the_text(
    qtbot, window
) -> None:
    window.new_draft()
    window.subtitle_edit.setText("Bread, slowly")
    _paste(window, POST)
    assert window.title_edit.text() == "Seven Months of Sourdough"
    assert window.subtitle_edit.text() == "Bread, slowly"
    assert window.editor.text().startswith("*What a jar of flour")


def test_a_heading_pasted_into_a_story_already_begun_stays_in_the_text(qtbot, window) -> None:
    window.new_draft()
    window.editor.setPlainText("My opening line.\n\n")
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    _paste(window, POST)
    assert window.title_edit.text() == ""
    assert "# Seven Months of Sourdough" in window.editor.text()


def test_a_draft_with_a_title_keeps_it_and_the_pasted_heading(qtbot, window) -> None:
    window.new_draft()
    window.title_edit.setText("My own title")
    _paste(window, POST)
    assert window.title_edit.text() == "My own title"
    assert window.editor.text().startswith("# Seven Months of Sourdough")


def test_text_without_a_title_heading_is_pasted_as_it_is(qtbot, window) -> None:
    window.new_draft()
    _paste(window, "Just a paragraph.\n\n## A section\n")
    assert window.title_edit.text() == ""
    assert window.editor.text() == "Just a paragraph.\n\n## A section\n"
