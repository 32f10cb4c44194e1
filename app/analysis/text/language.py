"""Whether words are English, told by their share of English grammar words ("the", "of",
"and"): English prose runs at 0.3 to 0.5 of them, French, Spanish or German near none. The
checks of spelling, grammar and style are English; a paragraph in another language gets none
of them rather than a flag on every word."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from app.resources import word_list

#: Share of grammar words from which words read as English, judged on at least
#: ``LANGUAGE_MIN_WORDS`` words: fewer say too little, and count as English.
ENGLISH_MIN_GRAMMAR_SHARE = 0.15
LANGUAGE_MIN_WORDS = 20


@cache
def english_grammar_words() -> frozenset[str]:
    return word_list("keywords", "function_words.txt")


def reads_english(words: Iterable[str]) -> bool:
    """Whether ``words`` (any case) are English; too few to tell count as English."""
    grammar = english_grammar_words()
    total = found = 0
    for word in words:
        total += 1
        found += word.lower() in grammar
    return total < LANGUAGE_MIN_WORDS or found / total >= ENGLISH_MIN_GRAMMAR_SHARE
