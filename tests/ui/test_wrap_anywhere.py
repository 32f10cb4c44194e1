"""Long unbroken runs of writer text get break opportunities; words and markup stay whole."""

from __future__ import annotations

from app.ui.wrap_anywhere import ZERO_WIDTH_SPACE, breakable, shortened


def test_only_runs_longer_than_any_word_are_broken() -> None:
    assert breakable("Counterproductive ideas") == "Counterproductive ideas"
    broken = breakable("see " + "a" * 30)
    assert broken.startswith("see a" + ZERO_WIDTH_SPACE)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == "see " + "a" * 30


def test_a_long_quote_is_shortened_with_an_ellipsis() -> None:
    assert shortened("short") == "short"
    assert shortened("a" * 300) == "a" * 39 + "…"
