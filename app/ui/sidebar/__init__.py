"""The live sidebar: cards that render the current Report."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.accessibility import name_controls
from app.ui.analysis_worker import AnalysisResult
from app.ui.fitting_scroll import FittingScrollArea
from app.ui.sidebar.card import Card
from app.ui.sidebar.focus_order import SidebarFocus
from app.ui.sidebar.headline_card import HeadlineCard
from app.ui.sidebar.issues_card import IssuesCard
from app.ui.sidebar.keyphrase_card import KeyphraseCard
from app.ui.sidebar.overview_card import OverviewCard
from app.ui.sidebar.readability_card import ReadabilityCard
from app.ui.sidebar.tags_card import TagsCard

SIDEBAR_WIDTH = 340
MINIMUM_WIDTH = 280


class Sidebar(FittingScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("sidebar")
        self.setAccessibleName("Live checks")
        body = QWidget()
        body.setObjectName("sidebarBody")
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(12, 12, 12, 12)
        self._layout.setSpacing(10)
        self.overview = OverviewCard()
        self.headline = HeadlineCard()
        self.readability = ReadabilityCard()
        self.issues = IssuesCard()
        self.keyphrase = KeyphraseCard()
        self.tags_card = TagsCard()
        self.tags = self.tags_card.field
        # The long list of every writing check comes last: the keyphrase and the tags, which
        # a writer sets before publishing, stay within a screen or so of the top.
        cards = (
            self.overview,
            self.headline,
            self.readability,
            self.keyphrase,
            self.tags_card,
            self.issues,
        )
        self._cards = cards
        self._held_width = -1  # the width the cards' heights were last held at
        for card in cards:
            self._layout.addWidget(card)
        self._layout.addStretch(1)
        self.setWidget(body)
        SidebarFocus(self)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the cards allow and no narrower: a squeezed sidebar would cut text."""
        hint = super().minimumSizeHint()
        return QSize(max(MINIMUM_WIDTH, hint.width()), hint.height())

    def insert_card(self, index: int, card: QWidget) -> None:
        self._layout.insertWidget(index, card)

    def show_result(self, result: AnalysisResult) -> None:
        """Render a new report; cards whose part of it did not change are left alone."""
        report = result.report
        shown = (
            (self.overview, self.overview.show_report(report)),
            (self.headline, self.headline.show_headline(report.headline, report.intro)),
            (self.readability, self.readability.show_readability(report.readability, report.words)),
            (self.issues, self.issues.show_style(report.style, len(report.findings))),
            (self.keyphrase, self.keyphrase.show_keywords(report.keywords)),
        )
        changed = [card for card, rendered in shown if rendered]
        if self._held_width != self.width():  # a new draft, or wrapped text at a new width
            self._held_width = self.width()
            name_controls(self)
            # The cards of the report; the tags card fits its suggestions, which follow the
            # report on their own (held, it kept the last draft's height).
            self._hold_heights([card for card, _rendered in shown])
            return
        # Buttons made for this report included; the tag card's change with the tags.
        for card in (*changed, self.tags_card):
            name_controls(card)
        self._hold_heights(changed)

    def _hold_heights(self, cards: Sequence[Card]) -> None:
        """Cards grow but never shrink while a draft is open, so the controls below them stay
        put under the pointer as the writer types (a card shrinking on every keystroke moved
        everything beneath it)."""
        for card in cards:
            # Wrapped labels: the height the card needs at its present width.
            needed = card.heightForWidth(card.width()) if card.width() > 0 else -1
            needed = needed if needed > 0 else card.sizeHint().height()
            card.setMinimumHeight(max(card.minimumHeight(), needed))

    def release_heights(self) -> None:
        """Another draft is open: let the cards fit their new content."""
        self._held_width = -1
        for card in self._cards:
            card.setMinimumHeight(0)
