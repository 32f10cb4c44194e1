"""The structure checks: read time against the band, and a closing that invites readers to act."""

from __future__ import annotations

import pytest

from app.analysis.engine.analyzer import analyze
from app.analysis.insights.read_time import WORDS_PER_MINUTE
from app.publishing.call_to_action import has_call_to_action
from app.publishing.checklist.model import ChecklistItem
from tests.publishing.checklist.drafts import checklist_of, plain_checklist, statuses_of


def _words(count: int) -> str:
    sentences = " ".join(["Short words make a calm read."] * (count // 6))
    return f"# A title\n\n{sentences}\n"


def _item(source: str, item_id: str, band: tuple[float, float] = (3, 12)) -> ChecklistItem:
    """One item of the checklist of ``source``, analysed as the app does."""
    item = checklist_of(source, read_time_band=band).item(item_id)
    assert item is not None
    return item


def test_read_time_against_the_band() -> None:
    def status(words: int, band: tuple[float, float] = (3, 12)) -> str:
        return _item(_words(words), "read_time", band).status

    assert status(2 * WORDS_PER_MINUTE) == "warn"
    assert status(4 * WORDS_PER_MINUTE) == "pass"
    assert status(4 * WORDS_PER_MINUTE, band=(5, 8)) == "warn"
    assert status(14 * WORDS_PER_MINUTE) == "warn"


def test_read_time_band_judges_the_minutes_it_shows() -> None:
    """A story shown as "3 min read" (2.9 minutes) is not called short of 3-12 minutes,
    and one shown as "12 min read" is not called long."""
    for words, shown in ((780, 3), (12 * WORDS_PER_MINUTE + 60, 12)):
        item = _item(_words(words), "read_time")
        assert item.detail.startswith(f"{shown} min read")
        assert item.status == "pass", item.fix


@pytest.mark.parametrize(
    ("opening", "detail", "status"),
    [
        ("Happy birthday, Go! Today we celebrate ten years.", "No warm-up line", "pass"),
        ("In this article i will be explaining how to test code.", "generic line", "warn"),
        ("An intro with a [link](https://example.com) and `code`.[^1]", "No warm-up", "pass"),
        ("Nine out of ten side projects die in the first month.", "a number or statistic", "pass"),
        ("Documentation is a product.", "a bold claim", "pass"),
        (
            "Nine out of ten side projects die in the first month. "
            + "Mine died twice, each time a little later than the last one did. " * 4,
            "a number or statistic, but the first paragraph runs long",
            "warn",
        ),
    ],
)
def test_opening_paragraph_names_only_a_hook_it_has_and_warns_only_of_a_warm_up(
    opening: str, detail: str, status: str
) -> None:
    body = _words(300).split("\n", 2)[2]
    source = f"# A title\n\n{opening}\n\n[^1]: A note.\n\n{body}"
    item = _item(source, "intro")
    assert detail in item.detail
    assert item.status == status


@pytest.mark.parametrize(
    ("ending", "has_call"),
    [
        ("What would you do in my place?", True),
        ("Follow me for more stories like this one.", True),
        ("Let me know in the comments how it went.", True),
        ("Try it tonight. Set a timer for ten minutes.", True),
        ("Subscribe to the newsletter.", True),
        ("That was the whole trip, and the weather was fine.", False),
        ("The report was filed on Monday.", False),
        # An instruction after an opening condition or a time word is a call to action.
        (
            "If you do one thing this week, write down your three numbers. You cannot "
            "change what you refuse to look at.",
            True,
        ),
        ("So, next time the bill comes, cancel one subscription you forgot.", True),
        ("Next time, bring a pencil. It was all I needed.", True),
        # A verb that is a noun too, read as a verb by its regular past ("moved").
        ("When you get paid, move ten percent to savings first.", True),
        # A noun that a verb follows opens a statement.
        ("Work was hard that year. Rain fell on the last day.", False),
        # A quiet closing image, or an "I"/"we" statement after a condition, is not.
        (
            "Someday somebody will open that box. I hope they sit on the floor together. "
            "I hope they laugh.",
            False,
        ),
        ("When I got home, I wrote it all down. May was a long month.", False),
    ],
)
def test_closing_question_or_call_to_action(ending: str, has_call: bool) -> None:
    assert has_call_to_action(ending) is has_call
    source = f"# Title\n\nA first paragraph.\n\n{ending}\n"
    status = statuses_of(plain_checklist(analyze(source), source=source))["closing"]
    assert status == ("pass" if has_call else "warn")


def test_last_paragraph_skips_code_headings_and_front_matter() -> None:
    source = (
        "---\ntitle: x\n---\n\n# Title\n\nOpening line.\n\n- first\n- Share it with a friend.\n\n"
        "```python\nprint('What now?')\n```\n\n## Notes\n"
    )
    assert analyze(source).last_paragraph == "Share it with a friend."
    assert analyze("# Only a heading\n").last_paragraph == ""


def test_a_long_first_paragraph_gets_the_sidebars_advice() -> None:
    body = _words(300).split("\n", 2)[2]
    opening = "Documentation is a product. " + "We wrote it for people who read it at night. " * 6
    item = _item(f"# A title\n\n{opening}\n\n{body}", "intro")
    assert item.status == "warn"
    assert item.fix.startswith("Shorten the first paragraph (")


@pytest.mark.parametrize(
    ("ending", "notes", "status"),
    [
        ("Leave a response with your numbers.[^1]", "[^1]: Most fixes were one line.", "pass"),
        ("Leave a response.", "[docs]: https://example.com\n\n[^n]: A note, flat.", "pass"),
        # A question in a note is no invitation: the story itself ends flat.
        ("That was all.[^1]", "[^1]: Would you? Leave a comment.", "warn"),
    ],
)
def test_the_closing_is_the_story_s_last_paragraph_not_its_notes(
    ending: str, notes: str, status: str
) -> None:
    source = f"# Title\n\nA first paragraph, see [the docs][docs].\n\n{ending}\n\n{notes}\n"
    assert statuses_of(plain_checklist(analyze(source), source=source))["closing"] == status
