"""Checklist status icons, drawn (no font or image file needed): a coloured disc with a mark."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

STATUS_COLORS = {
    "pass": "#1a8917",
    "warn": "#c98a00",
    "fail": "#d0302f",
    "skip": "#9a9a9a",
}
# What each status means to a writer (also the icons' tooltips).
STATUS_WORDS = {
    "pass": "Done",
    "warn": "Worth a look",
    "fail": "Fix before publishing",
    "skip": "Not checked",
}


@cache
def status_pixmap(status: str, size: int = 18) -> QPixmap:
    """A ``size`` pixel disc in the status colour: a tick, "!", a cross or a dash."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLORS.get(status, STATUS_COLORS["skip"])))
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0))
        pen = QPen(QColor("#ffffff"), max(1.5, size / 9))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        s = float(size)
        if status == "pass":
            painter.drawPolyline(
                [
                    QPointF(s * 0.28, s * 0.52),
                    QPointF(s * 0.44, s * 0.68),
                    QPointF(s * 0.72, s * 0.34),
                ]
            )
        elif status == "warn":
            painter.drawLine(QPointF(s / 2, s * 0.25), QPointF(s / 2, s * 0.58))
            painter.drawPoint(QPointF(s / 2, s * 0.75))
        elif status == "fail":
            painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67))
            painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67))
        else:
            painter.drawLine(QPointF(s * 0.3, s / 2), QPointF(s * 0.7, s / 2))
    finally:
        painter.end()
    return pixmap
