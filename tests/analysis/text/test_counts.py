"""Sentence counts: the packed column sums must equal a plain count word by word."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis.text.counts import TextCounts, is_familiar, sentence_words_and_counts
from app.analysis.text.syllables import syllable_count
from app.analysis.text.words import WORD_RE, normalize


def reference_counts(sentence: str) -> TextCounts:
    """The counts of one sentence, one word at a time."""
    totals = [0] * 8
    for index, word in enumerate(WORD_RE.findall(sentence)):
        key = normalize(word)
        syllables = syllable_count(key)
        letters = sum(1 for char in word if char.isalnum())
        has_letters = any(char.isalpha() for char in key)
        complex_word = (
            syllables >= 3
            and has_letters
            and "-" not in key
            and not (key.endswith(("es", "ed", "ing")) and syllables == 3)
            and not (index and word[0].isupper())  # a name inside the sentence
        )
        totals[0] = 1
        totals[1] += 1
        totals[2] += syllables
        totals[3] += letters
        totals[4] += syllables >= 3
        totals[5] += complex_word
        totals[6] += has_letters and not is_familiar(key)
        totals[7] += letters > 6
    return TextCounts(*totals)


WORDS = st.sampled_from(
    [
        "The", "writer", "Beautiful", "beautiful", "organization", "Organization", "e-mail",
        "well-known", "created", "Abracadabra", "x", "3.5", "2024", "don't", "Writers’",
        "unbelievably", "Ünïversität", "naïve", "antidisestablishmentarianism", "A", "I",
        "supercalifragilisticexpialidociousnessandmoreletters", "4th", "__", ".", ",", "—",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(WORDS, max_size=30).map(" ".join))
def test_sentence_counts_equal_a_word_by_word_count(sentence: str) -> None:
    assert sentence_words_and_counts(sentence)[1] == reference_counts(sentence)


def test_first_word_is_given_in_lookup_form() -> None:
    words, counts, first = sentence_words_and_counts("“Don’t” stop now.")
    assert (counts, first) == (reference_counts("“Don’t” stop now."), "don't")
    assert words == ["Don’t", "stop", "now"]
    assert sentence_words_and_counts("... !") == ([], TextCounts(), "")
