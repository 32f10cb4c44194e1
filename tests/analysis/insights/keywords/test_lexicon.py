"""The word lists the key phrases and tags rely on."""

from __future__ import annotations

from app.analysis.insights.keywords.lexicon import function_words, other_grammar_words


def test_other_languages_grammar_words_leave_english_ones_to_english():
    others = other_grammar_words()
    assert {"der", "und", "la", "que", "van", "yang"} <= others
    assert not {"the", "and", "of"} & others
    assert "the" in function_words()
