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
