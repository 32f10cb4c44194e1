"""A very long run without a space (a pasted token, an embedded image) wraps anywhere: Qt's
word wrap would search it for a break at every line, for minutes."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QTextOption

from app.ui.editor import MarkdownEditor

ANYWHERE = QTextOption.WrapMode.WrapAnywhere
AT_WORDS = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
LONG_RUN = "x" * 20_000


def test_a_draft_with_a_long_run_wraps_anywhere_and_others_at_words(qtbot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load_text("An ordinary story with a https://example.com/a/long/link in it.")
    assert editor.wordWrapMode() == AT_WORDS
    editor.load_text(f"# Notes\n\n![pasted]({LONG_RUN})\n")
    assert editor.wordWrapMode() == ANYWHERE
    assert editor.toPlainText().count("x") == len(LONG_RUN)
    editor.load_text("The next draft is ordinary again.")
    assert editor.wordWrapMode() == AT_WORDS


def test_pasting_a_long_run_wraps_anywhere_from_then_on(qtbot) -> None:
    editor = MarkdownEditor()
    qtbot.addWidget(editor)
    editor.load_text("Start. ")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(LONG_RUN)
    editor.paste()
    assert editor.toPlainText() == "Start. " + LONG_RUN
    assert editor.wordWrapMode() == ANYWHERE
    clipboard.setText(" and more words.")
    editor.paste()
    assert editor.wordWrapMode() == ANYWHERE  # the long run is still there
    clipboard.clear()
