"""Find and Replace, Markdown shortcuts, the Edit and Help menus, dropped files, word goal."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QInputDialog

from app.ui.edit_menu import shortcut_rows
from tests.session.db_faults import locked
from tests.ui.not_stored import said_and_logged


def _write(window, text: str) -> None:
    window.editor.setPlainText(text)


def _select(window, start: int, end: int) -> None:
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)


def test_find_and_replace_with_match_case_and_whole_word(qtbot, window) -> None:
    _write(window, "Cat scatters. cat and the Cat.")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    bar = window.edit_menu.find_bar
    assert bar.isVisible()
    assert bar.replace_field.isVisible()
    bar.find_field.setText("cat")
    bar.replace_field.setText("dog")
    bar.whole_word.setChecked(True)
    assert bar.replace_all() == 3  # "scatters" is not a whole word
    assert window.editor.toPlainText() == "dog scatters. dog and the dog."
    window.editor.undo()
    assert window.editor.toPlainText() == "Cat scatters. cat and the Cat."
    bar.match_case.setChecked(True)
    assert bar.replace_all() == 1
    assert window.editor.toPlainText() == "Cat scatters. dog and the Cat."
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_replace_all_says_how_many_as_other_counts_do(window) -> None:
    bar = window.edit_menu.find_bar
    window.edit_menu.replace_action.trigger()
    bar.replace_field.setText("dog")
    _write(window, "One cat.")
    bar.find_field.setText("cat")
    bar.replace_all()
    assert bar.status.text() == "Replaced 1 occurrence."
    _write(window, "cat " * 1200)
    bar.replace_all()
    assert bar.status.text() == "Replaced 1,200 occurrences."


def test_find_next_wraps_and_says_when_nothing_is_found(qtbot, window) -> None:
    _write(window, "one two one")
    bar = window.edit_menu.find_bar
    window.edit_menu.find_action.trigger()
    bar.find_field.setText("one")
    assert bar.find_next()
    first = window.editor.textCursor().selectionStart()
    assert bar.find_next()
    assert window.editor.textCursor().selectionStart() == 8
    assert bar.find_next()
    assert window.editor.textCursor().selectionStart() == first
    bar.find_field.setText("three")
    assert not bar.find_next()
    assert "not in the text" in bar.status.text()


def test_bold_italic_and_link_by_keyboard(qtbot, window) -> None:
    _write(window, "make this bold")
    _select(window, 10, 14)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == "make this **bold**"
    qtbot.keyClick(window.editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == "make this bold"
    _select(window, 5, 9)
    qtbot.keyClick(window.editor, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == "make *this* bold"
    _select(window, 0, 4)
    qtbot.keyClick(window.editor, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == "[make](https://) *this* bold"
    assert window.editor.textCursor().selectedText() == "https://"


def test_emoji_do_not_shift_the_markers(qtbot, window) -> None:
    _write(window, "🎉 party time")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.WordLeft, QTextCursor.MoveMode.KeepAnchor)
    window.editor.setTextCursor(cursor)
    window.edit_menu.bold_action.trigger()
    assert window.editor.toPlainText() == "🎉 party **time**"


def test_heading_and_list_toggles(qtbot, window) -> None:
    _write(window, "Title line\nfirst\nsecond")
    _select(window, 0, 0)
    window.edit_menu.heading_action.trigger()
    assert window.editor.toPlainText().splitlines()[0] == "## Title line"
    window.edit_menu.heading_action.trigger()
    assert window.editor.toPlainText().splitlines()[0] == "Title line"
    _select(window, 11, len("Title line\nfirst\nsecond"))
    window.edit_menu.bullets_action.trigger()
    assert window.editor.toPlainText() == "Title line\n- first\n- second"
    _select(window, 11, len(window.editor.toPlainText()))
    window.edit_menu.bullets_action.trigger()
    assert window.editor.toPlainText() == "Title line\nfirst\nsecond"


def test_edit_menu_and_shortcuts_list(qtbot, window) -> None:
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert titles.index("Edit") == titles.index("File") + 1
    rows = shortcut_rows(window)
    named = {text for _menu, text, _keys in rows}
    assert {"Undo", "Find", "Bold", "Italic", "Link", "Heading", "Bulleted list"} <= named
    dialog = window.edit_menu.show_shortcuts()
    qtbot.addWidget(dialog)
    listed = dialog.table.toPlainText()
    assert "Find and replace" in listed
    # Keys no menu item carries: the ways around the window from the keyboard alone.
    assert "Ctrl+Tab" in listed
    assert "Shift+F10" in listed


def test_dropping_a_markdown_file_imports_it(qtbot, window, store, tmp_path) -> None:
    post = tmp_path / "dropped.md"
    post.write_text("# Dropped story\n\nIt arrived by mouse.\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("not a post", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(post)), QUrl.fromLocalFile(str(notes))])
    viewport = window.editor.viewport()
    point = QPoint(10, 10)
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    entered = QDragEnterEvent(point, copy, mime, left, none)
    QApplication.sendEvent(viewport, entered)
    assert entered.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(point), copy, mime, left, none))
    assert window.title_edit.text() == "Dropped story"
    assert [d.title for d in store.drafts.list()].count("notes") == 0
    assert "arrived by mouse" in window.editor.toPlainText()


def test_word_goal_in_the_status_bar(qtbot, window, wait_for_analysis, monkeypatch) -> None:
    wait_for_analysis(window)
    window.editor.setPlainText("Five words in this draft.")
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    wait_for_analysis(window)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (10, True))
    window.edit_menu.goal_action.trigger()
    assert window.edit_menu.goal_label.text() == "5 of 10 words (50%)"
    qtbot.keyClicks(window.editor, " Five more words arrive here.")
    wait_for_analysis(window)
    assert window.edit_menu.goal_label.text() == "10 of 10 words (100%) ✓ reached"
    assert window.preferences.word_goal(window.draft.id) == 10


def test_a_word_goal_that_cannot_be_stored_is_said(
    qtbot, make_window, ui_store, database_path, wait_for_analysis, dialogs, caplog, monkeypatch
) -> None:
    window = make_window(ui_store)
    wait_for_analysis(window)
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_a, **_k: (10, True))
    with locked(database_path):
        window.edit_menu.goal_action.trigger()
        said_and_logged(window, caplog, "the word goal")
    assert window.edit_menu.goal_label.text() == ""  # no goal claimed
    assert dialogs == []
    window.edit_menu.goal_action.trigger()
    assert window.preferences.word_goal(window.draft.id) == 10
    assert "of 10 words" in window.edit_menu.goal_label.text()
