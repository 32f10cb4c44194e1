"""The counts readability formulas need, per sentence; documents add them up.

Counting once per sentence (and caching per block upstream) means a keystroke recounts one
block, while the document's figures are sums of block counts fed into the formulas.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from typing import NamedTuple

from app.analysis.text.compact import package_file
from app.analysis.text.syllables import syllable_count
from app.analysis.text.words import normalize
from app.analysis.text.words import words as find_words

_SUFFIXES = ("'s", "ies", "ied", "ing", "est", "es", "ed", "er", "ly", "s", "d")


@cache
def easy_words() -> frozenset[str]:
    """The Dale–Chall list of about 3,000 words familiar to fourth-graders (shipped by textstat)."""
    # Found without importing textstat (20 ms of imports the counts do not need).
    resource = package_file("textstat", "resources", "en", "easy_words.txt")
    with resource.open(encoding="utf-8") as handle:
        return frozenset(line.strip().lower() for line in handle if line.strip())


def is_familiar(word: str) -> bool:
    """Dale–Chall familiarity: on the list, or a regular inflection of a word on it."""
    familiar = easy_words()
    if word in familiar:
        return True
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            if stem in familiar or (suffix in ("ies", "ied") and stem + "y" in familiar):
                return True
            if suffix in ("ing", "ed", "er", "est") and (
                stem + "e" in familiar
                or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in familiar)
            ):
                return True
    return False


@dataclass(frozen=True, slots=True)
class TextCounts:
    """Additive counts over some prose. ``letters`` counts letters and digits."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    letters: int = 0
    polysyllables: int = 0
    complex_words: int = 0
    difficult_words: int = 0
    long_words: int = 0

    def __add__(self, other: TextCounts) -> TextCounts:
        return total((self, other))

    def to_dict(self) -> dict[str, int]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


def total(counts: Iterable[TextCounts]) -> TextCounts:
    """Sum of many counts, column by column."""
    columns = [0] * 8
    for item in counts:
        columns[0] += item.sentences
        columns[1] += item.words
        columns[2] += item.syllables
        columns[3] += item.letters
        columns[4] += item.polysyllables
        columns[5] += item.complex_words
        columns[6] += item.difficult_words
        columns[7] += item.long_words
    return TextCounts(*columns)


class WordFeatures(NamedTuple):
    """What one word form adds to a sentence's counts."""

    syllables: int
    letters: int
    polysyllable: int
    complex_word: int
    complex_lowercase: int  # complex and not capitalised: a capital inside a sentence is a name
    difficult: int
    long: int


# Distinct word forms in a writer's drafts number in the tens of thousands; the bound keeps a
# pasted dump of random tokens from growing the cache without limit. With the syllable cache
# below it, 200,000 forms held 67 MB; 65,536 hold about 24 MB.
@lru_cache(maxsize=65_536)
def word_features(word: str) -> WordFeatures:
    """The counts one word form contributes (cached per form)."""
    key = normalize(word)
    syllables = syllable_count(key)
    letters = sum(1 for char in word if char.isalnum())
    has_letters = any(char.isalpha() for char in key)
    polysyllable = syllables >= 3
    complex_word = (
        polysyllable
        and has_letters
        and "-" not in key
        and not (key.endswith(("es", "ed", "ing")) and syllables == 3)
    )
    return WordFeatures(
        syllables,
        letters,
        int(polysyllable),
        int(complex_word),
        int(complex_word and not word[0].isupper()),
        int(has_letters and not is_familiar(key)),
        int(letters > 6),
    )


_NO_WORDS = TextCounts()


def sentence_words_and_counts(sentence: str) -> tuple[list[str], TextCounts, str]:
    """The words of one sentence of prose (as ``words.words`` finds them), its counts, and its
    first word in lookup form ("" when it has none).

    Complex words (Gunning fog) have three or more syllables, not counting proper nouns
    (capitalised after the first word), hyphenated compounds, or an -es/-ed/-ing ending that
    adds the third syllable.
    """
    words = find_words(sentence)
    if not words:
        return words, _NO_WORDS, ""
    features = list(map(word_features, words))
    syllables, letters, polysyllables, _complex, lowercase_complex, difficult, long_words = map(
        sum, zip(*features, strict=True)
    )
    # The first word's capital does not make it a name: count it when it is complex at all.
    first = features[0]
    complex_words = lowercase_complex - first.complex_lowercase + first.complex_word
    counts = TextCounts(
        1,
        len(words),
        syllables,
        letters,
        polysyllables,
        complex_words,
        difficult,
        long_words,
    )
    return words, counts, normalize(words[0])
