"""The Plan calendar reads well in the dark theme."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QTableView

from app.storage.stories import StoryFacts
from tests.session.db_faults import locked, shut_out
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


def _click_day(qtbot, calendar, day: int) -> None:
    """Clicks ``day`` of the shown month on the calendar's grid, as a writer would (a day
    from the middle of the month: its number is on the page once)."""
    view = calendar.findChild(QTableView)
    model = view.model()
    (index,) = (
        model.index(row, column)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        if model.data(model.index(row, column)) == day
    )
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_a_clicked_date_is_the_day_the_draft_is_scheduled_on(qtbot, window) -> None:
    window.title_edit.setPlainText("What I Learned From Rewriting 50 Headlines for Medium Readers")
    plan = window.show_plan("Calendar")
    plan.resize(1240, 660)  # a 1280x720 screen less the window frame and a panel
    tab = plan.calendar
    tab.show_month(2030, 5)
    tab.when.setDateTime(QDateTime(QDate(2030, 5, 2), QTime(7, 45)))
    qtbot.wait(20)
    _click_day(qtbot, tab.calendar, 17)
    assert tab.when.dateTime() == QDateTime(QDate(2030, 5, 17), QTime(7, 45))
    tab.schedule_current()
    (entry,) = tab.entry_texts()
    assert entry.startswith("Fri 17 May 07:45  planned: What I Learned")
    # The whole entry shows: it wraps rather than hiding behind a sideways scroll bar.
    qtbot.wait(20)
    assert not tab.entries.horizontalScrollBar().isVisible()
    shown = tab.entries.visualItemRect(tab.entries.item(0))
    assert shown.width() <= tab.entries.viewport().width()
    assert shown.height() >= 2 * tab.entries.fontMetrics().height()  # two lines


def test_publishing_a_planned_draft_takes_it_off_the_calendar(qtbot, window, dialogs) -> None:
    window.title_edit.setPlainText("The Quiet Power of Walking")
    tab = window.show_plan("Calendar").calendar
    tab.when.setDateTime(QDateTime(QDate(2030, 12, 8), QTime(9, 0)))
    tab.schedule_current()
    tab.show_month(2030, 12)
    assert tab.entry_texts() == ["Sun 08 Dec 09:00  planned: The Quiet Power of Walking"]

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.url.setText("https://medium.com/@me/the-quiet-power-of-walking-1a2b3c4d5e6f")
        dialog.when.setDateTime(QDateTime(QDate(2030, 12, 6), QTime(7, 45)))
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.show_plan("Performance log").stories.publish_current()
    tab = window.show_plan("Calendar").calendar
    assert tab.entry_texts() == ["Fri 06 Dec 07:45  published: The Quiet Power of Walking"]
    tab.schedule_current()  # a published draft has nothing left to plan: it says so
    assert dialogs[-1] == (
        "information",
        "Schedule: “The Quiet Power of Walking” is already published (06 Dec 2030), so there "
        "is nothing left to plan.",
    )
    assert tab.entry_texts() == ["Fri 06 Dec 07:45  published: The Quiet Power of Walking"]


def test_marked_days_and_entries_are_readable_and_say_how_many(qtbot, window, store) -> None:
    for title in ("Notes on Slow Travel", "Why Python Beats Excel", "A Guide to Sourdough"):
        store.schedule.schedule(store.drafts.create(title=title).id, datetime(2030, 5, 9, 8))
    store.schedule.schedule(store.drafts.create(title="Alone").id, datetime(2030, 5, 11, 10))
    store.stories.add(StoryFacts("Ten Lessons", datetime(2030, 5, 7, 9)))
    for theme in ("light", "dark"):
        window.view_modes.set_theme(theme, remember=False)
        try:
            tab = window.show_plan("Calendar").calendar
            tab.show_month(2030, 5)
            for day in (7, 9, 11):
                shown = tab.calendar.dateTextFormat(QDate(2030, 5, day))
                text, fill = shown.foreground().color(), shown.background().color()
                assert contrast(text, fill) >= 4.5, (theme, day, text.name(), fill.name())
            behind = tab.entries.palette().color(QPalette.ColorRole.Base)
            for row in range(tab.entries.count()):
                entry = tab.entries.item(row).foreground().color()
                assert contrast(entry, behind) >= 4.5, (theme, row, entry.name(), behind.name())
        finally:
            window.view_modes.set_theme("light", remember=False)
    assert tab.calendar.day_note(date(2030, 5, 9)) == "3 planned"
    assert tab.calendar.day_note(date(2030, 5, 11)) == "1 planned"
    assert tab.calendar.day_note(date(2030, 5, 7)) == "1 published"
    assert tab.calendar.day_note(date(2030, 5, 8)) == ""
    hover = tab.calendar.dateTextFormat(QDate(2030, 5, 9)).toolTip()
    assert hover.splitlines() == [
        "08:00 planned: Notes on Slow Travel",
        "08:00 planned: Why Python Beats Excel",
        "08:00 planned: A Guide to Sourdough",
    ]


def test_a_theme_switched_with_the_calendar_open_is_followed(window) -> None:
    plan = window.show_plan("Calendar")
    calendar = plan.calendar.calendar
    light_weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Saturday).foreground().color()
    window.view_modes.set_theme("dark", remember=False)
    try:
        grid = calendar.palette().color(QPalette.ColorRole.Base)
        weekend = calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color()
        assert contrast(weekend, grid) >= 4.5, (weekend.name(), grid.name())
    finally:
        window.view_modes.set_theme("light", remember=False)
    # Back in the light theme: Qt's own weekend colour, and other months in the light grey.
    assert calendar.weekdayTextFormat(Qt.DayOfWeek.Sunday).foreground().color() == light_weekend
    disabled = calendar.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert disabled == QApplication.palette().color(
        QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
    )


def test_a_plan_that_cannot_be_read_is_said_in_plain_words_and_logged(
    make_window, ui_store, database_path, dialogs, caplog
) -> None:
    tab = make_window(ui_store).show_plan("Calendar").calendar
    with shut_out(ui_store, database_path):
        tab.calendar.setCurrentPage(2030, 5)  # the writer turns to another month
    assert dialogs == [
        (
            "warning",
            "Calendar: Clapwise could not read your plan: the database is in use by another "
            "program. Nothing was lost; turn to another month or open the calendar again in a "
            "moment to see it.",
        )
    ]
    (record,) = [r for r in caplog.records if r.name == "app.ui.plan.calendar_tab"]
    assert record.exc_info is not None
    assert "database is locked" in str(record.exc_info[1])  # SQLite's words are in the log
    tab.calendar.setCurrentPage(2030, 6)  # the window stays usable
    assert len(dialogs) == 1


def _said_over_the_plan(dialogs, caplog, what: str, then: str) -> None:
    """A message box over the Plan window (which covers the main window's status bar) says
    it in one sentence; the log has the traceback."""
    assert dialogs.pop() == (
        "warning",
        f"Calendar: Clapwise could not store {what}: the database is in use by another "
        f"program. {then}",
    )
    (record,) = [r for r in caplog.records if r.name == "app.ui.window.storing"]
    assert record.exc_info is not None
    assert "database is locked" in str(record.exc_info[1])
    caplog.clear()


def test_a_goal_or_a_date_that_cannot_be_stored_is_said_and_not_shown(
    make_window, ui_store, database_path, dialogs, caplog
) -> None:
    window = make_window(ui_store)
    window.title_edit.setPlainText("The Quiet Power of Walking")
    assert window.save_now()
    tab = window.show_plan("Calendar").calendar
    tab.show_month(2030, 12)
    planned = QDateTime(QDate(2030, 12, 8), QTime(9, 0))
    tab.when.setDateTime(planned)
    again = "Try again in a moment."
    with locked(database_path):
        tab.posts_goal.setValue(2)
        _said_over_the_plan(dialogs, caplog, "your weekly goal", again)
        assert tab.posts_goal.value() == 0  # "no goal", as stored
        tab.words_goal.setValue(500)
        _said_over_the_plan(dialogs, caplog, "your daily word goal", again)
        assert tab.words_goal.value() == 0
        tab.schedule_current()
        kept = "What you entered is still here: try again in a moment."
        _said_over_the_plan(dialogs, caplog, "the draft's planned date", kept)
        assert tab.entry_texts() == []
        assert tab.when.dateTime() == planned  # to schedule again, not chosen again
    assert dialogs == []  # nothing else, and no "unexpected problem" box
    assert ui_store.schedule.goals() == {}
    tab.posts_goal.setValue(2)  # the lock is gone: each goes through now
    tab.schedule_current()
    assert ui_store.schedule.goals() == {"posts_per_week": 2}
    assert tab.entry_texts() == ["Sun 08 Dec 09:00  planned: The Quiet Power of Walking"]
    with locked(database_path):
        tab.unschedule_current()
    _said_over_the_plan(dialogs, caplog, "the draft's removal from the plan", again)
    assert tab.entry_texts() == ["Sun 08 Dec 09:00  planned: The Quiet Power of Walking"]
    assert dialogs == []
    tab.unschedule_current()
    assert tab.entry_texts() == []
