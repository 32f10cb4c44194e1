"""YAML front matter: find it at the top of a draft, read the fields a story needs, and
write a fresh block.

Only small subsets of YAML are needed. Writing: every string is a double-quoted scalar with
escapes (valid YAML 1.1 and 1.2 whatever the characters: colons, quotes, ``#``, emoji, RTL
text, leading dashes or ``@``), tags are a block sequence and the date is an ISO date.
Reading: posts written for static-site generators (Jekyll, Hugo, Eleventy …) keep their title,
description and tags in front matter, always as top-level scalars or lists of scalars; only
those are read, and anything else is ignored rather than misread. No YAML library is needed.
"""

from __future__ import annotations

import datetime
import json
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


_KEY_RE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_ITEM_RE = re.compile(r"^[ \t]*-[ \t]+(.*?)[ \t]*$")
_COMMENT_RE = re.compile(r"[ \t]+#.*$")
_FLOW_ITEM_RE = re.compile(r"""\s*"(?:[^"\\]|\\.)*"\s*|\s*'(?:[^']|'')*'\s*|[^,]+""")

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
    """The fields of the YAML front matter at the top of ``source``."""
    block, _rest = split_front_matter(source)
    if block is None:
        return FrontMatter()
    lines = block.lstrip("\ufeff").splitlines()[1:-1]  # inside the fences
    fields = _top_level_fields(lines)

    def first(keys: tuple[str, ...]) -> str:
        for key in keys:
            value = fields.get(key)
            if isinstance(value, str) and value:
                return value
        return ""

    tags = fields.get("tags")
    if isinstance(tags, str):
        tags = [tag for tag in re.split(r"[,\s]+", tags) if tag] if tags else []
    return FrontMatter(
        title=first(("title",)),
        subtitle=first(_SUBTITLE_KEYS),
        tags=tuple(dict.fromkeys(tag for tag in tags or () if tag)),
        canonical_url=first(_CANONICAL_KEYS),
    )


def _top_level_fields(lines: list[str]) -> dict[str, str | list[str]]:
    fields: dict[str, str | list[str]] = {}
    index = 0
    while index < len(lines):
        match = _KEY_RE.match(lines[index])
        index += 1
        if not match:
            continue
        key, raw = match.group(1), match.group(2) or ""
        # Lines indented under the key belong to it: list items or a block scalar.
        nested: list[str] = []
        while index < len(lines) and (lines[index][:1] in (" ", "\t", "-") or not lines[index]):
            nested.append(lines[index])
            index += 1
        if raw in ("|", ">", "|-", ">-", "|+", ">+"):
            parts = [line.strip() for line in nested]
            fields[key] = ("\n" if raw[0] == "|" else " ").join(p for p in parts if p).strip()
        elif raw.startswith("[") and raw.endswith("]"):
            fields[key] = [_scalar(item) for item in _split_flow(raw[1:-1])]
        elif raw:
            fields[key] = _scalar(raw)
        else:
            items = [_ITEM_RE.match(line) for line in nested]
            fields[key] = [_scalar(item.group(1)) for item in items if item]
    return fields


def _split_flow(inner: str) -> list[str]:
    """Items of a flow sequence, commas inside quotes kept."""
    return _FLOW_ITEM_RE.findall(inner)


def _scalar(raw: str) -> str:
    raw = raw.strip()
    if raw.startswith('"') and raw.endswith('"') and len(raw) > 1:
        try:
            return str(json.loads(raw)).strip()  # YAML's common escapes are JSON's
        except ValueError:
            return raw[1:-1].strip()
    if raw.startswith("'") and raw.endswith("'") and len(raw) > 1:
        return raw[1:-1].replace("''", "'").strip()
    return _COMMENT_RE.sub("", raw).strip()
