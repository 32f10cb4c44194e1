"""The Writing card: counts per rule and the shares of long, passive and transition sentences."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.analysis.engine.analyzer import analyze
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS
from app.ui.sidebar.issues_card import TRANSITIONS_FROM_WORDS, IssuesCard


def _shares(qtbot, source: str) -> str:
    card = IssuesCard()
    qtbot.addWidget(card)
    report = analyze(source)
    card.show_style(report.style, len(report.findings))
    return card.shares.text()


def test_a_short_story_says_why_transitions_are_not_judged_yet(qtbot) -> None:
    shares = _shares(qtbot, "We met at nine. The agenda was short. Then we left.\n")
    assert f"Transitions: — (judged from {TRANSITIONS_FROM_WORDS} words on)" in shares
    assert "Passive voice:" in shares
    assert "% of sentences" in shares


def test_an_empty_draft_says_there_are_no_sentences_yet(qtbot) -> None:
    assert "Long sentences: — (no sentences yet)" in _shares(qtbot, "")


def test_a_long_enough_story_shows_its_share_of_transitions(qtbot) -> None:
    sentence = "However, the team kept the meeting short and the agenda clear for everyone. "
    shares = _shares(qtbot, sentence * (TRANSITIONS_FROM_WORDS // 12 + 2))
    assert "Transitions: —" not in shares
    assert "Transitions:" in shares


def test_a_rule_name_tooltip_quotes_the_thresholds_the_rule_uses(qtbot) -> None:
    card = IssuesCard()
    qtbot.addWidget(card)
    names = {label.text(): label.toolTip() for label in card.findChildren(QLabel)}
    limits = DEFAULT_THRESHOLDS
    assert names["Very hard sentences"] == (
        f"{limits.very_hard_long_words}+ words at reading grade"
        f" {limits.very_hard_long_grade:g} or above"
    )
