"""Clichés: stock phrases readers have seen so often that they skim past them."""

from __future__ import annotations

from app.analysis.rules.findings import Finding, Severity
from app.analysis.rules.style.phrases import CLICHES, hits_from

RULE = "cliche"


def find_cliches(text: str) -> list[Finding]:
    """Listed clichés, ignoring case, line breaks and the kind of apostrophe or hyphen."""
    findings: list[Finding] = []
    for hit in hits_from(text, CLICHES):
        shown = " ".join(text[hit.start : hit.end].split())
        findings.append(
            Finding(
                RULE,
                hit.start,
                hit.end,
                Severity.INFO,
                f'"{shown}" is a cliché; readers skim past it.',
                "Say it in your own words, or cut it.",
            )
        )
    return findings
