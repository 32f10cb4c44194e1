"""The overview card: words, read time and structure; says when a huge draft was cut."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.engine.bounds import MAX_ANALYSED_CHARACTERS
from app.ui.sidebar.overview_card import OverviewCard


def test_an_article_shows_its_figures_and_no_cut(qtbot) -> None:
    card = OverviewCard()
    qtbot.addWidget(card)
    card.show_report(analyze("# Title\n\nOne short sentence. Another one here.\n"))
    assert card.headline.text() == "7 words · 1 min read"  # the title counts, as on Medium
    assert "Checked the first" not in card.details.text()


def test_a_draft_past_the_bound_says_how_much_was_checked(qtbot) -> None:
    card = OverviewCard()
    qtbot.addWidget(card)
    paragraph = "Plain words make a plain sentence for the reader to follow.\n\n"
    source = paragraph * (MAX_ANALYSED_CHARACTERS // len(paragraph) + 50)
    report = analyze(source)
    assert report.stopped_at is not None
    card.show_report(report)
    assert f"Checked the first {report.stopped_at:,} of {len(source):,} characters" in (
        card.details.text()
    )
