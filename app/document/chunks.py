"""Cut a Markdown source into independent chunks so an edit re-analyses only its own chunk.

A chunk is a run of lines between blank lines, except that a fenced code block is never cut
(its blank lines stay inside one chunk) and front matter at the very top is its own chunk.
Parsing chunks one by one gives the same prose as parsing the whole document for everything
a writer types in an article; the rare constructs that span blank lines (loose lists, HTML
blocks) only change how a block is labelled, not which words are prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.document.front_matter import front_matter_end

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
# A link definition's label; "[^1]: …" defines a footnote, as the exporters read it.
_REFERENCE_RE = re.compile(r"^ {0,3}\[(?!\^)([^\]\n]+)\]:[ \t]*<?(\S+?)>?(?:[ \t]+.*)?$", re.M)


@dataclass(frozen=True, slots=True)
class Chunk:
    """``text == source[start:end]``; front matter is never prose."""

    start: int
    end: int
    text: str
    is_front_matter: bool = False


# Only blank lines and fence lines decide where chunks end, so the scan jumps between them.
_SPECIAL_LINE_RE = re.compile(r"^(?:[ \t]*|( {0,3})(`{3,}|~{3,}).*)$", re.M)


def split_chunks(source: str) -> list[Chunk]:
    """Split ``source`` into chunks; blank lines between chunks belong to no chunk."""
    start = front_matter_end(source)
    chunks = [Chunk(0, start, source[:start], is_front_matter=True)] if start else []
    chunks.extend(chunks_from(source, start))
    return chunks


def chunks_from(source: str, start: int) -> Iterator[Chunk]:
    """The chunks of ``source`` from ``start`` on, one by one.

    ``start`` is the end of the front matter or the start of a chunk: there no chunk and no
    fence is open, so the chunks found from there are those a scan from the top finds (the
    incremental analysis re-splits only around an edit).
    """
    chunk_start = -1
    fence: str | None = None
    position = start
    for line in _SPECIAL_LINE_RE.finditer(source, start):
        line_start = line.start()
        if line_start > position and chunk_start < 0 and fence is None:
            chunk_start = position  # ordinary lines since the last special line
        marker = line.group(2)
        if fence is not None:
            closes = marker and marker[0] == fence[0] and len(marker) >= len(fence)
            if closes and not line.group().strip().strip(fence[0]):
                fence = None
        elif marker:
            fence = marker
            if chunk_start < 0:
                chunk_start = line_start
        elif not line.group(1) and line.group().strip() == "":
            if chunk_start >= 0 and line_start > chunk_start:
                yield Chunk(chunk_start, line_start, source[chunk_start:line_start])
            chunk_start = -1
        elif chunk_start < 0:
            chunk_start = line_start
        position = line.end() + 1
        if line.end() == len(source):
            break
    if position <= len(source) and chunk_start < 0 and source[position:].strip():
        chunk_start = position
    if chunk_start >= 0 and len(source) > chunk_start:
        yield Chunk(chunk_start, len(source), source[chunk_start:])


def reference_definitions(source: str) -> dict[str, str]:
    """Link reference definitions (``[label]: url``) so chunks can resolve ``[text][label]``."""
    return {label: url for label, url in _REFERENCE_RE.findall(source)}
