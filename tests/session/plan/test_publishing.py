"""Submissions with reminders; published stories, versions, and title changes measured."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.session.plan.planner import Plan
from app.session.plan.submissions import AlreadySubmittedError
from app.storage.stories import Snapshot


def test_pending_submissions_wait_and_remind(plan, store, now) -> None:
    slow = plan.save_publication("Slow Mag", response_days=7)
    quick = plan.save_publication("Quick Mag", response_days=14)
    one = store.drafts.create(title="First")
    two = store.drafts.create(title="Second")
    now.now = datetime(2026, 3, 1, 9)
    waiting = plan.submit(one.id, slow.id)
    plan.submit(two.id, quick.id)
    answered = plan.submit(two.id, slow.id)
    plan.set_submission_status(answered.id, "rejected")
    now.now = datetime(2026, 3, 10, 9)
    pending = plan.pending_submissions()
    assert [(item.submission.id, item.waited_days, item.overdue) for item in pending] == [
        (waiting.id, 9, True),
        (waiting.id + 1, 9, False),
    ]
    (reminder,) = plan.reminders()
    assert "“First” has waited 9 days at Slow Mag" in reminder
    assert "which usually answers within 7 days:" in reminder


def test_a_one_day_wait_reads_in_the_singular(plan, store, now) -> None:
    same_day = plan.save_publication("Same Day Mag", response_days=0)
    draft = store.drafts.create(title="First")
    now.now = datetime(2026, 3, 1, 9)
    plan.submit(draft.id, same_day.id)
    now.now = datetime(2026, 3, 2, 10)
    (reminder,) = plan.reminders()
    assert "has waited 1 day at Same Day Mag, which usually answers within 0 days:" in reminder


def test_a_draft_goes_to_a_publication_once_until_it_is_declined(plan, store, now) -> None:
    mag = plan.save_publication("Slow Mag", response_days=7)
    draft = store.drafts.create(title="First")
    planned = plan.submit(draft.id, mag.id, status="planned")
    submitted = plan.submit(draft.id, mag.id)
    assert (submitted.id, submitted.status) == (planned.id, "submitted")  # the plan, carried out
    with pytest.raises(AlreadySubmittedError, match="already submitted at Slow Mag"):
        plan.submit(draft.id, mag.id)
    plan.set_submission_status(submitted.id, "published")
    with pytest.raises(AlreadySubmittedError, match="already published"):
        plan.submit(draft.id, mag.id)
    assert len(plan.submissions(draft.id)) == 1


def test_an_answered_duplicate_stops_the_follow_up_reminder(plan, store, now) -> None:
    mag = plan.save_publication("Slow Mag", response_days=7)
    draft = store.drafts.create(title="First")
    now.now = datetime(2026, 3, 1, 9)
    # Two identical submissions, as older versions let a writer make.
    first = store.publications.submit(draft.id, mag.id, status="submitted", at=now.now)
    store.publications.submit(draft.id, mag.id, status="submitted", at=now.now)
    now.now = datetime(2026, 3, 20, 9)
    assert len(plan.reminders()) == 2
    plan.set_submission_status(first.id, "published")
    assert plan.reminders() == []
    assert plan.pending_submissions() == []


def test_marking_published_measures_the_draft_with_the_real_analysis(store, now) -> None:
    plan = Plan(store, now=now)
    body = "Writing every day is hard. " * 40
    draft = store.drafts.create(title="Why I write every morning", body=body)
    store.tags.set_draft_tags(draft.id, ["Writing", "Habits"])
    story = plan.mark_published(
        draft.id, url="https://medium.com/@me/why", published_at=datetime(2026, 3, 2, 7, 45)
    )
    assert story.tags == ("Writing", "Habits")
    assert story.words == 200
    assert story.read_minutes == pytest.approx(200 / 265, abs=0.01)
    assert 0 <= story.headline_score <= 100
    assert story.reading_grade is not None
    assert plan.story_for_draft(draft.id).id == story.id


def test_a_change_after_publishing_is_a_new_version(plan, store, now) -> None:
    draft = store.drafts.create(title="Old title", body="Some text.")
    story = plan.mark_published(draft.id, url="", published_at=datetime(2026, 3, 1))
    assert plan.update_from_draft(story.id) is None  # nothing changed yet
    store.drafts.save(draft.id, title="A better title")
    now.now = datetime(2026, 3, 15, 10)
    version = plan.update_from_draft(story.id)
    assert (version.title, version.changed_at) == ("A better title", datetime(2026, 3, 15, 10))
    assert [v.title for v in plan.versions(story.id)] == ["Old title", "A better title"]
    assert plan.stories()[0].headline_score == len("A better title")  # re-measured


def test_title_change_performance_before_and_after(plan, store, now) -> None:
    draft = store.drafts.create(title="Before", body="Text.")
    story = plan.mark_published(draft.id, url="", published_at=datetime(2026, 1, 1))
    reads = 0
    for week in range(12):
        day = date(2026, 1, 1) + timedelta(weeks=week)
        reads += 70 if day < date(2026, 2, 12) else 140  # 10 a day, then 20 a day
        plan.record_snapshot(story.id, Snapshot(day, views=reads * 2, reads=reads))
    now.now = datetime(2026, 2, 5, 12)
    store.drafts.save(draft.id, title="After")
    plan.update_from_draft(story.id)
    (change,) = plan.what_works().title_changes
    assert (change.before_title, change.after_title) == ("Before", "After")
    assert change.reads_per_day_before == pytest.approx(10)
    assert change.reads_per_day_after == pytest.approx(20)
    assert change.ratio_before == pytest.approx(0.5)


def test_reads_cannot_exceed_views(plan, store) -> None:
    draft = store.drafts.create(title="X")
    story = plan.mark_published(draft.id, url="", published_at=datetime(2026, 1, 1))
    with pytest.raises(ValueError, match="exceed"):
        plan.record_snapshot(story.id, Snapshot(date(2026, 1, 9), views=10, reads=11))


def test_versions_can_be_compared(plan, store, now) -> None:
    draft = store.drafts.create(title="Old title", body="First line.\nSecond line.")
    story = plan.mark_published(draft.id, url="", published_at=datetime(2026, 3, 1))
    assert plan.compare_versions(story.id) == ""
    store.drafts.save(draft.id, title="New title", body="First line.\nA better second line.")
    plan.update_from_draft(story.id)
    diff = plan.compare_versions(story.id).splitlines()
    assert "-Title: Old title" in diff
    assert "+Title: New title" in diff
    assert "-Second line." in diff
    assert "+A better second line." in diff
    assert " First line." in diff


def test_a_story_link_is_optional_but_must_be_a_web_address(plan, store) -> None:
    with_link, without_link, broken = (
        store.drafts.create(title=title) for title in ("Linked", "Unlinked", "Broken")
    )
    story = plan.mark_published(
        with_link.id, url=" medium.com/@me/linked-1a2b3c4d ", published_at=datetime(2026, 3, 1)
    )
    assert story.url == "https://medium.com/@me/linked-1a2b3c4d"
    assert plan.mark_published(without_link.id, url="", published_at=datetime(2026, 3, 2)).url == ""
    for typo in ("not a link", "htps//medium.com/@me/x", "ftp://medium.com/x", "https://medium"):
        with pytest.raises(ValueError, match=r"is not a web address\. Paste the story's link"):
            plan.mark_published(broken.id, url=typo, published_at=datetime(2026, 3, 3))
    assert plan.story_for_draft(broken.id) is None


def test_a_link_given_after_publishing_finds_the_story(plan, store, tmp_path) -> None:
    walking, running = (store.drafts.create(title=title) for title in ("Walking", "Running"))
    story = plan.mark_published(walking.id, url="", published_at=datetime(2026, 3, 1))
    other = plan.mark_published(
        running.id, url="medium.com/@me/running-0a0a0a0a0a0a", published_at=datetime(2026, 3, 2)
    )
    linked = plan.set_story_link(story.id, " medium.com/@me/the-quiet-power-1a2b3c4d5e6f ")
    assert linked.url == "https://medium.com/@me/the-quiet-power-1a2b3c4d5e6f"
    # Medium's statistics name the story by its link alone, here in its short form.
    path = tmp_path / "stats.csv"
    path.write_text("date,url,views,reads\n2026-03-20,https://medium.com/p/1a2b3c4d5e6f,90,30\n")
    assert plan.import_csv(path).stories_created == 0
    assert [s.reads for s in plan.snapshots()[story.id]] == [30]
    with pytest.raises(ValueError, match="already the link of “Running”"):
        plan.set_story_link(story.id, "https://medium.com/p/0a0a0a0a0a0a")
    with pytest.raises(ValueError, match="is not a web address"):
        plan.set_story_link(story.id, "medium")
    assert plan.story(story.id).url == linked.url  # a refused link changes nothing
    assert plan.set_story_link(story.id, "").url == ""
    assert plan.story(other.id).url == "https://medium.com/@me/running-0a0a0a0a0a0a"
