"""The counts readability formulas need, per sentence; documents add them up.

Counting once per sentence (and caching per block upstream) means a keystroke recounts one
block, while the document's figures are sums of block counts fed into the formulas.
"""

from __future__ import annotations

import importlib.resources
from dataclasses import dataclass, fields
from functools import cache

from app.analysis.records import fast_constructor, pickled_as_fields
from app.analysis.syllables import syllable_count
from app.analysis.words import normalize
from app.analysis.words import words as find_words

_SUFFIXES = ("'s", "ies", "ied", "ing", "est", "es", "ed", "er", "ly", "s", "d")


@cache
def easy_words() -> frozenset[str]:
    """The Dale–Chall list of about 3,000 words familiar to fourth-graders (shipped by textstat)."""
    resource = importlib.resources.files("textstat").joinpath("resources/en/easy_words.txt")
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


@pickled_as_fields
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
        return _build(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
            self.letters + other.letters,
            self.polysyllables + other.polysyllables,
            self.complex_words + other.complex_words,
            self.difficult_words + other.difficult_words,
            self.long_words + other.long_words,
        )

    def to_dict(self) -> dict[str, int]:
        return {field.name: getattr(self, field.name) for field in fields(self)}


# Counts are built per sentence, block and chunk; this skips the frozen __init__.
_build = fast_constructor(TextCounts)


def total(counts: list[TextCounts] | tuple[TextCounts, ...]) -> TextCounts:
    """Sum of many counts (faster than ``sum`` with ``__add__`` for long lists)."""
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
    return _build(*columns)


# Per word form, its seven counts packed into one integer, each in its own 48-bit field:
# syllables, letters, polysyllable, complex word, complex word that is not capitalised,
# difficult, long. Adding packed integers adds every field at once, so a sentence's counts
# come from one ``sum`` in C instead of a Python loop per word. No field can carry into the
# next: a sentence would need trillions of characters.
_FIELD_BITS = 48
_FIELD_MASK = (1 << _FIELD_BITS) - 1
_packed_cache: dict[str, int] = {}
_features_cache: dict[str, tuple[int, ...]] = {}


def _word_features(word: str) -> tuple[int, ...]:
    """The seven counts of one word form (cached)."""
    features = _features_cache.get(word)
    if features is not None:
        return features
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
    features = (
        syllables,
        letters,
        int(polysyllable),
        int(complex_word),
        int(complex_word and not word[0].isupper()),
        int(has_letters and not is_familiar(key)),
        int(letters > 6),
    )
    # A benign race: every thread computes the same values.
    _packed_cache[word] = sum(value << (_FIELD_BITS * i) for i, value in enumerate(features))
    _features_cache[word] = features
    return features


def _packed(word: str) -> int:
    packed = _packed_cache.get(word)
    if packed is None:
        _word_features(word)
        packed = _packed_cache[word]
    return packed


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
    try:
        packed = sum(map(_packed_cache.__getitem__, words))
    except KeyError:  # a word seen for the first time
        packed = sum(map(_packed, words))
    mask, bits = _FIELD_MASK, _FIELD_BITS
    # The first word's capital does not make it a name: count it when it is complex at all.
    first = _word_features(words[0])
    complex_words = ((packed >> 4 * bits) & mask) - first[4] + first[3]
    counts = _build(
        1,
        len(words),
        packed & mask,
        (packed >> bits) & mask,
        (packed >> 2 * bits) & mask,
        complex_words,
        (packed >> 5 * bits) & mask,
        (packed >> 6 * bits) & mask,
    )
    return words, counts, normalize(words[0])
