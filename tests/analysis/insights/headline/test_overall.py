"""The overall judgement a writer sees: honest and specific above clickbait, labels weak."""

import itertools

import pytest

from app.analysis.insights.headline import analyze_headline

# Honest, specific titles of the forms Medium writers use: personal lessons, how-tos, lists,
# whys, plain statements. Written for this test; none is in the training data.
HONEST = (
    "What I Learned From Moving Our Monolith to Go",
    "How to Review a Pull Request in Twenty Minutes",
    "7 Lessons From Teaching My Daughter to Ride a Bike",
    "Why Our Team Stopped Estimating Stories in Points",
    "A Beginner's Guide to Indexes in SQLite",
    "I Tracked My Sleep for a Year: Here Is What Changed",
    "The Hidden Cost of Daily Stand-Up Meetings",
    "How We Cut Our Cloud Bill by Half Without New Tools",
)
CLICKBAIT = (
    "You Won't Believe What This Developer Did Next",
    "This One Weird Trick Will Change Your Life Forever",
    "What Happened Next Will Shock You",
    "Doctors Hate Her: The Secret They Don't Want You to Know",
    "These Photos Will Make You Cry...",
    "STOP Doing This Before It's Too Late!!!",
)
LABELS = ("Notes", "Headlines", "Pair programming", "Thoughts", "Rust")


@pytest.mark.parametrize(("honest", "bait"), list(itertools.product(HONEST, CLICKBAIT)))
def test_an_honest_specific_title_outranks_clickbait(honest, bait):
    assert analyze_headline(honest).overall > analyze_headline(bait).overall


@pytest.mark.parametrize("text", LABELS)
def test_a_one_or_two_word_title_is_weak(text):
    report = analyze_headline(text)
    assert report.band == "weak", (text, report.overall)


@pytest.mark.parametrize("text", HONEST)
def test_honest_titles_carry_no_clickbait_risk(text):
    assert analyze_headline(text).risk == "low"


@pytest.mark.parametrize("text", CLICKBAIT)
def test_clickbait_is_weak(text):
    report = analyze_headline(text)
    assert report.band == "weak"
    assert report.risk != "low"


def test_a_specific_title_outranks_the_bare_topic_it_is_about():
    assert analyze_headline("How to Start Pair Programming With a Remote Colleague").overall > (
        analyze_headline("Pair programming").overall
    )


# Honest titles that read like a viral site to the style classifier (p > 0.95), some long
# enough that search results cut them: the style alone must not put them in the weak band.
VIRAL_STYLE_HONEST = (
    "How to Write a Cover Letter That Gets Read",
    "How We Reduced Page Load Time From 4 Seconds to 800 Milliseconds",
    "My Grandmother's Recipe for Lemon Cake",
    "What I Learned From Rewriting 50 Headlines for Medium Readers",
    "What I Wish I Knew Before Adopting a Rescue Dog",
)


@pytest.mark.parametrize("text", VIRAL_STYLE_HONEST)
def test_a_viral_style_without_a_red_flag_is_not_weak(text):
    report = analyze_headline(text)
    assert report.clickbait_probability > 0.95  # the case in point: the style is all but certain
    assert not report.red_flags
    assert report.band != "weak", (text, report.overall)
    assert not report.verdict.startswith("Weak")


@pytest.mark.parametrize(("honest", "bait"), list(itertools.product(VIRAL_STYLE_HONEST, CLICKBAIT)))
def test_a_viral_style_honest_title_stays_clearly_above_clickbait(honest, bait):
    assert analyze_headline(honest).overall >= analyze_headline(bait).overall + 15


def test_a_title_the_length_of_a_paragraph_is_never_good() -> None:
    title = "The Long Road to Understanding Distributed Systems and Why " * 3
    report = analyze_headline(title.strip())
    assert report.overall < 55
    assert report.band in ("weak", "fair")
    assert "for a title of over 120 characters" in " ".join(report.limits)
