"""Lifetime totals that fall are named, with story, dates and both figures, before storing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.session.plan.lifetime import FallingTotalsError

LOGGED = (
    "date,title,published,views,reads,claps\n"
    "2026-11-20,Stop Writing Clever Code,2026-09-24 08:00,3724,1488,1007\n"
    "2026-12-05,Stop Writing Clever Code,,4655,1860,1259\n"
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def logged(plan, tmp_path, now) -> int:
    now.now = datetime(2026, 12, 7, 9, 0)
    plan.import_csv(_write(tmp_path, "logged.csv", LOGGED))
    (story,) = plan.stories()
    return story.id


def _reads(plan, story_id: int) -> list[tuple[date, int]]:
    return [(s.taken_on, s.reads) for s in plan.snapshots()[story_id]]


def test_a_slipped_digit_by_hand_is_named_and_kept_only_when_asked(plan, logged) -> None:
    before = _reads(plan, logged)
    with pytest.raises(FallingTotalsError) as caught:
        plan.log_figures(logged, date(2026, 12, 6), views=4655, reads=186, claps=1259)
    assert [fall.describe() for fall in caught.value.falls] == [
        "“Stop Writing Clever Code”: reads fall from 1,860 on 05 Dec 2026 to 186 on 06 Dec 2026"
    ]
    assert _reads(plan, logged) == before
    plan.log_figures(
        logged, date(2026, 12, 6), views=4655, reads=186, claps=1259, keep_falling=True
    )
    assert _reads(plan, logged) == [*before, (date(2026, 12, 6), 186)]


def test_figures_for_an_earlier_day_may_not_exceed_a_later_days(plan, logged) -> None:
    with pytest.raises(FallingTotalsError) as caught:
        plan.log_figures(logged, date(2026, 11, 30), views=46550, reads=1700, claps=1100)
    assert [fall.describe() for fall in caught.value.falls] == [
        "“Stop Writing Clever Code”: views fall from 46,550 on 30 Nov 2026 to 4,655 on 05 Dec 2026"
    ]
    plan.log_figures(logged, date(2026, 11, 30), views=4500, reads=1700, claps=1100)
    assert len(plan.snapshots()[logged]) == 3


def test_an_import_that_makes_totals_fall_stores_nothing_unless_kept(
    plan, logged, tmp_path
) -> None:
    typo = _write(
        tmp_path,
        "typo.csv",
        "date,title,views,reads,claps\n2026-12-06,Stop Writing Clever Code,465,186,12\n",
    )
    before = plan.snapshots()
    with pytest.raises(FallingTotalsError) as caught:
        plan.import_csv(typo)
    assert [(f.figure, f.earlier, f.later, f.later_on) for f in caught.value.falls] == [
        ("views", 4655, 465, date(2026, 12, 6)),
        ("reads", 1860, 186, date(2026, 12, 6)),
        ("claps", 1259, 12, date(2026, 12, 6)),
    ]
    assert plan.snapshots() == before
    assert plan.import_csv(typo, keep_falling=True).snapshots == 1
    assert _reads(plan, logged)[-1] == (date(2026, 12, 6), 186)


def test_a_new_story_falling_within_the_file_is_named_by_its_title(plan, tmp_path, now) -> None:
    now.now = datetime(2026, 12, 7, 9, 0)
    text = (
        "date,title,published,views,reads\n"
        "2026-11-20,A Gentle Guide to Type Hints,2026-09-10,2986,897\n"
        "2026-12-05,A Gentle Guide to Type Hints,,3733,112\n"
    )
    with pytest.raises(FallingTotalsError) as caught:
        plan.import_csv(_write(tmp_path, "new.csv", text))
    assert [fall.describe() for fall in caught.value.falls] == [
        "“A Gentle Guide to Type Hints”: reads fall from 897 on 20 Nov 2026 to 112 on 05 Dec 2026"
    ]
    assert plan.stories() == []


def test_a_csv_without_claps_is_no_fall_in_claps(plan, logged, tmp_path) -> None:
    later = "date,title,views,reads\n2026-12-06,Stop Writing Clever Code,4700,1900\n"
    plan.import_csv(_write(tmp_path, "no-claps.csv", later))
    assert (date(2026, 12, 6), 1900) in _reads(plan, logged)


def test_a_day_without_claps_between_hides_no_fall(plan, logged, tmp_path) -> None:
    later = "date,title,views,reads\n2026-12-06,Stop Writing Clever Code,4700,1900\n"
    plan.import_csv(_write(tmp_path, "no-claps.csv", later))
    with pytest.raises(FallingTotalsError) as caught:
        plan.log_figures(logged, date(2026, 12, 7), views=4800, reads=1950, claps=126)
    assert [fall.figure for fall in caught.value.falls] == ["claps"]
    assert caught.value.falls[0].earlier == 1259
