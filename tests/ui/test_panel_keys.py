"""Side panels from the keyboard: opening one moves the focus into it, Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

SHIFT_CONTROL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focused():
    return QApplication.focusWidget()


def test_the_headline_lab_takes_the_focus_and_esc_returns_to_the_story(qtbot, window) -> None:
    window.activateWindow()
    window.editor.setFocus()
    lab = window.headline_lab
    qtbot.keyClick(window.editor, Qt.Key.Key_H, SHIFT_CONTROL)
    qtbot.waitUntil(lambda: _focused() is lab.topic, timeout=2_000)
    qtbot.keyClick(lab.topic, Qt.Key.Key_Escape)
    assert not lab.isVisible()
    assert _focused() is window.editor
    # From the list of ideas too.
    qtbot.keyClick(window.editor, Qt.Key.Key_H, SHIFT_CONTROL)
    qtbot.waitUntil(lambda: _focused() is lab.topic, timeout=2_000)
    qtbot.keyClick(lab.topic, Qt.Key.Key_Return)
    lab.table.setFocus()
    qtbot.keyClick(lab.table, Qt.Key.Key_Escape)
    assert not lab.isVisible()
    assert _focused() is window.editor


def test_the_checklist_takes_the_focus_and_esc_returns_to_the_story(qtbot, window) -> None:
    window.activateWindow()
    window.editor.setFocus()
    checklist = window.publishing.checklist
    window.publishing.checklist_action.trigger()  # Alt+U, R: Publish → Ready for Medium
    qtbot.waitUntil(lambda: checklist.isAncestorOf(_focused()), timeout=2_000)
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert not checklist.isVisible()
    assert _focused() is window.editor


def test_esc_in_the_story_still_leaves_full_screen_and_in_a_panel_closes_it(qtbot, window) -> None:
    """Esc in the story still leaves full screen; inside a panel it closes the panel only."""
    window.activateWindow()
    qtbot.keyClick(window.editor, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2_000)
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2_000)
    window.show_headline_lab()
    qtbot.keyClick(window.headline_lab.topic, Qt.Key.Key_Escape)
    assert not window.headline_lab.isVisible()
