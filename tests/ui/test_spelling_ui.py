"""Spelling in the real editor: underline, suggestions off the UI thread, dictionary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from app.analysis.rules.catalog import rule_name
from app.storage.store import open_store


def _spelling_words(window) -> list[str]:
    text = window.editor.result.snapshot.text
    return [
        text[f.start : f.end] for f in window.editor.result.report.findings if f.rule == "spelling"
    ]


def _position(window, word: str) -> int:
    return window.editor.toPlainText().index(word) + 1


def test_misspelling_is_flagged_and_a_suggestion_fixes_it(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("I will recieve the parcel tomorrow.")
    wait_for_analysis(window)
    assert _spelling_words(window) == ["recieve"]
    menu = QMenu(window)
    window.editor.quick_fix_actions(_position(window, "recieve"), menu)
    qtbot.waitUntil(
        lambda: any(a.text() == "Replace with “receive”" for a in menu.actions()), timeout=5000
    )
    next(a for a in menu.actions() if a.text() == "Replace with “receive”").trigger()
    assert window.editor.toPlainText() == "I will receive the parcel tomorrow."


def test_a_slip_typed_four_times_is_underlined_four_times_and_fixed_in_one_undoable_step(
    qtbot, window, wait_for_analysis
) -> None:
    original = (
        "Recieve the parcel. We recieve mail daily.\n\n"
        "They recieve more than we recieve, and tokko serves it all.\n"
    )
    window.editor.setPlainText(original)
    wait_for_analysis(window)
    assert _spelling_words(window) == ["Recieve", "recieve", "recieve", "recieve", "tokko"]
    menu = QMenu(window)
    window.editor.quick_fix_actions(_position(window, "recieve mail"), menu)
    every = "Replace all 4 uses with “receive”"
    qtbot.waitUntil(lambda: any(a.text() == every for a in menu.actions()), timeout=5000)
    next(a for a in menu.actions() if a.text() == every).trigger()
    assert window.editor.toPlainText() == (
        "Receive the parcel. We receive mail daily.\n\n"
        "They receive more than we receive, and tokko serves it all.\n"
    )
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.toPlainText() == original


def test_a_word_flagged_once_offers_no_replace_all(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("I will recieve the parcel tomorrow.")
    wait_for_analysis(window)
    menu = QMenu(window)
    window.editor.quick_fix_actions(_position(window, "recieve"), menu)
    qtbot.waitUntil(
        lambda: any(a.text() == "Replace with “receive”" for a in menu.actions()), timeout=5000
    )
    assert not any(a.text().startswith("Replace all") for a in menu.actions())


def test_accents_typed_as_combining_marks_stay_in_their_word(
    qtbot, window, wait_for_analysis
) -> None:
    """ "re\u0301sume\u0301" is "résumé": one word, known; a slip is underlined whole."""
    window.editor.setPlainText("Send your re\u0301sume\u0301 to the fiance\u0301ee today.")
    wait_for_analysis(window)
    assert _spelling_words(window) == ["fiance\u0301ee"]
    assert window.editor.tooltip_at(_position(window, "sume")) == ""
    assert "may be misspelled" in window.editor.tooltip_at(_position(window, "ee today"))
    assert window.editor.result.report.words == 7


def test_added_word_stays_accepted_after_a_restart(
    qtbot, make_window, store, database_path, wait_for_analysis
) -> None:
    window = make_window(store)
    window.editor.setPlainText("Our lauch went well.")
    wait_for_analysis(window)
    assert _spelling_words(window) == ["lauch"]
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(_position(window, "lauch"), menu)
    next(a for a in actions if a.text().startswith("Add “lauch”")).trigger()
    wait_for_analysis(window)
    assert _spelling_words(window) == []
    window.close()
    reopened = open_store(database_path)
    try:
        again = make_window(reopened)
        wait_for_analysis(again)
        assert "lauch" in again.editor.toPlainText()
        assert _spelling_words(again) == []
    finally:
        again.close()
        reopened.close()


def test_ignore_in_draft_applies_to_this_draft_only(qtbot, window, wait_for_analysis) -> None:
    window.editor.setPlainText("The pakage is ready.")
    wait_for_analysis(window)
    menu = QMenu(window)
    actions = window.editor.quick_fix_actions(_position(window, "pakage"), menu)
    next(a for a in actions if a.text() == "Ignore in this draft").trigger()
    wait_for_analysis(window)
    assert _spelling_words(window) == []
    window.new_draft()
    window.editor.setPlainText("Another pakage here.")
    wait_for_analysis(window)
    assert _spelling_words(window) == ["pakage"]


def test_a_words_fix_comes_before_the_advice_on_the_section_around_it(
    qtbot, window, wait_for_analysis
) -> None:
    """A long section's advice covers its first paragraph: the misspelt word in it is
    explained and fixed first, on hover and on a right click."""
    opening = "I will recieve the parcel tomorrow and tell you how it went."
    filler = "We walked to the river and talked about the weather for a while. " * 10
    window.editor.setPlainText("\n\n".join([opening, *[filler] * 30]))
    wait_for_analysis(window)
    rules = [f.rule for f in window.editor.findings_at(_position(window, "recieve"))]
    assert rules[0] == "spelling"
    assert "long_section" in rules
    tooltip = window.editor.tooltip_at(_position(window, "recieve"))
    assert tooltip.index(rule_name("spelling")) < tooltip.index(rule_name("long_section"))
