"""The Performance log tab: readable titles beside the figures."""

from __future__ import annotations

from pathlib import Path

from app.ui.plan.stories_tab import COLUMNS

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
