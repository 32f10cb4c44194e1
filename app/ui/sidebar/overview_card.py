"""Words, read time and structure at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.analysis.engine.report import Report
from app.ui.sidebar.card import Card, label


class OverviewCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Overview", parent)
        self.headline = self.add(label("—", name="bigFigure"))
        self.details = self.add(label("", name="muted"))

    def show_report(self, report: Report) -> None:
        minutes = report.read_time.display_minutes
        self.headline.setText(f"{report.words:,} words · {minutes} min read")
        images = len(report.images)
        picture_note = f" · {images} image{'s' if images != 1 else ''}" if images else ""
        self.details.setText(
            f"{report.sentences:,} sentences · {report.paragraphs:,} paragraphs · "
            f"{len(report.headings)} headings{picture_note}"
        )
        self.details.setToolTip(
            "Read time follows Medium: 265 words a minute, plus 12 s for the first image, "
            "11 s for the second, and one second less for each after (at least 3 s)."
        )
