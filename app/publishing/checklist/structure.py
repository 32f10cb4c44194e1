"""The structure checks: opening, read time, subheadings, images and closing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.analysis.insights.read_time import WORDS_PER_MINUTE
from app.document.wording import plural
from app.publishing.call_to_action import has_call_to_action
from app.publishing.checklist.model import ChecklistItem
from app.publishing.checklist.skips import EMPTY_DETAIL, EMPTY_FIX, skip, switched_off
from app.publishing.checklist.thresholds import IMAGE_SUGGESTED_WORDS, SECTION_WORDS

if TYPE_CHECKING:
    from app.analysis.engine.report import Report
    from app.analysis.insights.intro import IntroReport


def check_intro(intro: IntroReport | None, empty: bool) -> ChecklistItem:
    label = "Opening paragraph"
    if empty:
        return skip("intro", label, EMPTY_DETAIL, EMPTY_FIX)
    if intro is None:
        return skip(
            "intro",
            label,
            "The opening has not been checked.",
            "Make the first lines give readers a reason to stay.",
        )
    from app.analysis.insights.intro import hook_phrase  # at use: keeps the import light

    hook = intro.hook_type
    if intro.generic_opening:
        fix = next(
            (tip for tip in intro.tips if "subtitle" not in tip.lower()),
            "Cut the warm-up opening and start with the point of the story.",
        )
        return ChecklistItem("intro", label, "warn", "The opening starts with a generic line.", fix)
    if intro.long_paragraph_tip:  # as the sidebar says: a long first paragraph loses readers
        opens = "No warm-up line" if hook == "none" else f"Opens with {hook_phrase(hook)}"
        detail = f"{opens}, but the first paragraph runs long."
        return ChecklistItem("intro", label, "warn", detail, intro.long_paragraph_tip)
    if hook == "none":
        # Most real openings name no hook a rule can be sure of ("You can't learn Agile from a
        # book"); warning on all of them would be noise, so only a warm-up line warns.
        return ChecklistItem(
            "intro",
            label,
            "pass",
            "No warm-up line: the story starts at once.",
            "Nothing to do. A question, a number, a short scene or a quote in the first line "
            "can pull readers in further.",
        )
    return ChecklistItem(
        "intro",
        label,
        "pass",
        f"Opens with {hook_phrase(hook)}.",
        "Nothing to do: the first lines give readers a reason to stay.",
    )


def check_read_time(report: Report, band: tuple[float, float]) -> ChecklistItem:
    label = "Read time"
    low, high = band
    if report.words == 0:
        return ChecklistItem(
            "read_time", label, "fail", "The story is empty.", "Write the story first."
        )
    # The band judges the whole minutes the line shows (as Medium shows them), so a story
    # shown as "3 min read" is never called short of a 3-minute band.
    shown = report.read_time.display_minutes
    detail = (
        f"{shown} min read ({plural(report.words, 'word')} by Medium's count of "
        f"{WORDS_PER_MINUTE} a minute)."
    )
    if shown < low:
        return ChecklistItem(
            "read_time",
            label,
            "warn",
            detail,
            f"Short for Medium: develop it toward {low:g}-{high:g} minutes, or keep it as a "
            "quick note.",
        )
    if shown > high:
        return ChecklistItem(
            "read_time",
            label,
            "warn",
            detail,
            f"Long for Medium: cut it toward {high:g} minutes, or split it into a series.",
        )
    return ChecklistItem(
        "read_time",
        label,
        "pass",
        detail,
        f"Nothing to do: {low:g}-{high:g} minutes suits most readers.",
    )


def check_subheadings(report: Report, empty: bool, off: frozenset[str]) -> ChecklistItem:
    label = "Subheadings"
    if empty:
        return skip("subheadings", label, EMPTY_DETAIL, EMPTY_FIX)
    if "long_section" in off and report.words > SECTION_WORDS:
        return switched_off("subheadings", label, ("long_section",))
    long_sections = sum(finding.rule == "long_section" for finding in report.findings)
    if long_sections:
        return ChecklistItem(
            "subheadings",
            label,
            "warn",
            f"{plural(long_sections, 'section')} {'runs' if long_sections == 1 else 'run'} past "
            f"{SECTION_WORDS} words without a "
            "subheading.",
            f"Add a subheading about every {SECTION_WORDS} words so skimmers can find their place.",
            ("long_section",),
        )
    subheadings = len(report.headings)
    if subheadings and report.words <= SECTION_WORDS:
        detail = f"{plural(subheadings, 'subheading')} in a short story."
    elif report.words <= SECTION_WORDS:
        detail = "Short enough to need no subheadings."
    else:
        detail = f"A subheading at least every {SECTION_WORDS} words."
    return ChecklistItem(
        "subheadings",
        label,
        "pass",
        detail,
        "Nothing to do: readers can skim the story.",
        ("long_section",),
    )


def check_images(report: Report, empty: bool) -> ChecklistItem:
    label = "Images"
    if empty:
        return skip("images", label, EMPTY_DETAIL, EMPTY_FIX)
    images = report.images
    missing_alt = [image for image in images if not image.alt.strip()]
    if missing_alt:
        return ChecklistItem(
            "images",
            label,
            "warn",
            f"{len(missing_alt):,} of {plural(len(images), 'image')} "
            f"{'has' if len(missing_alt) == 1 else 'have'} no alt text.",
            "Describe each image in its alt text (![description](image.jpg)) for readers "
            "who cannot see it.",
        )
    if not images and report.words > IMAGE_SUGGESTED_WORDS:
        return ChecklistItem(
            "images",
            label,
            "warn",
            f"No images in {plural(report.words, 'word')}.",
            "Add at least one image: Medium uses the first as the story's preview picture.",
        )
    if not images:
        return ChecklistItem(
            "images",
            label,
            "pass",
            "No images; fine for a short story.",
            "Optional: an image gives the story a preview picture in feeds.",
        )
    return ChecklistItem(
        "images",
        label,
        "pass",
        f"{plural(len(images), 'image')}, all with alt text.",
        "Nothing to do: every image is described.",
    )


def check_closing(paragraph: str, empty: bool) -> ChecklistItem:
    label = "Closing"
    if empty:
        return skip("closing", label, EMPTY_DETAIL, EMPTY_FIX)
    if paragraph and has_call_to_action(paragraph):
        return ChecklistItem(
            "closing",
            label,
            "pass",
            "The last paragraph asks a question or invites readers to act.",
            "Nothing to do: readers know what to do next.",
        )
    return ChecklistItem(
        "closing",
        label,
        "warn",
        "The story ends without a question or a call to action.",
        "End with a question for readers, or invite them to comment, share or follow.",
    )
