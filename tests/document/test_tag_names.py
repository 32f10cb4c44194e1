"""Tag names as Medium takes them: hashtag marks dropped, the rest as the writer wrote it."""

from __future__ import annotations

import pytest

from app.document.tag_names import clean_tag, tags_in


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


@pytest.mark.parametrize(
    ("entry", "tags"),
    [
        ("Writing, Editing", ["Writing", "Editing"]),
        ("#writing #editing", ["writing", "editing"]),
        ("#Gardening,#Grief,#Family", ["Gardening", "Grief", "Family"]),
        ("C# tips", ["C# tips"]),  # a mark inside a name starts no tag
        ("# python", ["python"]),
        (" , ", []),
    ],
)
def test_a_list_of_tags_splits_at_commas_and_hashtags(entry: str, tags: list[str]) -> None:
    assert tags_in(entry) == tags
