"""Tag suggestions from keyphrases and tag history."""

from __future__ import annotations

import pytest

from app.analysis.insights.keywords.extract import Keyphrase
from app.analysis.insights.tags import (
    PastDraft,
    TagHistory,
    dedupe_tags,
    normalize_tag,
    popular_tags,
    suggest_tags,
)

DAY = 86_400.0
NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  machine   learning ", "Machine Learning"),
        ("#productivity", "Productivity"),
        ("ux", "UX"),
        ("the art of war", "The Art of War"),
        ("iOS tips", "iOS Tips"),
        ("web3 startups", "web3 Startups"),
        ("a very long tag that goes on and on forever", "A Very Long Tag That Goes"),
        ("   ", ""),
    ],
)
def test_normalize_tag(raw, expected):
    assert normalize_tag(raw) == expected


def test_dedupe_is_case_insensitive_and_keeps_order():
    assert dedupe_tags(["writing", "Writing", " WRITING ", "Remote work", "remote  work"]) == (
        "Writing",
        "Remote Work",
    )


def test_popular_tags_are_real_medium_tags():
    tags = popular_tags()
    assert 250 <= len(tags) <= 400
    assert {"Programming", "Productivity", "Self Improvement", "Writing", "Data Science"} <= set(
        tags
    )
    assert len({t.lower() for t in tags}) == len(tags)


def tags_of(suggestions):
    return [s.tag for s in suggestions]


def test_keyphrases_map_to_tags_readers_follow_without_history():
    keyphrases = [Keyphrase("remote work", 1.0), Keyphrase("time zones", 0.4)]
    suggestions = suggest_tags(keyphrases, TagHistory(), [])
    assert suggestions[0].tag == "Remote Work"
    assert suggestions[0].reason == "matches the keyword ‘remote work’"
    assert "Work From Home" in tags_of(suggestions[:5])
    assert all(s.score > 0 for s in suggestions)
    assert [s.score for s in suggestions] == sorted((s.score for s in suggestions), reverse=True)


def test_a_phrase_also_suggests_the_tag_of_its_head_word():
    suggestions = suggest_tags([Keyphrase("pair programming", 1.0)], TagHistory(), [])
    assert {"Pair Programming", "Programming"} <= set(tags_of(suggestions[:3]))


def test_unrelated_text_gets_no_invented_tags():
    assert suggest_tags([Keyphrase("qwzx blorf", 1.0)], TagHistory(), []) == ()


def test_history_frequency_and_recency():
    history = TagHistory(
        drafts=(
            PastDraft(("Writing", "Poetry"), NOW - 2 * DAY),
            PastDraft(("Writing",), NOW - 10 * DAY),
            PastDraft(("writing", "Life"), NOW - 400 * DAY),
            PastDraft(("Travel",), NOW - 700 * DAY),
        ),
        now=NOW,
    )
    suggestions = suggest_tags([], history, [])
    assert tags_of(suggestions)[0] == "Writing"
    assert suggestions[0].reason == "used in 3 of your stories"
    scores = {s.tag: s.score for s in suggestions}
    assert scores["Poetry"] > scores["Life"] > scores["Travel"]  # same count, fresher wins


def test_current_tags_are_left_out_and_drive_cooccurrence():
    history = TagHistory(
        drafts=(
            PastDraft(("Startup", "Entrepreneurship"), NOW - DAY),
            PastDraft(("Startup", "Entrepreneurship", "Venture Capital"), NOW - DAY),
            PastDraft(("Cooking",), NOW - DAY),
        ),
        now=NOW,
    )
    suggestions = suggest_tags([], history, ["startup"])
    assert "Startup" not in tags_of(suggestions)
    assert suggestions[0].tag == "Entrepreneurship"
    assert suggestions[0].reason == "often used with ‘Startup’"
    assert tags_of(suggestions).index("Venture Capital") < tags_of(suggestions).index("Cooking")


def test_similar_past_drafts_lend_their_tags():
    history = TagHistory(
        drafts=(
            PastDraft(("Kombucha Brewing",), NOW - DAY, ("kombucha", "fermentation jars")),
            PastDraft(("Knitting",), NOW - DAY, ("wool", "needles")),
        ),
        now=NOW,
    )
    keyphrases = [Keyphrase("fermentation", 1.0), Keyphrase("kombucha", 0.8)]
    suggestions = suggest_tags(keyphrases, history, [])
    assert suggestions[0].tag == "Kombucha Brewing"
    assert "Knitting" in tags_of(suggestions)
    assert tags_of(suggestions).index("Kombucha Brewing") < tags_of(suggestions).index("Knitting")


def test_limit_and_dict():
    keyphrases = [Keyphrase("remote work", 1.0), Keyphrase("productivity", 0.9)]
    suggestions = suggest_tags(keyphrases, TagHistory(), [], limit=3)
    assert len(suggestions) == 3
    assert set(suggestions[0].to_dict()) == {"tag", "score", "reason"}
