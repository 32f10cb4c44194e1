"""The Plan window: calendar, submissions, performance log, charts and what works, in tabs."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.session.failures import STORAGE_ERRORS, not_read
from app.session.plan.planner import Plan
from app.ui.plan.calendar_tab import CalendarTab
from app.ui.plan.charts_tab import ChartsTab
from app.ui.plan.stories_tab import StoriesTab
from app.ui.plan.submissions_tab import SubmissionsTab
from app.ui.plan.tabs import TABS
from app.ui.plan.what_works_tab import WhatWorksTab
from app.ui.screen_fit import resize_within_screen
from app.ui.theme_mode import current_theme

log = logging.getLogger(__name__)

NOT_LOST = "Nothing was lost; open the Plan window again in a moment."


def open_plan_window(
    plan: Plan, current_draft: Callable[[], int | None], parent: QWidget
) -> PlanWindow | None:
    """A new Plan window over ``parent``; None when the plan cannot be read (a database
    another program holds), which is said in one sentence and logged with its traceback."""
    try:
        return PlanWindow(plan, current_draft, parent)
    except STORAGE_ERRORS as error:  # a bug is no "could not read": the app's hook shows it
        log.warning("Opening the Plan window failed", exc_info=True)
        QMessageBox.warning(parent, "Plan", f"{not_read('your plan', error)} {NOT_LOST}")
        return None


class PlanWindow(QDialog):
    """Non-modal: the writer keeps editing while it is open."""

    def __init__(
        self, plan: Plan, current_draft: Callable[[], int | None], parent: QWidget | None = None
    ) -> None:
        # The tabs read the plan before the window exists: a plan that cannot be read raises
        # with no half-built window left to take the app's events (a theme switched later).
        calendar = CalendarTab(plan, current_draft)
        submissions = SubmissionsTab(plan, current_draft)
        stories = StoriesTab(plan, current_draft)
        charts = ChartsTab(plan)
        what_works = WhatWorksTab(plan)
        super().__init__(parent)
        self.setWindowTitle("Plan and learn")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.calendar, self.submissions, self.stories = calendar, submissions, stories
        self.charts, self.what_works = charts, what_works
        # Each tab's refresh, in tab order.
        self._refreshes: tuple[Callable[[], None], ...] = (
            self.calendar.refresh,
            self.submissions.refresh,
            self.stories.refresh,
            self.charts.refresh,
            self.what_works.refresh,
        )
        self.tabs = QTabWidget()
        for tab, name in zip(
            (self.calendar, self.submissions, self.stories, self.charts, self.what_works),
            TABS,
            strict=True,
        ):
            self.tabs.addTab(_scrolling(tab), name)
        self.tabs.currentChanged.connect(lambda _: self.refresh_current())
        self.stories.storiesChanged.connect(self.calendar.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        resize_within_screen(self, 1180, 680)
        self._theme = current_theme()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))
        self.refresh_current()
        self.show()
        self.raise_()
        self.activateWindow()

    def changeEvent(self, event: QEvent) -> None:
        """A theme switched while the window is open: the showing tab takes its colours at
        once (its overdue rows, calendar marks and charts are coloured when drawn from the
        plan); the other tabs take them when shown."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and current_theme() != self._theme:
            self._theme = current_theme()
            self.refresh_current()

    def refresh_current(self) -> None:
        index = self.tabs.currentIndex()
        if 0 <= index < len(self._refreshes):
            self._refreshes[index]()


def _scrolling(tab: QWidget) -> QScrollArea:
    """``tab`` in a scroll area: on a screen narrower or shorter than the tab's minimum (a
    1024x640 laptop), it scrolls instead of pushing the window past the screen's edge."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(tab)
    return area
