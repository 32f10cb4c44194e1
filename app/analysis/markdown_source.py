"""Cut a Markdown source into independent chunks so an edit re-analyses only its own chunk.

A chunk is a run of lines between blank lines, except that a fenced code block is never cut
(its blank lines stay inside one chunk) and YAML front matter at the very top is its own chunk.
Parsing chunks one by one gives the same prose as parsing the whole document for everything
a writer types in an article; the rare constructs that span blank lines (loose lists, HTML
blocks) only change how a block is labelled, not which words are prose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_FRONT_MATTER_RE = re.compile(
    r"\A---[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_REFERENCE_RE = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$", re.M)


@dataclass(frozen=True, slots=True)
class Chunk:
    """``text == source[start:end]``; front matter is never prose."""

    start: int
    end: int
    text: str
    is_front_matter: bool = False


def front_matter_end(source: str) -> int:
    """Length of the YAML front matter at the top of ``source`` (0 when there is none)."""
    match = _FRONT_MATTER_RE.match(source)
    return match.end() if match else 0


def split_chunks(source: str) -> list[Chunk]:
    """Split ``source`` into chunks; blank lines between chunks belong to no chunk."""
    chunks: list[Chunk] = []
    position = front_matter_end(source)
    if position:
        chunks.append(Chunk(0, position, source[:position], is_front_matter=True))

    chunk_start = -1
    fence: str | None = None
    length = len(source)
    while position < length:
        newline = source.find("\n", position)
        line_end = length if newline == -1 else newline
        next_line = length if newline == -1 else newline + 1
        line = source[position:line_end]

        if fence is not None:
            stripped = line.strip()
            if stripped.startswith(fence) and stripped.strip(fence[0]) == "":
                fence = None
        elif not line.strip():
            if chunk_start >= 0:
                chunks.append(Chunk(chunk_start, position, source[chunk_start:position]))
                chunk_start = -1
            position = next_line
            continue
        else:
            opening = _FENCE_RE.match(line)
            if opening:
                fence = opening.group(1)

        if chunk_start < 0:
            chunk_start = position
        position = next_line

    if chunk_start >= 0:
        chunks.append(Chunk(chunk_start, length, source[chunk_start:length]))
    return chunks


def reference_definitions(source: str) -> dict[str, str]:
    """Link reference definitions (``[label]: url``) so chunks can resolve ``[text][label]``."""
    return {label: url for label, url in _REFERENCE_RE.findall(source)}
