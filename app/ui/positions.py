"""Python string offsets <-> Qt positions.

The analysis speaks in Python ``str`` indices (code points); Qt counts UTF-16 code units, in
which emoji and other characters outside the Basic Multilingual Plane take two. Every
conversion goes through this module so highlights never drift.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def utf16_offset(text: str, index: int) -> int:
    """UTF-16 position of Python index ``index`` in ``text``."""
    return utf16_length(text[:index])


def python_index(text: str, position: int) -> int:
    """Python index of UTF-16 position ``position`` in ``text`` (clamped to the text)."""
    if text.isascii():
        return min(position, len(text))
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


@dataclass(frozen=True)
class LineSpan:
    """Part of a range on one line (a Qt block): UTF-16 column and length."""

    line: int
    column: int
    length: int


class LineIndex:
    """Maps source offsets to (line, UTF-16 column) for a snapshot of the editor's text."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0]
        position = text.find("\n")
        while position != -1:
            self._starts.append(position + 1)
            position = text.find("\n", position + 1)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1

    def line_start(self, line: int) -> int:
        return self._starts[line]

    def _column(self, line: int, offset: int) -> int:
        start = self._starts[line]
        return utf16_length(self._text[start:offset])

    def spans(self, start: int, end: int) -> list[LineSpan]:
        """The range ``text[start:end]`` cut at line breaks, in UTF-16 columns."""
        first, last = self.line_of(start), self.line_of(max(start, end - 1))
        pieces = []
        for line in range(first, last + 1):
            line_start = self._starts[line]
            line_end = (
                self._starts[line + 1] - 1 if line + 1 < len(self._starts) else len(self._text)
            )
            piece_start, piece_end = max(start, line_start), min(end, line_end)
            if piece_end > piece_start:
                column = self._column(line, piece_start)
                length = utf16_length(self._text[piece_start:piece_end])
                pieces.append(LineSpan(line, column, length))
        return pieces

    def position(self, offset: int) -> int:
        """Absolute Qt document position of source offset ``offset``."""
        line = self.line_of(offset)
        return utf16_length(self._text[: self._starts[line]]) + self._column(line, offset)
