"""The Top fixes card: a long excerpt ends in "…" within the sidebar, never cut mid-word, and
each tooltip shows the finding's words as the writer wrote them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import Qt, QTextDocument

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.top_fixes import top_fixes
from app.ui.sidebar.top_fixes_card import TopFixesCard


def test_a_long_fix_is_elided_to_the_card_width(qtbot) -> None:
    card = TopFixesCard()
    qtbot.addWidget(card)
    card.resize(220, 400)
    card.show()
    sentence = "If there's a large expense coming up next month, plan for it now. " * 2
    finding = Finding("very_hard_sentence", 0, len(sentence), Severity.INFO, "")
    fixes = top_fixes([finding], sentence)
    card.show_fixes(fixes)
    button = card.fix_button(0)
    qtbot.waitUntil(lambda: button.text().endswith("…"), timeout=2000)
    assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()

    card.resize(2000, 400)
    qtbot.waitUntil(lambda: "“If there" in button.text() and button.width() > 1000, timeout=2000)
    assert button.text() == f"● Very hard sentences: “{fixes[0].excerpt}”"


def _as_shown(tooltip: str) -> str:
    """What a tooltip shows: Qt renders it as rich text when it looks like HTML, else as is."""
    if not Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


@pytest.mark.parametrize(
    ("message", "suggestion", "shown"),
    [
        ('"Aliche" may be misspelled', None, '"Aliche" may be misspelled'),
        ("'<b>' & \"x\" may be misspelled", None, "'<b>' & \"x\" may be misspelled"),
        (
            '"Aliche" may be misspelled',
            'Did you mean "Alice"?',
            ('"Aliche" may be misspelled\nDid you mean "Alice"?'),
        ),
        ("Use < or > & not ≠", 'Try <this> & "that"', 'Use < or > & not ≠\nTry <this> & "that"'),
    ],
)
def test_a_tooltip_shows_the_finding_exactly(qtbot, message, suggestion, shown) -> None:
    card = TopFixesCard()
    qtbot.addWidget(card)
    text = "Aliche went home."
    finding = Finding("spelling", 0, 6, Severity.WARNING, message, suggestion)
    card.show_fixes(top_fixes([finding], text))
    assert _as_shown(card.fix_button(0).toolTip()) == shown


def test_each_fix_carries_its_rule_s_colour_as_the_text_highlights_it(qtbot) -> None:
    from PySide6.QtGui import QColor

    from app.ui.theme import swatch_color

    card = TopFixesCard()
    qtbot.addWidget(card)
    card.resize(300, 400)
    card.show()
    text = "It recieves one. We must utilize it."
    findings = [
        Finding("spelling", 3, 11, Severity.WARNING, '"recieves" may be misspelled'),
        Finding("simpler", 25, 32, Severity.INFO, "Simpler alternatives"),
    ]
    card.show_fixes(top_fixes(findings, text))
    qtbot.waitUntil(lambda: card.fix_button(1).isVisible(), timeout=2000)
    shown = card.grab().toImage()
    for number, fix in enumerate(card.fixes()):
        button = card.fix_button(number)
        edge = button.mapTo(card, button.rect().center())
        painted = shown.pixelColor(edge.x() - button.width() // 2 + 1, edge.y())
        assert painted == QColor(swatch_color(fix.finding.rule)), fix.finding.rule
