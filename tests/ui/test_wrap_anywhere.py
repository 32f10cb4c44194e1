"""Long unbroken runs of writer text get break opportunities; words and markup stay whole."""

from __future__ import annotations

from app.ui.wrap_anywhere import ZERO_WIDTH_SPACE, breakable, breakable_markup, shortened


def test_only_runs_longer_than_any_word_are_broken() -> None:
    assert breakable("Counterproductive ideas") == "Counterproductive ideas"
    broken = breakable("see " + "a" * 30)
    assert broken.startswith("see a" + ZERO_WIDTH_SPACE)
    assert broken.replace(ZERO_WIDTH_SPACE, "") == "see " + "a" * 30


def test_markup_and_entities_stay_whole() -> None:
    text = f"<span style='color:#6b6b6b;font-size:10pt'>●</span> &amp; {'c' * 30}"
    broken = breakable_markup(text)
    assert broken.startswith("<span style='color:#6b6b6b;font-size:10pt'>●</span> &amp; c")
    assert broken.replace(ZERO_WIDTH_SPACE, "") == text


def test_a_long_quote_is_shortened_with_an_ellipsis() -> None:
    assert shortened("short") == "short"
    assert shortened("a" * 300) == "a" * 39 + "…"
