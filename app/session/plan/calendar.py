"""The posting calendar: words written per day (from saves), streaks, goals and a month view.

Saved times are stored in UTC and turned into the writer's local days here; published and
scheduled times are the writer's own (local) times as entered.
"""

from __future__ import annotations

import calendar as month_grid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from app.storage.schedule import ScheduledRecord, WordCountPoint
from app.storage.stories import StoryRecord


def local_day(utc_moment: datetime) -> date:
    return utc_moment.replace(tzinfo=UTC).astimezone().date()


def words_per_day(points: Sequence[WordCountPoint]) -> dict[date, int]:
    """Words added each day: the rises in each draft's saved word count, on the day of the
    save that shows them. A draft's first point is its starting point: 0 for a draft begun
    empty in the app, so all its words are writing, else its first saved count (an imported
    text is not writing). Deleting words never counts against a day."""
    written: dict[date, int] = defaultdict(int)
    previous: dict[int, int] = {}
    for point in sorted(points, key=lambda item: (item.draft_id, item.at)):
        before = previous.get(point.draft_id)
        if before is not None and point.words > before:
            written[local_day(point.at)] += point.words - before
        previous[point.draft_id] = point.words
    return dict(sorted(written.items()))


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class Streak:
    current: int  # alive if the last unit is this one or the one before (not over yet)
    longest: int


def _streak(units: Iterable[date], today_unit: date, step: timedelta) -> Streak:
    present = set(units)
    longest = 0
    for unit in present:
        if unit - step in present:
            continue
        length = 1
        while unit + step * length in present:
            length += 1
        longest = max(longest, length)
    start = today_unit if today_unit in present else today_unit - step
    current = 0
    while start - step * current in present:
        current += 1
    return Streak(current, longest)


def week_streak(published: Iterable[date], today: date) -> Streak:
    """Weeks (Monday to Sunday) with at least one published story."""
    return _streak({week_start(day) for day in published}, week_start(today), timedelta(weeks=1))


def day_streak(written: dict[date, int], today: date) -> Streak:
    """Days on which words were written."""
    return _streak((day for day, words in written.items() if words > 0), today, timedelta(1))


@dataclass(frozen=True, slots=True)
class GoalProgress:
    kind: str  # posts_per_week or words_per_day
    target: int
    done: int  # this week's posts or today's words
    met_recently: int  # of the last 4 complete weeks (or 7 complete days), how many met it
    recent: int

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "target": self.target,
            "done": self.done,
            "met_recently": self.met_recently,
            "recent": self.recent,
        }


def goal_progress(
    goals: dict[str, int], published: Sequence[date], written: dict[date, int], today: date
) -> list[GoalProgress]:
    progress = []
    if target := goals.get("posts_per_week"):
        per_week: dict[date, int] = defaultdict(int)
        for day in published:
            per_week[week_start(day)] += 1
        this_week = week_start(today)
        past = [this_week - timedelta(weeks=n) for n in range(1, 5)]
        met = sum(per_week[week] >= target for week in past)
        progress.append(GoalProgress("posts_per_week", target, per_week[this_week], met, 4))
    if target := goals.get("words_per_day"):
        past_days = [today - timedelta(days=n) for n in range(1, 8)]
        met = sum(written.get(day, 0) >= target for day in past_days)
        progress.append(GoalProgress("words_per_day", target, written.get(today, 0), met, 7))
    return progress


@dataclass(frozen=True, slots=True)
class CalendarDay:
    day: date
    scheduled: tuple[ScheduledRecord, ...]
    published: tuple[StoryRecord, ...]
    words: int

    def to_dict(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "scheduled": [
                {
                    "draft_id": item.draft_id,
                    "title": item.draft_title,
                    "at": item.scheduled_at.isoformat(timespec="minutes"),
                    "note": item.note,
                }
                for item in self.scheduled
            ],
            "published": [
                {
                    "story_id": story.id,
                    "title": story.title,
                    "url": story.url,
                    # A day without a time (a statistics file's ``published`` date) is
                    # given as that day alone: "00:00" would claim a midnight post.
                    "at": (
                        story.published_at.isoformat(timespec="minutes")
                        if story.time_known
                        else story.published_at.date().isoformat()
                    ),
                    "time_known": story.time_known,
                }
                for story in self.published
            ],
            "words": self.words,
        }


@dataclass(frozen=True, slots=True)
class Month:
    year: int
    month: int
    weeks: tuple[tuple[date, ...], ...]  # Monday first, days of neighbouring months included
    days: dict[date, CalendarDay]  # only days of this month


def month_bounds(year: int, month: int) -> tuple[datetime, datetime]:
    start = datetime(year, month, 1)
    end = datetime(year + (month == 12), month % 12 + 1, 1)
    return start, end


def build_month(
    year: int,
    month: int,
    scheduled: Sequence[ScheduledRecord],
    stories: Sequence[StoryRecord],
    written: dict[date, int],
) -> Month:
    weeks = tuple(
        tuple(week) for week in month_grid.Calendar(firstweekday=0).monthdatescalendar(year, month)
    )
    days = {}
    for week in weeks:
        for day in week:
            if day.month != month:
                continue
            days[day] = CalendarDay(
                day,
                tuple(item for item in scheduled if item.scheduled_at.date() == day),
                tuple(story for story in stories if story.published_at.date() == day),
                written.get(day, 0),
            )
    return Month(year, month, weeks, days)
