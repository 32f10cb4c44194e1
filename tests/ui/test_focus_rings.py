"""Keyboard focus is visible in the dark theme: the ring stands out from what is around it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from tests.ui.contrast import contrast


def _ring_pixels(widget, background: QColor) -> int:
    """Pixels of ``widget`` that differ from focusless rendering at 3:1 against ``background``."""
    widget.clearFocus()
    plain = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)  # as the keyboard moves it: Fusion marks that
    focused = widget.grab().toImage()
    changed = 0
    for y in range(min(plain.height(), focused.height())):
        for x in range(min(plain.width(), focused.width())):
            colour = focused.pixelColor(x, y)
            if colour != plain.pixelColor(x, y) and contrast(colour, background) >= 3:
                changed += 1
    return changed


def _open_lab(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_headline_lab()
    qtbot.waitUntil(window.headline_lab.isVisible)
    return window.headline_lab


def test_focused_check_boxes_and_the_generate_button_show_a_ring_in_the_dark_theme(
    qtbot, window
) -> None:
    window.view_modes.set_theme("dark", remember=False)
    try:
        lab = _open_lab(qtbot, window)
        check_box = lab.personal
        behind = check_box.palette().color(QPalette.ColorRole.Window)
        assert _ring_pixels(check_box, behind) >= 2 * check_box.height()
        button = lab.generate_button
        green = QColor("#1a8917")  # the button's own colour, which the ring surrounds
        assert _ring_pixels(button, green) >= 2 * button.height()
    finally:
        window.view_modes.set_theme("light", remember=False)


def test_plain_and_count_buttons_show_a_ring(qtbot, window) -> None:
    """A plain button ("Use as title") shows where the keyboard is on the dark page, at
    Fusion's size (on white, Fusion marks it itself); a sidebar count button, drawn by the
    sheet in both themes, shows it in both."""
    lab = _open_lab(qtbot, window)
    plain = lab.use_button
    plain.setEnabled(True)
    light_size = plain.sizeHint()
    count = window.sidebar.issues.count_button("passive")
    count.setEnabled(True)
    count.show()
    for theme in ("dark", "light"):
        window.view_modes.set_theme(theme, remember=False)
        try:
            for button in (plain, count) if theme == "dark" else (count,):
                behind = button.parentWidget().palette().color(QPalette.ColorRole.Window)
                assert _ring_pixels(button, behind) >= button.height(), (theme, button.text())
            assert plain.sizeHint() == light_size
        finally:
            window.view_modes.set_theme("light", remember=False)
