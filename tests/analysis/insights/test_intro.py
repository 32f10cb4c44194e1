"""Subtitle and first-paragraph checks."""

import json

import pytest

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.intro import HookType, analyze_intro, hook_type, repeats_title, sentences

TITLE = "What Ten Years of Remote Work Taught Me About Focus"
GOOD_SUBTITLE = (
    "The habits, tools and boundaries that kept a distributed team productive, and the ones "
    "we dropped along the way."
)
GOOD_PARAGRAPH = (
    "In 2014 I packed my desk into a backpack and never went back to an office. "
    "Here's how ten years of remote work changed the way I plan, write and rest."
)


def test_good_intro_only_misses_the_keyphrase_in_the_subtitle():
    report = analyze_intro(GOOD_SUBTITLE, GOOD_PARAGRAPH, "remote work", TITLE)
    assert 100 <= report.subtitle_characters <= 140
    assert report.subtitle_length == "good"
    assert not report.subtitle_repeats_title
    assert report.hook_type == HookType.ANECDOTE
    assert report.previews_payoff
    assert report.paragraph_words == 31
    assert report.paragraph_sentences == 2
    assert report.paragraph_has_keyphrase is True
    assert report.subtitle_has_keyphrase is False
    assert report.tips == (
        "Work the keyphrase “remote work” into the subtitle; it doubles as the search description.",
    )


@pytest.mark.parametrize(
    ("subtitle", "band", "tip_start"),
    [
        ("", "missing", "Add a subtitle"),
        ("Lessons from a decade.", "short", "Lengthen the subtitle"),
        ("x" * 180, "long", "Trim the subtitle"),
    ],
)
def test_subtitle_length(subtitle, band, tip_start):
    report = analyze_intro(subtitle, GOOD_PARAGRAPH, None, TITLE)
    assert report.subtitle_length == band
    assert report.tips[0].startswith(tip_start)


def test_subtitle_that_repeats_the_title():
    assert repeats_title("Ten years of remote work taught me about focus", TITLE)
    assert not repeats_title(GOOD_SUBTITLE, TITLE)
    report = analyze_intro("What remote work taught me about focus, ten years on", "", None, TITLE)
    assert report.subtitle_repeats_title
    assert any("instead of repeating it" in tip for tip in report.tips)


@pytest.mark.parametrize(
    ("paragraph", "hook"),
    [
        ("Why do the best engineers write so little code? I asked twelve of them.", "question"),
        ("“Ship it on Friday,” my first manager said. He was wrong.", "quote"),
        ("Nine out of ten side projects die in the first month.", "number or statistic"),
        ("73% of developers say meetings ruin their focus.", "number or statistic"),
        ("In 2019 the company had 12 employees; it now has 3,000.", "anecdote"),
        ("Our 2019 survey found that half of readers skip introductions.", "number or statistic"),
        (
            "When I opened the pull request, my hands were shaking and the build was red.",
            "anecdote",
        ),
        ("Last summer we moved the whole company to a four-day week.", "anecdote"),
        ("Documentation is a product.", "bold claim"),
        ("Everyone is wrong about code reviews, and the reason is simple to fix.", "bold claim"),
        (
            "In today's fast-paced world, many people are thinking about various aspects of "
            "productivity and how it relates to their everyday working lives.",
            "none",
        ),
        ("", "none"),
    ],
)
def test_hook_type(paragraph, hook):
    assert hook_type(paragraph) == hook


@pytest.mark.parametrize(
    "paragraph",
    [
        "Happy birthday, Go! Today we celebrate ten years of open source.",
        "In this article i will be explaining how to stress test any algorithm in Python.",
        "In this tutorial, I will guide you through (1) what a network is, (2) how to code it.",
        "🎉🎉🎉",
        "Intro paragraph with a link and inline code and bold and italic.[^1]",
        "18F employees live all over the country.",
        "This is the part 3 of a series of stories.",
        "Date added: April 30th, 2020 — (Free)",
        "Automated translation is touted as a one click solution.",
        "Every morning, people wake up and share the news with their closest people.",
        "I always try to gauge where the 80/20 mark is.",
        "MARKETPRESSO is a new tool that you have probably never seen anywhere else.",
        "Hello, my fellow people.",
        "Introduction",
    ],
)
def test_an_opening_of_no_sure_type_names_no_hook(paragraph: str) -> None:
    """The hook is shown as a fact about the opening: a greeting, a warm-up, a name with a
    digit in it or a footnote mark is no bold claim and no statistic."""
    assert hook_type(paragraph) == HookType.NONE


def test_weak_paragraph_gets_specific_tips():
    paragraph = (
        "In today's world, productivity is something that a lot of people think about quite a "
        "lot of the time, for many different reasons that are not always obvious. There are "
        "many opinions. Some are good and some are not so good. People have talked about it "
        "for years and years, at work and at home and everywhere else."
    )
    report = analyze_intro(GOOD_SUBTITLE, paragraph, "deep work", TITLE)
    assert report.generic_opening
    assert report.hook_type == HookType.NONE
    assert not report.previews_payoff
    assert report.paragraph_has_keyphrase is False
    joined = " ".join(report.tips)
    assert "Cut the warm-up opening" in joined
    assert "Open with a hook" in joined
    assert "what they will get" in joined
    assert "Shorten the first paragraph" in joined
    assert "Use the keyphrase “deep work” in the first paragraph." in report.tips


