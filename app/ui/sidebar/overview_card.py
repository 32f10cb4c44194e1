"""Words, read time and structure at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.analysis.engine.report import Report
from app.analysis.insights.read_time import WORDS_PER_MINUTE
from app.document.wording import plural
from app.ui.sidebar.card import Card, label


class OverviewCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Overview", parent)
        self.headline = self.add(label("—", name="bigFigure"))
        self.details = self.add(label("", name="muted"))

    def show_report(self, report: Report) -> bool:
        """Show the report's figures; False when they are those already shown."""
        minutes = report.read_time.display_minutes
        images = len(report.images)
        # Sentences of the body, headings left out: the same count the checklist gives.
        sentences = report.style.long_sentences.total
        headings = len(report.headings)
        stopped = report.stopped_at
        if not self.changed(
            report.words, minutes, images, sentences, report.paragraphs, headings, stopped
        ):
            return False
        if report.words:
            self.headline.setText(f"{plural(report.words, 'word')} · {minutes} min read")
        else:
            self.headline.setText("No words yet")
        picture_note = f" · {plural(images, 'image')}" if images else ""
        # Far past any article, a draft is checked up to a bound: every figure is of that part.
        cut_note = (
            f"\nChecked the first {stopped:,} of {report.source_length:,} characters: "
            "split the draft to check the rest."
            if stopped is not None
            else ""
        )
        self.details.setText(
            f"{plural(sentences, 'sentence')} · {plural(report.paragraphs, 'paragraph')} · "
            f"{plural(headings, 'heading')}{picture_note}{cut_note}"
        )
        self.details.setToolTip(
            f"Read time follows Medium: {WORDS_PER_MINUTE} words a minute, plus 12 s for the "
            "first image, 11 s for the second, and one second less for each after (at least 3 s)."
        )
        return True
