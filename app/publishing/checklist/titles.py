"""The title checks: headline score, clickbait risk, subtitle and the title in search results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.document.wording import plural
from app.publishing.checklist.model import ChecklistItem
from app.publishing.checklist.proofreading import quote_words
from app.publishing.checklist.skips import skip
from app.publishing.checklist.thresholds import (
    CLICKBAIT_STYLE,
    HEADLINE_GOOD,
    SEARCH_TITLE_CHARACTERS,
    SUBTITLE_RANGE,
)

if TYPE_CHECKING:
    from app.analysis.engine.report import Report
    from app.analysis.insights.headline import HeadlineReport
    from app.analysis.insights.intro import IntroReport
    from app.analysis.rules.findings import Finding


def headline_slips(report: Report, title: str, subtitle: str) -> tuple[str, ...]:
    """The grammar slips and unknown words of the title and subtitle, a sentence for each
    that has any ("In the title: “Why Its Time” (→ It's)."), each slip with its fix.

    Only when ``title`` and ``subtitle`` (spaces folded) are the ones the report judged.
    """
    sentences: list[str] = []
    for line, checked, findings, where in (
        (title, report.title, report.title_findings, "title"),
        (subtitle, report.subtitle, report.subtitle_findings, "subtitle"),
    ):
        if findings and " ".join(checked.split()) == line:
            quoted = "; ".join(_quoted(checked, finding) for finding in findings)
            sentences.append(f"In the {where}: {quoted}.")
    return tuple(sentences)


def _quoted(line: str, finding: Finding) -> str:
    """A grammar slip with a word either side and its fix; an unknown word (as often a name
    as a typo) alone, with the likeliest correction."""
    fix = finding.replacements[0] if finding.replacements else ""
    if finding.rule == "spelling":
        word = f"“{line[finding.start : finding.end]}”, not in the dictionary"
        return f"{word} ({fix}?)" if fix else word
    shown = f"“{quote_words(line, finding.start, finding.end)}”"
    return f"{shown} (→ {fix})" if fix else shown


def check_headline(
    title: str, headline: HeadlineReport | None, slips: Sequence[str] = ()
) -> ChecklistItem:
    """The headline's score; grammar slips and unknown words in the title or subtitle
    (``slips``, from ``headline_slips``) are named, and keep the item from passing."""
    label = "Headline"
    named = "".join(f" {sentence}" for sentence in slips)
    slip_fix = (
        "Correct the title and subtitle first: they are what every reader sees (add a name "
        "or a new word to your dictionary)."
    )
    if not title:
        return ChecklistItem(
            "headline",
            label,
            "fail",
            f"The story has no title.{named}",
            "Write a title that tells readers what they will get.",
        )
    if headline is None:
        if slips:
            return ChecklistItem(
                "headline", label, "warn", f"The headline has not been scored.{named}", slip_fix
            )
        return skip(
            "headline",
            label,
            "The headline has not been scored.",
            "Read the title aloud: would you click it in a feed?",
        )
    score = headline.overall
    verdict = headline.verdict
    detail = f"Scores {score} out of 100 ({verdict.rstrip('.')})."
    if slips:
        return ChecklistItem("headline", label, "warn", f"{detail}{named}", slip_fix)
    if score >= HEADLINE_GOOD:
        return ChecklistItem(
            "headline", label, "pass", detail, "Keep it; try a variant only if one scores higher."
        )
    return ChecklistItem("headline", label, "warn", detail, _lift_fix(headline.lift))


def _lift_fix(lift: str) -> str:
    """The sidebar's advice for this title ("To lift it: tighten to 60 or fewer") as the
    checklist's fix, so the two never disagree; a general one when the report has none."""
    action = lift.removeprefix("To lift it:").strip().rstrip(".")
    if not action:
        return "Make the benefit concrete: a number, a clear outcome or a specific reader."
    return f"{action[0].upper()}{action[1:]}."


def check_clickbait(title: str, headline: HeadlineReport | None) -> ChecklistItem:
    label = "Clickbait risk"
    if not title:
        return skip("clickbait", label, "There is no title to check.", "Write a title first.")
    if headline is None:
        return skip(
            "clickbait",
            label,
            "The headline has not been checked for clickbait.",
            "Make sure the title promises only what the story delivers.",
        )
    flags = [flag.label for flag in headline.red_flags]
    if flags:
        detail = f"{plural(len(flags), 'red flag')}: {'; '.join(flags)}."
        if headline.clickbait_probability >= CLICKBAIT_STYLE:
            detail += " The wording also reads like a clickbait site's."
    else:
        detail = "No red flags: the title neither teases nor exaggerates."
    risk = headline.risk
    if risk == "high":
        return ChecklistItem(
            "clickbait",
            label,
            "fail",
            detail,
            "Medium keeps clickbait out of boosted distribution: say plainly what the story "
            "is about.",
        )
    if risk == "medium":
        return ChecklistItem(
            "clickbait",
            label,
            "warn",
            detail,
            "Tone the title down: Medium's curators skip headlines that tease or exaggerate.",
        )
    return ChecklistItem(
        "clickbait",
        label,
        "pass",
        detail,
        "Nothing to do: the title promises what it says.",
    )


def check_subtitle(subtitle: str, intro: IntroReport | None) -> ChecklistItem:
    label = "Subtitle"
    low, high = SUBTITLE_RANGE
    length = len(subtitle)
    if not length:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            "The story has no subtitle.",
            f"Add a subtitle of {low}-{high} characters: Medium shows it under the title and "
            "in search results.",
        )
    detail = f"{plural(length, 'character')}."
    if intro is not None and intro.subtitle_repeats_title:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            f"{detail} It mostly repeats the title.",
            "Use the subtitle to add something the title does not say: who it is for, or what "
            "they get.",
        )
    if length < low:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            f"{detail} That is short.",
            f"Add detail until it runs to about {low}-{high} characters.",
        )
    if length > high:
        return ChecklistItem(
            "subtitle",
            label,
            "warn",
            f"{detail} Search results cut it off.",
            f"Trim it to about {high} characters.",
        )
    return ChecklistItem(
        "subtitle", label, "pass", detail, f"Nothing to do: {low}-{high} characters is ideal."
    )


def check_search_title(title: str) -> ChecklistItem:
    label = "Title in search results"
    limit = SEARCH_TITLE_CHARACTERS
    if not title:
        return skip("search_title", label, "There is no title to measure.", "Write a title.")
    length = len(title)
    if length <= limit:
        return ChecklistItem(
            "search_title",
            label,
            "pass",
            f"{plural(length, 'character')}: search results show all of it.",
            f"Nothing to do: titles up to about {limit} characters show in full.",
        )
    shown = title[:limit].rstrip() + "…"
    return ChecklistItem(
        "search_title",
        label,
        "warn",
        f"{plural(length, 'character')}: search results show only “{shown}”",
        f"Put the words that matter in the first {limit} characters, or shorten the title.",
    )
