"""Tab through the sidebar in the real window: card by card, top to bottom, always in view."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTabBar

from app.ui.write_edit import EDIT


def test_tab_follows_the_cards_in_view_and_never_stops_off_screen(
    qtbot, window, wait_for_analysis
) -> None:
    window.resize(1280, 720)
    window.write_edit.set_mode(EDIT)
    wait_for_analysis(window)
    qtbot.wait(300)  # a report for the new width or mode may follow: the walk needs the last
    wait_for_analysis(window)
    sidebar = window.sidebar
    body = sidebar.widget()
    fixes = [b for b in window.write_edit.top_fixes.findChildren(QPushButton) if b.isVisible()]
    assert fixes  # the sample draft has fixes to show
    window.activateWindow()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    visited = []
    tops = []
    for _ in range(120):
        widget = QApplication.focusWidget()
        assert widget is not None
        # Never a stop the writer cannot see: an empty tab bar Qt keeps off screen.
        assert not (isinstance(widget, QTabBar) and widget.count() == 0)
        assert window.rect().contains(widget.mapTo(window, QPoint(1, 1))), widget
        if body.isAncestorOf(widget):
            viewport = sidebar.viewport()
            corner = widget.mapTo(viewport, QPoint(0, 0))
            assert viewport.rect().intersects(widget.rect().translated(corner)), widget
            visited.append(widget)
            tops.append(widget.mapTo(body, QPoint(0, 0)).y())
        elif visited:
            break  # left the sidebar after its last control
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert tops == sorted(tops)  # card by card, as they read
    assert sidebar.tags.input in visited
    assert any(window.write_edit.top_fixes.isAncestorOf(widget) for widget in visited)
