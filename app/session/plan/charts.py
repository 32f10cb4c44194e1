"""The figures behind the charts, without Qt: reads over time per story, and the median
reads of the stories by publishing weekday and hour, tag, headline band and read time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.session.plan.performance import StoryPerformance
from app.session.plan.what_works import NOT_ENOUGH, what_works, why_missing
from app.storage.stories import Snapshot, StoryRecord

MAX_TAG_BARS = 10


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    value: float | None  # median reads; None below the group threshold
    n: int
    low: float | None = None  # the median's 90 % interval
    high: float | None = None


@dataclass(frozen=True, slots=True)
class BarChart:
    title: str
    bars: tuple[Bar, ...]
    # Why there are no bars although stories were compared, as the text report says it;
    # "" when there are bars or no statistics at all.
    missing: str = ""


@dataclass(frozen=True, slots=True)
class Series:
    story_id: int
    name: str
    points: tuple[tuple[date, int], ...]  # lifetime reads on each snapshot day


@dataclass(frozen=True, slots=True)
class ChartData:
    reads_over_time: tuple[Series, ...]  # most read first
    bars: tuple[BarChart, ...]


BAR_CHARTS = (
    ("weekday", "Median reads by publishing weekday"),
    ("hour", "Median reads by publishing time"),
    ("tag", "Median reads by tag (most used tags)"),
    ("headline band", "Median reads by headline band"),
    ("read time", "Median reads by read time"),
)


def chart_data(
    stories: Sequence[StoryRecord],
    snapshots: dict[int, list[Snapshot]],
    items: Sequence[StoryPerformance],
) -> ChartData:
    series = [
        Series(
            story.id,
            story.title,
            tuple((snap.taken_on, snap.reads) for snap in snapshots.get(story.id, [])),
        )
        for story in stories
        if snapshots.get(story.id)
    ]
    series.sort(key=lambda item: -item.points[-1][1])
    groups = what_works(items).groups
    bars = []
    for factor, title in BAR_CHARTS:
        chosen = [group for group in groups if group.factor == factor]
        if factor == "tag":
            chosen = chosen[:MAX_TAG_BARS]
        missing = ""
        if items and not chosen:
            missing = f"{NOT_ENOUGH.capitalize()}: {why_missing(factor)}."
        bars.append(
            BarChart(
                title,
                tuple(
                    Bar(
                        group.label,
                        group.figures["reads"].value,
                        group.n,
                        group.figures["reads"].low,
                        group.figures["reads"].high,
                    )
                    for group in chosen
                ),
                missing,
            )
        )
    return ChartData(tuple(series), tuple(bars))
