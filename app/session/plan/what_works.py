"""What works for this writer: how reads, read ratio and claps relate to the headline score,
readability, read time, tags and publishing time, each with its sample size and a 90 %
interval; below the thresholds the answer is "not enough data yet"."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import median
from types import MappingProxyType

from app.analysis.insights.headline.report import BANDS
from app.document.wording import plural
from app.session.plan.performance import (
    MIN_AGE_DAYS,
    StoryPerformance,
    TitleChange,
    TooRecent,
    hour_band,
    published_weekday,
)
from app.session.plan.statistics import (
    CONFIDENCE,
    Estimate,
    correlation_estimate,
    median_estimate,
    median_interval,
)

MIN_GROUP = 5  # stories in a group before its median is shown
MIN_PAIRS = 10  # stories with a measure before a correlation is shown
# "Stands out" compares many groups at once, so it asks for a 99 % interval (which needs 8
# stories) to keep chance findings rare: precision before recall.
STRICT = 0.99
MIN_STRICT = 8
NOT_ENOUGH = "not enough data yet"
# A link needs the measure and the result to vary: with every story at 09:00 there are
# enough stories, yet no rank correlation to compute.
NO_VARIATION = "cannot be measured"
METRICS = ("reads", "read_ratio", "claps")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HOUR_BANDS = ("night (0–6)", "morning (6–12)", "afternoon (12–18)", "evening (18–24)")
UNKNOWN_TIME = "time unknown"  # published on a known day at an unknown time
READ_TIME_BANDS = ("under 3 min", "3–5 min", "5–8 min", "8 min or more")
GRADE_BANDS = ("grade 7 or lower", "grade 8–9", "grade 10–11", "grade 12 or higher")
HEADLINE_BANDS = tuple(name for name, _ in BANDS)
FACTORS = ("headline band", "readability", "read time", "weekday", "hour", "tag")
MEASURED_FROM = (
    "readability and read time come from a story's text: mark a draft published, import "
    "Medium's export, or import statistics for a story whose title a draft has"
)
# Why a factor has no groups although stories were compared.
MISSING = MappingProxyType(
    {
        "headline band": "no story has a scored title yet",
        "readability": f"no story has this measure yet; {MEASURED_FROM}",
        "read time": f"no story has this measure yet; {MEASURED_FROM}",
        "tag": "no story has tags yet",
    }
)
NO_DATA = (
    "No data yet: no published story has statistics from {days} or more days after it went "
    "live. Import a statistics file or Medium's export, or log a story's figures, and the "
    "figures appear here."
)


def why_missing(factor: str) -> str:
    """Why ``factor`` has no groups although stories were compared."""
    return MISSING.get(factor, "no story has it yet")


def headline_band(score: int | None) -> str | None:
    if score is None:
        return None
    return next(name for name, lowest in reversed(BANDS) if score >= lowest)


def read_time_band(minutes: float | None) -> str | None:
    if minutes is None:
        return None
    if minutes < 3:
        return READ_TIME_BANDS[0]
    if minutes < 5:
        return READ_TIME_BANDS[1]
    return READ_TIME_BANDS[2] if minutes < 8 else READ_TIME_BANDS[3]


def grade_band(grade: float | None) -> str | None:
    if grade is None:
        return None
    if grade < 8:
        return GRADE_BANDS[0]
    if grade < 10:
        return GRADE_BANDS[1]
    return GRADE_BANDS[2] if grade < 12 else GRADE_BANDS[3]


def metric(performance: StoryPerformance, name: str) -> float | None:
    return getattr(performance, name)


@dataclass(frozen=True, slots=True)
class Group:
    """The stories sharing one value of a factor (a weekday, a tag, a band …)."""

    factor: str
    label: str
    n: int
    figures: dict[str, Estimate]  # median per metric
    stands_out: str = ""  # "more" or "fewer" reads than all stories' median, at 99 %

    @property
    def enough(self) -> bool:
        return self.n >= MIN_GROUP

    def to_dict(self) -> dict[str, object]:
        return {
            "factor": self.factor,
            "label": self.label,
            "n": self.n,
            "status": "ok" if self.enough else NOT_ENOUGH,
            **{name: estimate.to_dict() for name, estimate in self.figures.items()},
            "stands_out": self.stands_out,
        }


@dataclass(frozen=True, slots=True)
class Relation:
    """Spearman's rank correlation between a measure of the story and a result."""

    measure: str
    metric: str
    estimate: Estimate
    clear: bool = False  # the 99 % interval excludes zero
    # Why there is no figure ("" when there is one): too few stories, or no variation.
    reason: str = ""

    @property
    def status(self) -> str:
        if self.estimate.value is not None:
            return "ok"
        return NOT_ENOUGH if self.estimate.n < MIN_PAIRS else NO_VARIATION

    def to_dict(self) -> dict[str, object]:
        return {
            "measure": self.measure,
            "metric": self.metric,
            "status": self.status,
            "reason": self.reason,
            "rho": self.estimate.to_dict(),
            "clear_at_99": self.clear,
        }


