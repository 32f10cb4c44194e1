"""Medium's distribution red flags trip on the headlines they describe, and only those."""

import pytest

from app.analysis.insights.headline.red_flags import (
    CURIOSITY_GAP,
    HYPERBOLE,
    PROVOCATIVE,
    WORRIES,
    red_flags,
)


def ids(text: str) -> set[str]:
    return {flag.id for flag in red_flags(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Signs You're Aging Faster Than Your Friends",
        "Is Your Belly Fat Making You Lonely?",
        "Why You'll Never Be Promoted, and What Everyone Thinks of You",
        "Learn Python Before It’s Too Late",  # curly apostrophe
        "Why You're Broke at 30",
    ],
)
def test_worries(text):
    assert WORRIES in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Slams Critics in Fiery Speech",
        "This Comedian DESTROYS Every Argument Against Vaccines",
        "WHAT WERE THEY THINKING",
        "Can You Believe This?!",
    ],
)
def test_provocative(text):
    assert PROVOCATIVE in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Best Productivity App Ever Made",
        "This Diet Is Guaranteed to Work",
        "Everyone Is Wrong About Sleep",
        "The Only Guide to Docker You Will Ever Need",
        "Why You Should Never Use Global Variables",
        "This App Changed My Life and I Never Looked Back",  # hyperbole in any person
        "The Best Diet I Know Is Guaranteed to Work",  # a scoped "best", then a claim
    ],
)
def test_hyperbole(text):
    assert HYPERBOLE in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Best Books I Read This Year",
        "The Worst Advice I Ever Got About Money",
        "Leaving Home at 14 Was the Best Thing I Ever Did",
        "Why I Never Check Email Before Noon",
        "We Always Ship on Fridays, and It Works",
        "The Only Tool Our Team Kept After the Migration",
    ],
)
def test_a_superlative_about_the_writer_s_own_experience_is_no_hyperbole(text):
    assert HYPERBOLE not in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "You Won't Believe What This Dog Did Next",
        "She Opened the Letter. What Happened Next Will Surprise You",
        "This Dog Found a Phone in the Park",  # a subject pointed at, never named
        "The Answer Was Hiding in Plain Sight...",
        "What She Said Left the Room Silent",
        "Doctors Hate Him",  # the spam trope, with nobody named
        "Scientists Hate This: A Study",
        "Rust Just Fixed the Most Annoying Thing About Programming",  # which thing?
    ],
)
def test_curiosity_gap(text):
    assert CURIOSITY_GAP in ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parliament passes budget bill after late-night vote",
        "How to Set Up a Python Project With uv",
        "What I Learned From Two Years of Remote Work",
        "A Practical Guide to PostgreSQL Indexes",
        "This Week in Rust: Faster Compile Times",
        "Why NASA Chose SQL for the Artemis Mission Logs",  # acronyms are not shouting
        "Your First Week as a Manager",
        "How to Find the Commit That Broke Your Build",  # the verb, not the worry
        "The Most Useful Thing in Git Is the Reflog",  # the thing is named
        "The Biggest Things I Learned Running a Bakery",  # the writer's own list
        "Why I Hate This Framework",
        "",
    ],
)
def test_plain_headlines_trip_nothing(text):
    assert red_flags(text) == ()


def test_flags_quote_the_trigger_and_explain_in_one_line():
    flags = red_flags("You Won't Believe This Brutal Truth That Changed Everything")
    assert [flag.id for flag in flags] == [PROVOCATIVE, HYPERBOLE, CURIOSITY_GAP]
    by_id = {flag.id: flag for flag in flags}
    assert "“Brutal”" in by_id[PROVOCATIVE].explanation
    assert "“Changed Everything”" in by_id[HYPERBOLE].explanation
    assert "“You Won't Believe”" in by_id[CURIOSITY_GAP].explanation
    for flag in flags:
        assert "\n" not in flag.explanation
        assert flag.label
        assert flag.explanation.endswith(".")
        assert flag.to_dict() == {
            "id": flag.id,
            "label": flag.label,
            "explanation": flag.explanation,
        }
