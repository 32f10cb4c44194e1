"""The title checks: headline, clickbait risk, subtitle and the title in search results."""

from __future__ import annotations

import pytest

from app.publishing.checklist.thresholds import SEARCH_TITLE_CHARACTERS, SUBTITLE_RANGE
from tests.publishing.checklist.drafts import plain_checklist, statuses_of


def test_a_high_clickbait_risk_blocks_publishing() -> None:
    from app.analysis.insights.headline import analyze_headline

    title = "You Won't Believe These 10 Shocking Secrets Doctors Don't Want You To Know"
    headline = analyze_headline(title)
    assert headline.risk == "high"
    checklist = plain_checklist(title=title, headline=headline)
    assert statuses_of(checklist)["clickbait"] == "fail"
    assert not checklist.ready


@pytest.mark.parametrize(
    ("length", "status"),
    [
        (0, "warn"),
        (SUBTITLE_RANGE[0] - 1, "warn"),
        (SUBTITLE_RANGE[0], "pass"),
        (SUBTITLE_RANGE[1], "pass"),
        (SUBTITLE_RANGE[1] + 1, "warn"),
    ],
)
def test_subtitle_length(length: int, status: str) -> None:
    subtitle = "s" * length
    assert statuses_of(plain_checklist(subtitle=subtitle))["subtitle"] == status


def test_a_one_character_subtitle_is_counted_in_the_singular() -> None:
    item = plain_checklist(subtitle="—").item("subtitle")
    assert item is not None
    assert item.detail.startswith("1 character.")


def test_search_title_length_and_where_it_is_cut() -> None:
    fits = "A" * SEARCH_TITLE_CHARACTERS
    assert statuses_of(plain_checklist(title=fits))["search_title"] == "pass"
    long_title = "How I Write a Thousand Words Before Breakfast Without Coffee or Willpower"
    item = plain_checklist(title=long_title).item("search_title")
    assert item is not None
    assert item.status == "warn"
    assert long_title[:SEARCH_TITLE_CHARACTERS].rstrip() + "…" in item.detail


def test_a_missing_title_fails() -> None:
    checklist = plain_checklist(title="   ")
    assert statuses_of(checklist)["headline"] == "fail"
    assert not checklist.ready


def test_a_weak_headlines_fix_is_the_sidebars_advice_for_it() -> None:
    from app.analysis.insights.headline import analyze_headline

    title = "10 Lessons From Rewriting 50 Headlines for Medium"
    headline = analyze_headline(title)
    assert headline.band in {"weak", "fair"}
    item = plain_checklist(title=title, headline=headline).item("headline")
    assert item is not None
    assert item.status == "warn"
    action = headline.lift.removeprefix("To lift it: ")
    assert item.fix.lower() == action.lower().rstrip(".") + "."
    assert "a number" not in item.fix  # the title has one already


@pytest.mark.parametrize("title", ["7 Ways to Fix Your Sleep", "10 Tips"])
def test_a_short_title_with_a_number_is_not_asked_for_one(title: str) -> None:
    from app.analysis.insights.headline import analyze_headline

    headline = analyze_headline(title)
    item = plain_checklist(title=title, headline=headline).item("headline")
    assert item is not None
    assert "number" not in headline.lift
    assert "number" not in item.fix
