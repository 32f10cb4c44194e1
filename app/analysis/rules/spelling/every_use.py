"""Every use of a misspelled word, so that one fix corrects them all.

A slip typed several times is flagged at each use (see ``context.soften_repeated``); the fix
offered for one use can then be applied to all of them, each written in its own case
("Recieve" at a sentence start becomes "Receive", "recieve" inside one "receive").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.analysis.rules.findings import Finding
from app.analysis.rules.spelling.checker import RULE
from app.analysis.rules.spelling.suggest import cased_like
from app.analysis.text.words import normalize

# (start, end, replacement) in the source the findings point into.
Edit = tuple[int, int, str]


def every_use(finding: Finding, findings: Sequence[Finding], source: str) -> list[Finding]:
    """The spelling findings over the same word as ``finding`` (in any case, with either
    apostrophe), in order, ``finding`` among them; [] for a word flagged only once."""
    if finding.rule != RULE:
        return []
    word = normalize(source[finding.start : finding.end])
    uses = [
        other
        for other in findings
        if other.rule == RULE and normalize(source[other.start : other.end]) == word
    ]
    return uses if len(uses) > 1 else []


def every_use_edits(
    uses: Sequence[Finding], source: str, replacement: str, clicked: str
) -> list[Edit]:
    """One edit per use: ``replacement``, the fix as offered for the word ``clicked``, written
    in the case of each use."""
    plain = _uncased(clicked, replacement)
    return [(use.start, use.end, cased_like(source[use.start : use.end], plain)) for use in uses]


def _uncased(original: str, replacement: str) -> str:
    """``replacement`` without the capital ``cased_like`` gave it after a capitalised
    ``original`` (words with other capitals are never flagged)."""
    if original[:1].isupper() and replacement[:1].isupper():
        return replacement[:1].lower() + replacement[1:]
    return replacement
