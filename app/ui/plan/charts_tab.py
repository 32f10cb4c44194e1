"""Charts of the performance log, each exportable as PNG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.session.plan.charts import ChartData
from app.session.plan.planner import Plan
from app.ui.plan.charts import BarChartView, LineChartView

ALL_STORIES = "The five most read stories"
TOP_LINES = 5
LINE_NOTE = (
    "Lines: each story's lifetime reads on every date its figures were logged or imported, "
    "a dot per date; the five most read stories, or the one chosen above."
)
BAR_NOTE = (
    "Bars: the median of each story's latest lifetime reads, stories published 14+ "
    "days before their latest figures; groups under 5 stories show no bar."
)


class ChartsTab(QWidget):
    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self.kind = QComboBox()
        self.story = QComboBox()
        self.line = LineChartView()
        self.bar = BarChartView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.line)
        self.stack.addWidget(self.bar)
        export = QPushButton("Export as PNG…")
        export.clicked.connect(self._choose_png)
        self.kind.currentIndexChanged.connect(self._show)
        self.story.currentIndexChanged.connect(self._show)
        top = QHBoxLayout()
        top.addWidget(QLabel("Chart:"))
        top.addWidget(self.kind, 1)
        top.addWidget(self.story, 1)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.note = QLabel()  # says how the chart on show was made: lines or bars
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._data: ChartData | None = None  # computed when the tab is shown (it can take a second)

    def chart_names(self) -> list[str]:
        return [self.kind.itemText(index) for index in range(self.kind.count())]

    def show_chart(self, name: str, story: str = ALL_STORIES) -> None:
        self.kind.setCurrentText(name)
        self.story.setCurrentText(story)
        self._show()

    def current_view(self) -> BarChartView | LineChartView:
        return self.line if self.stack.currentWidget() is self.line else self.bar

    def export_png(self, path: Path) -> bool:
        return self.current_view().save_png(str(path))

    def _choose_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export chart", "chart.png", "PNG (*.png)")
        if path:
            self.export_png(Path(path))

    def refresh(self) -> None:
        self._data = data = self._plan.charts()
        chosen_kind, chosen_story = self.kind.currentText(), self.story.currentText()
        for box in (self.kind, self.story):
            box.blockSignals(True)
            box.clear()
        self.kind.addItem("Reads over time")
        self.kind.addItems([chart.title for chart in data.bars])
        self.story.addItem(ALL_STORIES)
        self.story.addItems([series.name for series in data.reads_over_time])
        if chosen_kind:
            self.kind.setCurrentText(chosen_kind)
        if chosen_story:
            self.story.setCurrentText(chosen_story)
        for box in (self.kind, self.story):
            box.blockSignals(False)
        self._show()

    def _show(self) -> None:
        if self._data is None:
            return
        index = self.kind.currentIndex()
        self.story.setVisible(index == 0)
        if index <= 0:
            series = self._data.reads_over_time
            if self.story.currentIndex() > 0:
                series = (series[self.story.currentIndex() - 1],)
            self.line.set_series(series[:TOP_LINES])
            self.stack.setCurrentWidget(self.line)
            self.note.setText(LINE_NOTE)
        else:
            self.bar.set_chart(self._data.bars[index - 1])
            self.stack.setCurrentWidget(self.bar)
            self.note.setText(BAR_NOTE)
