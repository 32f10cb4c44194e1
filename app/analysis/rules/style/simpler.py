"""Wordy or needlessly formal phrases with plainer replacements ("utilize" -> "use")."""

from __future__ import annotations

import re

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.alternatives import alternatives
from app.analysis.rules.style.lexicon import match_case
from app.analysis.rules.style.phrases import WORDY, hits_from

RULE = "simpler"

# After these words an "-ed" form is a participle ("has utilized" -> "has used"), elsewhere a
# past tense ("utilized" -> "used"); the two differ for irregular replacements (began/begun).
_PERFECT_OR_PASSIVE = re.compile(
    r"(?:\b(?:have|has|had|having|be|been|being|is|are|was|were|am|get|gets|got)"
    r"|['’](?:ve|s|d|re|m))\s+(?:[^\W\d_]+ly\s+|not\s+)?$",
    re.IGNORECASE,
)


def find_simpler(text: str) -> list[Finding]:
    """Wordy phrases, each with its plainer replacements (case kept: "Utilize" -> "Use")."""
    entries = alternatives()
    findings: list[Finding] = []
    for hit in hits_from(text, WORDY):
        found = text[hit.start : hit.end]
        entry = entries[hit.key]
        window = max(0, hit.start - 30)
        after_auxiliary = _PERFECT_OR_PASSIVE.search(text, window, hit.start) is not None
        options = entry.after_auxiliary if after_auxiliary else entry.replacements
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
