"""Turning whatever a writer types into a safe full-text query."""

from __future__ import annotations

import re
import unicodedata

# Letters and digits (any script); everything else separates terms. FTS5 operators, quotes,
# brackets and stars in the writer's text are therefore never interpreted.
_TERM_RE = re.compile(r"[^\W_]+", re.UNICODE)


def query_terms(text: str) -> list[str]:
    """The distinct words of ``text`` in order, NFKC-normalised.

    Normalising first keeps a decomposed accent ("nai" + U+0308 + "ve") inside its word, as
    the index's tokenizer does; every word is kept, however many there are.
    """
    terms = _TERM_RE.findall(unicodedata.normalize("NFKC", text))
    return list(dict.fromkeys(term.lower() for term in terms))


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression finding drafts with every word (as a prefix), or None.

    "remote wor" becomes ``"remote"* AND "wor"*``; quotes, ``NEAR(``, ``*``, ``-`` and other
    syntax in the input are plain separators. None means the text has no word to look for.
    """
    terms = query_terms(text)
    if not terms:
        return None
    return " AND ".join(f'"{term}"*' for term in terms)
