"""Adverbs ending in "-ly" and intensifiers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis.rules.style import find_adverbs, find_intensifiers


def words(findings, text: str) -> list[str]:
    return [text[finding.start : finding.end] for finding in findings]


def test_flags_ly_adverbs() -> None:
    text = "She ran quickly and spoke softly, then left abruptly."
    assert words(find_adverbs(text), text) == ["quickly", "softly", "abruptly"]


@pytest.mark.parametrize(
    "word",
    ["family", "only", "early", "reply", "supply", "belly", "ugly", "holy", "rally", "friendly"],
)
def test_listed_non_adverbs_are_left_alone(word: str) -> None:
    text = f"The {word} matters."
    assert find_adverbs(text) == []


def test_names_inside_a_sentence_are_left_alone() -> None:
    text = "We met Beverly and Kelly in Italy in July."
    assert find_adverbs(text) == []


def test_capitalised_adverb_at_sentence_start_is_flagged() -> None:
    text = "Sadly, it rained. Quietly we left."
    assert words(find_adverbs(text), text) == ["Sadly", "Quietly"]


def test_words_other_rules_report_are_not_adverbs_twice() -> None:
    text = "It is extremely clear, obviously, and frequently true."
    # "extremely" is an intensifier, "obviously" a weasel word, "frequently" has a simpler word.
    assert find_adverbs(text) == []


def test_hyphenated_compounds_are_skipped() -> None:
    assert find_adverbs("A newly-built house.") == []


def test_intensifiers() -> None:
    text = "This is very good and really, truly extremely fast."
    assert words(find_intensifiers(text), text) == ["very", "really", "truly", "extremely"]


def test_very_as_an_adjective_is_not_an_intensifier() -> None:
    text = "At the very first try, this very moment was a very good one."
    assert words(find_intensifiers(text), text) == ["very"]
    assert find_intensifiers(text)[0].start == text.rindex("very")


def test_intensifier_inside_a_name_is_left_alone() -> None:
    assert find_intensifiers("We watched the Super Bowl.") == []


def test_adverb_finding_fields() -> None:
    [finding] = find_adverbs("It moved slowly.")
    assert finding.rule == "adverb"
    assert '"slowly"' in finding.message
    assert finding.suggestion


@given(st.text(alphabet="aZé_9²½Ⅷ -'\nly", max_size=60))
def test_ly_ends_and_letters_before_match_the_regular_expressions(text: str) -> None:
    import re

    from app.analysis.rules.style.adverbs import _LY_END_RE, _letters_before, _ly_ends

    ends = [match.end() for match in _LY_END_RE.finditer(text)]
    assert _ly_ends(text) == ends
    for end in ends:
        match = re.compile(r"[^\W\d_]+$").search(text, max(0, end - 40), end)
        assert _letters_before(text, end) == (match.start() if match else end)


@pytest.mark.parametrize(
    "text",
    [
        "The page was replaced entirely.",  # after what it stresses: it means "fully"
        "We haven't really needed rules.",  # softens a negation on purpose
        "Neither of those options is very attractive.",  # the negation opens the clause
        "No one on the team was really sure.",
        "We work entirely through the issue tracker.",  # "only": it stresses no word after
        "Few know what software engineering really is.",  # "actually"
        "It may very well be true.",  # set phrase
        "Thank you very much.",
        "It prompts us to stop and think more deeply about the words we use.",  # graded
        "Liberal institutions take such articles seriously regardless of venue.",  # manner
        "It is unclear how seriously most institutions take them.",
        "They took the whole thing seriously enough to act.",
        "Some fly in and others may, literally, dial in.",  # set off by commas
        "At the present time, is it really worth it?",  # the doubt of the question
        "Portland is *very nearly* sold out.",  # set phrase
        "What people really wanted was a bike.",  # "truly", before a verb
        "The tutorial really helps new writers.",
        "We really want to help them all.",
    ],
)
def test_intensifiers_that_carry_meaning_are_left_alone(text: str) -> None:
    assert find_intensifiers(text) == []


def test_an_intensifier_before_an_adverb_is_a_redundant_pair() -> None:
    text = "She learned it very quickly."
    [finding] = find_intensifiers(text)
    assert words([finding], text) == ["very"]
    assert "redundant pair" in finding.message
    assert "very quickly" in finding.message


def test_an_intensifier_before_what_it_stresses_is_still_flagged() -> None:
    text = "We were seriously worried, and the editors were deeply involved."
    assert words(find_intensifiers(text), text) == ["seriously", "deeply"]
    text = "It is really important, really good and really serious."
    assert words(find_intensifiers(text), text) == ["really", "really", "really"]


def test_fillers_that_only_stress_are_intensifiers() -> None:
    text = "We definitely had to basically start over."
    assert words(find_intensifiers(text), text) == ["definitely", "basically"]


@pytest.mark.parametrize("word", ["hardly", "barely", "rarely", "usually", "mostly"])
def test_an_adverb_whose_cut_would_reverse_or_overstate_the_claim_is_left_alone(word) -> None:
    text = f"If they have a good answer, the walls {word} matter."
    assert find_adverbs(text) == []


def test_a_negation_in_an_earlier_clause_does_not_excuse_an_intensifier() -> None:
    [finding] = find_intensifiers("No, the plan was really simple.")
    assert finding.start == len("No, the plan was ")
