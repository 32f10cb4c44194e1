"""Readability formulas computed from counts, and a consensus grade in plain language.

Every formula takes a :class:`TextCounts`, so document scores come from summed block counts.
Definitions follow the published formulas; where textstat differs, the tests say how and why.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass

from app.analysis.counts import TextCounts


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


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


GRADE_LABELS = (
    (5.0, "Very easy", "a ten-year-old reads it without effort"),
    (7.0, "Easy", "conversational; most readers glide through it"),
    (9.0, "Plain English", "clear to most adults, the sweet spot for Medium"),
    (11.0, "Fairly hard", "readers need to concentrate"),
    (13.0, "Hard", "reads like a textbook; many readers will skim"),
    (math.inf, "Very hard", "academic; most readers give up"),
)

# Grade targets per genre: how-to and stories reward the plainest prose.
GENRE_TARGETS = {"how-to": 8.0, "essay": 10.0, "story": 7.0, "news": 9.0}
DEFAULT_GENRE = "essay"


def grade_label(grade: float) -> tuple[str, str]:
    """A short label and a one-line explanation for a US school grade."""
    for upper, label, meaning in GRADE_LABELS:
        if grade < upper:
            return label, meaning
    return GRADE_LABELS[-1][1], GRADE_LABELS[-1][2]


@dataclass(frozen=True, slots=True)
class Readability:
    """All formulas for one text, plus the consensus grade against the genre's target."""

    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall: float
    linsear_write: float
    grade: float
    label: str
    meaning: str
    genre: str
    target: float

    @property
    def on_target(self) -> bool:
        return self.grade <= self.target

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["on_target"] = self.on_target
        return data


def readability(counts: TextCounts, genre: str = DEFAULT_GENRE) -> Readability:
    """Every formula for ``counts``; the consensus grade is the median of the grade formulas."""
    fre = flesch_reading_ease(counts)
    fkgl = flesch_kincaid_grade(counts)
    fog = gunning_fog(counts)
    smog = smog_index(counts)
    cli = coleman_liau_index(counts)
    ari = automated_readability_index(counts)
    dale = dale_chall(counts)
    linsear = linsear_write(counts)
    if counts.words and counts.sentences:
        grades = (fkgl, fog, smog, cli, ari, dale_chall_grade(dale), linsear)
        grade = max(0.0, round(statistics.median(grades), 1))
    else:
        grade = 0.0
    label, meaning = grade_label(grade)
    genre = genre if genre in GENRE_TARGETS else DEFAULT_GENRE
    return Readability(
        round(fre, 2),
        round(fkgl, 2),
        round(fog, 2),
        round(smog, 2),
        round(cli, 2),
        round(ari, 2),
        round(dale, 2),
        round(linsear, 2),
        grade,
        label,
        meaning,
        genre,
        GENRE_TARGETS[genre],
    )


def sentence_grade(counts: TextCounts) -> float:
    """Automated Readability Index of one sentence: the grade the hard-sentence rule uses."""
    return automated_readability_index(counts)
