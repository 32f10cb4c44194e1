"""Weasel words and hedges."""

from __future__ import annotations

import pytest

from app.analysis.rules.style import find_hedges, find_weasels


def found(detector, text: str) -> list[str]:
    return [text[f.start : f.end] for f in detector(text)]


def test_weasel_words_and_unattributed_claims() -> None:
    text = (
        "Many people say it works. Studies show various gains. It is said that it is clearly fine."
    )
    assert found(find_weasels, text) == [
        "Many people",
        "Studies show",
        "various",
        "It is said",
        "clearly",
    ]


@pytest.mark.parametrize(
    "text", ["too many tabs", "How few remain?", "as many as ten", "a few days"]
)
def test_plain_quantities_are_not_weasels(text: str) -> None:
    assert find_weasels(text) == []


def test_few_and_many_alone_are_weasels() -> None:
    assert found(find_weasels, "Few people care and many leave.") == ["Few", "many"]


def test_weasel_inside_a_hyphenated_word_is_skipped() -> None:
    assert find_weasels("We tried few-shot prompts.") == []


def test_hedges() -> None:
    text = "I think it is perhaps sort of slow, maybe."
    assert found(find_hedges, text) == ["I think", "perhaps", "sort of", "maybe"]


@pytest.mark.parametrize(
    "text",
    [
        "It is a kind of tool.",
        "What sort of person does that?",
        "This is a strange kind of joke.",
        "I would rather walk.",
        "I'd rather walk.",
        "Walk rather than run.",
        "I feel sick.",
    ],
)
def test_noun_phrases_and_choices_are_not_hedges(text: str) -> None:
    assert find_hedges(text) == []


def test_hedge_with_curly_apostrophe() -> None:
    assert found(find_hedges, "I’d say it works.") == ["I’d say"]


def test_finding_fields() -> None:
    [weasel] = find_weasels("Experts say so.")
    assert weasel.rule == "weasel"
    assert weasel.suggestion
    [hedge] = find_hedges("Perhaps.")
    assert hedge.rule == "hedge"
    assert hedge.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "I did this many years ago.",
        "Over the last few months we grew.",
        "The first few times were slow.",
        "There were so many tabs.",
        "We rent a tiny server.",
        "I'm a huge fan of tests.",
        "It took several weeks.",
    ],
)
def test_plain_quantities_and_descriptions_are_not_weasels(text: str) -> None:
    assert found(find_weasels, text) == []


def test_vague_quantities_are_still_weasels() -> None:
    assert found(find_weasels, "Many developers agree.") == ["Many"]


@pytest.mark.parametrize(
    "text",
    [
        "It took quite a while.",
        "We found quite a few bugs.",
        "Write in a way that readers follow.",
        "This is what I think of as a draft.",
        "It changed how I think about state.",
        "I think about that box every day.",
    ],
)
def test_set_phrases_are_not_hedges(text: str) -> None:
    assert found(find_hedges, text) == []


def test_hedges_are_still_found() -> None:
    assert found(find_hedges, "It is quite good and I think it works.") == ["quite", "I think"]
