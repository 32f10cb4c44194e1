"""Turning whatever a writer types into a safe full-text query."""

from __future__ import annotations

import re

# Letters and digits (any script); everything else separates terms. FTS5 operators, quotes,
# brackets and stars in the writer's text are therefore never interpreted.
_TERM_RE = re.compile(r"[^\W_]+", re.UNICODE)
MAX_TERMS = 12


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression finding drafts with every word (as a prefix), or None.

    "remote wor" becomes ``"remote"* AND "wor"*``; quotes, ``NEAR(``, ``*``, ``-`` and other
    syntax in the input are plain separators.
    """
    terms = _TERM_RE.findall(text)[:MAX_TERMS]
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms)
