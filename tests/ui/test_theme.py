"""Every rule has its own mark; the keyphrase never looks like a hard sentence."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.analysis.rules.catalog import RULE_IDS
from app.analysis.rules.grammar import ALL_CHECKS as GRAMMAR_CHECKS
from app.ui.theme import DARK_PAGE, RULE_STYLES, muted_color


def test_every_rule_has_a_style() -> None:
    assert set(RULE_STYLES) >= RULE_IDS


def test_no_two_rule_classes_share_a_mark() -> None:
    # Grammar slips are one class with one look (a blue wavy line); every other rule has its own.
    grammar = {check.id for check in GRAMMAR_CHECKS}
    marks = [
        (style.background, style.underline, style.line if style.underline else None)
        for rule, style in RULE_STYLES.items()
        if rule not in grammar
    ]
    assert len(set(marks)) == len(marks)
    grammar_marks = {(RULE_STYLES[rule].underline, RULE_STYLES[rule].line) for rule in grammar}
    assert len(grammar_marks) == 1
    assert grammar_marks.isdisjoint({(style[1], style[2]) for style in marks})


def test_rule_classes_that_used_to_share_a_colour_are_apart() -> None:
    for first, second in (
        ("adverb", "intensifier"),
        ("weasel", "hedge"),
        ("there_is", "so_start"),
        ("so_start", "repeated_start"),
    ):
        a, b = RULE_STYLES[first], RULE_STYLES[second]
        assert (a.background, a.underline, a.line) != (b.background, b.underline, b.line)


def test_the_keyphrase_is_not_a_background_like_hard_sentences() -> None:
    keyphrase = RULE_STYLES["keyphrase"]
    assert keyphrase.background is None
    assert keyphrase.underline
    assert RULE_STYLES["hard_sentence"].background


def test_the_spelling_wave_stands_out_on_every_sentence_tint() -> None:
    from app.ui.theme import rule_format
    from tests.ui.contrast import contrast

    for theme, page in (("light", "#ffffff"), ("dark", DARK_PAGE)):
        wave = rule_format("spelling", theme).underlineColor()
        for rule in ("very_hard_sentence", "hard_sentence", "passive", "intensifier", "simpler"):
            tint = rule_format(rule, theme).background().color()
            # WCAG's least contrast for a mark that is no text.
            assert contrast(wave, tint) >= 3.0, (theme, rule)
        assert contrast(wave, QColor(page)) >= 3.0, theme


def test_muted_text_is_readable_on_each_themes_cards() -> None:
    from tests.ui.contrast import contrast

    # The cards' backgrounds, as the themes' style sheets draw them.
    for theme, card in (("light", "#ffffff"), ("dark", "#2a2b2f")):
        assert contrast(QColor(muted_color(theme)), QColor(card)) >= 4.5, theme
