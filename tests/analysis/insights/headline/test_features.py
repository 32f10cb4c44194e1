"""Headline features on headlines whose answers can be counted by hand."""

import math

import pytest

from app.analysis.insights.headline.features import (
    SEARCH_RESULT_CHARACTERS,
    SIGNAL_NAMES,
    capitalisation_style,
    extract_features,
)
from app.analysis.insights.headline.kinds import HeadlineType, headline_type


def test_length_and_search_fit():
    text = "7 Lessons From a Year of Remote Work"
    features = extract_features(text)
    assert features.characters == len(text) == 36
    assert features.words == 8
    assert features.fits_search_result
    long_text = "A " + "very " * 20 + "long headline"
    assert len(long_text) > SEARCH_RESULT_CHARACTERS
    assert not extract_features(long_text).fits_search_result


def test_whitespace_is_collapsed_before_counting():
    features = extract_features("  Remote   work\n lessons ")
    assert features.text == "Remote work lessons"
    assert features.characters == 19


def test_word_balance_uses_lists_and_frequency():
    features = extract_features("The Terrifying Secret of Brilliant Zygomorphic Orchids")
    assert features.emotional_words == ("terrifying", "brilliant")
    assert features.power_words == ("secret",)
    assert features.emotional_share == pytest.approx(2 / 7)
    assert features.power_share == pytest.approx(1 / 7)
    # "the", "of" and "secret" are among the 1,000 most frequent words in pyspellchecker's
    # list; "zygomorphic" is not among the 20,000 most frequent.
    assert features.common_share == pytest.approx(3 / 7)
    assert features.rare_share == pytest.approx(1 / 7)
    shares = features.common_share + features.uncommon_share + features.rare_share
    assert shares == pytest.approx(1.0)


def test_sentiment_sign_and_strength():
    happy = extract_features("A Wonderful, Joyful Day at the Beach")
    sad = extract_features("A Horrible, Tragic Day at the Beach")
    assert happy.sentiment > 0.5
    assert sad.sentiment < -0.5
    assert happy.sentiment_strength == pytest.approx(abs(happy.sentiment))
    assert extract_features("Tables and Chairs").sentiment_strength == 0.0


def test_numbers_second_person_and_question():
    features = extract_features("Can You Save $500 in 30 Days? Ten Tips")
    assert features.numbers == ("$500", "30", "ten")
    assert features.second_person
    assert not features.ends_with_question
    assert features.signals["question_mark"] == 1.0
    assert extract_features("Is Remote Work Worth It?").ends_with_question


@pytest.mark.parametrize(
    ("headline", "numbers"),
    [
        ("Migrating Our Cluster to ARM64", ()),
        ("Why MP3 Players Died", ()),
        ("COVID-19 Data, Explained", ()),
        ("What GPT-4 Gets Wrong", ()),
        ("Why COVID‑19 Changed Work", ()),  # a non-breaking hyphen
        ("My Top-10 Books of the Year", ("10",)),
        ("A Day-1 Checklist", ("1",)),
        ("Make $4K a Month by 5pm", ("$4", "5")),
        ("The World in 2.5 Minutes", ("2.5",)),
        ("A 3D Printer for 2024", ("3", "2024")),
    ],
)
def test_the_digits_of_a_name_are_no_number(headline: str, numbers: tuple[str, ...]) -> None:
    """A reader counts "10 Tips" as a promise, not the digits in "ARM64"."""
    features = extract_features(headline)
    assert features.numbers == numbers
    assert features.signals["number"] == float(bool(numbers))


def test_skimmability_of_first_and_last_words():
    strong = extract_features("Remote Work Burnout Is Real, Say Nurses Everywhere")
    assert strong.first_words_meaningful
    assert strong.last_words_meaningful
    weak = extract_features("It Is What It Is and That Is That")
    assert not weak.first_words_meaningful
    assert not weak.last_words_meaningful


