"""Hard sentences need two signals, and the message names the band the sentence is in; a
paragraph is a wall of text when it is long on a phone, not merely of many sentences."""

from __future__ import annotations

import re

import pytest

from app.analysis.engine.analyzer import analyze
from app.analysis.rules.sentence_rules import sentence_findings
from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS
from app.analysis.text.counts import sentence_words_and_counts
from app.analysis.text.formulas import sentence_grade


def _rate(sentence: str) -> tuple[list[str], float, int]:
    _words, counts, _first = sentence_words_and_counts(sentence)
    findings = sentence_findings(0, len(sentence), counts, DEFAULT_THRESHOLDS)
    return [f.rule for f in findings], sentence_grade(counts), counts.words


def test_a_short_sentence_of_long_words_is_not_shaded() -> None:
    sentence = "Organisational transformation requires considerable institutional commitment."
    rules, grade, words = _rate(sentence)
    assert grade >= 15
    assert words < 20
    assert rules == []


def test_an_easy_twenty_word_sentence_is_at_most_long() -> None:
    sentence = (
        "We went to the shop and we bought some bread and some milk and then we went home "
        "for hot tea."
    )
    rules, grade, _words = _rate(sentence)
    assert grade < 10
    assert rules == ["long_sentence"]


def test_long_and_dense_is_very_hard_and_says_why() -> None:
    sentence = (
        "Preparation of the non-physical workspace may include establishing a shared file "
        "storage, ideally with version control and accessible web viewing, open to all "
        "participants, such as those offered by a shared code repository, and a calendar "
        "of sessions that everybody can consult."
    )
    _words, counts, _first = sentence_words_and_counts(sentence)
    [finding] = sentence_findings(0, len(sentence), counts, DEFAULT_THRESHOLDS)
    assert finding.rule == "very_hard_sentence"
    assert "long words" in finding.message


@pytest.mark.parametrize(
    "sentence",
    [
        "The team will learn by doing, and if they have prepared the customers and made a "
        "good space, the team will learn from its failures and enjoy its successes.",
        "It is important that you coach your customers ahead of time about the pivot, so that "
        "they can communicate the new requirement to your teams.",
        "Good documentation helps the people who work together in large organisations to "
        "understand what their colleagues are building and why they chose it.",
    ],
)
def test_the_grade_in_the_message_lies_in_the_band(sentence: str) -> None:
    _words, counts, _first = sentence_words_and_counts(sentence)
    findings = sentence_findings(0, len(sentence), counts, DEFAULT_THRESHOLDS)
    assert findings
    for finding in findings:
        shown = int(re.search(r"grade (\d+)", finding.message).group(1))
        grade = sentence_grade(counts)
        assert shown <= grade < shown + 1
        if finding.rule == "hard_sentence":
            assert shown >= DEFAULT_THRESHOLDS.hard_grade


def test_a_long_sentence_of_short_words_is_not_blamed_on_long_words() -> None:
    sentence = (
        "We got up at six and we ran to the park and we sat on a bench and we ate an apple and "
        "we saw a dog run by and then we went back home and had a nap and a cup of tea."
    )
    _words, counts, _first = sentence_words_and_counts(sentence)
    [finding] = sentence_findings(0, len(sentence), counts, DEFAULT_THRESHOLDS)
    assert finding.rule == "very_hard_sentence"
    assert counts.letters / counts.words < DEFAULT_THRESHOLDS.long_words_letters
    assert "long words" not in finding.message
    assert finding.message == "Very hard to read: 44 words, more than a reader holds at once."


def test_a_grade_beyond_college_is_said_in_words() -> None:
    sentence = " ".join(["and then the quiet afternoon continued"] * 12) + "."
    _words, counts, _first = sentence_words_and_counts(sentence)
    assert sentence_grade(counts) > 25
    [finding] = sentence_findings(0, len(sentence), counts, DEFAULT_THRESHOLDS)
    assert "far above college reading level" in finding.message
    assert re.search(r"grade \d", finding.message) is None


def _paragraph_rules(paragraph: str) -> list[str]:
    rules = ("paragraph_sentences", "long_paragraph")
    return [f.rule for f in analyze(paragraph + "\n").findings if f.rule in rules]


def test_five_short_sentences_are_no_wall_of_text() -> None:
    paragraph = (
        "I woke up. The coffee was cold. My inbox was full of small requests. "
        "I closed it and wrote instead. By noon the draft was done."
    )
    assert len(paragraph.split()) == 26
    assert _paragraph_rules(paragraph) == []


def test_six_short_questions_in_seventy_words_are_no_wall_of_text() -> None:
    paragraph = (
        "The first step is to know and understand to whom you are communicating. What are "
        "their hopes and fears? How does what you have to tell them impact their lives, and "
        "what questions might they have? How much do they already know? How often do they "
        "want to hear from you, and in what venues? What has worked in the past, and what has "
        "not? How can your agency support them?"
    )
    assert len(paragraph.split()) == 71
    assert _paragraph_rules(paragraph) == []


def test_many_sentences_that_fill_most_of_a_phone_screen_are_a_wall() -> None:
    sentence = "The team met every morning to review the plan and decide what to ship next. "
    paragraph = (sentence * 9).strip()  # 9 sentences, 135 words
    assert _paragraph_rules(paragraph) == ["paragraph_sentences"]
    assert _paragraph_rules((sentence * 7).strip()) == []  # 105 words read at a glance
    assert _paragraph_rules((sentence * 11).strip()) == ["long_paragraph"]  # 165 words


def test_six_sentences_filling_a_phone_screen_read_as_one_thought_not_a_wall() -> None:
    sentence = (
        "The team met every morning in the small room upstairs to review the plan and decide "
        "what to ship next. "
    )
    assert len((sentence * 6).split()) == 120
    assert _paragraph_rules((sentence * 6).strip()) == []
    assert _paragraph_rules((sentence * 7).strip()) == ["paragraph_sentences"]  # 140 words
