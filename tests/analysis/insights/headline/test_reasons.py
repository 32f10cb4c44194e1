"""Reasons agree with each other, each says what to do, and length has one reason."""

import itertools

import pytest

from app.analysis.insights.headline import analyze_headline
from app.analysis.insights.headline.features import SEARCH_RESULT_CHARACTERS
from app.analysis.insights.headline.reasons import (
    FLAG_CONFLICTS,
    FORM_EXEMPTIONS,
    SWEET_SPOT_MIN,
    TOPICS,
    WORDING,
    length_reason,
)

# Headlines that between them trip every kind of reason: questions, numbers, pronouns,
# capitals, red flags, every length, tone, superlatives.
HEADLINES = (
    "Lessons",
    "Is This Worth It?",
    "What Happened Next Will Shock You",
    "You Won't Believe What This Developer Did Next",
    "Why Achieving Goals Is Harder Than It Looks",
    "How I Learned Rust as a Python Developer",
    "7 Lessons From a Year of Teaching Kids to Code",
    "The Best Python Tools Ever Made!!!",
    "STOP Doing This Before It's Too Late",
    "Who Is Really Behind the World's Biggest Open Source Projects?",
    "She Lost Her Job at 52 and Built a Bakery That Now Employs 30 People",
    "A Very Long Headline About Remote Work That Goes On and On Past What Search Shows",
    "Our Team Moved to Kubernetes: Here Is What We Learned",
    "Your Code Review Is Too Slow — Here Are 5 Ways to Fix It",
    "Not Every Startup Needs Microservices",
    "The Case Against Microservices",
    "Understanding Python's Global Interpreter Lock",
    "Why Nobody Talks About the Worst Mistakes in Data Science",
    "These Photos Will Make You Cry...",
    "A Nurse Explains What Actually Happens in an Emergency Room at Night",
)


@pytest.mark.parametrize("text", HEADLINES)
def test_no_two_reasons_contradict(text):
    report = analyze_headline(text, "remote work")
    flag_ids = {flag.id for flag in report.red_flags}
    for first, second in itertools.combinations(report.reasons, 2):
        # One reason per topic, so no "+ uses what" next to "- opens with what".
        assert first.topic != second.topic, (first.text, second.text)
    for reason in report.reasons:
        if reason.impact > 0:
            # No praise for what a red flag condemns ("+ superlatives" with "- hyperbole").
            for flag in flag_ids:
                assert reason.topic not in FLAG_CONFLICTS[flag], (reason.text, flag)


@pytest.mark.parametrize("text", HEADLINES)
def test_every_reason_says_what_to_do(text):
    for reason in analyze_headline(text).reasons:
        assert reason.action, reason.text
        assert reason.text.startswith("+ " if reason.impact > 0 else "- ")
        assert ": " in reason.text  # a state, then what to do about it
        if reason.impact < 0:
            assert reason.action.lower().rstrip(".") in reason.text.lower(), reason.text


@pytest.mark.parametrize("text", HEADLINES)
def test_one_length_reason(text):
    report = analyze_headline(text)
    topics = [reason.topic for reason in report.reasons]
    lengths = [reason for reason in report.reasons if reason.topic == "length"]
    assert len(lengths) <= 1
    if not report.red_flags:
        assert topics.count("length") == 1
    else:  # a flagged title is told what to fix, never praised for its length
        assert all(reason.impact < 0 for reason in lengths)


def test_length_reason_has_a_sweet_spot_inside_the_search_limit():
    signs = {n: length_reason(n, 1.0).impact > 0 for n in range(1, 121)}
    good = [n for n, positive in signs.items() if positive]
    assert good == list(range(SWEET_SPOT_MIN, SEARCH_RESULT_CHARACTERS + 1))
    assert "tighten" in length_reason(SEARCH_RESULT_CHARACTERS + 1, 1.0).text
    assert "add a specific detail" in length_reason(20, 1.0).text


def test_every_wording_has_actions_for_both_directions():
    assert set(WORDING) <= set(TOPICS)
    for name, wording in WORDING.items():
        assert wording.high != wording.low, name
        assert wording.add, name
        assert wording.cut, name
        assert wording.add != wording.cut, name
        assert "_" not in wording.high + wording.low + wording.add + wording.cut, name


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("How to Learn Rust as a Python Developer", "how-to"),
        ("How I Learned Rust as a Python Developer", "personal story"),
    ],
)
def test_a_chosen_form_is_not_blamed_for_what_it_is(text, kind):
    report = analyze_headline(text)
    assert report.type == kind
    blamed = {reason.topic for reason in report.reasons if reason.impact < 0}
    assert not blamed & FORM_EXEMPTIONS[kind]


@pytest.mark.parametrize(
    "headline",
    ["Why I Stopped Writing Shell Scripts in Bash", "How to Sink Fund", *HEADLINES],
)
def test_easy_reading_is_never_listed_as_a_fault(headline):
    report = analyze_headline(headline)
    for reason in report.reasons:
        assert not reason.text.startswith(("- easy to read", "- shorter words")), reason.text
    assert "one precise" not in report.lift


