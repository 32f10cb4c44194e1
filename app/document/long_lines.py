"""Very long lines of prose broken at sentence ends, so an editor stays responsive.

A text editor lays out a paragraph line as one unit: a single line of megabytes costs seconds
per keystroke. In Markdown a line break inside a paragraph reads as a space, so breaking a
long prose line after a sentence's full stop changes nothing a reader sees: the paragraph, its
sentences and its words stay the same. Only breaks before a letter are made (a line starting
with a letter cannot start a list, heading, quote, table or HTML block), and never in front
matter, fenced or indented code, a heading, a line opening raw HTML or a line with a table's
pipes.
"""

from __future__ import annotations

import functools
import re

from app.document.front_matter import split_front_matter

#: Lines longer than this (characters) are broken; no article has a paragraph near it.
LONG_LINE_CHARACTERS = 20_000

# A sentence end, the spaces after it, and a letter starting the next sentence.
_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?…])[ \t]+(?=[^\W\d_])")
# What may come before an ordered list's number on its line: quote marks, spaces and the
# markers of the lists it sits in. A break after "1." there would leave the item empty.
_LIST_NUMBER_RE = re.compile(r"[\s>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*\d{1,9}[.)]")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_HEADING_RE = re.compile(r"^ {0,3}#")
# A line opening raw HTML: some HTML blocks end on the line that holds their end mark ("-->",
# ">"), so a break after it would turn the rest of the line into a paragraph.
_HTML_START_RE = re.compile(r"^ {0,3}<")


def break_long_lines(text: str, limit: int = LONG_LINE_CHARACTERS) -> tuple[str, int]:
    """``text`` with every prose line longer than ``limit`` broken at its sentence ends, and
    how many lines were broken."""
    if len(text) <= limit:
        return text, 0
    front_matter, body = split_front_matter(text)
    lines = body.split("\n")
    fence = ""
    broken = 0
    for index, line in enumerate(lines):
        opening = _FENCE_RE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            continue
        if len(line) <= limit or line.startswith(("    ", "\t")) or _HEADING_RE.match(line):
            continue
        if _HTML_START_RE.match(line):
            continue
        if "|" in line:
            continue  # perhaps a table row, which must stay one line
        split = _SENTENCE_BREAK_RE.sub(functools.partial(_break, line), line)
        if split != line:
            lines[index] = split
            broken += 1
    if not broken:
        return text, 0
    return (front_matter or "") + "\n".join(lines), broken


def _break(line: str, end: re.Match[str]) -> str:
    """A line break for the spaces after a sentence end, unless that "end" is the number of
    an ordered list item ("1.  Text")."""
    return end.group(0) if _LIST_NUMBER_RE.fullmatch(line[: end.start()]) else "\n"
