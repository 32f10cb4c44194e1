"""Charts drawn offscreen at 1280x720 and checked pixel by pixel against their data."""

from __future__ import annotations

from datetime import date, datetime
from itertools import pairwise
from statistics import median

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette

from app.session.plan.charts import Bar, BarChart, Series
from app.session.plan.planner import Plan
from app.storage.stories import Snapshot, StoryFacts
from app.ui.plan.charts import LIGHT, BarChartView, LineChartView
from app.ui.plan.charts_tab import ChartsTab
from app.ui.theme_mode import dark_palette
from tests.session.plan.history import generate, load

SIZE = QSize(1280, 720)
BAR_COLOR = LIGHT.bars
LINE_COLORS = LIGHT.lines
WHISKER_COLOR = LIGHT.whisker


def _color(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(int(x), int(y))


def test_bars_are_drawn_where_their_values_say(qtbot) -> None:
    view = BarChartView()
    qtbot.addWidget(view)
    view.set_chart(
        BarChart("Median reads", (Bar("Mon", 400, 9), Bar("Tue", 100, 6), Bar("Wed", None, 2)))
    )
    image = view.render_image(SIZE)
    first, second, missing = view.bar_rects(SIZE)
    assert missing is None
    assert first.height() == pytest.approx(4 * second.height())
    for rect in (first, second):
        assert _color(image, rect.center().x(), rect.center().y()) == BAR_COLOR
        assert _color(image, rect.center().x(), rect.top() - 30) != BAR_COLOR
    slot_middle = (first.center().x() - second.center().x()) * -2 + first.center().x()
    column = [_color(image, slot_middle, y) for y in range(0, SIZE.height())]
    assert BAR_COLOR not in column  # the group without enough data has no bar


def test_lines_pass_through_every_snapshot(qtbot) -> None:
    view = LineChartView()
    qtbot.addWidget(view)
    points = tuple((date(2026, 1, 1 + 7 * week), 100 * week) for week in range(5))
    view.set_series((Series(1, "A story", points),))
    image = view.render_image(SIZE)
    (drawn,) = view.points(SIZE)
    assert len(drawn) == 5
    assert drawn[0].y() > drawn[-1].y()  # more reads, higher up
    for point in drawn[1:-1]:
        assert _color(image, point.x(), point.y()) == LINE_COLORS[0]


def test_the_weekday_chart_of_a_generated_year_matches_a_hand_calculation(
    qtbot, store, tmp_path
) -> None:
    history = generate()
    load(store, history)
    tab = ChartsTab(Plan(store))
    qtbot.addWidget(tab)
    tab.refresh()
    tab.show_chart("Median reads by publishing weekday")
    chart = tab.bar.chart()
    expected: dict[str, list[int]] = {}
    for story in history:
        latest = story.snapshots[-1]
        if (latest.taken_on - story.facts.published_at.date()).days >= 14:
            expected.setdefault(story.facts.published_at.strftime("%A"), []).append(latest.reads)
    assert {bar.label: (bar.value, bar.n) for bar in chart.bars} == {
        day: (median(reads), len(reads)) for day, reads in expected.items()
    }
    path = tmp_path / "weekday.png"
    assert tab.export_png(path)
    saved = QImage(str(path))
    assert (saved.width(), saved.height()) == (1200, 700)
    tallest = max(
        (rect for rect in tab.bar.bar_rects(saved.size()) if rect), key=lambda r: r.height()
    )
    assert _color(saved, tallest.left() + 4, tallest.center().y()) == BAR_COLOR
    index = tab.bar.bar_rects(saved.size()).index(tallest)
    low, high = tab.bar.whisker(index, saved.size())
    bar = chart.bars[index]
    assert (bar.low, bar.high) != (None, None)
    assert low.y() > tallest.top() > high.y()  # the median lies inside its interval
    assert _color(saved, high.x(), high.y()) == WHISKER_COLOR
    tab.show_chart("Reads over time")
    assert len(tab.line.series()) == 5
    assert tab.line.series()[0].points[-1][1] == max(s.snapshots[-1].reads for s in history)


def test_a_first_import_of_one_date_shows_a_dot_per_story_and_names_all_five(
    window, tmp_path
) -> None:
    reads = (4552, 3244, 3198, 3032, 2992, 584)
    rows = ["Date,Title,URL,Published,Views,Reads,Claps"] + [
        f"2026-11-30,Notes number {n},https://medium.com/@me/notes-{n},2026-0{n + 1}-01,"
        f"{value + 100},{value},10"
        for n, value in enumerate(reads)
    ]
    csv = tmp_path / "stats.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert window.show_plan("Performance log").stories.import_csv(csv)
    tab = window.show_plan("Charts").charts
    tab.show_chart("Reads over time")
    view = tab.line
    assert [item.points[-1][1] for item in view.series()] == list(reads[:5])
    assert "one date" in view.notice()
    assert tab.note.text().startswith("Lines:")
    image = view.render_image(SIZE)
    for index, (dot,) in enumerate(view.points(SIZE)):
        assert _color(image, dot.x(), dot.y()) == LINE_COLORS[index]
    assert [name for name, _ in view.legend(SIZE)] == [f"Notes number {n}" for n in range(5)]
    assert len({color.name() for color in LINE_COLORS}) == 5  # one colour per entry
    tab.show_chart("Median reads by publishing weekday")
    assert tab.note.text().startswith("Bars:")


def test_an_empty_chart_has_no_made_up_axis_and_small_figures_get_whole_ticks(
    window, tmp_path
) -> None:
    tab = window.show_plan("Charts").charts
    for name in tab.chart_names():
        tab.show_chart(name)
        assert tab.current_view().tick_labels() == []  # nothing measured, nothing to read off
    rows = ["Date,Title,URL,Published,Views,Reads,Claps"] + [
        f"2026-11-{day},Notes,https://medium.com/@me/notes,2026-10-01,9,{reads},1"
        for day, reads in ((10, 1), (20, 3))
    ]
    csv = tmp_path / "stats.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert window.show_plan("Performance log").stories.import_csv(csv)
    tab = window.show_plan("Charts").charts
    tab.show_chart("Reads over time")
    assert tab.current_view().tick_labels() == ["0", "1", "2", "3", "4"]
    # One story is too few for a median by weekday: no bar, so no scale either.
    tab.show_chart("Median reads by publishing weekday")
    assert tab.current_view().tick_labels() == []


def test_in_the_dark_theme_a_chart_takes_the_page_colour_and_its_export_stays_white(
    qtbot,
) -> None:
    view = LineChartView()
    qtbot.addWidget(view)
    view.setPalette(dark_palette())
    view.resize(SIZE)
    points = tuple((date(2026, 1, 1 + 7 * week), 100 * week) for week in range(5))
    view.set_series((Series(1, "A story", points),))
    on_screen = view.grab().toImage()
    page = dark_palette().color(QPalette.ColorRole.Base)
    assert _color(on_screen, 5, 5) == page
    (drawn,) = view.points(SIZE)
    line = _color(on_screen, drawn[2].x(), drawn[2].y())
    assert line.lightness() > page.lightness() + 60  # the line shows on the dark page
    exported = view.render_image(SIZE)
    assert _color(exported, 5, 5) == QColor("white")
    assert _color(exported, drawn[2].x(), drawn[2].y()) == LINE_COLORS[0]


def test_a_bar_chart_without_its_measure_gives_the_reports_reason(window, store) -> None:
    for index in range(6):  # statistics, but no story linked to a draft with a read time
        story = store.stories.add(StoryFacts(f"Story {index}", datetime(2026, 1, 5 + index, 9)))
        store.stories.record(story.id, Snapshot(date(2026, 6, 1), views=300, reads=100 + index))
    tab = window.show_plan("Charts").charts
    tab.show_chart("Median reads by read time")
    message = tab.bar.message()
    assert message.startswith("Not enough data yet: no story has this measure yet; ")
    assert "import statistics for a story whose title a draft has" in message
    assert "No statistics yet" not in message
    tab.show_chart("Median reads by publishing weekday")
    assert tab.bar.message() == ""


def test_reads_over_time_labels_evenly_spaced_dates_along_its_axis(window, store) -> None:
    story = store.stories.add(StoryFacts("A story", datetime(2026, 1, 1, 9)))
    for week in range(5):
        store.stories.record(story.id, Snapshot(date(2026, 1, 1 + 7 * week), reads=100 * week))
    tab = window.show_plan("Charts").charts
    tab.show_chart("Reads over time")
    image = tab.line.render_image(SIZE)
    area = tab.line.plot_area(SIZE)
    # Under the middle of the time axis, where only the first and last dates were written.
    middle = [
        _color(image, x, y)
        for x in range(
            int(area.left() + area.width() * 0.3), int(area.right() - area.width() * 0.3)
        )
        for y in range(int(area.bottom()) + 4, int(area.bottom()) + 22)
    ]
    assert any(colour.lightness() < 128 for colour in middle)
    labels = tab.line.date_labels(SIZE)
    assert 3 <= len(labels) <= 6
    assert (labels[0][0], labels[-1][0]) == ("01 Jan 2026", "29 Jan 2026")
    boxes = [box for _, box in labels]
    assert all(a.right() <= b.left() for a, b in pairwise(boxes))
    assert area.left() <= boxes[0].left()
    assert boxes[-1].right() <= area.right()
    days = [datetime.strptime(text, "%d %b %Y") for text, _ in labels]
    steps = {(later - earlier).days for earlier, later in pairwise(days)}
    assert max(steps) - min(steps) <= 1  # evenly spaced, to the day
