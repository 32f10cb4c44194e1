"""The whole checklist on real drafts: every item in order, verdicts that follow fixes."""

from __future__ import annotations

from dataclasses import replace

from app.analysis.engine.analyzer import Analyzer, analyze
from app.publishing.checklist import build_checklist
from app.publishing.checklist.thresholds import HEADLINE_GOOD
from tests.publishing.checklist.drafts import (
    ITEM_IDS,
    POLISHED,
    ROUGH,
    checklist_of_polished,
    checklist_of_rough,
    plain_checklist,
    statuses_of,
)


def test_every_item_is_present_in_order(checked_analyzer: Analyzer) -> None:
    for checklist in (
        checklist_of_rough(checked_analyzer),
        checklist_of_polished(checked_analyzer),
    ):
        assert tuple(item.id for item in checklist.items) == ITEM_IDS
        for item in checklist.items:
            assert item.label
            assert item.detail
            assert item.fix
            assert "\n" not in item.fix  # one line each


def test_rough_draft_is_not_ready_and_says_why(checked_analyzer: Analyzer) -> None:
    checklist = checklist_of_rough(checked_analyzer)
    statuses = statuses_of(checklist)
    assert not checklist.ready
    assert checklist.summary.startswith("Not ready yet")
    for item_id in ("tags", "canonical"):
        assert statuses[item_id] == "fail", item_id
    for item_id in ("spelling", "subtitle", "passive", "adverbs", "subheadings", "images"):
        assert statuses[item_id] == "warn", item_id
    assert statuses["closing"] == "warn"
    spelling = checklist.item("spelling")
    assert spelling is not None
    assert spelling.detail.startswith("3 words to review: ")  # advice, never a failure
    for word in ("Ths", "teh", "storry"):
        assert word in spelling.detail
    assert spelling.rules == ("spelling",)
    images = checklist.item("images")
    assert images is not None
    assert "alt text" in images.detail


def test_fixing_the_draft_turns_the_verdicts(checked_analyzer: Analyzer) -> None:
    rough = statuses_of(checklist_of_rough(checked_analyzer))
    polished_checklist = checklist_of_polished(checked_analyzer)
    polished = statuses_of(polished_checklist)
    for item_id in (
        "subtitle",
        "spelling",
        "passive",
        "adverbs",
        "tags",
        "subheadings",
        "images",
        "closing",
        "canonical",
    ):
        assert polished[item_id] == "pass", item_id
        assert rough[item_id] != "pass", item_id
    # The rough draft already shows "3 min read": within the band, before and after.
    assert rough["read_time"] == polished["read_time"] == "pass"
    assert polished_checklist.ready
    assert polished_checklist.summary.startswith("Ready for Medium")


def test_analyses_the_report_lacks_are_skipped_not_failed() -> None:
    # A report from before the headline and intro analyses existed (or with them switched
    # off) carries no such field: those checks step aside instead of guessing.
    report = replace(analyze(POLISHED), headline=None, intro=None)
    checklist = plain_checklist(report, spelling_checked=False)
    statuses = statuses_of(checklist)
    for item_id in ("headline", "clickbait", "intro", "spelling"):
        assert statuses[item_id] == "skip", item_id
    assert checklist.ready
    assert checklist.to_dict()["counts"]["skip"] == 4


def test_headline_and_intro_come_from_the_report() -> None:
    from app.analysis.insights.headline import analyze_headline
    from app.analysis.insights.intro import analyze_intro

    report = analyze(ROUGH)
    assert report.headline == analyze_headline(report.title)
    assert report.intro == analyze_intro("", report.first_paragraph, None, report.title)
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=["Writing"],
        canonical_url="",
        first_published_elsewhere=False,
    )
    item = checklist.item("headline")
    assert item is not None
    assert item.status == ("pass" if report.headline.overall >= HEADLINE_GOOD else "warn")
    assert f"Scores {report.headline.overall} out of 100" in item.detail
    clickbait = checklist.item("clickbait")
    assert clickbait is not None
    expected = {"high": "fail", "medium": "warn", "low": "pass"}[report.headline.risk]
    assert clickbait.status == expected
    assert report.headline.red_flags  # "Shocking", "You Won't Believe"
    for flag in report.headline.red_flags:
        assert flag.label in clickbait.detail
    opening = checklist.item("intro")
    assert opening is not None
    assert opening.status == ("warn" if report.intro.generic_opening else "pass")


def test_an_explicit_headline_analysis_wins_over_the_report() -> None:
    from app.analysis.insights.headline import analyze_headline

    report = analyze(POLISHED)
    calm = analyze_headline("How I Keep a Writing Habit")
    checklist = plain_checklist(report, title=calm.text, headline=calm)
    item = checklist.item("headline")
    assert item is not None
    assert f"Scores {calm.overall} out of 100" in item.detail


def test_an_empty_story_is_not_ready_and_checks_nothing_it_cannot() -> None:
    report = analyze("")
    checklist = build_checklist(
        report,
        title="A title",
        subtitle="",
        tags=["Writing"],
        canonical_url="",
        first_published_elsewhere=False,
        source="",
    )
    statuses = statuses_of(checklist)
    assert statuses["read_time"] == "fail"
    for item_id in ("readability", "spelling", "passive", "adverbs", "closing", "images"):
        assert statuses[item_id] == "skip", item_id
    assert not checklist.ready
