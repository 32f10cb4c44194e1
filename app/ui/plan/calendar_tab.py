"""The month calendar: scheduled and published days marked, the month's list, goals, streaks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import cast

from PySide6.QtCore import QDate, QDateTime, QSignalBlocker, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.session.failures import STORAGE_ERRORS, not_read
from app.session.plan.calendar import CalendarDay
from app.session.plan.planner import GOAL_LIMITS, Plan
from app.ui.empty_note import EmptyNote
from app.ui.plan.no_draft import say_no_draft
from app.ui.plan.plan_calendar import DayPosts, PlanCalendar, mark_colours
from app.ui.window.storing import AGAIN, KEPT, warn_not_stored

log = logging.getLogger(__name__)
# A plan that cannot be read is only not shown: reading changes nothing in the database.
NOT_LOST = (
    "Nothing was lost; turn to another month or open the calendar again in a moment to see it."
)
GOAL_NAMES = {"posts_per_week": "your weekly goal", "words_per_day": "your daily word goal"}


class CalendarTab(QWidget):
    def __init__(
        self, plan: Plan, current_draft: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._current_draft = current_draft
        self.calendar = PlanCalendar()
        self.calendar.currentPageChanged.connect(lambda *_: self.refresh())
        self.entries = QListWidget()
        # Long titles wrap: a sideways scroll bar would hide the end of every entry.
        self.entries.setWordWrap(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setResizeMode(QListView.ResizeMode.Adjust)
        EmptyNote(
            self.entries,
            "Nothing planned or published this month: pick a day and schedule the open draft.",
        )
        self.streaks = QLabel()
        self.streaks.setWordWrap(True)
        self.when = QDateTimeEdit(QDateTime(QDate.currentDate().addDays(1), QTime(8, 0)))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        # A date chosen on the calendar is the day to schedule on, at the time already set.
        self.calendar.selectionChanged.connect(
            lambda: self.when.setDate(self.calendar.selectedDate())
        )
        schedule = QPushButton("Schedule the open draft")
        schedule.clicked.connect(self.schedule_current)
        unschedule = QPushButton("Remove it from the plan")
        unschedule.clicked.connect(self.unschedule_current)
        self.posts_goal = QSpinBox()
        self.posts_goal.setRange(0, GOAL_LIMITS["posts_per_week"])
        self.posts_goal.setSpecialValueText("no goal")
        self.words_goal = QSpinBox()
        self.words_goal.setRange(0, GOAL_LIMITS["words_per_day"])
        self.words_goal.setSingleStep(100)
        self.words_goal.setSpecialValueText("no goal")
        self._goal_boxes = {"posts_per_week": self.posts_goal, "words_per_day": self.words_goal}
        goals = self._plan.goals()
        for kind, box in self._goal_boxes.items():
            box.setValue(goals.get(kind, 0))
            box.valueChanged.connect(lambda value, kind=kind: self._set_goal(kind, value))
        # The goals as stored (as far as the boxes can show them): a goal that cannot be
        # stored goes back to this, so the box never shows a goal the plan does not hold.
        self._goals_shown = {kind: box.value() for kind, box in self._goal_boxes.items()}

        side = QVBoxLayout()
        side.addWidget(QLabel("<b>This month</b> (orange: planned, green: published)"))
        side.addWidget(self.entries, 1)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.when)
        plan_row.addWidget(schedule)
        plan_row.addWidget(unschedule)
        side.addLayout(plan_row)
        form = QFormLayout()
        form.addRow("Posts a week:", self.posts_goal)
        form.addRow("Words a day:", self.words_goal)
        side.addLayout(form)
        side.addWidget(self.streaks)
        layout = QHBoxLayout(self)
        layout.addWidget(self.calendar, 3)
        layout.addLayout(side, 2)
        self.refresh()

    def _store(self, what: str, write: Callable[[], object], then: str = AGAIN) -> bool:
        """Store a change; one that cannot be stored is said over the Plan window, which
        covers the main window's status bar, and logged."""
        try:
            write()
        except STORAGE_ERRORS as error:  # a bug is no busy database: the app's hook shows it
            warn_not_stored(self, "Calendar", what, error, then)
            return False
        return True

    def _set_goal(self, kind: str, value: int) -> None:
        box = self._goal_boxes[kind]
        if not self._store(GOAL_NAMES[kind], lambda: self._plan.set_goal(kind, value or None)):
            blocker = QSignalBlocker(box)
            box.setValue(self._goals_shown[kind])
            blocker.unblock()
            return
        self._goals_shown[kind] = value
        self.refresh()

    def schedule_current(self) -> None:
        draft_id = self._current_draft()
        if draft_id is None:
            say_no_draft(self, "Schedule")
            return
        # Qt's stubs type toPython() as object; a QDateTime gives a datetime.
        moment = cast(datetime, self.when.dateTime().toPython())
        refused: list[str] = []

        def schedule() -> None:
            try:
                self._plan.schedule(draft_id, moment.replace(second=0, microsecond=0))
            except ValueError as error:  # already published: nothing left to plan
                refused.append(str(error))

        # Not stored: the date and time stay set, to schedule again once the database is free.
        if not self._store("the draft's planned date", schedule, KEPT):
            return
        if refused:
            QMessageBox.information(self, "Schedule", refused[0])
            return
        self.calendar.setSelectedDate(self.when.date())
        self.refresh()

    def unschedule_current(self) -> None:
        draft_id = self._current_draft()
        if draft_id is None:
            return
        if self._store(
            "the draft's removal from the plan", lambda: self._plan.unschedule(draft_id)
        ):
            self.refresh()

    def show_month(self, year: int, month: int) -> None:
        self.calendar.setCurrentPage(year, month)
        self.refresh()

    def entry_texts(self) -> list[str]:
        return [self.entries.item(row).text() for row in range(self.entries.count())]

    def refresh(self) -> None:
        try:
            month = self._plan.month(self.calendar.yearShown(), self.calendar.monthShown())
            overview = self._plan.overview()
        except STORAGE_ERRORS as error:  # a locked database: say so, keep the window usable
            log.warning("Reading the plan failed", exc_info=True)  # SQLite's own words
            QMessageBox.warning(self, "Calendar", f"{not_read('your plan', error)} {NOT_LOST}")
            return
        self.entries.clear()
        colours = mark_colours()
        posts = {day: _posts(entry) for day, entry in month.days.items()}
        self.calendar.show_posts(posts)
        for entry in month.days.values():
            for item in entry.scheduled:
                self.entries.addItem(
                    f"{item.scheduled_at:%a %d %b %H:%M}  planned: {item.draft_title or 'Untitled'}"
                )
                self.entries.item(self.entries.count() - 1).setForeground(
                    QColor(colours.planned_entry)
                )
            for story in entry.published:
                self.entries.addItem(
                    f"{story.published_at:%a %d %b %H:%M}  published: {story.title}"
                    if story.time_known
                    else f"{story.published_at:%a %d %b}  published: {story.title}"
                )
                self.entries.item(self.entries.count() - 1).setForeground(
                    QColor(colours.published_entry)
                )
        written = sum(entry.words for entry in month.days.values())
        weeks, days = overview.weeks_with_a_post, overview.days_with_writing
        lines = [
            f"Words written this month: <b>{written:,}</b>",
            f"Weeks with a post: <b>{weeks.current}</b> in a row (longest {weeks.longest})",
            f"Days with writing: <b>{days.current}</b> in a row (longest {days.longest})",
        ]
        for goal in overview.goals:
            if goal.kind == "posts_per_week":
                lines.append(
                    f"This week: <b>{goal.done} of {goal.target}</b> posts; goal met in "
                    f"{goal.met_recently} of the last {goal.recent} weeks"
                )
            else:
                lines.append(
                    f"Today: <b>{goal.done:,} of {goal.target:,}</b> words; goal met on "
                    f"{goal.met_recently} of the last {goal.recent} days"
                )
        self.streaks.setText("<br>".join(lines))


def _posts(entry: CalendarDay) -> DayPosts:
    """A day's posts as the grid tells them on hover, each with its time."""
    return DayPosts(
        planned=tuple(
            f"{item.scheduled_at:%H:%M} planned: {item.draft_title or 'Untitled'}"
            for item in entry.scheduled
        ),
        published=tuple(
            f"{story.published_at:%H:%M} published: {story.title}"
            if story.time_known
            else f"published: {story.title}"
            for story in entry.published
        ),
    )
