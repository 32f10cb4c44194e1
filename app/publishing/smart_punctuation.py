"""Typographer's punctuation: curly quotes, em dashes and ellipses in running prose.

The functions work on plain text runs; callers hand over only prose (never code or URLs)
and say which characters sit just outside the run, so a quote at the edge of an emphasis or
a link still curls the right way. The transformation is idempotent: its output contains no
straight quotes, double hyphens or triple dots left to convert.
"""

from __future__ import annotations

import re

# URLs and e-mail addresses inside prose keep their hyphens, dots and quotes untouched.
_URL_RE = re.compile(
    r"(?:\b[a-zA-Z][a-zA-Z0-9+.\-]*://|\bwww\.)[^\s<>]*[^\s<>.,;:!?)\]}'\"]"
    r"|\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b"
)
_DASH_RE = re.compile(r"(?<![<!])-{2,3}(?!>)")  # leaves HTML comments and arrows alone
_ELLIPSIS_RE = re.compile(r"\.\.\.")

# Characters after which a quote opens rather than closes.
_OPENERS = frozenset("([{<\u2014\u2013-/\u201c\u2018")
# Elisions that start with an apostrophe: 'tis, 'em, rock 'n' roll, '90s.
_ELISION_RE = re.compile(r"(?:tis|twas|til|em|cause|n'|\d\d(?:s|\b))", re.IGNORECASE)

_LEFT_DOUBLE, _RIGHT_DOUBLE = "\u201c", "\u201d"
_LEFT_SINGLE, _RIGHT_SINGLE = "\u2018", "\u2019"


def smarten(text: str, before: str = " ", after: str = " ") -> str:
    """Curl quotes and replace ``--``/``---`` and ``...`` outside URLs.

    ``before`` and ``after`` are the characters adjacent to ``text`` in the surrounding
    prose (a space stands for a line start or end).
    """
    if not text or not any(c in text for c in "\"'-."):
        return text
    parts: list[str] = []
    position = 0
    for match in _URL_RE.finditer(text):
        parts.append(_smarten_run(text, position, match.start(), before, after))
        parts.append(match.group())
        position = match.end()
    parts.append(_smarten_run(text, position, len(text), before, after))
    return "".join(parts)


def _smarten_run(text: str, start: int, end: int, before: str, after: str) -> str:
    run = text[start:end]
    if not run:
        return run
    run = _ELLIPSIS_RE.sub("\u2026", run)
    run = _DASH_RE.sub("\u2014", run)
    if "'" not in run and '"' not in run:
        return run
    # Neighbours come from the full text so a quote next to a URL sees it.
    left = text[start - 1] if start > 0 else before
    right = text[end] if end < len(text) else after
    return _curl_quotes(run, left, right)


def _curl_quotes(run: str, left: str, right: str) -> str:
    chars = list(run)
    last = len(chars) - 1
    for index, char in enumerate(chars):
        if char not in "\"'":
            continue
        prev = chars[index - 1] if index > 0 else left
        nxt = chars[index + 1] if index < last else right
        opens = _is_opening_context(prev) and not nxt.isspace()
        if char == '"':
            if opens:
                chars[index] = _LEFT_DOUBLE
            elif not (prev.isspace() and nxt.isspace()):
                chars[index] = _RIGHT_DOUBLE
            continue
        if prev.isalnum() and nxt.isalnum():
            chars[index] = _RIGHT_SINGLE  # contraction: don't, it's, l'amour
        elif opens and _ELISION_RE.match(run, index + 1):
            chars[index] = _RIGHT_SINGLE  # leading elision: '90s, 'tis
        elif opens:
            chars[index] = _LEFT_SINGLE
        elif not (prev.isspace() and nxt.isspace()):
            chars[index] = _RIGHT_SINGLE
    return "".join(chars)


def _is_opening_context(char: str) -> bool:
    return char.isspace() or char in _OPENERS
