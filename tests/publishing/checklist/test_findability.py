"""The findability checks: tags and their slips, the canonical link and the keyphrase."""

from __future__ import annotations

import pytest

from app.analysis.engine.analyzer import analyze
from app.publishing.checklist import build_checklist
from tests.publishing.checklist.drafts import CANONICAL, POLISHED_TAGS, plain_checklist, statuses_of


@pytest.mark.parametrize(
    ("tags", "status"),
    [
        ([], "fail"),
        (["Writing"], "pass"),
        (["A", "B", "C", "D", "E"], "pass"),
        (["A", "B", "C", "D", "E", "F"], "fail"),
        (["Writing", "writing"], "warn"),
        (["Writing", "Machien Lerning"], "warn"),
        (["Writing", "Sinking Fund"], "pass"),
    ],
)
def test_tags(tags: list[str], status: str) -> None:
    assert statuses_of(plain_checklist(tags=tags))["tags"] == status


def test_a_misspelt_tag_is_named_with_the_tag_meant() -> None:
    item = plain_checklist(tags=["Python", "Pyhton Tips", "Productivty"]).item("tags")
    assert item is not None
    assert item.detail == "‘Productivty’ looks like a slip for Medium's ‘Productivity’."
    assert item.fix == "Correct it: a misspelt tag reaches few readers or none."
    both = plain_checklist(tags=["Pyhton", "Productivty"]).item("tags")
    assert both is not None
    assert both.detail == (
        "‘Pyhton’ looks like a slip for Medium's ‘Python’. "
        "‘Productivty’ looks like a slip for Medium's ‘Productivity’."
    )


def test_a_slip_for_a_small_tag_the_post_is_about_is_named() -> None:
    source = (
        "# Resizing Photos in Bulk\n\n"
        "I keep my holiday photos small with ImageMagick. Install ImageMagick first. "
        "With ImageMagick, one command shrinks a whole folder. The mogrify tool of "
        "ImageMagick overwrites files, so copy them before you start. Then let ImageMagick "
        "work while you make tea."
    )
    report = analyze(source)
    assert "ImageMagick" in {k.phrase for k in report.keywords.extracted}
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle="",
        tags=["Imagemagik", "Photography"],
        canonical_url="",
        first_published_elsewhere=False,
        source=source,
    )
    item = checklist.item("tags")
    assert item is not None
    assert item.detail == "‘Imagemagik’ looks like a slip for Medium's ‘ImageMagick’."


def test_a_slip_for_a_tag_already_chosen_is_to_be_removed_not_corrected() -> None:
    item = plain_checklist(tags=["Open Data", "Open Dta"]).item("tags")
    assert item is not None
    assert item.detail == "‘Open Dta’ looks like a slip for ‘Open Data’, which is already a tag."
    assert item.fix.startswith("Remove it")
    mixed = plain_checklist(tags=["Open Data", "Open Dta", "Pyhton"]).item("tags")
    assert mixed is not None
    assert mixed.fix == "Remove the slips of tags you already have and correct the others."


@pytest.mark.parametrize(
    ("url", "elsewhere", "status"),
    [
        ("", False, "pass"),
        ("", True, "fail"),
        (CANONICAL, True, "pass"),
        ("not a link", True, "fail"),
        ("ftp://example.com/story", True, "fail"),
    ],
)
def test_canonical_link(url: str, elsewhere: bool, status: str) -> None:
    checklist = plain_checklist(canonical_url=url, first_published_elsewhere=elsewhere)
    assert statuses_of(checklist)["canonical"] == status
    assert checklist.ready is (status != "fail")


def test_keyphrase_checks_the_sidebar_shows_in_amber_are_named_as_options() -> None:
    weeks = "\n\n".join(
        f"## Week {week}{': the writing habit' if week == 1 else ''}\n\n"
        + "\n\n".join(
            f"On day {day} of week {week} the {'writing habit' if day == 1 else 'plan'} held: "
            "I wrote for ten minutes and "
            "stopped when the timer rang."
            for day in range(1, 5)
        )
        for week in range(1, 4)
    )
    source = (
        "# Lessons From Keeping a Writing Habit\n\n"
        "A writing habit is easier to keep than to start. Here is what a month taught me.\n\n"
        + weeks
    )
    subtitle = "What a month of mornings taught me about showing up"
    report = analyze(source, subtitle=subtitle, keyphrase="writing habit")
    fair = [c.message for c in report.keywords.keyphrase.checks if c.status == "ok"]
    assert fair
    assert all(c.status != "poor" for c in report.keywords.keyphrase.checks)
    checklist = build_checklist(
        report,
        title=report.title,
        subtitle=subtitle,
        tags=POLISHED_TAGS,
        canonical_url="",
        first_published_elsewhere=False,
        source=source,
    )
    (item,) = [i for i in checklist.items if i.id == "keyphrase"]
    assert item.status == "pass"
    assert "passes every" not in item.detail
    assert item.fix.startswith("Optional:")
    assert all(message in item.fix for message in fair)
