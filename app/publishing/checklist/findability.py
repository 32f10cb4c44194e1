"""The findability checks: focus keyphrase, tags and canonical link."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from app.analysis.insights.tags.slips import likely_meant
from app.document.medium_limits import MAX_TAGS
from app.document.wording import plural
from app.publishing.checklist.model import ChecklistItem
from app.publishing.checklist.skips import EMPTY_DETAIL, EMPTY_FIX, skip
from app.publishing.checklist.thresholds import KEYPHRASE_ISSUES_LISTED

if TYPE_CHECKING:
    from app.analysis.engine.report import Report


def check_keyphrase(report: Report, empty: bool) -> ChecklistItem:
    label = "Focus keyphrase"
    if empty:
        return skip("keyphrase", label, EMPTY_DETAIL, EMPTY_FIX)
    keywords = report.keywords
    focus = keywords.keyphrase
    if focus is None:
        suggestion = keywords.suggested_keyphrase
        fix = "Enter the phrase a reader would search for as the focus keyphrase"
        fix += f" (perhaps “{suggestion}”)." if suggestion else "."
        return ChecklistItem("keyphrase", label, "warn", "No focus keyphrase is set.", fix)
    poor = [check for check in focus.checks if check.status == "poor"]
    fair = [check for check in focus.checks if check.status == "ok"]
    if not poor and fair:
        # The sidebar shows these in amber: the checklist names them too, as options.
        return ChecklistItem(
            "keyphrase",
            label,
            "pass",
            f"“{focus.keyphrase}”: no keyphrase check needs work; "
            f"{plural(len(fair), 'check')} could do better.",
            "Optional: " + " ".join(check.message for check in fair),
        )
    if not poor:
        return ChecklistItem(
            "keyphrase",
            label,
            "pass",
            f"“{focus.keyphrase}” passes every keyphrase check.",
            "Nothing to do: title, opening and body use the keyphrase well.",
        )
    listed = " ".join(check.message for check in poor[:KEYPHRASE_ISSUES_LISTED])
    more = len(poor) - KEYPHRASE_ISSUES_LISTED
    tail = f" (and {more} more in the sidebar)" if more > 0 else ""
    return ChecklistItem(
        "keyphrase",
        label,
        "warn",
        f"“{focus.keyphrase}”: {len(poor)} of {len(focus.checks)} keyphrase checks need work.",
        f"{listed}{tail}",
    )


def check_tags(tags: Sequence[str], topics: Sequence[str] = ()) -> ChecklistItem:
    """The tags' count and spelling; ``topics`` are the post's key phrases, whose tags are
    what a slip most likely meant ("Imagemagik" on a post about ImageMagick)."""
    label = "Tags"
    cleaned = [" ".join(tag.split()) for tag in tags if tag.strip()]
    count = len(cleaned)
    distinct = len({tag.casefold() for tag in cleaned})
    if count == 0:
        return ChecklistItem(
            "tags",
            label,
            "fail",
            "The story has no tags.",
            f"Add up to {MAX_TAGS} tags: Medium shows stories to readers who follow them.",
        )
    if count > MAX_TAGS:
        return ChecklistItem(
            "tags",
            label,
            "fail",
            f"{count} tags; Medium accepts {MAX_TAGS}.",
            f"Keep the {MAX_TAGS} that describe the story best.",
        )
    if distinct < count:
        return ChecklistItem(
            "tags",
            label,
            "warn",
            f"{count} tags, but some repeat.",
            "Remove the repeated tag and use the slot for another topic.",
        )
    slips = [(tag, meant) for tag in cleaned if (meant := likely_meant(tag, topics))]
    if slips:
        chosen = {tag.casefold() for tag in cleaned}
        repeats = [tag for tag, meant in slips if meant.casefold() in chosen]
        return ChecklistItem(
            "tags",
            label,
            "warn",
            " ".join(
                f"‘{tag}’ looks like a slip for ‘{meant}’, which is already a tag."
                if tag in repeats
                else f"‘{tag}’ looks like a slip for Medium's ‘{meant}’."
                for tag, meant in slips
            ),
            _slips_fix(len(slips) - len(repeats), len(repeats)),
        )
    detail = f"{plural(count, 'tag')}: {', '.join(cleaned)}."
    if count < MAX_TAGS:
        fix = f"Optional: use all {MAX_TAGS} tags to reach more readers."
    else:
        fix = "Nothing to do: all five tags are in use."
    return ChecklistItem("tags", label, "pass", detail, fix)


def _slips_fix(misspelt: int, repeats: int) -> str:
    """What to do with misspelt tags and with slips that repeat a tag already chosen."""
    if not repeats:
        return (
            f"Correct {'it' if misspelt == 1 else 'them'}: a misspelt tag reaches few readers "
            "or none."
        )
    if not misspelt:
        return (
            f"Remove {'it' if repeats == 1 else 'them'} and use the place for another tag: "
            "correcting it would only repeat a tag."
        )
    return "Remove the slips of tags you already have and correct the others."


def _valid_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in {"http", "https"} and "." in parts.netloc and " " not in url


def check_canonical(url: str, elsewhere: bool) -> ChecklistItem:
    label = "Canonical link"
    if url and not _valid_url(url):
        return ChecklistItem(
            "canonical",
            label,
            "fail",
            f"“{url}” is not a web address.",
            "Paste the full address of the original, starting with https://.",
        )
    if elsewhere and not url:
        return ChecklistItem(
            "canonical",
            label,
            "fail",
            "The story appeared elsewhere first, but no canonical link is set.",
            "Add the original's address as the canonical link so search engines credit it.",
        )
    if url:
        return ChecklistItem(
            "canonical",
            label,
            "pass",
            f"Points to {url}.",
            "Nothing to do: search engines will credit the original.",
        )
    return ChecklistItem(
        "canonical",
        label,
        "pass",
        "Not needed: the story first appears on Medium.",
        "If it was published elsewhere first, add the original's address.",
    )
