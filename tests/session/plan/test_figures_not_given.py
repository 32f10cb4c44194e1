"""A figure the writer did not give is not a 0: it never overwrites a stored one, and a story's
latest figures are each the last one given."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

TITLE = "How I Write Every Morning"
LOGGED = (
    "date,title,published,views,reads,claps,fans,responses,member_reading_minutes,earnings\n"
    f"2026-12-02,{TITLE},2026-11-16 07:15,716,216,258,32,2,432,$10.00\n"
)


@pytest.fixture
def story(plan, tmp_path: Path, now) -> int:
    now.now = datetime(2026, 12, 7, 9, 0)
    path = tmp_path / "logged.csv"
    path.write_text(LOGGED, encoding="utf-8")
    plan.import_csv(path)
    (story,) = plan.stories()
    return story.id


def _kept(snapshot) -> tuple[object, ...]:
    return (
        snapshot.fans,
        snapshot.responses,
        snapshot.member_reading_minutes,
        snapshot.earnings,
    )


def test_figures_logged_by_hand_on_the_same_day_keep_the_ones_not_given(plan, story) -> None:
    plan.log_figures(story, date(2026, 12, 2), views=800, reads=250, claps=260)
    (snapshot,) = plan.snapshots()[story]
    assert (snapshot.views, snapshot.reads, snapshot.claps) == (800, 250, 260)
    assert _kept(snapshot) == (32, 2, 432.0, 10.0)


def test_figures_logged_by_hand_on_a_later_day_leave_the_latest_ones_standing(plan, story) -> None:
    plan.log_figures(story, date(2026, 12, 5), views=800, reads=250, claps=260)
    earlier, later = plan.snapshots()[story]
    assert _kept(earlier) == (32, 2, 432.0, 10.0)
    assert _kept(later) == (None, None, None, None)  # not given that day, not 0
    latest = plan.latest_figures()[story]
    assert (latest.taken_on, latest.views, latest.claps) == (date(2026, 12, 5), 800, 260)
    assert _kept(latest) == (32, 2, 432.0, 10.0)


def test_a_real_zero_is_stored_as_zero(plan, story) -> None:
    plan.log_figures(story, date(2026, 12, 5), views=800, reads=250, claps=260, earnings=0.0)
    assert plan.snapshots()[story][-1].earnings == 0.0
    assert plan.latest_figures()[story].earnings == 0.0


def _import(plan, tmp_path: Path, text: str) -> None:
    path = tmp_path / "later.csv"
    path.write_text(text, encoding="utf-8")
    plan.import_csv(path)


def test_a_file_without_some_columns_keeps_that_days_stored_figures(plan, story, tmp_path) -> None:
    _import(plan, tmp_path, f"date,title,views,reads,claps\n2026-12-02,{TITLE},800,250,260\n")
    (snapshot,) = plan.snapshots()[story]
    assert (snapshot.views, snapshot.reads, snapshot.claps) == (800, 250, 260)
    assert _kept(snapshot) == (32, 2, 432.0, 10.0)


def test_a_file_without_some_columns_leaves_the_latest_figures_standing(
    plan, story, tmp_path
) -> None:
    _import(plan, tmp_path, f"date,title,views,reads,claps\n2026-12-05,{TITLE},800,250,260\n")
    assert _kept(plan.snapshots()[story][-1]) == (None, None, None, None)
    assert _kept(plan.latest_figures()[story]) == (32, 2, 432.0, 10.0)


def test_an_empty_cell_is_a_figure_not_given(plan, story, tmp_path) -> None:
    _import(
        plan,
        tmp_path,
        f"date,title,views,reads,claps,fans,earnings\n2026-12-02,{TITLE},800,250,,,$0.00\n",
    )
    (snapshot,) = plan.snapshots()[story]
    assert (snapshot.claps, snapshot.fans, snapshot.earnings) == (258, 32, 0.0)
