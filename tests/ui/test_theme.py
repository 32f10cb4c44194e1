"""Every rule has its own mark; the keyphrase never looks like a hard sentence."""

from __future__ import annotations

from app.analysis.rules.catalog import RULE_IDS
from app.ui.theme import RULE_STYLES


def test_every_rule_has_a_style() -> None:
    assert set(RULE_STYLES) >= RULE_IDS


def test_no_two_rules_share_a_mark() -> None:
    marks = [
        (style.background, style.underline, style.line if style.underline else None)
        for style in RULE_STYLES.values()
    ]
    assert len(set(marks)) == len(marks)


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
