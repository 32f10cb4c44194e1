"""The fields a writer's front matter may already hold: title, subtitle, tags, canonical link.

Posts written for static-site generators (Jekyll, Hugo, Eleventy …) keep their title in YAML
front matter rather than in a ``# `` heading. Only top-level scalars and lists of scalars are
read, which is all these fields ever use; anything else is ignored rather than misread, so no
YAML library is needed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from app.analysis.markdown_source import front_matter_end

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
    end = front_matter_end(source)
    if not end:
        return FrontMatter()
    lines = source[:end].lstrip("\ufeff").splitlines()[1:-1]  # inside the fences
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
