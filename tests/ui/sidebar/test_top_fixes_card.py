"""The Top fixes card: a long excerpt ends in "…" within the sidebar, never cut mid-word."""

from __future__ import annotations

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
