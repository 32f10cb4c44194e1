"""The word lists the key phrases and tags rely on."""

from __future__ import annotations

from app.analysis.insights.keywords.lexicon import (
    function_words,
    is_person_name,
    other_grammar_words,
    stopwords,
)


def test_other_languages_grammar_words_leave_english_ones_to_english():
    others = other_grammar_words()
    assert {"der", "und", "la", "que", "van", "yang"} <= others
    assert not {"the", "and", "of"} & others
    assert "the" in function_words()


def test_a_first_name_is_a_person_with_a_capital_or_when_english_rarely_uses_the_word():
    assert is_person_name("Annalee")
    assert is_person_name("Dmitri")  # from Faker's locales
    assert is_person_name("Chinedu")
    assert is_person_name("dmitri")  # lower-cased at a sentence start, still nobody's word
    assert is_person_name("Rose")
    assert not is_person_name("rose")  # a flower
    assert not is_person_name("Kubernetes")


def test_every_grammar_word_is_a_stopword_of_key_phrases():
    """Both lists hold the grammar words, prepositions among them ("behind", "inside"): a
    phrase that may not start or end on one may not hold one either."""
    assert function_words() <= stopwords()
    assert {"behind", "across", "despite", "inside"} <= function_words()
