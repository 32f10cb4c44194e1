"""The style checks: readability against the genre, passive voice, adverbs, hard sentences."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from app.analysis.rules.thresholds import DEFAULT_THRESHOLDS
from app.document.wording import plural
from app.publishing.checklist.model import ChecklistItem
from app.publishing.checklist.skips import (
    EMPTY_DETAIL,
    EMPTY_FIX,
    how_to_see,
    how_to_switch_on,
    skip,
    switch_on_options,
    switched_off,
)
from app.publishing.checklist.thresholds import (
    ADVERBS_PER_100_WORDS,
    HARD_SENTENCE_SHARE,
    READABILITY_MARGIN,
)

if TYPE_CHECKING:
    from app.analysis.engine.report import Report
    from app.analysis.insights.readability import Readability


def _be(count: int) -> str:
    return "is" if count == 1 else "are"


def check_readability(report: Report, empty: bool) -> ChecklistItem:
    label = "Readability"
    if empty:
        return skip("readability", label, EMPTY_DETAIL, EMPTY_FIX)
    readability = report.readability
    detail = (
        f"Reading grade {readability.grade:g} ({readability.label}); the target for "
        f"{readability.genre} is {readability.target:g} or lower."
    )
    if readability.grade <= readability.target + READABILITY_MARGIN:
        return ChecklistItem("readability", label, "pass", detail, _readability_fix(readability))
    return ChecklistItem(
        "readability",
        label,
        "warn",
        detail,
        "Split long sentences and swap long words for short ones.",
        ("very_hard_sentence", "hard_sentence"),
    )


def _readability_fix(readability: Readability) -> str:
    """Advice that agrees with the label: a grade within target can still be fairly hard."""
    from app.analysis.insights.readability import GRADE_LABELS  # at use: keeps the import light

    plain_upper = next(upper for upper, label, _meaning in GRADE_LABELS if label == "Plain English")
    if readability.grade < plain_upper:
        return "Nothing to do: the text is easy to follow."
    return (
        f"Within the target for {readability.genre}, but {readability.meaning}: split the "
        "longest sentences where you want it plainer."
    )


def check_passive(report: Report, empty: bool, off: frozenset[str]) -> ChecklistItem:
    label = "Passive voice"
    share = report.style.passive_sentences
    if empty or share.status == "n/a":
        return skip("passive", label, EMPTY_DETAIL, EMPTY_FIX)
    good = DEFAULT_THRESHOLDS.passive_share_good  # the sidebar's target too
    detail = (
        f"{share.percent:g}% of sentences ({share.count:,} of {share.total:,}) "
        f"{_be(share.count)} passive; aim for {good:g}% or less."
    )
    if share.status != "good":
        # Anything over the target warns, as the sidebar's dot turns orange or red there.
        allowed = math.floor(share.total * good / 100 + 1e-9)
        fix = (
            f"Say who does what: rewrite {plural(share.count - allowed, 'passive sentence')} "
            "with the doer first."
        )
        if "passive" in off:  # counted all the same, but not highlighted: say how to find them
            return ChecklistItem(
                "passive",
                label,
                "warn",
                detail,
                f"{fix} {how_to_see(('passive',))}",
                ("passive",),
                switch_on_options(("passive",)),
            )
        return ChecklistItem("passive", label, "warn", detail, fix, ("passive",))
    return ChecklistItem(
        "passive",
        label,
        "pass",
        detail,
        "Nothing to do: most sentences say who does what.",
        ("passive",),
    )


def check_adverbs(report: Report, empty: bool, off: frozenset[str]) -> ChecklistItem:
    label = "Adverbs"
    if empty:
        return skip("adverbs", label, EMPTY_DETAIL, EMPTY_FIX)
    if "adverb" in off:  # no findings at all, so no count to judge
        return switched_off("adverbs", label, ("adverb",))
    count = report.style.count("adverb")
    limit = max(1, int(report.words * ADVERBS_PER_100_WORDS / 100))
    detail = f"{plural(count, 'adverb')} flagged; aim for {limit} or fewer at this length."
    if count > limit:
        return ChecklistItem(
            "adverbs",
            label,
            "warn",
            detail,
            "Replace “-ly” adverbs with a stronger verb, or cut them.",
            ("adverb",),
        )
    return ChecklistItem(
        "adverbs", label, "pass", detail, "Nothing to do: the verbs carry the weight.", ("adverb",)
    )


def check_hard_sentences(report: Report, empty: bool, off: frozenset[str]) -> ChecklistItem:
    from app.analysis.rules.catalog import rule_name  # at use: keeps the import light

    label = "Hard sentences"
    sentences = report.style.long_sentences.total  # body sentences (headings excluded)
    if empty or not sentences:
        return skip("hard_sentences", label, EMPTY_DETAIL, EMPTY_FIX)
    rules = tuple(rule for rule in ("very_hard_sentence", "hard_sentence") if rule not in off)
    if not rules:
        return switched_off("hard_sentences", label, ("very_hard_sentence", "hard_sentence"))
    very_hard = report.style.count("very_hard_sentence")
    if "hard_sentence" in off:
        # Very hard sentences alone: hard ones are not counted, so the share is a floor.
        share = 100 * very_hard / sentences
        detail = (
            f"{very_hard:,} of {sentences:,} sentences {_be(very_hard)} very hard to read, "
            f"{share:.0f}%; hard ones are not counted while “{rule_name('hard_sentence')}” "
            "is off."
        )
    elif "very_hard_sentence" in off:
        hard = report.style.count("hard_sentence")
        share = 100 * hard / sentences
        detail = (
            f"{hard:,} of {sentences:,} sentences {_be(hard)} hard to read, {share:.0f}%; very "
            f"hard ones are not counted while “{rule_name('very_hard_sentence')}” is off."
        )
    else:
        hard = report.style.count("hard_sentence")
        share = 100 * (hard + very_hard) / sentences
        detail = (
            f"{hard + very_hard:,} of {sentences:,} sentences {_be(hard + very_hard)} hard to read "
            f"({very_hard:,} very hard), {share:.0f}%."
        )
    if share > HARD_SENTENCE_SHARE:
        return ChecklistItem(
            "hard_sentences",
            label,
            "warn",
            detail,
            f"Split or simplify them until no more than {HARD_SENTENCE_SHARE:g}% are hard.",
            rules,
        )
    flagged = sum(report.style.count(rule) for rule in rules)
    if flagged:
        # Within the limit, yet highlighted in the text and in Top fixes: an optional edit,
        # never "nothing to do" beside sentences the story marks as hard to read.
        noun = "very hard sentence" if rules == ("very_hard_sentence",) else "hard sentence"
        fix = (
            f"Optional: split the {plural(flagged, noun)} highlighted in the text where you "
            "want the story plainer."
        )
    elif len(rules) == 2:
        fix = "Nothing to do: sentences are easy to follow."
    else:
        fix = "Nothing to do by this count."
    options = ""
    if len(rules) < 2:  # only part of the hard sentences was counted: no promise about the rest
        missing = next(rule for rule in ("very_hard_sentence", "hard_sentence") if rule in off)
        fix = f"{fix} {how_to_switch_on((missing,))}"
        options = switch_on_options((missing,))
    return ChecklistItem("hard_sentences", label, "pass", detail, fix, rules, options)
