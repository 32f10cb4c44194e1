"""What works, on a generated year of 200 stories, against a calculation done by hand."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from statistics import median

import pytest

from app.session.plan.planner import Plan
from app.session.plan.what_works import MIN_GROUP, NOT_ENOUGH, describe
from app.storage.store import open_store
from app.storage.stories import Snapshot, StoryFacts
from tests.session.plan.history import generate, load


@pytest.fixture(scope="module")
def history():
    return generate()


@pytest.fixture
def report(store, history):
    load(store, history)
    return Plan(store).what_works()


def _latest_reads_by(history, key) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = defaultdict(list)
    for story in history:
        latest = story.snapshots[-1]
        if (latest.taken_on - story.facts.published_at.date()).days >= 14:
            grouped[key(story)].append(latest.reads)
    return grouped


def test_weekday_medians_match_a_hand_calculation(report, history) -> None:
    expected = _latest_reads_by(history, lambda story: story.facts.published_at.strftime("%A"))
    groups = {group.label: group for group in report.groups if group.factor == "weekday"}
    assert set(groups) == set(expected)
    for label, reads in expected.items():
        assert groups[label].n == len(reads)
        assert groups[label].figures["reads"].value == median(reads)
        low, high = groups[label].figures["reads"].low, groups[label].figures["reads"].high
        assert low <= median(reads) <= high
    assert report.stories == sum(len(reads) for reads in expected.values())


def test_the_planted_effects_are_found(report) -> None:
    weekdays = {
        group.label: group.figures["reads"] for group in report.groups if group.factor == "weekday"
    }
    tuesday = weekdays.pop("Tuesday")
    assert all(tuesday.low > other.high for other in weekdays.values())
    relation = next(
        item
        for item in report.relations
        if (item.measure, item.metric) == ("headline score", "reads")
    )
    assert relation.estimate.n == report.stories
    assert relation.estimate.low > 0


def test_only_the_planted_effects_stand_out(report) -> None:
    highlights = report.highlights()
    assert any(line.startswith("weekday Tuesday: more reads") for line in highlights)
    assert any(
        line.startswith("headline score: higher goes with more reads") for line in highlights
    )
    # Everything flagged follows from the two planted effects (weak headlines read less).
    assert all("Tuesday" in line or "headline" in line for line in highlights)


@pytest.mark.slow
def test_noise_alone_rarely_stands_out(tmp_path) -> None:
    """Ten histories without any effect, ~40 comparisons each: at most two show anything."""
    flagged = 0
    for seed in range(10):
        store = open_store(tmp_path / f"noise-{seed}.sqlite")
        load(store, generate(planted=False, seed=seed))
        flagged += bool(Plan(store).what_works().highlights())
        store.close()
    assert flagged <= 2


def test_tag_groups_count_each_story_under_each_of_its_tags(report, history) -> None:
    expected = defaultdict(int)
    for story in history:
        if (story.snapshots[-1].taken_on - story.facts.published_at.date()).days >= 14:
            for tag in story.facts.tags:
                expected[tag] += 1
    tags = {group.label: group.n for group in report.groups if group.factor == "tag"}
    assert tags == dict(expected)


def test_below_the_threshold_the_answer_is_not_enough_data(store) -> None:
    for index in range(MIN_GROUP - 1):
        story = store.stories.add(
            StoryFacts(f"Story {index}", datetime(2026, 1, 5, 9), headline_score=50)
        )
        store.stories.record(story.id, Snapshot(date(2026, 2, 5), 100, 40))
    report = Plan(store).what_works()
    monday = next(group for group in report.groups if group.label == "Monday")
    assert (monday.n, monday.enough, monday.figures["reads"].value) == (MIN_GROUP - 1, False, None)
    assert all(relation.estimate.value is None for relation in report.relations)
    text = describe(report)
    assert f"Monday: {NOT_ENOUGH} ({MIN_GROUP - 1} stories; {MIN_GROUP} needed)" in text
    assert report.to_dict()["groups"][0]["status"] == NOT_ENOUGH


def test_with_no_data_the_report_says_so_once(store) -> None:
    text = describe(Plan(store).what_works())
    assert text.startswith("No data yet: ")
    assert text.count("\n") == 0
    assert "By hour" not in text


def _same_hour_and_score(store, count: int, first: int = 0) -> None:
    """``count`` stories, all published at 09:00 with the same headline score."""
    for index in range(first, first + count):
        story = store.stories.add(
            StoryFacts(
                f"Story {index}",
                datetime(2026, 1, 5, 9) + timedelta(days=3 * index),
                headline_score=60,
            )
        )
        store.stories.record(
            story.id,
            Snapshot(
                date(2026, 6, 1), views=300 + 40 * index, reads=100 + 10 * index, claps=5 * index
            ),
        )


def test_a_measure_every_story_shares_says_so_not_that_data_is_missing(store) -> None:
    _same_hour_and_score(store, 12)
    report = Plan(store).what_works()
    text = describe(report)
    assert (
        "headline score vs reads: cannot be measured (every story has the same headline score)"
        in text
    )
    assert (
        "publishing hour vs claps: cannot be measured (every story has the same publishing hour)"
        in text
    )
    assert "reading grade vs reads: not enough data yet (no story has this measure yet)" in text
    assert "12 stories; 10 needed" not in text
    relation = next(item for item in report.to_dict()["relations"] if item["metric"] == "reads")
    assert (relation["status"], relation["reason"]) == (
        "cannot be measured",
        "every story has the same headline score",
    )


def test_stands_out_tells_untested_from_tested_and_not_different(store) -> None:
    _same_hour_and_score(store, 3)
    text = describe(Plan(store).what_works())
    assert "nothing yet: no group has the 8 stories the test needs yet (the largest has 3)" in text
    _same_hour_and_score(store, 9, first=3)  # nine more, none of them different
    text = describe(Plan(store).what_works())
    assert "nothing yet: no group of 8+ stories differs clearly from your median" in text


def test_claps_never_logged_are_unknown_not_zero(store) -> None:
    """Stories whose figures never gave claps have no claps median and no claps link."""
    for index in range(12):
        story = store.stories.add(
            StoryFacts(f"Story {index}", datetime(2026, 1, 5, 7 + index), headline_score=60)
        )
        store.stories.record(story.id, Snapshot(date(2026, 6, 1), views=300, reads=100 + index))
    text = describe(Plan(store).what_works())
    assert (
        "morning (6–12) (n=5): median reads 102 (100–104), read ratio 34 % (33 %–35 %), claps –"
        in text
    )
    assert "publishing hour vs claps: not enough data yet (no story has claps logged yet)" in text
    assert "claps 0" not in text
