"""Figures by hand: the form shows the selected story's latest figures, and a figure the writer
leaves out never overwrites a stored one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from app.storage.stories import StoryFacts
from app.ui.plan.stories_tab import StoriesTab
from tests.session.db_faults import locked

MORNING = "How I Write Every Morning"
LESSONS = "Ten Lessons From a Year of Blogging"
STATS = (
    "date,title,published,views,reads,claps,fans,responses,member_reading_minutes,earnings\n"
    f"2026-12-02,{MORNING},2026-11-16 07:15,716,216,258,32,2,432,$10.00\n"
    f"2026-11-25,{LESSONS},2026-11-09 09:15,3309,1705,53,6,1,3410.5,$1.10\n"
)


def _log_tab(window, store, tmp_path: Path) -> StoriesTab:
    """Two stories with figures, and one published later with none."""
    path = tmp_path / "stats.csv"
    path.write_text(STATS, encoding="utf-8")
    store.stories.add(StoryFacts("Nothing Logged Yet", datetime(2026, 12, 1, 8, 0)))
    stories = window.show_plan("Performance log").stories
    assert stories.import_csv(path)
    return stories


def _select(stories: StoriesTab, title: str) -> None:
    row = next(number for number, row in enumerate(stories.rows()) if row[0] == title)
    stories.table.selectRow(row)


def _form(stories: StoriesTab) -> dict[str, float]:
    return {name: box.value() for name, box in stories.figures.items()}


def _row(stories: StoriesTab, title: str) -> tuple[str, ...]:
    return next(row for row in stories.rows() if row[0] == title)


def test_selecting_a_story_fills_the_form_with_its_latest_figures(window, store, tmp_path) -> None:
    stories = _log_tab(window, store, tmp_path)
    _select(stories, MORNING)
    assert _form(stories) == {
        "views": 716,
        "reads": 216,
        "claps": 258,
        "fans": 32,
        "responses": 2,
        "member_reading_minutes": 432.0,
        "earnings": 10.0,
    }
    _select(stories, LESSONS)
    assert _form(stories)["views"] == 3309
    assert _form(stories)["member_reading_minutes"] == 3410.5
    _select(stories, "Nothing Logged Yet")
    assert [box.text() for box in stories.figures.values()] == [""] * 7  # blank, not 0


def test_figures_left_out_keep_the_stored_ones(window, store, tmp_path, qtbot) -> None:
    stories = _log_tab(window, store, tmp_path)
    _select(stories, MORNING)
    stories.taken_on.setDate(QDate(2026, 12, 5))
    for name, value in dict(views=800, reads=250, claps=260).items():
        stories.figures[name].setValue(value)
    fans = stories.figures["fans"]
    fans.setFocus()
    fans.selectAll()
    qtbot.keyClick(fans, Qt.Key.Key_Delete)  # the writer has no new fans figure
    assert fans.text() == ""
    assert stories.log_selected()
    row = _row(stories, MORNING)
    assert row[2:] == ("05 Dec 2026", "800", "250", "31 %", "260", "32")
    assert _form(stories)["fans"] == 32  # the latest again, after logging
    assert _form(stories)["earnings"] == 10.0


def test_another_story_is_logged_with_its_own_figures(window, store, tmp_path) -> None:
    stories = _log_tab(window, store, tmp_path)
    lessons_before = _row(stories, LESSONS)
    _select(stories, MORNING)
    stories.figures["views"].setValue(900)
    stories.figures["reads"].setValue(300)
    assert stories.log_selected()
    _select(stories, LESSONS)
    assert _form(stories)["views"] == 3309
    assert stories.log_selected()
    assert _row(stories, LESSONS)[3:] == lessons_before[3:]
    assert _row(stories, MORNING)[3:5] == ("900", "300")


def test_a_story_without_figures_needs_its_views_and_reads(
    window, store, tmp_path, dialogs
) -> None:
    stories = _log_tab(window, store, tmp_path)
    _select(stories, "Nothing Logged Yet")
    stories.figures["claps"].setValue(5)
    assert not stories.log_selected()
    assert dialogs[-1] == (
        "warning",
        "Log figures: Enter the story's views and reads: Medium shows both on the story's "
        "stats page.",
    )
    assert stories.window().focusWidget() is stories.figures["views"]
    assert _row(stories, "Nothing Logged Yet")[2] == "—"


def test_figures_that_cannot_be_stored_are_said_and_stay_in_the_form(
    make_window, ui_store, database_path, tmp_path, dialogs, caplog
) -> None:
    stories = _log_tab(make_window(ui_store), ui_store, tmp_path)
    _select(stories, MORNING)
    before = _row(stories, MORNING)
    stories.figures["views"].setValue(900)
    stories.figures["reads"].setValue(300)
    with locked(database_path):
        assert not stories.log_selected()
    assert dialogs[-1] == (
        "warning",
        "Log figures: Clapwise could not store the figures: the database is in use by another "
        "program. What you entered is still here: try again in a moment.",
    )
    (record,) = [r for r in caplog.records if r.name == "app.ui.window.storing"]
    assert "database is locked" in str(record.exc_info[1])
    assert _row(stories, MORNING) == before
    assert (_form(stories)["views"], _form(stories)["reads"]) == (900, 300)
    assert stories.log_selected()  # the lock is gone: it goes through now
    assert _row(stories, MORNING)[3:5] == ("900", "300")
