"""Tag names as Medium takes them: hashtag marks dropped, the rest as the writer wrote it."""

from __future__ import annotations

import pytest

from app.document.tag_names import clean_tag


@pytest.mark.parametrize(
    ("typed", "tag"),
    [
        ("#python", "python"),
        ("##Python", "Python"),
        ("# python ", "python"),
        ("#machine #learning", "machine learning"),
        ("#C#", "C#"),
        ("F#", "F#"),
        ("C++", "C++"),
        ("  Remote   Work, ", "Remote Work"),
        ("#", ""),
    ],
)
def test_clean_tag(typed: str, tag: str) -> None:
    assert clean_tag(typed) == tag
