"""Dialogs open within the screen they open on, however small it is."""

from __future__ import annotations


def _fits(dialog) -> bool:
    room = dialog.screen().availableGeometry()
    return dialog.width() <= room.width() and dialog.height() <= room.height()


def test_plan_and_revisions_open_within_a_small_screen(qtbot, window, wait_for_analysis) -> None:
    # The offscreen screen (800 wide) is narrower than either dialog's preferred size.
    room = window.screen().availableGeometry()
    assert room.width() < 1100
    wait_for_analysis(window)
    window.editor.setPlainText("A story with a revision.")
    window.save_now()

    plan = window.show_plan()
    assert _fits(plan)
    plan.close()
    revisions = window.show_revisions()
    qtbot.addWidget(revisions)
    assert _fits(revisions)
