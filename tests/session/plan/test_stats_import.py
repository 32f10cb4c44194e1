"""Importing a performance log from CSV: documented columns, bad rows by line, all or nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from app.session.plan.stats_csv import CsvImportError
from app.session.plan.what_works import describe

GOOD = "\n".join(
    (
        "\ufeffDate,URL,Title,Published,Views,Reads,Read ratio,Claps,Fans,Responses,"
        "Member reading time,Earnings,Tags",
        "2026-01-10,https://medium.com/@me/a-1?source=x,How I write every day,2026-01-02 08:30,"
        '"1,200",480,40%,90,12,3,350.5,$4.20,Writing|Productivity',
        "2026-01-17,https://medium.com/@me/a-1,,,1500,600,,110,15,4,420,5.10,",
        "2026-01-10,,Ten lessons from Python,2026-01-03T19:00,800,200,,30,4,1,100,1,Python",
        "",
    )
)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "stats.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_creates_stories_and_snapshots(plan, tmp_path) -> None:
    result = plan.import_csv(_write(tmp_path, GOOD))
    assert (result.snapshots, result.stories_created) == (3, 2)
    stories = {story.title: story for story in plan.stories()}
    first = stories["How I write every day"]
    assert first.published_at == datetime(2026, 1, 2, 8, 30)
    assert first.tags == ("Writing", "Productivity")
    assert first.headline_score is not None  # measured from the title
    series = plan.snapshots()[first.id]
    assert [(s.taken_on, s.views, s.reads, s.earnings) for s in series] == [
        (date(2026, 1, 10), 1200, 480, 4.2),
        (date(2026, 1, 17), 1500, 600, 5.1),
    ]
    assert series[0].member_reading_minutes == 350.5


def test_every_bad_row_is_reported_by_line_and_nothing_is_imported(plan, tmp_path) -> None:
    plan.import_csv(_write(tmp_path, GOOD))
    before = plan.snapshots()
    broken = (
        "date,url,title,published,views,reads,claps\n"
        "2026-02-01,https://medium.com/@me/a-1,,,1700,650,120\n"
        '2026-02-31,https://medium.com/@me/a-1,"A title\nover two lines",,1800,700,130\n'
        "2026-02-08,https://medium.com/@me/new,,,100,50,2\n"
        "2026-02-08,https://medium.com/@me/a-1,,,100,150,x\n"
        "2026-02-01,https://medium.com/@me/a-1,,,1700,650,120\n"
    )
    with pytest.raises(CsvImportError) as caught:
        plan.import_csv(_write(tmp_path, broken))
    assert caught.value.problems == [
        "line 3: date '2026-02-31' is not YYYY-MM-DD",
        "line 5: https://medium.com/@me/new is a new story: 'published' is needed",
        "line 6: claps 'x' is not a whole number of 0 or more",
        "line 6: reads (150) exceed views",
        "line 7: the same story and date as line 2",
    ]
    assert plan.snapshots() == before


def test_figures_dated_after_tomorrow_are_a_bad_row(plan, tmp_path, now) -> None:
    """Tomorrow is allowed (a file from a time zone ahead); later is a typo, by its line."""
    now.now = datetime(2026, 10, 5, 23, 0)
    future = (
        "date,title,published,views,reads\n"
        "2026-10-06,Written tonight,2026-10-01,10,5\n"
        "2099-11-02,Written tonight,2026-10-01,12,6\n"
    )
    with pytest.raises(CsvImportError) as caught:
        plan.import_csv(_write(tmp_path, future))
    assert caught.value.problems == ["line 3: date 2099-11-02 is in the future"]
    assert plan.stories() == []
    result = plan.import_csv(_write(tmp_path, future.rsplit("2099", 1)[0]))
    assert result.snapshots == 1


def test_a_missing_column_or_an_unknown_one_is_reported(plan, tmp_path) -> None:
    with pytest.raises(CsvImportError) as caught:
        plan.import_csv(_write(tmp_path, "date,title,views,clicks\n2026-01-01,A,1,\n"))
    assert caught.value.problems == [
        "line 1: the required column 'reads' is missing",
        "line 1: unknown column clicks",
    ]


def test_a_file_that_is_not_text_is_reported(plan, tmp_path) -> None:
    path = tmp_path / "stats.csv"
    path.write_bytes(b"\x00\x01\xff" * 10)
    with pytest.raises(CsvImportError):
        plan.import_csv(path)


def test_rows_find_stories_by_any_form_of_their_link_or_by_title(plan, tmp_path) -> None:
    from tests.session.plan.medium_export_sample import write_export

    plan.import_medium_export(write_export(tmp_path))
    (story,) = plan.stories()
    text = (
        "date,url,title,published,views,reads\n"
        "2025-06-20,https://medium.com/p/0a1b2c3d4e5f?source=stats,,,300,120\n"
        "2025-06-27,,why i write at dawn,,400,150\n"
        "2025-06-20,http://www.example.com/new-story/,A new story,2025-06-10,50,20\n"
        "2025-06-27,,A new story,,80,30\n"
        "2025-07-04,https://example.com/new-story,,,90,35\n"
    )
    result = plan.import_csv(_write(tmp_path, text))
    assert (result.snapshots, result.stories_created) == (5, 1)
    series = plan.snapshots()
    assert [s.reads for s in series[story.id]] == [120, 150]
    (new,) = [item for item in plan.stories() if item.title == "A new story"]
    assert [s.reads for s in series[new.id]] == [20, 30, 35]


def test_a_day_without_a_time_is_in_no_hour_group(plan, tmp_path, now) -> None:
    rows = ["date,title,published,views,reads"]
    rows += [f"2026-02-20,Dated story {n},2026-01-0{n},100,40" for n in range(1, 7)]
    rows += ["2026-02-20,Timed story,2026-01-07 02:30,100,40", ""]
    plan.import_csv(_write(tmp_path, "\n".join(rows)))
    stories = {story.title: story for story in plan.stories()}
    assert stories["Dated story 1"].time_known is False
    assert stories["Timed story"].time_known is True
    hours = {group.label: group.n for group in plan.what_works().groups if group.factor == "hour"}
    assert hours == {"night (0–6)": 1, "time unknown": 6}
    text = describe(plan.what_works())
    assert "time unknown (n=6)" in text


def test_a_new_story_is_linked_to_the_draft_with_its_title(plan, store, tmp_path) -> None:
    body = "We pair every day. " * 60
    draft = store.drafts.create(title="How  We Pair", body=body, subtitle="Two at one desk")
    twin_a = store.drafts.create(title="Notes", body="One.")
    twin_b = store.drafts.create(title="notes", body="Two.")
    result = plan.import_csv(
        _write(
            tmp_path,
            "date,title,published,views,reads\n"
            "2026-02-20,how we pair,2026-01-02 09:00,100,40\n"
            "2026-02-20,Notes,2026-01-03 09:00,100,40\n"
            "2026-02-20,Someone else's story,2026-01-04 09:00,100,40\n",
        ),
    )
    stories = {story.title: story for story in plan.stories()}
    linked = stories["how we pair"]
    assert linked.draft_id == draft.id
    assert linked.words == len(body.split())  # measured from the draft's text
    assert linked.read_minutes is not None
    assert linked.reading_grade is not None
    assert plan.versions(linked.id)[0].body == body
    # Two drafts could be either story: neither is guessed.
    assert stories["Notes"].draft_id is None
    assert stories["Notes"].words is None
    assert {twin_a.id, twin_b.id}.isdisjoint({story.draft_id for story in plan.stories()})
    assert stories["Someone else's story"].draft_id is None
    assert (result.stories_created, result.drafts_linked) == (3, 1)


def _figures(plan) -> list[tuple[object, ...]]:
    return [
        (s.views, s.reads, s.claps, s.member_reading_minutes, s.earnings)
        for series in plan.snapshots().values()
        for s in series
    ]


def test_a_file_saved_by_a_european_excel_is_read(plan, tmp_path) -> None:
    """Semicolons, a byte-order mark, CRLF, dots grouping thousands and decimal commas."""
    rows = (
        "Date;Title;Published;Views;Reads;Claps;Member reading time;Earnings",
        "2026-02-20;Stop Writing Clever Code;2026-01-24 08:00;4.655;1.860;1.259;3157,9;$1.204,50",
        "2026-02-20;Docker Compose Tricks;2026-01-29 08:00;2755;928;478;1706.6;8,90",
    )
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(rows).encode() + b"\r\n")
    assert plan.import_csv(path).snapshots == 2
    assert sorted(_figures(plan)) == [
        (2755, 928, 478, 1706.6, 8.9),  # a decimal point is still one
        (4655, 1860, 1259, 3157.9, 1204.5),
    ]


def test_a_tab_separated_file_is_read(plan, tmp_path) -> None:
    text = "date\ttitle\tpublished\tviews\treads\n2026-02-20\tTabs, Kept\t2026-01-02\t1,200\t480\n"
    assert plan.import_csv(_write(tmp_path, text)).snapshots == 1
    assert [story.title for story in plan.stories()] == ["Tabs, Kept"]
    assert _figures(plan) == [(1200, 480, None, None, None)]  # claps, minutes, earnings: not given


def test_a_header_naming_no_known_column_is_one_line(plan, tmp_path) -> None:
    with pytest.raises(CsvImportError) as caught:
        plan.import_csv(_write(tmp_path, "Day|Story|Views|Reads\n2026-02-20|A|100|40\n"))
    assert caught.value.problems == [
        "line 1: no column this import knows in 'Day|Story|Views|Reads': the first row must "
        "name the columns (date, url or title, views, reads, …), separated by commas, "
        "semicolons or tabs"
    ]


def test_a_tab_separated_file_may_write_minutes_with_a_decimal_comma(plan, tmp_path) -> None:
    text = (
        "date\ttitle\tpublished\tviews\treads\tmember_reading_minutes\n"
        "2026-02-20\tComma\t2026-01-02\t1200\t480\t3157,9\n"
        "2026-02-20\tPoint\t2026-01-02\t1300\t490\t1706.6\n"
    )
    assert plan.import_csv(_write(tmp_path, text)).snapshots == 2
    minutes = sorted(figures[3] for figures in _figures(plan))
    assert minutes == [1706.6, 3157.9]
