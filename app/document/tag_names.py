"""A tag's name as a writer means it: Medium tags have no hashtag mark and single spaces."""

from __future__ import annotations

import re

# A "#" that starts a word is a hashtag habit ("#python", "# python"); one inside or after a
# word is part of the name ("C#", "F#"), as "+" is of "C++".
_HASHTAG_MARK_RE = re.compile(r"(?<!\S)#+")
# Each hashtag after a space starts a tag of its own: "#gardening #grief" is two.
_NEXT_HASHTAG_RE = re.compile(r"\s+(?=#+\S)")


def clean_tag(text: str) -> str:
    """``text`` as a tag: without hashtag marks, trimmed, spaces (and commas, which separate
    tags) collapsed to one space; the writer's capitalisation kept."""
    return " ".join(_HASHTAG_MARK_RE.sub("", text.replace(",", " ")).split())


def tags_in(text: str) -> list[str]:
    """The tags of one entry of a file's tag list or of a pasted list: "Writing, Editing" and
    "#writing #editing" are two, each cleaned (:func:`clean_tag`); none when it holds no
    name."""
    parts = (piece for part in text.split(",") for piece in _NEXT_HASHTAG_RE.split(part))
    return [tag for tag in map(clean_tag, parts) if tag]
