"""Quoted words: what someone else said is not the writer's to fix, so no rule fires in it,
nor on a sentence that is mostly a quotation ("As Kate puts it: "…"")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.analysis.rules.findings import Finding, outside_spans

_OPENING = "“"
_CLOSING = "”"
_STRAIGHT = '"'
# A straight quote opens after one of these (or at the start) unless a space follows it: a
# quotation nested in brackets pairs up ("…my teams ("Hey — back by Friday."), even so…").
_BEFORE_OPENING = frozenset(" \t([{—–-:,;")
_MARK_RE = re.compile('[“”"\n]')

#: A sentence with at least this share of its characters inside quotation marks is someone
#: else's words: not the writer's to split or shorten.
QUOTED_MIN_SHARE = 2 / 3


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each outermost quotation in ``text``, quote marks included. Curly
    quotes say which way they face; straight ones pair within a line of prose, and a lone one
    (an inch mark, a quote left open) pairs with nothing."""
    if _OPENING not in text and _STRAIGHT not in text:
        return []
    spans: list[tuple[int, int]] = []
    depth = start = 0
    for mark in _MARK_RE.finditer(text):  # only the marks and line ends: prose is long
        index, char = mark.start(), mark.group()
        if char == "\n":
            depth = 0
        elif char == _OPENING or (char == _STRAIGHT and _opens(text, index)):
            if depth == 0:
                start = index
            depth += 1
        elif char in (_CLOSING, _STRAIGHT) and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, index + 1))
    return spans


def _opens(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not after.isspace() and before in _BEFORE_OPENING


def mostly_quoted(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``QUOTED_MIN_SHARE`` of the characters from ``start`` to ``end`` lie in
    ``spans`` (from :func:`quoted_spans`)."""
    if not spans or end <= start:
        return False
    inside = sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in spans)
    return inside >= QUOTED_MIN_SHARE * (end - start)


def outside_quotations(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` (offsets into ``text``) without those that lie within a quotation."""
    return outside_spans(findings, quoted_spans(text))
