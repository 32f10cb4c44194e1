"""Adverbs ending in "-ly" and intensifiers such as "very" and "really"."""

from __future__ import annotations

import re
from functools import cache

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.lexicon import is_mid_sentence_name, joined, style_list
from app.analysis.rules.style.phrases import INTENSIFIERS, hits_from, phrase_lists

ADVERB_RULE = "adverb"
INTENSIFIER_RULE = "intensifier"

# Find word endings "ly" first (a literal search, very fast), then read the word backwards.
_LY_END_RE = re.compile(r"ly\b", re.IGNORECASE)
# The same in lower-cased text, where the search runs on the literal alone.
_LOWER_LY_END_RE = re.compile(r"ly\b")
# How far back the word before "ly" is read.
_WORD_WINDOW = 40
# "the very first", "this very moment": "very" as an adjective meaning "exact".
_VERY_AS_ADJECTIVE = re.compile(r"\b(?:the|this|that|these|those|its|their)\s+$", re.IGNORECASE)


@cache
def _owned_elsewhere() -> frozenset[str]:
    """Single words another rule reports with better advice ("clearly" is a weasel word)."""
    words = frozenset().union(*phrase_lists().values())
    return frozenset(word for word in words if " " not in word and "-" not in word)


def _ly_ends(text: str) -> list[int]:
    """Where each word ending in "ly" ends, in any case."""
    lowered = text.lower()
    if len(lowered) == len(text):  # lower-casing kept every offset
        return [match.end() for match in _LOWER_LY_END_RE.finditer(lowered)]
    return [match.end() for match in _LY_END_RE.finditer(text)]


def _is_letter(char: str) -> bool:
    """``[^\\W\\d_]``: a word character that is neither a decimal digit nor an underscore."""
    return char.isalnum() and not char.isdecimal()


def _letters_before(text: str, end: int) -> int:
    """Start of the run of letters ending at ``end``, at most ``_WORD_WINDOW`` long."""
    start, floor = end, max(0, end - _WORD_WINDOW)
    while start > floor and _is_letter(text[start - 1]):
        start -= 1
    return start


def find_adverbs(text: str) -> list[Finding]:
    """Adverbs ending in "-ly", apart from listed non-adverbs and words other rules report."""
    exceptions = style_list("ly_exceptions.txt")
    owned = _owned_elsewhere()
    findings: list[Finding] = []
    for end in _ly_ends(text):
        start = _letters_before(text, end)
        if end - start < 4:
            continue
        if joined(text, start, end):
            continue  # part of a compound such as "newly-built"
        word = text[start:end]
        lower = word.lower()
        if lower in exceptions or lower in owned:
            continue
        if is_mid_sentence_name(text, start, word):
            continue
        findings.append(
            Finding(
                ADVERB_RULE,
                start,
                end,
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
