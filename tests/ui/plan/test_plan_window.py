"""The Plan menu on the real main window: calendar, submissions, log, imports, what works."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QPoint, QRect, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
)

from app.cli import main
from app.storage.stories import StoryFacts
from app.ui.plan.plan_window import PlanWindow
from app.ui.plan.stories_tab import PublishDialog
from app.ui.plan.tabs import TABS
from tests.session.db_faults import shut_out


def _plan_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Plan")


def test_the_plan_menu_opens_each_tab(window) -> None:
    names = [action.text().replace("&", "") for action in _plan_menu(window).actions()]
    assert names == [
        "Calendar…",
        "Submissions…",
        "Performance log…",
        "Charts…",
        "What works for you…",
    ]
    _plan_menu(window).actions()[4].trigger()
    plan = window.show_plan("What works for you")
    assert plan.isVisible()
    text = plan.what_works.report_text()
    assert text.startswith("No data yet: ")
    assert "readability and read time" not in text  # one plain sentence, not one per heading
    assert "By hour" not in text


def test_schedule_the_open_draft_on_the_calendar(window) -> None:
    window.title_edit.setPlainText("My planned story")
    plan = window.show_plan("Calendar")
    calendar = plan.calendar
    calendar.when.setDateTime(QDateTime(QDate(2030, 5, 7), QTime(8, 30)))
    calendar.schedule_current()
    calendar.show_month(2030, 5)
    assert calendar.entry_texts() == ["Tue 07 May 08:30  planned: My planned story"]
    calendar.posts_goal.setValue(2)
    assert "0 of 2</b> posts" in calendar.streaks.text()


def test_submit_and_publish_then_log_figures(window, monkeypatch, dialogs) -> None:
    window.title_edit.setPlainText("Why I write at dawn")
    plan = window.show_plan("Submissions")
    tab = plan.submissions
    tab.name.setText("The Writing Cooperative")
    tab.response_days.setValue(7)
    tab.save_publication()
    tab.publications.selectRow(0)
    tab.submit_current()
    ((title, publication, status, _since, waiting),) = tab.submission_rows()
    assert (title, publication, status, waiting) == (
        "Why I write at dawn",
        "The Writing Cooperative",
        "submitted",
        "0 days",
    )

    def accept(dialog: PublishDialog) -> QDialog.DialogCode:
        dialog.url.setText("https://medium.com/@me/dawn")
        dialog.when.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(7, 45)))
        dialog.publication.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PublishDialog, "exec", accept)
    stories = window.show_plan("Performance log").stories
    stories.publish_current()
    assert stories.selected_story() is not None
    stories.taken_on.setDate(QDate(2026, 3, 20))
    stories.figures["views"].setValue(1200)
    stories.figures["reads"].setValue(480)
    stories.figures["claps"].setValue(90)
    assert stories.log_selected()
    (row,) = stories.rows()
    assert row == (
        "Why I write at dawn",
        "02 Mar 2026 07:45",
        "20 Mar 2026",
        "1,200",
        "480",
        "40 %",
        "90",
        "",  # fans: not given
    )
    stories.figures["reads"].setValue(5000)
    assert not stories.log_selected()
    assert dialogs[-1] == ("warning", "Log figures: Reads cannot exceed views.")
    window.title_edit.setPlainText("Why I write at five in the morning")
    stories.update_current()
    stories.versions.setCurrentRow(1)
    changes = stories.changes_text().splitlines()
    assert "-Title: Why I write at dawn" in changes
    assert "+Title: Why I write at five in the morning" in changes
    assert window.show_plan("Calendar").calendar.show_month(2026, 3) is None
    assert window.show_plan("Calendar").calendar.entry_texts() == [
        "Mon 02 Mar 07:45  published: Why I write at five in the morning"
    ]


def test_a_broken_csv_is_refused_with_its_lines(window, tmp_path, dialogs) -> None:
    path = tmp_path / "stats.csv"
    path.write_text(
        "date,title,published,views,reads\n"
        "2026-01-20,Good story,2026-01-02,100,40\n"
        "2026-01-27,Good story,,100,400\n",
        encoding="utf-8",
    )
    stories = window.show_plan("Performance log").stories
    assert not stories.import_csv(path)
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert "line 3: reads (400) exceed views" in text
    assert stories.rows() == []
    path.write_text(
        "date,title,published,views,reads\n2026-01-20,Good story,2026-01-02,100,40\n",
        encoding="utf-8",
    )
    assert stories.import_csv(path)
    assert [row[0] for row in stories.rows()] == ["Good story"]
    assert date(2026, 1, 2).strftime("%d %b %Y") in stories.rows()[0][1]


def test_imported_figures_find_their_draft_and_a_bare_day_has_no_hour(
    window, store, tmp_path, dialogs
) -> None:
    body = "I write before the house wakes up, with a timer and a cup of tea. " * 12
    draft = store.drafts.create(title="Why I Write at Dawn", body=body)
    path = tmp_path / "stats.csv"
    path.write_text(
        "date,title,published,views,reads\n2026-02-20,why i write at dawn,2026-01-02,100,40\n",
        encoding="utf-8",
    )
    stories = window.show_plan("Performance log").stories
    assert stories.import_csv(path)
    assert dialogs[-1][1].endswith("1 new published story, 1 linked to the draft with its title.")
    assert stories.rows()[0][:2] == ("why i write at dawn", "02 Jan 2026, time unknown")
    (story,) = store.stories.list()
    assert story.draft_id == draft.id
    tab = window.show_plan("What works for you").what_works
    tab.refresh()
    text = tab.report_text()
    assert "time unknown: not enough data yet (1 story; 5 needed)" in text
    assert "night (0–6)" not in text
    by_readability = text.split("By readability:\n")[1].split("\n\n")[0]
    assert "not enough data yet (1 story; 5 needed)" in by_readability  # measured from the draft


def _clipped_controls(plan) -> list[str]:
    """The controls of the tab on show that do not lie wholly inside the window."""
    plan.layout().activate()
    inside = plan.rect()
    clipped = []
    controls = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit)
    tab = plan.tabs.currentWidget()
    for control in [child for kind in controls for child in tab.findChildren(kind)]:
        if control.isVisibleTo(plan) and control.isEnabled():
            area = QRect(control.mapTo(plan, QPoint(0, 0)), control.size())
            if not inside.contains(area):
                clipped.append(control.text() if hasattr(control, "text") else str(control))
    return clipped


def test_the_plan_window_fits_a_1280_by_720_screen(window, qtbot) -> None:
    plan = window.show_plan()
    plan.resize(1240, 660)  # a 1280x720 screen less the window frame and a panel
    for name in TABS:
        plan.show_tab(name)
        qtbot.wait(20)
        assert (plan.width(), plan.height()) == (1240, 660), name
        assert _clipped_controls(plan) == [], name


def test_a_draft_at_a_publication_is_not_submitted_there_again(window, dialogs) -> None:
    window.title_edit.setPlainText("Why I write at dawn")
    tab = window.show_plan("Submissions").submissions
    tab.name.setText("The Startup")
    tab.save_publication()
    tab.publications.selectRow(0)
    tab.submit_current()
    tab.submit_current()
    ((_, _, status, _, _),) = tab.submission_rows()
    assert status == "submitted"
    (shown,) = dialogs
    assert "“Why I write at dawn” is already submitted at The Startup" in shown[1]
    tab.submissions.selectRow(0)
    tab.status.setCurrentText("rejected")
    tab.set_status()
    tab.submit_current()  # declined: a new submission is welcome
    assert sorted(row[2] for row in tab.submission_rows()) == ["rejected", "submitted"]


def test_words_typed_into_new_drafts_are_written_today(
    window, qtbot, wait_for_analysis, database_path, capsys
) -> None:
    def type_and_save(words: int) -> None:
        qtbot.keyClicks(window.editor, "word " * words)
        wait_for_analysis(window)
        assert window.save_now()

    window.new_draft()
    window.editor.setFocus()
    type_and_save(87)
    window.new_draft()
    window.editor.setFocus()
    type_and_save(5)
    type_and_save(10)
    streaks = window.show_plan("Calendar").calendar.streaks.text()
    assert "Words written this month: <b>102</b>" in streaks
    assert "Days with writing: <b>1</b> in a row" in streaks
    # The command line reads the same database and agrees.
    assert main(["--db", str(database_path), "calendar"]) == 0
    out = capsys.readouterr().out
    assert "Words written this month: 102" in out
    assert "Days with writing: 1 in a row now" in out


def test_calendar_opens_on_a_goal_beyond_its_range(make_window, store, database_path) -> None:
    """An older or hand-edited database may hold a goal the boxes cannot show: the window
    opens, and its boxes and summary both show the largest goal they can."""
    with sqlite3.connect(database_path) as connection:
        connection.executemany(
            "INSERT INTO plan_goals (kind, target) VALUES (?, ?)",
            [("words_per_day", 3_000_000_000), ("posts_per_week", 50)],
        )
    calendar = make_window(store).show_plan("Calendar").calendar
    assert calendar.words_goal.value() == 20_000
    assert calendar.posts_goal.value() == 21
    summary = calendar.streaks.text()
    assert "20,000" in summary
    assert "50" not in summary


def test_the_final_title_starts_as_the_drafts_title(window, monkeypatch) -> None:
    window.title_edit.setPlainText("I'm Returning to Single-Tasking")
    shown: list[str] = []

    def look(dialog: PublishDialog) -> QDialog.DialogCode:
        shown.append(dialog.title.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PublishDialog, "exec", look)
    window.show_plan("Performance log").stories.publish_current()
    assert shown == ["I'm Returning to Single-Tasking"]


def test_what_works_says_when_logged_figures_start_to_count(window, monkeypatch) -> None:
    window.title_edit.setPlainText("Why I write at dawn")

    def accept(dialog: PublishDialog) -> QDialog.DialogCode:
        dialog.when.setDateTime(QDateTime(QDate(2026, 3, 2), QTime(7, 45)))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PublishDialog, "exec", accept)
    stories = window.show_plan("Performance log").stories
    stories.publish_current()
    for day in range(3, 10):  # a week of figures, the last from day 7
        stories.taken_on.setDate(QDate(2026, 3, day))
        stories.figures["views"].setValue(100 * day)
        stories.figures["reads"].setValue(40 * day)
        assert stories.log_selected()
    text = window.show_plan("What works for you").what_works.report_text()
    assert text == (
        "No data yet: 1 story has figures, but none from 14 or more days after it went live "
        "(Medium's numbers grow for weeks). Log or import the figures of “Why I write at "
        "dawn” again on or after 16 Mar 2026, and the figures appear here."
    )


def test_the_versions_list_says_what_it_is(window, store) -> None:
    store.stories.add(StoryFacts("Ten Lessons From a Year of Blogging", datetime(2026, 3, 2, 9)))
    stories = window.show_plan("Performance log").stories
    stories.table.clearSelection()
    assert stories.versions_label.isVisible()
    assert stories.versions_label.text() == (
        "Versions: choose a story above to see its title and text as published, and each "
        "change recorded since."
    )
    assert not stories.versions.isVisible()  # no empty box without a story
    stories.table.selectRow(0)
    assert stories.versions_label.text() == (
        "Versions of “Ten Lessons From a Year of Blogging” (double-click one to see what changed):"
    )
    assert stories.versions.isVisible()
    assert stories.versions.count() == 1


def test_a_plan_that_cannot_be_read_is_said_and_opens_later(
    qtbot, make_window, ui_store, database_path, dialogs, caplog
) -> None:
    window = make_window(ui_store)
    with shut_out(ui_store, database_path):
        assert window.show_plan("Calendar") is None
    assert dialogs == [
        (
            "warning",
            "Plan: Clapwise could not read your plan: the database is in use by another "
            "program. Nothing was lost; open the Plan window again in a moment.",
        )
    ]
    (record,) = [r for r in caplog.records if r.name == "app.ui.plan.plan_window"]
    assert "database is locked" in str(record.exc_info[1])  # SQLite's words are in the log
    assert window.findChild(PlanWindow) is None  # no half-built window left behind
    window.view_modes.set_theme("dark", remember=False)  # reaches every window there is
    qtbot.wait(50)
    window.view_modes.set_theme("light", remember=False)
    qtbot.wait(50)
    plan = window.show_plan("Calendar")  # the lock is gone: it opens
    assert plan is not None
    assert plan.isVisible()
    assert plan.parent() is window
