"""The ten edits that would help a post most, from the findings a writer sees.

An edit helps more when its rule is one an editor nearly always acts on (a doubled word, a
misspelling) and when it touches more of the text (a 45-word sentence more than a 26-word
one). No rule takes more than half the list while other rules have something to fix, so a
post full of long sentences still shows its wordy phrases too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from app.analysis.rules.findings import Finding
from app.analysis.rules.grammar import CHECKS as GRAMMAR_CHECKS

TOP_FIXES = 10
_PER_RULE = TOP_FIXES // 2
# How much a fix of each rule helps, before its size counts (rules not listed: 1).
_RULE_WEIGHTS = {
    "repeated_word": 10.0,
    "spelling": 6.0,
    "very_hard_sentence": 5.0,
    "long_paragraph": 4.0,
    "paragraph_sentences": 3.0,
    "long_section": 3.0,
    "simpler": 2.5,
    "cliche": 2.5,
    "intensifier": 2.0,
    "hard_sentence": 2.0,
    # A grammar slip ("could of", "its a") is an error an editor always fixes, like a typo.
    **{check.id: 6.0 for check in GRAMMAR_CHECKS},
}
_SENTENCE_RULES = frozenset({"very_hard_sentence", "hard_sentence", "long_sentence"})
_EXCERPT_CHARS = 36
# Emphasis and code marks: "**Catherine:** We…" reads "Catherine: We…" in the excerpt.
_MARKS_RE = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+")


@dataclass(frozen=True, slots=True)
class TopFix:
    """One suggested edit: the finding, a short excerpt of the text it covers, its weight."""

    finding: Finding
    excerpt: str
    gain: float


def _gain(finding: Finding, text: str) -> float:
    weight = _RULE_WEIGHTS.get(finding.rule, 1.0)
    if finding.rule in _SENTENCE_RULES:
        # Every word past twenty-five is one more the reader must hold.
        words = len(text.split())
        weight += max(0, words - 25) / 5
    return weight


def _excerpt(text: str) -> str:
    """The start of ``text`` as a reader sees it: Markdown's emphasis and code marks left out,
    cut after a whole word."""
    flat = " ".join(_MARKS_RE.sub("", text).split())
    if len(flat) <= _EXCERPT_CHARS:
        return flat
    cut = flat[: _EXCERPT_CHARS - 1]
    if " " in cut and not flat[_EXCERPT_CHARS - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]  # never end on part of a word
    return cut.rstrip(" ,;:") + "…"


def top_fixes(findings: Sequence[Finding], source: str, limit: int = TOP_FIXES) -> list[TopFix]:
    """The ``limit`` findings worth fixing first, best first (ties: earlier in the text)."""
    scored = sorted(
        (
            TopFix(f, _excerpt(source[f.start : f.end]), _gain(f, source[f.start : f.end]))
            for f in findings
        ),
        key=lambda fix: (-fix.gain, fix.finding.start),
    )
    per_rule: Counter[str] = Counter()
    chosen: list[TopFix] = []
    left: list[TopFix] = []
    for fix in scored:
        if per_rule[fix.finding.rule] < _PER_RULE:
            per_rule[fix.finding.rule] += 1
            chosen.append(fix)
        else:
            left.append(fix)
    # A rule takes more than its share only when nothing else is left to fix.
    chosen += left[: max(0, limit - len(chosen))]
    chosen.sort(key=lambda fix: (-fix.gain, fix.finding.start))
    return chosen[:limit]
