"""The posting calendar: words written from saves, streaks, goals and the month view."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.session import Workspace
from app.session.draft_session import DraftContent
from app.session.markdown_import import ImportedPost
from app.session.plan.calendar import (
    day_streak,
    goal_progress,
    local_day,
    week_streak,
    words_per_day,
)
from app.storage.schedule import WordCountPoint
from app.storage.stories import StoryFacts


def _utc(local: datetime) -> datetime:
    """The stored (UTC, naive) form of a local time."""
    return local.astimezone(UTC).replace(tzinfo=None)


def test_words_per_day_count_rises_in_each_draft_from_its_first_save() -> None:
    monday, tuesday = datetime(2026, 3, 2, 10), datetime(2026, 3, 3, 10)
    points = [
        WordCountPoint(1, _utc(monday), 0),
        WordCountPoint(1, _utc(monday + timedelta(hours=1)), 300),
        WordCountPoint(1, _utc(tuesday), 250),  # cut 50 words: not negative writing
        WordCountPoint(1, _utc(tuesday + timedelta(hours=2)), 700),
        WordCountPoint(2, _utc(tuesday), 2000),  # an imported text: the starting point only
        WordCountPoint(2, _utc(tuesday + timedelta(hours=1)), 2100),
    ]
    assert words_per_day(points) == {monday.date(): 300, tuesday.date(): 450 + 100}


def test_words_written_today_come_from_real_saves(plan, store) -> None:
    draft = store.drafts.create(title="Today")
    store.drafts.snapshot(draft.id)
    store.drafts.save(draft.id, body="word " * 120, word_count=120)
    today = local_day(datetime.now(UTC).replace(tzinfo=None))
    assert plan.words_per_day() == {today: 120}


def _type(workspace: Workspace, draft_id: int, body: str) -> None:
    """The writer changes the draft's body and it is saved, as the window does."""
    session = workspace.open_draft(draft_id)
    session.changed()
    assert session.save(DraftContent("", "", body, "")).saved


def test_everything_typed_into_a_new_draft_is_writing(plan, store, now) -> None:
    workspace = Workspace(store)
    first = workspace.create_draft()
    _type(workspace, first, "word " * 87)
    second = workspace.create_draft()
    _type(workspace, second, "word " * 5)
    _type(workspace, second, "word " * 15)
    imported = workspace.create_draft(ImportedPost(Path("old.md"), "Old", "word " * 500))
    _type(workspace, imported, "word " * 510)  # only the 10 typed words are writing
    today = local_day(datetime.now(UTC).replace(tzinfo=None))
    assert plan.words_per_day() == {today: 87 + 15 + 10}
    now.now = datetime.combine(today, datetime.min.time()).replace(hour=12)
    assert plan.overview().days_with_writing.current == 1


def test_words_written_yesterday_stay_on_yesterday_when_the_draft_is_opened_today(
    plan, store
) -> None:
    workspace = Workspace(store)
    draft = workspace.create_draft()
    _type(workspace, draft, "word " * 100)
    yesterday = datetime.now(UTC).replace(tzinfo=None) - timedelta(days=1)
    with sqlite3.connect(store.path) as connection:  # as if written and saved yesterday
        connection.execute(
            "UPDATE drafts SET created_at = ?, updated_at = ? WHERE id = ?",
            (yesterday.isoformat(" "), yesterday.isoformat(" "), draft),
        )
    connection.close()
    _type(workspace, draft, "word " * 150)  # opened this morning (kept as a revision), typed on
    today = local_day(datetime.now(UTC).replace(tzinfo=None))
    assert plan.words_per_day() == {local_day(yesterday): 100, today: 50}


def test_week_streak_counts_weeks_with_a_post() -> None:
    today = date(2026, 3, 18)  # a Wednesday
    published = [
        date(2026, 2, 2),  # an older run of two weeks
        date(2026, 2, 10),
        date(2026, 3, 2),  # the last three weeks, this one still without a post
        date(2026, 3, 4),
        date(2026, 3, 9),
        date(2026, 2, 25),
    ]
    streak = week_streak(published, today)
    assert (streak.current, streak.longest) == (3, 3)
    assert week_streak(published, date(2026, 3, 30)).current == 0  # a whole week missed


