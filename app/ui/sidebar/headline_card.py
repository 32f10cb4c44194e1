"""The title's appeal (fitted on real A/B tests) beside its clickbait risk, with reasons."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.analysis.insights.headline import HeadlineReport
from app.analysis.insights.intro import IntroReport, hook_phrase
from app.document.wording import plural
from app.ui.sidebar.card import Card, label
from app.ui.theme import muted_color, status_color
from app.ui.theme_mode import current_theme

SCORE_MEANING = (
    "The overall score weighs appeal (learned from real A/B tests of headlines) together with "
    "Medium's distribution standards (no clickbait, no withheld information, no exaggeration). "
    "Titles of published Medium stories mostly land in the fair and good bands. It is a guide "
    "for choosing between your own versions, not a prediction of Medium reads or claps."
)
SHOWN_REASONS = 4
RISK_STATUS = {"low": "good", "medium": "ok", "high": "poor"}
BAND_STATUS = {"strong": "good", "good": "good", "fair": "ok", "weak": "poor"}


class HeadlineCard(Card):
    labRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Headline", parent)
        self.score = self.add(label("—", name="bigFigure"))
        self.score.setToolTip(SCORE_MEANING)
        self.verdict = self.add(label("", name="muted"))
        self.risk = self.add(label(""))
        self.length = self.add(label("", name="small"))
        self.reasons = self.add(label(""))
        self.flags = self.add(label("", name="small"))
        self.lab_button = QPushButton("Brainstorm headlines…")
        self.lab_button.setObjectName("linkButton")
        self.lab_button.clicked.connect(self.labRequested)
        self.add(self.lab_button)
        self.intro = self.add(label("", name="small"))

    def show_headline(self, headline: HeadlineReport, intro: IntroReport) -> bool:
        """Show the headline and intro reports; False when they are those already shown."""
        if not self.changed(headline, intro):
            return False
        if not headline.text.strip():
            self.score.setText("—")
            self.verdict.setText("Write a title to see how it would do.")
            for widget in (self.risk, self.length, self.reasons, self.flags):
                widget.setText("")
        else:
            color = status_color(BAND_STATUS.get(headline.band, "ok"))
            self.score.setText(
                f"<span style='color:{color}'>{headline.band.capitalize()}</span>"
                f"<span style='font-size:10pt; color:{muted_color(current_theme())}'> · "
                f"{headline.overall} / 100 · "
                f"{headline.type}</span>"
            )
            self.verdict.setText(f"{html.escape(headline.verdict)}<br>{html.escape(headline.lift)}")
            risk_color = status_color(RISK_STATUS.get(headline.risk, "ok"))
            self.risk.setText(
                f"<span style='color:{risk_color}'>●</span> Clickbait risk: {headline.risk} "
                f"({html.escape(headline.risk_note)})"
            )
            self.length.setText(
                f"{plural(headline.characters, 'character')}, {plural(headline.words, 'word')} · "
                f"{headline.length_note}"
            )
            # The length line above says what the length reason would.
            reasons = headline.reason_lines(SHOWN_REASONS, leave_out=("length",))
            rows = [html.escape(line) for line in reasons]
            self.reasons.setText("<br>".join(rows))
            self.flags.setText(
                "<br>".join(
                    f"<b>⚑ {html.escape(flag.label)}</b>: {html.escape(flag.explanation)}"
                    for flag in headline.red_flags
                )
            )
        self.flags.setVisible(bool(headline.red_flags))
        tips = "".join(f"<br>• {html.escape(tip)}" for tip in intro.tips[:3])
        if intro.paragraph_words:
            opening = f"the opening has {html.escape(hook_phrase(intro.hook_type))}"
        else:
            opening = "the story has no opening paragraph yet"
        self.intro.setText(f"<b>Subtitle and hook:</b> {opening}{tips}")
        return True
