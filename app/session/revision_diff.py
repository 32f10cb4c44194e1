"""Two versions of a draft side by side: which paragraphs stayed, changed, went or came."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

Kind = Literal["same", "changed", "removed", "added"]


@dataclass(frozen=True, slots=True)
class DiffRow:
    """One row of the side-by-side view: the older line on the left, the newer on the right."""

    kind: Kind
    left: str
    right: str


@dataclass(frozen=True, slots=True)
class WordPiece:
    text: str
    changed: bool


def side_by_side(older: str, newer: str) -> list[DiffRow]:
    """Rows pairing the lines of ``older`` and ``newer`` (blank lines kept as spacing)."""
    left, right = older.splitlines(), newer.splitlines()
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(DiffRow("same", line, line) for line in left[i1:i2])
        elif tag == "delete":
            rows.extend(DiffRow("removed", line, "") for line in left[i1:i2])
        elif tag == "insert":
            rows.extend(DiffRow("added", "", line) for line in right[j1:j2])
        else:
            old, new = left[i1:i2], right[j1:j2]
            for index in range(max(len(old), len(new))):
                a = old[index] if index < len(old) else ""
                b = new[index] if index < len(new) else ""
                kind: Kind = "changed" if a and b else ("removed" if a else "added")
                rows.append(DiffRow(kind, a, b))
    return rows


def word_changes(older: str, newer: str) -> tuple[list[WordPiece], list[WordPiece]]:
    """The words of a changed line on each side, marking the ones that differ."""
    a, b = older.split(" "), newer.split(" ")
    left: list[WordPiece] = []
    right: list[WordPiece] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        same = tag == "equal"
        if i2 > i1:
            left.append(WordPiece(" ".join(a[i1:i2]), not same))
        if j2 > j1:
            right.append(WordPiece(" ".join(b[j1:j2]), not same))
    return left, right


def change_summary(older: str, newer: str) -> str:
    """A few words on how much changed: "3 paragraphs changed, 1 added", "1 paragraph added"."""
    rows = [row for row in side_by_side(older, newer) if (row.left or row.right).strip()]
    counts = {
        kind: sum(row.kind == kind for row in rows) for kind in ("changed", "added", "removed")
    }
    parts = [f"{count} {kind}" for kind, count in counts.items() if count]
    if not parts:
        return "no change to the text"
    # The noun once, on the first count: "2 paragraphs changed, 1 added".
    first, kind = parts[0].split(" ", 1)
    noun = "paragraph" if first == "1" else "paragraphs"
    return ", ".join([f"{first} {noun} {kind}", *parts[1:]])
