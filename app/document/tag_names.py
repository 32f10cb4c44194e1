"""A tag's name as a writer means it: Medium tags have no hashtag mark and single spaces."""

from __future__ import annotations

import re

# A "#" that starts a word is a hashtag habit ("#python", "# python"); one inside or after a
# word is part of the name ("C#", "F#"), as "+" is of "C++".
_HASHTAG_MARK_RE = re.compile(r"(?<!\S)#+")
# Tags in a list are apart by commas, semicolons or lines ("Gardening; Grief"), and each
# hashtag after a space starts one of its own ("#gardening #grief"; "Number #1" is one).
_LIST_SEPARATOR_RE = re.compile(r"[,;\n]|\s+(?=#+[^\W\d_])")


def clean_tag(text: str) -> str:
    """``text`` as a tag: without hashtag marks, trimmed, spaces (and commas, which separate
    tags) collapsed to one space; the writer's capitalisation kept."""
    return " ".join(_HASHTAG_MARK_RE.sub("", text.replace(",", " ")).split())


def tags_in(text: str) -> list[str]:
    """The tags of one entry of a file's tag list or of a pasted list: "Writing, Editing",
    "Writing; Editing", one a line and "#writing #editing" are two, each cleaned
    (:func:`clean_tag`); none when it holds no name."""
    return [tag for tag in map(clean_tag, _LIST_SEPARATOR_RE.split(text)) if tag]
