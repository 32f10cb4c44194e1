"""Quoted words: what someone else said is not the writer's to fix, so no rule fires in it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.analysis.rules.findings import Finding, outside_spans

# A curly pair, or a straight pair on one line of prose. Straight quotes pair up left to
# right; a lone one (an inch mark, a quote left open) pairs with nothing.
_QUOTED_RE = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each quotation in ``text``, quote marks included."""
    if "“" not in text and '"' not in text:
        return []
    return [match.span() for match in _QUOTED_RE.finditer(text)]


def outside_quotations(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` (offsets into ``text``) without those that lie within a quotation."""
    return outside_spans(findings, quoted_spans(text))
