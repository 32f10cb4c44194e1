"""The Plan window's month grid: each day with posts tinted, with how many are planned and
published written in it and, on hover, which; readable in the light and the dark theme."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from app.ui.theme_mode import current_theme


@dataclass(frozen=True, slots=True)
class MarkColours:
    """A theme's colours for planned and published posts, each text at least 4.5:1 (WCAG AA)
    on what it is drawn over: the fills are Okabe-Ito orange and green at 30 % over the grid."""

    day_text: str
    planned_fill: str
    published_fill: str
    planned_entry: str  # on the list beside the grid
    published_entry: str


MARK_COLOURS = {
    "light": MarkColours("#000000", "#f8e2b2", "#b2e2d5", "#935c00", "#00785a"),
    "dark": MarkColours("#e3e3e3", "#5a4518", "#15453a", "#e69f00", "#2ec79b"),
}

# Dark theme: Qt's pure red weekends (4.1:1) and greyed dates of other months (3.3:1) on the
# dark grid are hard to read; these are 7.2:1 and 5.2:1. The light theme keeps Qt's own.
_DARK_WEEKEND = "#ff8a80"
_DARK_OTHER_MONTH = "#8e9196"


def mark_colours() -> MarkColours:
    return MARK_COLOURS[current_theme()]


@dataclass(frozen=True, slots=True)
class DayPosts:
    """What one day holds: each planned and each published post, as a line to hover over."""

    planned: tuple[str, ...] = ()
    published: tuple[str, ...] = ()

    @property
    def note(self) -> str:
        """How many, as the cell says it: one line each for planned and published."""
        counts = ((len(self.planned), "planned"), (len(self.published), "published"))
        return "\n".join(f"{count} {kind}" for count, kind in counts if count)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._posts: dict[date, DayPosts] = {}
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._qt_weekend = self.weekdayTextFormat(Qt.DayOfWeek.Saturday)
        self._theme = ""
        self._readable_in_theme()

    def show_posts(self, posts: Mapping[date, DayPosts]) -> None:
        """Tint the days with posts (published wins the colour) and note how many, in the
        colours of the theme now showing."""
        self._readable_in_theme()
        for day in self._posts:
            self.setDateTextFormat(_qdate(day), QTextCharFormat())
        self._posts = {day: held for day, held in posts.items() if held.note}
        colours = mark_colours()
        for day, held in self._posts.items():
            style = QTextCharFormat()
            style.setFontWeight(QFont.Weight.Bold)
            style.setForeground(QBrush(QColor(colours.day_text)))
            fill = colours.published_fill if held.published else colours.planned_fill
            style.setBackground(QBrush(QColor(fill)))
            style.setToolTip("\n".join((*held.published, *held.planned)))
            self.setDateTextFormat(_qdate(day), style)
        self.updateCells()

    def day_note(self, day: date) -> str:
        held = self._posts.get(day)
        return held.note if held else ""

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        """Qt's cell, then how many posts the day holds along its foot, in small type."""
        super().paintCell(painter, rect, qdate)
        day = date(qdate.year(), qdate.month(), qdate.day())
        note = self.day_note(day)
        if not note:
            return
        painter.save()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        chosen = qdate == self.selectedDate()
        painter.setPen(
            self.palette().color(QPalette.ColorRole.HighlightedText)
            if chosen
            else QColor(mark_colours().day_text)
        )
        foot = rect.adjusted(2, 0, -2, -2)
        painter.drawText(foot, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, note)
        painter.restore()

    def _readable_in_theme(self) -> None:
        """Weekends and other months' dates readable in the theme showing; a theme switched
        while the calendar is open is followed on its next refresh."""
        theme = current_theme()
        if theme == self._theme:
            return
        self._theme = theme
        weekend = QTextCharFormat(self._qt_weekend)
        palette = QPalette()  # no colour of its own: the application's
        if theme == "dark":
            weekend.setForeground(QBrush(QColor(_DARK_WEEKEND)))
            palette = QPalette(self.palette())
            # Qt draws the dates of the months before and after in the disabled text colour.
            palette.setColor(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(_DARK_OTHER_MONTH)
            )
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        self.setPalette(palette)