@dataclass(frozen=True, slots=True)
class WhatWorks:
    stories: int  # stories compared (old enough, with statistics)
    median_reads: float | None  # of all compared stories: what "stands out" is measured against
    groups: tuple[Group, ...]
    relations: tuple[Relation, ...]
    title_changes: tuple[TitleChange, ...]
    too_recent: tuple[TooRecent, ...] = ()  # stories with figures, none old enough yet

    def highlights(self) -> tuple[str, ...]:
        """What stands out at 99 %, in plain words (empty when nothing does)."""
        found = [
            f"{group.factor} {group.label}: {group.stands_out} reads than your median "
            f"(n={group.n}, median {_number('reads', group.figures['reads'].value)} vs "
            f"{_number('reads', self.median_reads)})"
            for group in self.groups
            if group.stands_out
        ]
        found.extend(
            f"{relation.measure}: higher goes with "
            f"{'more' if (relation.estimate.value or 0) > 0 else 'less'} "
            f"{relation.metric.replace('_', ' ')} (rho {relation.estimate.value:+.2f}, "
            f"n={relation.estimate.n})"
            for relation in self.relations
            if relation.clear
        )
        return tuple(found)

    def to_dict(self) -> dict[str, object]:
        return {
            "stories": self.stories,
            "median_reads": self.median_reads,
            "stands_out": list(self.highlights()),
            "method": {
                "figures": "each story's latest snapshot (lifetime totals); read_ratio = "
                "reads / views",
                "min_age_days": MIN_AGE_DAYS,
                "group_figure": "median per group",
                "relation_figure": "Spearman rank correlation",
                "interval": f"{round(CONFIDENCE * 100)} %: order statistics (distribution-free) "
                "for medians, Fisher z for correlations",
                "min_group": MIN_GROUP,
                "min_pairs": MIN_PAIRS,
            },
            "groups": [group.to_dict() for group in self.groups],
            "relations": [relation.to_dict() for relation in self.relations],
            "title_changes": [change.to_dict() for change in self.title_changes],
            "too_recent": [item.to_dict() for item in self.too_recent],
        }


def _stands_out(reads: Sequence[float], overall: float | None) -> str:
    if overall is None or len(reads) < MIN_STRICT:
        return ""
    low, high = median_interval(reads, STRICT)
    if low > overall:
        return "more"
    return "fewer" if high < overall else ""


def _group(
    factor: str, label: str, members: Sequence[StoryPerformance], overall: float | None
) -> Group:
    figures = {}
    for name in METRICS:
        values = [value for item in members if (value := metric(item, name)) is not None]
        figures[name] = median_estimate(values, MIN_GROUP)
    reads = [item.reads for item in members]
    return Group(factor, label, len(members), figures, _stands_out(reads, overall))


def _grouped(
    factor: str,
    labels: Iterable[str],
    items: Sequence[StoryPerformance],
    label_of: Callable[[StoryPerformance], Iterable[str]],
) -> list[Group]:
    overall = median([item.reads for item in items]) if items else None
    members: dict[str, list[StoryPerformance]] = {label: [] for label in labels}
    for item in items:
        for label in label_of(item):
            members.setdefault(label, []).append(item)
    return [_group(factor, label, group, overall) for label, group in members.items() if group]


