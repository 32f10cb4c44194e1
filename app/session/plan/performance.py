"""Each published story's figures, as the statistics and charts use them.

A story's figures are its latest snapshot's lifetime totals, and a figure that snapshot lacks
(a file without a fans column) is the last one given before it. Medium's numbers grow for weeks
after publishing, so stories younger than :data:`MIN_AGE_DAYS` at their latest snapshot are
left out of comparisons (they would look worse only because they are new).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.storage.stories import Snapshot, StoryRecord, VersionRecord

MIN_AGE_DAYS = 14
CHANGE_WINDOW_DAYS = 28  # how far either side of a title change its effect is measured


@dataclass(frozen=True, slots=True)
class StoryPerformance:
    story: StoryRecord
    latest: Snapshot
    age_days: int  # days from publishing to the latest snapshot

    @property
    def reads(self) -> int:
        return self.latest.reads

    @property
    def claps(self) -> int | None:
        return self.latest.claps

    @property
    def read_ratio(self) -> float | None:
        return self.latest.read_ratio


def latest_figures(series: Sequence[Snapshot]) -> Snapshot:
    """The last of a story's snapshots (oldest first), each figure it lacks taken from the
    last snapshot before it that has one."""
    found = series[0]
    for snapshot in series[1:]:
        found = snapshot.filled_from(found)
    return found


def performances(
    stories: Sequence[StoryRecord], snapshots: dict[int, list[Snapshot]]
) -> list[StoryPerformance]:
    """Stories old enough to compare, with their latest figures."""
    found = []
    for story in stories:
        series = snapshots.get(story.id)
        if not series:
            continue
        latest = latest_figures(series)
        age = (latest.taken_on - story.published_at.date()).days
        if age >= MIN_AGE_DAYS:
            found.append(StoryPerformance(story, latest, age))
    return found


@dataclass(frozen=True, slots=True)
class TooRecent:
    """A story with figures, none of them yet from :data:`MIN_AGE_DAYS` after publishing."""

    title: str
    comparable_on: date  # the first day whose figures it is compared by

    def to_dict(self) -> dict[str, object]:
        return {"title": self.title, "comparable_on": self.comparable_on.isoformat()}


def too_recent(
    stories: Sequence[StoryRecord], snapshots: dict[int, list[Snapshot]]
) -> list[TooRecent]:
    """Stories with figures that :func:`performances` leaves out as too new, soonest first:
    so a writer who logged figures is told when they start to count, not to log some."""
    compared = {item.story.id for item in performances(stories, snapshots)}
    found = [
        TooRecent(story.title, story.published_at.date() + timedelta(days=MIN_AGE_DAYS))
        for story in stories
        if snapshots.get(story.id) and story.id not in compared
    ]
    return sorted(found, key=lambda item: item.comparable_on)


def _value_on(series: Sequence[Snapshot], day: date) -> Snapshot | None:
    """The last snapshot on or before ``day``."""
    found = None
    for snapshot in series:
        if snapshot.taken_on > day:
            break
        found = snapshot
    return found


@dataclass(frozen=True, slots=True)
class TitleChange:
    """Reads a day and read ratio of new readers, before and after a title change."""

    story_id: int
    before_title: str
    after_title: str
    changed_on: date
    reads_per_day_before: float | None
    reads_per_day_after: float | None
    ratio_before: float | None
    ratio_after: float | None
    days_before: int
    days_after: int

    def to_dict(self) -> dict[str, object]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 3)

        return {
            "story_id": self.story_id,
            "before_title": self.before_title,
            "after_title": self.after_title,
            "changed_on": self.changed_on.isoformat(),
            "reads_per_day_before": rounded(self.reads_per_day_before),
            "reads_per_day_after": rounded(self.reads_per_day_after),
            "read_ratio_before": rounded(self.ratio_before),
            "read_ratio_after": rounded(self.ratio_after),
            "days_before": self.days_before,
            "days_after": self.days_after,
        }


def _rate(start: Snapshot | None, end: Snapshot | None) -> tuple[float | None, float | None, int]:
    if start is None or end is None or end.taken_on <= start.taken_on:
        return None, None, 0
    days = (end.taken_on - start.taken_on).days
    views = end.views - start.views
    reads = end.reads - start.reads
    return reads / days, (reads / views if views > 0 else None), days


def title_changes(
    versions: Sequence[VersionRecord], series: Sequence[Snapshot]
) -> list[TitleChange]:
    """For each title change after publishing: the growth in the window before the change
    against the same window after it (from the snapshots nearest each end)."""
    changes = []
    window = timedelta(days=CHANGE_WINDOW_DAYS)
    for previous, current in itertools.pairwise(versions):
        if current.title == previous.title:
            continue
        day = current.changed_at.date()
        before_start = next((s for s in series if s.taken_on >= day - window), None)
        before_end = _value_on(series, day)
        after_start = before_end
        after_end = _value_on(series, day + window)
        rate_before, ratio_before, days_before = _rate(before_start, before_end)
        rate_after, ratio_after, days_after = _rate(after_start, after_end)
        changes.append(
            TitleChange(
                current.story_id,
                previous.title,
                current.title,
                day,
                rate_before,
                rate_after,
                ratio_before,
                ratio_after,
                days_before,
                days_after,
            )
        )
    return changes


def published_weekday(story: StoryRecord) -> str:
    return story.published_at.strftime("%A")


def hour_band(moment: datetime) -> str:
    """Publishing time in four bands, by the writer's recorded (local) time."""
    hour = moment.hour
    if hour < 6:
        return "night (0–6)"
    if hour < 12:
        return "morning (6–12)"
    if hour < 18:
        return "afternoon (12–18)"
    return "evening (18–24)"
