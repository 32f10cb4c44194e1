"""Passive voice: what counts, what does not, and where the span starts and ends."""

from __future__ import annotations

import pytest

from app.analysis.rules.findings import Severity
from app.analysis.rules.style import find_passive


def spans(sentence: str) -> list[str]:
    return [sentence[finding.start : finding.end] for finding in find_passive(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The script was killed", ["was killed"]),
        ("Our flight was scheduled for Monday.", ["was scheduled"]),
        ("Mistakes were made.", ["were made"]),
        ("The car was stolen last night.", ["was stolen"]),
        ("The letters were written by hand.", ["were written"]),
        ("The house had been built in 1900.", ["been built"]),
        ("The cake is being eaten.", ["is being eaten"]),
        ("He got fired on Monday.", ["got fired"]),
        ("Freelancers get paid late.", ["get paid"]),
        ("Getting hired took months.", ["Getting hired"]),
        ("Being chosen felt good.", ["Being chosen"]),
        ("It was quickly sold.", ["was quickly sold"]),
        ("The data was not encrypted.", ["was not encrypted"]),
        ("The data wasn't encrypted.", ["wasn't encrypted"]),
        ("The data wasn’t encrypted.", ["wasn’t encrypted"]),
        ("They are still being reviewed.", ["are still being reviewed"]),
        ("Drafts are sometimes rewritten twice.", ["are sometimes rewritten"]),
        ("The files were re-written by hand.", ["were re-written"]),
        ("Every entry should be cross-referenced.", ["be cross-referenced"]),
    ],
)
def test_finds_regular_and_irregular_passives(sentence: str, expected: list[str]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It's called a closure.", ["'s called"]),
        ("They're paid monthly.", ["'re paid"]),
        ("I'm told it works.", ["'m told"]),
        (
            "The function that’s created at runtime is called a closure.",
            ["’s created", "is called"],
        ),
        ("Something's lost.", ["'s lost"]),
        ("Who's been fired?", ["been fired"]),
        ("It's beautifully restored with care.", ["'s beautifully restored"]),
    ],
)
def test_contractions_of_be(sentence: str, expected: list[str]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It's taken three years to get here.",  # 's = has, with an object
        "She's written two books.",
        "It's been a long week.",
        "If it's written content, I'm in charge of it.",  # participle before a noun
        "John's stolen car is back.",  # possessive
        "Let's get started.",
        "I've got mixed feelings.",
        "He has got to go.",
        "Once nobody reads it, it’s failed.",  # 's = has: "fail" takes no object here
        "She's arrived early, and the price's risen.",
        "The company's failed launch taught us a lot.",
    ],
)
def test_has_contractions_and_possessives_are_not_passive(sentence: str) -> None:
    assert spans(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "I was excited.",
        "She is interested in history.",
        "We were tired after the trip.",
        "I'm genuinely satisfied with my work.",
        "I was so surprised by the result.",  # a degree word marks an adjective
        "I was super impressed by the building.",
        "We're stuck at home.",
        "Writers get stuck.",
        "Good women must get married to feel complete.",
        "I got dressed.",
        "You get used to it.",
        "We're so used to accepting it.",
        "You were used to it.",
        "I'm supposed to write.",
        "The company is based in Berlin.",
        "The office is located downtown.",
        "I'm probably involved in too many meetings.",
        "I was born in Ohio.",
        "My edits are done!",
        "It's never finished.",
        "Yesterday is gone.",
        "It was unused for a while.",  # un- + participle is an adjective
        "I was unprepared for it.",
        "This sentence is indeed active.",
        "My name is Fred.",
        "It was a hundred years old.",
        "The path was rugged.",
        "Everyone has got to pay the bills.",
        "It has gotten worse.",
        "The component gets the updated state.",
    ],
)
def test_adjectives_idioms_and_look_alikes_are_not_passive(sentence: str) -> None:
    assert spans(sentence) == []


def test_a_by_phrase_turns_a_feeling_into_a_passive() -> None:
    assert spans("I was surprised by the result.") == ["was surprised"]
    assert spans("We were overwhelmed by the ideas.") == ["were overwhelmed"]


def test_done_after_a_modal_is_a_passive() -> None:
    assert spans("It can be done.") == ["be done"]
    assert spans("Kneading should be done by hand.") == ["be done"]
    assert spans("It is done.") == []


def test_used_to_with_a_verb_is_a_passive() -> None:
    assert spans("They are used to control data.") == ["are used"]
    assert spans("I am used to the noise.") == []


def test_span_crosses_line_breaks_and_zero_width_non_joiners() -> None:
    assert spans("He was\njudged.") == ["was\njudged"]
    sentence = "The mixture was \u200cheated to 300°C."
    [finding] = find_passive(sentence)
    assert (finding.start, finding.end) == (12, 23)


def test_capitalised_text_still_matches() -> None:
    assert spans("DATA WAS STOLEN") == ["WAS STOLEN"]
    assert spans("Data Was Stolen") == ["Was Stolen"]


def test_offsets_survive_text_whose_lower_case_is_longer() -> None:
    # "İ" lower-cases to two characters; offsets must still point into the original string.
    sentence = "İstanbul was founded long ago."
    [finding] = find_passive(sentence)
    assert sentence[finding.start : finding.end] == "was founded"


def test_finding_says_what_and_how() -> None:
    [finding] = find_passive("The bug was fixed.")
    assert finding.rule == "passive"
    assert finding.severity is Severity.WARNING
    assert '"was fixed"' in finding.message
    assert "\n" not in finding.message
    assert "who acts" in finding.message.lower() or "who does" in finding.message.lower()
    assert finding.suggestion
    assert "subject" in finding.suggestion
    assert finding.replacements == ()


def test_several_passives_in_one_sentence_come_in_order() -> None:
    sentence = "The migration was paused, and the system was stabilized."
    found = find_passive(sentence)
    assert [sentence[f.start : f.end] for f in found] == ["was paused", "was stabilized"]
    assert found[0].start < found[1].start
