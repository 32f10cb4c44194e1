"""Tag suggestions for an analysed draft: what they are made from."""

from __future__ import annotations

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.tags.history import TagHistory
from app.session.tag_suggestions import story_prose, tag_suggestions

BODY = (
    "Our nightly build broke twice last week. The logs were long and the cause was small.\n\n"
    "We found it with bisect and a short script that runs the tests.\n"
)


def test_the_subtitle_is_read_with_the_prose_as_its_opening_line() -> None:
    report = analyze(BODY, title="Finding the Bad Commit", subtitle="A git bisect walkthrough")
    prose = story_prose(report)
    assert prose.startswith("A git bisect walkthrough\n")
    assert "short script" in prose
    assert story_prose(analyze(BODY, title="Finding the Bad Commit")).startswith("Our nightly")


def test_a_tag_only_the_subtitle_names_can_be_suggested() -> None:
    without = tag_suggestions(analyze(BODY, title="Finding the Bad Commit"), TagHistory(), [])
    report = analyze(BODY, title="Finding the Bad Commit", subtitle="A git bisect walkthrough")
    with_subtitle = tag_suggestions(report, TagHistory(), [])
    assert "Git" not in [s.tag for s in without]
    assert "Git" in [s.tag for s in with_subtitle]


def test_a_tag_the_title_names_says_so_rather_than_how_often_the_text_does() -> None:
    report = analyze(BODY, title="Finding the Bad Commit with Git", subtitle="A git walkthrough")
    reasons = {s.tag: s.reason for s in tag_suggestions(report, TagHistory(), [])}
    assert reasons["Git"] == "named in the title"
