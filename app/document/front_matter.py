"""YAML front matter: find it at the top of a draft, read the fields a story needs, and
write a fresh block.

Only small subsets of YAML are needed. Writing: every string is a double-quoted scalar with
escapes (valid YAML 1.1 and 1.2 whatever the characters: colons, quotes, ``#``, emoji, RTL
text, leading dashes or ``@``), tags are a block sequence and the date is an ISO date.
Reading: posts written for static-site generators (Jekyll, Hugo, Eleventy …) keep their title,
description and tags in front matter as top-level scalars or lists of scalars; the block is
parsed with PyYAML's safe loader and only those fields are read.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

_FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)

# Characters a YAML double-quoted scalar may hold unescaped: printable, not a line break
# (U+0085, U+2028 and U+2029 count as line breaks in YAML 1.1) and not a quote/backslash.
_UNSAFE_RE = re.compile('[\\\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]')
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def split_front_matter(text: str) -> tuple[str | None, str]:
    """``(front_matter, rest)``: the block including its ``---`` fences, or ``None``."""
    match = _FRONT_MATTER_RE.match(text)
    if not match:
        return None, text
    return match.group(), text[match.end() :]


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that round-trips exactly."""
    return '"' + _UNSAFE_RE.sub(_escape_char, value) + '"'


def _escape_char(match: re.Match[str]) -> str:
    char = match.group()
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    code = ord(char)
    return f"\\u{code:04x}"


def build_front_matter(
    *,
    title: str = "",
    subtitle: str = "",
    tags: Sequence[str] = (),
    canonical_url: str | None = None,
    date: datetime.date | None = None,
) -> str:
    """A ``---`` fenced YAML block with the non-empty fields, ending in a newline."""
    lines = ["---"]
    if title:
        lines.append(f"title: {yaml_string(title)}")
    if subtitle:
        lines.append(f"subtitle: {yaml_string(subtitle)}")
    clean_tags = [tag.strip() for tag in tags if tag.strip()]
    if clean_tags:
        lines.append("tags:")
        lines.extend(f"  - {yaml_string(tag)}" for tag in clean_tags)
    if canonical_url:
        lines.append(f"canonical_url: {yaml_string(canonical_url.strip())}")
    if date is not None:
        # A datetime is a date too; the front matter records the day only.
        day = date.date() if isinstance(date, datetime.datetime) else date
        lines.append(f"date: {day.isoformat()}")
    lines.append("---")
    return "\n".join(lines) + "\n"


# The first key present wins; generators disagree on names.
_SUBTITLE_KEYS = ("subtitle", "description", "summary", "excerpt")
_CANONICAL_KEYS = ("canonical_url", "canonical", "canonicalURL")


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """What the front matter says; empty strings and an empty tuple when it says nothing."""

    title: str = ""
    subtitle: str = ""
    tags: tuple[str, ...] = ()
    canonical_url: str = ""


def read_front_matter(source: str) -> FrontMatter:
    """The fields of the YAML front matter at the top of ``source``.

    Front matter that is not valid YAML says nothing: static-site generators refuse it too,
    and guessing could put the wrong words in a title.
    """
    block, _rest = split_front_matter(source)
    if block is None:
        return FrontMatter()
    import yaml  # only for a draft that has front matter

    inside = "\n".join(block.lstrip("\ufeff").splitlines()[1:-1])  # between the fences
    try:
        fields = yaml.safe_load(inside)
    except yaml.YAMLError:
        return FrontMatter()
    if not isinstance(fields, dict):
        return FrontMatter()

    def first(keys: tuple[str, ...]) -> str:
        for key in keys:
            value = _text(fields.get(key))
            if value:
                return value
        return ""

    tags = fields.get("tags")
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    elif not isinstance(tags, list):
        tags = []
    return FrontMatter(
        title=first(("title",)),
        subtitle=first(_SUBTITLE_KEYS),
        tags=tuple(dict.fromkeys(text for text in map(_text, tags) if text)),
        canonical_url=first(_CANONICAL_KEYS),
    )


def _text(value: object) -> str:
    """A scalar as text; "" for anything else (a map, a list, nothing)."""
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return str(value).strip()
    return ""
