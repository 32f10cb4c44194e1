"""A consensus reading grade in plain language, against the genre's target.

The formulas themselves live in ``app.analysis.text.formulas``.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass

from app.analysis.text.counts import TextCounts
from app.analysis.text.formulas import (
    automated_readability_index,
    coleman_liau_index,
    dale_chall,
    dale_chall_grade,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    linsear_write,
    smog_index,
)

GRADE_LABELS = (
    (5.0, "Very easy", "a ten-year-old reads it without effort"),
    (7.0, "Easy", "conversational; most readers glide through it"),
    (9.0, "Plain English", "clear to most adults, the sweet spot for Medium"),
    (11.0, "Fairly hard", "readers need to concentrate"),
    (13.0, "Hard", "reads like a textbook; many readers will skim"),
    (math.inf, "Very hard", "academic; most readers give up"),
)

# The formulas run off their scales on odd text: a grade below 0 for a few short words, tens of
# thousands for a paste without a sentence end. Shown as they come they read as errors, so each
# is kept within what its scale means: no school grade below 0 or past the most years of
# schooling anyone reports, and Flesch reading ease within its published 0-100 scale.
GRADE_RANGE = (0.0, 25.0)
EASE_RANGE = (0.0, 100.0)
DALE_CHALL_RANGE = (0.0, 15.0)  # past 9.9 is already "college graduate"

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
    fre = _within(flesch_reading_ease(counts), EASE_RANGE)
    fkgl = _within(flesch_kincaid_grade(counts), GRADE_RANGE)
    fog = _within(gunning_fog(counts), GRADE_RANGE)
    smog = _within(smog_index(counts), GRADE_RANGE)
    cli = _within(coleman_liau_index(counts), GRADE_RANGE)
    ari = _within(automated_readability_index(counts), GRADE_RANGE)
    dale = _within(dale_chall(counts), DALE_CHALL_RANGE)
    linsear = _within(linsear_write(counts), GRADE_RANGE)
    if counts.words and counts.sentences:
        grades = (fkgl, fog, smog, cli, ari, dale_chall_grade(dale), linsear)
        grade = round(statistics.median(grades), 1)
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


def _within(value: float, bounds: tuple[float, float]) -> float:
    low, high = bounds
    return min(high, max(low, value))