def _one(value: str | None) -> tuple[str, ...]:
    return () if value is None else (value,)


def _hour(moment: datetime) -> float:
    return moment.hour + moment.minute / 60


def publishing_time(item: StoryPerformance) -> str:
    """The story's publishing-time group; a day without a time is in none of the bands."""
    story = item.story
    return hour_band(story.published_at) if story.time_known else UNKNOWN_TIME


MEASURES: Mapping[str, Callable[[StoryPerformance], float | None]] = MappingProxyType(
    {
        "headline score": lambda item: item.story.headline_score,
        "reading grade": lambda item: item.story.reading_grade,
        "read time (minutes)": lambda item: item.story.read_minutes,
        "publishing hour": lambda item: (
            _hour(item.story.published_at) if item.story.time_known else None
        ),
    }
)


def _no_figure(measure: str, name: str, xs: Sequence[float], measured: bool) -> str:
    """Why a relation has no figure, in the words the report shows; ``measured`` when a
    story has the measure (then what none has is the figure: claps never logged)."""
    if not xs:
        return f"no story has {name} logged yet" if measured else "no story has this measure yet"
    if len(xs) < MIN_PAIRS:
        return f"{_stories(len(xs))}; {MIN_PAIRS} needed"
    if len(set(xs)) == 1:
        return f"every story has the same {measure.split(' (')[0]}"
    return f"every story has the same {name.replace('_', ' ')}"


def what_works(
    items: Sequence[StoryPerformance],
    changes: Sequence[TitleChange] = (),
    recent: Sequence[TooRecent] = (),
) -> WhatWorks:
    tag_names: dict[str, str] = {}
    for item in items:
        for tag in item.story.tags:
            tag_names.setdefault(tag.casefold(), tag)
    groups = [
        *_grouped(
            "headline band",
            HEADLINE_BANDS,
            items,
            lambda i: _one(headline_band(i.story.headline_score)),
        ),
        *_grouped(
            "readability", GRADE_BANDS, items, lambda i: _one(grade_band(i.story.reading_grade))
        ),
        *_grouped(
            "read time",
            READ_TIME_BANDS,
            items,
            lambda i: _one(read_time_band(i.story.read_minutes)),
        ),
        *_grouped("weekday", WEEKDAYS, items, lambda i: (published_weekday(i.story),)),
        *_grouped("hour", (*HOUR_BANDS, UNKNOWN_TIME), items, lambda i: (publishing_time(i),)),
    ]
    tag_groups = _grouped(
        "tag", (), items, lambda i: {tag_names[tag.casefold()] for tag in i.story.tags}
    )
    tag_groups.sort(key=lambda group: (-group.n, group.label.casefold()))
    groups.extend(tag_groups)
    relations = []
    for measure, of in MEASURES.items():
        for name in METRICS:
            pairs = [
                (x, y)
                for item in items
                if (x := of(item)) is not None and (y := metric(item, name)) is not None
            ]
            xs, ys = [x for x, _ in pairs], [y for _, y in pairs]
            estimate = correlation_estimate(xs, ys, MIN_PAIRS)
            strict = correlation_estimate(xs, ys, MIN_PAIRS, STRICT)
            # An estimate with a value always has both bounds.
            low, high = strict.low, strict.high
            clear = low is not None and high is not None and (low > 0 or high < 0)
            measured = any(of(item) is not None for item in items)
            reason = "" if estimate.value is not None else _no_figure(measure, name, xs, measured)
            relations.append(Relation(measure, name, estimate, clear, reason))
    overall = median([item.reads for item in items]) if items else None
    return WhatWorks(
        len(items), overall, tuple(groups), tuple(relations), tuple(changes), tuple(recent)
    )


def _number(metric_name: str, value: float | None) -> str:
    if value is None:
        return "–"
    if metric_name == "read_ratio":
        return f"{value * 100:.0f} %"
    return f"{value:,.0f}"


def _stories(count: int) -> str:
    return f"{count} {'story' if count == 1 else 'stories'}"


