"""What a draft is mostly about is said once it says enough: no topics, focus keyphrase to try
or "the title does not mention" warning from a first paragraph's twice-written words."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.keywords import thresholds as th

OPENING = (
    "I run the app with uvicorn behind nginx, and install the command line tools with pipx. "
    "On the Rust side, serde handles JSON and tokio runs the event loop."
)
GARDEN = [
    "Compost turns kitchen scraps into soil, and a compost heap asks little of you.",
    "Start the heap in a shady corner. Layer greens, such as peelings and grass, with browns, "
    "such as dry leaves and cardboard. Keep the compost as damp as a wrung sponge.",
    "Every week or two, turn the heap with a fork. Air keeps the compost sweet; without it "
    "the heap turns slimy and smells. If it smells, add browns and turn it again.",
    "In summer a heap can be ready in three months. In winter it slows down, and that is fine: "
    "the worms are still at work, even when you cannot see them.",
    "You know the compost is ready when it is dark and crumbly and smells of a forest floor. "
    "Sieve out the sticks, throw them back on the new heap, and spread the rest on your beds.",
    "My first heap took a year, because I piled up grass alone and never turned it. My second "
    "took ten weeks. The difference was patience with the browns and a fork in the shed.",
]


def test_a_first_paragraph_is_given_no_subject_to_name_or_search_for() -> None:
    # The title in its own field, as the editor and the command line pass it.
    keywords = analyze(OPENING, title="Shipping a FastAPI Service").keywords
    assert keywords.extracted == ()  # no topic: "runs" is written twice, as a verb
    assert keywords.suggested_keyphrase is None  # not "runs"
    assert keywords.topic_warning is None  # nor "the title does not mention “runs”"


def test_a_draft_that_says_enough_is_told_its_subject_and_a_title_that_misses_it() -> None:
    body = "\n\n".join(GARDEN)
    assert len(body.split()) >= th.TOPIC_MIN_WORDS
    keywords = analyze(f"# Notes\n\n{body}\n").keywords
    assert keywords.suggested_keyphrase in ("compost", "heap", "compost heap")
    assert keywords.topic_warning is not None
    assert f"“{keywords.extracted[0].phrase}”" in keywords.topic_warning


def test_a_short_draft_keeps_a_subject_its_title_names_or_it_keeps_writing() -> None:
    blocking = (
        "For years my workday was a list of tasks. Then I tried time blocking: every morning "
        "I give each hour a job. The point of time blocking is a decision about the next hour."
    )
    titled = analyze(blocking, title="Time Blocking Saved My Focus").keywords
    assert titled.suggested_keyphrase == "time blocking"
    assert "time blocking" in [k.phrase for k in titled.extracted]
    assert titled.topic_warning is None  # too short to say what it is mostly about
    sourdough = (
        "My sourdough failed four times. The first sourdough was flat, the second sour, the "
        "third burnt. The fourth sourdough rose, because I finally fed the starter."
    )
    kept = analyze(sourdough, title="Four Tries").keywords
    assert kept.suggested_keyphrase == "sourdough"
