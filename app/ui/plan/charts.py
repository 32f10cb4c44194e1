"""Bar and line charts drawn with QPainter, each exportable as PNG.

The geometry (where each bar or point goes) is computed by public methods that painting
uses too, so what is drawn can be checked against the data it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.session.plan.charts import BarChart, Series

LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)


@dataclass(frozen=True, slots=True)
class ChartColours:
    """What a chart is drawn with: paper, ink, and one colour per line (Okabe-Ito, told apart
    by colour-blind writers too; each line also has its own dash)."""

    paper: QColor
    ink: QColor
    muted: QColor
    whisker: QColor  # the 90 % interval of a median
    bars: QColor
    lines: tuple[QColor, ...]


#: On white: exported PNGs always, and the window in the light theme.
LIGHT = ChartColours(
    paper=QColor("white"),
    ink=QColor("#222222"),
    muted=QColor("#9a9a9a"),
    whisker=QColor("#444444"),
    bars=QColor("#0072B2"),
    lines=tuple(QColor(c) for c in ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000")),
)


def colours_for(palette: QPalette) -> ChartColours:
    """The light colours, or on a dark page (the dark theme) the page's own with the brighter
    Okabe-Ito hues, so the chart sits in the window instead of glaring white."""
    paper = palette.color(QPalette.ColorRole.Base)
    if paper.lightness() >= 128:
        return LIGHT
    ink = palette.color(QPalette.ColorRole.Text)
    return ChartColours(
        paper=paper,
        ink=ink,
        muted=QColor("#8a8a8a"),
        whisker=QColor("#d0d0d0"),
        bars=QColor("#56B4E9"),
        lines=(QColor("#56B4E9"), QColor("#E69F00"), QColor("#009E73"), QColor("#CC79A7"), ink),
    )


DOT_RADIUS = 5.0
LEGEND_SAMPLE = 30.0  # the sample line before a legend name
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 20, 40, 70
EXPORT_SIZE = QSize(1200, 700)
DATE_LABEL_SPACING = 160  # pixels of time axis per date label, so labels never crowd
MAX_DATE_LABELS = 6
NO_STATISTICS = "No statistics yet: log figures or import them in the Performance log."


def _nice_top(value: float) -> float:
    """A round axis maximum at or above ``value`` whose quarter is a whole number of reads, so
    each of the four steps up the axis reads exactly (never "1, 1, 0" for halves rounded)."""
    quarter = max(value, 0) / 4
    if quarter <= 1:
        return 4.0
    power = 10 ** (len(str(int(quarter))) - 1)
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        step = power * factor
        if step >= quarter and step == int(step):
            return 4.0 * step
    return 40.0 * power


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(420, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._colours = LIGHT

    def plot_area(self, size: QSize) -> QRectF:
        return QRectF(
            MARGIN_LEFT,
            MARGIN_TOP,
            max(1, size.width() - MARGIN_LEFT - MARGIN_RIGHT),
            max(1, size.height() - MARGIN_TOP - MARGIN_BOTTOM),
        )

    def render_image(self, size: QSize = EXPORT_SIZE) -> QImage:
        """The chart on white, whatever the theme: an exported image is shared or printed."""
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(LIGHT.paper)
        self._colours = LIGHT
        painter = QPainter(image)
        try:
            self.draw(painter, size)
        finally:
            painter.end()
        return image

    def save_png(self, path: str, size: QSize = EXPORT_SIZE) -> bool:
        # PySide6's stubs type the format as bytes, but the binding accepts only a str here.
        return self.render_image(size).save(path, "PNG")  # type: ignore[call-overload]

    def paintEvent(self, _event) -> None:
        self._colours = colours_for(self.palette())
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._colours.paper)
        self.draw(painter, self.size())
        painter.end()

    def top(self) -> float | None:
        """The axis maximum, or None while there is nothing to plot."""
        raise NotImplementedError

    def tick_labels(self) -> list[str]:
        """The figures written up the axis, bottom first; none on an empty chart, whose
        scale would be made up."""
        top = self.top()
        if top is None:
            return []
        return [f"{top * step / 4:,.0f}" for step in range(5)]

    def draw(self, painter: QPainter, size: QSize) -> None:
        raise NotImplementedError

    def _frame(self, painter: QPainter, size: QSize, title: str, label: str) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.plot_area(size)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self._colours.ink)
        painter.drawText(QRectF(0, 6, size.width(), 26), Qt.AlignmentFlag.AlignCenter, title)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QPen(self._colours.muted, 1))
        ticks = self.tick_labels()
        for step in range(5 if ticks else 1):  # an empty chart has its baseline only
            y = area.bottom() - area.height() * step / 4
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            if ticks:
                painter.drawText(
                    QRectF(0, y - 9, MARGIN_LEFT - 6, 18),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    ticks[step],
                )
        painter.save()
        painter.translate(12, area.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-80, -8, 160, 16), Qt.AlignmentFlag.AlignCenter, label)
        painter.restore()


class BarChartView(_Chart):
    """Median reads per group with its 90 % interval; a group below the threshold shows
    "not enough data yet" instead of a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart = BarChart("", ())

    def set_chart(self, chart: BarChart) -> None:
        self._chart = chart
        self.update()

    def chart(self) -> BarChart:
        return self._chart

    def message(self) -> str:
        """What a chart without bars says instead: why this measure has none yet when
        stories have statistics, else that there are no statistics at all."""
        if self._chart.bars:
            return ""
        return self._chart.missing or NO_STATISTICS

    def top(self) -> float | None:
        # Groups without enough data yet draw no bar: a scale for none of them is made up.
        drawn = any(bar.value is not None for bar in self._chart.bars)
        return self._scale() if drawn else None

    def _scale(self) -> float:
        highest = (max(bar.value or 0, bar.high or 0) for bar in self._chart.bars)
        return _nice_top(max(highest, default=0))

    def whisker(self, index: int, size: QSize) -> tuple[QPointF, QPointF] | None:
        """The ends of a bar's interval line (low, high), if it has one."""
        bar = self._chart.bars[index]
        rect = self.bar_rects(size)[index]
        if rect is None or bar.low is None or bar.high is None:
            return None
        area = self.plot_area(size)
        top = self._scale()
        x = rect.center().x()
        return (
            QPointF(x, area.bottom() - area.height() * bar.low / top),
            QPointF(x, area.bottom() - area.height() * bar.high / top),
        )

    def bar_rects(self, size: QSize) -> list[QRectF | None]:
        """Each bar's rectangle (None for a group without a figure), in data order."""
        area = self.plot_area(size)
        bars = self._chart.bars
        if not bars:
            return []
        slot = area.width() / len(bars)
        top = self._scale()
        rects: list[QRectF | None] = []
        for index, bar in enumerate(bars):
            if bar.value is None:
                rects.append(None)
                continue
            height = area.height() * bar.value / top
            rects.append(
                QRectF(
                    area.left() + slot * (index + 0.2), area.bottom() - height, slot * 0.6, height
                )
            )
        return rects

    def draw(self, painter: QPainter, size: QSize) -> None:
        self._frame(painter, size, self._chart.title, "median reads")
        area = self.plot_area(size)
        bars = self._chart.bars
        if not bars:
            painter.drawText(
                area.adjusted(40, 0, -40, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.message(),
            )
            return
        slot = area.width() / len(bars)
        for index, (bar, rect) in enumerate(zip(bars, self.bar_rects(size), strict=True)):
            label_box = QRectF(area.left() + slot * index, area.bottom() + 4, slot, 40)
            painter.setPen(self._colours.ink)
            painter.drawText(
                label_box,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                f"{bar.label}\nn={bar.n}",
            )
            if rect is None:
                painter.setPen(self._colours.muted)
                painter.drawText(
                    QRectF(label_box.left(), area.bottom() - 40, slot, 36),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    "not enough\ndata yet",
                )
                continue
            painter.fillRect(rect, self._colours.bars)
            painter.setPen(self._colours.ink)
            label_top = rect.top()
            ends = self.whisker(index, size)
            if ends is not None:
                low, high = ends
                painter.setPen(QPen(self._colours.whisker, 2))
                painter.drawLine(low, high)
                for end in (low, high):
                    painter.drawLine(QPointF(end.x() - 8, end.y()), QPointF(end.x() + 8, end.y()))
                painter.setPen(self._colours.ink)
            painter.drawText(
                QRectF(rect.right() + 2, label_top - 18, slot * 0.4, 16),
                Qt.AlignmentFlag.AlignLeft,
                f"{bar.value:,.0f}",
            )


class LineChartView(_Chart):
    """Lifetime reads over time, one line per story, with a dot on every dated figure: a
    story with figures from one date only is a dot, since a line needs two."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: tuple[Series, ...] = ()

    def set_series(self, series: tuple[Series, ...]) -> None:
        self._series = series
        self.update()

    def series(self) -> tuple[Series, ...]:
        return self._series

    def _span(self) -> tuple[date, date, float]:
        days = [day for item in self._series for day, _ in item.points]
        top = _nice_top(
            max((reads for item in self._series for _, reads in item.points), default=0)
        )
        return min(days), max(days), top

    def top(self) -> float | None:
        if not any(item.points for item in self._series):
            return None
        return self._span()[2]

    def one_date(self) -> bool:
        """Whether every figure shown is from the same date (a first import, say)."""
        return len({day for item in self._series for day, _ in item.points}) == 1

    def notice(self) -> str:
        """The sentence over the plot that explains dots without lines, or ''."""
        if not self.one_date():
            return ""
        return (
            "Figures from one date so far: each story is a dot with its reads, side by side; "
            "lines over time start with the next figures you log or import."
        )

    def points(self, size: QSize) -> list[list[QPointF]]:
        """Each series' points on screen, in data order."""
        if not any(item.points for item in self._series):
            return [[] for _ in self._series]
        first, last, top = self._span()
        area = self.plot_area(size)
        width = (last - first).days
        slot = area.width() / max(1, len(self._series))

        def x(index: int, day: date) -> float:
            # One date has no span to spread over: each story gets its own column instead,
            # so dots of similar reads stay apart and each keeps its figure beside it.
            if width == 0:
                return area.left() + slot * (index + 0.5)
            return area.left() + area.width() * (day - first).days / width

        return [
            [
                QPointF(x(index, day), area.bottom() - area.height() * reads / top)
                for day, reads in item.points
            ]
            for index, item in enumerate(self._series)
        ]

    def date_labels(self, size: QSize) -> list[tuple[str, QRectF]]:
        """A few evenly spaced dates under the time axis (first and last included), each
        centred on its place on the axis and kept inside the plot's width."""
        if not any(item.points for item in self._series):
            return []
        first, last, _top = self._span()
        area = self.plot_area(size)
        span = (last - first).days
        if span == 0:
            return []  # one date: the dots stand side by side, not along time
        count = min(MAX_DATE_LABELS, span + 1, max(2, int(area.width() // DATE_LABEL_SPACING)))
        days = sorted({first + timedelta(days=round(span * i / (count - 1))) for i in range(count)})
        metrics = QFontMetricsF(self.font())
        labels = []
        for day in days:
            text = f"{day:%d %b %Y}"
            width = metrics.horizontalAdvance(text) + 8
            x = area.left() + area.width() * (day - first).days / span
            left = min(max(x - width / 2, area.left()), area.right() - width)
            labels.append((text, QRectF(left, area.bottom() + 4, width, 18)))
        return labels

    def legend(self, size: QSize) -> list[tuple[str, QRectF]]:
        """Each series' name (shortened to its share of the width) and where it is written;
        the sample line before it is drawn in the series' colour and style."""
        if len(self._series) < 2:
            return []
        area = self.plot_area(size)
        slot = area.width() / len(self._series)
        metrics = QFontMetricsF(self.font())
        entries = []
        for index, item in enumerate(self._series):
            box = QRectF(
                area.left() + slot * index + LEGEND_SAMPLE,
                size.height() - 22,
                slot - LEGEND_SAMPLE - 8,
                18,
            )
            name = metrics.elidedText(item.name, Qt.TextElideMode.ElideRight, box.width())
            entries.append((name, box))
        return entries

    def draw(self, painter: QPainter, size: QSize) -> None:
        title = "Reads over time" + (f": {self._series[0].name}" if len(self._series) == 1 else "")
        if not any(item.points for item in self._series):
            self._frame(painter, size, title, "lifetime reads")
            painter.drawText(self.plot_area(size), Qt.AlignmentFlag.AlignCenter, NO_STATISTICS)
            return
        first, last, _top = self._span()
        self._frame(painter, size, title, "lifetime reads")
        area = self.plot_area(size)
        painter.setPen(self._colours.ink)
        axis = QRectF(area.left(), area.bottom() + 4, area.width(), 18)
        if first == last:
            painter.drawText(axis, Qt.AlignmentFlag.AlignHCenter, f"{first:%d %b %Y}")
            painter.setPen(self._colours.muted)
            painter.drawText(
                QRectF(area.left(), area.top() + 4, area.width(), 18),
                Qt.AlignmentFlag.AlignHCenter,
                self.notice(),
            )
        else:
            for text, box in self.date_labels(size):
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        for index, (item, points) in enumerate(zip(self._series, self.points(size), strict=True)):
            pen = _line_pen(index, self._colours)
            painter.setPen(pen)
            painter.drawPolyline(QPolygonF(points))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pen.color())
            for point in points:
                painter.drawEllipse(point, DOT_RADIUS, DOT_RADIUS)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if first == last:
                # Without a line to compare against, each dot says its figure.
                painter.setPen(self._colours.ink)
                for point, (_, reads) in zip(points, item.points, strict=True):
                    painter.drawText(
                        QRectF(point.x() + DOT_RADIUS + 4, point.y() - 9, 120, 18),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        f"{reads:,}",
                    )
        for index, (name, box) in enumerate(self.legend(size)):
            pen = _line_pen(index, self._colours)
            painter.setPen(pen)
            middle = box.center().y()
            painter.drawLine(
                QPointF(box.left() - LEGEND_SAMPLE, middle), QPointF(box.left() - 6, middle)
            )
            painter.setPen(pen.color())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)


def _line_pen(index: int, colours: ChartColours) -> QPen:
    """Colour and dash both tell the lines apart, so colour alone never has to."""
    pen = QPen(colours.lines[index % len(colours.lines)], 3)
    pen.setStyle(LINE_STYLES[index % len(LINE_STYLES)])
    return pen
