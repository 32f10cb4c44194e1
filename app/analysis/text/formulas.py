"""Readability formulas computed from counts.

Every formula takes a :class:`TextCounts`, so document scores come from summed block counts.
Definitions follow the published formulas; where textstat differs, the tests say how and why.
"""

from __future__ import annotations

import math

from app.analysis.text.counts import TextCounts


def flesch_reading_ease(c: TextCounts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words)


def flesch_kincaid_grade(c: TextCounts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59


def gunning_fog(c: TextCounts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    return 0.4 * (c.words / c.sentences + 100 * c.complex_words / c.words)


def smog_index(c: TextCounts) -> float:
    if not c.sentences:
        return 0.0
    return 1.043 * math.sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def coleman_liau_index(c: TextCounts) -> float:
    if not c.words:
        return 0.0
    letters_per_100 = 100 * c.letters / c.words
    sentences_per_100 = 100 * c.sentences / c.words
    return 0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8


def automated_readability_index(c: TextCounts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    return 4.71 * (c.letters / c.words) + 0.5 * (c.words / c.sentences) - 21.43


def dale_chall(c: TextCounts) -> float:
    if not c.words or not c.sentences:
        return 0.0
    difficult_percent = 100 * c.difficult_words / c.words
    score = 0.1579 * difficult_percent + 0.0496 * (c.words / c.sentences)
    if difficult_percent > 5:
        score += 3.6365
    return score


def dale_chall_grade(score: float) -> float:
    """The grade band a Dale–Chall score stands for (its published table), as a number."""
    bands = ((4.9, 4.0), (5.9, 5.5), (6.9, 7.5), (7.9, 9.5), (8.9, 11.5), (9.9, 14.0))
    for upper, grade in bands:
        if score <= upper:
            return grade
    return 16.0


def linsear_write(c: TextCounts) -> float:
    """Linsear Write over the whole text (easy words count 1, three-syllable words 3)."""
    if not c.sentences:
        return 0.0
    easy = c.words - c.polysyllables
    provisional = (easy + 3 * c.polysyllables) / c.sentences
    return provisional / 2 if provisional > 20 else (provisional - 2) / 2


def sentence_grade(counts: TextCounts) -> float:
    """Automated Readability Index of one sentence: the grade the hard-sentence rule uses."""
    return automated_readability_index(counts)
