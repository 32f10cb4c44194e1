"""Write and Edit on the real main window: highlights, the sidebar, and Top fixes."""

from __future__ import annotations

from app.analysis.rules.catalog import DEFAULT_OFF_RULES
from app.ui.write_edit import EDIT, WRITE
from tests.session.db_faults import locked
from tests.ui.not_stored import said_and_logged


def _clear_and_type(qtbot, window, wait_for_analysis, text: str) -> None:
    wait_for_analysis(window)
    window.editor.selectAll()
    window.editor.insertPlainText(text)
    wait_for_analysis(window)


def _painted_blocks(window) -> int:
    """How many blocks of the editor show at least one finding."""
    highlighter = window.editor.highlighter
    block = window.editor.document().firstBlock()
    painted = 0
    while block.isValid():
        painted += bool(highlighter.spans_for(block))
        block = block.next()
    return painted


TEXT = (
    "# A post\n\n"
    "We met in order to plan the the launch. The cake was eaten by the dog.\n\n"
    "At the end of the day, it was a very long day.\n"
)


def test_deeper_rules_are_off_until_switched_on(qtbot, window, wait_for_analysis) -> None:
    _clear_and_type(qtbot, window, wait_for_analysis, TEXT)
    rules = {finding.rule for finding in window.editor.result.report.findings}
    assert not {"passive", "intensifier"} & rules
    assert {"simpler", "repeated_word", "cliche"} <= rules
    for rule in DEFAULT_OFF_RULES:
        assert not window.sidebar.issues.toggle(rule).isChecked()
    # The share of passive sentences still shows while the rule is off.
    assert "Passive voice: 33.3%" in window.sidebar.issues.shares.text()
    window.sidebar.issues.toggle("passive").click()
    wait_for_analysis(window)
    rules = {finding.rule for finding in window.editor.result.report.findings}
    assert "passive" in rules


def test_write_hides_highlights_and_edit_shows_them(qtbot, window, wait_for_analysis) -> None:
    modes = window.write_edit
    assert modes.mode == EDIT
    _clear_and_type(qtbot, window, wait_for_analysis, TEXT)
    assert _painted_blocks(window) >= 2
    assert window.sidebar.issues.isVisible()
    assert modes.top_fixes.isVisible()

    modes.action.trigger()
    assert modes.mode == WRITE
    assert _painted_blocks(window) == 0
    assert not window.sidebar.issues.isVisible()
    assert not modes.top_fixes.isVisible()
    assert window.sidebar.readability.isVisible()
    assert window.sidebar.overview.isVisible()
    # Typing in Write paints nothing either.
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, "It was really, really late.")
    wait_for_analysis(window)
    assert _painted_blocks(window) == 0

    modes.action.trigger()
    assert modes.mode == EDIT
    assert _painted_blocks(window) >= 2
    assert window.sidebar.issues.isVisible()


def test_the_mode_is_remembered(qtbot, make_window, store, wait_for_analysis) -> None:
    first = make_window(store)
    first.write_edit.action.trigger()
    assert first.write_edit.mode == WRITE
    first.close()
    second = make_window(store)
    assert second.write_edit.mode == WRITE
    assert not second.write_edit.action.isChecked()


def test_a_mode_that_cannot_be_stored_is_said_and_not_switched_to(
    qtbot, make_window, ui_store, database_path, wait_for_analysis, dialogs, caplog
) -> None:
    window = make_window(ui_store)
    _clear_and_type(qtbot, window, wait_for_analysis, TEXT)
    painted = _painted_blocks(window)
    assert window.write_edit.mode == EDIT
    assert painted
    with locked(database_path):
        window.write_edit.action.trigger()
        said_and_logged(window, caplog, "the writing mode")
    assert window.write_edit.mode == EDIT
    assert window.write_edit.action.isChecked()  # the menu shows what is stored
    assert _painted_blocks(window) == painted
    assert dialogs == []  # no "unexpected problem" box
    window.write_edit.action.trigger()  # the lock is gone: it goes through now
    assert window.write_edit.mode == WRITE
    assert window.preferences.writing_mode() == WRITE


def test_top_fixes_go_to_the_text(qtbot, window, wait_for_analysis) -> None:
    _clear_and_type(qtbot, window, wait_for_analysis, TEXT)
    card = window.write_edit.top_fixes
    fixes = card.fixes()
    assert fixes
    assert len(fixes) <= 10
    assert fixes[0].finding.rule == "repeated_word"  # a doubled word is always worth fixing
    assert card.fix_button(0).isVisible()
    assert "Repeated words" in card.fix_button(0).text()
    card.fix_button(0).click()
    assert window.editor.textCursor().selectedText() == "the the"
    shown = [fix.finding.rule for fix in fixes]
    assert "simpler" in shown
    assert "passive" not in shown  # off by default, so not a top fix


def test_a_switched_off_rule_says_off_not_zero(qtbot, window, wait_for_analysis) -> None:
    _clear_and_type(qtbot, window, wait_for_analysis, TEXT)
    issues = window.sidebar.issues
    assert issues.count_button("passive").text() == "off"
    assert issues.count_button("simpler").text() == "1"
    issues.toggle("passive").click()
    wait_for_analysis(window)
    assert issues.count_button("passive").text() == "1"


def test_one_slip_is_counted_listed_and_explained_once(qtbot, window, wait_for_analysis) -> None:
    _clear_and_type(qtbot, window, wait_for_analysis, "I want to loose weight this year.\n")
    assert window.sidebar.issues.count_button("lose_loose").text() == "1"
    card = window.write_edit.top_fixes
    assert [fix.excerpt for fix in card.fixes()] == ["to loose weight"]
    assert card.fix_button(0).full_text().endswith(": “to loose weight”")
    position = window.editor.toPlainText().index("loose") + 1
    assert window.editor.tooltip_at(position).count("<b>") == 1
