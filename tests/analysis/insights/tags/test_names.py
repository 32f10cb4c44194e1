"""Tag name rules: Medium's length limit, normalised names, duplicates dropped."""

from __future__ import annotations

import pytest

from app.analysis.insights.tags.names import (
    TagNameError,
    check_tag_name,
    field_of,
    normalize_tag,
    same_tag,
    work_kind,
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
        # A phrase set in capitals, as headings are, in Title Case; its acronyms kept.
        ("HYPOTHESIS TESTING", "Hypothesis Testing"),
        ("AWS LAMBDA", "AWS Lambda"),
        ("TYPE II ERRORS", "Type II Errors"),
        ("AWS IAM", "AWS IAM"),
        ("a very long tag that goes on and on forever", "A Very Long Tag That Goes"),
        ("   ", ""),
    ],
)
def test_normalize_tag(raw, expected):
    assert normalize_tag(raw) == expected


def test_a_typed_tag_longer_than_25_characters_is_refused():
    assert check_tag_name("  Machine   Learning ") == "Machine Learning"
    assert check_tag_name("X" * 25) == "X" * 25
    with pytest.raises(TagNameError, match="33 characters; Medium allows 25"):
        check_tag_name("Convolutional Neural Networks XYZ")


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("🐍", "“🐍” cannot be a tag: Medium tags are words."),
        ("Python 🐍", "“Python 🐍”: Medium tags are words; leave out “🐍”."),
        ("Data ★ Science ★", "“Data ★ Science ★”: Medium tags are words; leave out “★”."),
    ],
)
def test_a_tag_with_emoji_or_symbols_is_refused_saying_what_to_leave_out(typed, message):
    with pytest.raises(TagNameError) as refused:
        check_tag_name(typed)
    assert str(refused.value) == message


@pytest.mark.parametrize(
    "typed",
    ["python", "JavaScript", "iOS", "C#", "C++", "Node.js", "A/B Testing", "Rock & Roll",
     "Don’t Panic", "web3", "हिंदी", "Café"],
)  # fmt: skip
def test_a_tag_of_letters_digits_and_a_tags_marks_is_kept_as_written(typed):
    assert check_tag_name(f"  {typed} ") == typed


def test_a_word_written_with_a_joiner_is_a_tag_but_an_emoji_sequence_is_not():
    assert check_tag_name("क्\u200dष") == "क्\u200dष"
    with pytest.raises(TagNameError, match="cannot be a tag"):
        check_tag_name("👩\u200d💻")


def test_a_tag_typed_with_combining_accents_is_composed():
    assert check_tag_name("Cafe\u0301") == "Café"


def test_a_language_named_with_symbols_is_its_own_medium_tag():
    assert normalize_tag("C#") == "C#"
    assert normalize_tag("#python") == "Python"
    assert reach_of("C++") == reach_of("cpp") != reach_of("C")
    assert reach_of("C#") == reach_of("csharp") != reach_of("C")


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Remote Team", "remote teams", True),
        ("Headlines", "Headline", True),
        ("Stories", "story", True),
        ("PYTHON", "Python", True),
        ("C#", "C", False),
        ("C++", "C", False),
        ("Go", "Golang", False),
        ("Remote Work", "Remote Working", False),
    ],
)
def test_one_tag_in_any_case_or_number(one: str, other: str, same: bool) -> None:
    assert same_tag(one, other) is same
    assert same_tag(other, one) is same


def test_a_doers_tag_has_its_field_when_far_more_readers_follow_it() -> None:
    assert field_of("product-manager").slug == "product-management"
    assert field_of("programmer").slug == "programming"
    assert field_of("software-developer").slug == "software-development"
    assert field_of("developer") is None  # Development: not five times the readers
    assert field_of("programming") is None  # a field already
    assert field_of("no-such-tag-here") is None


def test_one_kind_of_work_is_told_by_its_doer_or_activity_and_a_silent_e() -> None:
    assert work_kind(["product", "manager"]) == work_kind(["product", "management"])
    assert work_kind(["programmer"]) == work_kind(["programming"])
    assert work_kind(["design"]) != work_kind(["desk"])
