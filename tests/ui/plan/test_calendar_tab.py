"""The Plan calendar reads well in the dark theme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton

from tests.ui.contrast import contrast


def test_dark_calendar_weekends_and_other_months_are_readable(window) -> None:
    window.view_modes.set_theme("dark", remember=False)
    try:
        calendar = window.show_plan().calendar.calendar
        grid = calendar.palette().color(QPalette.ColorRole.Base)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            weekend = calendar.weekdayTextFormat(day).foreground().color()
            assert contrast(weekend, grid) >= 4.5
        # Qt draws the dates of the months before and after in the disabled text colour.
        other_month = calendar.palette().color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
        )
        assert contrast(other_month, grid) >= 4.5
    finally:
        window.view_modes.set_theme("light", remember=False)


def test_the_calendars_buttons_show_their_whole_text_in_both_themes(qtbot, window) -> None:
    window.resize(1280, 720)
    for theme in ("dark", "light"):
        window.view_modes.set_theme(theme, remember=False)
        try:
            plan = window.show_plan("Calendar")
            qtbot.waitUntil(plan.isVisible)
            buttons = [b for b in plan.findChildren(QPushButton) if b.text().endswith("plan")]
            buttons += [b for b in plan.findChildren(QPushButton) if "Schedule" in b.text()]
            assert len(buttons) == 2
            for button in buttons:
                text = button.fontMetrics().horizontalAdvance(button.text())
                assert button.width() > text, (theme, button.text(), button.width())
            plan.close()
        finally:
            window.view_modes.set_theme("light", remember=False)
