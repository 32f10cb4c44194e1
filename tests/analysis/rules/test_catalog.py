"""The rule catalogue: what a writer reads about each rule agrees with what the rule does, and
the one place the editor, the sidebar and the checklist take rule names from."""

from __future__ import annotations

import re

from app.analysis.rules.catalog import RULES, RULES_BY_ID, rule_name
from app.analysis.rules.sentence_rules import is_very_hard
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS

# The thresholds each description quotes, in the order it quotes them.
QUOTED = {
    "very_hard_sentence": (
        "very_hard_long_words",
        "very_hard_long_grade",
    ),
    "hard_sentence": ("hard_sentence_min_words", "hard_grade"),
    "long_sentence": ("long_sentence_words",),
    "long_paragraph": ("paragraph_max_words",),
    "paragraph_sentences": ("paragraph_max_sentences", "paragraph_wall_min_words"),
    "long_section": ("section_max_words", "section_max_words_with_subheadings"),
}


def test_each_description_that_quotes_a_number_quotes_the_default_thresholds() -> None:
    for rule in RULES:
        quoted = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", rule.description)]
        expected = [float(getattr(DEFAULT_THRESHOLDS, name)) for name in QUOTED.get(rule.id, ())]
        assert quoted == expected, f"{rule.id}: {rule.description!r}"


def test_the_very_hard_description_names_the_sentences_the_rule_flags() -> None:
    description = RULES_BY_ID["very_hard_sentence"].description
    assert description == "40+ words at reading grade 12 or above"
    limits = DEFAULT_THRESHOLDS
    assert is_very_hard(40, 12.0, limits)
    assert not is_very_hard(40, 11.9, limits)
    assert not is_very_hard(39, 20.0, limits)


def test_a_rule_is_named_by_the_catalogue_and_an_unknown_id_still_reads_as_words() -> None:
    assert rule_name("hard_sentence") == next(r.name for r in RULES if r.id == "hard_sentence")
    assert rule_name("very_hard_sentence") != "very_hard_sentence"
    assert rule_name("made_up_rule") == "Made up rule"