@pytest.mark.parametrize(
    "headline",
    [
        "Steve Portigal on the value of bad ideas",
        "Reproducible research is still a challenge",
        "UX lessons learned from a procurement project",
    ],
)
def test_a_title_is_never_blamed_for_having_no_he_or_she(headline):
    # Most posts are about a subject; the first one names its person without "he" or "she".
    report = analyze_headline(headline)
    for reason in report.reasons:
        assert reason.topic != "people" or reason.impact > 0, reason.text
    assert "name them" not in report.lift


@pytest.mark.parametrize(
    "headline",
    ["Leaf Blowers Should Be Banned in Cities", "Common Mistakes with Leaf Blowers"],
)
def test_plain_words_outside_the_most_common_are_not_called_jargon(headline):
    report = analyze_headline(headline)
    assert "jargon" not in report.lift
    for reason in report.reasons:
        assert "jargon" not in reason.text, reason.text


def test_a_negated_problem_is_no_praise_to_cut():
    # VADER reads "not the problem" as upbeat; the title praises nothing.
    plain = analyze_headline("Walls Are Not the Problem")
    assert not [r for r in plain.reasons if "praise" in r.text]
    assert "praise" not in plain.lift
    praising = analyze_headline("Great Tips for Happy Teams")
    assert [r for r in praising.reasons if "praise" in r.text]


def test_a_mildly_upbeat_word_is_no_praise_to_cut():
    # VADER rates "growth" upbeat; it names a trend, it praises nothing.
    for title in ("Growth of Open Data in Biology", "Growing a Mailing List From Zero"):
        report = analyze_headline(title)
        assert not [r for r in report.reasons if "praise" in r.text], title
        assert "praise" not in report.lift


def test_the_word_to_cut_is_never_also_the_word_to_keep():
    # "Happy" is both an upbeat word (cut it) and an emotional word (keep it): one reason.
    report = analyze_headline("A Happy Ending for My Budget")
    topics = {reason.topic: reason.impact for reason in report.reasons}
    assert "tone" in topics or "emotional words" in topics
    both = "tone" in topics and "emotional words" in topics
    assert not (both and topics["tone"] * topics["emotional words"] < 0), report.reasons


@pytest.mark.parametrize(
    "title",
    ["10 Best Free Tools for Writers in 2024", "The 5 Best Budget Mechanical Keyboards in 2024"],
)
def test_a_superlative_is_never_both_praise_to_cut_and_a_superlative_to_keep(title):
    # "Best" is an upbeat word (state the facts) and a superlative (keep it): one reason.
    topics = {reason.topic: reason.impact for reason in analyze_headline(title).reasons}
    both = "tone" in topics and "superlatives" in topics
    assert not (both and topics["tone"] * topics["superlatives"] < 0), topics


def test_praise_for_plain_wording_never_asks_to_stay_vague():
    for title in ("I Tried Meditating Every Day for a Year", "Why Do We Procrastinate?"):
        for reason in analyze_headline(title).reasons:
            assert "few names" not in reason.text
            assert "few specific" not in reason.text


def test_a_rare_word_that_is_the_focus_keyphrase_is_never_to_be_swapped():
    title = "Why I Moved My Data Pipelines From Pandas to Polars"
    assert "swap rare terms" in analyze_headline(title).lift  # no subject known
    report = analyze_headline(title, "polars")
    assert not [r for r in report.reasons if "swap rare terms" in r.text]
    assert "swap rare terms" not in report.lift


def test_the_rare_words_to_swap_are_named():
    """A Title Case title hides which of its words are names: the writer is shown the words,
    and keeps a place's name ("Japan") that no everyday word says."""
    reasons = analyze_headline("Three Months in Japan").reason_lines(6)
    assert "- rare words or names (‘Japan’): swap rare terms for everyday words" in reasons


@pytest.mark.parametrize(
    "headline", ["A portrait of JuliaCon 2018", "Why rOpenSci reviews code in the open"]
)
def test_a_name_is_never_a_rare_term_to_swap(headline):
    report = analyze_headline(headline)
    assert "swap rare terms" not in report.lift
    assert not any("swap rare terms" in reason.text for reason in report.reasons)


def test_word_length_is_told_against_the_tested_headlines_not_as_long_words():
    # No word of this title is long; its words are only longer than most news headlines'.
    report = analyze_headline("Thinking More Openly About Working in The Open")
    assert "+ longer words than most headlines: keep it" in [r.text for r in report.reasons]


@pytest.mark.parametrize("text", HEADLINES)
def test_the_lifts_action_is_said_once_beside_its_reasons(text):
    report = analyze_headline(text)
    lines = report.reason_lines(len(report.reasons))
    for reason, line in zip(report.reasons, lines, strict=True):
        if reason.impact < 0 and reason.action[1:] in report.lift:
            assert reason.action not in line, (report.lift, line)
            assert line.startswith("- ")
            assert len(line) > 4
            break
        assert line == reason.text
