"""When each revision was kept, as the revisions list shows it: "Today, 14:05", "Yesterday,
09:12", "3 Mar 2026, 18:40", with seconds where a neighbour falls in the same minute."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta


def local_time(moment: datetime) -> datetime:
    """``moment`` in the computer's time zone; storage keeps naive UTC times."""
    return (moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment).astimezone()


def revision_times(moments: Sequence[datetime], now: datetime | None = None) -> list[str]:
    """A label for each of ``moments`` (in list order, newest first).

    A day's revisions differ mostly by minutes and often by seconds: each time is shown to
    the minute, and to the second when the revision above or below it falls in the same
    minute, so that no two neighbours read alike for want of a figure. The day is "Today"
    or "Yesterday" when it is one of those.
    """
    today = (now or datetime.now(UTC)).astimezone().date()
    local = [local_time(moment) for moment in moments]
    minutes = [moment.replace(second=0, microsecond=0) for moment in local]
    labels = []
    for index, moment in enumerate(local):
        neighbours = minutes[max(0, index - 1) : index] + minutes[index + 1 : index + 2]
        clock = "%H:%M:%S" if minutes[index] in neighbours else "%H:%M"
        labels.append(f"{_day(moment.date(), today)}, {moment.strftime(clock)}")
    return labels


def _day(day: date, today: date) -> str:
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    return f"{day.day} {day.strftime('%b %Y')}"
