"""Keyboard focus is visible in the dark theme: the ring stands out from what is around it."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from tests.ui.contrast import contrast


def _ring_pixels(widget, background: QColor) -> int:
    """Pixels of ``widget`` that differ from focusless rendering at 3:1 against ``background``."""
    widget.clearFocus()
    plain = widget.grab().toImage()
    widget.setFocus()
    focused = widget.grab().toImage()
    changed = 0
    for y in range(min(plain.height(), focused.height())):
        for x in range(min(plain.width(), focused.width())):
            colour = focused.pixelColor(x, y)
            if colour != plain.pixelColor(x, y) and contrast(colour, background) >= 3:
                changed += 1
    return changed


def test_focused_check_boxes_and_the_generate_button_show_a_ring_in_the_dark_theme(
    qtbot, window
) -> None:
    window.view_modes.set_theme("dark", remember=False)
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.show_headline_lab()
        lab = window.headline_lab
        qtbot.waitUntil(lab.isVisible)
        check_box = lab.personal
        behind = check_box.palette().color(QPalette.ColorRole.Window)
        assert _ring_pixels(check_box, behind) >= 2 * check_box.height()
        button = lab.generate_button
        green = QColor("#1a8917")  # the button's own colour, which the ring surrounds
        assert _ring_pixels(button, green) >= 2 * button.height()
    finally:
        window.view_modes.set_theme("light", remember=False)
