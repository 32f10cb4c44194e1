"""Image captions: the line under a picture describes it; no rule fires in it.

Markdown has no caption syntax; writers put the caption in italics on the line under the
image, or in the paragraph right after it ("![A dog](dog.png)" then "*Photo: Ana*").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.analysis.rules.findings import Finding, outside_spans_in_order

_CAPTION_RE = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)[ \t]*\n(?:[ \t]*\n)?[ \t]*"  # an image, then a line or a gap
    r"(?P<caption>(?P<mark>[*_]{1,2})(?=\S)[^\n]*?(?<=\S)(?P=mark))[ \t]*(?:\n|\Z)"
)


def caption_spans(source: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each italic line right under an image, its markers included."""
    if "![" not in source:
        return []
    return [match.span("caption") for match in _CAPTION_RE.finditer(source)]


def outside_captions(source: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` (offsets into ``source``, sorted by start) without those inside an image
    caption."""
    return outside_spans_in_order(findings, caption_spans(source))
