"""Readability formulas on known counts, and the consensus grade."""

from __future__ import annotations

import pytest

from app.analysis.insights.readability import (
    GENRE_TARGETS,
    automated_readability_index,
    coleman_liau_index,
    dale_chall,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gunning_fog,
    linsear_write,
    readability,
    smog_index,
)
from app.analysis.text.counts import TextCounts


def test_flesch_reading_ease_on_known_counts() -> None:
    counts = TextCounts(sentences=1, words=16, syllables=22)
    assert flesch_reading_ease(counts) == pytest.approx(74.27, abs=0.005)


def test_flesch_kincaid_grade_on_known_counts() -> None:
    counts = TextCounts(sentences=1, words=13, syllables=26)
    assert flesch_kincaid_grade(counts) == pytest.approx(13.08, abs=0.005)


def test_smog_on_known_counts() -> None:
    counts = TextCounts(sentences=1, words=10, polysyllables=4)
    assert smog_index(counts) == pytest.approx(14.554593, abs=1e-6)


def test_dale_chall_on_known_counts() -> None:
    counts = TextCounts(sentences=2, words=30, difficult_words=6)
    assert dale_chall(counts) == pytest.approx(7.5385, abs=1e-4)


def test_dale_chall_adds_the_adjustment_only_above_five_percent() -> None:
    easy = TextCounts(sentences=1, words=100, difficult_words=5)
    assert dale_chall(easy) == pytest.approx(0.1579 * 5 + 0.0496 * 100)


def test_coleman_liau_uses_the_standard_constant() -> None:
    counts = TextCounts(sentences=5, words=119, letters=639)
    assert coleman_liau_index(counts) == pytest.approx(14.53, abs=0.005)


def test_gunning_fog_and_ari_and_linsear() -> None:
    counts = TextCounts(sentences=2, words=20, letters=100, complex_words=2, polysyllables=2)
    assert gunning_fog(counts) == pytest.approx(0.4 * (10 + 10))
    assert automated_readability_index(counts) == pytest.approx(4.71 * 5 + 0.5 * 10 - 21.43)
    # (18 easy + 3 * 2 hard) / 2 sentences = 12 -> (12 - 2) / 2
    assert linsear_write(counts) == pytest.approx(5.0)


def test_empty_text_scores_zero_not_errors() -> None:
    result = readability(TextCounts())
    assert result.grade == 0.0
    assert result.flesch_reading_ease == 0.0


def test_consensus_grade_has_a_label_and_the_genre_target() -> None:
    counts = TextCounts(sentences=10, words=150, syllables=200, letters=650, polysyllables=8)
    result = readability(counts, "how-to")
    assert result.target == GENRE_TARGETS["how-to"]
    assert result.label
    assert result.meaning
    assert 0 < result.grade < 20


def test_unknown_genre_falls_back_to_the_default() -> None:
    assert readability(TextCounts(), "poetry").genre == "essay"


def test_every_figure_stays_on_its_scale_whatever_the_text() -> None:
    """A paste without a sentence end, and three short words, stay on the scales readers know."""
    endless = readability(TextCounts(sentences=1, words=90_000, syllables=130_000, letters=400_000))
    tiny = readability(TextCounts(sentences=3, words=3, syllables=3, letters=6))
    for result in (endless, tiny):
        grades = (
            result.flesch_kincaid_grade,
            result.gunning_fog,
            result.smog_index,
            result.coleman_liau_index,
            result.automated_readability_index,
            result.linsear_write,
            result.grade,
        )
        assert all(0.0 <= grade <= 25.0 for grade in grades)
        assert 0.0 <= result.flesch_reading_ease <= 100.0
        assert 0.0 <= result.dale_chall <= 15.0
    assert (endless.grade, endless.label) == (25.0, "Very hard")
    assert (tiny.grade, tiny.label) == (0.0, "Very easy")
