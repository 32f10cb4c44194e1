"""Adverbs ending in "-ly" and intensifiers such as "very" and "really"."""

from __future__ import annotations

import re
from functools import cache

from app.analysis.findings import Finding, Severity
from app.analysis.style.lexicon import is_mid_sentence_name, joined, style_list
from app.analysis.style.phrases import INTENSIFIERS, hits_from, phrase_lists

ADVERB_RULE = "adverb"
INTENSIFIER_RULE = "intensifier"

# Find word endings "ly" first (a literal search, very fast), then read the word backwards.
_LY_END_RE = re.compile(r"ly\b", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(r"[^\W\d_]+$")
# "the very first", "this very moment": "very" as an adjective meaning "exact".
_VERY_AS_ADJECTIVE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+$", re.IGNORECASE)


@cache
def _owned_elsewhere() -> frozenset[str]:
    """Single words another rule reports with better advice ("clearly" is a weasel word)."""
    words = frozenset().union(*phrase_lists().values())
    return frozenset(word for word in words if " " not in word and "-" not in word)


def find_adverbs(text: str) -> list[Finding]:
    """Adverbs ending in "-ly", apart from listed non-adverbs and words other rules report."""
    exceptions = style_list("ly_exceptions.txt")
    owned = _owned_elsewhere()
    findings: list[Finding] = []
    for end_match in _LY_END_RE.finditer(text):
        end = end_match.end()
        match = _WORD_BEFORE_RE.search(text, max(0, end - 40), end)
        if match is None or match.end() - match.start() < 4:
            continue
        if joined(text, match.start(), end):
            continue  # part of a compound such as "newly-built"
        word = match.group()
        lower = word.lower()
        if lower in exceptions or lower in owned:
            continue
        if is_mid_sentence_name(text, match.start(), word):
            continue
        findings.append(
            Finding(
                ADVERB_RULE,
                match.start(),
                match.end(),
                Severity.INFO,
                f'"{word}" is an adverb; a stronger verb or adjective usually says more.',
                'Cut it, or use one stronger word ("ran quickly" -> "sprinted").',
            )
        )
    return findings


def find_intensifiers(text: str) -> list[Finding]:
    """Intensifiers ("very", "really", "extremely") that weaken what they try to stress."""
    findings: list[Finding] = []
    for hit in hits_from(text, INTENSIFIERS):
        word = text[hit.start : hit.end]
        if is_mid_sentence_name(text, hit.start, word):
            continue  # "Super Bowl"
        if word.lower() == "very" and _VERY_AS_ADJECTIVE.search(
            text, max(0, hit.start - 8), hit.start
        ):
            continue
        findings.append(
            Finding(
                INTENSIFIER_RULE,
                hit.start,
                hit.end,
                Severity.INFO,
                f'"{word}" is an intensifier; it adds emphasis but no meaning.',
                'Cut it, or choose a stronger word ("very big" -> "huge").',
            )
        )
    return findings
