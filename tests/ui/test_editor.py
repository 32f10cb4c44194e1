"""Hover explanations and one-click fixes in the real editor."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu


def _position_of(window, phrase: str) -> int:
    return window.editor.toPlainText().index(phrase) + 1  # ASCII text: Qt position == index


def test_hover_explains_the_problem_and_the_fix(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("We must win prior to the final. It recieves one.")
    wait_for_analysis(window)
    tip = window.editor.tooltip_at(_position_of(window, "prior"))
    assert "Simpler alternatives" in tip
    assert "before" in tip
    assert window.editor.tooltip_at(_position_of(window, "final")) == ""
    # A misspelling's suggestions come with its menu: the hover says where they are.
    tip = window.editor.tooltip_at(_position_of(window, "recieves"))
    assert "may be misspelled" in tip
    assert "Right-click for suggestions" in tip


def test_hover_shows_a_hyphen_fix_as_it_will_read(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("The language appeared fully-formed in one release.")
    wait_for_analysis(window)
    tip = window.editor.tooltip_at(_position_of(window, "formed"))
    assert tip.endswith("<i>Replace with “fully formed”</i>")  # the fix, as it will read
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(_position_of(window, "fully"), menu)
    next(a for a in actions if a.text() == "Replace with “fully formed”").trigger()
    assert window.editor.toPlainText() == "The language appeared fully formed in one release."


def test_one_click_fix_replaces_the_phrase(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("In order to win, we must act prior to the final.")
    wait_for_analysis(window)
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(_position_of(window, "prior"), menu)
    replace = next(a for a in actions if a.text() == "Replace with “before”")
    replace.trigger()
    assert window.editor.toPlainText() == "In order to win, we must act before the final."
    wait_for_analysis(window)
    actions = window.editor.quick_fix_actions(_position_of(window, "In order to"), menu)
    next(a for a in actions if a.text().startswith("Replace with “To”")).trigger()
    assert window.editor.toPlainText() == "To win, we must act before the final."


def test_a_fix_is_refused_when_the_text_changed_since_the_analysis(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.setPlainText("We must act prior to it.")
    wait_for_analysis(window)
    finding = next(f for f in window.editor.result.report.findings if f.rule == "simpler")
    cursor = window.editor.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Now ")  # the report is stale until the next analysis
    assert window.editor.replace_range(finding.start, finding.end, "before") is False
    assert window.editor.toPlainText() == "Now We must act prior to it."


def test_repeated_word_fix_removes_the_duplicate(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("This is the the end.")
    wait_for_analysis(window)
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(_position_of(window, "the the") + 4, menu)
    assert actions
    actions[0].trigger()
    assert window.editor.toPlainText() == "This is the end."


def test_words_either_side_of_inline_code_are_no_repeat(qtbot, window, wait_for_analysis) -> None:
    """The prose leaves the code out, but the page shows it: no fix may delete it."""
    text = "Run it with `make` and `pytest` and read the output."
    window.editor.setPlainText(text)
    wait_for_analysis(window)
    assert [f for f in window.editor.result.report.findings if f.rule == "repeated_word"] == []
    menu = QMenu(window)
    for action in window.editor.quick_fix_actions(_position_of(window, "pytest"), menu):
        if action.text().startswith("Replace with"):
            action.trigger()
    assert window.editor.toPlainText() == text


def test_shift_f10_opens_the_fixes_menu_at_the_caret(qtbot, window, wait_for_analysis) -> None:
    """From the keyboard alone, as the Menu key does (not every keyboard has one)."""
    window.editor.setPlainText("I will recieve the parcel tomorrow.")
    wait_for_analysis(window)
    cursor = window.editor.textCursor()
    cursor.setPosition(_position_of(window, "recieve") + 2)
    window.editor.setTextCursor(cursor)
    window.activateWindow()
    window.editor.setFocus()
    shown: list[str] = []

    def read_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            shown.extend(action.text() for action in popup.actions())
            popup.close()

    QTimer.singleShot(200, read_and_close)
    qtbot.keyClick(window.editor, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=3_000)
    assert "Add “recieve” to dictionary" in shown


def test_the_hover_says_what_the_fix_does(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("This is the the end. You could of known.")
    wait_for_analysis(window)
    tip = window.editor.tooltip_at(_position_of(window, "the the") + 4)
    assert tip.endswith("<i>Delete the repeated “the”</i>")
    tip = window.editor.tooltip_at(_position_of(window, "of known"))
    assert tip.endswith("<i>Replace with “have”</i>")
    menu = QMenu(window)
    labels = [
        a.text() for a in window.editor.quick_fix_actions(_position_of(window, "the the") + 4, menu)
    ]
    assert labels == ["Delete the repeated “the”"]


def test_a_fix_uses_the_drafts_curly_apostrophes(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("I’m sure we’ll manage. Its not working yet.")
    wait_for_analysis(window)
    assert window.editor.tooltip_at(_position_of(window, "Its")).endswith(
        "<i>Replace with “It’s”</i>"
    )
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(_position_of(window, "Its"), menu)
    next(a for a in actions if a.text() == "Replace with “It’s”").trigger()
    assert window.editor.toPlainText() == "I’m sure we’ll manage. It’s not working yet."


def test_a_fix_keeps_straight_apostrophes_in_a_draft_that_uses_them(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.setPlainText("I'm sure we'll manage. Its not working yet.")
    wait_for_analysis(window)
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(_position_of(window, "Its"), menu)
    next(a for a in actions if a.text() == "Replace with “It's”").trigger()
    assert window.editor.toPlainText() == "I'm sure we'll manage. It's not working yet."


def _tooltip_of(window, word: str) -> str:
    text = window.editor.text()
    from app.ui.positions import utf16_offset

    return window.editor.tooltip_at(utf16_offset(text, text.index(word)) + 1)


def test_shift_enter_breaks_the_line_as_markdown_and_highlights_stay(
    qtbot, window, wait_for_analysis
) -> None:
    editor = window.editor
    editor.setPlainText("")
    editor.setFocus()
    qtbot.keyClicks(editor, "Roses are red,")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "violets are blue.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "This is wierd.")
    assert editor.text() == "Roses are red,\\\nviolets are blue.\n\nThis is wierd."
    wait_for_analysis(window)
    assert "may be misspelled" in _tooltip_of(window, "wierd")


def test_a_pasted_line_separator_keeps_the_highlights_below_it(
    qtbot, window, wait_for_analysis
) -> None:
    from PySide6.QtCore import QMimeData

    pasted = QMimeData()
    pasted.setText("Roses are red,\u2028violets are blue.\u2029\u2029This is wierd.")
    window.editor.setPlainText("")
    window.editor.insertFromMimeData(pasted)
    assert window.editor.text() == "Roses are red,\nviolets are blue.\n\nThis is wierd."
    wait_for_analysis(window)
    assert "may be misspelled" in _tooltip_of(window, "wierd")


def test_a_non_breaking_space_is_kept_and_its_line_keeps_its_highlights(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.setPlainText("Paris is 10\u00a0km away and wierd.")
    assert window.editor.text() == "Paris is 10\u00a0km away and wierd."
    wait_for_analysis(window)
    assert "may be misspelled" in _tooltip_of(window, "wierd")


def test_the_right_half_of_a_highlighted_word_s_last_letter_explains_it(
    qtbot, window, wait_for_analysis
) -> None:
    editor = window.editor
    editor.setPlainText("It recieves one.")
    wait_for_analysis(window)
    last = editor.text().index("recieves") + len("recieves") - 1
    cursor = editor.textCursor()
    cursor.setPosition(last)
    left = editor.cursorRect(cursor).center().x()
    cursor.setPosition(last + 1)
    right = editor.cursorRect(cursor).center().x()
    point = QPoint(left + (right - left) * 3 // 4, editor.cursorRect(cursor).center().y())
    assert editor.cursorForPosition(point).position() == last + 1  # Qt: the caret after it
    assert editor.character_at(point) == last
    assert "may be misspelled" in editor.tooltip_at(editor.character_at(point))
    point = QPoint(right + (right - left), point.y())  # over the space after the word
    assert editor.tooltip_at(editor.character_at(point)) == ""


def test_a_slip_in_a_subheading_is_marked_on_its_word_and_fixed(
    qtbot, window, wait_for_analysis
) -> None:
    window.editor.setPlainText("Some words first.\n\n## Your going to love this\n")
    wait_for_analysis(window)
    start = window.editor.toPlainText().index("Your")
    assert window.editor.findings_at(start - 1) == []  # the space after "##"
    assert [f.rule for f in window.editor.findings_at(start)] == ["your_youre"]
    assert window.editor.findings_at(start + len("Your")) == []
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(start + 1, menu)
    next(a for a in actions if a.text() == "Replace with “You're”").trigger()
    assert window.editor.toPlainText() == "Some words first.\n\n## You're going to love this\n"
