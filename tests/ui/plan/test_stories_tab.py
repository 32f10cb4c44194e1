"""The Performance log tab: readable titles beside the figures; totals that fall are flagged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.plan.stories_tab import COLUMNS, StoriesTab

TITLES = (
    "The Case Against Microservices for Small Teams",
    "How We Cut Our Python Test Suite From 12 Minutes to 90 Seconds, and What It Cost Us",
)


def _stats_file(tmp_path: Path) -> Path:
    rows = [
        f'2026-02-20,"{title}",2026-01-0{day} 08:00,"12,361","4,373"'
        for day, title in enumerate(TITLES, 1)
    ]
    path = tmp_path / "stats.csv"
    path.write_text("date,title,published,views,reads\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def test_titles_take_the_room_the_figures_leave_and_show_whole_on_hover(
    window, tmp_path, qtbot
) -> None:
    plan = window.show_plan("Performance log")
    plan.resize(1240, 660)  # a 1280x720 screen less the window frame and a panel
    stories = plan.stories
    assert stories.import_csv(_stats_file(tmp_path))
    qtbot.wait(20)
    table, header = stories.table, stories.table.horizontalHeader()
    for column in range(1, table.columnCount()):  # each figure whole, in no more room than that
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert table.columnWidth(column) == needed, COLUMNS[column]
    assert table.fontMetrics().horizontalAdvance(TITLES[0]) < table.columnWidth(0)
    hovers = {table.item(row, 0).toolTip() for row in range(table.rowCount())}
    assert hovers == set(TITLES)


class Answer:
    """Answers the next modal message box by pressing the button named ``press``, keeping what
    it said; a box that never comes leaves ``said`` empty."""

    def __init__(self, press: str) -> None:
        self.press = press
        self.said = ""
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.said = box.text()
            next(b for b in box.buttons() if b.text() == self.press).click()


def _slipped_digit_story(window, tmp_path: Path) -> StoriesTab:
    logged = tmp_path / "logged.csv"
    logged.write_text(
        "date,title,published,views,reads,claps\n"
        "2026-11-20,Stop Writing Clever Code,2026-09-24 08:00,3724,1488,1007\n"
        "2026-12-05,Stop Writing Clever Code,,4655,1860,1259\n",
        "utf-8",
    )
    stories = window.show_plan("Performance log").stories
    assert stories.import_csv(logged)
    return stories


def test_a_slipped_digit_typed_by_hand_is_flagged_to_fix_or_keep(window, tmp_path) -> None:
    stories = _slipped_digit_story(window, tmp_path)
    stories.table.selectRow(0)
    stories.taken_on.setDate(QDate(2026, 12, 6))
    for name, value in dict(views=4700, reads=186, claps=1270).items():
        stories.figures[name].setValue(value)
    answer = Answer("Fix the figures")
    assert not stories.log_selected()
    assert (
        "“Stop Writing Clever Code”: reads fall from 1,860 on 05 Dec 2026 to 186 on 06 Dec 2026"
        in answer.said
    )
    assert stories.rows()[0][2:5] == ("05 Dec 2026", "4,655", "1,860")  # nothing stored
    assert stories.window().focusWidget() is stories.figures["reads"]
    assert stories.figures["reads"].lineEdit().selectedText() == "186"
    answer = Answer("Log them as they are")
    assert stories.log_selected()
    assert "reads fall from 1,860" in answer.said
    assert stories.rows()[0][2:5] == ("06 Dec 2026", "4,700", "186")


def test_an_import_whose_totals_fall_is_flagged_to_fix_or_keep(window, tmp_path, dialogs) -> None:
    stories = _slipped_digit_story(window, tmp_path)
    typo = tmp_path / "typo.csv"
    typo.write_text(
        "date,title,views,reads,claps\n2026-12-06,Stop Writing Clever Code,4700,186,1270\n",
        "utf-8",
    )
    answer = Answer("Fix the file")
    assert not stories.import_csv(typo)
    assert "reads fall from 1,860 on 05 Dec 2026 to 186 on 06 Dec 2026" in answer.said
    assert stories.rows()[0][2:5] == ("05 Dec 2026", "4,655", "1,860")
    answer = Answer("Import them as they are")
    assert stories.import_csv(typo)
    assert "reads fall from 1,860" in answer.said
    assert stories.rows()[0][2:5] == ("06 Dec 2026", "4,700", "186")
    assert dialogs[-1] == (
        "information",
        "Statistics imported: Imported 1 snapshot; 0 new published stories.",
    )


def test_a_european_excel_file_imports_and_an_unreadable_one_says_why_once(
    window, tmp_path, dialogs, caplog
) -> None:
    stories = window.show_plan("Performance log").stories
    excel = tmp_path / "excel-semicolon.csv"
    excel.write_bytes(
        b"\xef\xbb\xbfdate;title;published;views;reads;claps\r\n"
        b"2026-02-20;Stop Writing Clever Code;2026-01-24 08:00;4.655;1.860;1.259\r\n"
    )
    assert stories.import_csv(excel)
    (row,) = stories.rows()
    assert (row[0], *row[3:5], row[6]) == ("Stop Writing Clever Code", "4,655", "1,860", "1,259")
    piped = tmp_path / "piped.csv"
    piped.write_text("Day|Story|Views|Reads\n2026-02-20|A|100|40\n", "utf-8")
    assert not stories.import_csv(piped)
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert text.startswith("Nothing was imported: 1 problem in piped.csv; fix it and import")
    assert text.split("\n\n", 1)[1].count("\n") == 0  # why, in one line
    assert "Traceback" not in text
    (record,) = [r for r in caplog.records if r.name == "app.ui.plan.stories_tab"]
    assert record.exc_info is not None  # logged with its traceback
    assert str(piped) in record.getMessage()


def test_every_problem_of_a_statistics_file_is_listed(window, tmp_path, dialogs) -> None:
    stories = window.show_plan("Performance log").stories
    rows = "".join(f"2026-02-{day:02}\tStory {day}\tmany\t40\n" for day in range(1, 29))
    rows += "".join(f"2026-03-{day:02}\tStory {day}\tmany\t40\n" for day in range(1, 15))
    bad = tmp_path / "bad.csv"
    bad.write_text("date\ttitle\tviews\treads\n" + rows, "utf-8")
    assert not stories.import_csv(bad)
    kind, text = dialogs[-1]
    assert kind == "warning"
    assert text.startswith("Nothing was imported: 42 problems in bad.csv")
    listed = text.split("\n\n", 1)[1].splitlines()
    assert len(listed) == 42  # a message box showed the first 30
    assert listed[-1].startswith("line 43:")
