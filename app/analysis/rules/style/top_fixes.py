"""The ten edits that would help a post most, from the findings a writer sees.

A clear mistake a writer fixes in one click (a doubled word, a misspelling, a grammar slip)
comes before any advice. Among the rest, an edit helps more when its rule is one an editor
nearly always acts on and when it touches more of the text (a 45-word sentence more than a
26-word one). No rule takes more than half the list while other rules have something to fix,
so a post full of long sentences still shows its wordy phrases too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.analysis.rules.findings import Finding, Severity
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
    "formal_word": 2.0,
    "cliche": 2.5,
    "intensifier": 2.0,
    "hard_sentence": 2.0,
    # A grammar slip ("could of", "its a") is an error an editor always fixes, like a typo.
    **{check.id: 6.0 for check in GRAMMAR_CHECKS},
}
_SENTENCE_RULES = frozenset({"very_hard_sentence", "hard_sentence", "long_sentence"})
_GRAMMAR_RULES = frozenset(check.id for check in GRAMMAR_CHECKS)
# Mistakes rather than advice; a word used three times or more keeps only a soft (INFO) flag,
# the writer's choice as often as a typo, so it is no clear mistake.
_MISTAKE_RULES = _GRAMMAR_RULES | {"repeated_word", "spelling"}
_EXCERPT_CHARS = 36
# Emphasis and code marks: "**Catherine:** We…" reads "Catherine: We…" in the excerpt.
_MARKS_RE = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|`+")
# Links and pictures read as their text: "[the guide](url)", "![a chart](src)", "[text][ref]",
# and the rest of a link a span starts inside of ("For](url) me" from "[For](url) me").
_LINK_RE = re.compile(r"(?<![\w\]])!?\[([^\[\]]*)\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\[\]]*\])")
# Inline code is quoted as written: "grid[i][j]" is an index, no link.
_CODE_SPAN_RE = re.compile(r"(`+)[^`]*\1")
_LINK_TAIL_RE = re.compile(r"\A([^\[\]]*)\](?:\([^()\s]*(?:\s+\"[^\"]*\")?\)|\[[^\[\]]*\])")
# One word either side of a grammar slip, in the same sentence: "could of done", not "of".
_WORD_BEFORE_RE = re.compile(r"([\w'’]+)[ \t]+\Z")
_WORD_AFTER_RE = re.compile(r"\A[ \t]+([\w'’]+)")


@dataclass(frozen=True, slots=True)
class TopFix:
    """One suggested edit: the finding, a short excerpt of the text it covers, its weight."""

    finding: Finding
    excerpt: str
    gain: float


def _is_mistake(finding: Finding) -> bool:
    return finding.rule in _MISTAKE_RULES and finding.severity is not Severity.INFO


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
    text = _LINK_TAIL_RE.sub(r"\1", text)
    parts, start = [], 0
    for code in _CODE_SPAN_RE.finditer(text):
        parts += [_LINK_RE.sub(r"\1", text[start : code.start()]), code.group(0)]
        start = code.end()
    text = "".join([*parts, _LINK_RE.sub(r"\1", text[start:])])
    flat = " ".join(_MARKS_RE.sub("", text).split())
    if len(flat) <= _EXCERPT_CHARS:
        return flat
    cut = flat[: _EXCERPT_CHARS - 1]
    if " " in cut and not flat[_EXCERPT_CHARS - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]  # never end on part of a word
    return cut.rstrip(" ,;:") + "…"


def _quoted(finding: Finding, source: str, beside: bool = False) -> str:
    """The text an entry quotes: a grammar slip with a word either side, as it is a slip only
    beside them ("could of done", "Its all"); any other finding, its own words, or with a
    word either side too when ``beside`` (two entries would read alike: "very" and "very")."""
    start, end = finding.start, finding.end
    if beside or finding.rule in _GRAMMAR_RULES:
        before = _WORD_BEFORE_RE.search(source, max(0, start - 40), start)
        after = _WORD_AFTER_RE.match(source[end : end + 40])
        start = before.start(1) if before else start
        end = end + after.end(1) if after else end
    return source[start:end]


def _order(fix: TopFix) -> tuple[bool, float, int]:
    return (not _is_mistake(fix.finding), -fix.gain, fix.finding.start)


def top_fixes(findings: Sequence[Finding], source: str, limit: int = TOP_FIXES) -> list[TopFix]:
    """The ``limit`` findings worth fixing first, best first: clear mistakes, then the rest by
    how much they help (ties: earlier in the text)."""
    scored = sorted(
        (
            TopFix(f, _excerpt(_quoted(f, source)), _gain(f, source[f.start : f.end]))
            for f in findings
        ),
        key=_order,
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
    chosen.sort(key=_order)
    return _told_apart(chosen[:limit], source)


def _told_apart(fixes: list[TopFix], source: str) -> list[TopFix]:
    """Entries that would read alike ("Intensifiers: “very”" twice) quote a word either side,
    so the writer sees which is which ("is very slow", "a very good")."""
    alike = Counter((fix.finding.rule, fix.excerpt) for fix in fixes)
    return [
        replace(fix, excerpt=_excerpt(_quoted(fix.finding, source, beside=True)))
        if alike[(fix.finding.rule, fix.excerpt)] > 1
        else fix
        for fix in fixes
    ]
