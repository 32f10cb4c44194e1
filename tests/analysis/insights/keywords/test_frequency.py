"""Zipf frequencies from the compact table equal wordfreq's own."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from app.analysis.insights.keywords.frequency import FREQUENCIES, UNSEEN_ZIPF, zipf


def test_common_and_unseen_words() -> None:
    assert zipf("the") > 7
    assert zipf("The") == zipf("the")
    assert zipf("qzxqzxqzx") == UNSEEN_ZIPF
    assert zipf("") == UNSEEN_ZIPF


@pytest.mark.parametrize("word", ["the", "javascript", "writing", "kubernetes", "habit"])
def test_agrees_with_wordfreq(word: str) -> None:
    # wordfreq rounds to two decimals; the table keeps the full value.
    assert zipf(word) == pytest.approx(zipf_frequency(word, "en"), abs=0.01)


@pytest.mark.slow
def test_the_table_equals_its_derivation() -> None:
    assert FREQUENCIES.load() == FREQUENCIES.build()