def test_an_opening_with_no_nameable_hook_is_not_told_to_open_with_one():
    """A rule cannot be sure of most real hooks; only a warm-up line is told to open with one
    (as the checklist warns only of a warm-up)."""
    paragraph = "Every story on Medium is judged in a second: by its headline. Here is why."
    report = analyze_intro(GOOD_SUBTITLE, paragraph, None, TITLE)
    assert report.hook_type == HookType.NONE
    assert not report.generic_opening
    assert not any("Open with a hook" in tip for tip in report.tips)


def test_missing_paragraph():
    report = analyze_intro(GOOD_SUBTITLE, "   ", "remote work", TITLE)
    assert report.paragraph_words == 0
    assert report.hook_type == HookType.NONE
    assert any(tip.startswith("Write a first paragraph") for tip in report.tips)


def test_no_keyphrase_means_no_keyphrase_verdicts():
    report = analyze_intro(GOOD_SUBTITLE, GOOD_PARAGRAPH, None, TITLE)
    assert report.subtitle_has_keyphrase is None
    assert report.paragraph_has_keyphrase is None


def test_sentences_split_on_end_marks():
    assert sentences("One. Two? Three! “Four.” 5 more") == [
        "One.",
        "Two?",
        "Three!",
        "“Four.”",
        "5 more",
    ]
    assert sentences("") == []


def test_report_is_frozen_and_json_ready():
    report = analyze_intro(GOOD_SUBTITLE, GOOD_PARAGRAPH, "remote work", TITLE)
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["tips"] == list(report.tips)
    with pytest.raises(AttributeError):
        report.hook_type = "quote"  # type: ignore[misc]


# The openings of two real-sounding posts: a how-to that says what it offers in its second
# paragraph, and an essay that says it after a few lines of dialogue.
HOW_TO_OPENING = (
    "# Small Habits\n\n"
    "Last year my doctor told me my blood pressure was 148 over 94. I was forty-three, I felt "
    "fine, and I had spent exactly zero minutes thinking about my heart.\n\n"
    "Both problems had grown slowly, a little at a time. This is what worked for me, with "
    "real figures, so you can decide what might work for you.\n\n"
    "## Start with the numbers\n\nMost of us avoid two kinds of numbers.\n"
)
ESSAY_OPENING = (
    "# The Shoebox\n\n"
    "My father kept a shoebox of receipts under his bed for thirty-one years.\n\n"
    '"Why would anyone keep a receipt for a toaster from 1994?" she asked.\n\n'
    '"Because he was planning to return it," I said. "Eventually."\n\n'
    "She laughed so hard she had to put the lid back on.\n\n"
    "I want to tell you about that box, and about what it taught me about money and grief.\n\n"
    "## The man who never threw anything away\n\nDad was a bus mechanic.\n"
)


ANNOUNCEMENT_OPENING = (
    "# Moving On\n\n"
    "After six years with the project, I'm writing to share some news: I am stepping down as "
    "community manager at the end of the month, and how the handover will go.\n"
)


@pytest.mark.parametrize("source", [HOW_TO_OPENING, ESSAY_OPENING, ANNOUNCEMENT_OPENING])
def test_the_payoff_may_come_after_the_first_paragraph(source: str) -> None:
    intro = analyze(source).intro
    assert intro is not None
    assert intro.previews_payoff
    assert not any(tip.startswith("Tell readers early") for tip in intro.tips)


def test_an_opening_that_promises_nothing_still_gets_the_tip() -> None:
    # The promise comes only after the first subheading: too late for a reader deciding.
    source = (
        "# Small Habits\n\nMy blood pressure was 148 over 94 last year.\n\n"
        "I was forty-three and felt fine.\n\n## What worked\n\n"
        "This is what worked for me, so you can decide what might work for you.\n"
    )
    intro = analyze(source).intro
    assert intro is not None
    assert not intro.previews_payoff
    tip = next(tip for tip in intro.tips if tip.startswith("Tell readers early"))
    assert "I want to tell you about" in tip  # an example that suits an essay too


def test_a_long_one_sentence_opening_is_counted_in_the_singular() -> None:
    paragraph = "We " + "kept working on the same long sentence and " * 9 + "stopped."
    report = analyze_intro(GOOD_SUBTITLE, paragraph, "", TITLE)
    assert report.paragraph_sentences == 1
    assert report.long_paragraph_tip == (
        f"Shorten the first paragraph ({report.paragraph_words} words) to under about 60 words."
    )


def test_a_long_first_paragraph_is_told_only_what_is_over_its_limit() -> None:
    """46 words in four sentences: too many sentences, and words within the limit."""
    paragraph = (
        "I moved. I worked. I wrote this post about it all. " + "Then " + "more " * 30 + "x."
    )
    report = analyze_intro(GOOD_SUBTITLE, paragraph, "", TITLE)
    assert report.paragraph_sentences == 4
    assert report.paragraph_words <= 60
    assert (
        report.long_paragraph_tip
        == "Shorten the first paragraph (4 sentences) to 3 sentences or fewer."
    )
    both = " ".join(["We wrote a long sentence that keeps on going for a while."] * 7)
    tip = analyze_intro(GOOD_SUBTITLE, both, "", TITLE).long_paragraph_tip
    assert tip == (
        "Shorten the first paragraph (84 words, 7 sentences) to under about 60 words and "
        "3 sentences or fewer."
    )
