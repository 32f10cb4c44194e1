"""Wordy or needlessly formal phrases with plainer replacements ("utilize" -> "use")."""

from __future__ import annotations

import re

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.alternatives import Alternatives, alternatives
from app.analysis.rules.style.lexicon import match_case
from app.analysis.rules.style.phrases import WORDY, hits_from

RULE = "simpler"

# After a form of "be" an "-ed" form is a passive participle ("is utilized" -> "is used"),
# after a form of "have" a perfect one ("has commenced" -> "has begun"), elsewhere a past
# tense ("utilized" -> "used"). An adverb or "not" may stand between. "'s" and "'d" may be
# either ("it's", "he'd"): they count as "be", whose replacements also fit after "have".
_BETWEEN = r"\s+(?:[^\W\d_]+ly\s+|not\s+)?$"
_AFTER_BE = re.compile(
    rf"(?:\b(?:be|been|being|is|are|was|were|am|get|gets|got)|['’](?:s|d|re|m)){_BETWEEN}",
    re.IGNORECASE,
)
_AFTER_HAVE = re.compile(rf"(?:\b(?:have|has|had|having)|['’]ve){_BETWEEN}", re.IGNORECASE)


def _options(entry: Alternatives, text: str, start: int) -> tuple[str, ...]:
    """The replacements that fit the words before ``start``."""
    window = max(0, start - 30)
    if _AFTER_BE.search(text, window, start):
        return entry.after_be
    if _AFTER_HAVE.search(text, window, start):
        return entry.after_auxiliary
    return entry.replacements


def find_simpler(text: str) -> list[Finding]:
    """Wordy phrases, each with its plainer replacements (case kept: "Utilize" -> "Use")."""
    entries = alternatives()
    findings: list[Finding] = []
    for hit in hits_from(text, WORDY):
        found = text[hit.start : hit.end]
        entry = entries[hit.key]
        options = _options(entry, text, hit.start)
        if not options:
            continue  # a passive no plain verb can take ("can be obtained"): nothing to offer
        replacements = tuple(dict.fromkeys(match_case(found, option) for option in options))
        shown = " ".join(found.split())
        quoted = " or ".join(f'"{option}"' for option in replacements)
        findings.append(
            Finding(
                RULE,
                hit.start,
                hit.end,
                Severity.INFO,
                f'"{shown}" is wordy; {quoted} is plainer.',
                replacements[0],
                replacements,
            )
        )
    return findings