@pytest.mark.parametrize(
    ("keyphrase", "present", "position"),
    [
        ("remote work", True, "start"),
        ("Remote Works", True, "start"),  # a plural -s is forgiven
        ("focus", True, "end"),
        ("everything", True, "middle"),
        ("python", False, None),
        (None, None, None),
        ("   ", None, None),
    ],
)
def test_keyphrase_presence_and_position(keyphrase, present, position):
    features = extract_features("Remote Work Taught Me Everything About Focus", keyphrase)
    assert features.keyphrase_present is present
    assert features.keyphrase_position == position


def test_reading_grade_rises_with_long_words():
    easy = extract_features("The Cat Sat on the Mat")
    hard = extract_features(
        "Organizational Interdependencies Necessitate Comprehensive Reconsideration"
    )
    assert easy.reading_grade < 2
    assert hard.reading_grade > 15


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("How I Learned to Love the Command Line", "title case"),
        ("How I learned to love the command line", "sentence case"),
        ("How I learned to love Python and Linux", "sentence case"),
        ("HOW I LEARNED TO LOVE THE COMMAND LINE", "all caps"),
        ("how i learned to love the command line", "lower case"),
    ],
)
def test_capitalisation(text, style):
    assert extract_features(text).capitalisation == style


def test_capitalisation_without_letters():
    assert capitalisation_style(["2024"]) == "mixed"


def test_signals_cover_every_model_input():
    features = extract_features("She Quit Her Job at 52. What Happened Next Surprised Everyone!")
    assert set(features.signals) == set(SIGNAL_NAMES)
    assert all(math.isfinite(value) for value in features.signals.values())
    assert features.signals["third_person"] == 2.0  # she, her
    assert features.signals["sentences"] == 2.0
    assert features.signals["exclamation"] == 1.0
    assert features.signals["number"] == 1.0
    assert features.signals["log_characters"] == pytest.approx(math.log1p(features.characters))


def test_empty_headline_has_zero_features():
    features = extract_features("   ")
    assert features.characters == 0
    assert features.words == 0
    assert features.reading_grade == 0.0
    assert not features.first_words_meaningful


def test_to_dict_is_json_ready():
    import json

    data = extract_features("Why Remote Work Fails", "remote work").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["type"] == "why"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How to Write a Headline That Works", HeadlineType.HOW_TO),
        ("7 Habits of Productive Writers", HeadlineType.LIST),
        ("Ten Things I Wish I Knew at 20", HeadlineType.LIST),
        # A span of time is no list.
        ("Ten Years of Go: What a Decade of Open Source Taught Us", HeadlineType.STATEMENT),
        ("30 Days Without Sugar", HeadlineType.STATEMENT),
        ("Is Remote Work Worth It?", HeadlineType.QUESTION),
        ("Why Remote Work Fails Introverts", HeadlineType.WHY),
        ("The Complete Guide to PostgreSQL Indexes", HeadlineType.GUIDE),
        ("Python Decorators Explained", HeadlineType.GUIDE),
        ("How I Paid Off $40,000 of Debt", HeadlineType.PERSONAL_STORY),
        ("What I Learned From Failing My First Startup", HeadlineType.PERSONAL_STORY),
        ("Stop Using Passwords for Everything", HeadlineType.WARNING),
        ("5 Mistakes New Managers Make", HeadlineType.WARNING),
        ("Don't Move Abroad", HeadlineType.WARNING),
        # "Don't" in a question asks.
        ("Why Don't You Move Abroad?", HeadlineType.WHY),
        ("Why don't you move abroad?", HeadlineType.WHY),
        ("Rust vs. Go for Command-Line Tools", HeadlineType.COMPARISON),
        ("Tea or Coffee?", HeadlineType.COMPARISON),
        ("The Quiet Power of Boring Technology", HeadlineType.STATEMENT),
        ("A 12-Year-Old Explains the Economy", HeadlineType.STATEMENT),
        ("", HeadlineType.STATEMENT),
    ],
)
def test_headline_type(text, kind):
    assert headline_type(text) == kind
