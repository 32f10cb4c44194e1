"""Tag name rules: Medium's length limit, normalised names, duplicates dropped."""

from __future__ import annotations

import pytest

from app.analysis.insights.tags.names import (
    TagTooLongError,
    check_tag_length,
    normalize_tag,
)
from app.analysis.insights.tags.verdict import reach_of


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  machine   learning ", "Machine Learning"),
        ("#productivity", "Productivity"),
        ("ux", "UX"),
        ("the art of war", "The Art of War"),
        ("iOS tips", "iOS Tips"),
        ("post-quantum keys", "Post-Quantum Keys"),  # each part of a hyphenated word
        ("state-of-the-art tools", "State-of-the-Art Tools"),
        ("web3 startups", "web3 Startups"),
        ("a very long tag that goes on and on forever", "A Very Long Tag That Goes"),
        ("   ", ""),
    ],
)
def test_normalize_tag(raw, expected):
    assert normalize_tag(raw) == expected


def test_a_typed_tag_longer_than_25_characters_is_refused():
    assert check_tag_length("  Machine   Learning ") == "Machine Learning"
    assert check_tag_length("x" * 25) == "x" * 25
    with pytest.raises(TagTooLongError, match="33 characters; Medium allows 25"):
        check_tag_length("Convolutional Neural Networks XYZ")


def test_a_language_named_with_symbols_is_its_own_medium_tag():
    assert normalize_tag("C#") == "C#"
    assert normalize_tag("#python") == "Python"
    assert reach_of("C++") == reach_of("cpp") != reach_of("C")
    assert reach_of("C#") == reach_of("csharp") != reach_of("C")
