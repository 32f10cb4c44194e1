"""The times in the revisions list: the day as a writer says it, seconds only where needed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.ui.revision_times import local_time, revision_times


def _utc(local: datetime) -> datetime:
    """A local wall-clock time as storage keeps it: naive UTC."""
    return local.astimezone(UTC).replace(tzinfo=None)


def test_neighbours_in_the_same_minute_show_their_seconds() -> None:
    now = datetime(2026, 3, 10, 18, 0).astimezone()
    moments = [
        now.replace(hour=14, minute=5, second=40),
        now.replace(hour=14, minute=5, second=12),
        now.replace(hour=13, minute=50, second=3),
        now.replace(hour=9, minute=2, second=59),
    ]
    assert revision_times([_utc(m) for m in moments], now) == [
        "Today, 14:05:40",
        "Today, 14:05:12",
        "Today, 13:50",
        "Today, 09:02",
    ]


def test_the_day_is_today_yesterday_or_a_date() -> None:
    now = datetime(2026, 3, 10, 8, 30).astimezone()
    moments = [now, now - timedelta(days=1), now - timedelta(days=9)]
    assert revision_times([_utc(m) for m in moments], now) == [
        "Today, 08:30",
        "Yesterday, 08:30",
        "1 Mar 2026, 08:30",
    ]


def test_the_same_minute_on_other_days_needs_no_seconds() -> None:
    now = datetime(2026, 3, 10, 8, 30).astimezone()
    moments = [now, now - timedelta(days=1)]
    assert revision_times([_utc(m) for m in moments], now) == ["Today, 08:30", "Yesterday, 08:30"]


def test_stored_times_are_utc_and_shown_in_local_time() -> None:
    moment = datetime(2026, 3, 10, 12, 0)
    assert local_time(moment) == moment.replace(tzinfo=UTC)