def describe_group(group: Group) -> str:
    if not group.enough:
        return f"{group.label}: {NOT_ENOUGH} ({_stories(group.n)}; {MIN_GROUP} needed)"
    parts = []
    for name in METRICS:
        estimate = group.figures[name]
        if estimate.value is None:
            parts.append(f"{name.replace('_', ' ')} –")
            continue
        parts.append(
            f"{name.replace('_', ' ')} {_number(name, estimate.value)} "
            f"({_number(name, estimate.low)}–{_number(name, estimate.high)})"
        )
    return f"{group.label} (n={group.n}): median " + ", ".join(parts)


def describe_relation(relation: Relation) -> str:
    estimate = relation.estimate
    name = relation.metric.replace("_", " ")
    if estimate.value is None:
        return f"{relation.measure} vs {name}: {relation.status} ({relation.reason})"
    assert estimate.low is not None
    assert estimate.high is not None
    if estimate.low > 0:
        verdict = "higher goes with more"
    elif estimate.high < 0:
        verdict = "higher goes with less"
    else:
        verdict = "no clear link"
    return (
        f"{relation.measure} vs {name} (n={estimate.n}): rho {estimate.value:+.2f} "
        f"({estimate.low:+.2f} to {estimate.high:+.2f}), {verdict}"
    )


def _why_nothing_stands_out(groups: Sequence[Group]) -> str:
    """Untested is not the same as tested and found no different: say which it is."""
    largest = max((group.n for group in groups), default=0)
    if largest < MIN_STRICT:
        return (
            f"no group has the {MIN_STRICT} stories the test needs yet (the largest has {largest})"
        )
    return f"no group of {MIN_STRICT}+ stories differs clearly from your median"


def _waiting(recent: Sequence[TooRecent]) -> str:
    """Figures are logged but all too new: say so, and when the first one starts to count."""
    first = recent[0]
    one = len(recent) == 1
    return (
        f"No data yet: {plural(len(recent), 'story', 'stories')} {'has' if one else 'have'} "
        f"figures, but none from {MIN_AGE_DAYS} or more days after {'it' if one else 'they'} "
        "went live (Medium's numbers grow for weeks). Log or import the figures of "
        f"“{first.title}” again on or after {first.comparable_on:%d %b %Y}, and the figures "
        "appear here."
    )


def describe(report: WhatWorks) -> str:
    """The report as plain text, as the panel and ``clapwise stats report`` show it."""
    if not report.stories:
        return (
            _waiting(report.too_recent) if report.too_recent else NO_DATA.format(days=MIN_AGE_DAYS)
        )
    lines = [
        f"Stories compared: {report.stories} (published {MIN_AGE_DAYS}+ days before their "
        "latest statistics). Figures: median of each story's latest totals, with a "
        f"{round(CONFIDENCE * 100)} % interval in brackets.",
    ]
    lines.append("")
    lines.append(
        f"Stands out (a stricter 99 % test, as many groups are compared; groups of "
        f"{MIN_STRICT}+ stories):"
    )
    highlights = report.highlights()
    lines.extend(f"  {line}" for line in highlights)
    if not highlights:
        lines.append(f"  nothing yet: {_why_nothing_stands_out(report.groups)}")
    for factor in FACTORS:
        lines.append("")
        lines.append(f"By {factor}:")
        groups = [group for group in report.groups if group.factor == factor]
        if not groups:
            lines.append(f"  {NOT_ENOUGH} ({why_missing(factor)})")
        lines.extend("  " + describe_group(group) for group in groups)
    lines.append("")
    lines.append("How results move with each measure (Spearman's rho, 90 % interval):")
    lines.extend("  " + describe_relation(relation) for relation in report.relations)
    lines.append("")
    lines.append("Title changes after publishing (reads a day, 28 days before vs after):")
    if not report.title_changes:
        lines.append("  none recorded")
    for change in report.title_changes:
        before = change.reads_per_day_before
        after = change.reads_per_day_after
        lines.append(
            f"  {change.changed_on}: “{change.before_title}” → “{change.after_title}”: "
            f"{'–' if before is None else f'{before:.1f}'} → "
            f"{'–' if after is None else f'{after:.1f}'} reads a day"
        )
    return "\n".join(lines)
