"""Plan tables on a real SQLite file: publications, submissions, stories, versions, snapshots,
the schedule and goals."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from app.storage.schema import SCHEMA_REVISION
from app.storage.store import open_store
from app.storage.stories import Snapshot, SnapshotRow, StoryFacts, story_key
from tests.storage.older_schema import migrated_to


def test_the_migration_creates_every_plan_table(store) -> None:
    connection = sqlite3.connect(store.path)
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    version = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    connection.close()
    assert {
        "publications",
        "submissions",
        "published_stories",
        "story_versions",
        "stat_snapshots",
        "scheduled_posts",
        "plan_goals",
    } <= tables
    assert version == SCHEMA_REVISION


def test_a_publication_is_updated_by_name_in_any_case(store) -> None:
    first = store.publications.save("The Writing Cooperative", response_days=7, exclusive=True)
    again = store.publications.save(
        "the writing cooperative", url="https://writingcooperative.com", topics=["Writing", " "]
    )
    assert again.id == first.id
    assert again.topics == ("Writing",)
    assert [item.name for item in store.publications.list()] == ["the writing cooperative"]


def test_a_submission_keeps_the_date_of_each_status(store) -> None:
    draft = store.drafts.create(title="My story")
    publication = store.publications.save("Better Programming", response_days=5)
    submission = store.publications.submit(
        draft.id, publication.id, status="planned", at=datetime(2026, 3, 1)
    )
    store.publications.set_status(submission.id, "submitted", at=datetime(2026, 3, 2))
    done = store.publications.set_status(submission.id, "accepted", at=datetime(2026, 3, 6))
    assert (done.status, done.draft_title, done.publication, done.response_days) == (
        "accepted",
        "My story",
        "Better Programming",
        5,
    )
    assert (done.planned_at, done.submitted_at, done.decided_at) == (
        datetime(2026, 3, 1),
        datetime(2026, 3, 2),
        datetime(2026, 3, 6),
    )
    with pytest.raises(ValueError, match="Unknown status"):
        store.publications.set_status(submission.id, "lost", at=None)


def test_a_publication_renamed_keeps_its_submissions_and_stories(store) -> None:
    sent = _submitted_on_1_march(store)
    story = store.stories.add(
        StoryFacts("Live", datetime(2026, 3, 9), publication_id=sent.publication_id)
    )
    other = store.publications.save("The Startup")
    renamed = store.publications.save(
        "Better Programming Weekly", publication_id=sent.publication_id, response_days=9
    )
    assert (renamed.id, renamed.response_days) == (sent.publication_id, 9)
    assert store.publications.find("better programming") is None
    assert store.publications.submission(sent.id).publication == "Better Programming Weekly"
    with pytest.raises(ValueError, match="Another publication is already called “The Startup”"):
        store.publications.save("the startup", publication_id=renamed.id)
    store.publications.delete(renamed.id)
    assert [item.id for item in store.publications.list()] == [other.id]
    assert store.publications.submissions() == []
    assert store.stories.get(story.id).publication_id is None  # the story stays


def _submitted_on_1_march(store):
    draft = store.drafts.create(title="My story")
    publication = store.publications.save("Better Programming", response_days=5)
    return store.publications.submit(
        draft.id, publication.id, status="submitted", at=datetime(2026, 3, 1)
    )


def test_a_status_set_again_keeps_its_date_and_going_back_hides_later_dates(store) -> None:
    sent = _submitted_on_1_march(store)
    again = store.publications.set_status(sent.id, "submitted", at=datetime(2026, 3, 9))
    assert again.submitted_at == datetime(2026, 3, 1)  # it has still waited since 1 March
    store.publications.set_status(sent.id, "published", at=datetime(2026, 3, 12))
    rejected = store.publications.set_status(sent.id, "rejected", at=datetime(2026, 3, 13))
    assert (rejected.decided_at, rejected.published_at) == (datetime(2026, 3, 13), None)
    planned = store.publications.set_status(sent.id, "planned", at=datetime(2026, 3, 14))
    assert (planned.planned_at, planned.submitted_at, planned.decided_at) == (
        datetime(2026, 3, 1),
        None,
        None,
    )


def test_returning_to_a_status_brings_back_the_date_it_was_first_reached(store) -> None:
    sent = _submitted_on_1_march(store)
    store.publications.set_status(sent.id, "accepted", at=datetime(2026, 3, 6))
    back = store.publications.set_status(sent.id, "submitted", at=datetime(2026, 3, 7))
    assert (back.submitted_at, back.decided_at) == (datetime(2026, 3, 1), None)
    store.publications.set_status(sent.id, "planned", at=datetime(2026, 3, 8))
    store.publications.set_status(sent.id, "submitted", at=datetime(2026, 3, 9))
    again = store.publications.set_status(sent.id, "accepted", at=datetime(2026, 3, 10))
    assert (again.planned_at, again.submitted_at, again.decided_at) == (
        datetime(2026, 3, 1),
        datetime(2026, 3, 1),
        datetime(2026, 3, 6),
    )
    # Rejected and accepted are the same step, the answer: a corrected answer keeps its day.
    rejected = store.publications.set_status(sent.id, "rejected", at=datetime(2026, 3, 11))
    assert rejected.decided_at == datetime(2026, 3, 6)


def test_a_story_keeps_every_version_and_the_latest_title(store) -> None:
    story = store.stories.add(
        StoryFacts("Old title", datetime(2026, 1, 5, 9), url="https://medium.com/p/x?source=rss")
    )
    store.stories.add_version(
        story.id, title="New title", subtitle="", body="Text", changed_at=datetime(2026, 2, 1)
    )
    assert store.stories.get(story.id).title == "New title"
    assert [v.title for v in store.stories.versions(story.id)] == ["Old title", "New title"]
    with pytest.raises(ValueError, match="already recorded"):
        store.stories.add(StoryFacts("Other", datetime(2026, 1, 6), url="https://medium.com/p/x"))


def test_one_snapshot_per_story_and_day(store) -> None:
    story = store.stories.add(StoryFacts("A story", datetime(2026, 1, 5)))
    store.stories.record(story.id, Snapshot(date(2026, 1, 10), views=100, reads=40))
    store.stories.record(story.id, Snapshot(date(2026, 1, 10), views=120, reads=50))
    store.stories.record(story.id, Snapshot(date(2026, 1, 17), views=200, reads=90))
    series = store.stories.snapshots()[story.id]
    assert [(s.taken_on.day, s.views, s.reads) for s in series] == [(10, 120, 50), (17, 200, 90)]
    assert series[0].read_ratio == pytest.approx(50 / 120)


def test_an_import_is_one_transaction(store) -> None:
    facts = StoryFacts("New", datetime(2026, 1, 1), url="https://medium.com/p/new")
    rows = [
        SnapshotRow(story_key(facts.url, facts.title), Snapshot(date(2026, 1, 9), 10, 5), facts),
        SnapshotRow("https://medium.com/p/unknown", Snapshot(date(2026, 1, 9), 10, 5)),
    ]
    with pytest.raises(LookupError):
        store.stories.import_rows(rows)
    assert store.stories.list() == []
    assert store.stories.snapshots() == {}


def test_deleting_a_draft_keeps_its_published_story(store) -> None:
    draft = store.drafts.create(title="Gone")
    store.stories.add(StoryFacts("Gone", datetime(2026, 1, 1), draft_id=draft.id))
    store.drafts.delete_forever(draft.id)
    (story,) = store.stories.list()
    assert story.draft_id is None


def test_schedule_moves_a_draft_and_goals_can_be_removed(store) -> None:
    draft = store.drafts.create(title="Planned")
    store.schedule.schedule(draft.id, datetime(2026, 5, 4, 8))
    store.schedule.schedule(draft.id, datetime(2026, 5, 6, 18), "after the holiday")
    (entry,) = store.schedule.scheduled(datetime(2026, 5, 1), datetime(2026, 6, 1))
    assert (entry.scheduled_at, entry.note) == (datetime(2026, 5, 6, 18), "after the holiday")
    store.schedule.set_goal("posts_per_week", 2)
    store.schedule.set_goal("words_per_day", 500)
    store.schedule.set_goal("words_per_day", 0)
    assert store.schedule.goals() == {"posts_per_week": 2}


def test_a_draft_begun_empty_counts_from_zero_and_an_imported_one_from_its_text(store) -> None:
    new = store.drafts.create()
    store.drafts.save(new.id, body="word " * 40, word_count=40)
    imported = store.drafts.create(title="Imported", body="word " * 300)
    store.drafts.save(imported.id, word_count=300)
    counts = {}
    for point in store.schedule.word_counts():
        counts.setdefault(point.draft_id, []).append(point.words)
    assert counts == {new.id: [0, 40], imported.id: [300]}


def test_plan_data_survives_reopening(database_path) -> None:
    first = open_store(database_path)
    first.publications.save("UX Collective")
    first.close()
    again = open_store(database_path)
    assert [item.name for item in again.publications.list()] == ["UX Collective"]
    again.close()


def test_upgrading_marks_stories_stored_at_midnight_as_time_unknown(tmp_path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from app.storage.database import MIGRATIONS_DIR

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0004_speed")
        for key, moment in (("a", "2026-01-02 00:00:00.000000"), ("b", "2026-01-03 09:15:00")):
            connection.execute(
                text(
                    "INSERT INTO published_stories (url, key, title, subtitle, published_at, "
                    "tags) VALUES ('', :key, :key, '', :moment, '')"
                ),
                {"key": key, "moment": moment},
            )
    engine.dispose()
    upgraded = open_store(path)
    try:
        known = {story.title: story.time_known for story in upgraded.stories.list()}
        assert known == {"a": False, "b": True}
        added = upgraded.stories.add(StoryFacts("c", datetime(2026, 1, 4), time_known=False))
        assert upgraded.stories.get(added.id).time_known is False
    finally:
        upgraded.close()


def test_an_upgrade_forgets_the_zeros_stored_for_figures_not_given(database_path) -> None:
    """Older versions stored a figure a file lacked as 0: a lifetime total at 0 after a day
    that had more is such a figure, and becomes unknown; a 0 before any is kept."""
    migrated_to(database_path, "0007_search_story")
    with sqlite3.connect(database_path) as connection:
        connection.execute(
            "INSERT INTO published_stories (id, url, key, title, subtitle, published_at, tags,"
            " time_known) VALUES (1, '', 'title:a', 'A', '', '2026-11-16 07:15:00', '', 1)"
        )
        for day, claps, fans in (("11-20", 0, 0), ("12-02", 258, 32), ("12-05", 0, 0)):
            connection.execute(
                "INSERT INTO stat_snapshots (story_id, taken_on, views, reads, claps, fans,"
                " responses, member_reading_minutes, earnings)"
                f" VALUES (1, '2026-{day}', 700, 200, {claps}, {fans}, 0, 0, 0)"
            )
    connection.close()
    store = open_store(database_path)
    try:
        series = store.stories.snapshots()[1]
    finally:
        store.close()
    assert [(s.taken_on.day, s.claps, s.fans, s.earnings) for s in series] == [
        (20, 0, 0, 0.0),
        (2, 258, 32, 0.0),
        (5, None, None, 0.0),
    ]
