"""Promotion snippets and X's weighted length."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.publishing.snippets import (
    X_LINK_ROOM,
    X_MAX_LENGTH,
    hashtag,
    hashtags,
    promotion_snippets,
    truncate_words,
    x_length,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("hello world", 11),
        ("https://example.com", 23),
        ("https://medium.com/@someone/a-very-long-story-slug-1234567890abcdef", 23),
        ("Read https://a.co/x and http://b.org/y.", 5 + 23 + 5 + 23 + 1),
        ("see example.com.", 4 + 23 + 1),
        ("www.example.org/path", 23),
        ("日本語", 6),
        ("한국어 text", 6 + 5),
        ("😀", 2),
        ("👍🏽", 2),
        ("👨\u200d👩\u200d👧", 2),
        ("🇫🇷", 2),
        ("1️⃣", 2),
        ("❤️", 2),
        ("©", 1),
        ("e\u0301", 1),
        ("“quotes” – and — dashes", 23),
        ("…", 2),
        ("שלום", 4),
        ("مرحبا", 5),
    ],
)
def test_x_length_follows_the_weighting_rules(text, expected):
    assert x_length(text) == expected


def test_hashtags_are_camel_case_and_deduplicated():
    assert hashtag("machine learning") == "#MachineLearning"
    assert hashtag("self-improvement") == "#SelfImprovement"
    assert hashtag("python") == "#python"
    assert hashtag("#Writing") == "#Writing"
    assert hashtag("C++") == "#Cpp"
    assert hashtag("C#") == "#CSharp"
    assert hashtag("機械学習") == "#機械学習"
    assert hashtag("2024") == ""
    assert hashtag("  ") == ""
    assert hashtags(["Writing", "writing", "data science", "2024", "AI"], 3) == (
        "#Writing",
        "#DataScience",
        "#AI",
    )


def test_truncation_stops_at_a_word_boundary_with_an_ellipsis():
    text = "Every draft deserves a second read before it goes out"
    cut = truncate_words(text, lambda candidate: len(candidate) <= 20)
    assert cut == "Every draft…"
    assert truncate_words("short", lambda candidate: len(candidate) <= 20) == "short"
    assert truncate_words("Supercalifragilistic", lambda c: len(c) <= 6) == "Super…"


def test_a_post_cut_after_a_whole_sentence_ends_with_it_not_an_ellipsis():
    assert truncate_words("One step. Two steps more", lambda c: len(c) <= 12) == "One step."
    said = 'He said "stop." Then he left'
    assert truncate_words(said, lambda c: len(c) <= 20) == 'He said "stop."'
    post = promotion_snippets(title="T", subtitle="", hook=OPENING, tags=[]).x
    assert post.endswith("on the same CI machines.")


def test_x_post_fits_with_link_and_hashtags():
    snippets = promotion_snippets(
        title="Offline Tools Win",
        subtitle="Local-first writing",
        hook="I lost a draft to a cloud editor once. Never again.",
        tags=["writing", "productivity", "local first", "extra"],
        url="https://medium.com/@me/offline-tools-win-123",
    )
    assert snippets.x == (
        "I lost a draft to a cloud editor once. Never again.\n\n"
        "https://medium.com/@me/offline-tools-win-123\n\n"
        "#writing #productivity #LocalFirst"
    )
    assert x_length(snippets.x) <= X_MAX_LENGTH
    assert snippets.hashtags == ("#writing", "#productivity", "#LocalFirst", "#extra")


def test_long_hook_is_truncated_and_hashtags_dropped_first():
    hook = " ".join(["wordy"] * 80)
    snippets = promotion_snippets(
        title="T", subtitle="", hook=hook, tags=["a", "b"], url="https://example.com/x"
    )
    assert x_length(snippets.x) <= X_MAX_LENGTH
    assert "#a" not in snippets.x
    lead = snippets.x.split("\n\n")[0]
    assert lead.endswith("wordy…")
    assert hook.startswith(lead[:-1])
    assert x_length(lead + " wordy") + 2 + 23 > X_MAX_LENGTH, "as long as it can be"


def test_cjk_hook_counts_double():
    hook = "日本語の文章" * 30
    snippets = promotion_snippets(title="T", subtitle="", hook=hook, tags=[], url=None)
    assert x_length(snippets.x) <= X_MAX_LENGTH
    assert len(snippets.x) <= X_MAX_LENGTH // 2 + 1


def test_other_networks():
    snippets = promotion_snippets(
        title="Offline Tools Win",
        subtitle="Local-first writing",
        hook="I lost a draft once.",
        tags=["writing", "data science"],
        url="https://example.com/s",
    )
    assert snippets.linkedin == (
        "Offline Tools Win\nLocal-first writing\n\nI lost a draft once.\n\n"
        "Read the full story: https://example.com/s\n\n#writing #DataScience"
    )
    assert snippets.facebook == (
        "I lost a draft once.\n\nOffline Tools Win — Local-first writing\n\nhttps://example.com/s"
    )
    assert snippets.newsletter == (
        "Offline Tools Win — Local-first writing\n\n"
        "I lost a draft once. Read it here: https://example.com/s"
    )


def test_snippets_without_url_or_hook():
    snippets = promotion_snippets(title="Only a title", subtitle="", hook="", tags=[])
    assert snippets.x == "Only a title"
    assert snippets.newsletter == "Only a title"
    assert "http" not in snippets.linkedin


@settings(max_examples=200, deadline=None)
@given(
    title=st.text(max_size=120),
    hook=st.text(max_size=400),
    tags=st.lists(st.text(max_size=30), max_size=8),
    url=st.one_of(st.none(), st.just("https://medium.com/@me/story-1"), st.text(max_size=40)),
)
def test_x_post_always_fits(title, hook, tags, url):
    snippets = promotion_snippets(title=title, subtitle="", hook=hook, tags=tags, url=url)
    room = 0 if (url or "").strip() else X_LINK_ROOM  # the link still to come
    assert x_length(snippets.x) + room <= X_MAX_LENGTH


OPENING = (
    "Last spring our test suite took twelve minutes to run. Every pull request sat in the "
    "queue while the team made coffee, checked Slack and lost the thread of what they were "
    "doing. Today the same suite finishes in ninety seconds on the same CI machines. Nothing "
    "magical happened. We made five boring changes, measured each one, and threw away a sixth "
    "that looked clever but made things worse."
)
STORY_URL = "https://medium.com/@me/how-we-cut-our-python-test-suite-3f2a9c1b7d4e"


def test_an_x_post_written_before_publishing_still_fits_once_its_link_is_added():
    before = promotion_snippets(title="T", subtitle="", hook=OPENING, tags=["Python"]).x
    assert "http" not in before
    assert x_length(before + "\n\n" + STORY_URL) <= X_MAX_LENGTH
    after = promotion_snippets(title="T", subtitle="", hook=OPENING, tags=[], url=STORY_URL).x
    assert after.endswith("\n\n" + STORY_URL)
    assert x_length(after) <= X_MAX_LENGTH
