"""Hyphenation points from the compact patterns equal Pyphen's."""

from __future__ import annotations

import pyphen
import pytest

from app.analysis.text.hyphenation import PATTERNS, hyphenation_points
from app.analysis.text.offline_data import syllable_dictionary

AWKWARD = [
    "",
    "a",
    "ab",
    "hyphenation",
    "Kubernetes",
    "JavaScript",
    "supercalifragilisticexpialidocious",
    "İstanbul",  # lower-casing lengthens it by one character
    "naïveté",
    "co-operate",
    "x" * 40,
    "rhythms",
    "ĂĄĂĄĂĄĂĄ",
]


def test_awkward_words_match_pyphen() -> None:
    reference = pyphen.Pyphen(lang="en_US")
    for word in AWKWARD:
        assert hyphenation_points(word) == reference.positions(word), word


def test_the_pattern_table_equals_its_derivation() -> None:
    assert PATTERNS.load() == PATTERNS.build()


@pytest.mark.slow
def test_every_cmudict_word_matches_pyphen() -> None:
    reference = pyphen.Pyphen(lang="en_US", cache=False)
    words = sorted(syllable_dictionary())
    mismatches = [w for w in words if hyphenation_points(w) != reference.positions(w)]
    assert len(words) > 100_000
    assert mismatches == []
