"""Cutting Markdown into independently analysable chunks."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from app.document.chunks import Chunk, front_matter_end, split_chunks

_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def reference_chunks(source: str) -> list[Chunk]:
    """The obvious line-by-line definition the fast scanner must agree with."""
    chunks: list[Chunk] = []
    position = front_matter_end(source)
    if position:
        chunks.append(Chunk(0, position, source[:position], is_front_matter=True))
    chunk_start, fence = -1, None
    while position < len(source):
        newline = source.find("\n", position)
        line_end = len(source) if newline == -1 else newline
        next_line = len(source) if newline == -1 else newline + 1
        line = source[position:line_end]
        if fence is not None:
            opening = _FENCE_RE.match(line)
            marker = opening.group(1) if opening else ""
            closes = marker[:1] == fence[0] and len(marker) >= len(fence)
            if closes and not line.strip().strip(fence[0]):
                fence = None
        elif not line.strip(" \t"):
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
        chunks.append(Chunk(chunk_start, len(source), source[chunk_start:]))
    return chunks


LINES = st.sampled_from(
    [
        "", " ", "\t", "text", "more words here", "```", "```python", "~~~", "````", "   ```",
        "    ```", "# heading", "- item", "> quote", "---", "code inside", "``` not closing",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(LINES, max_size=25), st.booleans())
def test_fast_scanner_matches_the_line_by_line_definition(
    lines: list[str], newline_at_end: bool
) -> None:
    source = "\n".join(lines) + ("\n" if newline_at_end else "")
    assert split_chunks(source) == reference_chunks(source)


def test_chunks_are_slices_of_the_source() -> None:
    source = "---\ntitle: x\n---\nOne\ntwo\n\n```\na\n\nb\n```\n\nThree"
    chunks = split_chunks(source)
    assert [chunk.text for chunk in chunks] == [
        "---\ntitle: x\n---\n",
        "One\ntwo\n",
        "```\na\n\nb\n```\n",
        "Three",
    ]
    assert chunks[0].is_front_matter
    for chunk in chunks:
        assert source[chunk.start : chunk.end] == chunk.text