def test_day_streak_counts_days_with_words() -> None:
    written = {
        date(2026, 3, 1): 200,
        date(2026, 3, 2): 50,
        date(2026, 3, 3): 0,
        date(2026, 3, 4): 80,
    }
    assert day_streak(written, date(2026, 3, 5)).current == 1  # yesterday still counts
    assert day_streak(written, date(2026, 3, 4)).current == 1
    assert day_streak(written, date(2026, 3, 6)).current == 0
    assert day_streak(written, date(2026, 3, 6)).longest == 2


def test_goal_progress_this_week_and_recent_weeks() -> None:
    today = date(2026, 3, 18)
    published = [date(2026, 3, 16), date(2026, 3, 10), date(2026, 3, 11), date(2026, 3, 3)]
    written = {today: 400, today - timedelta(days=1): 600, today - timedelta(days=2): 500}
    posts, words = goal_progress(
        {"posts_per_week": 2, "words_per_day": 500}, published, written, today
    )
    assert (posts.done, posts.met_recently, posts.recent) == (1, 1, 4)
    assert (words.done, words.met_recently, words.recent) == (400, 2, 7)


def test_the_month_shows_scheduled_and_published_days(plan, store) -> None:
    draft = store.drafts.create(title="Next week's story")
    plan.schedule(draft.id, datetime(2026, 3, 24, 8, 30))
    store.stories.add(StoryFacts("Out now", datetime(2026, 3, 3, 19), url="https://medium.com/p/1"))
    store.stories.add(StoryFacts("Last month", datetime(2026, 2, 27, 9)))
    month = plan.month(2026, 3)
    assert len(month.days) == 31
    assert month.weeks[0][0] == date(2026, 2, 23)  # Monday first
    assert [item.draft_title for item in month.days[date(2026, 3, 24)].scheduled] == [
        "Next week's story"
    ]
    assert [story.title for story in month.days[date(2026, 3, 3)].published] == ["Out now"]
    busy = {day for day, entry in month.days.items() if entry.scheduled or entry.published}
    assert busy == {date(2026, 3, 3), date(2026, 3, 24)}
    plan.unschedule(draft.id)
    assert not plan.month(2026, 3).days[date(2026, 3, 24)].scheduled


def test_the_overview_uses_the_database(plan, store, now) -> None:
    now.now = datetime(2026, 3, 18, 12)
    for day in (2, 9, 16):
        store.stories.add(StoryFacts(f"Post {day}", datetime(2026, 3, day, 9)))
    plan.set_goal("posts_per_week", 1)
    overview = plan.overview()
    assert (overview.weeks_with_a_post.current, overview.weeks_with_a_post.longest) == (3, 3)
    (goal,) = overview.goals
    assert (goal.kind, goal.done, goal.met_recently) == ("posts_per_week", 1, 2)
    assert overview.to_dict()["weeks_with_a_post"] == {"current": 3, "longest": 3}


def test_a_published_draft_leaves_the_plan(plan, store) -> None:
    draft = store.drafts.create(title="Planned for the 8th")
    plan.schedule(draft.id, datetime(2026, 12, 8, 9))
    plan.mark_published(
        draft.id, url="https://medium.com/@me/planned-1a2b3c4d", published_at=datetime(2026, 12, 6)
    )
    month = plan.month(2026, 12)
    assert [story.title for story in month.days[date(2026, 12, 6)].published] == [
        "Planned for the 8th"
    ]
    assert not any(entry.scheduled for entry in month.days.values())
    with pytest.raises(ValueError, match=r"“Planned for the 8th” is already published \(06 Dec"):
        plan.schedule(draft.id, datetime(2026, 12, 20, 9))
