"""The proofreading checks: unknown words to review and grammar slips, quoted with their fix."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.document.wording import plural
from app.publishing.checklist.model import ChecklistItem
from app.publishing.checklist.skips import EMPTY_DETAIL, EMPTY_FIX, IN_THE_APP, skip
from app.publishing.checklist.thresholds import GRAMMAR_LISTED, SPELLING_LISTED

if TYPE_CHECKING:
    from app.analysis.engine.report import Report


def check_spelling(report: Report, source: str | None, empty: bool, checked: bool) -> ChecklistItem:
    label = "Spelling"
    if empty:
        return skip("spelling", label, EMPTY_DETAIL, EMPTY_FIX)
    if not checked:
        return skip(
            "spelling",
            label,
            "Spelling is not being checked.",
            "Switch the spelling check on to include it here.",
        )
    found = [finding for finding in report.findings if finding.rule == "spelling"]
    if not found:
        return ChecklistItem(
            "spelling",
            label,
            "pass",
            "No unknown words.",
            "Nothing to do: every word is in the dictionary.",
            ("spelling",),
        )
    # An unknown word is as often a name or a new word as a typo: it alone never holds a story
    # back, so the item is advice with the words to review, never a failure.
    firsts: dict[str, str] = {}  # one entry per word whatever its case, in order of use
    if source is not None:
        for finding in found:
            word = source[finding.start : finding.end]
            if word:
                firsts.setdefault(word.lower(), word)
    words = list(firsts.values())
    count = len(words) or len(found)
    listed = f": {', '.join(words[:SPELLING_LISTED])}" if words else ""
    more = "…" if len(words) > SPELLING_LISTED else ""
    return ChecklistItem(
        "spelling",
        label,
        "warn",
        f"{plural(count, 'word')} to review{listed}{more}.",
        "Correct each typo; add names and new words to your dictionary.",
        ("spelling",),
    )


def _grammar_rules() -> tuple[str, ...]:
    from app.analysis.rules.grammar import CHECKS  # at use: keeps the import light

    return (*(check.id for check in CHECKS), "repeated_word")


_WORD_BEFORE_RE = re.compile(r"([\w'’-]+)[ \t]+\Z")
_WORD_AFTER_RE = re.compile(r"[ \t]+([\w'’-]+)")


def quote_words(source: str, start: int, end: int) -> str:
    """The flagged words with a word either side on the same line, so the slip is findable."""
    before = _WORD_BEFORE_RE.search(source[max(0, start - 40) : start])
    after = _WORD_AFTER_RE.match(source, end)
    left = before.group(0) if before else ""
    right = after.group(0) if after and after.start() == end else ""
    return " ".join(f"{left}{source[start:end]}{right}".split())


def check_grammar(
    report: Report, source: str | None, empty: bool, off: frozenset[str]
) -> ChecklistItem:
    label = "Grammar"
    rules = _grammar_rules()
    checked = [rule for rule in rules if rule not in off]
    if empty:
        return skip("grammar", label, EMPTY_DETAIL, EMPTY_FIX)
    if not checked:
        return ChecklistItem(
            "grammar",
            label,
            "skip",
            "Not checked: the grammar checks and “Repeated words” are switched off.",
            f"Switch them on {IN_THE_APP} to include them here.",
            rules,
            "--all-rules",
        )
    found = [finding for finding in report.findings if finding.rule in checked]
    unchecked = len(rules) - len(checked)
    note = f" ({plural(unchecked, 'grammar check')} switched off)" if unchecked else ""
    if not found:
        # Quotations are left as the speaker said them: a pass says so rather than vouch
        # for them.
        from app.analysis.rules.style.quotations import quoted_spans  # at use: keeps it light

        where = " outside quotations" if source is not None and quoted_spans(source) else ""
        return ChecklistItem(
            "grammar",
            label,
            "pass",
            f"No grammar slips or repeated words found{where}{note}.",
            "Nothing to do: no slip the checks know of.",
            tuple(checked),
        )
    # Grammar findings are right nearly every time (README, Spelling and grammar), but a slip
    # is quick to fix and never a reason to hold a story back: advice, not a failure.
    quoted = []
    if source is not None:
        for finding in found[:GRAMMAR_LISTED]:
            fix = finding.replacements[0] if finding.replacements else ""
            shown = f"“{quote_words(source, finding.start, finding.end)}”"
            quoted.append(f"{shown} (→ {fix})" if fix else shown)
    listed = f": {'; '.join(quoted)}" if quoted else ""
    more = "…" if len(found) > len(quoted) and quoted else ""
    return ChecklistItem(
        "grammar",
        label,
        "warn",
        plural(len(found), "grammar slip or repeated word", "grammar slips or repeated words")
        + f"{listed}{more}{note}.",
        "Fix each one: most have a one-click fix in the editor.",
        tuple(checked),
    )
