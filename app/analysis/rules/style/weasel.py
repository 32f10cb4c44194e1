"""Weasel words (vague or unattributed claims) and hedges (claims softened into nothing)."""

from __future__ import annotations

import re

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.lexicon import word_set
from app.analysis.rules.style.phrases import HEDGES, WEASELS, hits_from

WEASEL_RULE = "weasel"
HEDGE_RULE = "hedge"

_PREVIOUS_WORDS = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)?)\W*$")
# "too many", "how few", "as many as", "a few": a comparison or a plain quantity.
_QUANTITY_GUARDS = frozenset({"too", "how", "as", "a"})
# "a kind of tool", "what sort of person", "the right kind of": a noun phrase, not a hedge.
# The word just before decides, or a determiner two words back ("a strange kind of").
_DETERMINERS = word_set("a an the what which some any every each no one another")
_NOUN_GUARDS = word_set(
    "a an the this that these those what which whatever some any every each no one same other"
    " another different new right wrong my your his her its our their certain particular"
    " similar specific first last only best worst"
)
# "rather than", "would rather": a choice, not a hedge.
_RATHER_BEFORE = frozenset({"would", "had", "or"})


def _words_before(text: str, start: int, count: int) -> list[str]:
    """Up to ``count`` lower-case words just before ``start``, nearest first."""
    found: list[str] = []
    end = start
    while len(found) < count:
        match = _PREVIOUS_WORDS.search(text, max(0, end - 40), end)
        if not match:
            break
        found.append(match.group(1).lower())
        end = match.start()
    return found


def find_weasels(text: str) -> list[Finding]:
    """Vague quantities, unattributed claims and empty emphasis ("many", "studies show")."""
    findings: list[Finding] = []
    for hit in hits_from(text, WEASELS):
        if hit.key in {"few", "many"}:
            previous = _words_before(text, hit.start, 1)
            if previous and previous[0] in _QUANTITY_GUARDS:
                continue
        shown = " ".join(text[hit.start : hit.end].split())
        findings.append(
            Finding(
                WEASEL_RULE,
                hit.start,
                hit.end,
                Severity.INFO,
                f'"{shown}" is vague: it sounds like a fact but gives the reader nothing to check.',
                "Give a number, a name or a source, or cut it.",
            )
        )
    return findings


def find_hedges(text: str) -> list[Finding]:
    """Hedges that soften a claim ("I think", "perhaps", "sort of")."""
    findings: list[Finding] = []
    for hit in hits_from(text, HEDGES):
        if hit.key in {"kind of", "sort of"}:
            before = _words_before(text, hit.start, 2)
            nearest_guards = bool(before) and before[0] in _NOUN_GUARDS
            if nearest_guards or (len(before) > 1 and before[1] in _DETERMINERS):
                continue
        if hit.key == "rather":
            following = text[hit.end : hit.end + 6].lower()
            before = _words_before(text, hit.start, 1)
            chose = bool(before) and (
                before[0] in _RATHER_BEFORE or before[0].endswith(("'d", "’d"))
            )
            if chose or re.match(r"\s+than\b", following):
                continue
        shown = " ".join(text[hit.start : hit.end].split())
        findings.append(
            Finding(
                HEDGE_RULE,
                hit.start,
                hit.end,
                Severity.INFO,
                f'"{shown}" hedges the claim and makes it weaker.',
                "Cut it and state the point directly, or say what you are unsure of.",
            )
        )
    return findings
